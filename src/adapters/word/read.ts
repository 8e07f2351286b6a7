import { CURRENT_SCHEMA_VERSION, createEmptyPlan, emptyValue, newId } from '../../domain';
import type { Field, Locale, ScalarField } from '../../domain';
import type { DocumentProblem, DocumentReadResult } from '../../app/ports';
import { translate } from '../../i18n';
import { wordProblemMessages as p } from '../../i18n/areas/word';
import { TOP_FIELDS, isList, itemKeys, resolveField, rowFields } from './fields';
import type { ListField } from './fields';
import { parseMeta, planIdOf } from './meta';
import { PLAN_DEFAULTS, validateCandidate } from './repair';
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
}

const newRow = (key: string): RawRow => ({ key, values: new Map(), lists: new Map() });

type Item = Record<string, unknown>;

class Reader {
  readonly problems: DocumentProblem[] = [];
  readonly root = newRow('');
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
    if (this.seenTags.has(control.tag)) {
      this.report(this.displayPath(control.tag), translate(p['problem.duplicate'], this.locale));
      return;
    }
    this.seenTags.add(control.tag);
    if (parsed.kind === 'meta') {
      this.metaSeen = true;
      this.meta = parseMeta(normalizeWordText(control.text));
      if (!this.meta) this.report([], translate(p['problem.meta.damaged'], this.locale));
      return;
    }
    const { rows, field } = parsed.address;
    if (!resolveField(rows.map((r) => r.list), field)) {
      this.report(rows.length > 0 ? [rows[0]?.list ?? ''] : [field], translate(p['problem.unknownTag'], this.locale, { tag: control.tag.slice(0, 64) }));
      return;
    }
    this.rowAt(rows).values.set(field, Reader.valueText(control));
  }

  /** The top of a tag's path, good enough to name the section of a duplicate. */
  private displayPath(tag: string): PlanPath {
    const parsed = parseTag(tag);
    if (parsed.kind !== 'field') return [];
    return [parsed.address.rows[0]?.list ?? parsed.address.field];
  }

  private rowAt(rows: ReadonlyArray<RowStep>): RawRow {
    let row = this.root;
    for (const step of rows) {
      const list = row.lists.get(step.list) ?? [];
      row.lists.set(step.list, list);
      let next = list.find((r) => r.key === step.key);
      if (!next) {
        next = newRow(step.key);
        list.push(next);
      }
      row = next;
    }
    return row;
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
const ROW_BOOKKEEPING_DEFAULTS: Readonly<Item> = { event: null, planVersion: 1 };

function rowDefaults(keys: ReadonlySet<string>): Item {
  return Object.fromEntries(Object.entries(ROW_BOOKKEEPING_DEFAULTS).filter(([k]) => keys.has(k)));
}

/** Converts the rows read into plan values, following the template, and reports what does not fit. */
class Converter {
  private readonly ids = new Map<RawRow, string>();
  refs: RefContext;

  constructor(private readonly reader: Reader) {
    this.refs = this.buildRefs();
  }

  private rowMeta(rows: ReadonlyArray<RowStep>): Item | undefined {
    return this.reader.meta?.rows[rowPath(rows)] as Item | undefined;
  }

  private idOf(row: RawRow, rows: ReadonlyArray<RowStep>): string {
    let id = this.ids.get(row);
    if (!id) {
      const known = this.rowMeta(rows)?.id;
      id = typeof known === 'string' ? known : newId();
      this.ids.set(row, id);
    }
    return id;
  }

  private topRows(list: string): RawRow[] {
    return (this.reader.root.lists.get(list) ?? []).filter((r) => !isBlank(r) || this.rowMeta([{ list, key: r.key }]));
  }

  /** People and goals as written in this document: what names and "Doel n" resolve against. */
  private buildRefs(): RefContext {
    const people = ['directPersons', 'socialNetwork', 'professionals'].flatMap((list) =>
      this.topRows(list).map((r) => ({ id: this.idOf(r, [{ list, key: r.key }]), name: normalizeWordText(r.values.get('name') ?? '').trim() })));
    const goals = this.topRows('goals').map((r) => this.idOf(r, [{ list: 'goals', key: r.key }]));
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
      const hidden = this.rowMeta(rows);
      // A blank row the app never filled (the empty template's row) is no item; a known item stays, even when emptied.
      if (isBlank(raw) && !hidden) continue;
      const item: Item = { ...rowDefaults(keys), ...(hidden ?? {}) };
      if (keys.has('id')) item.id = this.idOf(raw, rows);
      else delete item.id;
      Object.assign(item, this.record(rowFields(list), raw, rows, [...path, items.length]));
      items.push(item);
    }
    return items;
  }
}

function bookkeeping(meta: DocumentMeta | null): Item {
  const defaults = createEmptyPlan() as unknown as Item;
  const fromMeta = meta?.plan ?? {};
  const out: Item = {};
  const formFields = new Set(TOP_FIELDS.map((f) => f.id));
  for (const key of Object.keys(defaults)) if (!formFields.has(key)) out[key] = key in fromMeta ? fromMeta[key] : defaults[key];
  // The plan is read into today's schema, whatever version wrote the document.
  out.schemaVersion = CURRENT_SCHEMA_VERSION;
  return out;
}

/** Reads the controls of one document. `{ kind: 'empty' }` when none of them is ours. */
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
  return { kind: 'plan', planId: planIdOf(reader.meta), schemaVersion, plan, problems: reader.problems };
}
