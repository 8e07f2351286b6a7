import { WordDocument } from '../../../../src/adapters/word';
import { CURRENT_SCHEMA_VERSION, TEMPLATE } from '../../../../src/domain';
import type { Field, Plan } from '../../../../src/domain';
import type { DocumentReadResult } from '../../../../src/app/ports';
import { completePlan } from '../../../fixtures';
import { FakeWordDocument, ParagraphNode } from './fakeWord';
import { documentPart, planWithAgreements } from './plans';

function setup() {
  const doc = new FakeWordDocument();
  return { doc, word: new WordDocument(doc.run) };
}

function planOf(result: DocumentReadResult): Extract<DocumentReadResult, { kind: 'plan' }> {
  if (result.kind !== 'plan') throw new Error('expected a plan in the document');
  return result;
}

/** The scalar fields of the template, nested ones included: counted here by hand, not with the adapter's helper. */
function leaves(fields: ReadonlyArray<Field>): Field[] {
  return fields.flatMap((f) => (f.kind === 'group' ? leaves(f.fields) : [f]));
}

const isFieldTag = (tag: string) => tag.startsWith('vp:') && tag !== 'vp:meta' && !tag.startsWith('vp:list:');

describe('WordDocument (insert and read back)', () => {
  it('reads back the complete example plan equal to what was inserted (round trip, Dutch)', async () => {
    const { word } = setup();
    await word.insertPlan(completePlan(), 'nl');
    const result = planOf(await word.readPlan('nl'));
    expect(result.problems).toEqual([]);
    expect(result.planId).toBe('fixture-bakker-yilmaz');
    expect(result.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(result.plan).toEqual(documentPart(completePlan()));
  });

  it('round-trips in English too (labels, yes/no and dates differ, the plan does not)', async () => {
    const { word } = setup();
    await word.insertPlan(completePlan(), 'en');
    const result = planOf(await word.readPlan('en'));
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(documentPart(completePlan()));
  });

  it('writes people by name, dates the Dutch way and goals by number, so the document reads naturally', async () => {
    const { doc, word } = setup();
    await word.insertPlan(completePlan(), 'nl');
    const text = (tag: string) => doc.controlsTagged(tag)[0]?.text;
    expect(text('vp:madeOn')).toBe('18-11-2026');
    expect(text('vp:agreements[k1].who')).toBe('Sanne Bakker; Emre Yilmaz');
    expect(text('vp:agreements[k1].goalId')).toBe('Doel 1');
    expect(text('vp:directPersons[k3].isChild')).toBe('Ja');
  });

  it('lays a list out as a table with a header row and one row per item', async () => {
    const { doc, word } = setup();
    await word.insertPlan(planWithAgreements(10), 'nl');
    const table = doc.tableIn('vp:list:agreements');
    expect(table?.rows).toHaveLength(11);
    expect(table?.headerRowCount).toBe(1);
    expect(table?.rows[0]?.cells.map((c) => c.body.text())).toEqual(['Bij doel', 'Wie', 'Wat', 'Wanneer / hoe lang', 'Acute of stabiele veiligheid']);
  });

  it('inserts the empty template with one control per template field, the help text as placeholder', async () => {
    const { doc, word } = setup();
    await word.insertTemplate('nl');
    const fieldControls = doc.controls().filter((c) => isFieldTag(c.tag));
    const expected = leaves(TEMPLATE.flatMap((s) => s.fields));
    expect(fieldControls).toHaveLength(expected.length);
    expect(new Set(fieldControls.map((c) => c.tag)).size).toBe(expected.length);
    const familyName = doc.controlsTagged('vp:familyName')[0];
    expect(familyName?.placeholderText).toBe(TEMPLATE[0]?.fields[0]?.help.nl);
    expect(fieldControls.every((c) => c.placeholderText.length > 0 && c.content.text() === '')).toBe(true);
  });

  it('gives the template the title and a heading for each of the 9 numbered sections', async () => {
    const { doc, word } = setup();
    await word.insertTemplate('nl');
    const paragraphs = doc.body.children.filter((n): n is ParagraphNode => n instanceof ParagraphNode);
    expect(paragraphs[0]).toMatchObject({ text: 'Veiligheidsplan', style: 'Title' });
    const headings = paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    for (const section of TEMPLATE.filter((s) => s.number !== null)) expect(headings).toContain(section.heading.nl);
    expect(headings.filter((h) => /^\d\. /.test(h))).toHaveLength(9);
  });

  it('reads an untouched template as an empty new plan, without problems and without a plan id', async () => {
    const { word } = setup();
    await word.insertTemplate('nl');
    const result = planOf(await word.readPlan('nl'));
    expect(result.problems).toEqual([]);
    expect(result.planId).toBeNull();
    expect(result.plan.familyName).toBe('');
    expect(result.plan.agreements).toEqual([]);
    expect(result.plan.directPersons).toEqual([]);
  });

  it('reads a template filled in by hand into a plan with the typed values and resolved people', async () => {
    const { doc, word } = setup();
    await word.insertTemplate('nl');
    const type = (tag: string, text: string) => doc.controlsTagged(tag)[0]?.setText(text);
    type('vp:familyName', 'Jansen');
    type('vp:directPersons[k1].name', 'Anna Jansen');
    type('vp:directPersons[k1].present', 'ja');
    type('vp:goals[k1].text', 'De kinderen zijn veilig thuis.');
    type('vp:goals[k1].kind', 'Gezinsdoel');
    type('vp:agreements[k1].goalId', 'Doel 1');
    type('vp:agreements[k1].who', 'Anna Jansen');
    type('vp:agreements[k1].what', 'Belt oma bij ruzie.');
    type('vp:validFrom', '1-12-2026');
    const result = planOf(await word.readPlan('nl'));
    expect(result.problems).toEqual([]);
    const { plan } = result;
    expect(plan.familyName).toBe('Jansen');
    expect(plan.validFrom).toBe('2026-12-01');
    expect(plan.directPersons).toEqual([expect.objectContaining({ name: 'Anna Jansen', present: true, isChild: false })]);
    expect(plan.goals[0]).toMatchObject({ text: 'De kinderen zijn veilig thuis.', kind: 'family' });
    expect(plan.agreements[0]).toMatchObject({ goalId: plan.goals[0]?.id, who: [plan.directPersons[0]?.id], what: 'Belt oma bij ruzie.' });
  });

  it('says plainly that a document without plan controls holds no plan', async () => {
    const { doc, word } = setup();
    doc.typeParagraph('Een brief zonder veiligheidsplan.');
    expect(await word.readPlan('nl')).toEqual({ kind: 'empty' });
  });
});

describe('WordDocument.updatePlan()', () => {
  function changed(plan: Plan): Plan {
    const [first, , third] = plan.agreements;
    if (!first || !third) throw new Error('fixture changed');
    return {
      ...plan,
      familyName: 'Bakker-Yilmaz-de Boer',
      smallRelapse: 'Nieuwe afspraak bij een kleine terugval.',
      agreements: [
        { ...first, what: 'Vader gaat direct naar zijn broer als het gesprek uit de hand loopt.' },
        third,
        { id: 'a-new', goalId: 'g-2', who: ['s-joke'], what: 'Joke belt elke zondag.', when: 'Elke zondag', safety: 'stable' },
      ],
      concernFacts: [...plan.concernFacts, { id: 'cf-new', text: 'Een nieuw feit.', perspective: null }],
      evaluations: [],
    };
  }

  it('writes the stored plan into the existing controls and rows, and leaves text outside the controls as it was', async () => {
    const { doc, word } = setup();
    await word.insertPlan(completePlan(), 'nl');
    doc.typeParagraph('Aantekening van de gezinsbegeleider, buiten de invulvelden.');
    const outsideBefore = doc.textOutsideControls();
    const target = changed(completePlan());

    await word.updatePlan(target, 'nl');

    expect(doc.textOutsideControls()).toEqual(outsideBefore);
    const result = planOf(await word.readPlan('nl'));
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(documentPart(target));
    expect(doc.tableIn('vp:list:agreements')?.rows).toHaveLength(4);
  });

  it('fills a hand-made template with a stored plan, replacing its blank rows', async () => {
    const { doc, word } = setup();
    await word.insertTemplate('nl');
    await word.updatePlan(completePlan(), 'nl');
    const result = planOf(await word.readPlan('nl'));
    expect(result.problems).toEqual([]);
    expect(result.plan).toEqual(documentPart(completePlan()));
    expect(result.planId).toBe('fixture-bakker-yilmaz');
    expect(doc.tableIn('vp:list:agreements')?.rows).toHaveLength(4);
  });

  it('links a hand-filled template to the plan read from it, so reading again finds the same plan', async () => {
    const { doc, word } = setup();
    await word.insertTemplate('nl');
    doc.controlsTagged('vp:familyName')[0]?.setText('Jansen');
    doc.controlsTagged('vp:directPersons[k1].name')[0]?.setText('Anna Jansen');
    const first = planOf(await word.readPlan('nl'));
    expect(first.planId).toBeNull();

    await word.updatePlan(first.plan, 'nl');
    const again = planOf(await word.readPlan('nl'));
    expect(again.planId).toBe(first.plan.id);
    expect(again.problems).toEqual([]);
    expect(again.plan).toEqual(first.plan);
  });

  it('puts a deleted field back at the end instead of dropping its value', async () => {
    const { doc, word } = setup();
    await word.insertPlan(completePlan(), 'nl');
    const control = doc.controlsTagged('vp:homeLocation')[0];
    if (control) doc.deleteControl(control);
    await word.updatePlan(completePlan(), 'nl');
    const result = planOf(await word.readPlan('nl'));
    expect(result.problems).toEqual([]);
    expect(result.plan.homeLocation).toBe(completePlan().homeLocation);
  });

  it('refuses to update a document that holds no plan', async () => {
    const { word } = setup();
    await expect(word.updatePlan(completePlan(), 'nl')).rejects.toMatchObject({ code: 'WORD.NO_PLAN' });
  });
});

describe('WordDocument sync budget', () => {
  it.each([10, 50, 200])('inserts a plan with %i agreements in 2 syncs (content, then help texts) and reads it back in 1', async (count) => {
    const { doc, word } = setup();
    const plan = planWithAgreements(count);
    await word.insertPlan(plan, 'nl');
    expect(doc.syncs).toBe(2);
    const result = planOf(await word.readPlan('nl'));
    expect(doc.syncs).toBe(3);
    expect(result.plan.agreements).toHaveLength(count);
    expect(result.plan).toEqual(documentPart(plan));
  });

  it.each([10, 50, 200])('updates a document with %i agreements in 3 syncs (load, write, help texts of the new rows)', async (count) => {
    const { doc, word } = setup();
    await word.insertPlan(planWithAgreements(count), 'nl');
    const before = doc.syncs;
    const next = planWithAgreements(count + 5);
    await word.updatePlan(next, 'nl');
    expect(doc.syncs - before).toBe(3);
    expect(planOf(await word.readPlan('nl')).plan).toEqual(documentPart(next));
  });
});
