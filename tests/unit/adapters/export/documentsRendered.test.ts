/**
 * @jest-environment node
 */
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { exampleDocuments, hasRenderTools, pageImage, pageWith, pdfPages, pdfText, renderDocuments } from '../../../../scripts/render-documents';
import type { RenderedDocument } from '../../../../scripts/render-documents';
import { readDocx } from './docxText';

/**
 * Acceptance: the documents as a person sees them. Each example document goes through LibreOffice to PDF (one
 * soffice call for all of them) and pdftotext. LibreOffice breaks a word mid-word only when its column is too narrow,
 * so a PDF word that the document does not hold is a broken word.
 */

const TOOLS = hasRenderTools();
const describeRendered = TOOLS ? describe : describe.skip;
if (!TOOLS) {
  // Said once, plainly, so a skipped run is not mistaken for a pass. .ci/run installs both.
  console.warn('documentsRendered: skipped, soffice or pdftotext is missing (apt-get install -y libreoffice-writer-nogui poppler-utils)');
}

/**
 * Page bounds for the example plans: a regression that spreads a document out shows here. The complete plan holds the
 * referral, the joint analysis (forms of violence, the decision, case direction) and the incident log besides the 9 sections: 11 pages in Dutch, 14 in English (longer words, more landscape tables).
 */
const MAX_PAGES: Record<string, number> = {
  // Schema version 5 adds the family's agreement and the reasons beside the parts they stand in for: one page more.
  'plan-complete': 13,
  'plan-first-draft': 9,
  'plan-complete-en': 14,
  'overview-network-member': 1,
  'overview-professional': 1,
  'overview-parent-en': 1,
  'child-book-a4': 9,
  'child-book-a5': 10,
};

/** Words as a line may wrap between them: at spaces, after a hyphen, at a zero-width space. */
function words(text: string): string[] {
  return text.split(/[\s\u200B]+/).flatMap((w) => w.split(/(?<=-)/)).map((w) => w.trim()).filter((w) => w.length > 0);
}

interface Checked {
  doc: RenderedDocument;
  text: string;
  pages: number;
  sourceWords: Set<string>;
  headers: string[];
  headings: string[];
}

