import { WORD_APPLY_LABEL, applyDocumentPlan, documentHasPlan } from '../../../src/app/wordSync';
import type { DocumentReadResult, DocumentReader, PlanVersionInfo } from '../../../src/app/ports';
import { ConflictError, PlanLockedError } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { FIXTURE_TODAY, completeDraft, completePlan as planInForce } from '../../fixtures';

/** The saving behaviours are a draft's (a plan in force takes a document as a revision: see 'the status gate' below). */
const completePlan = completeDraft;
const TODAY = FIXTURE_TODAY;
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

    const applied = await applyDocumentPlan(store, fromWord, stored, TODAY);

    expect(applied).toMatchObject({ kind: 'saved', stored: { plan: fromWord } });
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
    await applyDocumentPlan(store, fromWord, null, TODAY);
    expect(await store.listVersions('from-word')).toEqual([]);
    expect(store.saves).toBe(1);
  });

  it('saves nothing when the freeze fails', async () => {
    const store = new FreezeFailsStore();
    const stored = await store.save(completePlan(), null);
    await expect(applyDocumentPlan(store, { ...completePlan(), homeLocation: 'Elders.' }, stored, TODAY)).rejects.toThrow('offline');
    expect(store.saves).toBe(1);
    expect((await store.load(stored.plan.id)).plan).toEqual(completePlan());
  });

  it('overwrites nothing when someone saved in between (ConflictError), and the compared revision stays in the history', async () => {
    const store = new MemoryStore();
    const stored = await store.save(completePlan(), null);
    const colleague = await store.save({ ...completePlan(), familyName: 'Bakker' }, stored.revision);
    await expect(applyDocumentPlan(store, { ...completePlan(), homeLocation: 'Elders.' }, stored, TODAY)).rejects.toBeInstanceOf(ConflictError);
    expect((await store.load(stored.plan.id)).plan).toEqual(colleague.plan);
    expect((await store.listVersions(stored.plan.id)).map((v) => v.label)).toEqual([WORD_APPLY_LABEL]);
  });
});

describe('applyDocumentPlan(): the status gate and what the document may not decide', () => {
  it('never takes status, closure, shares, meetings or consent records from the document: they stay the stored plan\'s', async () => {
    const store = new MemoryStore();
    const stored = await store.save(completeDraft(), null);
    const original = stored.plan;
    const tampered: Plan = {
      ...original,
      status: 'closed',
      closure: { outcome: 'safe-enough', reason: 'Zelf ingevuld', date: '2026-11-20' },
      version: 99,
      revisionOf: 'another-plan',
      copyShares: [{ ...original.copyShares[0]!, id: 'share-x', fileItemId: 'ANY-ITEM', permissionIds: ['perm-x'], revokedOn: null, revokedBecause: null }],
      evaluationEvent: { eventId: 'forged', joinUrl: 'https://teams.invalid/forged', transactionId: 'tx' },
      networkMeetings: original.networkMeetings.map((m) => ({ ...m, event: null })),
      copyRecipients: original.copyRecipients.map((r) => ({ ...r, consentWithdrawnOn: null })),
      evaluations: original.evaluations.map((e) => ({ ...e, scaleLabels: { parent: { low: 'x', high: 'y' } } })),
      homeLocation: 'In de la van de keukentafel.',
    };
    const applied = await applyDocumentPlan(store, tampered, stored, TODAY);
    expect(applied.kind).toBe('saved');
    const saved = (await store.load(original.id)).plan;
    expect(saved).toEqual({ ...original, homeLocation: 'In de la van de keukentafel.' });
  });

  it('runs the editor\'s edit rules: a new address clears the consent given for the old one', async () => {
    const store = new MemoryStore();
    const stored = await store.save(completeDraft(), null);
    const readdressed = { ...stored.plan, copyRecipients: stored.plan.copyRecipients.map((r) => ({ ...r, email: 'someone.else@example.invalid' })) };
    await applyDocumentPlan(store, readdressed, stored, TODAY);
    expect((await store.load(stored.plan.id)).plan.copyRecipients[0]).toMatchObject({
      email: 'someone.else@example.invalid', consentGiven: false, consentDate: null, consentById: null,
    });
  });

  it('makes a document\'s changes to a plan in force an adjusted version beside it; the plan in force is untouched', async () => {
    const store = new MemoryStore();
    const stored = await store.save(planInForce(), null);
    const fromWord = { ...planInForce(), monitoring: [], status: 'draft' as const };
    const applied = await applyDocumentPlan(store, fromWord, stored, TODAY, 'rev-word');
    expect(applied.kind).toBe('revision');
    expect((await store.load(stored.plan.id)).plan).toEqual(planInForce());
    const revision = (await store.load('rev-word')).plan;
    expect(revision).toMatchObject({ status: 'draft', revisionOf: stored.plan.id, version: stored.plan.version + 1, monitoring: [] });
    expect(await store.listVersions(stored.plan.id)).toEqual([]);
  });

  it('saves nothing when an adjusted version is already being prepared, and says which', async () => {
    const store = new MemoryStore();
    const stored = await store.save(planInForce(), null);
    await store.save({ ...planInForce(), id: 'rev-1', status: 'draft', revisionOf: stored.plan.id }, null);
    const applied = await applyDocumentPlan(store, { ...planInForce(), monitoring: [] }, stored, TODAY, 'rev-2');
    expect(applied).toMatchObject({ kind: 'revisionExists', revisionId: 'rev-1' });
    expect((await store.list()).map((s) => s.id).sort()).toEqual(['rev-1', stored.plan.id].sort());
  });

  it('takes only what a plan in force records (an incident typed in Word), straight into it', async () => {
    const store = new MemoryStore();
    const stored = await store.save(planInForce(), null);
    const incident = { id: 'inc-w', date: '2026-11-24', what: 'Ruzie', actedByIds: [], informedIds: [], relapse: null };
    const applied = await applyDocumentPlan(store, { ...planInForce(), incidents: [...planInForce().incidents, incident] }, stored, TODAY);
    expect(applied.kind).toBe('saved');
    expect((await store.load(stored.plan.id)).plan.incidents.at(-1)).toEqual(incident);
  });

  it('never changes a closed plan', async () => {
    const store = new MemoryStore();
    const closed: Plan = { ...planInForce(), status: 'closed', closure: { outcome: 'safe-enough', reason: 'Veilig genoeg', date: '2026-11-20' } };
    const stored = await store.save(closed, null);
    await expect(applyDocumentPlan(store, { ...closed, monitoring: [] }, stored, TODAY)).rejects.toBeInstanceOf(PlanLockedError);
    expect((await store.load(closed.id)).plan).toEqual(closed);
    expect(store.saves).toBe(1);
  });
});

describe('documentHasPlan()', () => {
  const reader = (result: DocumentReadResult): DocumentReader => ({ readPlan: async () => result });

  it('counts a document that could not be read well enough as holding a plan, so no second plan is inserted into it', async () => {
    await expect(documentHasPlan(reader({ kind: 'unusable', planId: 'p', schemaVersion: 2, problems: [], limit: 50 }), 'nl')).resolves.toBe(true);
    await expect(documentHasPlan(reader({ kind: 'empty' }), 'nl')).resolves.toBe(false);
  });
});
