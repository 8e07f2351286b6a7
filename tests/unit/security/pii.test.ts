/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { childBookToDocx, overviewToDocx, planToDocx, sectionsToDocx } from '../../../src/adapters/export';
import { PiiWatch, piiOf } from '../../e2e/pii';
import { wordLinkOf } from '../../e2e/wordLink';
import { completePlan } from '../../fixtures';

const plan = JSON.parse(readFileSync(path.resolve(__dirname, '../../fixtures/plans/complete.json'), 'utf8')) as Parameters<typeof piiOf>[0];

describe('piiOf()', () => {
  const texts = piiOf(plan).map((n) => n.text);

  it('collects the family name, every person\'s name and its parts, phone numbers (also as digits), e-mail addresses and addresses', () => {
    for (const expected of ['Bakker-Yilmaz', 'Yilmaz', 'Sanne Bakker', 'Sanne', 'Ria Bakker', 'Lotte Smit', 'Smit', '06-00000001', '0600000001',
      'sanne.bakker@voorbeeld.invalid', 'l.smit@wijkteam-voorbeeld.invalid', 'Lindelaan 4, Voorbeelddorp', 'Lindelaan']) {
      expect(texts).toContain(expected);
    }
  });

  it('leaves out particles and words too short to tell from ordinary text', () => {
    for (const word of ['van', 'de', 'Wit', 'Dam', 'via']) expect(texts).not.toContain(word);
  });
});

describe('PiiWatch', () => {
  it('finds a name as a whole word in any case, says where, and ignores longer words that contain it', () => {
    const watch = new PiiWatch([{ text: 'Noor', field: 'directPersons[0].name' }]);
    watch.checkText('an .ics file', 'SUMMARY:Wijkteam Noord');
    expect(watch.found).toEqual([]);
    watch.checkText('an .ics file', 'DESCRIPTION:gesprek met noor en oma');
    expect(watch.found.map((h) => h.where)).toEqual(['an .ics file']);
    expect(() => watch.assertClean()).toThrow(/directPersons\[0\]\.name "Noor" in an \.ics file/);
  });

  it('passes when nothing was found', () => {
    const watch = new PiiWatch(piiOf(plan));
    watch.checkText('a file name', 'veiligheidsplan-3f2a9c1b.docx');
    expect(() => watch.assertClean()).not.toThrow();
  });
});

describe('PiiWatch.checkDocx() (issue 25: document properties and the Word link)', () => {
  const needles = piiOf(plan);

  async function docxWith(parts: Record<string, string>): Promise<Uint8Array> {
    const zip = new JSZip();
    for (const [name, text] of Object.entries(parts)) zip.file(name, text);
    return zip.generateAsync({ type: 'uint8array' });
  }

  it("finds the family's name in a title, an author in app.xml and a custom property, each with its part", async () => {
    const watch = new PiiWatch(needles);
    await watch.checkDocx('the .docx', await docxWith({
      'docProps/core.xml': '<cp:coreProperties><dc:title>Veiligheidsplan van de familie Bakker-Yilmaz</dc:title><dc:creator>Veiligheidsplan</dc:creator></cp:coreProperties>',
      'docProps/app.xml': '<Properties><Company>Wijkteam</Company><Manager>Lotte Smit</Manager></Properties>',
      'docProps/custom.xml': '<Properties><property name="Kind"><vt:lpwstr>Mila</vt:lpwstr></property></Properties>',
      'word/document.xml': '<w:document><w:body><w:p><w:r><w:t>Veiligheidsplan van de familie Bakker-Yilmaz</w:t></w:r></w:p></w:body></w:document>',
    }));
    const places = new Set(watch.found.map((h) => h.where));
    expect([...places].sort()).toEqual(['the .docx docProps/app.xml', 'the .docx docProps/core.xml', 'the .docx docProps/custom.xml']);
    expect(watch.checked.docxProperties).toBe(3);
  });

  it("finds an e-mail address in Word's hidden link (vp:meta), and leaves the document's body alone", async () => {
    const watch = new PiiWatch(needles);
    const link = '{"plan":{"id":"3f2a"},"copyShares":[{"email":"sanne.bakker@voorbeeld.invalid"}]}'.replace(/"/g, '&quot;');
    await watch.checkDocx('the .docx', await docxWith({
      'docProps/core.xml': '<cp:coreProperties><dc:title>Veiligheidsplan</dc:title></cp:coreProperties>',
      'word/document.xml': `<w:document><w:body><w:p><w:r><w:t>Sanne Bakker</w:t></w:r></w:p><w:sdt><w:sdtPr><w:tag w:val="vp:meta"/></w:sdtPr><w:sdtContent><w:p><w:r><w:t xml:space="preserve">${link}</w:t></w:r></w:p></w:sdtContent></w:sdt></w:body></w:document>`,
    }));
    // The address, and the name parts it spells; nothing from the body, which names the family on purpose.
    expect(new Set(watch.found.map((h) => h.where))).toEqual(new Set(['the .docx vp:meta']));
    expect(watch.found.map((h) => h.needle.text)).toContain('sanne.bakker@voorbeeld.invalid');
    expect(watch.checked.wordLinks).toBe(1);
  });

  it('passes every .docx the app exports today, and the Word link of the example plan with ids as the app makes them', async () => {
    const watch = new PiiWatch(needles);
    const fixture = completePlan();
    for (const [where, blob] of [
      ['plan', await planToDocx(fixture, 'nl')], ['sections', await sectionsToDocx(fixture, [4], 'nl')],
      ['overview', await overviewToDocx(fixture, 's-ria', 'nl')], ['book', await childBookToDocx(fixture, 'd-mila', 'nl', 'A5')],
    ] as const) await watch.checkDocx(where, new Uint8Array(await blob.arrayBuffer()));
    watch.checkWordLink('the Word link', wordLinkOf(fixture));
    expect(watch.found).toEqual([]);
    expect(watch.checked.docxProperties).toBe(12);
  });
});
