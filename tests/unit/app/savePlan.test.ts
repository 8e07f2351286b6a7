import { keepMine, reloadTheirs, savePlan } from '../../../src/app/savePlan';
import { OfflineError } from '../../../src/domain';
import { MemoryStore } from '../../fakes/memoryStore';
import { basePlan } from '../adapters/graph/planFixture';

describe('savePlan()', () => {
  it('saves and clears the local draft', async () => {
    const store = new MemoryStore();
    const result = await savePlan({ store, drafts: store }, basePlan, null);
    expect(result.kind).toBe('saved');
    expect(await store.get('p1')).toBeNull();
  });

  it('keeps the draft and returns both versions on a conflict', async () => {
    const store = new MemoryStore();
    await store.save(basePlan, null);
    await store.saveAsSomeoneElse({ ...basePlan, familyName: 'Jansen-de Vries' });
    const mine = { ...basePlan, homeLocation: 'In de keukenla' };
    const result = await savePlan({ store, drafts: store }, mine, '1');
    expect(result).toMatchObject({ kind: 'conflict', mine, theirs: { revision: '2' } });
    expect((await store.get('p1'))?.plan).toEqual(mine);
  });

  it('keeps the draft when the save fails for another reason', async () => {
    const store = new MemoryStore();
    store.save = async () => { throw new OfflineError(); };
    await expect(savePlan({ store, drafts: store }, basePlan, null)).rejects.toBeInstanceOf(OfflineError);
    expect((await store.get('p1'))?.plan).toEqual(basePlan);
  });
});

describe('conflict choices', () => {
  it('keep mine: freezes their version in the history, then saves mine on top', async () => {
    const store = new MemoryStore();
    await store.save(basePlan, null);
    const theirs = { ...basePlan, familyName: 'Jansen-de Vries' };
    await store.saveAsSomeoneElse(theirs);
    const mine = { ...basePlan, homeLocation: 'In de keukenla' };
    const result = await keepMine({ store, drafts: store }, mine);
    expect(result.kind).toBe('saved');
    expect((await store.load('p1')).plan).toEqual(mine);
    const [frozen] = await store.listVersions('p1');
    expect(await store.loadVersion('p1', frozen!.versionId)).toEqual(theirs);
  });

  it('reload theirs: drops the draft', async () => {
    const store = new MemoryStore();
    await store.save(basePlan, null);
    await store.put({ ...basePlan, homeLocation: 'x' }, '1');
    const theirs = await reloadTheirs({ store, drafts: store }, 'p1');
    expect(theirs.plan).toEqual(basePlan);
    expect(await store.get('p1')).toBeNull();
  });
});
