import { AlignmentType, BorderStyle, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, WidthType } from 'docx';

/**
 * Page geometry and table layout shared by every document. Word and LibreOffice both lay out a table with
 * equal columns unless told otherwise, which broke words mid-word ("Telefoo n"). Here each table gets explicit
 * column widths measured from its content: no column is narrower than its longest word, yes/no and number
 * columns stay narrow, and the space left goes to the columns with the most text.
 *
 * The documents use Arial: Word has it everywhere, and LibreOffice substitutes Liberation Sans, which has the same
 * metrics. So the widths measured below hold in both (Calibri has no metric twin on a plain Linux install).
 */

export const FONT = 'Arial';
/** Body text size in half-points (10 pt). */
export const BODY_SIZE = 20;
/** Table text in half-points (9 pt): a size reports use in tables, so that more columns fit a portrait page. */
export const TABLE_SIZE = 18;
const TABLE_POINTS = TABLE_SIZE / 2;

/** A4 in twips. Orientation.LANDSCAPE in the docx library swaps the sides itself. */
export const A4 = { width: 11906, height: 16838 } as const;
export const A5 = { width: 8391, height: 11906 } as const;
export type PaperSize = 'A4' | 'A5';
export const PAPER: Readonly<Record<PaperSize, { width: number; height: number }>> = { A4, A5 };
/** 2 cm margins, as the source template. */
export const MARGIN = 1134;

export function textWidthOf(paper: { width: number }, margin = MARGIN): number {
  return paper.width - 2 * margin;
}
export const PORTRAIT_WIDTH = textWidthOf(A4);
export const LANDSCAPE_WIDTH = A4.height - 2 * MARGIN;

/** Arial / Liberation Sans advance widths per 1000 em (regular; bold is near enough 8 % wider). */
const GLYPH_WIDTHS: ReadonlyArray<[string, number]> = [
  ['iIjl.,:;!|\'', 240],
  ['ftr()[]-/*`"', 330],
  ['Jcksvxyz', 500],
  ['abdeghnopqu0123456789$?_#', 556],
  ['FTZL', 611],
  ['ABEKPSVXY', 667],
  ['CDHNRUw', 722],
  ['GOQ', 778],
  ['mM', 833],
  ['%W', 944],
  ['@', 1015],
];
const WIDTH_BY_CHAR = new Map<string, number>(GLYPH_WIDTHS.flatMap(([chars, width]) => [...chars].map((c) => [c, width] as [string, number])));
const UNKNOWN_GLYPH = 667;
const BOLD_FACTOR = 1.08;
/** Left and right cell margins in twips, plus a little so rounding in either program never breaks a word. */
const CELL_MARGIN = 80;
const CELL_SLACK = 2 * CELL_MARGIN + 90;

/** The printed width of a text on one line, in twips. */
export function measure(text: string, bold = false, points = TABLE_POINTS): number {
  let units = 0;
  for (const char of text.normalize('NFD')) {
    if (/\p{M}/u.test(char)) continue; // combining accents add no width
    if (char === ' ') units += 278;
    else units += WIDTH_BY_CHAR.get(char) ?? UNKNOWN_GLYPH;
  }
  // units/1000 em * points * 20 twips per point
  return Math.ceil((units / 1000) * points * 20 * (bold ? BOLD_FACTOR : 1));
}

/**
 * The pieces a line may wrap between: words, and the parts of a word after a hyphen. An e-mail address counts as one
 * piece: a zero-width break in it would be copied along with the address and spoil it.
 */
export function unbreakablePieces(text: string): string[] {
  return text.split(/\s+/).flatMap((word) => word.split(/(?<=-)/)).filter((piece) => piece.length > 0);
}

export type ColumnKind = 'number' | 'yesNo' | 'text';

export interface ColumnSpec {
  header: string;
  kind: ColumnKind;
}

function longestPiece(text: string, bold: boolean): number {
  return Math.max(0, ...unbreakablePieces(text).map((piece) => measure(piece, bold)));
}

function longestLine(text: string, bold: boolean): number {
  return Math.max(0, ...text.split(/\r?\n/).map((line) => measure(line, bold)));
}

/**
 * Column widths in twips that add up to `available`, or null when the longest words alone need more room.
 * Every column is at least as wide as its longest word (header in bold). Number and yes/no columns keep that
 * width; the rest of the room goes to the text columns in proportion to how much text they hold.
 */
