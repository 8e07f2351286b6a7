import type { CaseloadSource, DraftStore, PlanStore, StorageHealth } from '../../app/ports';

export interface LocalStores {
  store: PlanStore;
  drafts: DraftStore;
  storageHealth: StorageHealth;
  /** The caseload over the same database; its code loads on first use (not first-screen code). */
  caseload: () => Promise<CaseloadSource>;
}
import { DEFAULT_DB_NAME, PlanDatabase } from './database';
import { IndexedDbDraftStore } from './indexedDbDraftStore';
import { IndexedDbPlanStore } from './indexedDbPlanStore';

export { IndexedDbPlanStore } from './indexedDbPlanStore';
export { IndexedDbDraftStore } from './indexedDbDraftStore';
export { PlanDatabase, DEFAULT_DB_NAME } from './database';
export { BrowserEditorPresence } from './presence';
export { lazyEditorPresence } from './lazyPresence';
export { AccountDraftStore, draftDatabaseName } from './accountDrafts';
export { IndexedDbReflectionStore, REFLECTION_DB_NAME } from './reflectionStore';
export { lazyReflectionStore } from './lazyReflectionStore';

/**
 * Local mode's stores, sharing one IndexedDB. Nothing is opened until the first call, unless `warmUp` asks to
 * start opening at once (the host does, so the plan list's first read finds the connection ready).
 */
export function createLocalStores(dbName: string = DEFAULT_DB_NAME, options: { warmUp?: boolean } = {}): LocalStores {
  const db = new PlanDatabase(dbName);
  if (options.warmUp) db.warmUp();
  // The caseload's code is not first-screen code: it loads when the caseload opens (a new source per visit is cheap).
  const caseload = () => import(/* webpackChunkName: "caseload" */ './caseloadSource').then((m) => new m.IndexedDbCaseloadSource(db));
  return { store: new IndexedDbPlanStore(db), drafts: new IndexedDbDraftStore(db), storageHealth: db, caseload };
}
