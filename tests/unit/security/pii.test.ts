/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PiiWatch, piiOf } from '../../e2e/pii';

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
