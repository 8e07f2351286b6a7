import { DEFAULT_ORGANISATION, allPeople, buildTemplate } from '../../domain';
import type { Field, Locale, OrganisationSettings, Plan, ScalarField, Section } from '../../domain';
import { translate } from '../../i18n';
import { wordDocumentMessages as d } from '../../i18n/areas/word';
import { fieldIds, isFlat, isList, rowFields } from './fields';
import type { ListField } from './fields';
import { linkOfPlan, linkOfRow, newMeta } from './meta';
import type { DocumentMeta } from './meta';
import type { PlanPlace } from '../../app/ports';
import { META_TAG, fieldTag, listTag, rowKey, rowPath } from './tags';
import type { RowStep } from './tags';
import { formatValue } from './values';
import type { RefContext } from './values';

/**
 * The document as blocks, rendered from TEMPLATE: a heading per section, its intro, two-column label | value tables
 * for single fields, and a table per list with a row per item. The Word writer turns blocks into office-js calls;
 * keeping the layout here makes it testable without Word and keeps the office-js code small.
 */

export interface ControlSpec {
  tag: string;
  /** The label Word shows on the control's frame. */
  title: string;
  /** Shown while the control is empty: the field's help text. */
  placeholder: string;
  text: string;
}

export type Cell = { kind: 'label'; text: string } | { kind: 'control'; control: ControlSpec };

export type Block =
  /** level 0 is the document title. */
  | { kind: 'heading'; level: 0 | 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; text: string }
  /** `wrapTag`: the list's control around the table, which update uses to add rows. */
  | { kind: 'table'; headerRows: number; wrapTag: string | null; wrapTitle: string; rows: Cell[][] }
  /** A list whose items hold lists (evaluations): its blocks live inside one control, rebuilt as a whole on update. */
  | { kind: 'region'; tag: string; title: string; blocks: Block[] }
  | { kind: 'meta'; caption: string; control: ControlSpec };

type Item = Record<string, unknown>;

interface RenderContext {
  locale: Locale;
  refs: RefContext;
  meta: DocumentMeta;
  /** False for the empty template: every list gets one blank row and no ids are recorded. */
  filled: boolean;
}

/** Word shows titles in a small frame and limits them; labels are short anyway. */
const title = (text: string): string => (text.length > 60 ? `${text.slice(0, 59)}…` : text);

export function refsForPlan(plan: Plan | null, locale: Locale): RefContext {
  const people = plan ? allPeople(plan) : [];
  const goals = plan?.goals ?? [];
  return {
    locale,
    personName: (id) => people.find((p) => p.id === id)?.name,
    personIdByName: (name) => people.find((p) => p.name.trim().toLowerCase() === name.trim().toLowerCase())?.id,
    goalNumber: (id) => {
      const i = goals.findIndex((g) => g.id === id);
      return i < 0 ? undefined : i + 1;
    },
    goalIdByNumber: (n) => goals[n - 1]?.id,
  };
}

export function controlSpec(field: ScalarField, rows: RowStep[], value: unknown, ctx: RenderContext): ControlSpec {
  return {
    tag: fieldTag({ rows, field: field.id }),
    title: title(field.label[ctx.locale]),
    placeholder: field.help[ctx.locale],
    text: ctx.filled ? formatValue(field, value, ctx.refs) : '',
  };
}

function fieldTable(fields: ScalarField[], record: Item, rows: RowStep[], ctx: RenderContext): Block {
  return {
    kind: 'table', headerRows: 0, wrapTag: null, wrapTitle: '',
    rows: fields.map((f) => [{ kind: 'label', text: f.label[ctx.locale] }, { kind: 'control', control: controlSpec(f, rows, record[f.id], ctx) }]),
  };
}

/**
 * Bookkeeping of an item that is no form field, kept in the meta control: ids and numbers only (meta.ts `linkOfRow`).
 * What else an item holds beside its form fields (a meeting's calendar event, a recipient's withdrawn consent, an
 * evaluation's scale wording) stays in the stored plan.
 */
export function recordRowMeta(list: ListField, item: Item, rows: RowStep[], ctx: RenderContext): void {
  const known = fieldIds(rowFields(list));
  const hidden = linkOfRow(Object.fromEntries(Object.entries(item).filter(([k]) => !known.has(k))));
  if (Object.keys(hidden).length > 0) ctx.meta.rows[rowPath(rows)] = hidden;
}

function itemsOf(list: ListField, record: Item, ctx: RenderContext): Item[] {
  if (!ctx.filled) return [{}];
  const value = record[list.id];
  return Array.isArray(value) ? (value as Item[]) : [];
}

export function listRow(list: ListField, item: Item, index: number, rows: RowStep[], ctx: RenderContext): Cell[] {
  const cells: Cell[] = rowFields(list).map((f) => ({ kind: 'control', control: controlSpec(f as ScalarField, rows, item[f.id], ctx) }));
  if (list.kind === 'textList') cells.unshift({ kind: 'label', text: String(index + 1) });
  return cells;
}

