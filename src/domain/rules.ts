import { isProtectedKind } from './conditions';
import { DEFAULT_ORGANISATION } from './organisation';
import type { OrganisationSettings } from './organisation';
import { allPeople, children } from './plan';
import type { Plan } from './plan';
import { REMINDER_WINDOW_DAYS, addDays, isoDay } from './reminders';
import { RULE_IDS, blank, finding } from './ruleKit';
import type { Finding, Rule } from './ruleKit';
import { agreementSafety, brokenAgreement, closure, incidentComplete } from './rulesLifecycle';
import { absentInformed, copyConsent, networkConditions, safetyPerson } from './rulesPeople';
import { CRISIS_AND_ANALYSIS_RULES } from './rulesCrisis';
import { DUTY_AND_CHILD_RULES } from './rulesDuties';
import { INTEGRITY_RULES } from './rulesIntegrity';

export { RULE_IDS };
export type { Finding, RuleId, Severity } from './ruleKit';

/**
 * The quality check. Each rule has a stable id (DOMAIN.md) that tests and tools outside the UI rely on.
 * `error` blocks activation; `warning` advises. Messages are Dutch and name the field to fix.
 */

const familyName: Rule = (plan) =>
  blank(plan.familyName) ? [finding('family-name', 'error', ['familyName'], 'Vul de familienaam in: die staat in de titel van het plan.')] : [];

const directPerson: Rule = (plan) => {
  if (plan.directPersons.length === 0) {
    return [finding('direct-person', 'error', ['directPersons'], 'Noem bij onderdeel 1 minstens één directbetrokkene.')];
  }
  return plan.directPersons.flatMap((p, i) => (blank(p.name)
    ? [finding('direct-person', 'error', ['directPersons', i, 'name'], `Directbetrokkene ${i + 1} heeft nog geen naam.`)] : []));
};

const hasText = (items: ReadonlyArray<{ text: string }>): boolean => items.some((item) => !blank(item.text));

const concernFacts: Rule = (plan) => (hasText(plan.concernFacts) ? []
  : [finding('concern-facts', 'error', ['concernFacts'], 'Beschrijf bij de zorgen minstens één feit: wat is er gebeurd?')]);

const dangerStatement: Rule = (plan) => (hasText(plan.dangerStatements) ? []
  : [finding('danger-statement', 'error', ['dangerStatements'], 'Schrijf minstens één gevaarsuitspraak: waar is iedereen bang voor als er niets verandert?')]);

const strengths: Rule = (plan) => (hasText(plan.strengths) || hasText(plan.exceptions) || hasText(plan.protectiveActions) ? []
  : [finding('strengths', 'warning', ['strengths'], 'Noteer krachten, uitzonderingen of acties ter bescherming: de afspraken bouwen daarop voort.')]);

const MAX_GOALS = 5;
const PREFERRED_GOALS = 3;

const writtenGoals = (plan: Plan): number => plan.goals.filter((g) => !blank(g.text)).length;

/** A blank goal does not count: one empty goal with one agreement is not a plan with a goal. */
const goalCount: Rule = (plan) => {
  const out: Finding[] = [];
  const n = writtenGoals(plan);
  if (n === 0) out.push(finding('goal-count', 'error', ['goals'], 'Het plan heeft nog geen doel met tekst. Schrijf bij onderdeel 3 minstens één doel uit.'));
  if (n > MAX_GOALS) out.push(finding('goal-count', 'error', ['goals'], `Het plan heeft ${n} doelen; het maximum is ${MAX_GOALS}. Kies de belangrijkste.`));
  plan.goals.forEach((g, i) => {
    if (blank(g.text)) out.push(finding('goal-count', 'error', ['goals', i, 'text'], `Doel ${i + 1} is nog leeg. Schrijf uit wat er bereikt moet worden, of haal het doel weg.`));
  });
  return out;
};

const goalCountPreferred: Rule = (plan) => {
  const n = writtenGoals(plan);
  return n > PREFERRED_GOALS ? [finding('goal-count-preferred', 'warning', ['goals'], `Het plan heeft ${n} doelen. Twee of drie doelen zijn beter vol te houden.`)] : [];
};

