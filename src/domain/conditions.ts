import { newId } from './factory';
import { historyRecord, isSubstantiveReason } from './history';
import type { RecordedBy } from './history';
import type { Goal, GoalKind, Plan, RemovedCondition } from './plan';
import { LOCKED_EDIT, editableFreely } from './planStatus';
import type { LockedEdit } from './planStatus';

/**
 * Safety conditions are not negotiable (seed 004, section 3): the family may build on them but cannot drop or soften
 * them unnoticed. Removing one, changing its kind, or changing its text all need a reason, and each is kept in
 * `removedConditions`. This module decides when a reason is needed; the editor only asks for it.
 */

/** Kinds that carry a safety condition: a condition itself, or a joint goal in which condition and family goal coincide. */
export function isProtectedKind(kind: GoalKind | null): boolean {
  return kind === 'condition' || kind === 'joint';
}

/** A goal that holds a written-down safety condition: from then on its kind and text change only with a reason. */
export function isRecordedCondition(goal: Goal): boolean {
  return isProtectedKind(goal.kind) && goal.text.trim().length > 0;
}

/** A change to a goal's kind and/or text, as the editor proposes it. */
export interface GoalChange {
  text?: string;
  kind?: GoalKind | null;
}

/**
 * Whether `change` to `goal` needs a reason. `baseline` is the goal as it was when editing began (for example when the
 * plan was opened): a condition typed in during this session can still be corrected freely, one that was already
 * there cannot. Without a baseline the goal itself is the baseline. Whitespace at the ends does not count as a change.
 * A goal that is no longer a condition or joint goal (its kind was changed, with a reason) is free again.
 */
export function goalChangeNeedsReason(goal: Goal, change: GoalChange, baseline: Goal | null = goal): boolean {
  // Once a condition became a family goal (with a reason), the family may shape it freely.
  if (baseline === null || !isRecordedCondition(baseline) || !isProtectedKind(goal.kind)) return false;
  const textChanged = change.text !== undefined && change.text.trim() !== goal.text.trim();
  const kindChanged = change.kind !== undefined && change.kind !== goal.kind;
  return textChanged || kindChanged;
}

/** Whether removing `goal` needs a reason: it holds a written-down condition, or it is still a condition and held one when editing began. */
export function goalRemovalNeedsReason(goal: Goal, baseline: Goal | null = goal): boolean {
  return isRecordedCondition(goal) || (isProtectedKind(goal.kind) && baseline !== null && isRecordedCondition(baseline));
}

export type ChangeGoalResult =
  | { ok: true; plan: Plan }
  | { ok: false; reason: 'condition-needs-reason' }
  | LockedEdit;

/**
 * Changes a goal's kind and/or text (a draft's only: statusGate.ts). When the change touches a recorded condition it needs a `reason`, and the
 * condition as it was is kept in `removedConditions` (change `changed`) next to what it became.
 */
export function changeGoal(
  plan: Plan, goalId: string, change: GoalChange, reason = '', options: { baseline?: Plan | null; id?: string; by?: RecordedBy } = {},
): ChangeGoalResult {
  if (!editableFreely(plan)) return LOCKED_EDIT;
  const index = plan.goals.findIndex((g) => g.id === goalId);
  const goal = plan.goals[index];
  if (goal === undefined) return { ok: true, plan };
  const baselineGoal = baselineOf(options.baseline, goal);
  const next: Goal = { ...goal, ...(change.text !== undefined ? { text: change.text } : {}), ...(change.kind !== undefined ? { kind: change.kind } : {}) };
  const goals = plan.goals.map((g, i) => (i === index ? next : g));
  if (!goalChangeNeedsReason(goal, change, baselineGoal)) return { ok: true, plan: { ...plan, goals } };
  // A reason that says nothing ("x", "ok") is no reason: the history would record a change nobody can account for.
  if (!isSubstantiveReason(reason)) return { ok: false, reason: 'condition-needs-reason' };
  const record: RemovedCondition = historyRecord({
    id: options.id ?? newId(), change: 'changed', subjectId: goal.id, text: goal.text, source: goal.source, newKind: next.kind, newText: next.text,
    reason: reason.trim(),
  }, options.by);
  return { ok: true, plan: { ...plan, goals, removedConditions: [...plan.removedConditions, record] } };
}

/** The goal with the same id in the baseline plan; `undefined` baseline means "the goal itself", null "new since then". */
export function baselineOf(baseline: Plan | null | undefined, goal: Goal): Goal | null {
  if (baseline === undefined) return goal;
  if (baseline === null) return null;
  return baseline.goals.find((g) => g.id === goal.id) ?? null;
}

/**
 * The recorded conditions of `before` that `after` removed or changed (kind, or text beyond whitespace) without a new
 * record in `removedConditions`. For paths that replace a plan wholesale rather than edit one field (a document read
 * back from Word, a merge, an import): they can refuse such a plan, or ask for the reasons, with the same rule.
 */
export function unrecordedConditionChanges(before: Plan, after: Plan): string[] {
  const known = new Set(before.removedConditions.map((r) => r.id));
  const records = after.removedConditions.filter((r) => !known.has(r.id));
  return before.goals.filter(isRecordedCondition).flatMap((goal) => {
    const now = after.goals.find((g) => g.id === goal.id);
    const changed = now === undefined || now.kind !== goal.kind || now.text.trim() !== goal.text.trim();
    const recorded = records.some((r) => r.text.trim() === goal.text.trim() && r.reason.trim().length > 0);
    return changed && !recorded ? [goal.id] : [];
  });
}
