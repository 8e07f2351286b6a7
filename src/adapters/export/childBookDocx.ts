import { AlignmentType, BorderStyle, HeightRule, ImageRun, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { DomainError, childBook } from '../../domain';
import type { ChildBook, Locale, Plan } from '../../domain';
import type { DocxOptions } from '../../app/ports';
import { translate } from '../../i18n';
import { documentMessages as m } from '../../i18n/areas/documents';
import { BOOK_PICTURES } from './bookPictures.generated';
import type { BookPicture } from './bookPictures.generated';
import { MARGIN, PAPER, measure, textRuns, textWidthOf } from './docxLayout';
import type { PaperSize } from './docxLayout';
import { documentOf, packDocx, sectionsOf } from './docxFrame';
import { formatIsoDate } from './values';

/**
 * The Words & Pictures book of one child (seed 004 section 7, seed 001): a page per theme, each with a picture,
 * a short heading and the plan's words, large enough to read together. Pages with little text get a frame to draw in:
 * the grown-ups make the book with the child.
 */

/** Sizes per paper, in half-points and pixels: an A5 booklet is read up close, so its type shrinks less than its page. */
const LOOK: Readonly<Record<PaperSize, { heading: number; text: number; title: number; picture: number; drawHeight: number }>> = {
  A4: { heading: 40, text: 28, title: 56, picture: 150, drawHeight: 6000 },
  A5: { heading: 32, text: 24, title: 44, picture: 110, drawHeight: 4000 },
};
/** A drawing frame lower than this (twips, about 2 cm) is not worth drawing in; the page goes without. */
const SMALLEST_FRAME = 1130;
const LINE_SPACING = 320;
const PARAGRAPH_AFTER = 140;
const PIXEL = 15; // twips per pixel at 96 dpi
const INK = '1F3864';

interface Page {
  picture: BookPicture;
  heading: string;
  /** Lines; a line that starts a new thought is a paragraph of its own. */
  lines: Array<{ text: string; bold?: boolean; quote?: boolean }>;
  drawPrompt?: string;
}

function pictureBytes(picture: BookPicture): Uint8Array {
  const binary = atob(BOOK_PICTURES[picture]);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

function pages(book: ChildBook, locale: Locale): Page[] {
  const t = (key: keyof typeof m, values?: Readonly<Record<string, string | number>>): string => translate(m[key], locale, values);
  const person = (p: { name: string; about: string }): string => (p.about ? `${p.name} (${p.about})` : p.name);
  const quote = (text: string): Page['lines'] => (text ? [{ text: `“${text}”`, quote: true }] : []);
  return [
    {
      picture: 'happened',
      heading: t('book.happened.heading'),
      lines: book.whatHappened.length > 0 ? book.whatHappened.map((text) => ({ text })) : [{ text: t('book.happened.none') }],
    },
    {
      picture: 'worried',
      heading: t('book.worried.heading'),
      lines: [{ text: t('book.worried.intro') }, ...book.worriedGrownUps.map((p) => ({ text: `• ${person(p)}` }))],
    },
    {
      picture: 'agreed',
      heading: t('book.agreed.heading'),
      lines: [
        ...quote(book.agreementsInChildWords),
        ...book.agreements.map((a) => ({ text: a.who.length > 0 ? `• ${t('book.agreed.who', { names: a.who.join(', ') })} ${a.what}` : `• ${a.what}` })),
      ],
    },
    {
      picture: 'safetyPerson',
      heading: t('book.safetyPerson.heading'),
      lines: book.safetyPersons.length > 0
        ? [
          { text: t('book.safetyPerson.intro') },
          ...book.safetyPersons.map((p) => ({ text: p.contact ? `${person(p)}: ${p.contact}` : person(p), bold: true })),
          ...quote(book.safetyPersonInChildWords),
        ]
        : [{ text: t('book.safetyPerson.none') }, ...quote(book.safetyPersonInChildWords)],
    },
    {
      picture: 'signal',
      heading: t('book.signal.heading'),
      lines: book.signal
        ? [
          { text: t('book.signal.sign'), bold: true }, { text: book.signal },
          ...(book.signalResponse ? [{ text: t('book.signal.then'), bold: true }, { text: book.signalResponse }] : []),
          ...quote(book.whenUnsafeInChildWords),
        ]
        : [{ text: t('book.signal.none') }, ...quote(book.whenUnsafeInChildWords)],
    },
    {
      picture: 'where',
      heading: t('book.where.heading'),
      lines: book.planLocationInChildWords
        ? quote(book.planLocationInChildWords)
        : [{ text: book.planLocation }],
    },
    {
      picture: 'words',
      heading: t('book.words.heading'),
      lines: book.ownWords.flatMap((voice) => [
        ...(voice.date ? [{ text: t('book.words.date', { date: formatIsoDate(voice.date, locale) }), bold: true }] : []),
        ...(voice.worries ? [{ text: t('book.words.worries') }, ...quote(voice.worries)] : []),
        ...(voice.feelsSafeWhen ? [{ text: t('book.words.safeWhen') }, ...quote(voice.feelsSafeWhen)] : []),
        ...(voice.score !== null ? [{ text: t('book.words.score', { score: voice.score }) }] : []),
      ]),
      drawPrompt: t('book.words.none'),
    },
  ];
}

/** The picture's alternative text is the page's heading: the picture only illustrates it. */
function picture(which: BookPicture, pixels: number, alt: string): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 120 },
    children: [new ImageRun({ type: 'png', data: pictureBytes(which), transformation: { width: pixels, height: pixels }, altText: { name: which, title: alt, description: alt } })],
  });
}

