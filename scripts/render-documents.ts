/**
 * Renders the documents a family and its network receive, from the example plans, the way a person sees them:
 * .docx → PDF with LibreOffice → text (pdftotext) and a page image (pdftoppm). The acceptance test
 * (tests/unit/adapters/export/documentsRendered.test.ts) uses the same function; run this script to refresh the
 * page images under docs/screenshots/: `npx tsx scripts/render-documents.ts`.
 * Needs `soffice`, `pdftotext` and `pdftoppm` (Debian: libreoffice-writer-nogui poppler-utils).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { childBookToDocx, overviewToDocx, overviewToHtml, planToDocx } from '../src/adapters/export';
import { parsePlan } from '../src/domain';
import type { Plan } from '../src/domain';
import completeJson from '../tests/fixtures/plans/complete.json';
import firstDraftJson from '../tests/fixtures/plans/first-draft.json';

export interface RenderedDocument {
  name: string;
  docx: string;
  pdf: string;
  /** The docx's own text, to tell a word LibreOffice broke from a word the plan holds. */
  source: Blob;
}

function fixture(json: unknown): Plan {
  const result = parsePlan(structuredClone(json));
  if (!result.ok) throw new Error('An example plan does not parse.');
  return result.plan;
}

export const EXAMPLE_PLANS = { complete: fixture(completeJson), firstDraft: fixture(firstDraftJson) };

/** The documents of the acceptance criteria, by file name. */
export async function exampleDocuments(): Promise<Record<string, Blob>> {
  const { complete, firstDraft } = EXAMPLE_PLANS;
  return {
    'plan-complete': await planToDocx(complete, 'nl'),
    'plan-first-draft': await planToDocx(firstDraft, 'nl'),
    'plan-complete-en': await planToDocx(complete, 'en'),
    'overview-network-member': await overviewToDocx(complete, 's-ria', 'nl'),
    'overview-professional': await overviewToDocx(complete, 'p-lotte', 'nl'),
    'overview-parent-en': await overviewToDocx(complete, 'd-sanne', 'en'),
    'child-book-a4': await childBookToDocx(complete, 'd-mila', 'nl', 'A4'),
    'child-book-a5': await childBookToDocx(complete, 'd-daan', 'nl', 'A5'),
  };
}

export function hasRenderTools(): boolean {
  try {
    execFileSync('soffice', ['--version'], { stdio: 'ignore' });
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/**
 * Writes the documents to a fresh folder and converts them all in one LibreOffice call (one start-up instead of one
 * per file), with a profile of its own so parallel runs do not share LibreOffice's lock.
 */
export async function renderDocuments(documents: Record<string, Blob>): Promise<{ folder: string; rendered: RenderedDocument[] }> {
  const folder = mkdtempSync(path.join(tmpdir(), 'vp-documents-'));
  const rendered: RenderedDocument[] = [];
  for (const [name, blob] of Object.entries(documents)) {
    const docx = path.join(folder, `${name}.docx`);
    writeFileSync(docx, Buffer.from(await blob.arrayBuffer()));
    rendered.push({ name, docx, pdf: path.join(folder, `${name}.pdf`), source: blob });
  }
  execFileSync('soffice', [
    `-env:UserInstallation=file://${path.join(folder, 'profile')}`,
    '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', folder,
    ...rendered.map((d) => d.docx),
  ], { stdio: 'ignore', timeout: 180_000 });
  return { folder, rendered };
}

export function pdfText(pdf: string): string {
  return execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
}

export function pdfPages(pdf: string): number {
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** The first page as a PNG at 60 dpi. */
export function firstPageImage(pdf: string, target: string): void {
  pageImage(pdf, 1, target);
}

/** Page `page` (1-based) as a PNG at 60 dpi. */
export function pageImage(pdf: string, page: number, target: string): void {
  const stem = path.join(path.dirname(pdf), `${path.basename(pdf, '.pdf')}-page-${page}`);
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', String(page), '-l', String(page), '-singlefile', pdf, stem]);
  copyFileSync(`${stem}.png`, target);
}

/** The 1-based number of the first page whose text holds `text`, or 0. */
export function pageWith(pdf: string, text: string): number {
  return pdfText(pdf).split('\f').findIndex((page) => page.includes(text)) + 1;
}

/** The print-ready HTML overview, printed by headless Chromium to PDF, so it is checked like the .docx files. */
async function renderOverviewHtml(folder: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.setContent(overviewToHtml(EXAMPLE_PLANS.complete, 's-ria', 'nl'));
    const pdf = path.join(folder, 'overview-html.pdf');
    await page.pdf({ path: pdf, preferCSSPageSize: true });
    return pdf;
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const { folder, rendered } = await renderDocuments(await exampleDocuments());
  const out = path.resolve(__dirname, '../docs/screenshots');
  mkdirSync(out, { recursive: true });
  const htmlPdf = await renderOverviewHtml(folder);
  firstPageImage(htmlPdf, path.join(out, 'document-overview-html.png'));
  console.log(`overview-html: ${pdfPages(htmlPdf)} page(s) → docs/screenshots/document-overview-html.png`);
  for (const doc of rendered) {
    const target = path.join(out, `document-${doc.name}.png`);
    firstPageImage(doc.pdf, target);
    console.log(`${doc.name}: ${pdfPages(doc.pdf)} page(s) → ${path.relative(process.cwd(), target)}`);
  }
  rmSync(folder, { recursive: true, force: true });
}

if (require.main === module) void main();
