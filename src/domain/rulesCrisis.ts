import { isProtectedKind } from './conditions';
import { CRISIS_SESSIONS, planConferenceTerm, withinConferenceTerm } from './scheduling';
import { VIOLENCE_FORM_FIELDS } from './template';
import { blank, finding } from './ruleKit';
import type { Finding, Rule } from './ruleKit';
import type { Plan } from './plan';

/**
 * The rules of the referral and the crisis variant (seed 002) and of the joint analysis (seeds 001, 003).
 * docs/domain.md quotes the passage each rule rests on.
 */

/** A referral is on record once its date or its referrer is filled in. */
export function hasReferral(plan: Plan): boolean {
  return plan.referralDate !== null || !blank(plan.referrer);
}

/** A referral with no safety condition at all: the referrer's requirements are missing from section 3 (seed 004, section 3). */
export const referralConditions: Rule = (plan, _today, { authorityName }) => {
  if (!hasReferral(plan) || plan.goals.some((g) => isProtectedKind(g.kind) && !blank(g.text))) return [];
  return [finding('referral-conditions', 'warning', ['goals'],
    `Het gezin is aangemeld, maar het plan heeft geen enkele veiligheidsvoorwaarde. Neem bij onderdeel 3 de voorwaarden van ${authorityName} op.`)];
};

/** Seed 002: the crisis variant starts from a referral on a date, by a referrer, with bottom lines agreed then. */
export const crisisReferral: Rule = (plan) => {
  if (plan.variant !== 'crisis') return [];
  const out: Finding[] = [];
  if (plan.referralDate === null) out.push(finding('crisis-referral', 'error', ['referralDate'], 'Crisisvariant: vul bij Aanmelding de datum van de aanmelding in.'));
  if (blank(plan.referrer)) out.push(finding('crisis-referral', 'error', ['referrer'], 'Crisisvariant: vul bij Aanmelding in wie het gezin heeft aangemeld.'));
  const written = plan.bottomLines.filter((b) => !blank(b.requirement));
  if (written.length === 0) {
    out.push(finding('crisis-referral', 'error', ['bottomLines'], 'Crisisvariant: leg bij Aanmelding de bodemeisen vast die met de aanmelder zijn afgesproken.'));
  }
  plan.bottomLines.forEach((b, i) => {
    if (blank(b.requirement)) {
      out.push(finding('crisis-referral', 'error', ['bottomLines', i, 'requirement'], `Bodemeis ${i + 1} is nog leeg. Schrijf de eis uit, of haal de bodemeis weg.`));
    } else if (blank(b.actionWhen)) {
      out.push(finding('crisis-referral', 'error', ['bottomLines', i, 'actionWhen'], `Vul bij bodemeis ${i + 1} in wanneer er actie nodig is als afspraken niet worden nagekomen.`));
    }
  });
  return out;
};

/**
 * Every role a person can hold in the case besides leading the process: agreements, checks, safety person, safety
 * director, case direction, informing someone, sending copies, starting the evaluation, receiving the hand-over, being
 * told of a large relapse.
 */
function helperRoles(plan: Plan, personId: string): string[] {
  const roles: string[] = [];
  const has = (held: boolean, role: string): void => { if (held) roles.push(role); };
  has(plan.agreements.some((a) => a.who.includes(personId)), 'voert een afspraak uit');
  has(plan.monitoring.some((m) => m.who.includes(personId)), 'checkt afspraken');
  has(plan.safetyPersons.some((s) => s.personId === personId), 'is veiligheidspersoon');
  has(plan.safetyDirectorId === personId, 'is veiligheidsregisseur');
  has(plan.caseDirectorId === personId, 'heeft de casusregie');
  has(plan.informing.some((inf) => inf.byWhom.includes(personId)), 'informeert iemand over het plan');
  has(plan.copiesSentById === personId, 'verstuurt de kopieën');
  has(plan.evaluationInitiatorId === personId, 'neemt het initiatief voor de evaluatie');
  has(plan.handOverToIds.includes(personId), 'ontvangt de overdracht');
  has(plan.largeRelapseInformIds.includes(personId), 'wordt geïnformeerd bij een grote terugval');
  return roles;
}

/**
 * Seed 002: the facilitator "is niet de hulpverlener die in het gezin werkt, maar een procesbegeleider": a professional of
 * the plan who holds no other role in the case. A crisis plan names one; any plan that names one keeps them neutral.
 */
