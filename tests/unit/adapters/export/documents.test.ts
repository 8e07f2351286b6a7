import JSZip from 'jszip';
import { DOCX_MIME, childBookToDocx, overviewToDocx, overviewToHtml, planExports, planToDocx, sectionsToDocx } from '../../../../src/adapters/export';
import { DomainError, TEMPLATE, organisationSettings } from '../../../../src/domain';
import { completePlan, planWith } from '../../../fixtures';
import { readDocx, tableWithHeader } from './docxText';

const numberedHeading = (n: number): string => TEMPLATE.find((s) => s.number === n)!.heading.nl;

describe('overviewToDocx() "Mijn afspraken"', () => {
  it("is a one-section A4 document with the person's agreements in a What/When/Together table, under the confidential header", async () => {
    const blob = await overviewToDocx(completePlan(), 's-ria', 'nl');
    expect(blob.type).toBe(DOCX_MIME);
    const doc = await readDocx(blob);
    expect(doc.paragraphs[0]).toEqual({ style: 'Title', text: 'Mijn afspraken' });
    expect(doc.allText).toContain('Ria Bakker · veiligheidsplan van de familie Bakker-Yilmaz');
    // Ria shares her agreement with no one: no empty "Samen met" column.
    expect(tableWithHeader(doc, ['Wat', 'Wanneer'])?.length).toBe(2);
    const sanne = await readDocx(await overviewToDocx(completePlan(), 'd-sanne', 'nl'));
    expect(tableWithHeader(sanne, ['Wat', 'Wanneer', 'Samen met'])?.slice(1).map((row) => row[2])).toEqual(['Emre Yilmaz', 'Lotte Smit']);
    expect(doc.headerTexts).toEqual(['VERTROUWELIJK']);
    expect(doc.documentXml.match(/<w:sectPr/g)).toHaveLength(1);
    expect(doc.allText).toContain('Het plan geldt tot 18 februari 2027.');
    expect(doc.allText).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('names the authority as the organisation calls it, and is in English for en', async () => {
    const regional = await readDocx(await overviewToDocx(completePlan(), 'p-lotte', 'nl', { organisation: organisationSettings('Samen Veilig') }));
    expect(regional.tables.flat(2)).toContain('Wanneer bellen we Samen Veilig?');
    const en = await readDocx(await overviewToDocx(completePlan(), 'p-lotte', 'en'));
    expect(en.paragraphs[0]?.text).toBe('My agreements');
    expect(tableWithHeader(en, ['What', 'When', 'Together with'])).toBeDefined();
    expect(en.allText).toContain('18 February 2027');
  });

  it('says plainly that someone has no agreement of their own, rather than showing an empty table', async () => {
    const doc = await readDocx(await overviewToDocx(completePlan(), 's-kees', 'nl'));
    expect(doc.allText).toContain('Je hebt geen eigen afspraak in dit plan.');
    expect(tableWithHeader(doc, ['Wat', 'Wanneer', 'Samen met'])).toBeUndefined();
  });

  it('refuses a person who is not in the plan with EXPORT.NO_PERSON', async () => {
    await expect(overviewToDocx(completePlan(), 'nobody', 'nl')).rejects.toMatchObject({ code: 'EXPORT.NO_PERSON' });
    await expect(overviewToDocx(completePlan(), 'nobody', 'nl')).rejects.toBeInstanceOf(DomainError);
  });
});

describe('overviewToHtml()', () => {
  it('is a self-contained page: print CSS, no script, no external resource, a title without names', () => {
    const html = overviewToHtml(completePlan(), 's-ria', 'nl');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(html).toContain('@page { size: A4;');
    expect(html).toContain('<title>Mijn afspraken</title>');
    expect(html).not.toMatch(/<script|<link|<img|src=|href=|@import|url\(/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(html).toContain('Oma haalt de kinderen op');
    expect(html).toContain('20 januari 2027');
    expect(html).toContain('<th scope="col">Wanneer</th>');
  });

  it('escapes every plan text', () => {
    const plan = planWith({ smallRelapse: '<img src=x onerror=alert(1)> & "bel"' });
    const html = overviewToHtml(plan, 's-ria', 'nl');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;bel&quot;');
    expect(html).not.toContain('<img');
  });

  it('is in English for en and refuses an unknown person', () => {
    expect(overviewToHtml(completePlan(), 'd-sanne', 'en')).toMatch(/<html lang="en">[\s\S]*My agreements/);
    expect(() => overviewToHtml(completePlan(), 'nobody', 'nl')).toThrow(DomainError);
  });
});

describe('childBookToDocx()', () => {
  it('has a cover and a page per theme, each with its picture, on A4 or A5 paper', async () => {
    const blob = await childBookToDocx(completePlan(), 'd-mila', 'nl', 'A5');
    const doc = await readDocx(blob);
    expect(doc.documentXml).toMatch(/<w:pgSz w:w="8391" w:h="11906"/);
    expect(doc.documentXml.match(/<w:pageBreakBefore\/>/g)).toHaveLength(7);
    const zip = await JSZip.loadAsync(await blob.arrayBuffer());
    expect(Object.keys(zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f)).length).toBeGreaterThanOrEqual(8);
    expect(doc.allText).toContain('Het boek van Mila');
    expect(doc.allText).toContain('“Dat papa en mama weer ruzie maken als ik slaap.”');
    expect(doc.headerTexts).toEqual(['VERTROUWELIJK']);
    const a4 = await readDocx(await childBookToDocx(completePlan(), 'd-mila', 'nl', 'A4'));
    expect(a4.documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
  });

  it('asks the child to draw or write where the plan has nothing yet, and refuses an adult or unknown id', async () => {
    const empty = planWith({ evaluations: [], safetyPersons: [], childSignal: '' });
    const doc = await readDocx(await childBookToDocx(empty, 'd-daan', 'nl', 'A4'));
    expect(doc.allText).toContain('Samen kiezen we nog wie jouw veiligheidspersoon wordt.');
    expect(doc.allText).toContain('Samen spreken we nog een teken af.');
    expect(doc.allText).toContain('Hier mag je zelf iets schrijven of tekenen.');
    await expect(childBookToDocx(completePlan(), 'd-sanne', 'nl', 'A4')).rejects.toMatchObject({ code: 'EXPORT.NO_PERSON' });
  });
});

describe('sectionsToDocx()', () => {
  it('holds the title and only the chosen sections, in template order, ignoring numbers outside 1-9', async () => {
    const doc = await readDocx(await sectionsToDocx(completePlan(), [8, 3, 3, 42, 0], 'nl'));
    expect(doc.paragraphs[0]?.text).toBe('Veiligheidsplan van de familie Bakker-Yilmaz');
    expect(doc.paragraphs.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([numberedHeading(3), numberedHeading(8)]);
    expect(doc.allText).not.toContain('Oma haalt de kinderen op');
  });
});

describe('the full plan .docx, laid out', () => {
  it('gives every table fixed, explicit column widths that fill the text width', async () => {
    const doc = await readDocx(await planToDocx(completePlan(), 'nl'));
    const tables = [...doc.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(10);
    for (const table of tables) {
      expect(table).toMatch(/<w:tblLayout w:type="fixed"\/>/);
      const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
      expect([9638, 14570]).toContain(grid.reduce((a, b) => a + b, 0));
    }
  });

  it('puts the wide tables (informal network, changed conditions) on landscape pages, and the rest in portrait', async () => {
    const doc = await readDocx(await planToDocx(completePlan(), 'nl'));
    const sections = [...doc.documentXml.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections.some((s) => /w:orient="landscape"/.test(s))).toBe(true);
    const landscapeTables = [...doc.documentXml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)]
      .filter((m) => [...m[0].matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].reduce((sum, g) => sum + Number(g[1]), 0) === 14570)
      .map((m) => m[0]);
    expect(landscapeTables.some((t) => t.includes('Toestemming van directbetrokkenen'))).toBe(true);
    expect(landscapeTables.some((t) => t.includes('Nieuwe tekst'))).toBe(true);
    expect(doc.headerTexts.every((text) => text === 'VERTROUWELIJK')).toBe(true);
  });

  it('turns a list too wide even for landscape into a card per item, under the item\'s own heading', async () => {
    const plan = completePlan();
    const longWord = 'Kastanjestraat'.repeat(7);
    plan.socialNetwork[0] = { ...plan.socialNetwork[0]!, address: longWord };
    const doc = await readDocx(await planToDocx(plan, 'nl'));
    expect(doc.paragraphs.filter((p) => /^Netwerklid \d$/.test(p.text)).map((p) => p.text)).toEqual(['Netwerklid 1', 'Netwerklid 2', 'Netwerklid 3']);
    expect(doc.tables.some((t) => t.some((row) => row[0] === 'Adres' && row[1] === longWord))).toBe(true);
    expect(doc.tables.some((t) => t[0]?.includes('Relatie'))).toBe(false);
  });

  it('prints a date written in a free-text field as a date ("2 april 1990")', async () => {
    const doc = await readDocx(await planToDocx(completePlan(), 'nl'));
    expect(doc.tables.flat(2)).toContain('2 april 1990');
    expect(doc.tables.flat(2)).not.toContain('1990-04-02');
  });

  it("uses the organisation's name for the authority in the whole plan and in chosen sections", async () => {
    const organisation = organisationSettings('Samen Veilig');
    const whole = await readDocx(await planToDocx(completePlan(), 'nl', { organisation }));
    expect(whole.tables.flat(2)).toContain('Wanneer wordt Samen Veilig geïnformeerd?');
    const chosen = await readDocx(await sectionsToDocx(completePlan(), [6], 'nl', { organisation }));
    expect(chosen.tables.flat(2)).toContain('Wanneer wordt Samen Veilig geïnformeerd?');
    const standard = await readDocx(await sectionsToDocx(completePlan(), [6], 'nl'));
    expect(standard.tables.flat(2)).toContain('Wanneer wordt Veilig Thuis geïnformeerd?');
  });

  it('is reachable through the lazily loaded port', () => {
    expect(planExports.overviewToDocx).toBe(overviewToDocx);
    expect(planExports.childBookToDocx).toBe(childBookToDocx);
    expect(planExports.sectionsToDocx).toBe(sectionsToDocx);
  });
});
