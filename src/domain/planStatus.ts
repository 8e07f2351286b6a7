import type { Plan } from './plan';

/**
 * The two questions of the status gate that the editing functions ask (statusGate.ts holds the whole gate). A module
 * of its own, with no imports beyond the plan type, so that conditions.ts and editing.ts can ask them without
 * importing the quality check.
 */

/** Whether the plan's content may be edited as it stands: only a draft. */
export function editableFreely(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'draft';
}

/** Active or evaluated: the plan in force, which changes only through Bijstellen or an evaluation decision. */
export function isInForce(plan: Pick<Plan, 'status'>): boolean {
  return plan.status === 'active' || plan.status === 'evaluated';
}

/**
 * Form fields that are records kept while the plan is in force, edited in the form as they happen: the incident log,
 * and the crisis variant's hand-over after the evaluation (seed 002: the facilitator hands over once the plan runs).
 * (Evaluations have their own screen; bookings, shares and consent withdrawals their own panels.) statusGate.ts
 * accepts their changes in force.
 */
export const FORM_RECORDS_IN_FORCE: ReadonlySet<string> = new Set(['incidents', 'handOverDate', 'handOverToIds', 'handOverNotes']);

/** Whether the form's top-level field `key` may be edited as the plan stands: any in a draft, the records above in force. */
export function fieldEditable(plan: Pick<Plan, 'status'>, key: string): boolean {
  return editableFreely(plan) || (isInForce(plan) && FORM_RECORDS_IN_FORCE.has(key));
}

/** The refusal of an edit to a plan that is not a draft: it changes through Bijstellen, or not at all. */
export interface LockedEdit {
  ok: false;
  reason: 'locked';
  code: 'PLAN.LOCKED';
}

export const LOCKED_EDIT: LockedEdit = { ok: false, reason: 'locked', code: 'PLAN.LOCKED' };
