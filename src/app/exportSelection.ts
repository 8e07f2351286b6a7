import { evaluationSummary } from '../domain';
import type { Locale, Plan } from '../domain';
import type { DocumentWriter, PlanStore, PlanVersionInfo } from './ports';

/**
 * Which frozen version a document compares the plan with ("Wijzigingen sinds de vorige versie"): the most
 * recent one of an earlier plan version (after "bijstellen", that is the evaluated version the adjustment
 * started from), or else the most recent frozen one (for a plan that was extended, or only activated).
 * Null when nothing was frozen yet.
 */
export function previousVersionFor(plan: Plan, versions: ReadonlyArray<PlanVersionInfo>): PlanVersionInfo | null {
  // The store lists newest first; sorting on savedAt as well guards against a store that does not. Ties keep the store's order.
  const newestFirst = [...versions].sort((a, b) => (a.savedAt === b.savedAt ? 0 : a.savedAt < b.savedAt ? 1 : -1));
  return newestFirst.find((v) => v.planVersion < plan.version) ?? newestFirst[0] ?? null;
}

/**
 * Loads the version to compare with, for the .docx export. The comparison is an addition to the document, so
 * a history that cannot be read (offline, a plan not yet saved) gives a document without it rather than no
 * document at all.
 */
export async function loadPreviousVersion(store: Pick<PlanStore, 'listVersions' | 'loadVersion'>, plan: Plan): Promise<Plan | null> {
  try {
    const chosen = previousVersionFor(plan, await store.listVersions(plan.id));
    return chosen ? await store.loadVersion(plan.id, chosen.versionId) : null;
  } catch {
    return null;
  }
}

/**
 * "Evaluatiesamenvatting invoegen": the stored plan's summary, compared with its previous version, appended to the
 * open document. The document itself is not read: the summary is a snapshot of the plan as stored.
 * @throws NotFoundError when the plan is no longer in the store.
 */
export async function insertSummaryIntoDocument(
  deps: { store: PlanStore; writer: DocumentWriter }, planId: string, locale: Locale,
): Promise<void> {
  const { plan } = await deps.store.load(planId);
  const previous = await loadPreviousVersion(deps.store, plan);
  await deps.writer.insertEvaluationSummary(evaluationSummary(plan, previous, locale), locale);
}
