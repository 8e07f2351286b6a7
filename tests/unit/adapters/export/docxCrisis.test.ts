import { planToDocx } from '../../../../src/adapters/export';
import { TEMPLATE } from '../../../../src/domain';
import { completePlan } from '../../../fixtures';
import { crisisPlan } from '../../../fixtures/crisisPlan';
import { readDocx, tableWithHeader } from './docxText';

const headingOf = (id: string) => TEMPLATE.find((s) => s.id === id)!.heading.nl;

describe('planToDocx(): the crisis variant and the joint analysis', () => {
  it('holds the referral, the bottom lines, the facilitator and the hand-over', async () => {
    const doc = await readDocx(await planToDocx(crisisPlan(), 'nl'));
    expect(doc.paragraphs.map((p) => p.text)).toEqual(expect.arrayContaining([headingOf('referral'), headingOf('handOver')]));
    for (const text of ['Veilig Thuis, team Oost', 'Geen geweld waar Mila en Daan bij zijn.', 'Iris de Wit', 'Crisisvariant', '28 oktober 2026']) {
      expect(doc.allText).toContain(text);
    }
  });

  it('repeats the bottom lines in section 3, beside the conditions', async () => {
    const doc = await readDocx(await planToDocx(crisisPlan(), 'nl'));
    const texts = doc.paragraphs.map((p) => p.text);
    const beside = texts.indexOf('Bodemeisen van de aanmelding (naast de voorwaarden)');
    expect(beside).toBeGreaterThan(texts.indexOf(headingOf('goals')));
    expect(beside).toBeLessThan(texts.indexOf(headingOf('agreements')));
    const header = ['Nr.', 'Eis', 'Actie nodig als'];
    expect(tableWithHeader(doc, header)?.flat()).toEqual(expect.arrayContaining(['De kinderen gaan elke schooldag naar school.']));
    // Once where they are kept (Aanmelding), once beside the conditions.
    expect(doc.tables.filter((t) => JSON.stringify(t[0]) === JSON.stringify(header))).toHaveLength(2);
  });

  it('leaves the bottom lines out of section 3 for a regular plan', async () => {
    const doc = await readDocx(await planToDocx(completePlan(), 'nl'));
    expect(doc.paragraphs.map((p) => p.text)).not.toContain('Bodemeisen van de aanmelding (naast de voorwaarden)');
  });

  it('writes whose view each concern is, all forms of violence, the decision, the Three Houses and the case direction', async () => {
    const doc = await readDocx(await planToDocx(completePlan(), 'nl'));
    for (const text of [
      'Wiens kijk is dit?', 'Het gezin', 'Het netwerk',
      'Seksueel misbruik', 'Besproken met beide ouders en met Mila: speelt niet.', 'Eerder geweld',
      'Structurele onveiligheid', 'Veilig Thuis is geraadpleegd', '10 november 2026',
      'Huis van de dromen', 'Dat iedereen rustig praat.',
      'Casusregie op de veiligheid', 'Lotte Smit',
    ]) {
      expect(doc.allText).toContain(text);
    }
  });
});
