import type { EditPath } from '../../domain';

/** DOM id of the control for a plan path; quality findings link to it. */
export function fieldDomId(path: EditPath): string {
  return `f-${path.join('-')}`;
}

/** `$.agreements[1].who` -> ['agreements', 1, 'who'] */
export function pathFromJsonPath(jsonPath: string): Array<string | number> {
  const out: Array<string | number> = [];
  const re = /\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  let match: RegExpExecArray | null;
  while ((match = re.exec(jsonPath)) !== null) {
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] !== undefined) out.push(Number(match[2]));
    else if (match[3] !== undefined) out.push(match[3]);
  }
  return out;
}

/** Focuses the control for a finding's path, or the nearest enclosing element that exists. */
export function focusPath(jsonPath: string): boolean {
  const path = pathFromJsonPath(jsonPath);
  for (let n = path.length; n > 0; n -= 1) {
    const el = document.getElementById(fieldDomId(path.slice(0, n)));
    if (el) {
      el.scrollIntoView?.({ block: 'center' });
      el.focus();
      return true;
    }
  }
  return false;
}