/** A dashed frame to draw or write in, with its prompt in small letters. */
function drawFrame(prompt: string, width: number, height: number): Table {
  const dashed = { style: BorderStyle.DASHED, size: 8, color: '8EA9DB' } as const;
  return new Table({
    width: { size: width, type: WidthType.DXA },
    columnWidths: [width],
    borders: { top: dashed, bottom: dashed, left: dashed, right: dashed, insideHorizontal: dashed, insideVertical: dashed },
    rows: [new TableRow({
      height: { value: height, rule: HeightRule.ATLEAST },
      cantSplit: true,
      children: [new TableCell({
        width: { size: width, type: WidthType.DXA },
        margins: { top: 80, left: 120, right: 120, bottom: 80 },
        children: [new Paragraph({ children: [new TextRun({ text: prompt, italics: true, color: '7F7F7F', size: 18 })] })],
      })],
    })],
  });
}

/**
 * How high the drawing frame can be so that the page still holds it: the page less the picture, the heading and the
 * text (estimated from its length). An estimate that is off by a line only makes the frame a little smaller or larger.
 */
function frameHeight(lines: Page['lines'], look: (typeof LOOK)[PaperSize], paper: PaperSize): number {
  const width = textWidthOf(PAPER[paper]);
  const pageHeight = PAPER[paper].height - 2 * MARGIN - 600; // the header and its distance
  const text = lines.reduce((height, line) => {
    const perLine = Math.max(1, Math.ceil(measure(line.text, line.bold === true, look.text / 2) / width));
    return height + perLine * Math.round((LINE_SPACING * look.text) / 24) + PARAGRAPH_AFTER;
  }, 0);
  const used = 240 + look.picture * PIXEL + 120 + Math.round(look.heading * 20 * 0.7) + 200 + text + 300;
  const room = pageHeight - used;
  return room >= SMALLEST_FRAME ? Math.min(room, look.drawHeight) : 0;
}

function pageBlocks(page: Page, look: (typeof LOOK)[PaperSize], paper: PaperSize, locale: Locale): Array<Paragraph | Table> {
  const width = textWidthOf(PAPER[paper]);
  const lines = page.lines.filter((line) => line.text !== '');
  const frame = frameHeight(lines, look, paper);
  return [
    new Paragraph({ pageBreakBefore: true, keepNext: true, children: [] }),
    picture(page.picture, look.picture, page.heading),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      spacing: { after: 200 },
      children: [new TextRun({ text: page.heading, bold: true, size: look.heading, color: INK })],
    }),
    ...lines.map((line) => new Paragraph({
      spacing: { after: PARAGRAPH_AFTER, line: LINE_SPACING },
      indent: line.quote ? { left: 360 } : undefined,
      children: textRuns(line.text, { bold: line.bold, italics: line.quote, size: look.text }),
    })),
    ...(frame > 0 ? [new Paragraph({ text: '' }), drawFrame(page.drawPrompt ?? translate(m['book.drawHere'], locale), width, frame)] : []),
  ];
}

function coverBlocks(book: ChildBook, look: (typeof LOOK)[PaperSize], locale: Locale): Paragraph[] {
  const t = (key: keyof typeof m, values?: Readonly<Record<string, string | number>>): string => translate(m[key], locale, values);
  return [
    new Paragraph({ text: '', spacing: { before: 1200 } }),
    picture('cover', Math.round(look.picture * 1.4), t('book.cover')),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [new TextRun({ text: t('book.title', { name: book.childName.split(/\s+/)[0] ?? book.childName }), bold: true, size: look.title, color: INK })],
    }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [new TextRun({ text: t('book.cover'), size: look.text })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t('book.madeWith'), size: look.text, italics: true })] }),
  ];
}

/** The book of one child of the plan, at A4 or at A5 (to print as a folded booklet). */
export async function childBookToDocx(plan: Plan, childId: string, locale: Locale, size: 'A4' | 'A5', _options: DocxOptions = {}): Promise<Blob> {
  const book = childBook(plan, childId);
  if (!book) throw new DomainError('EXPORT.NO_PERSON', 'The child is not in the plan.');
  const look = LOOK[size];
  const blocks = [
    ...coverBlocks(book, look, locale),
    ...pages(book, locale).flatMap((page) => pageBlocks(page, look, size, locale)),
  ];
  return packDocx(documentOf('childBook', locale, sectionsOf(blocks, locale, { paper: size })));
}
