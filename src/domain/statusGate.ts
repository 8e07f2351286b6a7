import { deepEqual } from './deepEqual';
import type { CopyRecipient, CopyShare, Evaluation, EvaluationDecision, NetworkMeeting, Plan, PlanStatus } from './plan';
import { FORM_RECORDS_IN_FORCE, isInForce } from './planStatus';
import { checkPlan, hasErrors } from './rules';

export { editableFreely, fieldEditable, isInForce } from './planStatus';

/**
 * The status gate (issue 20): whether a plan may change, and how, follows from its status.
 * - A draft is edited freely. It goes into force only through the quality check (activation): no error finding.
 *   An adjusted version (`revisionOf`) never goes into force on its own: `activateRevision` puts its content into
 *   the plan it adjusts.
 * - A plan in force (active, or evaluated) keeps its content. It changes only through *Bijstellen* (a revision draft
 *   beside it, revision.ts) or an evaluation decision (evaluation.ts). What happens while it is in force is recorded
 *   in it: evaluations, incidents, the booked meetings, the copies shared, and a withdrawn consent.
 * - A closed plan never changes. Only access to it can still be taken away: a consent withdrawn, a share revoked
 *   (a person's right to withdraw consent does not end with the plan).
 *
 * Every path that changes a stored plan (the editor's session, Word apply, merges, restored drafts, the live save)
 * asks this one function, with the plan as it is and the plan it would become.
 */

export type GateRefusal =
  /** The plan is closed: nothing but access may change. */
  | 'closed'
  /** The plan is in force: its content changes only through Bijstellen or an evaluation decision. */
  | 'in-force'
  /** A draft was to go into force while the quality check has errors, or an adjusted version on its own. */
  | 'activation'
  /** A status change no lifecycle step makes (e.g. draft to closed, closed to active). */
  | 'status'
  /** The plan's id or schema version would change: it would be another plan. */
  | 'identity';

export type GateVerdict =
  | { ok: true }
  | {
    ok: false;
    code: 'PLAN.LOCKED';
    reason: GateRefusal;
    /** The plan's status before the change. */
    status: PlanStatus;
    /** The top-level plan keys whose change was refused. */
    keys: string[];
  };

const OK: GateVerdict = { ok: true };

function refuse(before: Plan, reason: GateRefusal, keys: string[]): GateVerdict {
  return { ok: false, code: 'PLAN.LOCKED', reason, status: before.status, keys };
}

/** The top-level keys whose values differ. */
export function changedKeys(before: Plan, after: Plan): string[] {
  const a = before as unknown as Record<string, unknown>;
  const b = after as unknown as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((key) => !deepEqual(a[key], b[key]));
}

// ---- records that may change while a plan is in force, or closed ---------------------------------------------

const byId = <T extends { id: string }>(list: readonly T[]): Map<string, T> => new Map(list.map((item) => [item.id, item]));

/** Consent withdrawn (copies.ts `withdrawConsent`): the only change to section 8's recipients outside a draft. */
function consentWithdrawalsOnly(before: readonly CopyRecipient[], after: readonly CopyRecipient[]): boolean {
  if (before.length !== after.length) return false;
  return after.every((r, i) => {
    const old = before[i];
    if (old === undefined || old.id !== r.id) return false;
    if (deepEqual(old, r)) return true;
    const withdrawn = { ...old, consentGiven: false, consentDate: null, consentById: null, consentWithdrawnOn: r.consentWithdrawnOn };
    return typeof r.consentWithdrawnOn === 'string' && deepEqual(withdrawn, r);
  });
}

/** Shares: each recorded share stays as it was, except that it may be marked revoked; `allowNew` lets shares be added. */
function sharesKept(before: readonly CopyShare[], after: readonly CopyShare[], allowNew: boolean): boolean {
  const later = byId(after);
  const kept = before.every((s) => {
    const now = later.get(s.id);
    if (now === undefined) return false;
    if (deepEqual(s, now)) return true;
    return s.revokedOn === null && now.revokedOn !== null && deepEqual({ ...s, revokedOn: now.revokedOn, revokedBecause: now.revokedBecause }, now);
  });
  return kept && (allowNew || after.length === before.length);
}

/** Evaluations held: an evaluation with a decision is history and stays; open ones may be worked on, new ones added. */
function decidedEvaluationsKept(before: readonly Evaluation[], after: readonly Evaluation[]): boolean {
  const later = byId(after);
  return before.every((e) => e.decision === null || deepEqual(e, later.get(e.id)));
}

/** The decisions taken in this change: evaluations that have one now and had none before. */
function decisionsTaken(before: readonly Evaluation[], after: readonly Evaluation[]): EvaluationDecision[] {
  const earlier = byId(before);
  return after.flatMap((e) => (e.decision !== null && (earlier.get(e.id)?.decision ?? null) === null ? [e.decision] : []));
}

/** Network meetings: entries are added (booked) and their calendar reference and date follow the booking; what was recorded stays. */
function meetingsKept(before: readonly NetworkMeeting[], after: readonly NetworkMeeting[]): boolean {
  const later = byId(after);
  return before.every((m) => {
    const now = later.get(m.id);
    return now !== undefined && deepEqual(m.attendeeIds, now.attendeeIds) && m.notes === now.notes;
  });
}

/**
 * Per key, what a plan in force may record without Bijstellen. The evaluation date moves only with the booked
 * evaluation meeting (scheduling's `withEvent`), never on its own and never to nothing.
 */
