import { CURRENT_SCHEMA_VERSION, createEmptyPlan, emptyValue, idSchema, isRetiredFormField, newId } from '../../domain';
import type { Field, Locale, ScalarField } from '../../domain';
import type { DocumentProblem, DocumentReadResult } from '../../app/ports';
import { translate } from '../../i18n';
import { wordProblemMessages as p } from '../../i18n/areas/word';
import { TOP_FIELDS, isList, itemKeys, resolveField, rowFields } from './fields';
import type { ListField } from './fields';
import { linkOfPlan, linkOfRow, parseMeta, placeOf, planIdOf } from './meta';
import { MAX_REPAIRS, PLAN_DEFAULTS, validateCandidate } from './repair';
import type { DocumentMeta } from './meta';
import { problemAt } from './problems';
import type { PlanPath } from './problems';
import { parseTag, rowPath } from './tags';
import type { RowStep } from './tags';
import { normalizeWordText, parseValue } from './values';
import type { RefContext } from './values';

/**
 * Turns the content controls of a document (one load, in document order) into a plan. Pure: no office-js here.
 * Whatever the document holds, it returns a valid plan and the list of what it could not take over.
 */

/** What one load of a content control gives. */
export interface ControlData {
  tag: string;
  text: string;
  placeholderText: string;
}

/** A row of a list (or the plan itself) as found in the document: texts per field, and nested lists. */
interface RawRow {
  key: string;
  values: Map<string, string>;
  lists: Map<string, RawRow[]>;
  /** The row whose bookkeeping in the meta control applies: its own path, or the original's for a copied row. */
  origin: RowStep[];
  /** A copy the user made of a row (a table row copied in Word), or a row inside such a copy. */
  copied: boolean;
}

const newRow = (key: string, origin: RowStep[], copied = false): RawRow => ({ key, values: new Map(), lists: new Map(), origin, copied });

type Item = Record<string, unknown>;

class Reader {
  readonly problems: DocumentProblem[] = [];
  readonly root = newRow('', []);
  /** Per original row (its row path): the copies of it found so far, in document order. */
  private readonly copies = new Map<string, RawRow[]>();
  meta: DocumentMeta | null = null;
  metaSeen = false;
  private readonly seenTags = new Set<string>();

  constructor(readonly locale: Locale) {}

  report(path: PlanPath, message: string): void {
    this.problems.push(problemAt(path, message, this.locale));
  }

  /** Empty controls may report their placeholder as text (Word does on some platforms): that is no value. */
  static valueText(control: ControlData): string {
    return control.placeholderText && control.text === control.placeholderText ? '' : control.text;
  }

  collect(control: ControlData): void {
    const parsed = parseTag(control.tag);
    if (parsed.kind === 'foreign' || parsed.kind === 'list') return;
    if (parsed.kind === 'invalid') {
      this.report([], translate(p['problem.unknownTag'], this.locale, { tag: control.tag.slice(0, 64) }));
      return;
    }
    const seen = this.seenTags.has(control.tag);
    this.seenTags.add(control.tag);
    if (parsed.kind === 'meta') {
      if (seen) this.report([], translate(p['problem.duplicate'], this.locale));
      else this.readMeta(control);
      return;
    }
    const { rows, field } = parsed.address;
    // A field of an older document that the form no longer has: not a tag changed by hand, so no problem (domain RETIRED_FORM_FIELDS).
    if (isRetiredFormField(rows.map((r) => r.list), field)) return;
    if (!resolveField(rows.map((r) => r.list), field)) {
      this.report(rows.length > 0 ? [rows[0]?.list ?? ''] : [field], translate(p['problem.unknownTag'], this.locale, { tag: control.tag.slice(0, 64) }));
      return;
    }
    if (!seen) this.rowAt(rows).values.set(field, Reader.valueText(control));
    // A second control of a field in a row: the user copied the row (Word copies the controls with their tags).
    else if (rows.length > 0) this.copyRowFor(rows, field).values.set(field, Reader.valueText(control));
    else this.report(this.displayPath(control.tag), translate(p['problem.duplicate'], this.locale));
  }

  private readMeta(control: ControlData): void {
    this.metaSeen = true;
    this.meta = parseMeta(normalizeWordText(control.text));
    if (!this.meta) this.report([], translate(p['problem.meta.damaged'], this.locale));
  }

  /**
   * The copied row a repeated field control belongs to. Controls come in document order, so a copied row's controls
   * follow each other: the value goes into the latest copy (of the outermost row that has one) that lacks this field,
   * else a new copy starts right after the original and its earlier copies. A copy keeps the original's bookkeeping
   * but is a new item: the converter gives it an id of its own.
   */
  private copyRowFor(rows: ReadonlyArray<RowStep>, field: string): RawRow {
    for (let depth = 1; depth <= rows.length; depth++) {
      const latest = this.copies.get(rowPath(rows.slice(0, depth)))?.at(-1);
      if (!latest) continue;
      const target = Reader.descend(latest, rows.slice(depth));
      if (!target.values.has(field)) return target;
    }
    const step = rows[rows.length - 1];
    if (!step) return this.root;
    const original = this.rowAt(rows);
    const siblings = this.rowAt(rows.slice(0, -1)).lists.get(step.list) ?? [];
    const path = rowPath(rows);
    const earlier = this.copies.get(path) ?? [];
    const copy = newRow(`${step.key}+${earlier.length + 1}`, [...rows], true);
    siblings.splice(siblings.indexOf(earlier.at(-1) ?? original) + 1, 0, copy);
    this.copies.set(path, [...earlier, copy]);
    return copy;
  }

