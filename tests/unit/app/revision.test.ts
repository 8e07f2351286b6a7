import { REVISION_ACTIVATED_LABEL, putRevisionInForce } from '../../../src/app/revision';
import { ConflictError, startRevision } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { FIXTURE_TODAY, completePlan } from '../../fixtures';
import { MemoryStore } from '../../fakes/memoryStore';

async function setUp(): Promise<{ store: MemoryStore; active: Plan; draft: Plan }> {
  const store = new MemoryStore();
  const active = (await store.save(completePlan(), null)).plan;
  const draft = { ...startRevision(active, 'rev-1'), evaluationDate: '2027-01-10', homeLocation: 'In de keukenla.' };
  await store.save(draft, null);
  return { store, active, draft };
}

describe('putRevisionInForce', () => {
  it('saves the adjusted content into the plan in force, freezes it, and removes the draft record', async () => {
    const { store, active, draft } = await setUp();
    const result = await putRevisionInForce(store, draft, FIXTURE_TODAY);
    if (!result.ok) throw new Error(result.reason);
    const stored = (await store.load(active.id)).plan;
    expect(stored).toMatchObject({ id: active.id, status: 'active', version: active.version + 1, homeLocation: 'In de keukenla.', revisionOf: null });
    expect((await store.listVersions(active.id)).map((v) => v.label)).toEqual([REVISION_ACTIVATED_LABEL]);
    expect((await store.list()).map((s) => s.id)).toEqual([active.id]);
  });

  it('changes nothing when the revision still has errors', async () => {
    const { store, active, draft } = await setUp();
    const result = await putRevisionInForce(store, { ...draft, evaluationPlace: '' }, FIXTURE_TODAY);
    expect(result.ok ? 'ok' : result.reason).toBe('errors');
    expect((await store.load(active.id)).plan).toEqual(active);
    expect((await store.list()).length).toBe(2);
  });

  it('says so when the plan in force is gone, and leaves the draft', async () => {
    const { store, active, draft } = await setUp();
    await store.delete(active.id);
    expect(await putRevisionInForce(store, draft, FIXTURE_TODAY)).toEqual({ ok: false, reason: 'missing' });
    expect((await store.list()).map((s) => s.id)).toEqual(['rev-1']);
  });

  it('never overwrites a plan in force that was saved elsewhere in between', async () => {
    const { store, active, draft } = await setUp();
    const original = store.save.bind(store);
    let first = true;
    store.save = async (plan, expected) => {
      // Someone saves the plan in force between our load and our save.
      if (first && plan.id === active.id) { first = false; await original({ ...active, genogramNote: 'Elders' }, expected); }
      return original(plan, expected);
    };
    await expect(putRevisionInForce(store, draft, FIXTURE_TODAY)).rejects.toBeInstanceOf(ConflictError);
    expect((await store.load(active.id)).plan.genogramNote).toBe('Elders');
    expect((await store.list()).length).toBe(2);
  });
});
