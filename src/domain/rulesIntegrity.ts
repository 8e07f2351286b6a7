import { isProtectedKind } from './conditions';
import { isSubstantiveReason, recordedByProblems } from './history';
import type { Evaluation, Plan } from './plan';
import { blank, finding, label } from './ruleKit';
import type { Finding, Rule } from './ruleKit';

/**
 * The rules of a plan that holds (issue 20): the non-negotiables, the family and its network in their own plan,
 * evaluations with substance, the phase, and the family's agreement. docs/domain.md quotes the seed each rests on.
 */

const nameOf = (plan: Plan, id: string): string => {
  const person = [...plan.directPersons, ...plan.socialNetwork, ...plan.professionals].find((p) => p.id === id);
  return label(person?.name ?? '', 'iemand');
};

/** Seed 004 §3 and 002: every change or removal of a condition or bottom line has a real reason, a professional and a day. */
export const conditionHistory: Rule = (plan) => plan.removedConditions.flatMap((r, i): Finding[] => {
  const what = r.subject === 'bottomLine' ? 'bodemeis' : 'voorwaarde';
  const n = i + 1;
  const out: Finding[] = [];
  if (!isSubstantiveReason(r.reason)) {
    out.push(finding('condition-history', 'error', ['removedConditions', i, 'reason'],
      `Wijziging ${n} van een ${what} heeft geen echte reden. Schrijf op waarom, en in overleg met wie, in minstens een paar woorden.`));
  }
  const missing = recordedByProblems(plan, r);
  if (missing.includes('professional')) {
    out.push(finding('condition-history', 'error', ['removedConditions', i, 'professionalId'],
      `Kies bij wijziging ${n} van een ${what} de professional die de wijziging heeft vastgelegd.`));
  }
  if (missing.includes('date')) {
    out.push(finding('condition-history', 'warning', ['removedConditions', i, 'date'], `Vul bij wijziging ${n} van een ${what} de datum in.`));
  }
  return out;
});

/** Seed 004 §3: the conditions are the basis of the plan. A plan without one is no safety plan, whatever its variant. */
export const safetyCondition: Rule = (plan, _today, { authorityName }) => {
  const hasCondition = plan.goals.some((g) => isProtectedKind(g.kind) && !blank(g.text));
  return hasCondition ? [] : [finding('safety-condition', 'error', ['goals'],
    `Het plan heeft geen enkele veiligheidsvoorwaarde. Neem bij onderdeel 3 de voorwaarden van ${authorityName} op, als veiligheidsvoorwaarde of als gezamenlijk doel.`)];
};

const adults = (plan: Plan) => plan.directPersons.filter((p) => !p.isChild);

/** Seeds 000, 002: the plan is made with the family. At least one adult family member took part. */
export const familyTookPart: Rule = (plan) => (adults(plan).some((p) => p.present) ? []
  : [finding('family-took-part', 'error', ['directPersons'],
    'Er was geen volwassen gezinslid bij het maken van het plan. Het plan wordt met het gezin gemaakt: vink aan wie er aanwezig was, of maak het plan samen af.')]);

/** Seed 000: the informal network makes the plan with the family. It takes part, or a reason says why not. */
export const informalNetwork: Rule = (plan) => {
  if (plan.socialNetwork.some((p) => p.participates && p.consentOfDirect)) return [];
  if (isSubstantiveReason(plan.noInformalNetworkReason)) return [];
  return [finding('informal-network', 'error', ['noInformalNetworkReason'],
    'Niemand uit het eigen netwerk van het gezin doet mee. Zoek samen met het gezin wie kan helpen, of schrijf bij onderdeel 1 op waarom dat niet lukt.')];
};

const heldMeetings = (plan: Plan, today: string) => plan.networkMeetings.filter((m) => m.date !== null && m.date <= today && m.attendeeIds.length > 0);

/** Seeds 000, 002: the plan comes out of a netwerkberaad (in the crisis variant: the conference's sessions), recorded with who was there. */
export const networkMeetingHeld: Rule = (plan, today) => {
  if (heldMeetings(plan, today).length > 0) return [];
  const what = plan.variant === 'crisis' ? 'een sessie van de netwerkconferentie' : 'een netwerkberaad';
  return [finding('network-meeting-held', 'error', ['networkMeetings'],
    `Er is nog geen ${what} vastgelegd met datum en aanwezigen. Het plan wordt in een beraad met het gezin en het netwerk gemaakt.`)];
};

