import type { PlanExports, PlanStore, Sharing } from '../../../../src/app/ports';
import { publishingOnFreeze } from '../../../../src/hosts/shared/tenantServices';
import { MemoryStore } from '../../../fakes/memoryStore';
import { basePlan } from '../../adapters/graph/planFixture';

function setup(publish: Sharing['publishDocument']) {
  const store = new MemoryStore();
  const published: Array<{ planId: string; size: number }> = [];
  const sharing: Sharing = {
    shareDocument: async () => [],
    ...(publish ? { publishDocument: async (planId: string, doc: Blob) => { published.push({ planId, size: doc.size }); await publish(planId, doc); } } : {}),
  };
  const docx: string[] = [];
  const exports: PlanExports = { toDocx: async (plan, locale) => { docx.push(`${plan.id}:${locale}`); return new Blob(['docx-bytes']); }, toIcs: async () => '' };
  const wrapped = publishingOnFreeze(store, sharing, async () => exports, 'nl');
  return { store, wrapped, published, docx };
}

describe('publishingOnFreeze()', () => {
  it('refreshes the .docx next to plan.json when a version is frozen (activation, decisions)', async () => {
    const { wrapped, published, docx } = setup(async () => undefined);
    await wrapped.save(basePlan, null);
    const frozen = await wrapped.freezeVersion(basePlan, 'Geactiveerd');
    expect(frozen.label).toBe('Geactiveerd');
    expect(docx).toEqual(['p1:nl']);
    expect(published).toEqual([{ planId: 'p1', size: 'docx-bytes'.length }]);
    expect((await wrapped.listVersions('p1')).map((v) => v.label)).toEqual(['Geactiveerd']);
  });

  it('does not upload the document on a plain save (autosave stays one request)', async () => {
    const { wrapped, published } = setup(async () => undefined);
    const stored = await wrapped.save(basePlan, null);
    await wrapped.save({ ...basePlan, familyName: 'Jansen-de Vries' }, stored.revision);
    expect(published).toEqual([]);
  });

  it('keeps the frozen version when the upload fails, and reports the failure', async () => {
    const { wrapped } = setup(async () => { throw new Error('upload failed'); });
    await wrapped.save(basePlan, null);
    await expect(wrapped.freezeVersion(basePlan, 'Geactiveerd')).rejects.toThrow('upload failed');
    expect((await wrapped.listVersions('p1')).map((v) => v.label)).toEqual(['Geactiveerd']);
  });

  it('returns the store unchanged when the sharing adapter publishes nothing', () => {
    const { store, wrapped } = setup(undefined);
    expect(wrapped).toBe(store as PlanStore);
  });
});
