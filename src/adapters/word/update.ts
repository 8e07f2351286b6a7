import { DomainError, TEMPLATE } from '../../domain';
import type { Locale, Plan, ScalarField } from '../../domain';
import { translate } from '../../i18n';
import { wordDocumentMessages as d } from '../../i18n/areas/word';
import { TOP_FIELDS, isFlat, isList } from './fields';
import type { ListField } from './fields';
import { controlSpec, listRow, metaBlock, recordRowMeta, regionBlock, renderContext, renderFields, renderList } from './layout';
import type { Block, RenderContext } from './layout';
import { parseMeta, placeOf } from './meta';
import type { PlanPlace } from '../../app/ports';
import { META_TAG, fieldTag, listTag, parseTag, rowKey, rowKeyNumber, rowPath } from './tags';
import type { Placeholders } from './placeholders';
import { cellValues, fillRegion, fillRow, writeBlocks } from './writer';
import type { WordContentControl, WordContext, WordTable } from './wordApi';

/**
 * Update in place: the stored plan's values go into the controls already in the document. Rows are added for new
 * items and removed for items that are gone; the evaluations region is rebuilt. Text outside the controls is not
 * touched. Two syncs whatever the size: one to load the controls (and each list's table), one to write. The help
 * texts of new controls are queued in `placeholders` for the caller's own, third, sync (placeholders.ts).
 */

type Item = Record<string, unknown>;

const FLAT_LISTS: ReadonlyArray<ListField> = TOP_FIELDS.filter((f): f is ListField => isList(f) && isFlat(f));
const REGION_LISTS: ReadonlyArray<ListField> = TOP_FIELDS.filter((f): f is ListField => isList(f) && !isFlat(f));

class DocumentIndex {
  readonly byTag = new Map<string, WordContentControl[]>();
  /** Per top-level list: row key -> controls of that row, in document order. */
  readonly rows = new Map<string, Map<string, WordContentControl[]>>();

  constructor(controls: ReadonlyArray<WordContentControl>) {
    for (const control of controls) {
      const list = this.byTag.get(control.tag) ?? [];
      list.push(control);
      this.byTag.set(control.tag, list);
      const parsed = parseTag(control.tag);
      const first = parsed.kind === 'field' ? parsed.address.rows[0] : undefined;
      if (!first) continue;
      const rows = this.rows.get(first.list) ?? new Map<string, WordContentControl[]>();
      rows.set(first.key, [...(rows.get(first.key) ?? []), control]);
      this.rows.set(first.list, rows);
    }
  }

  hasPlan(): boolean {
    return [...this.byTag.keys()].some((tag) => parseTag(tag).kind !== 'foreign');
  }

  write(tag: string, text: string): boolean {
    const controls = this.byTag.get(tag) ?? [];
    // A duplicated control gets the value too, so the document does not contradict itself.
    for (const control of controls) control.insertText(text, 'Replace');
    return controls.length > 0;
  }
}

class Updater {
  /** Blocks for what the document lost (deleted controls or tables): appended at the end, so nothing is dropped. */
  readonly appended: Block[] = [];
  private readonly ctx: RenderContext;
  private readonly oldRows: Record<string, Record<string, unknown>>;

  constructor(
    private readonly plan: Plan, private readonly locale: Locale, private readonly doc: DocumentIndex, private readonly placeholders: Placeholders,
    place: PlanPlace | null,
  ) {
    const meta = doc.byTag.get(META_TAG)?.[0];
    const old = meta ? parseMeta(meta.text) : null;
    // The link keeps where the plan lives unless the caller knows better.
    this.ctx = renderContext(plan, locale, place ?? placeOf(old));
    this.oldRows = old?.rows ?? {};
  }

  private get record(): Item {
    return this.plan as unknown as Item;
  }

  scalars(): void {
    const missing: ScalarField[] = [];
    for (const field of TOP_FIELDS) {
      if (isList(field)) continue;
      const spec = controlSpec(field, [], this.record[field.id], this.ctx);
      if (!this.doc.write(spec.tag, spec.text)) missing.push(field);
    }
    if (missing.length > 0) this.appended.push(renderFields(missing, this.plan, this.ctx));
  }