export function fitColumns(columns: ReadonlyArray<ColumnSpec>, rows: ReadonlyArray<ReadonlyArray<string>>, available: number): number[] | null {
  // Whole twips: Word's grid holds integers, and fractions rounded one by one would miss the text width by a twip.
  const minimum = columns.map((column, i) => Math.ceil(CELL_SLACK + Math.max(
    longestPiece(column.header, true),
    ...rows.map((row) => longestPiece(row[i] ?? '', false)),
  )));
  const total = minimum.reduce((a, b) => a + b, 0);
  if (total > available) return null;
  const textColumns = columns.map((c, i) => (c.kind === 'text' ? i : -1)).filter((i) => i >= 0);
  const spare = available - total;
  if (textColumns.length === 0) {
    return minimum.map((w, i) => (i === minimum.length - 1 ? w + spare : w));
  }
  // What a column needs to show its longest cell on one line (capped, so one long cell cannot take everything).
  // A header may wrap between its words, so only the cells count here.
  const desire = textColumns.map((i) => {
    const preferred = Math.max(0, ...rows.map((row) => longestLine(row[i] ?? '', false))) + CELL_SLACK;
    return Math.ceil(Math.max(Math.min(preferred, available * 0.6) - (minimum[i] ?? 0), 0));
  });
  const widths = [...minimum];
  // Water-filling: the smallest wishes are met in full first (a name on one line), then the longer texts share what is left.
  let remaining = spare;
  let left = textColumns.length;
  for (const k of textColumns.map((_, k) => k).sort((a, b) => (desire[a] ?? 0) - (desire[b] ?? 0))) {
    const give = Math.min(desire[k] ?? 0, Math.floor(remaining / left));
    const column = textColumns[k] ?? 0;
    widths[column] = (widths[column] ?? 0) + give;
    remaining -= give;
    left -= 1;
  }
  // Room to spare after every wish: shared in proportion to the header and cell text, so long headers wrap less.
  const weights = textColumns.map((i) => Math.max(longestLine(columns[i]?.header ?? '', true), widths[i] ?? 0));
  const weightTotal = weights.reduce((a, b) => a + b, 0);
  textColumns.forEach((column, k) => {
    widths[column] = (widths[column] ?? 0) + Math.floor((remaining * (weights[k] ?? 0)) / weightTotal);
  });
  // Rounding leaves a few twips: give them to the last text column so the table spans the full width.
  const last = textColumns[textColumns.length - 1] ?? widths.length - 1;
  widths[last] = (widths[last] ?? 0) + available - widths.reduce((a, b) => a + b, 0);
  return widths;
}

export const HEADER_FILL = 'D9E2F3';
export const LABEL_FILL = 'F2F2F2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' } as const;
const TABLE_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };

/** Multi-line values keep their line breaks. */
export function textRuns(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({
    text: line,
    ...(options.bold ? { bold: true } : {}),
    ...(options.italics ? { italics: true } : {}),
    ...(options.size ? { size: options.size } : {}),
    ...(i > 0 ? { break: 1 } : {}),
  }));
}

interface CellOptions {
  width: number;
  fill?: string;
  bold?: boolean;
  /** Keeps this row on the page of the next one (the header row with the first row, a heading with its table). */
  keepNext?: boolean;
  centred?: boolean;
}

export function cell(text: string, options: CellOptions): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    children: [new Paragraph({
      children: textRuns(text, { bold: options.bold, size: TABLE_SIZE }),
      keepNext: options.keepNext === true,
      keepLines: true,
      ...(options.centred ? { alignment: AlignmentType.CENTER } : {}),
    })],
  });
}

export function fixedTable(rows: TableRow[], widths: ReadonlyArray<number>): Table {
  return new Table({
    rows,
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    borders: TABLE_BORDERS,
  });
}

/**
 * A table with a header row that Word repeats on every page it runs over. The header row keeps with the first row,
 * and a heading set to keep-with-next (the heading styles are) then keeps with both.
 */
export function columnTable(columns: ReadonlyArray<ColumnSpec>, rows: ReadonlyArray<ReadonlyArray<string>>, widths: ReadonlyArray<number>): Table {
  const centred = (i: number): boolean => columns[i]?.kind !== 'text';
  return fixedTable([
    new TableRow({
      tableHeader: true,
      cantSplit: true,
      children: columns.map((column, i) => cell(column.header, { width: widths[i] ?? 0, fill: HEADER_FILL, bold: true, keepNext: true })),
    }),
    ...rows.map((texts, r) => new TableRow({
      cantSplit: true,
      children: texts.map((text, i) => cell(text, { width: widths[i] ?? 0, keepNext: r === 0 && rows.length > 1, centred: centred(i) })),
    })),
  ], widths);
}

/** The label column's width for these labels: as wide as the longest label, but at most 40 % of the row. */
export function labelColumnWidth(labels: ReadonlyArray<string>, available: number): number {
  const longestLabel = Math.max(0, ...labels.map((label) => longestLine(label, true))) + CELL_SLACK;
  const longestWord = Math.max(0, ...labels.map((label) => longestPiece(label, true))) + CELL_SLACK;
  return Math.max(longestWord, Math.min(longestLabel, Math.round(available * 0.4)));
}

/** Label | value rows. Pass `labelWidth` to line up several such tables in one document. */
export function labelValueRows(pairs: ReadonlyArray<readonly [string, string]>, available: number, labelWidth?: number): Table {
  const width = labelWidth ?? labelColumnWidth(pairs.map(([label]) => label), available);
  const fitted = [width, available - width];
  return fixedTable(pairs.map(([label, value], i) => new TableRow({
    cantSplit: true,
    children: [
      cell(label, { width: fitted[0] ?? 0, fill: LABEL_FILL, bold: true, keepNext: i < pairs.length - 1 && pairs.length <= 6 }),
      cell(value, { width: fitted[1] ?? 0, keepNext: i < pairs.length - 1 && pairs.length <= 6 }),
    ],
  })), fitted);
}

/** A part of the document that is printed on landscape pages (a table too wide for portrait). */
export class LandscapePart {
  constructor(readonly blocks: ReadonlyArray<Paragraph | Table>) {}
}

export type Block = Paragraph | Table | LandscapePart;
