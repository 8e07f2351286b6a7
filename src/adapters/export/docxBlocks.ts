import { BorderStyle, HeadingLevel, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { TEMPLATE, bottomLinesBesideConditions } from '../../domain';
import type { Field, GroupField, Locale, Plan, ScalarField, Section, SummaryChanges, TextListField } from '../../domain';
import { translate } from '../../i18n';
import { exportMessages as m } from '../../i18n/areas/export';
import { REF_KEYS, formatRef, formatValue } from './values';
import type { RefKey, ValueContext, Values } from './values';

/**
 * Turns template sections into docx paragraphs and tables. Nothing here knows a field by name: every
 * heading, label and column comes from TEMPLATE, so a field added to the template appears in the document.
 */

export type Block = Paragraph | Table;

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
const HEADER_FILL = 'D9E2F3';
const LABEL_FILL = 'F2F2F2';
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '7F7F7F' } as const;
const TABLE_BORDERS = { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER, insideHorizontal: BORDER, insideVertical: BORDER };
const NUMBER_COLUMN_PERCENT = 6;
const LABEL_COLUMN_PERCENT = 35;

export function heading(text: string, level: number): Paragraph {
  return new Paragraph({ text, heading: HEADINGS[Math.min(Math.max(level, 1), HEADINGS.length) - 1] });
}

/** Multi-line values keep their line breaks. */
function textRuns(text: string, bold = false): TextRun[] {
  return text.split(/\r?\n/).map((line, i) => new TextRun({ text: line, ...(bold ? { bold } : {}), ...(i > 0 ? { break: 1 } : {}) }));
}

function cell(text: string, options: { percent: number; fill?: string; bold?: boolean }): TableCell {
  return new TableCell({
    width: { size: options.percent, type: WidthType.PERCENTAGE },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    shading: options.fill ? { type: ShadingType.CLEAR, color: 'auto', fill: options.fill } : undefined,
    children: [new Paragraph({ children: textRuns(text, options.bold) })],
  });
}

function table(rows: TableRow[]): Table {
  return new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE }, borders: TABLE_BORDERS });
}

/** A header row that Word repeats on every page the table runs over. */
function headerRow(labels: string[], percents: number[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: labels.map((label, i) => cell(label, { percent: percents[i] ?? 0, fill: HEADER_FILL, bold: true })),
  });
}

function isScalar(field: Field): field is ScalarField {
  return field.kind !== 'group' && field.kind !== 'textList';
}

/** Two columns, label | value: the form's single fields. */
function labelValueTable(fields: ScalarField[], values: Values, ctx: ValueContext): Table {
  return table(fields.map((field) => new TableRow({
    cantSplit: true,
    children: [
      cell(field.label[ctx.locale], { percent: LABEL_COLUMN_PERCENT, fill: LABEL_FILL, bold: true }),
      cell(formatValue(field, values[field.id], ctx), { percent: 100 - LABEL_COLUMN_PERCENT }),
    ],
  })));
}

function items(values: Values, field: Field): Values[] {
  const list = values[field.id];
  return Array.isArray(list) ? list.filter((x): x is Values => typeof x === 'object' && x !== null) : [];
}

function textListTable(field: TextListField, values: Values, ctx: ValueContext): Table {
  const list = items(values, field);
  const percents = [NUMBER_COLUMN_PERCENT, 100 - NUMBER_COLUMN_PERCENT];
  const rows = list.length > 0
    ? list.map((item, i) => [String(i + 1), typeof item.text === 'string' ? item.text : ''])
    : [['', '']]; // an empty row to write in when printed
  return table([
    headerRow([translate(m['docx.number'], ctx.locale), field.itemLabel[ctx.locale]], percents),
    ...rows.map((texts) => new TableRow({ cantSplit: true, children: texts.map((text, i) => cell(text, { percent: percents[i] ?? 0 })) })),
  ]);
}

/** Ids that point into another list but are no form field (an evaluation's review names its agreement). */
function refColumns(field: GroupField, list: Values[]): RefKey[] {
  const fieldIds = new Set(field.fields.map((f) => f.id));
  return REF_KEYS.filter((key) => !fieldIds.has(key) && list.some((item) => key in item));
}

