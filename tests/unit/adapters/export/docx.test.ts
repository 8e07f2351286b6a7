import { XMLValidator } from 'fast-xml-parser';
import { DOCX_MIME, planExports, planToDocx } from '../../../../src/adapters/export';
import { TEMPLATE, TITLE_PREFIX, allPeople, createEmptyPlan } from '../../../../src/domain';
import type { Field, Locale, Plan } from '../../../../src/domain';
import { completePlan, planWith } from '../../../fixtures';
import { readDocx, tableWithHeader } from './docxText';
import type { DocxContent } from './docxText';

const numbered = TEMPLATE.filter((s) => s.number !== null).sort((a, b) => (a.number ?? 0) - (b.number ?? 0));
const analysis = TEMPLATE.find((s) => s.part === 'analysis')!;
const allFields = (fields: ReadonlyArray<Field>): Field[] => fields.flatMap((f) => (f.kind === 'group' ? [f, ...allFields(f.fields)] : [f]));
const groupLabels = (id: string, locale: Locale): string[] => {
  const field = allFields(TEMPLATE.flatMap((s) => s.fields)).find((f) => f.id === id && f.kind === 'group');
  if (!field || field.kind !== 'group') throw new Error(`no group ${id}`);
  return field.fields.map((f) => f.label[locale]);
};

async function render(plan: Plan, locale: Locale = 'nl'): Promise<DocxContent> {
  return readDocx(await planToDocx(plan, locale));
}

