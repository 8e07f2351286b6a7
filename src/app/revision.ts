import { NotFoundError, activateRevision, isInForce, newId, startRevision } from '../domain';
import type { Finding, OrganisationSettings, Plan } from '../domain';
import type { PlanStore, StoredPlan } from './ports';

/** The label of the version frozen when an adjusted version is put in force (Dutch, like the other frozen labels). */
export const REVISION_ACTIVATED_LABEL = 'Bijstelling geactiveerd';

export type RevisionInForce =
  | { ok: true; stored: StoredPlan; planId: string }
  | { ok: false; reason: 'errors'; findings: Finding[] }
  | { ok: false; reason: 'missing' };

/**
 * Puts an adjusted version in force (domain/revision.ts): the plan in force takes its content as the next version and
 * is saved over the revision it had when loaded (a save in between is a ConflictError, nothing is overwritten); the
 * version is frozen in the history; then the draft record goes. Until the save succeeds the plan in force is untouched.
 * A failure to remove the draft afterwards leaves an orphan draft, never a lost plan, so it is not reported as failure.
 * @throws ConflictError, or the store's errors on load/save.
 */
export async function putRevisionInForce(store: PlanStore, revision: Plan, today: Date, settings?: OrganisationSettings): Promise<RevisionInForce> {
  if (revision.revisionOf === null) return { ok: false, reason: 'missing' };
  let active: StoredPlan;
  try {
    active = await store.load(revision.revisionOf);
  } catch (e) {
    if (e instanceof NotFoundError) return { ok: false, reason: 'missing' };
    throw e;
  }
  const result = activateRevision(active.plan, revision, today, settings);
  if (!result.ok) return result.reason === 'errors' ? { ok: false, reason: 'errors', findings: result.findings } : { ok: false, reason: 'missing' };
  const stored = await store.save(result.plan, active.revision);
  await store.freezeVersion(result.plan, REVISION_ACTIVATED_LABEL).catch(() => undefined);
  await store.delete(revision.id).catch(() => undefined);
  return { ok: true, stored, planId: result.plan.id };
}

export type AdjustmentStart =
  /** `planId`: the adjusted version to open; `existing` when one was already being prepared (it is opened, not doubled). */
  | { ok: true; planId: string; existing: boolean }
  /** The plan is not in force (a draft is edited as it is; a closed plan is not adjusted). */
  | { ok: false; reason: 'status' };

/**
 * "Bijstellen" from the editor of a plan in force: a draft of the next version beside it (domain `startRevision`), saved
 * as a plan of its own. An adjusted version already being prepared is opened instead: two would compete for the plan.
 * @throws NotFoundError, or the store's errors on load/list/save.
 */
export async function startAdjusting(store: PlanStore, planId: string, revisionId: string = newId()): Promise<AdjustmentStart> {
  const { plan } = await store.load(planId);
  if (!isInForce(plan)) return { ok: false, reason: 'status' };
  const existing = (await store.list()).find((summary) => summary.revisionOf === plan.id);
  if (existing) return { ok: true, planId: existing.id, existing: true };
  const saved = await store.save(startRevision(plan, revisionId), null);
  return { ok: true, planId: saved.plan.id, existing: false };
}
