import { isProtectedKind } from './conditions';
import { DEFAULT_ORGANISATION } from './organisation';
import type { OrganisationSettings } from './organisation';
import { allPeople, children } from './plan';
import type { Plan } from './plan';
import { toJsonPath } from './planFile';
import { REMINDER_WINDOW_DAYS, addDays, isoDay } from './reminders';

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

/** `today` is the calendar day where the user is (ISO date), from the clock the caller passed in. */
type Rule = (plan: Plan, today: string, settings: OrganisationSettings) => Finding[];

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

const goalSource: Rule = (plan, _today, { authorityName }) => [
  ...plan.goals.flatMap((g, i) => {
    if (g.kind === null) {
      return [finding('goal-source', 'error', ['goals', i, 'kind'],
        `Geef bij doel ${i + 1} aan of het een veiligheidsvoorwaarde, een gezinsdoel of een gezamenlijk doel is.`)];
    }
    if (isProtectedKind(g.kind) && blank(g.source)) {
      const what = g.kind === 'joint' ? 'een gezamenlijk doel met een veiligheidsvoorwaarde' : 'een veiligheidsvoorwaarde';
      return [finding('goal-source', 'error', ['goals', i, 'source'], `Doel ${i + 1} is ${what}: noem de bron, zoals het rapport van ${authorityName}.`)];
    }
    return [];
  }),
  // A change to a condition counts only with its reason (the editor asks for it; a file may still lack one).
  ...plan.removedConditions.flatMap((r, i) => (blank(r.reason)
    ? [finding('goal-source', 'error', ['removedConditions', i, 'reason'], `Bij wijziging ${i + 1} van een voorwaarde ontbreekt de reden. Leg vast waarom en in overleg met wie.`)]
    : [])),
];

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

const SAFETY_QUALITIES = [
  ['wellInformed', 'kent de situatie en het plan'],
  ['easyToReach', 'is makkelijk bereikbaar voor het kind'],
  ['regularContact', 'heeft geregeld contact met het kind'],
  ['willingToAct', 'komt in actie bij zorgen'],
] as const;

/**
 * Seed 004's footnote: a safety person comes from the child's social or professional network, besides the parents,
 * so a directly involved person (a parent or a child) does not count. Every child has one, with the four qualities.
 */
