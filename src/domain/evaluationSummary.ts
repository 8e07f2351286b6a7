import { effectiveScores, evaluationsInOrder } from './evaluation';
import { copyChoiceLabel } from './copies';
import { allPeople, copyChoiceSchema } from './plan';
import type { Audience, EvaluationDecision, Plan } from './plan';
import { TEMPLATE } from './template';
import type { Field, GroupField, Locale, ScalarField, SelectField, Text } from './template';
import { diffPlans } from './versionDiff';
import type { ChangeKind, DiffItem, ItemChange } from './versionDiff';

/**
 * The evaluation summary that goes into the Word document and the .docx export: the latest scaling scores,
 * the decision of every evaluation, and what changed in goals, agreements and people since an earlier
 * version. Pure, and already worded in one language, so every renderer prints the same lines. It holds
 * names and short texts only, never ids: it is read by the family.
 */

export interface SummaryScore {
  /** Empty when the person has since been removed from the plan. */
  name: string;
  audience: Audience;
  audienceLabel: string;
  score: number;
}

export interface SummaryDecision {
  date: string | null;
  planVersion: number;
  decision: EvaluationDecision | null;
  /** "Bijstellen", or "Nog geen besluit" while the evaluation runs. */
  label: string;
}

export type SummarySubject = 'goal' | 'agreement' | 'person';

export interface SummaryChange {
  subject: SummarySubject;
  kind: ChangeKind;
  /** One readable line, e.g. "Afspraak gewijzigd: Oma haalt Noor op (Oma Riet)". */
  text: string;
  /** For a changed item: one line per changed field, e.g. "Wanneer: „tot 1 februari” → „tot 1 mei”". */
  details: string[];
}

export interface SummaryChanges {
  fromVersion: number;
  toVersion: number;
  lines: SummaryChange[];
}

export interface EvaluationSummary {
  /** The most recent evaluation's scores, or null while there is no evaluation. */
  latest: { date: string | null; planVersion: number; scores: SummaryScore[] } | null;
  /** Every evaluation's decision, oldest first. */
  decisions: SummaryDecision[];
  /** Null when there is no earlier version to compare with. */
  changes: SummaryChanges | null;
}

const t = (nl: string, en: string): Text => ({ nl, en });

const LINE_PREFIX: Readonly<Record<SummarySubject, Record<ChangeKind, Text>>> = {
  goal: { added: t('Nieuw doel', 'New goal'), removed: t('Doel vervallen', 'Goal dropped'), changed: t('Doel gewijzigd', 'Goal changed') },
  agreement: {
    added: t('Nieuwe afspraak', 'New agreement'), removed: t('Afspraak vervallen', 'Agreement dropped'), changed: t('Afspraak gewijzigd', 'Agreement changed'),
  },
  person: {
    added: t('Nieuwe betrokkene', 'Person added'), removed: t('Niet meer betrokken', 'Person no longer involved'),
    changed: t('Gegevens gewijzigd', 'Details changed'),
  },
};

const NO_DECISION = t('Nog geen besluit', 'No decision yet');
const EMPTY = t('(leeg)', '(empty)');
const YES_NO = { yes: t('ja', 'yes'), no: t('nee', 'no') };
const QUOTES: Readonly<Record<Locale, [string, string]>> = { nl: ['„', '”'], en: ['“', '”'] };

/** Lines stay short: a long agreement is cut at a word boundary. The document itself holds the full text. */
export const SUMMARY_TEXT_LIMIT = 100;

/** The lists whose changes the summary reports, in the order the plan shows them. */
const SUBJECT_OF_LIST: Readonly<Record<string, SummarySubject>> = {
  directPersons: 'person', socialNetwork: 'person', professionals: 'person', goals: 'goal', agreements: 'agreement',
};