/** "Present" means present at a meeting in which the plan was made: the ticks agree with the meeting records. */
export const presenceRecords: Rule = (plan, today) => {
  const held = heldMeetings(plan, today);
  if (held.length === 0) return [];
  const attended = new Set(held.flatMap((m) => m.attendeeIds));
  const check = (list: 'directPersons' | 'professionals') => plan[list].flatMap((p, i) => {
    const name = label(p.name, list === 'directPersons' ? `Directbetrokkene ${i + 1}` : `Professional ${i + 1}`);
    if (p.present && !attended.has(p.id)) {
      return [finding('presence-records', 'error', [list, i, 'present'], `${name} staat als aanwezig, maar staat bij geen enkel netwerkberaad als aanwezig. Maak de twee gelijk.`)];
    }
    if (!p.present && attended.has(p.id)) {
      return [finding('presence-records', 'error', [list, i, 'present'], `${name} was bij een netwerkberaad, maar staat als niet aanwezig. Maak de twee gelijk.`)];
    }
    return [];
  });
  return [...check('directPersons'), ...check('professionals')];
};

/**
 * Seed 004 §6: someone checks the agreements, and everyone answers for their own part. Whoever carries an agreement is
 * not its only check. A check with no agreements named watches them all.
 */
export const selfCheck: Rule = (plan) => {
  // Who checks every agreement, and who checks which one: built once, so a plan of hundreds of agreements stays quick.
  const everything = new Set<string>();
  const byAgreement = new Map<string, Set<string>>();
  for (const m of plan.monitoring) {
    const ids = m.agreementIds ?? [];
    if (ids.length === 0) m.who.forEach((id) => everything.add(id));
    for (const agreementId of ids) {
      const set = byAgreement.get(agreementId) ?? new Set<string>();
      m.who.forEach((id) => set.add(id));
      byAgreement.set(agreementId, set);
    }
  }
  return plan.agreements.flatMap((a, i) => {
    const checkers = new Set([...everything, ...(byAgreement.get(a.id) ?? [])]);
    if (checkers.size === 0 || a.who.length === 0 || [...checkers].some((id) => !a.who.includes(id))) return [];
    return [finding('self-check', 'error', ['agreements', i, 'who'],
      `Afspraak ${i + 1} wordt alleen gecheckt door wie hem zelf uitvoert (${[...checkers].map((id) => nameOf(plan, id)).join(', ')}). Laat bij onderdeel 6 ook iemand anders meekijken.`)];
  });
};

/** The evaluation whose decision counts now: the last one with a decision. */
export function lastDecided(plan: Plan): Evaluation | undefined {
  return [...plan.evaluations].reverse().find((e) => e.decision !== null);
}

/** What an evaluation lacks before it can be decided (seed 004 §9): its one home, for the check and for `decideEvaluation`. */
export type EvaluationGap =
  | { kind: 'scores' }
  /** The agreements (numbered 1.. as in section 4) that nobody looked at. */
  | { kind: 'agreements'; numbers: number[] }
  | { kind: 'conditions' };

/** Whether the plan holds a safety condition or a bottom line: every evaluation then looks at them. */
export function hasNonNegotiables(plan: Plan): boolean {
  return plan.goals.some((g) => isProtectedKind(g.kind) && !blank(g.text)) || plan.bottomLines.some((b) => !blank(b.requirement));
}

/**
 * What `e` lacks for a decision: scores (or a recorded reason why none), a look at every agreement of the version it
 * evaluates (an older evaluation looked at an older set of agreements, which this plan no longer holds), and, when the
 * plan holds conditions or bottom lines, a look at those.
 */