describeRendered('documents rendered by LibreOffice', () => {
  let folder = '';
  const checked = new Map<string, Checked>();

  beforeAll(async () => {
    const result = await renderDocuments(await exampleDocuments());
    folder = result.folder;
    for (const doc of result.rendered) {
      const source = await readDocx(doc.source);
      const headerRows = [...source.documentXml.matchAll(/<w:tr>(?:(?!<\/w:tr>)[\s\S])*?<w:tblHeader\/>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
      const headers = headerRows.flatMap((row) => [...row.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? ''));
      const sourceText = [source.allText, ...source.tables.flat(2), ...source.headerTexts, source.footerXml.replace(/<[^>]+>/g, ' ')].join('\n');
      // pdftotext drops zero-width spaces: a line not broken at one prints the word whole.
      const sourceWords = new Set([...words(sourceText), ...words(sourceText.replace(/\u200B/g, ''))]);
      const headings = source.paragraphs.filter((p) => /^(Heading\d|Title)$/.test(p.style ?? '')).map((p) => p.text);
      checked.set(doc.name, { doc, text: pdfText(doc.pdf), pages: pdfPages(doc.pdf), sourceWords, headers, headings });
    }
  }, 240_000);

  afterAll(() => {
    if (folder) rmSync(folder, { recursive: true, force: true });
  });

  const get = (name: string): Checked => {
    const found = checked.get(name);
    if (!found) throw new Error(`${name} was not rendered`);
    return found;
  };

  it.each(Object.keys(MAX_PAGES))('%s renders to a PDF within its page bound', (name) => {
    const { pages } = get(name);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(MAX_PAGES[name] ?? 0);
  });

  it.each(Object.keys(MAX_PAGES))('%s: every column header appears as whole words', (name) => {
    const { text, headers } = get(name);
    const pdfWords = new Set(words(text));
    const missing = headers.flatMap(words).filter((w) => !pdfWords.has(w));
    expect(missing).toEqual([]);
  });

  it.each(Object.keys(MAX_PAGES))('%s: no word is broken mid-word anywhere on the page', (name) => {
    const { text, sourceWords } = get(name);
    // Page numbers are fields: their digits are not in the document's text.
    const broken = words(text).filter((w) => !sourceWords.has(w) && !/^\d+$/.test(w));
    expect(broken).toEqual([]);
  });

  it.each(Object.keys(MAX_PAGES))('%s: no page ends with a heading (headings keep with their tables)', (name) => {
    const { text, headings } = get(name);
    const lastLines = text.split('\f').map((page) => page.split('\n').map((line) => line.trim())
      .filter((line) => line !== '' && !/^(Pagina|Page) \d+ (van|of) \d+$/.test(line)).pop() ?? '');
    expect(lastLines.filter((line) => headings.some((h) => h === line || h.endsWith(` ${line}`)))).toEqual([]);
  });

  it("the complete plan shows the family's agreement per parent, and the phase as a step of the plan, not a verdict", () => {
    const { text, doc } = get('plan-complete');
    for (const words of ['Instemming van het gezin', 'Stemt in', 'Tijdens het netwerkberaad', 'Op papier', '20 november 2026']) expect(text).toContain(words);
    expect(text).toMatch(/Fase van het plan\s+Fase 2: werken aan stabiele veiligheid/);
    expect(text).not.toMatch(/Fase\s+Stabiele veiligheid/);
    // The yes/no "moet geïnformeerd worden" is no longer printed: everyone absent is in section 7, so it applied to nobody.
    expect(text).not.toMatch(/Moet geïnformeerd worden/i);
    expect(get('plan-complete-en').text).toContain("The family's agreement");
    // The page as a person sees it: rendered to an image (checked by eye when this test was written: the table of both
    // parents' agreement with their words, date and way given).
    const page = pageWith(doc.pdf, 'Instemming van het gezin');
    expect(page).toBeGreaterThan(0);
    const png = path.join(folder, 'family-agreement.png');
    pageImage(doc.pdf, page, png);
    const image = readFileSync(png);
    expect(image.subarray(1, 4).toString('ascii')).toBe('PNG');
    // A blank A4 page at 60 dpi packs into a few kB; a page with tables and text is several times that.
    expect(image.length).toBeGreaterThan(15_000);
  });

  it('the full plan has its column headers in tables that fit: "Telefoon", "Contactgegevens", "Toestemming van directbetrokkenen"', () => {
    const { headers, text } = get('plan-complete');
    expect(headers).toEqual(expect.arrayContaining(['Telefoon', 'Contactgegevens', 'Toestemming van directbetrokkenen']));
    for (const word of ['Telefoon', 'Contactgegevens', 'directbetrokkenen', 'Buurvrouw']) expect(words(text)).toContain(word);
  });

  it('prints dates in Dutch ("2 april 1990"), in English for en, and no ISO date anywhere', () => {
    expect(get('plan-complete').text).toMatch(/2 april 1990/);
    expect(get('plan-complete').text).toMatch(/18 februari 2027/);
    expect(get('plan-complete-en').text).toMatch(/2 April 1990/);
    expect(get('overview-network-member').text).toMatch(/20 januari 2027/);
    expect(get('overview-parent-en').text).toMatch(/20 January 2027/);
    for (const { text } of checked.values()) expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
  });

  it('keeps "Vertrouwelijk" at the top of every page of every document', () => {
    for (const [name, { text, pages }] of checked) {
      const marks = (text.match(/VERTROUWELIJK|CONFIDENTIAL/g) ?? []).length;
      expect({ name, marks }).toEqual({ name, marks: pages });
    }
  });

  it("the overviews hold the person's own part: a network member's agreement, a professional's, and whom to call", () => {
    const network = get('overview-network-member').text;
    expect(network).toMatch(/Mijn afspraken/);
    expect(network).toMatch(/Ria Bakker/);
    expect(network).toMatch(/Oma haalt de kinderen op/);
    expect(network).toMatch(/Jij bent de veiligheidsregisseur/);
    expect(network).toMatch(/Wanneer bellen we Veilig Thuis\?/);
    const professional = get('overview-professional').text;
    expect(professional).toMatch(/Lotte Smit/);
    expect(professional).toMatch(/Moeder en de gezinsbegeleider bespreken/);
    expect(professional).not.toMatch(/Oma haalt de kinderen op/);
  });

  it("the children's book has its pages, one theme each, with the child's own words", () => {
    const book = get('child-book-a4');
    for (const heading of ['Het boek van Mila', 'Wat is er gebeurd?', 'Wie maakten zich zorgen?', 'Wat hebben de grote mensen afgesproken?',
      'Mijn veiligheidspersoon', 'Mijn teken', 'Waar ligt het plan?', 'Wat ik zelf zei']) {
      expect(book.text).toContain(heading);
    }
    expect(book.text).toMatch(/Dat papa en mama weer ruzie maken als ik slaap/);
    expect(book.text).toMatch(/Joke de Wit/);
    // Daan has Ria as his only safety person: Joke is Mila's.
    expect(get('child-book-a5').text).not.toMatch(/Joke de Wit \(Buurvrouw\): 06/);
  });

  it('the A5 book is on A5 paper and the A4 one on A4 (points: 420 × 595 and 595 × 842)', () => {
    const size = (name: string): string => /Page size:\s+([\d.]+ x [\d.]+)/.exec(execFileSync('pdfinfo', [get(name).doc.pdf], { encoding: 'utf8' }))?.[1] ?? '';
    expect(size('child-book-a5')).toMatch(/^419\.\d+ x 595\.\d+$|^420 x 595/);
    expect(size('child-book-a4')).toMatch(/^595\.\d* x 841\.\d+$|^595 x 842/);
  });
});