const safetyPerson: Rule = (plan) => {
  const kids = children(plan);
  if (kids.length === 0) return [];
  const network = new Map([...plan.socialNetwork, ...plan.professionals].map((p) => [p.id, p.name]));
  const direct = new Set(plan.directPersons.map((p) => p.id));
  const out: Finding[] = [];
  plan.safetyPersons.forEach((sp, i) => {
    const n = i + 1;
    if (sp.personId === null || !network.has(sp.personId)) {
      const why = sp.personId !== null && direct.has(sp.personId)
        ? 'een ouder of kind telt niet; kies iemand uit het sociaal of professioneel netwerk' : 'kies iemand uit het sociaal of professioneel netwerk';
      out.push(finding('safety-person', 'warning', ['safetyPersons', i, 'personId'], `Veiligheidspersoon ${n}: ${why}.`));
      return;
    }
    const name = label(network.get(sp.personId) ?? '', `Veiligheidspersoon ${n}`);
    if (sp.childIds.length === 0) out.push(finding('safety-person', 'warning', ['safetyPersons', i, 'childIds'], `Kies voor welke kinderen ${name} veiligheidspersoon is.`));
    const unmet = SAFETY_QUALITIES.filter(([key]) => !sp[key]).map(([, text]) => text);
    if (unmet.length > 0) {
      out.push(finding('safety-person', 'warning', ['safetyPersons', i],
        `Nog niet vastgelegd is dat veiligheidspersoon ${name}: ${unmet.join('; ')}. Bespreek dit met ${name} en vink aan wat klopt.`));
    }
  });
  const covered = new Set(plan.safetyPersons
    .filter((sp) => sp.personId !== null && network.has(sp.personId))
    .flatMap((sp) => sp.childIds));
  kids.forEach((child) => {
    if (!covered.has(child.id)) {
      out.push(finding('safety-person', 'warning', ['safetyPersons'],
        `${label(child.name, 'Een kind')} heeft nog geen veiligheidspersoon. Noem bij onderdeel 4 iemand naast de ouders bij wie dit kind terechtkan.`));
    }
  });
  return out;
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

/** Everyone directly involved who was not there, children included; no opt-in flag (`mustBeInformed` is not read). */
const absentInformed: Rule = (plan) => plan.directPersons.flatMap((p, i) => {
  if (p.present) return [];
  const item = plan.informing.find((inf) => inf.personId === p.id);
  const complete = item !== undefined && item.byWhom.length > 0 && !blank(item.when) && !blank(item.how);
  return complete ? [] : [finding('absent-informed', 'error', ['directPersons', i],
    `${label(p.name, `Directbetrokkene ${i + 1}`)} was er niet bij en moet het plan kennen: leg bij onderdeel 7 vast wie het vertelt, wanneer en hoe.`)];
});

const homeLocation: Rule = (plan) => (blank(plan.homeLocation)
  ? [finding('home-location', 'warning', ['homeLocation'], 'Spreek bij onderdeel 8 af waar het plan in huis ligt.')] : []);

const copyConsent: Rule = (plan) => {
  const direct = new Set(plan.directPersons.map((p) => p.id));
  const out = plan.copyRecipients.flatMap((r, i) => {
    const who = label(r.name, `ontvanger ${i + 1}`);
    if (!r.consentGiven) {
      return [finding('copy-consent', 'error', ['copyRecipients', i, 'consentGiven'],
        `Voor de kopie aan ${who} is geen toestemming vastgelegd. Leg de toestemming vast, of haal de ontvanger weg.`)];
    }
    const missing: Finding[] = [];
    if (r.consentDate === null) {
      missing.push(finding('copy-consent', 'error', ['copyRecipients', i, 'consentDate'], `Vul de datum in waarop toestemming is gegeven voor de kopie aan ${who}.`));
    }
    const by = r.consentById ?? null;
    if (by === null || !direct.has(by)) {
      missing.push(finding('copy-consent', 'error', ['copyRecipients', i, 'consentById'], `Kies welke directbetrokkene toestemming gaf voor de kopie aan ${who}.`));
    }
    return missing;
  });
  if (plan.copyRecipients.length > 0 && plan.copiesSentById === null) {
    out.push(finding('copy-consent', 'error', ['copiesSentById'], 'Er gaan kopieën van het plan rond: kies bij onderdeel 8 wie ze verstuurt.'));
  }
  return out;
};

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

const networkConditions: Rule = (plan) => {
  const unmetConditions = plan.socialNetwork.flatMap((p, i) => {
    if (!p.participates) return [];
    const unmet = [
      !p.wantsChildrenWell && 'wil dat het goed gaat met de kinderen',
      !p.willingToThinkAlong && 'wil meedenken',
      !p.consentOfDirect && 'heeft toestemming van de directbetrokkenen',
    ].filter((x): x is string => typeof x === 'string');
    return unmet.length === 0 ? [] : [finding('network-conditions', 'error', ['socialNetwork', i],
      `${label(p.name, `Netwerklid ${i + 1}`)} doet mee, maar nog niet vastgelegd is dat deze persoon: ${unmet.join('; ')}.`)];
  });
  // Someone who does not take part, or whom the family did not consent to, carries no part of the plan.
  const excluded = new Map(plan.socialNetwork
    .map((p, i) => [p, i] as const)
    .filter(([p]) => !p.participates || !p.consentOfDirect)
    .map(([p, i]) => [p.id, label(p.name, `Netwerklid ${i + 1}`)]));
  const role = (path: ReadonlyArray<PropertyKey>, ids: ReadonlyArray<string | null>, what: string): Finding[] => ids
    .filter((id): id is string => id !== null && excluded.has(id))
    .slice(0, 1)
    .map((id) => finding('network-conditions', 'error', path,
      `${excluded.get(id) ?? ''} doet niet mee aan het plan of heeft geen toestemming van het gezin, en kan dus niet ${what} zijn. Kies iemand anders.`));
  const roles = [
    ...plan.agreements.flatMap((a, i) => role(['agreements', i, 'who'], a.who, `uitvoerder van afspraak ${i + 1}`)),
    ...plan.monitoring.flatMap((m, i) => role(['monitoring', i, 'who'], m.who, 'degene die de afspraken checkt')),
    ...plan.safetyPersons.flatMap((sp, i) => role(['safetyPersons', i, 'personId'], [sp.personId], 'veiligheidspersoon')),
    ...role(['safetyDirectorId'], [plan.safetyDirectorId], 'veiligheidsregisseur'),
  ];
  return excluded.size === 0 ? unmetConditions : [...unmetConditions, ...roles];
};

const RULES: ReadonlyArray<Rule> = [
  familyName, directPerson, concernFacts, dangerStatement, strengths, goalCount, goalCountPreferred, goalSource, goalAgreement,
  agreementComplete, validityPeriod, safetyPerson, childSignal, monitoring, absentInformed, homeLocation, copyConsent, evaluation,
  networkConditions,
];

/**
 * Checks a plan against the 19 rules of a good plan. `today` is an argument because the domain never reads the clock:
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