export function shorten(text: string, limit = SUMMARY_TEXT_LIMIT): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= limit) return flat;
  const cut = flat.slice(0, limit - 1);
  const atWord = cut.lastIndexOf(' ');
  return `${(atWord > limit / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
}

function nestedGroup(fields: ReadonlyArray<Field>, id: string): GroupField | undefined {
  for (const field of fields) {
    if (field.kind !== 'group') continue;
    if (field.id === id) return field;
    const inner = nestedGroup(field.fields, id);
    if (inner) return inner;
  }
  return undefined;
}

/** A select's option label from the template, so the summary uses the form's own words ("Bijstellen", "Ouder"). */
function optionLabel(groupId: string, fieldId: string, value: string, locale: Locale): string {
  const group = nestedGroup(TEMPLATE.flatMap((s) => s.fields), groupId);
  const field = group?.fields.find((f): f is SelectField => f.id === fieldId && f.kind === 'select');
  return field?.options.find((o) => o.value === value)?.label[locale] ?? value;
}

interface Names {
  person: ReadonlyMap<string, string>;
  goal: ReadonlyMap<string, string>;
}

/** Names from both versions, so a person or goal that was removed is still named. */
function namesOf(plans: Plan[]): Names {
  return {
    person: new Map(plans.flatMap((p) => allPeople(p).map((x): [string, string] => [x.id, x.name]))),
    goal: new Map(plans.flatMap((p) => p.goals.map((g): [string, string] => [g.id, g.text]))),
  };
}

function personNames(value: unknown, names: Names): string {
  if (!Array.isArray(value)) return '';
  return value.map((id) => (typeof id === 'string' ? names.person.get(id) ?? '' : '')).filter((n) => n.trim() !== '').join(', ');
}

function quoted(text: string, locale: Locale): string {
  const [open, close] = QUOTES[locale];
  return `${open}${shorten(text, SUMMARY_TEXT_LIMIT / 2)}${close}`;
}

/** A short date for summary lines: 15-1-2027 in Dutch, 15/01/2027 in English. */
export function summaryDate(iso: string, locale: Locale): string {
  const [y, m, d] = iso.split('-');
  if (!y || !m || !d) return iso;
  return locale === 'nl' ? `${Number(d)}-${Number(m)}-${y}` : `${d}/${m}/${y}`;
}

/** One field value as the family reads it, never as an id. */
function formatFieldValue(field: ScalarField, value: unknown, names: Names, locale: Locale): string {
  let text = '';
  switch (field.kind) {
    case 'text':
    case 'textarea':
      return typeof value === 'string' && value.trim() !== '' ? quoted(value, locale) : EMPTY[locale];
    case 'boolean':
      return (value === true ? YES_NO.yes : YES_NO.no)[locale];
    case 'date':
      text = typeof value === 'string' ? summaryDate(value, locale) : '';
      break;
    case 'score':
      text = typeof value === 'number' ? String(value) : '';
      break;
    case 'select':
      text = field.options.find((o) => o.value === value)?.label[locale] ?? '';
      break;
    case 'personRef':
      text = personNames([value], names);
      break;
    case 'personRefs':
      text = personNames(value, names);
      break;
    case 'goalRef':
      text = typeof value === 'string' ? quoted(names.goal.get(value) ?? '', locale) : '';
      break;
    case 'copyChoice': {
      const choice = copyChoiceSchema.safeParse(value);
      text = choice.success ? copyChoiceLabel(choice.data, locale, (id) => names.person.get(id)) : '';
      break;
    }
  }
  return text === '' ? EMPTY[locale] : text;
}

function stringField(item: DiffItem, key: string): string {
  const value = item[key];
  return typeof value === 'string' ? value : '';
}

/** How an item is called in a line: the goal's text, the agreement's what (and who), the person's name (and list). */
function itemName(subject: SummarySubject, list: GroupField, item: DiffItem, names: Names, locale: Locale): string {
  switch (subject) {
    case 'goal':
      return shorten(stringField(item, 'text'));
    case 'agreement': {
      const who = personNames(item.who, names);
      const what = shorten(stringField(item, 'what'));
      return who === '' ? what : `${what} (${who})`;
    }
    case 'person':
      return `${stringField(item, 'name').trim()} (${list.label[locale]})`;
  }
}

function details(list: GroupField, change: ItemChange, names: Names, locale: Locale): string[] {
  if (change.kind !== 'changed' || !change.before || !change.after) return [];
  const before = change.before;
  const after = change.after;
  return change.changedFields.flatMap((key) => {
    const field = list.fields.find((f): f is ScalarField => f.id === key && f.kind !== 'group' && f.kind !== 'textList');
    if (!field) return [];
    return [`${field.label[locale]}: ${formatFieldValue(field, before[key], names, locale)} → ${formatFieldValue(field, after[key], names, locale)}`];
  });
}

function changeLine(subject: SummarySubject, list: GroupField, change: ItemChange, names: Names, locale: Locale): SummaryChange {
  const item = change.after ?? change.before;
  const name = item ? itemName(subject, list, item, names, locale) : '';
  return {
    subject,
    kind: change.kind,
    text: `${LINE_PREFIX[subject][change.kind][locale]}: ${name}`,
    details: details(list, change, names, locale),
  };
}

/** What changed in people, goals and agreements from `previous` to `plan`, in the plan's own order. */
export function summaryChanges(plan: Plan, previous: Plan, locale: Locale): SummaryChanges {
  const names = namesOf([plan, previous]);
  const lines = diffPlans(previous, plan).sections.flatMap((section) => section.changes.flatMap((change) => {
    if (change.kind !== 'items' || change.field.kind !== 'group') return [];
    const subject = SUBJECT_OF_LIST[change.field.id];
    if (!subject) return [];
    const list = change.field;
    return change.changes.map((item) => changeLine(subject, list, item, names, locale));
  }));
  return { fromVersion: previous.version, toVersion: plan.version, lines };
}

function latestScores(plan: Plan, locale: Locale): EvaluationSummary['latest'] {
  const latest = evaluationsInOrder(plan).at(-1);
  if (!latest) return null;
  const names = new Map(allPeople(plan).map((p) => [p.id, p.name]));
  return {
    date: latest.date,
    planVersion: latest.planVersion,
    scores: effectiveScores(latest).map((s) => ({
      name: names.get(s.personId) ?? '',
      audience: s.audience,
      audienceLabel: optionLabel('scores', 'audience', s.audience, locale),
      score: s.score,
    })),
  };
}

/**
 * The summary of a plan's evaluations, and of what changed since `previous` (the version before this one,
 * or null when there is none).
 */
export function evaluationSummary(plan: Plan, previous: Plan | null, locale: Locale): EvaluationSummary {
  return {
    latest: latestScores(plan, locale),
    decisions: evaluationsInOrder(plan).map((e) => ({
      date: e.date,
      planVersion: e.planVersion,
      decision: e.decision,
      label: e.decision === null ? NO_DECISION[locale] : optionLabel('evaluations', 'decision', e.decision, locale),
    })),
    changes: previous ? summaryChanges(plan, previous, locale) : null,
  };
}

/** True when the summary has something to show: an evaluation, or an earlier version to compare with. */
export function hasSummaryContent(summary: EvaluationSummary): boolean {
  return summary.latest !== null || summary.decisions.length > 0 || summary.changes !== null;
}