export const crisisFacilitator: Rule = (plan) => {
  const id = plan.facilitatorId;
  if (plan.variant !== 'crisis' && id === null) return [];
  const professional = id === null ? undefined : plan.professionals.find((p) => p.id === id);
  if (id === null || !professional) {
    return [finding('crisis-facilitator', 'error', ['facilitatorId'], 'Kies bij Aanmelding de procesbegeleider, een professional uit onderdeel 1.')];
  }
  const roles = helperRoles(plan, id);
  if (roles.length === 0) return [];
  const name = blank(professional.name) ? 'De procesbegeleider' : professional.name;
  return [finding('crisis-facilitator', 'error', ['facilitatorId'],
    `${name} begeleidt het proces neutraal en is niet de eigen hulpverlener van het gezin, maar ${roles.join(', ')}. Kies een andere procesbegeleider of geef die rol aan een ander.`)];
};

/** Seed 002: the network conference, "2 à 3 sessies", takes place within 4 to 6 weeks of the referral. */
export const crisisSessions: Rule = (plan) => {
  const term = planConferenceTerm(plan);
  if (term === null) return [];
  const out: Finding[] = [];
  const dated = plan.networkMeetings.map((m, i) => ({ m, i })).filter(({ m }) => m.date !== null);
  dated.forEach(({ m, i }) => {
    if (!withinConferenceTerm(term, m.date as string)) {
      out.push(finding('crisis-sessions', 'warning', ['networkMeetings', i, 'date'],
        `Sessie ${i + 1} van de netwerkconferentie valt buiten de termijn: na de aanmelding (${term.referralDate}) en uiterlijk ${term.end}.`));
    }
  });
  if (dated.length < CRISIS_SESSIONS.min) {
    out.push(finding('crisis-sessions', 'warning', ['networkMeetings'],
      `Plan de netwerkconferentie: ${CRISIS_SESSIONS.min} of ${CRISIS_SESSIONS.max} sessies, liefst vóór ${term.preferredEnd} en uiterlijk ${term.end}.`));
  } else if (dated.length > CRISIS_SESSIONS.max) {
    out.push(finding('crisis-sessions', 'warning', ['networkMeetings'], `De netwerkconferentie heeft ${dated.length} sessies; de crisisvariant gaat uit van twee of drie.`));
  }
  return out;
};

/**
 * Seed 002: after the evaluation "stapt de Signs of Safety medewerker er tussenuit en gaan de vaste hulpverleners en het
 * netwerk verder". Once an evaluation is held, the hand-over is recorded: when, and to whom (not the facilitator).
 */
export const crisisHandOver: Rule = (plan) => {
  if (plan.variant !== 'crisis' || !plan.evaluations.some((e) => e.date !== null)) return [];
  const out: Finding[] = [];
  if (plan.handOverDate === null) out.push(finding('crisis-hand-over', 'warning', ['handOverDate'], 'Er is geëvalueerd: leg vast wanneer de procesbegeleider het plan heeft overgedragen.'));
  const to = plan.handOverToIds.filter((id) => id !== plan.facilitatorId);
  if (to.length === 0) out.push(finding('crisis-hand-over', 'warning', ['handOverToIds'], 'Leg vast aan wie het plan is overgedragen: de vaste hulpverleners en het netwerk, niet de procesbegeleider.'));
  return out;
};

const VIOLENCE_FORM_NAMES: Record<(typeof VIOLENCE_FORM_FIELDS)[number], string> = {
  violencePhysicalAbuse: 'lichamelijke mishandeling',
  violencePsychologicalAbuse: 'psychische mishandeling',
  violencePhysicalNeglect: 'lichamelijke verwaarlozing',
  violencePsychologicalNeglect: 'psychische verwaarlozing',
  violenceSexualAbuse: 'seksueel misbruik',
};

/** Seed 001: "Vraag naar alle vormen van geweld"; and earlier violence is the strongest predictor of future violence. */
export const violenceForms: Rule = (plan) => {
  const out: Finding[] = [];
  const open = VIOLENCE_FORM_FIELDS.filter((key) => blank(plan[key]));
  const first = open[0];
  if (first !== undefined) {
    out.push(finding('violence-forms', 'warning', [first],
      `Nog niet vastgelegd wat er besproken is over: ${open.map((k) => VIOLENCE_FORM_NAMES[k]).join(', ')}. Vraag ook naar de vormen van geweld die niet lijken te spelen.`));
  }
  if (blank(plan.earlierViolence)) {
    out.push(finding('violence-forms', 'warning', ['earlierViolence'], 'Vraag naar eerder geweld en schrijf op wat er toen gebeurde (of dat er geen eerder geweld was).'));
  } else if (blank(plan.earlierDecisions)) {
    out.push(finding('violence-forms', 'warning', ['earlierDecisions'], 'Schrijf bij eerder geweld op wat er toen is besloten en wat dat deed.'));
  }
  return out;
};