export function evaluationGaps(plan: Plan, e: Evaluation): EvaluationGap[] {
  const gaps: EvaluationGap[] = [];
  if (e.scores.length === 0 && blank(e.noScoresReason ?? '')) gaps.push({ kind: 'scores' });
  if (e.planVersion === plan.version) {
    const reviewed = new Set(e.agreementReviews.filter((r) => r.outcome !== null).map((r) => r.agreementId));
    const numbers = plan.agreements.flatMap((a, i) => (reviewed.has(a.id) ? [] : [i + 1]));
    if (numbers.length > 0) gaps.push({ kind: 'agreements', numbers });
  }
  if (hasNonNegotiables(plan) && blank(e.conditionsReview ?? '')) gaps.push({ kind: 'conditions' });
  return gaps;
}

/** Seed 004 §9: an evaluation is decided on its substance: scores (or why none), every agreement, the conditions and bottom lines. */
export const evaluationSubstance: Rule = (plan) => plan.evaluations.flatMap((e, i): Finding[] => {
  if (e.decision === null) return [];
  const n = i + 1;
  return evaluationGaps(plan, e).map((gap) => {
    switch (gap.kind) {
      case 'scores':
        return finding('evaluation-substance', 'error', ['evaluations', i, 'scores'],
          `Evaluatie ${n} heeft een besluit maar geen schaalscores. Vraag ieder naar een cijfer, of schrijf op waarom dat niet kon.`);
      case 'agreements':
        return finding('evaluation-substance', 'error', ['evaluations', i, 'agreementReviews'],
          `Evaluatie ${n} heeft een besluit, maar ${gap.numbers.map((a) => `afspraak ${a}`).join(', ')} ${gap.numbers.length === 1 ? 'is' : 'zijn'} niet nagelopen.`);
      case 'conditions':
        return finding('evaluation-substance', 'error', ['evaluations', i, 'conditionsReview'],
          `Schrijf bij evaluatie ${n} op hoe het staat met de veiligheidsvoorwaarden en bodemeisen: die worden elke evaluatie nagelopen.`);
    }
  });
});

/** Seed 004 §9: a score says how safe, and why, and in which situation safety grew or shrank. */
export const scoreContext: Rule = (plan) => plan.evaluations.flatMap((e, i) => {
  const bare = e.scores.map((s, si) => ({ s, si })).filter(({ s }) => blank(s.why ?? '') || blank(s.situation ?? ''));
  const first = bare[0];
  if (first === undefined) return [];
  return [finding('score-context', 'warning', ['evaluations', i, 'scores', first.si, blank(first.s.why ?? '') ? 'why' : 'situation'],
    `Bij evaluatie ${i + 1} mist bij de score van ${bare.map(({ s }) => nameOf(plan, s.personId)).join(', ')} waarom het dit cijfer is of in welke situatie.`)];
});

/** On the scale, 10 is safe enough to close; below this, a score says it is not safe enough yet (a choice: see docs/domain.md). */
export const SAFE_ENOUGH_SCORE = 7;

/** Why closing as safe enough needs a professional's reason: what in the plan says otherwise. */
export function safeEnoughDoubts(plan: Plan): string[] {
  const last = lastDecided(plan);
  const doubts: string[] = [];
  if (last?.agreementReviews.some((r) => r.outcome === 'no')) doubts.push('een afspraak is niet nagekomen');
  const low = last?.scores.filter((s) => s.score < SAFE_ENOUGH_SCORE) ?? [];
  if (low.length > 0) doubts.push(`${low.length === 1 ? 'een score ligt' : 'scores liggen'} onder de ${SAFE_ENOUGH_SCORE}`);
  const since = last?.date ?? null;
  if (plan.incidents.some((inc) => inc.relapse === 'large' && (since === null || inc.date === null || inc.date >= since))) {
    doubts.push('er is een grote terugval na de laatste evaluatie');
  }
  return doubts;
}

/** Seed 004 §6: closing as safe enough while the plan says otherwise takes a professional's recorded reason. */
export const closureSafeEnough: Rule = (plan) => {
  const closure = plan.closure;
  if (closure === null || closure.outcome !== 'safe-enough') return [];
  const doubts = safeEnoughDoubts(plan);
  if (doubts.length === 0) return [];
  const by = closure.despiteById ?? null;
  const byProfessional = by !== null && plan.professionals.some((p) => p.id === by);
  if (isSubstantiveReason(closure.despiteReason ?? '') && byProfessional) return [];
  return [finding('closure-safe-enough', 'error', ['closure', 'despiteReason'],
    `Het plan is afgesloten als veilig genoeg, terwijl ${doubts.join(' en ')}. Laat een professional vastleggen waarom het toch veilig genoeg is, of kies een andere uitkomst.`)];
};