function listTable(list: ListField, record: Item, parent: RowStep[], ctx: RenderContext): Block {
  const header: Cell[] = list.kind === 'textList'
    ? [{ kind: 'label', text: translate(d['doc.rowNumber'], ctx.locale) }, { kind: 'label', text: list.itemLabel[ctx.locale] }]
    : list.fields.map((f) => ({ kind: 'label', text: f.label[ctx.locale] }));
  const body = itemsOf(list, record, ctx).map((item, i) => {
    const rows = [...parent, { list: list.id, key: rowKey(i + 1) }];
    if (ctx.filled) recordRowMeta(list, item, rows, ctx);
    return listRow(list, item, i, rows, ctx);
  });
  return { kind: 'table', headerRows: 1, wrapTag: listTag(parent, list.id), wrapTitle: title(list.label[ctx.locale]), rows: [header, ...body] };
}

function regionItem(list: ListField, item: Item, index: number, rows: RowStep[], ctx: RenderContext): Block[] {
  if (ctx.filled) recordRowMeta(list, item, rows, ctx);
  const heading: Block = { kind: 'heading', level: 3, text: translate(d['doc.itemNumber'], ctx.locale, { label: list.itemLabel[ctx.locale], n: index + 1 }) };
  return [heading, ...fieldBlocks(rowFields(list), item, rows, ctx, 3)];
}

/** Blocks of the list (evaluations) that becomes one region. */
function regionBlocks(list: ListField, record: Item, parent: RowStep[], ctx: RenderContext): Block[] {
  return itemsOf(list, record, ctx).flatMap((item, i) => regionItem(list, item, i, [...parent, { list: list.id, key: rowKey(i + 1) }], ctx));
}

/** The list (evaluations) as one region control; update rebuilds it as a whole. */
export function regionBlock(list: ListField, record: Item, parent: RowStep[], ctx: RenderContext): Extract<Block, { kind: 'region' }> {
  return { kind: 'region', tag: listTag(parent, list.id), title: title(list.label[ctx.locale]), blocks: regionBlocks(list, record, parent, ctx) };
}

function listBlocks(list: ListField, record: Item, parent: RowStep[], ctx: RenderContext, level: 2 | 3): Block[] {
  const heading: Block = { kind: 'heading', level, text: list.label[ctx.locale] };
  if (isFlat(list)) return [heading, listTable(list, record, parent, ctx)];
  return [heading, regionBlock(list, record, parent, ctx)];
}

/** Consecutive single fields share one two-column table; each list gets its own heading and table. */
function fieldBlocks(fields: ReadonlyArray<Field>, record: Item, rows: RowStep[], ctx: RenderContext, listLevel: 2 | 3): Block[] {
  const blocks: Block[] = [];
  let pending: ScalarField[] = [];
  const flush = () => {
    if (pending.length > 0) blocks.push(fieldTable(pending, record, rows, ctx));
    pending = [];
  };
  for (const field of fields) {
    if (!isList(field)) {
      pending.push(field);
      continue;
    }
    flush();
    blocks.push(...listBlocks(field, record, rows, ctx, listLevel));
  }
  flush();
  return blocks;
}

function sectionBlocks(section: Section, record: Item, ctx: RenderContext): Block[] {
  const level = section.part === 'title' ? 0 : 1;
  return [
    { kind: 'heading', level, text: section.heading[ctx.locale] },
    { kind: 'paragraph', text: section.intro[ctx.locale] },
    ...fieldBlocks(section.fields, record, [], ctx, 2),
  ];
}

export function renderContext(plan: Plan | null, locale: Locale, place: PlanPlace | null = null): RenderContext {
  return { locale, refs: refsForPlan(plan, locale), meta: newMeta(plan ? linkOfPlan(plan as unknown as Item) : null, place), filled: plan !== null };
}

export function metaBlock(meta: DocumentMeta, locale: Locale): Block {
  return {
    kind: 'meta',
    caption: translate(d['doc.meta.caption'], locale),
    control: { tag: META_TAG, title: translate(d['doc.meta.title'], locale), placeholder: '', text: JSON.stringify(meta) },
  };
}

/**
 * The whole document for a plan, or the empty template when `plan` is null, in the organisation's words (the
 * authority's regional name in headings, intros, labels and help). Only texts differ by organisation, never the tags.
 */
export function renderDocument(
  plan: Plan | null, locale: Locale, organisation: OrganisationSettings = DEFAULT_ORGANISATION, place: PlanPlace | null = null,
): Block[] {
  const ctx = renderContext(plan, locale, place);
  const record = (plan ?? {}) as unknown as Item;
  const blocks = buildTemplate(organisation).flatMap((section) => sectionBlocks(section, record, ctx));
  return [...blocks, metaBlock(ctx.meta, locale)];
}

/** Blocks for one list (top-level or nested), with the same context; used by update to append what is missing. */
export function renderList(list: ListField, plan: Plan, parent: RowStep[], ctx: RenderContext): Block[] {
  return listBlocks(list, plan as unknown as Item, parent, ctx, parent.length === 0 ? 2 : 3);
}

export function renderFields(fields: ScalarField[], plan: Plan, ctx: RenderContext): Block {
  return fieldTable(fields, plan as unknown as Item, [], ctx);
}

export type { RenderContext };