/** Words in the analysis that name acute or structural unsafety (nl and en), as a professional would write them down. */
const NAMES_UNSAFETY = /\b(acut[e]?|structure(?:el|le)|structural)\w*\s+(on)?(veilig|unsafe|danger)/iu;

/**
 * Where the plan itself says the unsafety is acute or structural: the analysis names it in words, an agreement serves
 * acute safety, or it is a crisis plan. Then leaving the decision open (or calling it a future risk) would dodge the duty
 * to consult the authority.
 */
export function unsafetySignals(plan: Plan): string[] {
  const texts = [...plan.concernFacts, ...plan.dangerStatements].map((i) => i.text)
    .concat(VIOLENCE_FORM_FIELDS.map((k) => plan[k]), [plan.earlierViolence]);
  const signals: string[] = [];
  if (texts.some((text) => NAMES_UNSAFETY.test(text))) signals.push('de analyse noemt acute of structurele onveiligheid');
  if (plan.agreements.some((a) => (a.safety ?? null) === 'acute')) signals.push('er zijn afspraken voor acute veiligheid');
  if (plan.variant === 'crisis') signals.push('het is een crisisplan');
  return signals;
}

/** Seed 003: decide together on acute or structural unsafety or a future risk; "Overleg altijd met Veilig Thuis" for the first two. */
export const safetyDecision: Rule = (plan, today, { authorityName }) => {
  const decision = plan.safetyDecision;
  if (decision === null || decision === 'futureRisk') {
    const signals = unsafetySignals(plan);
    if (signals.length > 0) {
      return [finding('safety-decision', 'error', ['safetyDecision'],
        `${decision === null ? 'De gezamenlijke beslissing staat nog open' : 'De beslissing is een risico in de toekomst'}, terwijl ${signals.join(' en ')}. Beslis of er acute of structurele onveiligheid is. Is dat zo, dan wordt ${authorityName} altijd geraadpleegd.`)];
    }
    if (decision === 'futureRisk') return [];
    // A plan with a concern on record decides before it is used: an open decision cannot stand in for the consultation.
    const severity = plan.concernFacts.some((c) => !blank(c.text)) ? 'error' : 'warning';
    return [finding('safety-decision', severity, ['safetyDecision'], 'Leg de gezamenlijke beslissing vast: acute onveiligheid, structurele onveiligheid of een risico in de toekomst.')];
  }
  const what = decision === 'acute' ? 'acute' : 'structurele';
  if (!plan.authorityConsulted) {
    return [finding('safety-decision', 'error', ['authorityConsulted'], `Bij ${what} onveiligheid wordt ${authorityName} altijd geraadpleegd. Leg vast dat dit is gebeurd.`)];
  }
  if (plan.authorityConsultedOn === null) {
    return [finding('safety-decision', 'error', ['authorityConsultedOn'], `Vul in wanneer ${authorityName} is geraadpleegd.`)];
  }
  if (plan.authorityConsultedOn > today) {
    return [finding('safety-decision', 'error', ['authorityConsultedOn'], `De datum van het overleg met ${authorityName} ligt in de toekomst; vul de dag in waarop het overleg was.`)];
  }
  return [];
};

/** Seed 003: with more than one professional, agreements on case direction on safety, and who is responsible for what. */
export const caseDirection: Rule = (plan) => {
  if (plan.professionals.length < 2) return [];
  const out: Finding[] = [];
  if (plan.caseDirectorId === null || !plan.professionals.some((p) => p.id === plan.caseDirectorId)) {
    out.push(finding('case-direction', 'warning', ['caseDirectorId'], 'Er zijn meer professionals betrokken: kies wie de casusregie op de veiligheid heeft.'));
  }
  if (blank(plan.professionalAgreements)) {
    out.push(finding('case-direction', 'warning', ['professionalAgreements'], 'Schrijf op welke afspraken de professionals onderling maakten: wie is waarvoor verantwoordelijk?'));
  }
  return out;
};

/**
 * `referral-conditions` is no longer run: `safety-condition` (rulesIntegrity.ts) finds a plan without any condition whatever
 * its referral or variant. The id stays in RULE_IDS so tools that know it still parse.
 */
export const CRISIS_AND_ANALYSIS_RULES: ReadonlyArray<Rule> = [
  crisisReferral, crisisFacilitator, crisisSessions, crisisHandOver, violenceForms, safetyDecision, caseDirection,
];
