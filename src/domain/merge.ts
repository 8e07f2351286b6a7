import { unrecordedConditionChanges } from './conditions';
import { keepHistory, unrecordedBottomLineChanges } from './history';
import type { Plan } from './plan';
import { deepEqual, isRecord } from './deepEqual';

export { deepEqual };

/**
 * Three-way merge of two edited copies of one plan from their common base, field by field.
 * A field changed on one side only takes that side's value; a field both sides changed to different values is a
 * conflict, settled by `prefer`. Lists of items with an `id` merge per item, so two people adding agreements
 * keep both. Pure: the inputs are never mutated.
 */

export type MergePreference = 'mine' | 'theirs';

export interface MergeResult {
  merged: Plan;
  /** JSON paths (`$.goals[id=g1].text`) where both sides changed the same value differently. */
  conflicts: string[];
  /**
   * Ids of the base's recorded safety conditions (and bottom lines, history.ts) that the merged plan removed or changed
   * without a recorded reason (conditions.ts). Empty when both sides went through the editor, which asks for reasons; a side written elsewhere
   * (a file, a document) may bring such a change, and the caller then refuses or asks.
   */
  unrecordedConditions: string[];
}

type Json = unknown;

function idOf(value: Json): string | null {
  return isRecord(value) && typeof value.id === 'string' ? value.id : null;
}

function isIdList(value: Json): value is Array<Record<string, Json>> {
  return Array.isArray(value) && value.every((item) => idOf(item) !== null);
}

/**
 * Two variants of a tagged value without an id (a copy recipient's `receives`: `{ kind: 'overview', personId }` against
 * `{ kind: 'sections', sections }`) are one choice each: merging them field by field would make a value of neither kind.
 */
function otherVariants(mine: Record<string, Json>, theirs: Record<string, Json>): boolean {
  return idOf(mine) === null && typeof mine.kind === 'string' && typeof theirs.kind === 'string' && mine.kind !== theirs.kind;
}

class Merger {
  readonly conflicts: string[] = [];
  constructor(private readonly prefer: MergePreference) {}

  value(base: Json, mine: Json, theirs: Json, path: string): Json {
    if (deepEqual(mine, theirs)) return mine;
    if (deepEqual(base, mine)) return theirs;
    if (deepEqual(base, theirs)) return mine;
    if (isRecord(base) && isRecord(mine) && isRecord(theirs) && !otherVariants(mine, theirs)) return this.record(base, mine, theirs, path);
    if (isIdList(mine) && isIdList(theirs) && (base === undefined || isIdList(base))) return this.idList(base ?? [], mine, theirs, path);
    this.conflicts.push(path);
    return this.prefer === 'mine' ? mine : theirs;
  }

  private record(base: Record<string, Json>, mine: Record<string, Json>, theirs: Record<string, Json>, path: string): Json {
    const out: Record<string, Json> = {};
    const keys = new Set([...Object.keys(mine), ...Object.keys(theirs)]);
    for (const key of keys) {
      const merged = this.value(base[key], mine[key], theirs[key], `${path}.${key}`);
      if (merged !== undefined) out[key] = merged;
    }
    return out;
  }

  /**
   * Items merge by id. An item removed on one side and left alone on the other goes; removed on one side and
   * changed on the other is a conflict (the change wins under 'mine' when it is mine, and vice versa).
   * Order: the preferred side's order, then items only the other side added.
   */
  private idList(base: Array<Record<string, Json>>, mine: Array<Record<string, Json>>, theirs: Array<Record<string, Json>>, path: string): Json {
    const byId = (list: Array<Record<string, Json>>) => new Map(list.map((item) => [idOf(item) ?? '', item]));
    const [b, m, t] = [byId(base), byId(mine), byId(theirs)];
    const [first, second] = this.prefer === 'mine' ? [mine, theirs] : [theirs, mine];
    const order = [...first.map(idOf), ...second.map(idOf).filter((id) => !first.some((item) => idOf(item) === id))];
    const out: Array<Record<string, Json>> = [];
    for (const id of order) {
      if (id === null) continue;
      const merged = this.item(b.get(id), m.get(id), t.get(id), `${path}[id=${id}]`);
      if (merged !== undefined) out.push(merged);
    }
    return out;
  }

  private item(base: Record<string, Json> | undefined, mine: Record<string, Json> | undefined, theirs: Record<string, Json> | undefined, path: string): Record<string, Json> | undefined {
    if (mine && theirs) return this.value(base, mine, theirs, path) as Record<string, Json>;
    const kept = mine ?? theirs;
    if (!base) return kept; // added on one side
    if (kept && deepEqual(base, kept)) return undefined; // removed on the other side, untouched here
    this.conflicts.push(path);
    const keptIsPreferred = (this.prefer === 'mine') === (kept === mine);
    return keptIsPreferred ? kept : undefined;
  }
}

export function mergePlans(base: Plan, mine: Plan, theirs: Plan, prefer: MergePreference = 'mine'): MergeResult {
  const merger = new Merger(prefer);
  // The history of conditions and bottom lines is append-only: the merge keeps every record either side or the base has.
  const merged = keepHistory(merger.value(base, mine, theirs, '$') as Plan, base, mine, theirs);
  return {
    merged, conflicts: merger.conflicts,
    unrecordedConditions: [...unrecordedConditionChanges(base, merged), ...unrecordedBottomLineChanges(base, merged)],
  };
}

/** The value at a merge path (`$.agreements[id=a1].what`), or undefined when the path does not lead anywhere. */
export function valueAtMergePath(plan: Plan, path: string): unknown {
  let current: unknown = plan;
  for (const match of path.matchAll(/\.([A-Za-z_$][A-Za-z0-9_$]*)|\[id=([^\]]+)\]/g)) {
    if (match[1] !== undefined) current = isRecord(current) ? current[match[1]] : undefined;
    else current = Array.isArray(current) ? current.find((item) => idOf(item) === match[2]) : undefined;
  }
  return current;
}
