import type { Clock, Draft, DraftInput, DraftStore } from '../../app/ports';
import { deepEqual } from '../../domain/deepEqual';
import type { Plan } from '../../domain';
import { loadDraftParser } from './database';
import type { DraftRecord, PlanDatabase } from './database';

const systemClock: Clock = { now: () => new Date() };

/**
 * Unsaved edits, one per plan and editor, in the same IndexedDB as the plans. Written on every change; cleared only
 * when a save holds exactly what the draft holds, so a later edit (or another tab's) is never deleted by a save.
 */
export class IndexedDbDraftStore implements DraftStore {
  constructor(private readonly db: PlanDatabase, private readonly clock: Clock = systemClock) {}

  put(draft: DraftInput): Promise<void> {
    const record: DraftRecord = { ...draft, savedAt: this.clock.now().toISOString() };
    return this.db.run(async (db) => {
      await db.put('drafts', record);
    });
  }

  /**
   * A draft that does not even have a plan's shape is left out: the editor cannot show it. A draft that only breaks
   * a limit is returned with its problems, so it can be shown and fixed instead of lost.
   */
  listForPlan(planId: string): Promise<Draft[]> {
    return this.db.run(async (db) => {
      const [records, { readDraftPlan }] = await Promise.all([db.getAllFromIndex('drafts', 'byPlan', planId), loadDraftParser()]);
      const drafts: Draft[] = [];
      for (const record of records) {
        const read = readDraftPlan(record.plan);
        if (!read) continue;
        const base = record.base === null ? null : readDraftPlan(record.base)?.plan ?? null;
        drafts.push({ planId, editorId: record.editorId, plan: read.plan, problems: read.problems, base, baseRevision: record.baseRevision, savedAt: record.savedAt });
      }
      return drafts.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    });
  }

  clearIfSaved(planId: string, editorId: string, saved: Plan): Promise<boolean> {
    return this.db.run(async (db) => {
      const tx = db.transaction('drafts', 'readwrite');
      const record = await tx.store.get([planId, editorId]);
      const same = record !== undefined && deepEqual(record.plan, saved);
      if (same) await tx.store.delete([planId, editorId]);
      await tx.done;
      return same;
    });
  }

  clear(planId: string, editorId: string): Promise<void> {
    return this.db.run((db) => db.delete('drafts', [planId, editorId]));
  }

  census(cutoff: string): Promise<{ total: number; older: number }> {
    return this.db.run(async (db) => {
      const all = await db.getAll('drafts');
      return { total: all.length, older: all.filter((d) => d.savedAt < cutoff).length };
    });
  }

  removeOlderThan(cutoff: string): Promise<number> {
    return this.db.run(async (db) => {
      const tx = db.transaction('drafts', 'readwrite');
      let removed = 0;
      for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
        if (cursor.value.savedAt < cutoff) {
          await cursor.delete();
          removed += 1;
        }
      }
      await tx.done;
      return removed;
    });
  }

  /**
   * Every draft in this database. Tenant mode's sign-out uses it on the shared, unscoped database, where tenant drafts
   * were kept before drafts had a database per account: those drafts belong to nobody the app can tell apart any more.
   */
  removeAll(): Promise<number> {
    return this.db.run(async (db) => {
      const count = await db.count('drafts');
      await db.clear('drafts');
      return count;
    });
  }
}
