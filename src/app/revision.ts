import { NotFoundError, activateRevision } from '../domain';
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
