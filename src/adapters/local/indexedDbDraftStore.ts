import type { Clock, DraftStore } from '../../app/ports';
import { isDomainError } from '../../domain';
import type { Plan } from '../../domain';
import { readStoredPlan } from './database';
import type { PlanDatabase } from './database';

const systemClock: Clock = { now: () => new Date() };

/** Unsaved edits, one per plan, in the same IndexedDB as the plans; written on every change, cleared after a save. */
export class IndexedDbDraftStore implements DraftStore {
  constructor(private readonly db: PlanDatabase, private readonly clock: Clock = systemClock) {}

  put(plan: Plan, baseRevision: string | null): Promise<void> {
    return this.db.run(async (db) => {
      await db.put('drafts', { plan, baseRevision, savedAt: this.clock.now().toISOString() }, plan.id);
    });
  }

  /**
   * A draft that no longer reads as a plan is treated as absent: the stored plan still opens, which is better
   * than blocking the editor on recovery data that cannot be used anyway.
   */
  get(id: string): Promise<{ plan: Plan; baseRevision: string | null } | null> {
    return this.db.run(async (db) => {
      const record = await db.get('drafts', id);
      if (!record) return null;
      // Only damage counts as absent: a parser that failed to download must not hide a draft that is still there.
      const plan = await readStoredPlan(record.plan, 'draft').catch((e: unknown) => {
        if (isDomainError(e) && e.code === 'STORAGE.DAMAGED') return null;
        throw e;
      });
      return plan ? { plan, baseRevision: record.baseRevision } : null;
    });
  }

  clear(id: string): Promise<void> {
    return this.db.run((db) => db.delete('drafts', id));
  }
}
