import type { Plan, PlanStatus } from './plan';
import { TEMPLATE } from './template';
import type { Field, GroupField, Section, TextListField } from './template';

/**
 * What changed between two versions of a plan, section by section in template order. Lists (goals,
 * agreements, people, and every other repeating list) are compared item by item, matched by id, so an
 * edited agreement shows as "changed" rather than as one removed and one added.
 */

export type ChangeKind = 'added' | 'removed' | 'changed';

export type DiffItem = Readonly<Record<string, unknown>> & { id: string };

export interface ItemChange {
  kind: ChangeKind;
  id: string;
  before: DiffItem | null;
  after: DiffItem | null;
  /** For `changed`: the item's keys whose values differ, in the order of the template's subfields. */
  changedFields: string[];
}

export type FieldChange =
  | { kind: 'value'; field: Field; before: unknown; after: unknown }
  | { kind: 'items'; field: GroupField | TextListField; changes: ItemChange[] };

export interface SectionDiff {
  section: Section;
  changed: boolean;
  changes: FieldChange[];
}

export interface PlanDiff {
  version: { before: number; after: number };
  status: { before: PlanStatus; after: PlanStatus };
  sections: SectionDiff[];
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isItem(value: unknown): value is DiffItem {
  return value !== null && typeof value === 'object' && typeof (value as { id?: unknown }).id === 'string';
}

function itemsOf(value: unknown): DiffItem[] {
  return Array.isArray(value) ? value.filter(isItem) : [];
}

function changedKeys(field: GroupField | TextListField, before: DiffItem, after: DiffItem): string[] {
  const templateOrder = field.kind === 'group' ? field.fields.map((f) => f.id) : ['text'];
  const extra = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((k) => k !== 'id' && !templateOrder.includes(k));
  return [...templateOrder, ...extra].filter((key) => !same(before[key], after[key]));
}

/** Item-level changes of one list, matched by id: removed items in the old order, then added and changed in the new order. */
export function diffItems(field: GroupField | TextListField, before: unknown, after: unknown): ItemChange[] {
  const older = itemsOf(before);
  const newer = itemsOf(after);
  const olderById = new Map(older.map((item) => [item.id, item]));
  const newerIds = new Set(newer.map((item) => item.id));
  const removed: ItemChange[] = older
    .filter((item) => !newerIds.has(item.id))
    .map((item) => ({ kind: 'removed', id: item.id, before: item, after: null, changedFields: [] }));
  const addedOrChanged = newer.flatMap((item): ItemChange[] => {
    const previous = olderById.get(item.id);
    if (!previous) return [{ kind: 'added', id: item.id, before: null, after: item, changedFields: [] }];
    const keys = changedKeys(field, previous, item);
    return keys.length === 0 ? [] : [{ kind: 'changed', id: item.id, before: previous, after: item, changedFields: keys }];
  });
  return [...removed, ...addedOrChanged];
}

function diffField(field: Field, before: unknown, after: unknown): FieldChange | null {
  if (field.kind === 'group' || field.kind === 'textList') {
    const changes = diffItems(field, before, after);
    return changes.length === 0 ? null : { kind: 'items', field, changes };
  }
  return same(before, after) ? null : { kind: 'value', field, before, after };
}

/** Compares an older and a newer version of a plan, section by section. */
export function diffPlans(older: Plan, newer: Plan): PlanDiff {
  const a = older as unknown as Record<string, unknown>;
  const b = newer as unknown as Record<string, unknown>;
  const sections = TEMPLATE.map((section): SectionDiff => {
    const changes = section.fields
      .map((field) => diffField(field, a[field.id], b[field.id]))
      .filter((change): change is FieldChange => change !== null);
    return { section, changed: changes.length > 0, changes };
  });
  return {
    version: { before: older.version, after: newer.version },
    status: { before: older.status, after: newer.status },
    sections,
  };
}

/** The ids of agreements that differ between the versions (added, removed or changed). */
export function changedAgreementIds(diff: PlanDiff): Map<string, ChangeKind> {
  const result = new Map<string, ChangeKind>();
  for (const section of diff.sections) {
    for (const change of section.changes) {
      if (change.kind === 'items' && change.field.id === 'agreements') for (const item of change.changes) result.set(item.id, item.kind);
    }
  }
  return result;
}
