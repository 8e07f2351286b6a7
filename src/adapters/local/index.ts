import type { DraftStore, PlanStore } from '../../app/ports';
import { DEFAULT_DB_NAME, PlanDatabase } from './database';
import { IndexedDbDraftStore } from './indexedDbDraftStore';
import { IndexedDbPlanStore } from './indexedDbPlanStore';

export { IndexedDbPlanStore } from './indexedDbPlanStore';
export { IndexedDbDraftStore } from './indexedDbDraftStore';
export { PlanDatabase, DEFAULT_DB_NAME } from './database';

/** Local mode's stores, sharing one IndexedDB. Nothing is opened until the first call. */
export function createLocalStores(dbName: string = DEFAULT_DB_NAME): { store: PlanStore; drafts: DraftStore } {
  const db = new PlanDatabase(dbName);
  return { store: new IndexedDbPlanStore(db), drafts: new IndexedDbDraftStore(db) };
}
