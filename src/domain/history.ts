import { newId } from './factory';
import { isIsoDate } from './plan';
import type { BottomLine, Plan, RemovedCondition } from './plan';
import { LOCKED_EDIT, editableFreely } from './planStatus';
import type { LockedEdit } from './planStatus';

/**
 * The history of the non-negotiables (seed 004 §3: conditions are "in principe niet ‘onderhandelbaar’"; seed 002: bottom
 * lines mark "op welk punt het noodzakelijk is om actie te ondernemen"). A change or removal of either is recorded in
 * `removedConditions` with a substantive reason, the professional and the day. The list is append-only: no edit, merge,
 * import or document read-back removes a record or rewrites what it says. A record may only gain what it lacked (the
 * professional or the day of a record written before schema version 5).
 */

/** The fields of a record that say what happened; once written they never change. */
const RECORDED: ReadonlyArray<keyof RemovedCondition> = [
  'text', 'source', 'reason', 'change', 'newKind', 'newText', 'subject', 'subjectId', 'actionWhen', 'newActionWhen',
];
/** The fields a record may gain later, once, when they were empty. */
const FILLABLE: ReadonlyArray<'professionalId' | 'date'> = ['professionalId', 'date'];

/** A reason counts when it says something: at least three words and twelve letters, not "x" or "zie boven". */
export const MIN_REASON_WORDS = 3;
export const MIN_REASON_LETTERS = 12;
export function isSubstantiveReason(text: string): boolean {
  const words = text.trim().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  return words.length >= MIN_REASON_WORDS && letters >= MIN_REASON_LETTERS;
}

/** Who recorded a change, and when. */
export interface RecordedBy {
  professionalId: string | null;
  date: string | null;
}
const NOBODY: RecordedBy = { professionalId: null, date: null };

/** What is missing about who recorded a change: a professional (never a family or network member), and a day. */
export type RecordedByProblem = 'professional' | 'date';

/**
 * What `by` lacks for a record of `plan`'s history. A professional who has since left the plan may stand in an old
 * record (it speaks of the past); the people of the family and its network may not: the change is a professional's call.
 */
export function recordedByProblems(plan: Plan, by: RecordedBy): RecordedByProblem[] {
  const problems: RecordedByProblem[] = [];
  const id = by.professionalId;
  const familyOrNetwork = id !== null && !plan.professionals.some((p) => p.id === id)
    && [...plan.directPersons, ...plan.socialNetwork].some((p) => p.id === id);
  if (id === null || id.trim() === '' || familyOrNetwork) problems.push('professional');
  if (by.date === null || !isIsoDate(by.date)) problems.push('date');
  return problems;
}

/** A history record with every field of schema version 5; `fields` says what happened. */
export function historyRecord(fields: Pick<RemovedCondition, 'change' | 'text' | 'reason'> & Partial<RemovedCondition>, by: RecordedBy = NOBODY): RemovedCondition {
  return {
    id: newId(), source: '', newKind: null, newText: '', subject: 'condition', subjectId: null, actionWhen: '', newActionWhen: '',
    ...by, ...fields,
  };
}

/** Whether `key` of `record` may still be set: the professional or the day, while it is empty. */
export function isFillableHistoryField(record: Pick<RemovedCondition, (typeof FILLABLE)[number]>, key: string): boolean {
  return (FILLABLE as ReadonlyArray<string>).includes(key) && record[key as (typeof FILLABLE)[number]] === null;
}

/**
 * The plan's list that holds the history. Its records are written by the change they record (removing or changing a
 * condition or bottom line), never typed in, reordered or removed by hand.
 */
export const HISTORY_LIST = 'removedConditions';
export function isHistoryList(listPath: ReadonlyArray<string | number>): boolean {
  return listPath.length === 1 && listPath[0] === HISTORY_LIST;
}