describe('planToDocx()', () => {
  let plan: Plan;
  let doc: DocxContent;

  beforeAll(async () => {
    plan = completePlan();
    doc = await render(plan);
  });

  it('produces a Word document Blob that unzips to word/document.xml', async () => {
    const blob = await planToDocx(plan, 'nl');
    expect(blob.type).toBe(DOCX_MIME);
    expect(blob.size).toBeGreaterThan(5_000);
    expect(doc.files).toEqual(expect.arrayContaining(['word/document.xml', '[Content_Types].xml', 'word/styles.xml']));
    expect(XMLValidator.validate(doc.documentXml)).toBe(true);
    for (const footer of doc.footerXmls) expect(XMLValidator.validate(footer)).toBe(true);
  });

  it('starts with the title "Veiligheidsplan van de familie <naam>"', () => {
    expect(doc.paragraphs[0]).toEqual({ style: 'Title', text: `Veiligheidsplan van de familie ${plan.familyName}` });
  });

  it('has the 9 numbered section headings of the template, in order, as level-1 headings, with the analysis before goals', () => {
    const headings = doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    const expected = numbered.map((s) => s.heading.nl);
    expect(expected).toHaveLength(9);
    expect(headings.filter((h) => expected.includes(h))).toEqual(expected);
    // The joint analysis (concerns, all forms of violence, the decision) comes between section 2 and the goals it leads to.
    const analysisAt = TEMPLATE.filter((s) => s.part === 'analysis').map((s) => headings.indexOf(s.heading.nl));
    expect(analysisAt[0]).toBe(headings.indexOf(analysis.heading.nl));
    for (const at of analysisAt) {
      expect(at).toBeGreaterThan(headings.indexOf(numbered[1]!.heading.nl));
      expect(at).toBeLessThan(headings.indexOf(numbered[2]!.heading.nl));
    }
  });

  it('shows every field of the plan and analysis sections, by its template label', () => {
    const labels = TEMPLATE.filter((s) => s.part === 'plan' || s.part === 'analysis')
      .flatMap((s) => s.fields)
      .flatMap((f: Field) => (f.kind === 'group' ? [f.label.nl, ...f.fields.map((x) => x.label.nl)] : [f.label.nl]));
    const cellsAndParagraphs = new Set([...doc.paragraphs.map((p) => p.text), ...doc.tables.flat(2)]);
    expect(labels.filter((label) => !cellsAndParagraphs.has(label))).toEqual([]);
  });

  it("holds the plan's values: every person, goal, agreement, concern, circumstance and copy recipient", () => {
    const texts = [
      ...allPeople(plan).map((p) => p.name),
      ...plan.goals.map((g) => g.text),
      ...plan.agreements.flatMap((a) => [a.what, a.when]),
      ...plan.concernFacts.map((c) => c.text),
      ...plan.dangerStatements.map((c) => c.text),
      ...plan.circumstances.flatMap((c) => [c.description, c.agreement]),
      ...plan.copyRecipients.map((r) => r.name),
      plan.smallRelapse, plan.largeRelapse, plan.informAuthorityWhen, plan.homeLocation, plan.evaluationPlace,
    ];
    expect(texts.filter((t) => !doc.allText.includes(t))).toEqual([]);
  });

  it('writes one table row per agreement, with the people named instead of their ids and the goal by number', () => {
    const agreements = tableWithHeader(doc, ['Nr.', ...groupLabels('agreements', 'nl')]);
    expect(agreements).toBeDefined();
    expect(agreements!.slice(1)).toHaveLength(plan.agreements.length);
    const first = plan.agreements[0]!;
    const names = first.who.map((id) => allPeople(plan).find((p) => p.id === id)!.name).join(', ');
    const goalNumber = plan.goals.findIndex((g) => g.id === first.goalId) + 1;
    expect(agreements![1]).toEqual(['1', `Doel ${goalNumber}`, names, first.what, first.when, 'Acute veiligheid']);
    for (const person of allPeople(plan)) expect(doc.documentXml).not.toContain(`>${person.id}<`);
  });

  it('writes the people of section 1, the goals, circumstances and copy recipients as tables with a row per item', () => {
    const lists: Array<[string, unknown[]]> = [
      ['directPersons', plan.directPersons], ['socialNetwork', plan.socialNetwork], ['professionals', plan.professionals],
      ['goals', plan.goals], ['circumstances', plan.circumstances], ['copyRecipients', plan.copyRecipients],
    ];
    for (const [id, items] of lists) {
      const t = tableWithHeader(doc, ['Nr.', ...groupLabels(id, 'nl')]);
      expect({ id, rows: t?.length }).toEqual({ id, rows: items.length + 1 });
    }
    const direct = tableWithHeader(doc, ['Nr.', ...groupLabels('directPersons', 'nl')])!;
    const child = plan.directPersons.findIndex((p) => p.isChild);
    expect(direct[child + 1]).toContain('Ja');
  });

  it('formats dates in Dutch, and in English for locale en', async () => {
    expect(doc.allText).toContain('18 november 2026');
    const en = await render(plan, 'en');
    expect(en.allText).toContain('18 November 2026');
    expect(en.paragraphs[0]!.text).toBe(`${TITLE_PREFIX.en} ${plan.familyName}`);
    expect(en.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(expect.arrayContaining(numbered.map((s) => s.heading.en)));
  });

  it('adds an "Evaluaties" section with scores per person, agreement reviews and the decision', () => {
    const evaluation = plan.evaluations[0]!;
    expect(doc.paragraphs.some((p) => p.style === 'Heading1' && p.text === 'Evaluaties')).toBe(true);
    const scores = tableWithHeader(doc, ['Nr.', ...groupLabels('scores', 'nl')])!;
    expect(scores.slice(1).map((row) => [row[1], row[3]])).toEqual(
      evaluation.scores.map((s) => [allPeople(plan).find((p) => p.id === s.personId)!.name, String(s.score)]));
    const reviews = tableWithHeader(doc, ['Nr.', 'Afspraak', ...groupLabels('agreementReviews', 'nl')])!;
    expect(reviews.slice(1).map((row) => row[1])).toEqual(
      evaluation.agreementReviews.map((r) => `Afspraak ${plan.agreements.findIndex((a) => a.id === r.agreementId) + 1}`));
    const decision = { extend: 'Verlengen', adjust: 'Bijstellen', close: 'Afsluiten' }[evaluation.decision!];
    expect(doc.tables.some((t) => t.some((row) => row[0] === 'Besluit' && row[1] === decision))).toBe(true);
  });

  it('leaves the evaluations section out while there are none', async () => {
    const none = await render(planWith({ evaluations: [] }));
    expect(none.paragraphs.some((p) => p.text === 'Evaluaties')).toBe(false);
  });

  it('is set up for printing: A4 page, "Vertrouwelijk" in the header, page x of y in the footer, bordered tables', () => {
    expect(doc.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(doc.headerTexts.length).toBeGreaterThan(0);
    expect(new Set(doc.headerTexts)).toEqual(new Set(['VERTROUWELIJK']));
    expect(doc.footerXml).toMatch(/PAGE/);
    expect(doc.footerXml).toMatch(/NUMPAGES/);
    expect(doc.documentXml).toMatch(/<w:tblBorders>[\s\S]*?<w:insideH w:val="single"/);
    expect(doc.documentXml).toMatch(/<w:tblHeader\/>/);
  });

  it('renders an empty new plan with all headings and empty rows to fill in by hand', async () => {
    const empty = await render(createEmptyPlan('empty'));
    expect(empty.paragraphs[0]!.text).toBe('Veiligheidsplan van de familie ……');
    const headings = empty.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(headings).toEqual(expect.arrayContaining(numbered.map((s) => s.heading.nl)));
    const agreements = tableWithHeader(empty, ['Nr.', ...groupLabels('agreements', 'nl')]);
    expect(agreements).toEqual([['Nr.', ...groupLabels('agreements', 'nl')], ['', '', '', '', '', '']]);
  });

  it('keeps line breaks of multi-line texts', async () => {
    const multi = await render(planWith({ homeLocation: 'Eerste regel\nTweede regel' }));
    const runs = /Eerste regel<\/w:t><\/w:r><w:r>(?:(?!<\/w:r>).)*?<w:br\/>(?:(?!<\/w:r>).)*?Tweede regel/;
    expect(runs.test(multi.documentXml)).toBe(true);
  });

  it('is what planExports.toDocx returns', async () => {
    const viaPort = await readDocx(await planExports.toDocx(plan, 'nl'));
    expect(viaPort.allText).toBe(doc.allText);
  });

  describe('with the previous version: "Wijzigingen sinds de vorige versie"', () => {
    /** Version 1 as it was evaluated: grandmother only at weekends, and no talk with the children yet (a-3 is new). */
    function previousVersion(current: Plan): Plan {
      return {
        ...current,
        version: 1,
        status: 'evaluated',
        agreements: current.agreements
          .filter((a) => a.id !== 'a-3')
          .map((a) => (a.id === 'a-2' ? { ...a, when: 'Alleen in het weekend' } : a)),
      };
    }

    let withChanges: DocxContent;
    beforeAll(async () => {
      withChanges = await readDocx(await planToDocx(plan, 'nl', { previous: previousVersion(plan) }));
    });

    const headingIndex = (content: DocxContent, text: string): number => content.paragraphs.findIndex((p) => p.text === text);

    it('ends the Evaluaties section with a level-2 heading "Wijzigingen sinds de vorige versie" naming both versions', () => {
      const changes = headingIndex(withChanges, 'Wijzigingen sinds de vorige versie');
      expect(withChanges.paragraphs[changes]?.style).toBe('Heading2');
      expect(changes).toBeGreaterThan(headingIndex(withChanges, 'Evaluaties'));
      expect(withChanges.paragraphs.slice(changes + 1).some((p) => p.style === 'Heading1')).toBe(false);
      expect(withChanges.paragraphs[changes + 1]?.text).toBe(
        'Versie 2 vergeleken met versie 1: wat er veranderde in doelen, afspraken en betrokkenen.');
    });

    it('lists the changed agreement with its people and the old and new "when", and the new agreement', () => {
      const after = withChanges.paragraphs.slice(headingIndex(withChanges, 'Wijzigingen sinds de vorige versie') + 2).map((p) => p.text);
      const changed = after.findIndex((line) => line.startsWith('Afspraak gewijzigd: Oma haalt de kinderen op en laat ze bij haar slapen'));
      expect(changed).toBeGreaterThanOrEqual(0);
      expect(after[changed]).toMatch(/\(Ria Bakker\)$/);
      expect(after[changed + 1]).toBe('Wanneer / hoe lang: „Alleen in het weekend” → „Zo nodig, ook \'s avonds en in het weekend”');
      expect(after.some((line) => line.startsWith('Nieuwe afspraak: Moeder en de gezinsbegeleider bespreken met Mila en Daan'))).toBe(true);
      expect(after.some((line) => line.startsWith('Afspraak gewijzigd: Als een gesprek'))).toBe(false);
    });

    it('writes the changes as a bulleted list, the changed fields one level deeper', () => {
      const xmlOf = (text: string): string => [...withChanges.documentXml.matchAll(/<w:p>[\s\S]*?<\/w:p>/g)]
        .map((m) => m[0]).find((xml) => xml.includes(text)) ?? '';
      expect(xmlOf('Afspraak gewijzigd: Oma haalt')).toMatch(/<w:numPr><w:ilvl w:val="0"\/>/);
      expect(xmlOf('Alleen in het weekend')).toMatch(/<w:numPr><w:ilvl w:val="1"\/>/);
      expect(XMLValidator.validate(withChanges.documentXml)).toBe(true);
      expect(withChanges.files).toContain('word/numbering.xml');
    });

    it('says plainly when goals, agreements and people did not change', async () => {
      const same = await readDocx(await planToDocx(plan, 'nl', { previous: { ...plan } }));
      const index = headingIndex(same, 'Wijzigingen sinds de vorige versie');
      expect(same.paragraphs[index + 2]?.text).toBe('Geen wijzigingen in doelen, afspraken of betrokkenen.');
    });

    it('is written in English for locale en', async () => {
      const en = await readDocx(await planToDocx(plan, 'en', { previous: previousVersion(plan) }));
      expect(en.paragraphs.some((p) => p.style === 'Heading2' && p.text === 'Changes since the previous version')).toBe(true);
      expect(en.allText).toContain('When / how long: “Alleen in het weekend” → “Zo nodig, ook \'s avonds en in het weekend”');
    });

    it('shows the Evaluaties section for the changes even before the first evaluation', async () => {
      const current = planWith({ evaluations: [] });
      const previous = { ...current, agreements: current.agreements.filter((a) => a.id !== 'a-1') };
      const content = await readDocx(await planToDocx(current, 'nl', { previous }));
      expect(content.paragraphs.some((p) => p.style === 'Heading1' && p.text === 'Evaluaties')).toBe(true);
      expect(content.allText).toContain('Nieuwe afspraak: Als een gesprek uit de hand dreigt te lopen');
    });

    it('leaves the changes out without a previous version, and passes them through planExports.toDocx', async () => {
      expect(doc.allText).not.toContain('Wijzigingen sinds de vorige versie');
      const none = await readDocx(await planToDocx(plan, 'nl', { previous: null }));
      expect(none.allText).toBe(doc.allText);
      const viaPort = await readDocx(await planExports.toDocx(plan, 'nl', { previous: previousVersion(plan) }));
      expect(viaPort.allText).toBe(withChanges.allText);
    });
  });
});

describe('section 8 in the .docx: what each recipient gets', () => {
  it('writes the choice\'s label in the recipient\'s cell, with names instead of ids', async () => {
    const base = completePlan();
    const sanne = base.directPersons.find((p) => p.name === 'Sanne Bakker')!;
    const plan: Plan = { ...base, copyRecipients: [
      { ...base.copyRecipients[0]!, receives: { kind: 'overview', personId: sanne.id } },
      { ...base.copyRecipients[0]!, id: 'cr-9', name: 'School', receives: { kind: 'sections', sections: [6, 4] } },
    ] };
    const table = tableWithHeader(await render(plan), ['Nr.', ...groupLabels('copyRecipients', 'nl')]);
    const column = groupLabels('copyRecipients', 'nl').indexOf('Wat krijgt deze persoon?') + 1;
    expect(table!.slice(1).map((row) => row[column])).toEqual(['Eigen overzicht van Sanne Bakker', 'Onderdelen 4 en 6']);
  });
});
