import { AlignmentType, Document, Footer, Header, Packer, PageNumber, PageOrientation, Paragraph, TextRun } from 'docx';
import type { ISectionOptions, IStylesOptions, Table } from 'docx';
import type { Locale } from '../../domain';
import { translate } from '../../i18n';
import { exportMessages as m } from '../../i18n/areas/export';
import { BODY_SIZE, FONT, LandscapePart, MARGIN, PAPER } from './docxLayout';
import type { Block, PaperSize } from './docxLayout';

/** The page, header and footer every document shares, and the packing to a Blob. */

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

const INK = '000000';
const HEADING_INK = '1F3864';

/** Sizes are in half-points. Headings keep with what follows them, so a heading never ends a page alone. */
export const STYLES: IStylesOptions = {
  default: {
    document: { run: { font: FONT, size: BODY_SIZE, color: INK }, paragraph: { spacing: { after: 60 } } },
    title: { run: { font: FONT, size: 34, bold: true, color: HEADING_INK }, paragraph: { spacing: { after: 120 }, keepNext: true } },
    heading1: { run: { font: FONT, size: 27, bold: true, color: HEADING_INK }, paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, keepLines: true } },
    heading2: { run: { font: FONT, size: 23, bold: true, color: INK }, paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, keepLines: true } },
    heading3: { run: { font: FONT, size: 21, bold: true, color: INK }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true, keepLines: true } },
    heading4: { run: { font: FONT, size: BODY_SIZE, bold: true, italics: true, color: INK }, paragraph: { spacing: { before: 120, after: 60 }, keepNext: true } },
  },
};

export interface FrameOptions {
  paper?: PaperSize;
  landscape?: boolean;
  /** A footer with "Pagina 1 van 3"; a one-page overview goes without. */
  pageNumbers?: boolean;
  /** A line in small italics in the footer, instead of the page numbers. */
  footerNote?: string;
  /** Margins in twips; 2 cm unless given. */
  margin?: number;
}

function footerOf(locale: Locale, options: FrameOptions): Footer | null {
  if (options.footerNote) {
    return new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: options.footerNote, italics: true, size: 16 })] })] });
  }
  if (options.pageNumbers === false) return null;
  return new Footer({
    children: [new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({
        size: 16,
        children: [`${translate(m['docx.page'], locale)} `, PageNumber.CURRENT, ` ${translate(m['docx.of'], locale)} `, PageNumber.TOTAL_PAGES],
      })],
    })],
  });
}

/** The "Vertrouwelijk" header on every page, and the page numbers in the footer. */
export function pageFrame(locale: Locale, options: FrameOptions = {}): Pick<ISectionOptions, 'headers' | 'footers' | 'properties'> {
  const paper = PAPER[options.paper ?? 'A4'];
  const margin = options.margin ?? MARGIN;
  const footer = footerOf(locale, options);
  return {
    properties: {
      page: {
        size: { ...paper, orientation: options.landscape ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT },
        margin: { top: margin, right: margin, bottom: margin, left: margin, header: Math.round(margin / 2), footer: Math.round(margin / 2) },
      },
    },
    headers: {
      default: new Header({
        children: [new Paragraph({
          alignment: AlignmentType.RIGHT,
          children: [new TextRun({ text: translate(m['docx.confidential'], locale).toUpperCase(), bold: true, size: 16 })],
        })],
      }),
    },
    footers: footer ? { default: footer } : {},
  };
}

/** A few portrait blocks between two landscape parts (a one-row table) stay on the landscape pages rather than take a page of their own. */
const SHORT_INTERLUDE = 3;

function orientations(blocks: ReadonlyArray<Block>): boolean[] {
  const landscape = blocks.map((block) => block instanceof LandscapePart);
  let start = -1;
  landscape.forEach((wide, i) => {
    if (!wide) return;
    if (start >= 0 && i - start - 1 > 0 && i - start - 1 <= SHORT_INTERLUDE) landscape.fill(true, start + 1, i);
    start = i;
  });
  return landscape;
}

/** Splits the blocks into portrait and landscape sections, each with the same header and footer. */
export function sectionsOf(blocks: ReadonlyArray<Block>, locale: Locale, options: FrameOptions = {}): ISectionOptions[] {
  const sections: ISectionOptions[] = [];
  const wideAt = orientations(blocks);
  let run: Array<Paragraph | Table> = [];
  let landscape = false;
  const flush = (): void => {
    if (run.length > 0) sections.push({ ...pageFrame(locale, { ...options, landscape }), children: run });
    run = [];
  };
  blocks.forEach((block, i) => {
    const wide = wideAt[i] === true;
    if (wide !== landscape) {
      flush();
      landscape = wide;
    }
    if (block instanceof LandscapePart) run.push(...block.blocks);
    else run.push(block);
  });
  flush();
  return sections;
}

/** What kind of document: it decides the neutral title in the document's properties. */
export type DocumentKind = 'plan' | 'overview' | 'childBook';

const PROPERTY_TITLE = { plan: 'docx.property.plan', overview: 'docx.property.overview', childBook: 'docx.property.childBook' } as const;
const APP_NAME = 'Veiligheidsplan';

/**
 * The document properties (docProps/core.xml) name the kind of document only, never the family or a child (issue 25):
 * SharePoint promotes `dc:title` to the library's Title column and its search index, and Word and Explorer show it
 * to anyone the file reaches, where the neutral file names avoid names. Nothing from the plan goes into the
 * properties, so subject, keywords and description stay empty and the author is the app, not a person.
 */
export function documentOf(kind: DocumentKind, locale: Locale, sections: ISectionOptions[]): Document {
  const title = translate(m[PROPERTY_TITLE[kind]], locale);
  return new Document({ title, creator: APP_NAME, lastModifiedBy: APP_NAME, styles: STYLES, sections });
}

/** Packed to an ArrayBuffer and wrapped, rather than Packer.toBlob, so that it behaves the same in browsers and under jsdom. */
export async function packDocx(document: Document): Promise<Blob> {
  const buffer = await Packer.toArrayBuffer(document);
  return new Blob([buffer], { type: DOCX_MIME });
}
