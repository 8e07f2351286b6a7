import type { Draft, DraftInput, DraftStore } from '../../app/ports';
import { DomainError } from '../../domain';
import type { Plan } from '../../domain';
import { PlanDatabase } from './database';
import { IndexedDbDraftStore } from './indexedDbDraftStore';
import { databaseExists, deleteDatabase, legacyAccountHash, saltedAccountKey } from './deviceKey';

const PREFIX = 'veiligheidsplan-drafts-';

/**
 * The database name for one account's drafts: a hash of the device's salt and the account id (deviceKey.ts), so
 * neither the id nor anything that can be computed from it appears in the browser's list of databases.
 */
export async function draftDatabaseName(accountId: string): Promise<string> {
  return PREFIX + (await saltedAccountKey('drafts', accountId)).slice(0, 24);
}

/** The name drafts had before the salt: an unsalted hash, which anyone who knows the account id can compute. */
export async function legacyDraftDatabaseName(accountId: string): Promise<string> {
  return PREFIX + (await legacyAccountHash(accountId)).slice(0, 24);
}

/** Moves the drafts of the unsalted database (if any) into the salted one, then deletes the old database. */
async function migrateLegacyDrafts(accountId: string, into: PlanDatabase): Promise<void> {
  const legacyName = await legacyDraftDatabaseName(accountId);
  if (!(await databaseExists(legacyName))) return;
  const legacy = new PlanDatabase(legacyName);
  try {
    const records = await legacy.run((db) => db.getAll('drafts'));
    await into.run(async (db) => {
      const tx = db.transaction('drafts', 'readwrite');
      // A draft already in the new database is newer than the old one's copy: keep it.
      for (const record of records) if (!(await tx.store.getKey([record.planId, record.editorId]))) await tx.store.put(record);
      await tx.done;
    });
  } finally {
    await legacy.close();
  }
  await deleteDatabase(legacyName);
}

/**
 * Tenant mode's drafts, kept per signed-in account: on a shared PC the next person never sees (or restores) the
 * last person's unsaved edits. Each account has its own IndexedDB database; sign-out deletes it.
 */
export class AccountDraftStore implements DraftStore {
  private readonly stores = new Map<string, Promise<{ db: PlanDatabase; drafts: IndexedDbDraftStore }>>();
  private stopped = false;

  constructor(private readonly accountId: () => string | null) {}

  /**
   * After sign-out (here or in another tab) nothing is written any more: a late autosave would re-create the
   * database that sign-out just deleted.
   */
  stopWriting(): void {
    this.stopped = true;
  }

  put(draft: DraftInput): Promise<void> {
    if (this.stopped) return Promise.reject(new DomainError('GRAPH.UNAUTHENTICATED', 'signed out on this device'));
    return this.current().then((s) => s.drafts.put(draft));
  }

  listForPlan(planId: string): Promise<Draft[]> {
    return this.current().then((s) => s.drafts.listForPlan(planId));
  }

  clearIfSaved(planId: string, editorId: string, saved: Plan): Promise<boolean> {
    return this.current().then((s) => s.drafts.clearIfSaved(planId, editorId, saved));
  }

  clear(planId: string, editorId: string): Promise<void> {
    return this.current().then((s) => s.drafts.clear(planId, editorId));
  }

  census(cutoff: string): Promise<{ total: number; older: number }> {
    return this.accountId() ? this.current().then((s) => s.drafts.census(cutoff)) : Promise.resolve({ total: 0, older: 0 });
  }

  removeOlderThan(cutoff: string): Promise<number> {
    return this.current().then((s) => s.drafts.removeOlderThan(cutoff));
  }

  /** Deletes the signed-in account's draft database, and its unsalted predecessor (sign-out). Stops writing first. */
  async forgetAccount(): Promise<void> {
    this.stopWriting();
    const id = this.accountId();
    if (!id) return;
    const opened = this.stores.get(id);
    this.stores.delete(id);
    if (opened) await (await opened.catch(() => null))?.db.close();
    await deleteDatabase(await draftDatabaseName(id));
    await deleteDatabase(await legacyDraftDatabaseName(id));
  }

  private current(): Promise<{ db: PlanDatabase; drafts: IndexedDbDraftStore }> {
    const id = this.accountId();
    if (!id) return Promise.reject(new DomainError('GRAPH.UNAUTHENTICATED', 'no signed-in account for drafts'));
    let opened = this.stores.get(id);
    if (!opened) {
      opened = draftDatabaseName(id).then(async (name) => {
        const db = new PlanDatabase(name);
        // A failed move leaves the old database for the next start; the new one works either way.
        await migrateLegacyDrafts(id, db).catch(() => undefined);
        return { db, drafts: new IndexedDbDraftStore(db) };
      });
      opened.catch(() => this.stores.delete(id));
      this.stores.set(id, opened);
    }
    return opened;
  }
}
