import { allPeople } from '../../domain';
import type { DiffItem, Field, GroupField, Locale, Plan, TextListField } from '../../domain';
import { translate } from '../../i18n';
import { evaluationMessages as m } from '../../i18n/areas/evaluation';
import { formatDate } from '../formatDate';

/** Turning plan values into short readable text for the version comparison. */

export interface DiffContext {
  locale: Locale;
  /** Names and goal texts from both versions, so a reference to something since removed still reads well. */
  names: ReadonlyMap<string, string>;
  goals: ReadonlyMap<string, string>;
}

export function diffContext(older: Plan, newer: Plan, locale: Locale): DiffContext {
  const names = new Map([...allPeople(older), ...allPeople(newer)].map((p) => [p.id, p.name]));
  const goals = new Map([...older.goals, ...newer.goals].map((g) => [g.id, g.text]));
  return { locale, names, goals };
}

/** A field's value as text: names for person references, labels for choices, dates written out. */
export function valueText(field: Field | undefined, value: unknown, ctx: DiffContext): string {
  const empty = translate(m['compare.empty'], ctx.locale);
  if (value === null || value === undefined || value === '') return empty;
  if (typeof value === 'boolean') return translate(m[value ? 'compare.yes' : 'compare.no'], ctx.locale);
  if (field?.kind === 'personRef' && typeof value === 'string') return ctx.names.get(value) ?? value;
  if (field?.kind === 'personRefs' && Array.isArray(value)) {
    return value.length === 0 ? empty : value.map((id) => ctx.names.get(String(id)) ?? String(id)).join(', ');
  }
  if (field?.kind === 'goalRef' && typeof value === 'string') return ctx.goals.get(value) ?? value;
  if (field?.kind === 'select' && typeof value === 'string') return field.options.find((o) => o.value === value)?.label[ctx.locale] ?? value;
  if (field?.kind === 'date' && typeof value === 'string') return formatDate(value, ctx.locale);
  if (Array.isArray(value)) return value.length === 0 ? empty : translate(m['compare.items'], ctx.locale, { n: value.length });
  if (typeof value === 'object') return '…';
  return String(value);
}

/** The subfield of a list that holds `key`, for its label and kind. */
export function subField(list: GroupField | TextListField, key: string): Field | undefined {
  if (list.kind === 'group') return list.fields.find((f) => f.id === key);
  return key === 'text' ? { id: 'text', kind: 'textarea', repeats: false, label: list.itemLabel, help: list.help } : undefined;
}

const TITLE_KEYS = ['what', 'text', 'name', 'description', 'watches', 'receives'] as const;

/** A short name for a list item: an agreement's "what", a goal's text, a person's name, or a meeting's date. */
export function itemTitle(item: DiffItem, list: GroupField | TextListField, ctx: DiffContext): string {
  for (const key of TITLE_KEYS) {
    const value = item[key];
    if (typeof value === 'string' && value.trim()) return value;
  }
  if (typeof item.date === 'string') return formatDate(item.date, ctx.locale);
  if (typeof item.personId === 'string') return ctx.names.get(item.personId) ?? item.personId;
  return list.itemLabel[ctx.locale];
}
