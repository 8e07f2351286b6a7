import { newId } from './factory';
import type { OrganisationSettings } from './organisation';
import type { Plan } from './plan';
import { checkPlan, hasErrors } from './rules';
import type { Finding } from './rules';

/**
 * "Bijstellen" (seed 000: the plan is a growing document; seed 004, section 2: a plan is temporary and is evaluated).
 * Adjusting does not suspend the plan: the plan in force stays active, with its reminders, until the adjusted version
 * is activated. The adjusted version is prepared as a draft of its own, a separate plan record whose `revisionOf`
 * names the plan in force. Activating it puts its content into the plan in force as the next version; the draft record
 * is then removed by the caller.
 */

/** Whether the plan is an adjusted version being prepared beside the plan in force. */
export function isRevision(plan: Plan): boolean {
  return plan.revisionOf !== null;
}

/**
 * What stays with the plan in force when a revision is activated: who it is, and what happened while it was in force
 * (the evaluations held and the incidents logged). Everything else is the plan's content, which the revision replaces.
 */
const KEPT_FROM_PLAN_IN_FORCE = ['schemaVersion', 'id', 'evaluations', 'incidents', 'closure'] as const satisfies ReadonlyArray<keyof Plan>;

/**
 * A draft of the next version beside `active`: its content, a new id, version + 1, no evaluations or incidents of its
 * own (those stay with the plan in force), and no booked evaluation meeting (the next one is planned anew).
 */
export function startRevision(active: Plan, id: string = newId()): Plan {
  return {
    ...active,
    id,
    status: 'draft',
    version: active.version + 1,
    revisionOf: active.id,
    evaluations: [],
    incidents: [],
    closure: null,
    evaluationEvent: null,
  };
}

export type RevisionActivationResult =
  | { ok: true; plan: Plan }
  | { ok: false; reason: 'errors'; findings: Finding[] }
  | { ok: false; reason: 'not-a-revision' | 'other-plan' | 'status' };

/**
 * Puts the revision in force: the plan in force takes the revision's content as its next version, stays active, and
 * keeps its own history. Refused while the revision has an error finding at `today` (as any activation), when `revision`
 * is not a revision of `active`, or when `active` is no longer in force (closed meanwhile).
 */
export function activateRevision(active: Plan, revision: Plan, today: Date, settings?: OrganisationSettings): RevisionActivationResult {
  if (revision.revisionOf === null) return { ok: false, reason: 'not-a-revision' };
  if (revision.revisionOf !== active.id) return { ok: false, reason: 'other-plan' };
  if (active.status === 'closed' || revision.status !== 'draft') return { ok: false, reason: 'status' };
  const findings = checkPlan(revision, today, settings);
  if (hasErrors(findings)) return { ok: false, reason: 'errors', findings: findings.filter((f) => f.severity === 'error') };
  const kept = Object.fromEntries(KEPT_FROM_PLAN_IN_FORCE.map((key) => [key, active[key]])) as Pick<Plan, (typeof KEPT_FROM_PLAN_IN_FORCE)[number]>;
  return {
    ok: true,
    plan: { ...revision, ...kept, status: 'active', revisionOf: null, version: Math.max(revision.version, active.version + 1) },
  };
}

/** Whose version history a plan belongs to: an adjusted version shares the history of the plan it adjusts. */
export function historyIdOf(plan: Plan): string {
  return plan.revisionOf ?? plan.id;
}
