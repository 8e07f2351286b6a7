import { openDB } from 'idb';
import { createLocalStores } from '../../../../src/adapters/local';
import { completePlan, firstDraftPlan } from '../../../fixtures';
import { freshDbName, openTab } from './localStore';
import type { LocalTab } from './localStore';

describe('IndexedDbDraftStore', () => {
  let name: string;
  let tab: LocalTab;

  beforeEach(() => {
    name = freshDbName();
    tab = openTab(name);
  });
  afterEach(() => tab.db.close());

  it('returns null when a plan has no draft', async () => {
    expect(await tab.drafts.get('none')).toBeNull();
  });

  it('keeps the latest unsaved edit with its base revision, across a reload', async () => {
    const plan = completePlan();
    await tab.drafts.put(plan, '3');
    await tab.drafts.put({ ...plan, familyName: 'Later' }, '3');
    await tab.db.close();

    const reloaded = openTab(name);
    try {
      expect(await reloaded.drafts.get(plan.id)).toEqual({ plan: { ...plan, familyName: 'Later' }, baseRevision: '3' });
    } finally {
      await reloaded.db.close();
    }
  });

  it('keeps a draft of a plan that was never saved (base revision null)', async () => {
    const plan = firstDraftPlan();
    await tab.drafts.put(plan, null);
    expect(await tab.drafts.get(plan.id)).toEqual({ plan, baseRevision: null });
  });

  it('clears one plan\'s draft and leaves the others', async () => {
    const a = completePlan();
    const b = firstDraftPlan();
    await tab.drafts.put(a, '1');
    await tab.drafts.put(b, null);
    await tab.drafts.clear(a.id);
    expect(await tab.drafts.get(a.id)).toBeNull();
    expect(await tab.drafts.get(b.id)).toEqual({ plan: b, baseRevision: null });
  });

  it('does not touch the saved plan', async () => {
    const plan = completePlan();
    await tab.store.save(plan, null);
    await tab.drafts.put({ ...plan, familyName: 'Concept' }, '1');
    await tab.drafts.clear(plan.id);
    expect((await tab.store.load(plan.id)).plan.familyName).toBe(plan.familyName);
  });

  it('treats a damaged draft as absent, so the saved plan still opens', async () => {
    const plan = completePlan();
    await tab.store.save(plan, null);
    await tab.db.close();
    const raw = await openDB(name);
    await raw.put('drafts', { plan: { familyName: 42 }, baseRevision: '1', savedAt: 'x' }, plan.id);
    raw.close();
    expect(await tab.drafts.get(plan.id)).toBeNull();
    expect((await tab.store.load(plan.id)).plan).toEqual(plan);
  });

  it('shares one database with the plan store when made by createLocalStores()', async () => {
    const { store, drafts } = createLocalStores(name);
    const plan = completePlan();
    await store.save(plan, null);
    await drafts.put(plan, '1');
    expect(await tab.drafts.get(plan.id)).toEqual({ plan, baseRevision: '1' });
    await store.delete(plan.id);
    expect(await tab.drafts.get(plan.id)).toBeNull();
  });
});
