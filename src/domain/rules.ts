import { allPeople, children } from './plan';
import type { Plan } from './plan';
import { toJsonPath } from './planFile';

/**
 * The quality check. Each rule has a stable id (DOMAIN.md) that tests and tools outside the UI rely on.
 * `error` blocks activation; `warning` advises. Messages are Dutch and name the field to fix.
 */

export type Severity = 'error' | 'warning';

export const RULE_IDS = [
  'family-name', 'direct-person', 'concern-facts', 'danger-statement', 'strengths', 'goal-count', 'goal-count-preferred',
  'goal-source', 'goal-agreement', 'agreement-complete', 'validity-period', 'safety-person', 'child-signal', 'monitoring',
  'absent-informed', 'home-location', 'copy-consent', 'evaluation', 'network-conditions',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** JSON path of the field to fix, e.g. `$.agreements[1].who`. */
  path: string;
  message: string;
}

type Rule = (plan: Plan, today: Date) => Finding[];

const blank = (s: string): boolean => s.trim().length === 0;
const finding = (ruleId: RuleId, severity: Severity, path: ReadonlyArray<PropertyKey>, message: string): Finding =>
  ({ ruleId, severity, path: toJsonPath(path), message });
const label = (name: string, fallback: string): string => (blank(name) ? fallback : name);

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

const goalCount: Rule = (plan) => {
  const n = plan.goals.length;
  if (n === 0) return [finding('goal-count', 'error', ['goals'], 'Het plan heeft nog geen doel. Neem bij onderdeel 3 minstens één doel op.')];
  if (n > MAX_GOALS) return [finding('goal-count', 'error', ['goals'], `Het plan heeft ${n} doelen; het maximum is ${MAX_GOALS}. Kies de belangrijkste.`)];
  return [];
};

const goalCountPreferred: Rule = (plan) => (plan.goals.length > PREFERRED_GOALS
  ? [finding('goal-count-preferred', 'warning', ['goals'], `Het plan heeft ${plan.goals.length} doelen. Twee of drie doelen zijn beter vol te houden.`)] : []);

const goalSource: Rule = (plan) => plan.goals.flatMap((g, i) => {
  if (g.kind === null) {
    return [finding('goal-source', 'error', ['goals', i, 'kind'], `Geef bij doel ${i + 1} aan of het een veiligheidsvoorwaarde of een gezinsdoel is.`)];
  }
  if (g.kind === 'condition' && blank(g.source)) {
    return [finding('goal-source', 'error', ['goals', i, 'source'], `Doel ${i + 1} is een veiligheidsvoorwaarde: noem de bron, zoals het rapport van Veilig Thuis of SAVE.`)];
  }
  return [];
});

const goalAgreement: Rule = (plan) => plan.goals.flatMap((g, i) => (plan.agreements.some((a) => a.goalId === g.id) ? []
  : [finding('goal-agreement', 'error', ['goals', i], `Doel ${i + 1} heeft nog geen afspraak. Maak bij onderdeel 4 minstens één afspraak voor dit doel.`)]));

const agreementComplete: Rule = (plan) => {
  const people = new Set(allPeople(plan).map((p) => p.id));
  return plan.agreements.flatMap((a, i) => {
    const out: Finding[] = [];
    const n = i + 1;
    if (a.who.length === 0 || a.who.some((id) => !people.has(id))) {
      out.push(finding('agreement-complete', 'error', ['agreements', i, 'who'], `Kies bij afspraak ${n} wie de afspraak uitvoert, uit de mensen van onderdeel 1.`));
    }
    if (blank(a.what)) out.push(finding('agreement-complete', 'error', ['agreements', i, 'what'], `Beschrijf bij afspraak ${n} wat er gebeurt.`));
    if (blank(a.when)) out.push(finding('agreement-complete', 'error', ['agreements', i, 'when'], `Vul bij afspraak ${n} in wanneer of hoe lang.`));
    return out;
  });
};

const validityPeriod: Rule = (plan) => {
  const missing = (['madeOn', 'validFrom', 'validUntil'] as const).filter((k) => plan[k] === null);
  if (missing.length > 0) {
    const first = missing[0] as string;
    return [finding('validity-period', 'error', [first], 'Vul bij onderdeel 2 de datum van opstellen en de geldigheid (van en tot) in.')];
  }
  const { madeOn, validFrom, validUntil } = plan as { madeOn: string; validFrom: string; validUntil: string };
  if (validFrom < madeOn) return [finding('validity-period', 'error', ['validFrom'], 'Het plan kan niet ingaan vóór de dag waarop het is gemaakt.')];
  if (validUntil < validFrom) return [finding('validity-period', 'error', ['validUntil'], 'De einddatum van het plan ligt vóór de begindatum.')];
  return [];
};

const safetyPerson: Rule = (plan) => (children(plan).length > 0 && plan.safetyPersonIds.length === 0
  ? [finding('safety-person', 'warning', ['safetyPersonIds'], 'Er zijn kinderen bij betrokken: noem bij onderdeel 4 een veiligheidspersoon voor hen.')] : []);

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