  flatList(list: ListField, table: WordTable): void {
    const docRows = this.doc.rows.get(list.id) ?? new Map<string, WordContentControl[]>();
    const items = (this.record[list.id] as Item[] | undefined) ?? [];
    if (table.isNullObject) {
      // The table is gone: drop stray rows and write the whole list afresh at the end.
      for (const controls of docRows.values()) controls[0]?.parentTableCell.parentRow.delete();
      if (items.length > 0) this.appended.push(...renderList(list, this.plan, [], this.ctx));
      return;
    }
    const keyOfId = new Map<string, string>();
    for (const key of docRows.keys()) {
      const id = this.oldRows[rowPath([{ list: list.id, key }])]?.id;
      if (typeof id === 'string') keyOfId.set(id, key);
    }
    let nextKey = Math.max(0, ...[...docRows.keys()].map(rowKeyNumber)) + 1;
    let added = 0;
    const kept = new Set<string>();
    items.forEach((item, index) => {
      const known = typeof item.id === 'string' ? keyOfId.get(item.id) : undefined;
      const key = known ?? rowKey(nextKey++);
      const rows = [{ list: list.id, key }];
      recordRowMeta(list, item, rows, this.ctx);
      const cells = listRow(list, item, index, rows, this.ctx);
      if (known) {
        kept.add(known);
        for (const cell of cells) if (cell.kind === 'control') this.doc.write(cell.control.tag, cell.control.text);
        return;
      }
      table.addRows('End', 1, [cellValues(cells)]);
      fillRow(table, table.rowCount + added, cells, this.placeholders);
      added += 1;
    });
    // Rows are removed after rows were added, so the row indexes used above still hold. A row copied in Word carries
    // the same key: the copies go too (the reader made them new items, which the plan now holds under keys of their own).
    for (const [key, controls] of docRows) {
      const rowsOfKey = controls.filter((c) => c.tag === controls[0]?.tag);
      for (const first of kept.has(key) ? rowsOfKey.slice(1) : rowsOfKey) first.parentTableCell.parentRow.delete();
    }
  }

  /**
   * Rebuilds the region: a fresh control just above the old one, filled anew, and the old control deleted with its
   * content. Not `clear()` and refill: on Word on the web, inserting into a control that was cleared of its tables
   * throws GeneralException (https://github.com/OfficeDev/office-js/issues/6330).
   */
  region(list: ListField): void {
    const holder = this.doc.byTag.get(listTag([], list.id))?.[0];
    if (!holder) {
      if (((this.record[list.id] as Item[] | undefined) ?? []).length > 0) this.appended.push(...renderList(list, this.plan, [], this.ctx));
      return;
    }
    const fresh = holder.insertParagraph('', 'Before').insertContentControl();
    fillRegion(fresh, regionBlock(list, this.record, [], this.ctx), this.placeholders);
    holder.delete(false);
  }

  /** The meta control last: it records the row keys assigned above. */
  finish(context: WordContext): void {
    const metaText = JSON.stringify(this.ctx.meta);
    const hasMeta = this.doc.write(META_TAG, metaText);
    const tail: Block[] = this.appended.length > 0
      ? [{ kind: 'heading', level: 1, text: translate(d['doc.restored'], this.locale) }, ...this.appended]
      : [];
    if (!hasMeta) tail.push(metaBlock(this.ctx.meta, this.locale));
    writeBlocks(context.document.body, tail, this.placeholders);
  }
}

export async function updateDocument(
  context: WordContext, plan: Plan, locale: Locale, placeholders: Placeholders, place: PlanPlace | null = null,
): Promise<void> {
  const all = context.document.contentControls;
  all.load('items/tag,items/text');
  const tables = new Map<string, WordTable>();
  for (const list of FLAT_LISTS) {
    const table = all.getByTag(listTag([], list.id)).getFirstOrNullObject().tables.getFirstOrNullObject();
    table.load('isNullObject,rowCount');
    tables.set(list.id, table);
  }
  await context.sync();

  const doc = new DocumentIndex(all.items);
  if (!doc.hasPlan()) throw new DomainError('WORD.NO_PLAN', 'The document holds no plan controls to update.');
  const updater = new Updater(plan, locale, doc, placeholders, place);
  updater.scalars();
  for (const list of FLAT_LISTS) {
    const table = tables.get(list.id);
    if (table) updater.flatList(list, table);
  }
  for (const list of REGION_LISTS) updater.region(list);
  updater.finish(context);
  await context.sync();
}

/** The tags every top-level field gets; exported for tests that check update touched only these. */
export const TOP_LEVEL_TAGS: ReadonlyArray<string> = TEMPLATE.flatMap((s) => s.fields.filter((f) => !isList(f)).map((f) => fieldTag({ rows: [], field: f.id })));
