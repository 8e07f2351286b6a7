import { z } from 'zod';
import { TEMPLATE, planSchema } from '../../domain';
import type { Field, GroupField, Locale, ScalarField, Section, TextListField } from '../../domain';

/** Walking template.ts: the Word layout and the reader both follow it, never a hand-written list of fields. */

export type ListField = GroupField | TextListField;

export function isList(field: Field): field is ListField {
  return field.kind === 'group' || field.kind === 'textList';
}

/** A text list's item `{ id, text }` shown as one text field, labelled with the list's item label. */
function textItemField(list: TextListField): ScalarField {
  return { id: 'text', kind: 'textarea', repeats: false, label: list.itemLabel, help: list.help };
}

/** The fields of one row of a list. */
export function rowFields(list: ListField): ReadonlyArray<Field> {
  return list.kind === 'textList' ? [textItemField(list)] : list.fields;
}

/** A flat list is one table, a row per item; a list whose items hold lists (evaluations) becomes a region of blocks. */
export function isFlat(list: ListField): boolean {
  return rowFields(list).every((f) => !isList(f));
}

/** The ids of a record's template fields, to tell bookkeeping keys (such as `planVersion`) apart. */
export function fieldIds(fields: ReadonlyArray<Field>): Set<string> {
  return new Set(fields.map((f) => f.id));
}

export const TOP_FIELDS: ReadonlyArray<Field> = TEMPLATE.flatMap((s) => s.fields);

export function sectionOf(topFieldId: string): Section | undefined {
  return TEMPLATE.find((s) => s.fields.some((f) => f.id === topFieldId));
}

export function sectionHeading(section: Section | undefined, locale: Locale): string {
  return section ? section.heading[locale] : '';
}

/** The keys an item of the list at this path (list names from the top) has, read from the plan schema itself. */
export function itemKeys(listNames: ReadonlyArray<string>): Set<string> {
  let schema: unknown = planSchema;
  for (const name of listNames) {
    if (!(schema instanceof z.ZodObject)) return new Set();
    const array: unknown = (schema.shape as Record<string, unknown>)[name];
    if (!(array instanceof z.ZodArray)) return new Set();
    schema = array.element;
  }
  return schema instanceof z.ZodObject ? new Set(Object.keys(schema.shape as Record<string, unknown>)) : new Set();
}

/** The field a tag's address points to, with the chain of lists leading to it; null when the template has no such field. */
export function resolveField(listNames: ReadonlyArray<string>, fieldId: string): { top: Field; leaf: ScalarField } | null {
  let fields: ReadonlyArray<Field> = TOP_FIELDS;
  let top: Field | undefined;
  for (const name of listNames) {
    const list = fields.find((f) => f.id === name);
    if (!list || !isList(list)) return null;
    top ??= list;
    fields = rowFields(list);
  }
  const leaf = fields.find((f) => f.id === fieldId);
  if (!leaf || isList(leaf)) return null;
  return { top: top ?? leaf, leaf };
}

/** Every scalar field of the template, nested ones included, once each: what the empty template holds. */
export function countTemplateLeaves(fields: ReadonlyArray<Field> = TOP_FIELDS): number {
  return fields.reduce((n, f) => n + (isList(f) ? countTemplateLeaves(rowFields(f)) : 1), 0);
}
