/**
 * The tag scheme: how a content control's `tag` names the plan field it holds. Stable across versions of the app,
 * because documents outlive the code that wrote them.
 *
 *   vp:meta                              the hidden link: plan id, schemaVersion and the ids behind the row keys (JSON)
 *   vp:<field>                           a top-level field, e.g. `vp:familyName`, `vp:validFrom`
 *   vp:<list>[<key>].<field>             a field in a table row, e.g. `vp:agreements[k3].what`, `vp:concernFacts[k1].text`
 *   vp:<list>[<key>].<list>[<key>].<f>   a row of a list inside a list item, e.g. `vp:evaluations[k1].scores[k2].score`
 *   vp:list:<list path>                  the control wrapping a list's table (or the evaluations region), e.g. `vp:list:goals`
 *
 * Row keys (`k1`, `k2`, ...) are short on purpose: Word keeps tags to 64 characters, and item ids may be 64 long.
 * The meta control maps each row key to the item's id, so ids survive the round trip. Field names are the plan's keys
 * from template.ts, so a field added to the template gets its tag without code here.
 */

export const TAG_PREFIX = 'vp:';
export const META_TAG = 'vp:meta';
const LIST_PREFIX = 'vp:list:';

/** One step of a path: a list with the row key, e.g. `{ list: 'agreements', key: 'k3' }`. */
export interface RowStep {
  list: string;
  key: string;
}

/** Where a value lives: the rows leading to it (none for top-level fields) and the field's id. */
export interface FieldAddress {
  rows: RowStep[];
  field: string;
}

export type ParsedTag =
  | { kind: 'meta' }
  | { kind: 'list'; rows: RowStep[]; list: string }
  | { kind: 'field'; address: FieldAddress }
  /** Starts with `vp:` but does not follow the scheme: typed or changed by hand. */
  | { kind: 'invalid' }
  /** Not ours (another add-in's or the author's own control): ignored. */
  | { kind: 'foreign' };

const NAME = /^[A-Za-z][A-Za-z0-9]*$/;
const ROW_SEGMENT = /^([A-Za-z][A-Za-z0-9]*)\[(k\d{1,6})\]$/;

export function rowKey(n: number): string {
  return `k${n}`;
}

/** The number in a row key, for choosing the next free key. */
export function rowKeyNumber(key: string): number {
  return Number(key.slice(1));
}

function rowsText(rows: ReadonlyArray<RowStep>): string {
  return rows.map((r) => `${r.list}[${r.key}].`).join('');
}

/** `agreements[k3]` or `evaluations[k1].scores[k2]`: the key of one row in the meta control. */
export function rowPath(rows: ReadonlyArray<RowStep>): string {
  return rowsText(rows).slice(0, -1);
}

export function fieldTag(address: FieldAddress): string {
  return `${TAG_PREFIX}${rowsText(address.rows)}${address.field}`;
}

/** The tag of the control around a list's table; `rows` leads to the item holding the list, if nested. */
export function listTag(rows: ReadonlyArray<RowStep>, list: string): string {
  return `${LIST_PREFIX}${rowsText(rows)}${list}`;
}

/** Splits `a[k1].b[k2].c` into row steps and a final name; null when any part breaks the scheme. */
function parsePath(path: string): FieldAddress | null {
  const segments = path.split('.');
  const last = segments.pop();
  if (last === undefined || !NAME.test(last)) return null;
  const rows: RowStep[] = [];
  for (const segment of segments) {
    const match = ROW_SEGMENT.exec(segment);
    if (!match?.[1] || !match[2]) return null;
    rows.push({ list: match[1], key: match[2] });
  }
  return { rows, field: last };
}

export function parseTag(tag: string): ParsedTag {
  if (!tag.startsWith(TAG_PREFIX)) return { kind: 'foreign' };
  if (tag === META_TAG) return { kind: 'meta' };
  if (tag.startsWith(LIST_PREFIX)) {
    const address = parsePath(tag.slice(LIST_PREFIX.length));
    return address ? { kind: 'list', rows: address.rows, list: address.field } : { kind: 'invalid' };
  }
  const address = parsePath(tag.slice(TAG_PREFIX.length));
  return address ? { kind: 'field', address } : { kind: 'invalid' };
}