/** Whether a field of an item of the list at `listPath` is shown for reading only: a history record's written facts. */
export function itemFieldFixed(listPath: ReadonlyArray<string | number>, item: Readonly<Record<string, unknown>>, key: string): boolean {
  if (!isHistoryList(listPath)) return false;
  const by = { professionalId: typeof item.professionalId === 'string' ? item.professionalId : null, date: typeof item.date === 'string' ? item.date : null };
  return !isFillableHistoryField(by, key);
}

function sameRecorded(a: RemovedCondition, b: RemovedCondition): boolean {
  return RECORDED.every((key) => a[key] === b[key]);
}

/**
 * The ids of the records of `before` that `after` lost or rewrote. A record that only gained its professional or day
 * is not rewritten; one that lost them is.
 */
export function shortenedHistory(before: Plan, after: Plan): string[] {
  const now = new Map(after.removedConditions.map((r) => [r.id, r]));
  return before.removedConditions.flatMap((old) => {
    const kept = now.get(old.id);
    if (kept === undefined || !sameRecorded(old, kept)) return [old.id];
    return FILLABLE.some((key) => old[key] !== null && kept[key] !== old[key]) ? [old.id] : [];
  });
}

/**
 * `after` with the history of every plan in `sources` kept: a record any of them holds is in the result, as it was
 * recorded (its professional and day filled in where a later copy added them). Records keep the order in which they
 * were appended: the first source's (the oldest copy), then `after`'s own, then the other sources'. For merges (the union of both sides) and for paths
 * that replace a plan wholesale (a Word document, a live save) so that they cannot shorten the history.
 */
export function keepHistory(after: Plan, ...sources: ReadonlyArray<Plan>): Plan {
  const records = new Map<string, RemovedCondition>();
  const restore = (r: RemovedCondition): void => {
    const known = records.get(r.id);
    if (known === undefined) { records.set(r.id, r); return; }
    // The first copy that recorded the substance wins; a later one may only fill what was empty.
    const fill = FILLABLE.filter((key) => known[key] === null && r[key] !== null && sameRecorded(known, r));
    if (fill.length === 0) return;
    const filled = { ...known };
    for (const key of fill) filled[key] = r[key];
    records.set(r.id, filled);
  };
  for (const source of sources) source.removedConditions.forEach(restore);
  // `after` fills in what it added to a known record, but cannot rewrite one.
  for (const r of after.removedConditions) {
    const known = records.get(r.id);
    if (known === undefined) records.set(r.id, r);
    else if (sameRecorded(known, r)) restore(r);
  }
  // Oldest first: the first source's records (the base, the stored plan), then what `after` appended, then the rest.
  const [first, ...others] = sources;
  const order = [first?.removedConditions ?? [], after.removedConditions, ...others.map((o) => o.removedConditions)].flatMap((list) => list.map((r) => r.id));
  const removedConditions = [...new Set(order)].map((id) => records.get(id) as RemovedCondition);
  const unchanged = removedConditions.length === after.removedConditions.length && removedConditions.every((r, i) => r === after.removedConditions[i]);
  return unchanged ? after : { ...after, removedConditions };
}

/** A bottom line that holds something: from then on it changes or goes only with a reason. */
export function isRecordedBottomLine(line: BottomLine): boolean {
  return line.requirement.trim().length > 0 || line.actionWhen.trim().length > 0;
}

export interface BottomLineChange {
  requirement?: string;
  actionWhen?: string;
}

export type BottomLineResult = { ok: true; plan: Plan } | { ok: false; reason: 'bottom-line-needs-reason' } | LockedEdit;

/** Why an edit was not applied: it changes a bottom line that held something, and the editor has to ask for a reason first. */
export interface BottomLineEditRequest {
  bottomLineId: string;
  change: BottomLineChange;
}

/** The bottom line with the same id in the baseline plan; `undefined` baseline means "the line itself", null "new since then". */
export function bottomLineBaseline(baseline: Plan | null | undefined, line: BottomLine): BottomLine | null {
  if (baseline === undefined) return line;
  if (baseline === null) return null;
  return baseline.bottomLines.find((b) => b.id === line.id) ?? null;
}

