import JSZip from 'jszip';
import { childBookToDocx, overviewToDocx, planToDocx, sectionsToDocx } from '../../../../src/adapters/export';
import type { Plan } from '../../../../src/domain';
import { completePlan } from '../../../fixtures';
import { crisisPlan } from '../../../fixtures/crisisPlan';
import { planFileName } from '../../../../src/ui/download';
import { piiOf } from '../../../e2e/pii';
import type { Needle } from '../../../e2e/pii';

/**
 * Issue 25 item 6 (security review finding 11): a .docx's properties name the kind of document only. SharePoint
 * promotes dc:title to the library's Title column and search index; Word, Explorer and mail clients show the
 * properties to whoever the file reaches.
 */

const PROPERTY_PARTS = ['docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml'];

async function propertiesOf(blob: Blob): Promise<{ text: string; title: string | null }> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer());
  const parts = await Promise.all(PROPERTY_PARTS.map(async (part) => (await zip.file(part)?.async('string')) ?? ''));
  const text = parts.join('\n');
  return { text, title: /<dc:title>([^<]*)<\/dc:title>/.exec(text)?.[1] ?? null };
}

function needlesOf(plan: Plan): Needle[] {
  return piiOf(JSON.parse(JSON.stringify(plan)) as Parameters<typeof piiOf>[0]);
}

function namesIn(text: string, needles: readonly Needle[]): string[] {
  const lower = text.toLowerCase();
  return needles.filter((n) => lower.includes(n.text.toLowerCase())).map((n) => `${n.field}: ${n.text}`);
}

const closed = (): Plan => ({
  ...completePlan(), status: 'closed', closure: { outcome: 'safe-enough', reason: 'Oma Ria heeft het overgenomen.', date: '2026-11-24', despiteReason: '', despiteById: null },
});

describe('document properties of every .docx export', () => {
  const kinds: Array<[string, () => Promise<Blob>, string, Plan]> = [
    ['the whole plan', () => planToDocx(completePlan(), 'nl'), 'Veiligheidsplan', completePlan()],
    ['a crisis plan', () => planToDocx(crisisPlan(), 'nl'), 'Veiligheidsplan', crisisPlan()],
    ['a copy of chosen sections', () => sectionsToDocx(completePlan(), [3, 8], 'nl'), 'Veiligheidsplan', completePlan()],
    ['"Mijn afspraken"', () => overviewToDocx(completePlan(), 's-ria', 'nl'), 'Mijn afspraken', completePlan()],
    ["the child's book", () => childBookToDocx(completePlan(), 'd-mila', 'nl', 'A4'), 'Kinderboek', completePlan()],
    ['the whole plan in English', () => planToDocx(completePlan(), 'en'), 'Safety plan', completePlan()],
  ];

  it.each(kinds)('%s has a neutral title and no name, address, phone or e-mail in core, app or custom properties', async (_label, make, title, plan) => {
    const properties = await propertiesOf(await make());
    expect(properties.title).toBe(title);
    expect(namesIn(properties.text, needlesOf(plan))).toEqual([]);
    // Nothing from the plan: no subject, keywords or description; the author is the app, not "Un-named" or a person.
    expect(properties.text).not.toMatch(/<dc:subject>|<cp:keywords>|<dc:description>/);
    expect(properties.text).toContain('<dc:creator>Veiligheidsplan</dc:creator>');
    expect(properties.text).toContain('<cp:lastModifiedBy>Veiligheidsplan</cp:lastModifiedBy>');
  });

  it("still shows the family's name inside the whole plan, where the reader expects it", async () => {
    const zip = await JSZip.loadAsync(await (await planToDocx(completePlan(), 'nl')).arrayBuffer());
    expect(await zip.file('word/document.xml')!.async('string')).toContain('Veiligheidsplan van de familie Bakker-Yilmaz');
  });

  it("leaves a closed plan's closure and its reason out of a copy of chosen sections, but not out of the whole plan", async () => {
    const text = async (blob: Blob) => (await (await JSZip.loadAsync(await blob.arrayBuffer())).file('word/document.xml')!.async('string'));
    expect(await text(await sectionsToDocx(closed(), [4], 'nl'))).not.toContain('Oma Ria heeft het overgenomen.');
    expect(await text(await planToDocx(closed(), 'nl'))).toContain('Oma Ria heeft het overgenomen.');
  });
});

describe('download file names (planFileName)', () => {
  it('carry the start of a minted id, and nothing of a free-text id from an older import', () => {
    expect(planFileName('3F2504E0-4F89-41D3-9A0C-0305E82C3301', 'docx')).toBe('veiligheidsplan-3f2504e0.docx');
    expect(planFileName('familie-jansen-2024', 'docx')).toBe('veiligheidsplan.docx');
    expect(planFileName('bakker-yilmaz', 'json')).toBe('veiligheidsplan.json');
  });
});