const IN_FORCE_RECORDS: Readonly<Record<string, (before: Plan, after: Plan) => boolean>> = {
  // The records kept in the form (the incident log, the crisis hand-over): free while in force.
  ...Object.fromEntries([...FORM_RECORDS_IN_FORCE].map((key) => [key, () => true])),
  evaluations: (b, a) => decidedEvaluationsKept(b.evaluations, a.evaluations),
  evaluationEvent: () => true,
  evaluationDate: (b, a) => a.evaluationDate !== null && !deepEqual(b.evaluationEvent, a.evaluationEvent),
  networkMeetings: (b, a) => meetingsKept(b.networkMeetings, a.networkMeetings),
  copyShares: (b, a) => sharesKept(b.copyShares, a.copyShares, true),
  copyRecipients: (b, a) => consentWithdrawalsOnly(b.copyRecipients, a.copyRecipients),
};

/** What a closed plan may still record: access taken away. */
const CLOSED_RECORDS: Readonly<Record<string, (before: Plan, after: Plan) => boolean>> = {
  copyShares: (b, a) => sharesKept(b.copyShares, a.copyShares, false),
  copyRecipients: (b, a) => consentWithdrawalsOnly(b.copyRecipients, a.copyRecipients),
};

/** The keys an evaluation decision sets besides the evaluation itself (evaluation.ts `decideEvaluation`). */
const DECISION_KEYS: Readonly<Record<EvaluationDecision, ReadonlyArray<keyof Plan>>> = {
  extend: ['status', 'validFrom', 'validUntil', 'evaluationDate', 'evaluationEvent'],
  adjust: ['status'],
  close: ['status', 'closure'],
};

function statusAfterDecision(decision: EvaluationDecision | null, before: Plan, after: Plan): boolean {
  if (after.status === before.status) return true;
  if (decision === 'extend' || decision === 'adjust') return after.status === 'active';
  // Closing: with the plan's closure record (an evaluation's "close", or closure.ts `closePlan`).
  return after.status === 'closed' && after.closure !== null && before.closure === null;
}

function inForceChange(before: Plan, after: Plan, keys: string[]): GateVerdict {
  const decisions = decisionsTaken(before.evaluations, after.evaluations);
  if (decisions.length > 1) return refuse(before, 'in-force', ['evaluations']);
  const decision = decisions[0] ?? null;
  const decisionKeys: ReadonlyArray<string> = decision ? DECISION_KEYS[decision] : [];
  const closing = after.status === 'closed';
  const refused = keys.filter((key) => {
    if (key === 'status') return !statusAfterDecision(decision, before, after);
    // Closing, with or without an evaluation: the closure record comes with the status.
    if (key === 'closure') return !(closing && after.closure !== null && before.closure === null);
    if (decisionKeys.includes(key)) return false;
    const rule = IN_FORCE_RECORDS[key];
    return rule === undefined || !rule(before, after);
  });
  return refused.length === 0 ? OK : refuse(before, 'in-force', refused);
}

function draftChange(before: Plan, after: Plan, today: Date): GateVerdict {
  if (after.status === 'draft') return OK;
  if (after.status !== 'active') return refuse(before, 'status', ['status']);
  if (after.revisionOf !== null) return refuse(before, 'activation', ['status']);
  return hasErrors(checkPlan(after, today)) ? refuse(before, 'activation', ['status']) : OK;
}

/**
 * Whether `after` may take the place of `before` (the stored plan, or the plan as the editor holds it now), judged by
 * `before`'s status (see above). `today` is the day of the quality check for an activation.
 */
export function checkChange(before: Plan, after: Plan, today: Date): GateVerdict {
  if (before.id !== after.id || before.schemaVersion !== after.schemaVersion) return refuse(before, 'identity', ['id']);
  const keys = changedKeys(before, after);
  if (keys.length === 0) return OK;
  switch (before.status) {
    case 'draft':
      return draftChange(before, after, today);
    case 'active':
    case 'evaluated':
      return inForceChange(before, after, keys);
    case 'closed': {
      const refused = keys.filter((key) => !(CLOSED_RECORDS[key]?.(before, after) ?? false));
      return refused.length === 0 ? OK : refuse(before, 'closed', refused);
    }
  }
}

/**
 * The plan in force with only what may be recorded in it taken from `proposed`: the records of IN_FORCE_RECORDS
 * where `proposed` changed them acceptably. Used where a proposed plan carries content edits that must not land in
 * the plan in force (they go to a revision draft instead), but its records must not be lost.
 */
export function recordsOnly(inForce: Plan, proposed: Plan): Plan {
  const rules = inForce.status === 'closed' ? CLOSED_RECORDS : isInForce(inForce) ? IN_FORCE_RECORDS : {};
  const out: Record<string, unknown> = { ...inForce };
  for (const [key, rule] of Object.entries(rules)) {
    if (rule(inForce, proposed)) out[key] = (proposed as unknown as Record<string, unknown>)[key];
  }
  // The evaluation date may only follow a booking, so it is re-checked with what was taken.
  const result = out as unknown as Plan;
  if (result.evaluationDate !== inForce.evaluationDate && deepEqual(result.evaluationEvent, inForce.evaluationEvent)) {
    return { ...result, evaluationDate: inForce.evaluationDate };
  }
  return result;
}
