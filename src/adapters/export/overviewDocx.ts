import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Locale, Plan } from '../../domain';
import type { DocxOptions } from '../../app/ports';
import { A4, columnTable, fitColumns, labelColumnWidth, labelValueRows, textWidthOf } from './docxLayout';
import type { Block, ColumnSpec } from './docxLayout';
import { documentOf, packDocx, sectionsOf } from './docxFrame';
import { overviewOf, overviewText } from './overviewText';
import type { OverviewPart, OverviewText } from './overviewText';

/** "Mijn afspraken" as a one-page .docx: the same words as the print-ready HTML (overviewText). */

/** 1.5 cm: a little narrower than the plan's margins, so that one page holds a person's whole part. */
const OVERVIEW_MARGIN = 850;
const WIDTH = textWidthOf(A4, OVERVIEW_MARGIN);

function spacer(): Paragraph {
  return new Paragraph({ text: '', spacing: { after: 0 } });
}

function partBlocks(part: OverviewPart, labelWidth: number): Block[] {
  switch (part.kind) {
    case 'lines':
      return part.lines.map((line) => new Paragraph({ text: line }));
    case 'pairs':
      return [labelValueRows(part.pairs, WIDTH, labelWidth), spacer()];
    case 'table': {
      const columns: ColumnSpec[] = part.columns.map((header) => ({ header, kind: 'text' }));
      const widths = fitColumns(columns, part.rows, WIDTH) ?? columns.map(() => Math.floor(WIDTH / columns.length));
      return [columnTable(columns, part.rows, widths), spacer()];
    }
  }
}

export function overviewBlocks(text: OverviewText): Block[] {
  // One label column width for every label | value table, so they line up down the page.
  const labels = text.sections.flatMap((s) => s.parts.flatMap((p) => (p.kind === 'pairs' ? p.pairs.map(([label]) => label) : [])));
  const labelWidth = labelColumnWidth(labels, WIDTH);
  return [
    new Paragraph({ text: text.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: text.subtitle, bold: true, size: 24 })], spacing: { after: 120 } }),
    ...text.intro.map((line) => new Paragraph({ text: line })),
    ...text.sections.flatMap((section) => [
      new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_2 }),
      ...section.parts.flatMap((part) => partBlocks(part, labelWidth)),
    ]),
  ];
}

/** The personal overview of one person of the plan (a directly involved person, a network member or a professional). */
export async function overviewToDocx(plan: Plan, personId: string, locale: Locale, options: DocxOptions = {}): Promise<Blob> {
  const text = overviewText(overviewOf(plan, personId, options.organisation), locale);
  const sections = sectionsOf(overviewBlocks(text), locale, { pageNumbers: false, footerNote: text.closing, margin: OVERVIEW_MARGIN });
  return packDocx(documentOf('overview', locale, sections));
}
