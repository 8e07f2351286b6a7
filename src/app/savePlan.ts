import { ConflictError } from '../domain';
import type { Plan } from '../domain';
import type { DraftStore, PlanStore, StoredPlan } from './ports';

export interface SaveDeps {
  store: PlanStore;
  drafts: DraftStore;
}

export type SaveResult =
  | { kind: 'saved'; stored: StoredPlan }
  | { kind: 'conflict'; mine: Plan; theirs: StoredPlan | null };

/** The label of the frozen copy of a colleague's version that "keep mine" saves over. */
export const OVERWRITTEN_LABEL = 'Versie van collega, vervangen na conflict';

/**
 * Saves with the revision the edits were based on. The edits go to the device's draft store first and stay
 * there until the save succeeds, so a conflict, a 429 or going offline loses nothing.
 * Other errors (offline, throttled, permission) are rethrown after the draft is kept.
 */
export async function savePlan(deps: SaveDeps, plan: Plan, baseRevision: string | null): Promise<SaveResult> {
  await deps.drafts.put(plan, baseRevision);
  try {
    const stored = await deps.store.save(plan, baseRevision);
    await deps.drafts.clear(plan.id);
    return { kind: 'saved', stored };
  } catch (e) {
    if (!(e instanceof ConflictError)) throw e;
    const theirs = await deps.store.load(plan.id).catch(() => null);
    return { kind: 'conflict', mine: plan, theirs };
  }
}

/** Conflict choice 1: drop my edits and continue from their version. */
export async function reloadTheirs(deps: SaveDeps, planId: string): Promise<StoredPlan> {
  const theirs = await deps.store.load(planId);
  await deps.drafts.clear(planId);
  return theirs;
}

/**
 * Conflict choice 2: keep mine as the newest version. Their version is frozen in the history first, so
 * nothing anyone saved is lost; then mine is saved on top of their revision.
 */
export async function keepMine(deps: SaveDeps, mine: Plan): Promise<SaveResult> {
  const theirs = await deps.store.load(mine.id);
  await deps.store.freezeVersion(theirs.plan, OVERWRITTEN_LABEL);
  return savePlan(deps, mine, theirs.revision);
}