  /** The row at `rest` inside `row`, made when missing; rows inside a copy are copies too. */
  private static descend(row: RawRow, rest: ReadonlyArray<RowStep>): RawRow {
    let current = row;
    for (const step of rest) {
      const list = current.lists.get(step.list) ?? [];
      current.lists.set(step.list, list);
      let next = list.find((r) => r.key === step.key);
      if (!next) {
        next = newRow(step.key, [...current.origin, step], current.copied);
        list.push(next);
      }
      current = next;
    }
    return current;
  }

  /** The top of a tag's path, good enough to name the section of a duplicate. */
  private displayPath(tag: string): PlanPath {
    const parsed = parseTag(tag);
    if (parsed.kind !== 'field') return [];
    return [parsed.address.rows[0]?.list ?? parsed.address.field];
  }

  private rowAt(rows: ReadonlyArray<RowStep>): RawRow {
    return Reader.descend(this.root, rows);
  }
}

function isBlank(row: RawRow): boolean {
  return [...row.values.values()].every((v) => normalizeWordText(v).trim() === '') && [...row.lists.values()].every((l) => l.every(isBlank));
}

/**
 * Bookkeeping of a row that the meta control normally brings back; used when the link is lost. A calendar reference
 * becomes "none" and an evaluation counts as made on version 1. A review without its agreement cannot be placed and is
 * left out (and reported).
 */
// A row typed into the document has no hidden record: the schema's non-form keys start as a new item's do (schema version 5 adds the last three).
const ROW_BOOKKEEPING_DEFAULTS: Readonly<Item> = { event: null, planVersion: 1, mustBeInformed: false, subjectId: null, agreementIds: [] };

function rowDefaults(keys: ReadonlySet<string>): Item {
  return Object.fromEntries(Object.entries(ROW_BOOKKEEPING_DEFAULTS).filter(([k]) => keys.has(k)));
}

/**
 * Bookkeeping a copied row must not share with its original: a calendar event belongs to one item. (The id is
 * replaced by the converter, which gives every repeated id a new one.)
 */
const NOT_COPIED: ReadonlyArray<string> = ['event'];

/** Converts the rows read into plan values, following the template, and reports what does not fit. */
class Converter {
  private readonly ids = new Map<RawRow, string>();
  /** Ids given out so far, plan-wide (the plan schema wants people, goals and agreements unique across lists). */
  private readonly taken = new Set<string>();
  /** Rows whose recorded id was taken already (a copied row): they got a new id. */
  private readonly renamed = new Set<RawRow>();
  refs: RefContext;

  constructor(private readonly reader: Reader) {
    this.refs = this.buildRefs();
  }

  /**
   * The bookkeeping the meta control holds for a row (ids and numbers only, also from an older, fuller link: meta.ts),
   * the original's for a copy, less what a copy must not share.
   */
  private rowMeta(row: RawRow): Item | undefined {
    const recorded = this.reader.meta?.rows[rowPath(row.origin)];
    const hidden = recorded === undefined ? undefined : linkOfRow(recorded);
    if (!hidden || !row.copied) return hidden;
    return Object.fromEntries(Object.entries(hidden).filter(([k]) => !NOT_COPIED.includes(k)));
  }

  /** The row's id: the recorded one, or a new one when there is none or another row has it already (a copied row). */
  private idOf(row: RawRow): string {
    let id = this.ids.get(row);
    if (!id) {
      const recorded = this.rowMeta(row)?.id;
      // An id the link holds in a broken form (edited by hand) is as good as none: the item stays, with a new id.
      const known = idSchema.safeParse(recorded).success ? (recorded as string) : undefined;
      id = known !== undefined && !this.taken.has(known) ? known : newId();
      if (known !== undefined && known !== id) this.renamed.add(row);
      this.ids.set(row, id);
      this.taken.add(id);
    }
    return id;
  }

  private topRows(list: string): RawRow[] {
    return (this.reader.root.lists.get(list) ?? []).filter((r) => !Converter.skipped(r, this.rowMeta(r)));
  }

  /** A blank row the app never filled (the empty template's row, or a blank copy) is no item; a known item stays, even when emptied. */
  private static skipped(row: RawRow, hidden: Item | undefined): boolean {
    return isBlank(row) && (!hidden || row.copied);
  }

