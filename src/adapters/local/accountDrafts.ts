import type { Draft, DraftInput, DraftStore } from '../../app/ports';
import { DomainError } from '../../domain';
import type { Plan } from '../../domain';
import { PlanDatabase } from './database';
import { IndexedDbDraftStore } from './indexedDbDraftStore';

const PREFIX = 'veiligheidsplan-drafts-';

/**
 * The database name for one account's drafts: a hash of the account id, so neither the id nor anything personal
 * appears in the browser's list of databases.
 */
export async function draftDatabaseName(accountId: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(accountId));
  const hex = Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
  return PREFIX + hex.slice(0, 24);
}

/**
 * Tenant mode's drafts, kept per signed-in account: on a shared PC the next person never sees (or restores) the
 * last person's unsaved edits. Each account has its own IndexedDB database; sign-out deletes it.
 */
export class AccountDraftStore implements DraftStore {
  private readonly stores = new Map<string, Promise<{ db: PlanDatabase; drafts: IndexedDbDraftStore }>>();

  constructor(private readonly accountId: () => string | null) {}

  put(draft: DraftInput): Promise<void> {
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

  /** Deletes the signed-in account's draft database (sign-out). */
  async forgetAccount(): Promise<void> {
    const id = this.accountId();
    if (!id) return;
    const opened = this.stores.get(id);
    this.stores.delete(id);
    if (opened) await (await opened).db.close();
    const name = await draftDatabaseName(id);
    await new Promise<void>((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = () => resolve();
      request.onerror = () => resolve();
      request.onblocked = () => resolve();
    });
  }

  private current(): Promise<{ db: PlanDatabase; drafts: IndexedDbDraftStore }> {
    const id = this.accountId();
    if (!id) return Promise.reject(new DomainError('GRAPH.UNAUTHENTICATED', 'no signed-in account for drafts'));
    let opened = this.stores.get(id);
    if (!opened) {
      opened = draftDatabaseName(id).then((name) => {
        const db = new PlanDatabase(name);
        return { db, drafts: new IndexedDbDraftStore(db) };
      });
      this.stores.set(id, opened);
    }
    return opened;
  }
}
