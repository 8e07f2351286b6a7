import { IndexedDbDraftStore, IndexedDbPlanStore, PlanDatabase } from '../../../../src/adapters/local';
import type { Clock } from '../../../../src/app/ports';

let counter = 0;

/** A database name no other test uses, so every test starts from an empty store. */
export function freshDbName(): string {
  counter += 1;
  return `vp-test-${counter}-${globalThis.crypto.randomUUID()}`;
}

/** A clock that advances one minute per call, so save times differ and sort predictably. */
export function steppingClock(start = '2026-11-24T10:00:00.000Z'): Clock {
  let t = new Date(start).getTime();
  return {
    now: () => {
      const now = new Date(t);
      t += 60_000;
      return now;
    },
  };
}

export interface LocalTab {
  db: PlanDatabase;
  store: IndexedDbPlanStore;
  drafts: IndexedDbDraftStore;
}

/** One browser tab's view of the database: its own connection, like a second tab on the same origin. */
export function openTab(name: string, clock: Clock = steppingClock()): LocalTab {
  const db = new PlanDatabase(name);
  return { db, store: new IndexedDbPlanStore(db, clock), drafts: new IndexedDbDraftStore(db, clock) };
}
