import { checkChange, parsePlan, recordsOnly } from '../domain';
import type { Plan } from '../domain';
import { deepEqual, mergePlans } from '../domain/merge';
import type { Clock, Draft, DraftStore, EditorPresence, PlanStore, StoredPlan } from './ports';

export interface LeftDrafts {
  /** How many drafts of closed editors were found. */
  count: number;
  /** How many of them could not be merged and were frozen as versions instead. */
  frozen: number;
  /** What the new editor continues with (the newest draft, merged with the rest and with the store). */
  draft: Draft;
  /** Fields where the draft and the stored plan both changed: the user chooses. */
  clashes: string[];
  /** Deletes the drafts taken over; call it once the new editor's own draft holds their content. */
  discard: () => Promise<void>;
  /**
   * The status gate refused the drafts' edits (domain statusGate.ts): the plan went into force or was closed since
   * they were typed. They were frozen as a version; `draft` holds only what may still be recorded in the plan.
   */
  locked: boolean;
}

interface Deps {
  drafts: DraftStore;
  presence: EditorPresence;
  store: PlanStore;
  clock: Clock;
}

/** Labels of the versions frozen here: a left draft that clashed, and edits the status gate kept out. */
export interface LeftDraftLabels {
  leftDraft: string;
  lockedEdits: string;
}

/**
 * Takes over the drafts that editors which are no longer open left behind (a reload, a crash, a closed tab).
 * An editor still open in another tab keeps its draft. Older left drafts merge into the newest; one that clashes
 * is frozen as a version, so nothing typed is lost either way.
 */
export async function adoptLeftDrafts(deps: Deps, planId: string, ownEditorId: string, stored: StoredPlan, labels: LeftDraftLabels): Promise<LeftDrafts | null> {
  const label = labels.leftDraft;
  const others = (await deps.drafts.listForPlan(planId)).filter((d) => d.editorId !== ownEditorId);
  if (others.length === 0) return null;
  const alive = await deps.presence.alive(others.map((d) => d.editorId));
  const left = others.filter((d) => !alive.has(d.editorId));
  const newest = left.at(-1);
  if (!newest) return null;
  const discard = () => Promise.all(left.map((d) => deps.drafts.clear(planId, d.editorId))).then(() => undefined);

  let plan = newest.plan;
  let frozen = 0;
  for (const older of left.slice(0, -1)) {
    if (deepEqual(older.plan, plan) || deepEqual(older.plan, stored.plan)) continue;
    const merged = mergePlans(older.base ?? stored.plan, plan, older.plan, 'mine');
    if (merged.conflicts.length === 0 && parsePlan(merged.merged).ok) {
      plan = merged.merged;
    } else {
      await deps.store.freezeVersion(older.plan, label);
      frozen += 1;
    }
  }
  if (deepEqual(plan, stored.plan)) {
    await discard();
    return null;
  }
  // The status gate: an edit typed while the plan was a draft cannot land in it once it is in force or closed.
  const candidate = gateCandidate(newest, plan, stored);
  if (!checkChange(stored.plan, candidate, deps.clock.now()).ok) {
    await deps.store.freezeVersion(plan, labels.lockedEdits);
    const kept = recordsOnly(stored.plan, candidate);
    const draft = { ...newest, plan: kept, base: stored.plan, baseRevision: stored.revision };
    return { count: left.length, frozen, draft, clashes: [], discard, locked: true };
  }
  const result = { count: left.length, frozen, discard, locked: false };
  if (newest.baseRevision === stored.revision) return { ...result, draft: { ...newest, plan }, clashes: [] };
  // Saved elsewhere since the draft began: merge three-way when the draft knows its base, else let the user choose.
  if (!newest.base) return { ...result, draft: { ...newest, plan }, clashes: ['$'] };
  const merged = mergePlans(newest.base, plan, stored.plan, 'mine');
  if (merged.conflicts.length > 0) return { ...result, draft: { ...newest, plan }, clashes: merged.conflicts };
  return { ...result, draft: { ...newest, plan: merged.merged, base: stored.plan, baseRevision: stored.revision }, clashes: [] };
}

/**
 * What the drafts would make of the stored plan: their plan itself when it was based on the stored revision (or
 * knows no base), else the three-way merge with what was saved since, so that changes made elsewhere in the meantime
 * are not counted as the draft's.
 */
function gateCandidate(newest: Draft, plan: Plan, stored: StoredPlan): Plan {
  if (newest.baseRevision === stored.revision || !newest.base) return plan;
  return mergePlans(newest.base, plan, stored.plan, 'theirs').merged;
}