/** Whether a change to a bottom line needs a reason: it held something when editing began, and its text really changes. */
export function bottomLineChangeNeedsReason(line: BottomLine, change: BottomLineChange, baseline: BottomLine | null = line): boolean {
  if (baseline === null || !isRecordedBottomLine(baseline)) return false;
  const differs = (now: string, next: string | undefined): boolean => next !== undefined && next.trim() !== now.trim();
  return differs(line.requirement, change.requirement) || differs(line.actionWhen, change.actionWhen);
}

/**
 * Changes a bottom line's requirement and/or its point of action. Once it held something, that takes a substantive
 * reason, and the bottom line as it was goes into the history next to what it became.
 */
export function changeBottomLine(plan: Plan, id: string, change: BottomLineChange, reason = '', by: RecordedBy = NOBODY, baseline?: Plan | null): BottomLineResult {
  if (!editableFreely(plan)) return LOCKED_EDIT;
  const line = plan.bottomLines.find((b) => b.id === id);
  if (line === undefined) return { ok: true, plan };
  const next: BottomLine = { ...line, ...change };
  const bottomLines = plan.bottomLines.map((b) => (b.id === id ? next : b));
  if (!bottomLineChangeNeedsReason(line, change, bottomLineBaseline(baseline, line))) return { ok: true, plan: { ...plan, bottomLines } };
  if (!isSubstantiveReason(reason)) return { ok: false, reason: 'bottom-line-needs-reason' };
  const record = historyRecord({
    change: 'changed', subject: 'bottomLine', subjectId: id, text: line.requirement, actionWhen: line.actionWhen,
    newText: next.requirement, newActionWhen: next.actionWhen, reason: reason.trim(), source: plan.referrer,
  }, by);
  return { ok: true, plan: { ...plan, bottomLines, removedConditions: [...plan.removedConditions, record] } };
}

/** Removes a bottom line; one that held something goes only with a substantive reason, kept in the history. */
export function removeBottomLine(plan: Plan, id: string, reason = '', by: RecordedBy = NOBODY, baseline?: Plan | null): BottomLineResult {
  if (!editableFreely(plan)) return LOCKED_EDIT;
  const line = plan.bottomLines.find((b) => b.id === id);
  if (line === undefined) return { ok: true, plan };
  const bottomLines = plan.bottomLines.filter((b) => b.id !== id);
  const was = bottomLineBaseline(baseline, line);
  if (!isRecordedBottomLine(line) && (was === null || !isRecordedBottomLine(was))) return { ok: true, plan: { ...plan, bottomLines } };
  if (!isSubstantiveReason(reason)) return { ok: false, reason: 'bottom-line-needs-reason' };
  const record = historyRecord({
    change: 'removed', subject: 'bottomLine', subjectId: id, text: line.requirement, actionWhen: line.actionWhen, reason: reason.trim(), source: plan.referrer,
  }, by);
  return { ok: true, plan: { ...plan, bottomLines, removedConditions: [...plan.removedConditions, record] } };
}

/**
 * The bottom lines of `before` that `after` removed or rewrote without a new history record for them: for the paths that
 * replace a plan wholesale, like `unrecordedConditionChanges` for conditions.
 */
export function unrecordedBottomLineChanges(before: Plan, after: Plan): string[] {
  const known = new Set(before.removedConditions.map((r) => r.id));
  const records = after.removedConditions.filter((r) => !known.has(r.id) && r.subject === 'bottomLine' && r.reason.trim().length > 0);
  return before.bottomLines.filter(isRecordedBottomLine).flatMap((line) => {
    const now = after.bottomLines.find((b) => b.id === line.id);
    const changed = now === undefined || now.requirement.trim() !== line.requirement.trim() || now.actionWhen.trim() !== line.actionWhen.trim();
    return changed && !records.some((r) => r.subjectId === line.id) ? [line.id] : [];
  });
}
