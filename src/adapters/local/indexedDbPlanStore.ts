import type { Clock, PlanStore, PlanSummary, PlanVersionInfo, StoredPlan } from '../../app/ports';
import { ConflictError, NotFoundError } from '../../domain';
import type { Plan } from '../../domain';
import { readStoredPlan } from './database';
import { summaryOfStoredPlan } from './summary';
import type { PlanDatabase, PlanRecord, VersionRecord } from './database';

const systemClock: Clock = { now: () => new Date() };

/** Most recently saved first, as a professional returns to the plan they worked on last; then by family name. */
function bySavedAtThenName(a: PlanSummary, b: PlanSummary): number {
  if (a.savedAt !== b.savedAt) return a.savedAt < b.savedAt ? 1 : -1;
  return a.familyName.localeCompare(b.familyName, 'nl');
}

function nextRevision(current: PlanRecord | undefined): string {
  const counter = Number(current?.revision ?? 0);
  return String(Number.isSafeInteger(counter) ? counter + 1 : 1);
}

function toVersionInfo(record: VersionRecord): PlanVersionInfo {
  return { versionId: String(record.seq), savedAt: record.savedAt, label: record.label, planVersion: record.planVersion };
}

/**
 * PlanStore in the browser's IndexedDB (local mode). The revision is a counter per plan. `save` reads and writes
 * in one readwrite transaction: IndexedDB runs overlapping readwrite transactions one after another, even across
 * tabs, so of two saves from the same base revision exactly one wins and the other gets a ConflictError.
 */
export class IndexedDbPlanStore implements PlanStore {
  constructor(private readonly db: PlanDatabase, private readonly clock: Clock = systemClock) {}

  list(): Promise<PlanSummary[]> {
    return this.db.run(async (db) => {
      const tx = db.transaction('plans', 'readonly');
      const [keys, records] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
      // One damaged record must not hide every other plan; opening it explains the damage.
      const summaries = records.flatMap((record, i) => summaryOfStoredPlan(keys[i]!, record.plan, record) ?? []);
      return summaries.sort(bySavedAtThenName);
    });
  }

  load(id: string): Promise<StoredPlan> {
    return this.db.run(async (db) => {
      const record = await db.get('plans', id);
      if (!record) throw new NotFoundError();
      return { plan: await readStoredPlan(record.plan, 'plan'), revision: record.revision, savedAt: record.savedAt };
    });
  }

  save(plan: Plan, expectedRevision: string | null): Promise<StoredPlan> {
    return this.db.run(async (db) => {
      const tx = db.transaction('plans', 'readwrite');
      // No awaits on anything but this transaction's requests until put(): otherwise it would auto-commit in between.
      const current = await tx.store.get(plan.id);
      const currentRevision = current?.revision ?? null;
      if (currentRevision !== expectedRevision) {
        await tx.done;
        throw new ConflictError(currentRevision);
      }
      const record: PlanRecord = { plan, revision: nextRevision(current), savedAt: this.clock.now().toISOString() };
      await tx.store.put(record, plan.id);
      await tx.done;
      return { plan, revision: record.revision, savedAt: record.savedAt };
    });
  }

  /** Removes the plan, its frozen versions and any unsaved draft in one transaction. */
  delete(id: string): Promise<void> {
    return this.db.run(async (db) => {
      const tx = db.transaction(['plans', 'versions', 'drafts'], 'readwrite');
      const versionKeys = await tx.objectStore('versions').index('byPlan').getAllKeys(id);
      const draftKeys = await tx.objectStore('drafts').index('byPlan').getAllKeys(id);
      await Promise.all([
        tx.objectStore('plans').delete(id),
        ...draftKeys.map((key) => tx.objectStore('drafts').delete(key)),
        ...versionKeys.map((key) => tx.objectStore('versions').delete(key)),
      ]);
      await tx.done;
    });
  }

  listVersions(id: string): Promise<PlanVersionInfo[]> {
    return this.db.run(async (db) => {
      const records = await db.getAllFromIndex('versions', 'byPlan', id);
      return records.sort((a, b) => (b.seq ?? 0) - (a.seq ?? 0)).map(toVersionInfo);
    });
  }

  loadVersion(id: string, versionId: string): Promise<Plan> {
    return this.db.run(async (db) => {
      const seq = Number(versionId);
      const record = Number.isSafeInteger(seq) ? await db.get('versions', seq) : undefined;
      // A version id of another plan is "not found" for this one.
      if (!record || record.planId !== id) throw new NotFoundError('version');
      return readStoredPlan(record.plan, 'version');
    });
  }

  freezeVersion(plan: Plan, label: string): Promise<PlanVersionInfo> {
    return this.db.run(async (db) => {
      const record: VersionRecord = { planId: plan.id, plan, label, savedAt: this.clock.now().toISOString(), planVersion: plan.version };
      const seq = await db.add('versions', record);
      return toVersionInfo({ ...record, seq });
    });
  }
}