const monitoring: Rule = (plan) => {
  const out: Finding[] = [];
  const checks = plan.monitoring.filter((m) => m.who.length > 0 && !blank(m.watches));
  if (checks.length === 0) out.push(finding('monitoring', 'error', ['monitoring'], 'Leg bij onderdeel 6 vast wie checkt of de afspraken worden nagekomen, en waarop.'));
  if (blank(plan.smallRelapse)) out.push(finding('monitoring', 'error', ['smallRelapse'], 'Beschrijf bij onderdeel 6 wat er gebeurt bij een kleine terugval.'));
  if (blank(plan.largeRelapse)) out.push(finding('monitoring', 'error', ['largeRelapse'], 'Beschrijf bij onderdeel 6 wat er gebeurt bij een grote terugval.'));
  if (blank(plan.informAuthorityWhen)) out.push(finding('monitoring', 'error', ['informAuthorityWhen'], 'Spreek bij onderdeel 6 af wanneer Veilig Thuis of SAVE wordt geïnformeerd.'));
  return out;
};

const absentInformed: Rule = (plan) => plan.directPersons.flatMap((p, i) => {
  if (p.present || !p.mustBeInformed) return [];
  const item = plan.informing.find((inf) => inf.personId === p.id);
  const complete = item !== undefined && item.byWhom.length > 0 && !blank(item.when) && !blank(item.how);
  return complete ? [] : [finding('absent-informed', 'error', ['directPersons', i],
    `${label(p.name, `Directbetrokkene ${i + 1}`)} was er niet bij en moet het plan kennen: leg bij onderdeel 7 vast wie het vertelt, wanneer en hoe.`)];
});

const homeLocation: Rule = (plan) => (blank(plan.homeLocation)
  ? [finding('home-location', 'warning', ['homeLocation'], 'Spreek bij onderdeel 8 af waar het plan in huis ligt.')] : []);

const copyConsent: Rule = (plan) => plan.copyRecipients.flatMap((r, i) => (r.consentGiven && r.consentDate !== null ? []
  : [finding('copy-consent', 'error', ['copyRecipients', i, 'consentGiven'],
    `Voor de kopie aan ${label(r.name, `ontvanger ${i + 1}`)} is geen toestemming vastgelegd. Leg de toestemming en de datum vast, of haal de ontvanger weg.`)]));

const evaluation: Rule = (plan) => {
  const out: Finding[] = [];
  const date = plan.evaluationDate;
  if (date === null) {
    out.push(finding('evaluation', 'error', ['evaluationDate'], 'Leg bij onderdeel 9 de datum van de evaluatie vast.'));
  } else if ((plan.validFrom !== null && date < plan.validFrom) || (plan.validUntil !== null && date > plan.validUntil)) {
    out.push(finding('evaluation', 'error', ['evaluationDate'], 'De evaluatiedatum valt buiten de geldigheid van het plan (onderdeel 2).'));
  }
  if (plan.evaluationInitiatorId === null) out.push(finding('evaluation', 'error', ['evaluationInitiatorId'], 'Kies bij onderdeel 9 wie het initiatief neemt voor de evaluatie.'));
  if (plan.evaluationAttendeeIds.length === 0) out.push(finding('evaluation', 'error', ['evaluationAttendeeIds'], 'Kies bij onderdeel 9 wie bij de evaluatie aanwezig zijn.'));
  return out;
};

const networkConditions: Rule = (plan) => plan.socialNetwork.flatMap((p, i) => {
  if (!p.participates) return [];
  const unmet = [
    !p.wantsChildrenWell && 'wil dat het goed gaat met de kinderen',
    !p.willingToThinkAlong && 'wil meedenken',
    !p.consentOfDirect && 'heeft toestemming van de directbetrokkenen',
  ].filter((x): x is string => typeof x === 'string');
  return unmet.length === 0 ? [] : [finding('network-conditions', 'error', ['socialNetwork', i],
    `${label(p.name, `Netwerklid ${i + 1}`)} doet mee, maar nog niet vastgelegd is dat deze persoon: ${unmet.join('; ')}.`)];
});

const RULES: ReadonlyArray<Rule> = [
  familyName, directPerson, concernFacts, dangerStatement, strengths, goalCount, goalCountPreferred, goalSource, goalAgreement,
  agreementComplete, validityPeriod, safetyPerson, childSignal, monitoring, absentInformed, homeLocation, copyConsent, evaluation,
  networkConditions,
];

/**
 * Checks a plan against the 19 rules of a good plan. `today` is an argument because the domain never reads the clock;
 * no rule depends on it yet, but checks that do (an evaluation date in the past) must not read it themselves.
 */
export function checkPlan(plan: Plan, today: Date): Finding[] {
  return RULES.flatMap((rule) => rule(plan, today));
}

export function hasErrors(findings: ReadonlyArray<Finding>): boolean {
  return findings.some((f) => f.severity === 'error');
}
