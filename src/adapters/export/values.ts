import { format } from 'date-fns';
import { enGB, nl } from 'date-fns/locale';
import { allPeople, copyChoiceLabel, copyChoiceSchema, isIsoDate, templateFields } from '../../domain';
import type { GroupField, Locale, Plan, ScalarField, Text } from '../../domain';
import { translate } from '../../i18n';
import { exportMessages as m } from '../../i18n/areas/export';

/** A plan, or an item of one of its lists, read generically by the template's field ids. */
export type Values = Readonly<Record<string, unknown>>;

/** Lists whose items other items point at by id (agreement -> goal, review -> agreement). */
interface RefList {
  itemLabel: Text;
  ids: string[];
}

/** What formatting a value needs besides the value: the language and the plan's people and lists. */
export interface ValueContext {
  locale: Locale;
  personNames: ReadonlyMap<string, string>;
  refs: Readonly<Record<RefKey, RefList>>;
}

/** Item keys that point into another list. They are shown as "Doel 2" rather than as an id. */
export const REF_KEYS = ['goalId', 'agreementId'] as const;
export type RefKey = (typeof REF_KEYS)[number];

function groupField(id: string): GroupField {
  const found = templateFields().find(({ field }) => field.id === id && field.kind === 'group');
  if (!found || found.field.kind !== 'group') throw new Error(`template has no group "${id}"`);
  return found.field;
}

export function valueContext(plan: Plan, locale: Locale): ValueContext {
  return {
    locale,
    personNames: new Map(allPeople(plan).map((p) => [p.id, p.name])),
    refs: {
      goalId: { itemLabel: groupField('goals').itemLabel, ids: plan.goals.map((g) => g.id) },
      agreementId: { itemLabel: groupField('agreements').itemLabel, ids: plan.agreements.map((a) => a.id) },
    },
  };
}

export function formatIsoDate(iso: string, locale: Locale): string {
  if (!isIsoDate(iso)) return iso;
  const [y, mo, d] = iso.split('-').map(Number) as [number, number, number];
  return format(new Date(y, mo - 1, d), 'd MMMM yyyy', { locale: locale === 'nl' ? nl : enGB });
}

/** "Doel 2": the item's number in its list, as in the numbered tables of the document. */
export function formatRef(key: RefKey, id: unknown, ctx: ValueContext): string {
  if (typeof id !== 'string') return '';
  const list = ctx.refs[key];
  const index = list.ids.indexOf(id);
  if (index < 0) return '';
  return translate(m['docx.itemRef'], ctx.locale, { item: list.itemLabel[ctx.locale], number: index + 1 });
}

function personName(id: unknown, ctx: ValueContext): string {
  return typeof id === 'string' ? (ctx.personNames.get(id) ?? '') : '';
}

/** The printable text of one scalar field's value. Empty values print as an empty cell, to fill in by hand. */
export function formatValue(field: ScalarField, value: unknown, ctx: ValueContext): string {
  if (value === null || value === undefined) return '';
  switch (field.kind) {
    case 'text':
    case 'textarea':
      // A free-text field that holds just a date ("Geboortedatum of leeftijd") prints it as a date too.
      return typeof value === 'string' ? (isIsoDate(value.trim()) ? formatIsoDate(value.trim(), ctx.locale) : value) : '';
    case 'date':
      return typeof value === 'string' ? formatIsoDate(value, ctx.locale) : '';
    case 'boolean':
      return translate(value === true ? m['docx.yes'] : m['docx.no'], ctx.locale);
    case 'score':
      return typeof value === 'number' ? String(value) : '';
    case 'select':
      return field.options.find((o) => o.value === value)?.label[ctx.locale] ?? '';
    case 'personRef':
      return personName(value, ctx);
    case 'personRefs':
      return Array.isArray(value) ? value.map((id) => personName(id, ctx)).filter((n) => n !== '').join(', ') : '';
    case 'goalRef':
      return formatRef('goalId', value, ctx);
    case 'copyChoice': {
      const choice = copyChoiceSchema.safeParse(value);
      return choice.success ? copyChoiceLabel(choice.data, ctx.locale, (id) => ctx.personNames.get(id)) : '';
    }
  }
}
