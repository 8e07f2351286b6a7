import { TEMPLATE } from './template';
import type { Field, Locale } from './template';

/** `$.agreements[2].what` -> ['agreements', 2, 'what'] */
function segments(path: string): Array<string | number> {
  const out: Array<string | number> = [];
  for (const match of path.matchAll(/\.([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g)) {
    if (match[1] !== undefined) out.push(match[1]);
    else if (match[2] !== undefined) out.push(Number(match[2]));
    else if (match[3] !== undefined) out.push(match[3]);
  }
  return out;
}

/**
 * A plan path in words, as the form names it: `$.agreements[2].what` becomes "Afspraken › Afspraak 3 › Wat".
 * Used where a refused save must say which field to fix. Unknown parts are left out rather than shown as code.
 */
export function fieldLabelOfPath(path: string, locale: Locale): string {
  const parts = segments(path);
  const words: string[] = [];
  let fields: ReadonlyArray<Field> = TEMPLATE.flatMap((s) => s.fields);
  let current: Field | undefined;
  for (const part of parts) {
    if (typeof part === 'number') {
      if (current && current.repeats) words.push(`${current.itemLabel[locale]} ${part + 1}`);
      continue;
    }
    current = fields.find((f) => f.id === part);
    if (!current) break;
    words.push(current.label[locale]);
    fields = current.kind === 'group' ? current.fields : [];
  }
  return words.join(' › ');
}