const hasAgreement = (plan: Plan, safety: 'acute' | 'stable'): boolean => plan.agreements.some((a) => (a.safety ?? null) === safety && !blank(a.what));

/** Seeds 000, 003: acute unsafety is met first with agreements for acute safety. */
export const acuteAgreement: Rule = (plan) => (plan.safetyDecision === 'acute' && !hasAgreement(plan, 'acute')
  ? [finding('acute-agreement', 'error', ['agreements'], 'De beslissing is acute onveiligheid, maar geen afspraak is voor acute veiligheid. Maak eerst afspraken die de onveiligheid nu stoppen.')]
  : []);

/** Seed 000: first acute, then stable safety. The phase follows the decision and the agreements; it is no free label. */
export const phase: Rule = (plan) => {
  if (plan.phase === 'stable' && plan.safetyDecision === 'acute') {
    return [finding('phase', 'error', ['phase'], 'De fase is stabiele veiligheid, maar de beslissing is acute onveiligheid. Eerst komt de acute veiligheid.')];
  }
  // With no agreement tagged acute or stable yet there is nothing for the phase to follow (`agreement-safety` asks for the tags).
  if (!plan.agreements.some((a) => (a.safety ?? null) !== null)) return [];
  if (plan.phase === 'stable' && !hasAgreement(plan, 'stable')) {
    return [finding('phase', 'error', ['phase'], 'De fase is stabiele veiligheid, maar geen afspraak werkt aan stabiele veiligheid. Pas de fase of de afspraken aan.')];
  }
  if (plan.phase === 'acute' && !hasAgreement(plan, 'acute')) {
    return [finding('phase', 'error', ['phase'], 'De fase is acute veiligheid, maar geen afspraak is voor acute veiligheid. Pas de fase of de afspraken aan.')];
  }
  return [];
};

/**
 * Seeds 002, 003: the plan becomes the family's own, and the direction stays with them. Each adult family member agrees,
 * or says in their own words why not, on a date and in a way that is recorded; or a reason says why that is missing.
 */
export const familyAgreement: Rule = (plan) => {
  if (isSubstantiveReason(plan.familyAgreementReason)) return [];
  const out: Finding[] = [];
  plan.familyAgreement.forEach((f, i) => {
    const who = f.personId === null ? `instemming ${i + 1}` : nameOf(plan, f.personId);
    if (f.stance === null) out.push(finding('family-agreement', 'error', ['familyAgreement', i, 'stance'], `Leg vast of ${who} instemt met het plan.`));
    else if (f.stance === 'disagrees' && blank(f.words)) {
      out.push(finding('family-agreement', 'error', ['familyAgreement', i, 'words'], `${who} stemt niet in: schrijf in eigen woorden op waarom niet.`));
    }
    if (f.date === null) out.push(finding('family-agreement', 'error', ['familyAgreement', i, 'date'], `Vul de datum in waarop ${who} zich over het plan uitsprak.`));
    if (f.how === null) out.push(finding('family-agreement', 'error', ['familyAgreement', i, 'how'], `Kies hoe ${who} zich over het plan uitsprak: tijdens het beraad, op papier of telefonisch.`));
  });
  const recorded = new Set(plan.familyAgreement.map((f) => f.personId));
  adults(plan).forEach((p) => {
    if (!recorded.has(p.id)) {
      out.push(finding('family-agreement', 'error', ['familyAgreement'],
        `De instemming van ${label(p.name, 'een volwassen gezinslid')} met het plan is niet vastgelegd. Leg die vast, of schrijf op waarom dat (nog) niet kan.`));
    }
  });
  return out;
};

export const INTEGRITY_RULES: ReadonlyArray<Rule> = [
  conditionHistory, safetyCondition, familyTookPart, informalNetwork, networkMeetingHeld, presenceRecords, selfCheck,
  evaluationSubstance, scoreContext, closureSafeEnough, acuteAgreement, phase, familyAgreement,
];
