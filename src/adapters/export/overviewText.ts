import { DomainError, personalOverview } from '../../domain';
import type { Locale, OrganisationSettings, PersonalOverview, Plan } from '../../domain';
import { translate } from '../../i18n';
import { documentMessages as m } from '../../i18n/areas/documents';
import { formatIsoDate } from './values';

/**
 * "Mijn afspraken" worded: the personal overview as headings, tables, label-value pairs and lines, in plain
 * language. The .docx and the print-ready HTML both render exactly this, so they say the same.
 */

export type OverviewPart =
  | { kind: 'table'; columns: string[]; rows: string[][] }
  | { kind: 'pairs'; pairs: Array<readonly [string, string]> }
  | { kind: 'lines'; lines: string[] };

export interface OverviewSection {
  heading: string;
  parts: OverviewPart[];
}

export interface OverviewText {
  title: string;
  subtitle: string;
  intro: string[];
  sections: OverviewSection[];
  closing: string;
}

export interface OverviewOptions {
  /** The organisation's settings (the authority's regional name); the default names Veilig Thuis. */
  organisation?: OrganisationSettings;
}

/** The overview of one person; a person who is not in the plan is a clear error, not an empty page. */
export function overviewOf(plan: Plan, personId: string, organisation?: OrganisationSettings): PersonalOverview {
  const overview = personalOverview(plan, personId, organisation);
  if (!overview) throw new DomainError('EXPORT.NO_PERSON', 'The person is not in the plan.');
  return overview;
}

function joinNames(names: ReadonlyArray<string>, locale: Locale): string {
  if (names.length <= 1) return names.join('');
  const and = locale === 'nl' ? 'en' : 'and';
  return `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1] ?? ''}`;
}

function tasksSection(o: PersonalOverview, locale: Locale): OverviewSection {
  const t = (key: keyof typeof m): string => translate(m[key], locale);
  // "Samen met" only where someone shares an agreement: an empty column says nothing.
  const shared = o.tasks.some((task) => task.together.length > 0);
  const parts: OverviewPart[] = o.tasks.length > 0
    ? [{
      kind: 'table',
      columns: [t('overview.tasks.what'), t('overview.tasks.when'), ...(shared ? [t('overview.tasks.together')] : [])],
      rows: o.tasks.map((task) => [task.what, task.when, ...(shared ? [task.together.join(', ')] : [])]),
    }]
    : [{ kind: 'lines', lines: [t('overview.tasks.none')] }];
  if (o.safetyPersonFor.length > 0) {
    parts.push({ kind: 'lines', lines: [translate(m['overview.safetyPerson'], locale, { children: joinNames(o.safetyPersonFor, locale) })] });
  }
  return { heading: t('overview.tasks.heading'), parts };
}

function watchesSection(o: PersonalOverview, locale: Locale): OverviewSection {
  const lines = o.watches.length > 0
    ? o.watches.flatMap((w) => [w.what, ...(w.together.length > 0 ? [translate(m['overview.watches.together'], locale, { names: joinNames(w.together, locale) })] : [])])
    : [translate(m['overview.watches.none'], locale)];
  return { heading: translate(m['overview.watches.heading'], locale), parts: [{ kind: 'lines', lines }] };
}

function callsSection(o: PersonalOverview, locale: Locale): OverviewSection {
  const t = (key: keyof typeof m): string => translate(m[key], locale);
  const pairs: Array<readonly [string, string]> = [];
  if (o.calls.smallRelapse) pairs.push([t('overview.calls.small'), o.calls.smallRelapse]);
  if (o.calls.largeRelapse) pairs.push([t('overview.calls.large'), o.calls.largeRelapse]);
  if (o.calls.iAmSafetyDirector) pairs.push([t('overview.calls.iAmDirector'), t('overview.calls.iAmDirectorText')]);
  else if (o.calls.safetyDirector) {
    const who = translate(m['overview.calls.directorWho'], locale, { name: o.calls.safetyDirector.name });
    pairs.push([t('overview.calls.director'), o.calls.safetyDirector.contact ? `${who}: ${o.calls.safetyDirector.contact}` : who]);
  }
  if (o.calls.authorityWhen) pairs.push([translate(m['overview.calls.authority'], locale, { authority: o.calls.authorityName }), o.calls.authorityWhen]);
  pairs.push([t('overview.calls.emergency'), t('overview.calls.emergencyText')]);
  return { heading: t('overview.calls.heading'), parts: [{ kind: 'pairs', pairs }] };
}

function signalSection(o: PersonalOverview, locale: Locale): OverviewSection[] {
  if (!o.childSignal) return [];
  const t = (key: keyof typeof m): string => translate(m[key], locale);
  const pairs: Array<readonly [string, string]> = [];
  if (o.childSignal.signal) pairs.push([t('overview.signal.sign'), o.childSignal.signal]);
  if (o.childSignal.response) pairs.push([t('overview.signal.response'), o.childSignal.response]);
  return [{ heading: t('overview.signal.heading'), parts: [{ kind: 'pairs', pairs }] }];
}

function evaluationSection(o: PersonalOverview, locale: Locale): OverviewSection[] {
  const t = (key: keyof typeof m): string => translate(m[key], locale);
  const parts: OverviewPart[] = [];
  if (o.evaluation) {
    const e = o.evaluation;
    const pairs: Array<readonly [string, string]> = [[t('overview.evaluation.date'), e.date ? formatIsoDate(e.date, locale) : t('overview.evaluation.noDate')]];
    if (e.place) pairs.push([t('overview.evaluation.place'), e.place]);
    if (e.iTakeTheInitiative) pairs.push([t('overview.evaluation.initiator'), t('overview.evaluation.you')]);
    else if (e.initiator) pairs.push([t('overview.evaluation.initiator'), e.initiator.contact ? `${e.initiator.name}: ${e.initiator.contact}` : e.initiator.name]);
    parts.push({ kind: 'lines', lines: [t('overview.evaluation.text'), ...(e.iAmInvited ? [t('overview.evaluation.invited')] : [])] }, { kind: 'pairs', pairs });
  }
  return parts.length > 0 ? [{ heading: t('overview.evaluation.heading'), parts }] : [];
}

export function overviewText(o: PersonalOverview, locale: Locale): OverviewText {
  return {
    title: translate(m['overview.title'], locale),
    subtitle: translate(m['overview.subtitle'], locale, { name: o.name, family: o.familyName || '……' }),
    intro: [
      translate(m['overview.intro'], locale),
      ...(o.validUntil ? [translate(m['overview.validUntil'], locale, { date: formatIsoDate(o.validUntil, locale) })] : []),
      ...(o.planLocation ? [translate(m['overview.planLocation'], locale, { place: o.planLocation })] : []),
    ],
    sections: [tasksSection(o, locale), watchesSection(o, locale), callsSection(o, locale), ...signalSection(o, locale), ...evaluationSection(o, locale)],
    closing: `${translate(m['overview.closing'], locale)} ${translate(m['overview.version'], locale, { version: o.planVersion })}.`,
  };
}
