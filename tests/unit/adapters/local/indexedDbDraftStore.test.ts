import { openDB } from 'idb';
import { createLocalStores } from '../../../../src/adapters/local';
import { LEGACY_EDITOR_ID } from '../../../../src/adapters/local/database';
import { MAX_SHORT_TEXT } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { completePlan, firstDraftPlan } from '../../../fixtures';
import { freshDbName, openTab } from './localStore';
import type { LocalTab } from './localStore';

const draftOf = (plan: Plan, editorId: string, baseRevision: string | null = '1') => ({ planId: plan.id, editorId, plan, base: null, baseRevision });

describe('IndexedDbDraftStore', () => {
  let name: string;
  let tab: LocalTab;

  beforeEach(() => {
    name = freshDbName();
    tab = openTab(name);
  });
  afterEach(() => tab.db.close());

  it('lists nothing when a plan has no draft', async () => {
    expect(await tab.drafts.listForPlan('none')).toEqual([]);
  });

  it('keeps one draft per editor: two tabs on one plan never overwrite each other', async () => {
    const plan = completePlan();
    await tab.drafts.put(draftOf({ ...plan, familyName: 'Tab A' }, 'a'));
    await tab.drafts.put(draftOf({ ...plan, familyName: 'Tab B' }, 'b'));
    await tab.drafts.put(draftOf({ ...plan, familyName: 'Tab A later' }, 'a'));
    const drafts = await tab.drafts.listForPlan(plan.id);
    expect(drafts.map((d) => [d.editorId, d.plan.familyName]).sort()).toEqual([['a', 'Tab A later'], ['b', 'Tab B']]);
  });

  it('survives a reload (a new connection)', async () => {
    const plan = firstDraftPlan();
    await tab.drafts.put({ ...draftOf(plan, 'a', null), base: plan });
    await tab.db.close();
    const reloaded = openTab(name);
    try {
      const [draft] = await reloaded.drafts.listForPlan(plan.id);
      expect(draft).toMatchObject({ editorId: 'a', plan, base: plan, baseRevision: null, problems: [] });
    } finally {
      await reloaded.db.close();
    }
  });

  it('clears a draft only when it still holds what was saved (compare, then delete)', async () => {
    const plan = completePlan();
    await tab.drafts.put(draftOf({ ...plan, familyName: 'Later edit' }, 'a'));
    expect(await tab.drafts.clearIfSaved(plan.id, 'a', plan)).toBe(false);
    expect(await tab.drafts.listForPlan(plan.id)).toHaveLength(1);
    expect(await tab.drafts.clearIfSaved(plan.id, 'a', { ...plan, familyName: 'Later edit' })).toBe(true);
    expect(await tab.drafts.listForPlan(plan.id)).toEqual([]);
  });

  it("clearing one editor's draft leaves the other editor's", async () => {
    const plan = completePlan();
    await tab.drafts.put(draftOf(plan, 'a'));
    await tab.drafts.put(draftOf(plan, 'b'));
    await tab.drafts.clear(plan.id, 'a');
    expect((await tab.drafts.listForPlan(plan.id)).map((d) => d.editorId)).toEqual(['b']);
  });

  it('keeps a draft that breaks a limit, with its problems, instead of throwing it away', async () => {
    const plan = completePlan();
    const tooLong = 'x'.repeat(MAX_SHORT_TEXT + 2500);
    await tab.drafts.put(draftOf({ ...plan, familyName: tooLong, genogramNote: 'Valid note' }, 'a'));
    const [draft] = await tab.drafts.listForPlan(plan.id);
    expect(draft?.plan.familyName).toBe(tooLong);
    expect(draft?.plan.genogramNote).toBe('Valid note');
    expect(draft?.problems).toEqual([expect.objectContaining({ path: '$.familyName' })]);
  });

  it('leaves out a draft that is not plan-shaped at all, and the stored plan still opens', async () => {
    const plan = completePlan();
    await tab.store.save(plan, null);
    await tab.db.close();
    const raw = await openDB(name);
    await raw.put('drafts', { planId: plan.id, editorId: 'x', plan: { familyName: 42 }, base: null, baseRevision: '1', savedAt: 'x' });
    raw.close();
    expect(await tab.drafts.listForPlan(plan.id)).toEqual([]);
    expect((await tab.store.load(plan.id)).plan).toEqual(plan);
  });

  it('carries drafts of the version-1 database (one per plan) over on upgrade', async () => {
    const plan = completePlan();
    const v1 = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('plans');
        db.createObjectStore('versions', { keyPath: 'seq', autoIncrement: true }).createIndex('byPlan', 'planId');
        db.createObjectStore('drafts');
      },
    });
    await v1.put('drafts', { plan: { ...plan, familyName: 'Unsaved in v1' }, baseRevision: '3', savedAt: '2026-11-01T00:00:00Z' }, plan.id);
    v1.close();
    const [draft] = await tab.drafts.listForPlan(plan.id);
    expect(draft).toMatchObject({ editorId: LEGACY_EDITOR_ID, baseRevision: '3', base: null });
    expect(draft?.plan.familyName).toBe('Unsaved in v1');
  });

  it('shares one database with the plan store when made by createLocalStores(); deleting a plan deletes its drafts', async () => {
    const { store, drafts } = createLocalStores(name);
    const plan = completePlan();
    await store.save(plan, null);
    await drafts.put(draftOf(plan, 'a'));
    expect(await tab.drafts.listForPlan(plan.id)).toHaveLength(1);
    await store.delete(plan.id);
    expect(await tab.drafts.listForPlan(plan.id)).toEqual([]);
  });
});
