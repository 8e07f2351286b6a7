import { WORD_APPLY_LABEL, applyDocumentPlan, documentHasPlan } from '../../../src/app/wordSync';
import type { DocumentReadResult, DocumentReader, PlanVersionInfo } from '../../../src/app/ports';
import { ConflictError } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { completePlan } from '../../fixtures';
import { MemoryStore } from '../../fakes/memoryStore';

/** A store whose freeze fails, to prove nothing is saved without the frozen copy. */
class FreezeFailsStore extends MemoryStore {
  override freezeVersion(): Promise<PlanVersionInfo> {
    return Promise.reject(new Error('offline'));
  }
}

describe('applyDocumentPlan()', () => {
  it('freezes the stored plan as "Voor toepassen vanuit Word" before saving the plan read from the document', async () => {
    const store = new MemoryStore();
    const stored = await store.save(completePlan(), null);
    const fromWord: Plan = { ...completePlan(), homeLocation: 'In de la van de keukentafel.' };

    const saved = await applyDocumentPlan(store, fromWord, stored);

    expect(saved.plan).toEqual(fromWord);
    expect((await store.load(fromWord.id)).plan.homeLocation).toBe('In de la van de keukentafel.');
    const versions = await store.listVersions(fromWord.id);
    expect(versions).toEqual([expect.objectContaining({ label: WORD_APPLY_LABEL, planVersion: stored.plan.version })]);
    expect(WORD_APPLY_LABEL).toBe('Voor toepassen vanuit Word');
    // The frozen copy is the stored plan as it was, so what the document replaced can be brought back.
    expect(await store.loadVersion(fromWord.id, versions[0]?.versionId ?? '')).toEqual(completePlan());
  });

  it('saves a plan the store did not know yet without freezing anything (there is no earlier version)', async () => {
    const store = new MemoryStore();
    const fromWord: Plan = { ...completePlan(), id: 'from-word' };
    await applyDocumentPlan(store, fromWord, null);
    expect(await store.listVersions('from-word')).toEqual([]);
    expect(store.saves).toBe(1);
  });

  it('saves nothing when the freeze fails', async () => {
    const store = new FreezeFailsStore();
    const stored = await store.save(completePlan(), null);
    await expect(applyDocumentPlan(store, { ...completePlan(), homeLocation: 'Elders.' }, stored)).rejects.toThrow('offline');
    expect(store.saves).toBe(1);
    expect((await store.load(stored.plan.id)).plan).toEqual(completePlan());
  });

  it('overwrites nothing when someone saved in between (ConflictError), and the compared revision stays in the history', async () => {
    const store = new MemoryStore();
    const stored = await store.save(completePlan(), null);
    const colleague = await store.save({ ...completePlan(), familyName: 'Bakker' }, stored.revision);
    await expect(applyDocumentPlan(store, { ...completePlan(), homeLocation: 'Elders.' }, stored)).rejects.toBeInstanceOf(ConflictError);
    expect((await store.load(stored.plan.id)).plan).toEqual(colleague.plan);
    expect((await store.listVersions(stored.plan.id)).map((v) => v.label)).toEqual([WORD_APPLY_LABEL]);
  });
});

describe('documentHasPlan()', () => {
  const reader = (result: DocumentReadResult): DocumentReader => ({ readPlan: async () => result });

  it('counts a document that could not be read well enough as holding a plan, so no second plan is inserted into it', async () => {
    await expect(documentHasPlan(reader({ kind: 'unusable', planId: 'p', schemaVersion: 2, problems: [], limit: 50 }), 'nl')).resolves.toBe(true);
    await expect(documentHasPlan(reader({ kind: 'empty' }), 'nl')).resolves.toBe(false);
  });
});
