import { planToDocx } from '../../../src/adapters/export';
import { renderDocument } from '../../../src/adapters/word/layout';
import { applyDocumentPlan, compareWithStore } from '../../../src/app/wordSync';
import { DomainError, changeGoal, mergePlans, organisationSettings } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { FIXTURE_TODAY, completeDraft, completePlan } from '../../fixtures';
import { MemoryStore } from '../../fakes/memoryStore';
import { readDocx } from '../adapters/export/docxText';

const REGION = organisationSettings('Samen Veilig Midden-Nederland');

/** The complete plan with its first safety condition reworded outside the app: no reason recorded. */
function softenedElsewhere(): Plan {
  const plan = completePlan();
  return { ...plan, goals: plan.goals.map((g, i) => (i === 0 ? { ...g, text: 'De kinderen zijn zo min mogelijk bij ruzies.' } : g)) };
}

describe('the organisation\'s authority name reaches Word and the .docx', () => {
  it('the .docx says the regional name, not the default', async () => {
    const doc = await readDocx(await planToDocx(completePlan(), 'nl', { organisation: REGION }));
    expect(doc.documentXml).toContain('Wanneer wordt Samen Veilig Midden-Nederland geïnformeerd?');
    expect(doc.documentXml).not.toContain('Wanneer wordt Veilig Thuis geïnformeerd?');
  });

  it('the .docx of a closed plan says how it ended and why, in the regional name', async () => {
    const closed: Plan = { ...completePlan(), status: 'closed', closure: { outcome: 'back-to-authority', reason: 'Afspraken niet nagekomen.', date: '2026-11-25' } };
    const doc = await readDocx(await planToDocx(closed, 'nl', { organisation: REGION }));
    expect(doc.documentXml).toContain('Afgesloten op 25 november 2026: Het plan werkt niet: terug naar Samen Veilig Midden-Nederland. Reden: Afspraken niet nagekomen.');
  });

  it('the Word document says the regional name in its labels and intros', () => {
    const text = JSON.stringify(renderDocument(completePlan(), 'nl', REGION));
    expect(text).toContain('Wanneer wordt Samen Veilig Midden-Nederland geïnformeerd?');
    expect(text).not.toContain('Wanneer wordt Veilig Thuis geïnformeerd?');
  });

  it('the quality check of a document read from Word uses it too', async () => {
    const store = new MemoryStore();
    const stored = await store.save(completePlan(), null);
    const comparison = await compareWithStore(store, { ...completePlan(), informAuthorityWhen: '' }, stored.plan.id, FIXTURE_TODAY, REGION);
    expect(comparison.findings.map((f) => f.message)).toContain('Spreek bij onderdeel 6 af wanneer Samen Veilig Midden-Nederland wordt geïnformeerd.');
  });
});

describe('a safety condition changed outside the app without a reason', () => {
  it('is named when a Word document is compared with the store, and the document is not applied', async () => {
    const store = new MemoryStore();
    const stored = await store.save(completePlan(), null);
    const comparison = await compareWithStore(store, softenedElsewhere(), stored.plan.id, FIXTURE_TODAY);
    expect(comparison.unrecordedConditions).toEqual(['g-1']);
    await expect(applyDocumentPlan(store, softenedElsewhere(), stored, FIXTURE_TODAY)).rejects.toBeInstanceOf(DomainError);
    expect((await store.load(stored.plan.id)).plan).toEqual(completePlan());
  });

  it('is quiet for a document that changed the condition with its reason (as the app records it)', async () => {
    // A draft: only a draft's conditions are changed (a plan in force changes through Bijstellen).
    const store = new MemoryStore();
    const stored = await store.save(completeDraft(), null);
    const changed = changeGoal(completeDraft(), 'g-1', { text: 'Aangescherpte voorwaarde.' }, 'Op verzoek van Veilig Thuis', { id: 'rc-2' });
    if (!changed.ok) throw new Error(changed.reason);
    expect((await compareWithStore(store, changed.plan, stored.plan.id, FIXTURE_TODAY)).unrecordedConditions).toEqual([]);
    await expect(applyDocumentPlan(store, changed.plan, stored, FIXTURE_TODAY)).resolves.toMatchObject({ kind: 'saved' });
  });

  it('is named by a merge that brings one in, and not by an ordinary merge', () => {
    const base = completePlan();
    expect(mergePlans(base, softenedElsewhere(), { ...base, homeLocation: 'Elders' }).unrecordedConditions).toEqual(['g-1']);
    expect(mergePlans(base, { ...base, genogramNote: 'x' }, { ...base, homeLocation: 'Elders' }).unrecordedConditions).toEqual([]);
  });
});
