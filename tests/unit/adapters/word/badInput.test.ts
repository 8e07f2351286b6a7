import { documentPart } from './plans';
import { WordDocument } from '../../../../src/adapters/word';
import { MAX_LONG_TEXT, MAX_SHORT_TEXT, proposedFromDocument } from '../../../../src/domain';
import type { DocumentProblem, DocumentReadResult } from '../../../../src/app/ports';
import { completePlan } from '../../../fixtures';
import { FakeWordDocument } from './fakeWord';

/** A filled document that a user then spoiled in one way; the rest of the plan must survive. */
async function spoiled(spoil: (doc: FakeWordDocument) => void) {
  const doc = new FakeWordDocument();
  const word = new WordDocument(doc.run);
  await word.insertPlan(completePlan(), 'nl');
  spoil(doc);
  const result: DocumentReadResult = await word.readPlan('nl');
  if (result.kind !== 'plan') throw new Error('expected a plan');
  return { ...result, doc };
}

function control(doc: FakeWordDocument, tag: string) {
  const found = doc.controlsTagged(tag)[0];
  if (!found) throw new Error(`no control ${tag}`);
  return found;
}

const MEGABYTE = 'x'.repeat(1024 * 1024);

describe('reading a document with bad input', () => {
  it('reports a deleted control by section and field, leaves that field empty and keeps the rest', async () => {
    const { plan, problems, doc } = await spoiled((d) => d.deleteControl(control(d, 'vp:madeOn')));
    expect(problems).toEqual([expect.objectContaining({
      sectionId: 'period', sectionHeading: '2. Wanneer is dit plan gemaakt? Voor welke periode?', fieldLabel: 'Datum', path: '$.madeOn',
    })]);
    expect(problems[0]?.message).toMatch(/ontbreekt in het document/);
    expect(plan).toEqual(documentPart({ ...completePlan(), madeOn: null }));
    expect(doc.syncs).toBe(3); // insert 2 (content, help texts), read 1
  });

  it('keeps the first of two duplicated controls and says which field was doubled', async () => {
    const { plan, problems } = await spoiled((d) => {
      d.duplicateControl(control(d, 'vp:homeLocation')).setText('Een andere plek');
    });
    expect(problems).toEqual([expect.objectContaining({ sectionId: 'home', fieldLabel: 'Waar ligt het plan in huis?' })]);
    expect(problems[0]?.message).toMatch(/meer dan eens/);
    expect(plan).toEqual(documentPart(completePlan()));
  });

  it('reports a control re-tagged by hand as unknown, and the field it used to hold as missing', async () => {
    const { plan, problems } = await spoiled((d) => {
      control(d, 'vp:childSignal').tag = 'vp:kindSignaal';
    });
    const messages = problems.map((p) => `${p.sectionHeading} | ${p.fieldLabel} | ${p.message}`);
    expect(messages).toEqual([
      expect.stringMatching(/^Document \| Koppeling met het plan \| .*onbekende naam \("vp:kindSignaal"\)/),
      expect.stringMatching(/^8\. Waar ligt .* \| Signaal of voorwerp van het kind \| .*ontbreekt/),
    ]);
    expect(plan).toEqual(documentPart({ ...completePlan(), childSignal: '' }));
  });

  it('passes over the "Moet geïnformeerd worden" field of a document made before schema 5, silently; the stored plan keeps its value', async () => {
    const stored = { ...completePlan(), directPersons: completePlan().directPersons.map((p, i) => (i === 0 ? { ...p, mustBeInformed: true } : p)) };
    const { plan, problems } = await spoiled((d) => {
      // An older document held a control of its own for the field, in every row of section 1.
      const name = d.controls().find((c) => /^vp:directPersons\[k\d+\]\.name$/.test(c.tag));
      if (!name) throw new Error('no person row');
      const legacy = d.duplicateControl(name);
      legacy.tag = name.tag.replace(/name$/, 'mustBeInformed');
      legacy.setText('Ja');
    });
    expect(problems).toEqual([]);
    expect(plan).toEqual(documentPart(completePlan()));
    // What the form no longer carries comes from the stored plan (documentApply.ts).
    expect(proposedFromDocument(stored, plan).directPersons[0]?.mustBeInformed).toBe(true);
    expect(proposedFromDocument(stored, plan)).toEqual(stored);
  });

  it('reports a control re-tagged to another field as a duplicate of that field', async () => {
    const { plan, problems } = await spoiled((d) => {
      control(d, 'vp:largeRelapse').tag = 'vp:smallRelapse';
    });
    expect(problems.map((p) => p.fieldLabel).sort()).toEqual(['Bij een grote terugval', 'Bij een kleine terugval']);
    expect(plan).toEqual(documentPart({ ...completePlan(), largeRelapse: '' }));
  });

  it('reports a date that is not a date with its section and field, and keeps every other value', async () => {
    const { plan, problems } = await spoiled((d) => control(d, 'vp:validUntil').setText('na de zomervakantie'));
    expect(problems).toEqual([{
      sectionId: 'period', sectionHeading: '2. Wanneer is dit plan gemaakt? Voor welke periode?', fieldLabel: 'Geldig tot', path: '$.validUntil',
      message: '"na de zomervakantie" is geen datum. Schrijf bijvoorbeeld 18-11-2026. Het veld blijft leeg.',
    }]);
    expect(plan).toEqual(documentPart({ ...completePlan(), validUntil: null }));
  });

  it('reports an unknown person in "who" by row, and keeps the people it does know', async () => {
    const { plan, problems } = await spoiled((d) => control(d, 'vp:agreements[k1].who').setText('Sanne Bakker; Tante Truus'));
    expect(problems).toEqual([expect.objectContaining<Partial<DocumentProblem>>({
      sectionId: 'agreements', fieldLabel: 'Afspraak 1 › Wie', path: '$.agreements[0].who',
    })]);
    expect(problems[0]?.message).toMatch(/"Tante Truus" staat niet bij de mensen van onderdeel 1/);
    expect(plan.agreements[0]?.who).toEqual(['d-sanne']);
    expect(plan.agreements.slice(1)).toEqual(completePlan().agreements.slice(1));
  });

  it('takes over the first 20.000 characters of 1 MB of text, and says so', async () => {
    const { plan, problems } = await spoiled((d) => control(d, 'vp:smallRelapse').setText(MEGABYTE));
    expect(problems).toEqual([expect.objectContaining({ sectionId: 'monitoring', fieldLabel: 'Bij een kleine terugval' })]);
    expect(problems[0]?.message).toMatch(/te lang \(1\.048\.576 tekens; maximaal 20\.000\)/);
    expect(plan.smallRelapse).toHaveLength(MAX_LONG_TEXT);
    expect({ ...plan, smallRelapse: '' }).toEqual(documentPart({ ...completePlan(), smallRelapse: '' }));
  });

  it('cuts 1 MB in a short field (a name in a table row) to that field\'s limit', async () => {
    const { plan, problems } = await spoiled((d) => control(d, 'vp:socialNetwork[k2].phone').setText(MEGABYTE));
    expect(problems).toEqual([expect.objectContaining({ sectionId: 'people', fieldLabel: 'Netwerklid 2 › Telefoon' })]);
    expect(plan.socialNetwork[1]?.phone).toHaveLength(MAX_SHORT_TEXT);
  });

  it('reads a yes/no, a choice and a score that do not fit, each with its own message', async () => {
    const { plan, problems } = await spoiled((d) => {
      control(d, 'vp:directPersons[k1].present').setText('misschien');
      control(d, 'vp:goals[k2].kind').setText('wens');
      control(d, 'vp:evaluations[k1].childVoices[k1].score').setText('elf');
    });
    expect(problems.map((p) => [p.fieldLabel, p.message.split('"')[1]])).toEqual([
      ['Gezinslid 1 › Aanwezig', 'misschien'],
      ['Doel 2 › Soort doel', 'wens'],
      ['Evaluatie 1 › Kind 1 › Eigen score', 'elf'],
    ]);
    expect(plan.directPersons[0]?.present).toBe(false);
    expect(plan.goals[1]?.kind).toBeNull();
    expect(plan.evaluations[0]?.childVoices[0]?.score).toBeNull();
  });

  it('reads a document whose hidden link was deleted as a new plan, with its people and references intact', async () => {
    const { plan, problems, planId } = await spoiled((d) => d.deleteControl(control(d, 'vp:meta')));
    expect(planId).toBeNull();
    expect(problems[0]).toEqual(expect.objectContaining({ sectionId: '', fieldLabel: 'Koppeling met het plan' }));
    expect(problems[0]?.message).toMatch(/koppeling met het plan ontbreekt/);
    // Which agreement a review was about lives only in the link: those reviews cannot be placed, and say so.
    expect(problems.slice(1).map((p) => [p.sectionId, p.path])).toEqual([
      ['evaluations', '$.evaluations[0].agreementReviews[0].agreementId'],
      ['evaluations', '$.evaluations[0].agreementReviews[0].agreementId'],
    ]);
    expect(plan.evaluations[0]?.agreementReviews).toEqual([]);
    expect(plan.evaluations[0]?.wentWell).toBe(completePlan().evaluations[0]?.wentWell);
    expect(plan.networkMeetings[0]).toMatchObject({ date: '2026-11-18', event: null });
    expect(plan.id).not.toBe(completePlan().id);
    expect(plan.familyName).toBe('Bakker-Yilmaz');
    const sanne = plan.directPersons.find((p) => p.name === 'Sanne Bakker');
    expect(plan.agreements[0]?.who).toContain(sanne?.id);
    expect(plan.agreements[0]?.goalId).toBe(plan.goals[0]?.id);
  });

  it('reports a damaged hidden link and still reads the fields', async () => {
    const { plan, problems } = await spoiled((d) => control(d, 'vp:meta').setText('{ kapot'));
    expect(problems[0]?.message).toMatch(/beschadigd/);
    expect(plan.childSignal).toBe(completePlan().childSignal);
  });

  it('removes a table row deleted in Word from the plan without complaint (that is an edit, not damage)', async () => {
    const { plan, problems, doc } = await spoiled((d) => {
      const table = d.tableIn('vp:list:circumstances');
      table?.rows.splice(1, 1);
    });
    expect(problems).toEqual([]);
    expect(plan.circumstances).toEqual([]);
    expect(doc.controlsTagged('vp:circumstances[k1].description')).toEqual([]);
  });

  it('ignores content controls that are not ours', async () => {
    const { problems, plan } = await spoiled((d) => {
      const mine = control(d, 'vp:homeLocation');
      d.duplicateControl(mine).tag = 'handtekening';
    });
    expect(problems).toEqual([]);
    expect(plan).toEqual(documentPart(completePlan()));
  });

  it('shows a copy recipient\'s choice by its label, reads a typed choice back, and turns a text that is no choice into a problem', async () => {
    const tag = 'vp:copyRecipients[k1].receives';
    const written = await spoiled(() => undefined);
    expect(control(written.doc, tag).text).toBe('Het hele plan');
    expect(written.plan.copyRecipients[0]!.receives).toEqual({ kind: 'plan' });

    const typed = await spoiled((d) => control(d, tag).setText('Eigen overzicht van Sanne Bakker'));
    expect(typed.problems).toEqual([]);
    const sanne = completePlan().directPersons.find((p) => p.name === 'Sanne Bakker')!.id;
    expect(typed.plan.copyRecipients[0]!.receives).toEqual({ kind: 'overview', personId: sanne });

    const sections = await spoiled((d) => control(d, tag).setText('Onderdelen 4, 6 en 8'));
    expect(sections.plan.copyRecipients[0]!.receives).toEqual({ kind: 'sections', sections: [4, 6, 8] });

    const unknown = await spoiled((d) => control(d, tag).setText('Alleen de afspraken'));
    expect(unknown.problems).toEqual([expect.objectContaining({ sectionId: 'home', fieldLabel: 'Ontvanger 1 › Wat krijgt deze persoon?', path: '$.copyRecipients[0].receives' })]);
    expect(unknown.problems[0]!.message).toMatch(/"Alleen de afspraken" is geen keuze voor een kopie.*niets met deze persoon gedeeld/);
    // Nothing is shared with them until it is fixed: no sections chosen.
    expect(unknown.plan.copyRecipients[0]!.receives).toEqual({ kind: 'sections', sections: [] });
  });
});
