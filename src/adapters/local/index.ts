import type { DraftStore, PlanStore } from '../../app/ports';
import { DEFAULT_DB_NAME, PlanDatabase } from './database';
import { IndexedDbDraftStore } from './indexedDbDraftStore';
import { IndexedDbPlanStore } from './indexedDbPlanStore';

export { IndexedDbPlanStore } from './indexedDbPlanStore';
export { IndexedDbDraftStore } from './indexedDbDraftStore';
export { PlanDatabase, DEFAULT_DB_NAME } from './database';

/**
 * Local mode's stores, sharing one IndexedDB. Nothing is opened until the first call, unless `warmUp` asks to
 * start opening at once (the host does, so the plan list's first read finds the connection ready).
 */
export function createLocalStores(dbName: string = DEFAULT_DB_NAME, options: { warmUp?: boolean } = {}): { store: PlanStore; drafts: DraftStore } {
  const db = new PlanDatabase(dbName);
  if (options.warmUp) db.warmUp();
  return { store: new IndexedDbPlanStore(db), drafts: new IndexedDbDraftStore(db) };
}