/** One row per item, one column per field, numbered as the items are referred to elsewhere ("Doel 2"). */
function groupTable(field: GroupField, values: Values, ctx: ValueContext): Table {
  const list = items(values, field);
  const refs = refColumns(field, list);
  const scalars = field.fields.filter(isScalar);
  const columnCount = refs.length + scalars.length;
  const percent = (100 - NUMBER_COLUMN_PERCENT) / Math.max(columnCount, 1);
  const percents = [NUMBER_COLUMN_PERCENT, ...Array<number>(columnCount).fill(percent)];
  const labels = [
    translate(m['docx.number'], ctx.locale),
    ...refs.map((key) => ctx.refs[key].itemLabel[ctx.locale]),
    ...scalars.map((f) => f.label[ctx.locale]),
  ];
  const rowTexts = list.map((item, i) => [
    String(i + 1),
    ...refs.map((key) => formatRef(key, item[key], ctx)),
    ...scalars.map((f) => formatValue(f, item[f.id], ctx)),
  ]);
  const rows = rowTexts.length > 0 ? rowTexts : [labels.map(() => '')];
  return table([
    headerRow(labels, percents),
    ...rows.map((texts) => new TableRow({ cantSplit: true, children: texts.map((text, i) => cell(text, { percent: percents[i] ?? 0 })) })),
  ]);
}

/** Spacing after a table, so the next heading does not stick to it. */
function gap(): Paragraph {
  return new Paragraph({ text: '' });
}

/**
 * Renders fields in template order: runs of single fields as a label|value table, lists as tables.
 * A list whose items hold lists of their own (evaluations) is shown item by item, each with its own heading.
 */
export function renderFields(fields: ReadonlyArray<Field>, values: Values, ctx: ValueContext, level: number, parentHeading = ''): Block[] {
  const blocks: Block[] = [];
  let run: ScalarField[] = [];
  const flush = (): void => {
    if (run.length > 0) blocks.push(labelValueTable(run, values, ctx), gap());
    run = [];
  };
  for (const field of fields) {
    if (isScalar(field)) {
      run.push(field);
      continue;
    }
    flush();
    // A section that is one list ("Evaluaties") does not repeat its heading above the list.
    if (field.label[ctx.locale] !== parentHeading) blocks.push(heading(field.label[ctx.locale], level));
    if (field.kind === 'textList') {
      blocks.push(textListTable(field, values, ctx), gap());
    } else if (field.fields.some((f) => f.kind === 'group')) {
      items(values, field).forEach((item, i) => {
        blocks.push(heading(`${field.itemLabel[ctx.locale]} ${i + 1}`, level + 1), ...renderFields(field.fields, item, ctx, level + 2));
      });
    } else {
      blocks.push(groupTable(field, values, ctx), gap());
    }
  }
  flush();
  return blocks;
}

export function renderSection(section: Section, values: Values, ctx: ValueContext): Block[] {
  return [
    heading(section.heading[ctx.locale], 1),
    new Paragraph({ children: [new TextRun({ text: section.intro[ctx.locale], italics: true })] }),
    ...renderFields(section.fields, values, ctx, 2, section.heading[ctx.locale]),
    ...(section.id === GOALS_SECTION ? bottomLinesBeside(values, ctx) : []),
  ];
}

const GOALS_SECTION = 'goals';

/**
 * Seed 002: a crisis plan's bottom lines stand beside the conditions. Section 3 repeats them, as the referral section
 * (where they are kept) renders them, under a heading that says where they come from.
 */
function bottomLinesBeside(values: Values, ctx: ValueContext): Block[] {
  const field = TEMPLATE.flatMap((s) => s.fields).find((f): f is GroupField => f.id === 'bottomLines' && f.kind === 'group');
  const lines = bottomLinesBesideConditions(values as unknown as Plan);
  if (!field || lines.length === 0) return [];
  return [
    heading(translate(m['docx.bottomLinesBeside'], ctx.locale), 2),
    groupTable(field, { ...values, bottomLines: lines }, ctx),
    gap(),
  ];
}

/**
 * "Wijzigingen sinds de vorige versie": one bullet per added, removed or changed goal, agreement or person,
 * with the changed fields of an item as sub-bullets. The lines come worded from the domain's evaluationSummary.
 */
export function renderChanges(changes: SummaryChanges, locale: Locale, level: number): Block[] {
  const lines = changes.lines.flatMap((line) => [
    new Paragraph({ text: line.text, bullet: { level: 0 } }),
    ...line.details.map((detail) => new Paragraph({ text: detail, bullet: { level: 1 } })),
  ]);
  return [
    heading(translate(m['summary.changes.heading'], locale), level),
    new Paragraph({
      children: [new TextRun({
        text: translate(m['summary.changes.compared'], locale, { fromVersion: changes.fromVersion, toVersion: changes.toVersion }),
        italics: true,
      })],
    }),
    ...(lines.length > 0 ? lines : [new Paragraph({ text: translate(m['summary.changes.none'], locale) })]),
  ];
}