/** The history of changes to conditions has its own rule (`condition-history`, rulesIntegrity.ts). */
const goalSource: Rule = (plan, _today, { authorityName }) => plan.goals.flatMap((g, i) => {
  if (g.kind === null) {
    return [finding('goal-source', 'error', ['goals', i, 'kind'],
      `Geef bij doel ${i + 1} aan of het een veiligheidsvoorwaarde, een gezinsdoel of een gezamenlijk doel is.`)];
  }
  if (isProtectedKind(g.kind) && blank(g.source)) {
    const what = g.kind === 'joint' ? 'een gezamenlijk doel met een veiligheidsvoorwaarde' : 'een veiligheidsvoorwaarde';
    return [finding('goal-source', 'error', ['goals', i, 'source'], `Doel ${i + 1} is ${what}: noem de bron, zoals het rapport van ${authorityName}.`)];
  }
  return [];
});

const goalAgreement: Rule = (plan) => plan.goals.flatMap((g, i) => (plan.agreements.some((a) => a.goalId === g.id) ? []
  : [finding('goal-agreement', 'error', ['goals', i], `Doel ${i + 1} heeft nog geen afspraak. Maak bij onderdeel 4 minstens één afspraak voor dit doel.`)]));

const agreementComplete: Rule = (plan) => {
  const people = new Set(allPeople(plan).map((p) => p.id));
  const goals = new Set(plan.goals.map((g) => g.id));
  return plan.agreements.flatMap((a, i) => {
    const out: Finding[] = [];
    const n = i + 1;
    if (a.goalId === null || !goals.has(a.goalId)) {
      out.push(finding('agreement-complete', 'error', ['agreements', i, 'goalId'], `Kies bij afspraak ${n} het doel waar de afspraak bij hoort.`));
    }
    if (a.who.length === 0 || a.who.some((id) => !people.has(id))) {
      out.push(finding('agreement-complete', 'error', ['agreements', i, 'who'], `Kies bij afspraak ${n} wie de afspraak uitvoert, uit de mensen van onderdeel 1.`));
    }
    if (blank(a.what)) out.push(finding('agreement-complete', 'error', ['agreements', i, 'what'], `Beschrijf bij afspraak ${n} wat er gebeurt.`));
    if (blank(a.when)) out.push(finding('agreement-complete', 'error', ['agreements', i, 'when'], `Vul bij afspraak ${n} in wanneer of hoe lang.`));
    return out;
  });
};

/** How many days before its end an active plan warns that it is about to lapse. */
export const VALIDITY_WARNING_DAYS = REMINDER_WINDOW_DAYS;

const validityPeriod: Rule = (plan, today) => {
  const missing = (['madeOn', 'validFrom', 'validUntil'] as const).filter((k) => plan[k] === null);
  if (missing.length > 0) {
    const first = missing[0] as string;
    return [finding('validity-period', 'error', [first], 'Vul bij onderdeel 2 de datum van opstellen en de geldigheid (van en tot) in.')];
  }
  const { madeOn, validFrom, validUntil } = plan as { madeOn: string; validFrom: string; validUntil: string };
  if (validFrom < madeOn) return [finding('validity-period', 'error', ['validFrom'], 'Het plan kan niet ingaan vóór de dag waarop het is gemaakt.')];
  if (validUntil < validFrom) return [finding('validity-period', 'error', ['validUntil'], 'De einddatum van het plan ligt vóór de begindatum.')];
  if (plan.status === 'closed') return [];
  if (validUntil < today) {
    return [finding('validity-period', 'error', ['validUntil'],
      `De geldigheid van het plan is verlopen (${validUntil}). Spreek bij onderdeel 2 een nieuwe periode af; een verlopen plan kan niet actief worden.`)];
  }
  if (plan.status === 'active' && validUntil <= addDays(today, VALIDITY_WARNING_DAYS)) {
    return [finding('validity-period', 'warning', ['validUntil'],
      `Het plan loopt binnenkort af (${validUntil}). Evalueer het op tijd en spreek af of het wordt verlengd, bijgesteld of afgesloten.`)];
  }
  return [];
};

const childSignal: Rule = (plan) => {
  if (children(plan).length === 0) return [];
  if (blank(plan.childSignal)) {
    return [finding('child-signal', 'warning', ['childSignal'], 'Spreek bij onderdeel 8 af hoe een kind laat zien dat het zich onveilig voelt.')];
  }
  if (blank(plan.childSignalResponse)) {
    return [finding('child-signal', 'warning', ['childSignalResponse'], 'Beschrijf bij onderdeel 8 wat er gebeurt als een kind het signaal geeft.')];
  }
  return [];
};