  /** People and goals as written in this document: what names and "Doel n" resolve against. */
  private buildRefs(): RefContext {
    const people = ['directPersons', 'socialNetwork', 'professionals'].flatMap((list) =>
      this.topRows(list).map((r) => ({ id: this.idOf(r), name: normalizeWordText(r.values.get('name') ?? '').trim() })));
    const goals = this.topRows('goals').map((r) => this.idOf(r));
    return {
      locale: this.reader.locale,
      personName: (id) => people.find((x) => x.id === id)?.name,
      personIdByName: (name) => people.find((x) => x.name !== '' && x.name.toLowerCase() === name.toLowerCase())?.id,
      goalNumber: (id) => (goals.includes(id) ? goals.indexOf(id) + 1 : undefined),
      goalIdByNumber: (n) => goals[n - 1],
    };
  }

  record(fields: ReadonlyArray<Field>, row: RawRow, rows: RowStep[], path: PlanPath): Item {
    const out: Item = {};
    for (const field of fields) {
      out[field.id] = isList(field) ? this.list(field, row, rows, [...path, field.id]) : this.scalar(field, row, [...path, field.id]);
    }
    return out;
  }

  private scalar(field: ScalarField, row: RawRow, path: PlanPath): unknown {
    const text = row.values.get(field.id);
    if (text === undefined) {
      this.reader.report(path, translate(p['problem.missing'], this.reader.locale));
      return emptyValue(field);
    }
    const parsed = parseValue(field, text, this.refs);
    if (parsed.problem) this.reader.report(path, parsed.problem);
    // A top-level choice the plan cannot leave open (the phase) keeps the default a new plan has.
    if (parsed.value === null && path.length === 1) return PLAN_DEFAULTS[field.id] ?? null;
    return parsed.value;
  }

  private list(list: ListField, row: RawRow, parent: RowStep[], path: PlanPath): Item[] {
    const keys = itemKeys([...parent.map((s) => s.list), list.id]);
    const items: Item[] = [];
    for (const raw of row.lists.get(list.id) ?? []) {
      const rows = [...parent, { list: list.id, key: raw.key }];
      const hidden = this.rowMeta(raw);
      if (Converter.skipped(raw, hidden)) continue;
      const item: Item = { ...rowDefaults(keys), ...(hidden ?? {}) };
      if (keys.has('id')) item.id = this.idOf(raw);
      else delete item.id;
      if (this.renamed.has(raw)) this.reader.report([...path, items.length], translate(p['problem.rowCopied'], this.reader.locale));
      Object.assign(item, this.record(rowFields(list), raw, rows, [...path, items.length]));
      items.push(item);
    }
    return items;
  }
}

/**
 * The plan's keys that are no form fields: the id and version from the link, everything else as a new plan has it.
 * Status, closure, shares and meetings are the stored plan's business (domain documentApply.ts), so an older link
 * that still carries them, or a link edited by hand, changes nothing here.
 */
function bookkeeping(meta: DocumentMeta | null): Item {
  const defaults = createEmptyPlan() as unknown as Item;
  const fromMeta = linkOfPlan(meta?.plan ?? {});
  const out: Item = {};
  const formFields = new Set(TOP_FIELDS.map((f) => f.id));
  for (const key of Object.keys(defaults)) if (!formFields.has(key)) out[key] = key in fromMeta ? fromMeta[key] : defaults[key];
  // The plan is read into today's schema, whatever version wrote the document.
  out.schemaVersion = CURRENT_SCHEMA_VERSION;
  return out;
}

/**
 * Reads the controls of one document. `{ kind: 'empty' }` when none of them is ours; `{ kind: 'unusable' }` when the
 * plan could not be made valid within the repair limit (the problems say why; nothing may be applied).
 */
export function readControls(controls: ReadonlyArray<ControlData>, locale: Locale): DocumentReadResult {
  const ours = controls.filter((c) => parseTag(c.tag).kind !== 'foreign');
  if (ours.length === 0) return { kind: 'empty' };
  const reader = new Reader(locale);
  for (const control of ours) reader.collect(control);
  if (!reader.metaSeen) reader.report([], translate(p['problem.meta.missing'], locale));
  const schemaVersion = reader.meta?.schemaVersion ?? null;
  if (schemaVersion !== null && schemaVersion > CURRENT_SCHEMA_VERSION) {
    reader.report([], translate(p['problem.meta.newer'], locale, { version: schemaVersion }));
  }
  const converter = new Converter(reader);
  const candidate: Item = { ...bookkeeping(reader.meta), ...converter.record(TOP_FIELDS, reader.root, [], []) };
  const plan = validateCandidate(candidate, locale, (path, message) => reader.report(path, message));
  // Past the repair limit nothing is offered to apply: an emptied plan would overwrite the stored one (repair.ts).
  if (!plan) return { kind: 'unusable', planId: planIdOf(reader.meta), schemaVersion, problems: reader.problems, limit: MAX_REPAIRS };
  return { kind: 'plan', planId: planIdOf(reader.meta), schemaVersion, plan, problems: reader.problems, place: placeOf(reader.meta) };
}
