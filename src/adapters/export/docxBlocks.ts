import { HeadingLevel, Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import { TEMPLATE, bottomLinesBesideConditions } from '../../domain';
import type { Field, GroupField, Locale, Plan, ScalarField, Section, SummaryChanges, TextListField } from '../../domain';
import { translate } from '../../i18n';
import { exportMessages as m } from '../../i18n/areas/export';
import { REF_KEYS, formatRef, formatValue } from './values';
import type { RefKey, ValueContext, Values } from './values';
import { LANDSCAPE_WIDTH, LandscapePart, PORTRAIT_WIDTH, columnTable, fitColumns, labelColumnWidth, labelValueRows } from './docxLayout';
import type { Block, ColumnKind, ColumnSpec } from './docxLayout';

/**
 * Turns template sections into docx paragraphs and tables. Nothing here knows a field by name: every
 * heading, label and column comes from TEMPLATE, so a field added to the template appears in the document.
 */

export type { Block } from './docxLayout';

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
/** A list with this many text columns reads better on a landscape page, even where portrait could hold its words. */
const LANDSCAPE_TEXT_COLUMNS = 6;

export function heading(text: string, level: number): Paragraph {
  return new Paragraph({ text, heading: HEADINGS[Math.min(Math.max(level, 1), HEADINGS.length) - 1] });
}

function isScalar(field: Field): field is ScalarField {
  return field.kind !== 'group' && field.kind !== 'textList';
}

function columnKind(field: ScalarField): ColumnKind {
  if (field.kind === 'boolean') return 'yesNo';
  if (field.kind === 'score') return 'number';
  return 'text';
}

/**
 * The label column of every label | value table in the plan is equally wide (30 %), so the tables line up down the
 * pages; only a label word too long for that widens it.
 */
function labelWidth(labels: ReadonlyArray<string>): number {
  return Math.max(Math.round(PORTRAIT_WIDTH * 0.3), labelColumnWidth(labels.map((label) => label.split(/\s+/).sort((a, b) => b.length - a.length)[0] ?? ''), PORTRAIT_WIDTH));
}

/** Two columns, label | value: the form's single fields. */
function labelValueTable(fields: ScalarField[], values: Values, ctx: ValueContext): Table {
  const pairs = fields.map((field) => [field.label[ctx.locale], formatValue(field, values[field.id], ctx)] as const);
  return labelValueRows(pairs, PORTRAIT_WIDTH, labelWidth(pairs.map(([label]) => label)));
}

function items(values: Values, field: Field): Values[] {
  const list = values[field.id];
  return Array.isArray(list) ? list.filter((x): x is Values => typeof x === 'object' && x !== null) : [];
}

function textListTable(field: TextListField, values: Values, ctx: ValueContext): Table {
  const list = items(values, field);
  const columns: ColumnSpec[] = [{ header: translate(m['docx.number'], ctx.locale), kind: 'number' }, { header: field.itemLabel[ctx.locale], kind: 'text' }];
  const rows = list.length > 0
    ? list.map((item, i) => [String(i + 1), typeof item.text === 'string' ? item.text : ''])
    : [['', '']]; // an empty row to write in when printed
  const widths = fitColumns(columns, rows, PORTRAIT_WIDTH) ?? [700, PORTRAIT_WIDTH - 700];
  return columnTable(columns, rows, widths);
}

/** Ids that point into another list but are no form field (an evaluation's review names its agreement). */
function refColumns(field: GroupField, list: Values[]): RefKey[] {
  const fieldIds = new Set(field.fields.map((f) => f.id));
  return REF_KEYS.filter((key) => !fieldIds.has(key) && list.some((item) => key in item));
}

/**
 * One row per item, one column per field, numbered as the items are referred to elsewhere ("Doel 2"). A table too
 * wide for a portrait page goes on a landscape page; one too wide even for that becomes a card per item.
 */
function groupBlocks(field: GroupField, values: Values, ctx: ValueContext, level: number, title: Paragraph | null): Block[] {
  const list = items(values, field);
  const refs = refColumns(field, list);
  const scalars = field.fields.filter(isScalar);
  const columns: ColumnSpec[] = [
    { header: translate(m['docx.number'], ctx.locale), kind: 'number' },
    ...refs.map((key): ColumnSpec => ({ header: ctx.refs[key].itemLabel[ctx.locale], kind: 'text' })),
    ...scalars.map((f): ColumnSpec => ({ header: f.label[ctx.locale], kind: columnKind(f) })),
  ];
  const rowTexts = list.map((item, i) => [
    String(i + 1),
    ...refs.map((key) => formatRef(key, item[key], ctx)),
    ...scalars.map((f) => formatValue(f, item[f.id], ctx)),
  ]);
  const rows = rowTexts.length > 0 ? rowTexts : [columns.map(() => '')];
  const head = title ? [title] : [];
  const textColumns = columns.filter((c) => c.kind === 'text').length;
  const portrait = textColumns < LANDSCAPE_TEXT_COLUMNS ? fitColumns(columns, rows, PORTRAIT_WIDTH) : null;
  if (portrait) return [...head, columnTable(columns, rows, portrait), gap()];
  const landscape = fitColumns(columns, rows, LANDSCAPE_WIDTH);
  if (landscape) return [new LandscapePart([...head, columnTable(columns, rows, landscape), gap()])];
  // A card per item: its fields as label | value rows under the item's own heading.
  return [...head, ...rowTexts.flatMap((texts, i) => [
    heading(`${field.itemLabel[ctx.locale]} ${i + 1}`, level + 1),
    labelValueRows(columns.slice(1).map((c, k) => [c.header, texts[k + 1] ?? ''] as const), PORTRAIT_WIDTH, labelWidth(columns.map((c) => c.header))),
    gap(),
  ])];
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
    const title = field.label[ctx.locale] !== parentHeading ? heading(field.label[ctx.locale], level) : null;
    if (field.kind === 'textList') {
      blocks.push(...(title ? [title] : []), textListTable(field, values, ctx), gap());
    } else if (field.fields.some((f) => f.kind === 'group')) {
      if (title) blocks.push(title);
      items(values, field).forEach((item, i) => {
        blocks.push(heading(`${field.itemLabel[ctx.locale]} ${i + 1}`, level + 1), ...renderFields(field.fields, item, ctx, level + 2));
      });
    } else {
      blocks.push(...groupBlocks(field, values, ctx, level, title));
    }
  }
  flush();
  return blocks;
}

export function renderSection(section: Section, values: Values, ctx: ValueContext): Block[] {
  const opening = [
    heading(section.heading[ctx.locale], 1),
    new Paragraph({ keepNext: true, children: [new TextRun({ text: section.intro[ctx.locale], italics: true })] }),
  ];
  const [first, ...rest] = renderFields(section.fields, values, ctx, 2, section.heading[ctx.locale]);
  const beside = section.id === GOALS_SECTION ? bottomLinesBeside(values, ctx) : [];
  // A section that opens with a landscape table takes its heading along, so the heading is not left alone on a page.
  if (first instanceof LandscapePart) return [new LandscapePart([...opening, ...first.blocks]), ...rest, ...beside];
  return [...opening, ...(first ? [first] : []), ...rest, ...beside];
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
  return groupBlocks(field, { ...values, bottomLines: lines }, ctx, 2, heading(translate(m['docx.bottomLinesBeside'], ctx.locale), 2));
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