const monitoring: Rule = (plan, _today, { authorityName }) => {
  const out: Finding[] = [];
  const checks = plan.monitoring.filter((m) => m.who.length > 0 && !blank(m.watches));
  if (checks.length === 0) out.push(finding('monitoring', 'error', ['monitoring'], 'Leg bij onderdeel 6 vast wie checkt of de afspraken worden nagekomen, en waarop.'));
  if (blank(plan.smallRelapse)) out.push(finding('monitoring', 'error', ['smallRelapse'], 'Beschrijf bij onderdeel 6 wat er gebeurt bij een kleine terugval.'));
  if (blank(plan.largeRelapse)) out.push(finding('monitoring', 'error', ['largeRelapse'], 'Beschrijf bij onderdeel 6 wat er gebeurt bij een grote terugval.'));
  if (blank(plan.informAuthorityWhen)) out.push(finding('monitoring', 'error', ['informAuthorityWhen'], `Spreek bij onderdeel 6 af wanneer ${authorityName} wordt geïnformeerd.`));
  return out;
};

const homeLocation: Rule = (plan) => (blank(plan.homeLocation)
  ? [finding('home-location', 'warning', ['homeLocation'], 'Spreek bij onderdeel 8 af waar het plan in huis ligt.')] : []);

const evaluationDateFinding = (plan: Plan, date: string, today: string): Finding | null => {
  if (plan.madeOn !== null && date <= plan.madeOn) {
    return finding('evaluation', 'error', ['evaluationDate'], 'De evaluatie moet later zijn dan de dag waarop het plan is gemaakt (onderdeel 2).');
  }
  if ((plan.validFrom !== null && date < plan.validFrom) || (plan.validUntil !== null && date > plan.validUntil)) {
    return finding('evaluation', 'error', ['evaluationDate'], 'De evaluatiedatum valt buiten de geldigheid van het plan (onderdeel 2).');
  }
  if (plan.status === 'draft' && date <= today) {
    return finding('evaluation', 'error', ['evaluationDate'], 'De evaluatiedatum is al voorbij of vandaag. Kies voor dit concept een datum in de toekomst.');
  }
  return null;
};

const evaluation: Rule = (plan, today) => {
  const out: Finding[] = [];
  const date = plan.evaluationDate;
  if (date === null) {
    out.push(finding('evaluation', 'error', ['evaluationDate'], 'Leg bij onderdeel 9 de datum van de evaluatie vast.'));
  } else {
    const wrong = evaluationDateFinding(plan, date, today);
    if (wrong !== null) out.push(wrong);
  }
  if (blank(plan.evaluationPlace)) out.push(finding('evaluation', 'error', ['evaluationPlace'], 'Leg bij onderdeel 9 vast waar of hoe de evaluatie plaatsvindt.'));
  if (plan.evaluationInitiatorId === null) out.push(finding('evaluation', 'error', ['evaluationInitiatorId'], 'Kies bij onderdeel 9 wie het initiatief neemt voor de evaluatie.'));
  if (plan.evaluationAttendeeIds.length === 0) out.push(finding('evaluation', 'error', ['evaluationAttendeeIds'], 'Kies bij onderdeel 9 wie bij de evaluatie aanwezig zijn.'));
  return out;
};

const RULES: ReadonlyArray<Rule> = [
  familyName, directPerson, concernFacts, dangerStatement, strengths, goalCount, goalCountPreferred, goalSource, goalAgreement,
  agreementComplete, validityPeriod, safetyPerson, childSignal, monitoring, absentInformed, homeLocation, copyConsent, evaluation,
  networkConditions,
  agreementSafety, brokenAgreement, incidentComplete, closure,
  ...CRISIS_AND_ANALYSIS_RULES,
  ...INTEGRITY_RULES,
  ...DUTY_AND_CHILD_RULES,
];

/**
 * Checks a plan against the rules (RULE_IDS) of a good plan. `today` is an argument because the domain never reads the clock:
 * the validity period and the evaluation date are judged against it, as the calendar day where the user is.
 * `settings` supplies the organisation's words (the authority's regional name) for the messages.
 */
export function checkPlan(plan: Plan, today: Date, settings: OrganisationSettings = DEFAULT_ORGANISATION): Finding[] {
  const day = isoDay(today);
  return RULES.flatMap((rule) => rule(plan, day, settings));
}

export function hasErrors(findings: ReadonlyArray<Finding>): boolean {
  return findings.some((f) => f.severity === 'error');
}
