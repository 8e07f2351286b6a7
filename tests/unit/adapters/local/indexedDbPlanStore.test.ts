import { openDB } from 'idb';
import { createLocalStores } from '../../../../src/adapters/local';
import { ConflictError, DomainError, NotFoundError, createEmptyPlan } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { completePlan, firstDraftPlan } from '../../../fixtures';
import { freshDbName, openTab } from './localStore';
import type { LocalTab } from './localStore';

describe('IndexedDbPlanStore', () => {
  let name: string;
  let tab: LocalTab;

  beforeEach(() => {
    name = freshDbName();
    tab = openTab(name);
  });
  afterEach(() => tab.db.close());

  describe('save() and load()', () => {
    it('saves a new plan with revision "1" and loads it back equal', async () => {
      const plan = completePlan();
      const saved = await tab.store.save(plan, null);
      expect(saved.revision).toBe('1');
      const loaded = await tab.store.load(plan.id);
      expect(loaded.plan).toEqual(plan);
      expect(loaded.revision).toBe('1');
      expect(loaded.savedAt).toBe(saved.savedAt);
    });

    it('increments the revision on every save', async () => {
      const plan = completePlan();
      const first = await tab.store.save(plan, null);
      const second = await tab.store.save({ ...plan, familyName: 'Bakker' }, first.revision);
      const third = await tab.store.save({ ...plan, familyName: 'Yilmaz' }, second.revision);
      expect([first.revision, second.revision, third.revision]).toEqual(['1', '2', '3']);
      expect((await tab.store.load(plan.id)).plan.familyName).toBe('Yilmaz');
    });

    it('keeps a copy: changing the saved object afterwards does not change the stored plan', async () => {
      const plan = completePlan();
      await tab.store.save(plan, null);
      plan.familyName = 'Veranderd';
      expect((await tab.store.load(plan.id)).plan.familyName).toBe(completePlan().familyName);
    });

    it('throws NotFoundError for an unknown id', async () => {
      await expect(tab.store.load('does-not-exist')).rejects.toBeInstanceOf(NotFoundError);
    });

    it('survives a new connection, as after a reload', async () => {
      const plan = completePlan();
      await tab.store.save(plan, null);
      const reloaded = openTab(name);
      try {
        expect((await reloaded.store.load(plan.id)).plan).toEqual(plan);
      } finally {
        await reloaded.db.close();
      }
    });
  });

  describe('conflicts', () => {
    it('refuses a save with a stale revision and writes nothing', async () => {
      const plan = completePlan();
      const first = await tab.store.save(plan, null);
      await tab.store.save({ ...plan, familyName: 'Eerste' }, first.revision);
      const stale = tab.store.save({ ...plan, familyName: 'Tweede' }, first.revision);
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({ code: 'PLAN.CONFLICT', theirRevision: '2' });
      const stored = await tab.store.load(plan.id);
      expect(stored.plan.familyName).toBe('Eerste');
      expect(stored.revision).toBe('2');
    });

    it('refuses a "new plan" save (null) when the plan already exists', async () => {
      const plan = completePlan();
      await tab.store.save(plan, null);
      await expect(tab.store.save({ ...plan, familyName: 'Dubbel' }, null)).rejects.toMatchObject({ code: 'PLAN.CONFLICT', theirRevision: '1' });
      expect((await tab.store.load(plan.id)).plan.familyName).toBe(plan.familyName);
    });

    it('refuses a save that expects a revision for a plan that is not stored', async () => {
      await expect(tab.store.save(completePlan(), '3')).rejects.toMatchObject({ code: 'PLAN.CONFLICT', theirRevision: null });
      await expect(tab.store.load(completePlan().id)).rejects.toBeInstanceOf(NotFoundError);
    });

    it('lets exactly one of two tabs win when both save from the same base revision', async () => {
      const plan = completePlan();
      const base = await tab.store.save(plan, null);
      const other = openTab(name);
      try {
        const results = await Promise.allSettled([
          tab.store.save({ ...plan, familyName: 'Tab A' }, base.revision),
          other.store.save({ ...plan, familyName: 'Tab B' }, base.revision),
        ]);
        const won = results.filter((r) => r.status === 'fulfilled');
        const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]!.reason).toBeInstanceOf(ConflictError);
        const winner = (won[0] as PromiseFulfilledResult<{ plan: Plan; revision: string }>).value;
        const stored = await other.store.load(plan.id);
        expect(stored.revision).toBe('2');
        expect(stored.plan.familyName).toBe(winner.plan.familyName);
      } finally {
        await other.db.close();
      }
    });

    it('lets exactly one of two tabs create the same new plan', async () => {
      const plan = completePlan();
      const other = openTab(name);
      try {
        const results = await Promise.allSettled([tab.store.save(plan, null), other.store.save({ ...plan, familyName: 'B' }, null)]);
        expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
        expect((await tab.store.load(plan.id)).revision).toBe('1');
      } finally {
        await other.db.close();
      }
    });
  });

  describe('list()', () => {
    it('is empty for a new database', async () => {
      expect(await tab.store.list()).toEqual([]);
    });

    it('summarises each plan, most recently saved first', async () => {
      const complete = completePlan();
      const draft = firstDraftPlan();
      await tab.store.save(complete, null);
      await tab.store.save(draft, null);
      const list = await tab.store.list();
      expect(list.map((s) => s.id)).toEqual([draft.id, complete.id]);
      expect(list[1]).toEqual({
        id: complete.id,
        familyName: complete.familyName,
        status: complete.status,
        version: complete.version,
        validFrom: complete.validFrom,
        validUntil: complete.validUntil,
        evaluationDate: complete.evaluationDate,
        hasEvaluationDecision: complete.evaluations.some((e) => e.decision !== null),
        revisionOf: null,
        revision: '1',
        savedAt: '2026-11-24T10:00:00.000Z',
      });
      await tab.store.save({ ...complete, familyName: 'Opnieuw' }, '1');
      expect((await tab.store.list()).map((s) => s.id)).toEqual([complete.id, draft.id]);
    });
  });

  describe('delete()', () => {
    it('removes the plan, its versions and its draft, and leaves other plans alone', async () => {
      const plan = completePlan();
      const other = { ...createEmptyPlan('other-plan'), familyName: 'Anders' };
      await tab.store.save(plan, null);
      await tab.store.save(other, null);
      await tab.store.freezeVersion(plan, 'Geactiveerd');
      const kept = await tab.store.freezeVersion(other, 'Geactiveerd');
      await tab.drafts.put({ planId: plan.id, editorId: 'e1', plan, base: plan, baseRevision: '1' });

      await tab.store.delete(plan.id);

      await expect(tab.store.load(plan.id)).rejects.toBeInstanceOf(NotFoundError);
      expect(await tab.store.listVersions(plan.id)).toEqual([]);
      expect(await tab.drafts.listForPlan(plan.id)).toEqual([]);
      expect((await tab.store.list()).map((s) => s.id)).toEqual([other.id]);
      expect(await tab.store.listVersions(other.id)).toEqual([kept]);
    });

    it('is harmless for an id that is not stored', async () => {
      await expect(tab.store.delete('nothing-here')).resolves.toBeUndefined();
    });
  });

  describe('versions', () => {
    it('freezes copies that later saves do not change, listed newest first', async () => {
      const plan = completePlan();
      const saved = await tab.store.save(plan, null);
      const activated = await tab.store.freezeVersion(plan, 'Geactiveerd');
      const adjusted = { ...plan, version: plan.version + 1, familyName: 'Bijgesteld' };
      await tab.store.save(adjusted, saved.revision);
      const evaluated = await tab.store.freezeVersion(adjusted, 'Evaluatie: bijstellen');

      expect(activated).toMatchObject({ label: 'Geactiveerd', planVersion: plan.version });
      expect(evaluated).toMatchObject({ label: 'Evaluatie: bijstellen', planVersion: plan.version + 1 });
      expect(await tab.store.listVersions(plan.id)).toEqual([evaluated, activated]);
      expect(await tab.store.loadVersion(plan.id, activated.versionId)).toEqual(plan);
      expect((await tab.store.loadVersion(plan.id, evaluated.versionId)).familyName).toBe('Bijgesteld');
    });

    it("does not hand out another plan's version, nor an unknown one", async () => {
      const plan = completePlan();
      const theirs = await tab.store.freezeVersion({ ...createEmptyPlan('someone-else'), familyName: 'X' }, '');
      await expect(tab.store.loadVersion(plan.id, theirs.versionId)).rejects.toBeInstanceOf(NotFoundError);
      await expect(tab.store.loadVersion(plan.id, '999')).rejects.toBeInstanceOf(NotFoundError);
      await expect(tab.store.loadVersion(plan.id, 'not-a-number')).rejects.toBeInstanceOf(NotFoundError);
    });
  });

  describe('damaged records', () => {
    async function writeRaw(storeName: 'plans' | 'versions', value: unknown, key?: string): Promise<void> {
      const raw = await openDB(name);
      try {
        if (key === undefined) await raw.put(storeName, value);
        else await raw.put(storeName, value, key);
      } finally {
        raw.close();
      }
    }

    it('load() throws STORAGE.DAMAGED, naming no plan content, for a record that is not a plan', async () => {
      await tab.store.list(); // creates the schema
      await tab.db.close();
      await writeRaw('plans', { plan: { id: 'broken', familyName: 'Geheim', goals: 'geen lijst' }, revision: '4', savedAt: '2026-11-24T10:00:00.000Z' }, 'broken');
      const error = await tab.store.load('broken').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(DomainError);
      expect(error).toMatchObject({ code: 'STORAGE.DAMAGED' });
      expect((error as Error).message).not.toContain('Geheim');
    });

    it('list() skips a damaged record and still shows the others', async () => {
      const plan = completePlan();
      await tab.store.save(plan, null);
      await tab.db.close();
      await writeRaw('plans', { plan: 'kapot', revision: '1', savedAt: '2026-11-24T11:00:00.000Z' }, 'broken');
      expect((await tab.store.list()).map((s) => s.id)).toEqual([plan.id]);
    });

    it('loadVersion() throws STORAGE.DAMAGED for a damaged frozen copy', async () => {
      await tab.store.list();
      await tab.db.close();
      await writeRaw('versions', { seq: 42, planId: 'p', plan: null, label: '', savedAt: '2026-11-24T10:00:00.000Z', planVersion: 1 });
      await expect(tab.store.loadVersion('p', '42')).rejects.toMatchObject({ code: 'STORAGE.DAMAGED' });
    });
  });

  describe('storage failures', () => {
    it('reports STORAGE.UNAVAILABLE when the browser has no IndexedDB', async () => {
      const original = globalThis.indexedDB;
      // @ts-expect-error -- simulating a browser without IndexedDB
      delete globalThis.indexedDB;
      try {
        const { store } = createLocalStores(freshDbName());
        await expect(store.list()).rejects.toMatchObject({ code: 'STORAGE.UNAVAILABLE' });
      } finally {
        globalThis.indexedDB = original;
      }
    });

    it('reports STORAGE.UNAVAILABLE when opening the database fails, and recovers on the next call', async () => {
      const open = jest.spyOn(globalThis.indexedDB, 'open').mockImplementationOnce(() => {
        throw new DOMException('blocked by the browser', 'SecurityError');
      });
      try {
        await expect(tab.store.list()).rejects.toMatchObject({ code: 'STORAGE.UNAVAILABLE' });
        await expect(tab.store.list()).resolves.toEqual([]);
      } finally {
        open.mockRestore();
      }
    });

    it('asks the browser once to keep the plans (persistent storage), on first use and not before', async () => {
      const persist = jest.fn(() => Promise.resolve(true));
      Object.defineProperty(navigator, 'storage', { value: { persist }, configurable: true });
      try {
        const { store, drafts } = createLocalStores(freshDbName());
        expect(persist).not.toHaveBeenCalled();
        await store.list();
        await drafts.listForPlan('x');
        await store.list();
        expect(persist).toHaveBeenCalledTimes(1);
      } finally {
        Reflect.deleteProperty(navigator, 'storage');
      }
    });

    it.each([[true], [false]])('reports the browser\'s answer to the persistence request (%s) as storage health', async (answer) => {
      Object.defineProperty(navigator, 'storage', { value: { persist: () => Promise.resolve(answer) }, configurable: true });
      try {
        const { store, storageHealth } = createLocalStores(freshDbName());
        await store.list();
        await expect(storageHealth.persistent()).resolves.toBe(answer);
      } finally {
        Reflect.deleteProperty(navigator, 'storage');
      }
    });

    it('asks what the browser says now when nothing was requested yet, and null without the API', async () => {
      Object.defineProperty(navigator, 'storage', { value: { persisted: () => Promise.resolve(false) }, configurable: true });
      try {
        await expect(createLocalStores(freshDbName()).storageHealth.persistent()).resolves.toBe(false);
      } finally {
        Reflect.deleteProperty(navigator, 'storage');
      }
      await expect(createLocalStores(freshDbName()).storageHealth.persistent()).resolves.toBeNull();
    });

    it('tells its listeners when another tab opens a newer version (versionchange), and steps aside', async () => {
      const name = freshDbName();
      const { store, storageHealth } = createLocalStores(name);
      await store.list();
      const reasons: string[] = [];
      storageHealth.onInterrupted((reason) => reasons.push(reason));
      const newer = await openDB(name, 99);
      expect(reasons).toEqual(['versionchange']);
      newer.close();
    });

    it('reports STORAGE.FULL on a quota error and keeps the previous revision', async () => {
      const plan = completePlan();
      await tab.store.save(plan, null);
      const put = jest.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
        throw new DOMException('quota', 'QuotaExceededError');
      });
      try {
        await expect(tab.store.save({ ...plan, familyName: 'Te veel' }, '1')).rejects.toMatchObject({ code: 'STORAGE.FULL' });
      } finally {
        put.mockRestore();
      }
      const stored = await tab.store.load(plan.id);
      expect(stored.revision).toBe('1');
      expect(stored.plan.familyName).toBe(plan.familyName);
    });
  });
});
