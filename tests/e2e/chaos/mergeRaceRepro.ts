/**
 * The lost edit the chaos test (tests/e2e/chaos.e2e.ts) found, reduced to the save path alone, deterministic:
 *   npx tsx tests/e2e/chaos/mergeRaceRepro.ts      (exit 1 while the edit is lost, 0 once it is kept)
 *
 * PlanEditSession.mergeWithTheirs (src/app/savePlan.ts) takes `mine = this.current`, then awaits `store.load()`, then
 * sets `this.current = merged`. An edit made while that load runs is dropped: the screen loses the keys just typed,
 * the status says "saved", and the store never gets them. In Chromium the window is the few ms of an IndexedDB
 * read right after an autosave was refused because the other tab saved first.
 */
import { PlanEditSession } from '../../../src/app/savePlan';
import type { DraftStore, EditorPresence, PlanStore, StoredPlan } from '../../../src/app/ports';
import { ConflictError, createEmptyPlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';

async function main(): Promise<number> {
  const first = createEmptyPlan('plan-1');
  let stored: StoredPlan = { plan: first, revision: '1', savedAt: '' };
  let gate: Promise<void> | null = null;
  const store = {
    async load() {
      if (gate) await gate;
      return structuredClone(stored);
    },
    async save(plan: Plan, revision: string | null) {
      if (revision !== stored.revision) throw new ConflictError(stored.revision);
      stored = { plan: structuredClone(plan), revision: String(Number(stored.revision) + 1), savedAt: new Date().toISOString() };
      return structuredClone(stored);
    },
    async freezeVersion() {
      return { id: 'v', label: '', savedAt: '', planVersion: 1 };
    },
  } as unknown as PlanStore;
  const drafts = {
    async put() { /* not needed here */ },
    async listForPlan() { return []; },
    async clearIfSaved() { return true; },
    async clear() { /* not needed here */ },
  } as unknown as DraftStore;
  const presence: EditorPresence = {
    async hold() { return () => undefined; },
    async alive() { return new Set<string>(); },
    announceSaved() { /* one editor */ },
    onSaved() { return () => undefined; },
  };
  const session = new PlanEditSession({ store, drafts, presence, clock: { now: () => new Date() } }, 'plan-1');
  await session.open();

  // The other tab saves another field: revision 2.
  stored = { plan: { ...first, homeLocation: 'theirs' }, revision: '2', savedAt: '' };
  // This tab types q1; its autosave is refused (it knows revision 1), so it loads revision 2 to merge...
  session.edit({ ...session.snapshot.plan!, familyName: 'q1' });
  let release: () => void = () => undefined;
  gate = new Promise<void>((resolve) => { release = resolve; });
  const saving = session.flush();
  await new Promise((resolve) => setTimeout(resolve, 10));
  // ...and the user types on while that load runs.
  session.edit({ ...session.snapshot.plan!, familyName: 'q1 q2' });
  gate = null;
  release();
  await saving;
  await session.flush();
  await session.close();

  const screen = session.snapshot.plan?.familyName;
  console.log(`screen "${screen}", status ${session.snapshot.status.kind}, stored "${stored.plan.familyName}" / "${stored.plan.homeLocation}" (revision ${stored.revision})`);
  const kept = screen === 'q1 q2' && stored.plan.familyName === 'q1 q2' && stored.plan.homeLocation === 'theirs';
  console.log(kept ? 'the edit typed during the merge is kept' : 'LOST EDIT: the keys typed while the merge loaded are gone');
  return kept ? 0 : 1;
}

void main().then((code) => { process.exitCode = code; });
