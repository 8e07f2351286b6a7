import { RULE_IDS, checkPlan, hasErrors } from '../../../src/domain';
import type { Finding, Plan, RuleId, Severity } from '../../../src/domain';
import { FIXTURE_TODAY, completePlan, firstDraftPlan } from '../../fixtures';

/** Each case starts from the complete plan (no findings) and changes just enough to make one rule fire, or to keep it quiet. */
interface RuleCase {
  name: string;
  change: (plan: Plan) => Plan;
  /** Expected paths of this rule's findings; an empty list means the rule must stay quiet. */
  paths: string[];
  /** When a rule gives a milder finding than its usual severity (an active plan about to lapse). */
  severity?: Severity;
}

const SEVERITY: Record<RuleId, Severity> = {
  'family-name': 'error',
  'direct-person': 'error',
  'concern-facts': 'error',
  'danger-statement': 'error',
  strengths: 'warning',
  'goal-count': 'error',
  'goal-count-preferred': 'warning',
  'goal-source': 'error',
  'goal-agreement': 'error',
  'agreement-complete': 'error',
  'validity-period': 'error',
  'safety-person': 'warning',
  'child-signal': 'warning',
  monitoring: 'error',
  'absent-informed': 'error',
  'home-location': 'warning',
  'copy-consent': 'error',
  evaluation: 'error',
  'network-conditions': 'error',
  'agreement-safety': 'warning',
  'broken-agreement': 'warning',
  'incident-complete': 'warning',
  closure: 'warning',
  // Retired by `safety-condition` in schema version 5: the id stays known, the rule no longer runs.
  'referral-conditions': 'warning',
  'crisis-referral': 'error',
  'crisis-facilitator': 'error',
  'crisis-sessions': 'warning',
  'crisis-hand-over': 'warning',
  'violence-forms': 'warning',
  'safety-decision': 'error',
  'case-direction': 'warning',
  'condition-history': 'error',
  'safety-condition': 'error',
  'family-took-part': 'error',
  'informal-network': 'error',
  'network-meeting-held': 'error',
  'presence-records': 'error',
  'self-check': 'error',
  'duty-person': 'error',
  'child-not-alone': 'error',
  'large-relapse-informs': 'error',
  'consent-age': 'error',
  'birth-date': 'warning',
  'evaluation-substance': 'error',
  'score-context': 'warning',
  'closure-safe-enough': 'error',
  'acute-agreement': 'error',
  phase: 'error',
  'child-informed': 'error',
  'child-voice': 'warning',
  'child-book-safe': 'error',
  'family-agreement': 'error',
};

/**
 * The complete plan as a crisis plan (seed 002): referred on 2026-10-28 with one bottom line, a neutral facilitator
 * (a third professional without a role in the family's help), and two conference sessions within six weeks.
 */
const asCrisis = (plan: Plan): Plan => ({
  ...plan,
  variant: 'crisis',
  referralDate: '2026-10-28',
  bottomLines: [{ id: 'b-1', requirement: 'Geen geweld waar de kinderen bij zijn.', actionWhen: 'Bij een nieuw incident belt de procesbegeleider dezelfde dag de aanmelder.' }],
  professionals: [...plan.professionals, { id: 'p-fac', name: 'Iris de Wit', phone: '', email: '', organisation: 'Levvel', role: 'procesbegeleider', workingDays: '', present: true }],
  facilitatorId: 'p-fac',
  handOverDate: null,
  handOverToIds: [],
  networkMeetings: [
    { id: 's-1', date: '2026-11-04', attendeeIds: [], notes: '', event: null },
    { id: 's-2', date: '2026-11-18', attendeeIds: [], notes: '', event: null },
  ],
  evaluations: [],
});
const evaluated = (plan: Plan): Plan => ({ ...plan, evaluations: completePlan().evaluations });

const extraGoals = (plan: Plan, total: number): Plan => {
  const goals = Array.from({ length: total }, (_, i) => ({ id: `gx-${i}`, text: `Doel ${i + 1}`, kind: 'family' as const, source: '' }));
  const agreements = goals.map((g, i) => ({ id: `ax-${i}`, goalId: g.id, who: ['d-sanne'], what: 'Moeder doet iets', when: 'Elke week' }));
  return { ...plan, goals, agreements: agreements.map((a) => ({ ...a, safety: 'stable' as const })) };
};
const reviewAt = (index: number, change: Partial<Plan['evaluations'][number]['agreementReviews'][number]>) => (plan: Plan): Plan => ({
  ...plan,
  evaluations: plan.evaluations.map((e, ei) => (ei === 0
    ? { ...e, agreementReviews: e.agreementReviews.map((r, ri) => (ri === index ? { ...r, ...change } : r)) } : e)),
});
const incident = (change: Partial<Plan['incidents'][number]> = {}): Plan['incidents'][number] => ({
  id: 'inc-1', date: '2026-11-20', what: 'Ruzie tijdens het avondeten; vader ging niet weg.', actedByIds: ['s-ria'], informedIds: ['p-lotte'],
  relapse: 'small', ...change,
});
const allStable = (plan: Plan): Plan => ({ ...plan, agreements: plan.agreements.map((a) => ({ ...a, safety: 'stable' as const })) });
const directAt = (index: number, change: Partial<Plan['directPersons'][number]>) => (plan: Plan): Plan =>
  ({ ...plan, directPersons: plan.directPersons.map((p, i) => (i === index ? { ...p, ...change } : p)) });
const evaluationAt = (index: number, change: Partial<Plan['evaluations'][number]>) => (plan: Plan): Plan =>
  ({ ...plan, evaluations: plan.evaluations.map((e, i) => (i === index ? { ...e, ...change } : e)) });
const historyAt = (index: number, change: Partial<Plan['removedConditions'][number]>) => (plan: Plan): Plan =>
  ({ ...plan, removedConditions: plan.removedConditions.map((r, i) => (i === index ? { ...r, ...change } : r)) });
const agreementAt = (index: number, change: Partial<Plan['agreements'][number]>) => (plan: Plan): Plan =>
  ({ ...plan, agreements: plan.agreements.map((a, i) => (i === index ? { ...a, ...change } : a)) });
/** The complete plan, closed as safe enough after its evaluation (ev-1 scored 4, 6 and 5). */
const closedSafe = (change: Partial<NonNullable<Plan['closure']>> = {}) => (plan: Plan): Plan => ({
  ...plan, status: 'closed', closure: { outcome: 'safe-enough', reason: 'Het gaat al weken goed thuis.', date: '2026-11-24', despiteReason: '', despiteById: null, ...change },
});
const highScores = (plan: Plan): Plan => evaluationAt(0, { scores: plan.evaluations[0]!.scores.map((sc) => ({ ...sc, score: 8 })) })(plan);
/** Ages on FIXTURE_TODAY (2026-11-25): a birth date that makes a child of that age. */
const bornFor = (age: number): string => `${2026 - age}-01-10`;
const noChildren = (plan: Plan): Plan => ({ ...plan, directPersons: plan.directPersons.map((p) => ({ ...p, isChild: false })) });
const goalAt = (index: number, change: Partial<Plan['goals'][number]>) => (plan: Plan): Plan =>
  ({ ...plan, goals: plan.goals.map((g, i) => (i === index ? { ...g, ...change } : g)) });
const safetyPersonAt = (index: number, change: Partial<Plan['safetyPersons'][number]>) => (plan: Plan): Plan =>
  ({ ...plan, safetyPersons: plan.safetyPersons.map((sp, i) => (i === index ? { ...sp, ...change } : sp)) });
const recipientAt = (index: number, change: Partial<Plan['copyRecipients'][number]>) => (plan: Plan): Plan =>
  ({ ...plan, copyRecipients: plan.copyRecipients.map((r, i) => (i === index ? { ...r, ...change } : r)) });
const socialAt = (index: number, change: Partial<Plan['socialNetwork'][number]>) => (plan: Plan): Plan =>
  ({ ...plan, socialNetwork: plan.socialNetwork.map((p, i) => (i === index ? { ...p, ...change } : p)) });

const CASES: Record<RuleId, { fires: RuleCase[]; quiet: RuleCase[] }> = {
  'family-name': {
    fires: [{ name: 'blank family name', change: (p) => ({ ...p, familyName: '   ' }), paths: ['$.familyName'] }],
    quiet: [{ name: 'family name set', change: (p) => p, paths: [] }],
  },
  'direct-person': {
    fires: [
      { name: 'no directly involved person', change: (p) => ({ ...p, directPersons: [] }), paths: ['$.directPersons'] },
      { name: 'a person without a name', change: (p) => ({ ...p, directPersons: p.directPersons.map((d, i) => (i === 2 ? { ...d, name: '' } : d)) }), paths: ['$.directPersons[2].name'] },
    ],
    quiet: [{ name: 'one named person is enough', change: (p) => ({ ...p, directPersons: p.directPersons.slice(0, 1) }), paths: [] }],
  },
  'concern-facts': {
    fires: [
      { name: 'no facts', change: (p) => ({ ...p, concernFacts: [] }), paths: ['$.concernFacts'] },
      { name: 'only blank facts', change: (p) => ({ ...p, concernFacts: [{ id: 'x', text: ' \n', perspective: null }] }), paths: ['$.concernFacts'] },
    ],
    quiet: [{ name: 'one fact among blanks', change: (p) => ({ ...p, concernFacts: [{ id: 'x', text: '', perspective: null }, { id: 'y', text: 'Melding politie', perspective: null }] }), paths: [] }],
  },
  'danger-statement': {
    fires: [{ name: 'no danger statement', change: (p) => ({ ...p, dangerStatements: [] }), paths: ['$.dangerStatements'] }],
    quiet: [{ name: 'one danger statement', change: (p) => p, paths: [] }],
  },
  strengths: {
    fires: [{ name: 'no strengths, exceptions or protective actions', change: (p) => ({ ...p, strengths: [], exceptions: [], protectiveActions: [{ id: 'x', text: '' }] }), paths: ['$.strengths'] }],
    quiet: [{ name: 'only an exception is written down', change: (p) => ({ ...p, strengths: [], protectiveActions: [] }), paths: [] }],
  },
  'goal-count': {
    fires: [
      { name: 'no goals', change: (p) => ({ ...p, goals: [], agreements: [] }), paths: ['$.goals'] },
      { name: 'six goals', change: (p) => extraGoals(p, 6), paths: ['$.goals'] },
      {
        name: 'one empty goal with one agreement is not a goal',
        change: (p) => ({ ...extraGoals(p, 1), goals: extraGoals(p, 1).goals.map((g) => ({ ...g, text: ' ' })) }),
        paths: ['$.goals', '$.goals[0].text'],
      },
      { name: 'a blank goal among written ones', change: goalAt(1, { text: '' }), paths: ['$.goals[1].text'] },
    ],
    quiet: [
      { name: 'one goal', change: (p) => extraGoals(p, 1), paths: [] },
      { name: 'five goals', change: (p) => extraGoals(p, 5), paths: [] },
    ],
  },
  'goal-count-preferred': {
    fires: [{ name: 'four goals', change: (p) => extraGoals(p, 4), paths: ['$.goals'] }],
    quiet: [
      { name: 'three goals', change: (p) => extraGoals(p, 3), paths: [] },
      { name: 'a blank fourth goal does not count', change: (p) => ({ ...extraGoals(p, 4), goals: extraGoals(p, 4).goals.map((g, i) => (i === 3 ? { ...g, text: '' } : g)) }), paths: [] },
    ],
  },
  'goal-source': {
    fires: [
      { name: 'kind not chosen', change: (p) => ({ ...p, goals: p.goals.map((g, i) => (i === 1 ? { ...g, kind: null } : g)) }), paths: ['$.goals[1].kind'] },
      { name: 'condition without source', change: (p) => ({ ...p, goals: p.goals.map((g, i) => (i === 0 ? { ...g, source: ' ' } : g)) }), paths: ['$.goals[0].source'] },
      { name: 'joint goal without source', change: goalAt(0, { kind: 'joint', source: '' }), paths: ['$.goals[0].source'] },
    ],
    quiet: [
      { name: 'family goal needs no source', change: (p) => ({ ...p, goals: p.goals.map((g, i) => (i === 1 ? { ...g, source: '' } : g)) }), paths: [] },
      { name: 'joint goal with its source', change: goalAt(0, { kind: 'joint' }), paths: [] },
    ],
  },
  'goal-agreement': {
    fires: [{ name: 'goal without agreement', change: (p) => ({ ...p, agreements: p.agreements.filter((a) => a.goalId !== 'g-2') }), paths: ['$.goals[1]'] }],
    quiet: [{ name: 'each goal has an agreement', change: (p) => ({ ...p, agreements: p.agreements.filter((a) => a.id !== 'a-2') }), paths: [] }],
  },
  'agreement-complete': {
    fires: [
      { name: 'nobody chosen', change: (p) => ({ ...p, agreements: p.agreements.map((a, i) => (i === 1 ? { ...a, who: [] } : a)) }), paths: ['$.agreements[1].who'] },
      { name: 'unknown person', change: (p) => ({ ...p, agreements: p.agreements.map((a, i) => (i === 0 ? { ...a, who: ['d-sanne', 'nobody'] } : a)) }), paths: ['$.agreements[0].who'] },
      { name: 'what and when blank', change: (p) => ({ ...p, agreements: p.agreements.map((a, i) => (i === 2 ? { ...a, what: '', when: ' ' } : a)) }), paths: ['$.agreements[2].what', '$.agreements[2].when'] },
      { name: 'an agreement that belongs to no goal', change: (p) => ({ ...p, agreements: p.agreements.map((a, i) => (i === 0 ? { ...a, goalId: null } : a)) }), paths: ['$.agreements[0].goalId'] },
      { name: 'an agreement whose goal is gone', change: (p) => ({ ...p, agreements: p.agreements.map((a, i) => (i === 1 ? { ...a, goalId: 'g-weg' } : a)) }), paths: ['$.agreements[1].goalId'] },
    ],
    quiet: [{ name: 'professional as the only person', change: (p) => ({ ...p, agreements: p.agreements.map((a) => ({ ...a, who: ['p-lotte'] })) }), paths: [] }],
  },
  'validity-period': {
    fires: [
      { name: 'validUntil missing', change: (p) => ({ ...p, validUntil: null }), paths: ['$.validUntil'] },
      { name: 'all dates missing: the first is named', change: (p) => ({ ...p, madeOn: null, validFrom: null, validUntil: null }), paths: ['$.madeOn'] },
      { name: 'starts before it was made', change: (p) => ({ ...p, validFrom: '2026-11-17' }), paths: ['$.validFrom'] },
      { name: 'ends before it starts', change: (p) => ({ ...p, validUntil: '2026-11-17' }), paths: ['$.validUntil'] },
      { name: 'a draft whose period ended before today', change: (p) => ({ ...p, status: 'draft', validUntil: '2026-11-24', evaluationDate: '2026-11-20' }), paths: ['$.validUntil'] },
      { name: 'an active plan past its end date', change: (p) => ({ ...p, validUntil: '2026-11-24', evaluationDate: '2026-11-20' }), paths: ['$.validUntil'] },
      {
        name: 'an active plan ending within 14 days warns',
        change: (p) => ({ ...p, validUntil: '2026-12-09', evaluationDate: '2026-12-01' }), paths: ['$.validUntil'], severity: 'warning',
      },
      { name: 'an active plan ending today warns', change: (p) => ({ ...p, validUntil: '2026-11-25', evaluationDate: '2026-11-24' }), paths: ['$.validUntil'], severity: 'warning' },
    ],
    quiet: [
      { name: 'one-day plan that is still to come', change: (p) => ({ ...p, status: 'draft', madeOn: '2026-11-30', validFrom: '2026-11-30', validUntil: '2026-11-30' }), paths: [] },
      { name: 'an active plan ending in 15 days', change: (p) => ({ ...p, validUntil: '2026-12-10', evaluationDate: '2026-12-01' }), paths: [] },
      { name: 'a closed plan whose period has ended', change: (p) => ({ ...p, status: 'closed', validUntil: '2026-11-20', evaluationDate: '2026-11-19' }), paths: [] },
      { name: 'a draft ending in a few days: only active plans are warned', change: (p) => ({ ...p, status: 'draft', validUntil: '2026-11-28', evaluationDate: '2026-11-27' }), paths: [] },
    ],
  },
  'safety-person': {
    fires: [
      { name: 'children but no safety person: one finding per child', change: (p) => ({ ...p, safetyPersons: [] }), paths: ['$.safetyPersons', '$.safetyPersons'] },
      { name: 'a child without a safety person of its own', change: safetyPersonAt(0, { childIds: ['d-mila'] }), paths: ['$.safetyPersons'] },
      { name: 'a parent does not count', change: safetyPersonAt(0, { personId: 'd-sanne' }), paths: ['$.safetyPersons[0].personId', '$.safetyPersons'] },
      { name: 'a child does not count', change: safetyPersonAt(1, { personId: 'd-mila' }), paths: ['$.safetyPersons[1].personId'] },
      { name: 'nobody chosen', change: safetyPersonAt(1, { personId: null }), paths: ['$.safetyPersons[1].personId'] },
      { name: 'no children chosen', change: safetyPersonAt(1, { childIds: [] }), paths: ['$.safetyPersons[1].childIds'] },
      { name: 'a quality of the footnote not recorded', change: safetyPersonAt(1, { regularContact: false, willingToAct: false }), paths: ['$.safetyPersons[1]'] },
    ],
    quiet: [
      { name: 'no children, no safety person needed', change: (p) => ({ ...noChildren(p), safetyPersons: [] }), paths: [] },
      { name: 'a professional as safety person', change: safetyPersonAt(0, { personId: 'p-lotte' }), paths: [] },
    ],
  },
  'child-signal': {
    fires: [
      { name: 'no signal', change: (p) => ({ ...p, childSignal: '' }), paths: ['$.childSignal'] },
      { name: 'no response to the signal', change: (p) => ({ ...p, childSignalResponse: ' ' }), paths: ['$.childSignalResponse'] },
    ],
    quiet: [{ name: 'no children', change: (p) => ({ ...noChildren(p), childSignal: '', childSignalResponse: '' }), paths: [] }],
  },
  monitoring: {
    fires: [
      { name: 'nobody checks', change: (p) => ({ ...p, monitoring: [{ id: 'm', who: [], watches: 'iets' }] }), paths: ['$.monitoring'] },
      {
        name: 'relapse and authority answers blank',
        change: (p) => ({ ...p, smallRelapse: '', largeRelapse: ' ', informAuthorityWhen: '' }),
        paths: ['$.smallRelapse', '$.largeRelapse', '$.informAuthorityWhen'],
      },
    ],
    quiet: [{ name: 'one complete check among empty ones', change: (p) => ({ ...p, monitoring: [{ id: 'e', who: [], watches: '' }, ...p.monitoring] }), paths: [] }],
  },
  'absent-informed': {
    fires: [
      { name: 'absent father and absent child not in section 7', change: (p) => ({ ...p, informing: [] }), paths: ['$.directPersons[1]', '$.directPersons[3]'] },
      { name: 'section 7 without how', change: (p) => ({ ...p, informing: p.informing.map((i) => ({ ...i, how: '' })) }), paths: ['$.directPersons[1]', '$.directPersons[3]'] },
      {
        name: 'an absent person counts without the old opt-in flag',
        change: (p) => ({ ...p, informing: p.informing.filter((i) => i.personId !== 'd-emre'), directPersons: p.directPersons.map((d) => ({ ...d, mustBeInformed: false })) }),
        paths: ['$.directPersons[1]'],
      },
    ],
    quiet: [
      { name: 'everyone was present', change: (p) => ({ ...p, informing: [], directPersons: p.directPersons.map((d) => ({ ...d, present: true })) }), paths: [] },
    ],
  },
  'home-location': {
    fires: [{ name: 'no place in the house', change: (p) => ({ ...p, homeLocation: '' }), paths: ['$.homeLocation'] }],
    quiet: [{ name: 'place named', change: (p) => p, paths: [] }],
  },
  'copy-consent': {
    fires: [
      { name: 'no consent', change: (p) => ({ ...p, copyRecipients: p.copyRecipients.map((r) => ({ ...r, consentGiven: false })) }), paths: ['$.copyRecipients[0].consentGiven'] },
      { name: 'consent without date', change: recipientAt(0, { consentDate: null }), paths: ['$.copyRecipients[0].consentDate'] },
      { name: 'consent without who gave it', change: recipientAt(0, { consentById: null }), paths: ['$.copyRecipients[0].consentById'] },
      { name: 'consent from someone who is not directly involved', change: recipientAt(0, { consentById: 'p-lotte' }), paths: ['$.copyRecipients[0].consentById'] },
      { name: 'recipients but nobody sends the copies', change: (p) => ({ ...p, copiesSentById: null }), paths: ['$.copiesSentById'] },
    ],
    quiet: [{ name: 'no copies at all, so nobody needs to send them', change: (p) => ({ ...p, copyRecipients: [], copiesSentById: null }), paths: [] }],
  },
  evaluation: {
    fires: [
      { name: 'nothing planned', change: (p) => ({ ...p, evaluationDate: null, evaluationInitiatorId: null, evaluationAttendeeIds: [] }), paths: ['$.evaluationDate', '$.evaluationInitiatorId', '$.evaluationAttendeeIds'] },
      { name: 'after the plan ends', change: (p) => ({ ...p, evaluationDate: '2027-02-19' }), paths: ['$.evaluationDate'] },
      { name: 'before the plan starts', change: (p) => ({ ...p, evaluationDate: '2026-11-17' }), paths: ['$.evaluationDate'] },
      { name: 'on the day the plan was made', change: (p) => ({ ...p, evaluationDate: '2026-11-18' }), paths: ['$.evaluationDate'] },
      { name: 'a draft whose evaluation date has passed', change: (p) => ({ ...p, status: 'draft', evaluationDate: '2026-11-20' }), paths: ['$.evaluationDate'] },
      { name: 'a draft evaluated today', change: (p) => ({ ...p, status: 'draft', evaluationDate: '2026-11-25' }), paths: ['$.evaluationDate'] },
      { name: 'no place or way', change: (p) => ({ ...p, evaluationPlace: ' ' }), paths: ['$.evaluationPlace'] },
    ],
    quiet: [
      { name: 'on the last valid day', change: (p) => ({ ...p, evaluationDate: '2027-02-18' }), paths: [] },
      { name: 'a draft with a date to come', change: (p) => ({ ...p, status: 'draft', evaluationDate: '2026-11-26' }), paths: [] },
      { name: 'an active plan whose evaluation day has come', change: (p) => ({ ...p, evaluationDate: '2026-11-20' }), paths: [] },
    ],
  },
  'network-conditions': {
    fires: [
      {
        name: 'participant without consent of the family, who is also a safety person',
        change: socialAt(1, { consentOfDirect: false }), paths: ['$.socialNetwork[1]', '$.safetyPersons[1].personId'],
      },
      {
        name: 'a member who does not take part holds agreements, monitoring and both safety roles',
        change: socialAt(0, { participates: false }),
        paths: ['$.agreements[1].who', '$.monitoring[0].who', '$.safetyPersons[0].personId', '$.safetyDirectorId'],
      },
      {
        name: 'a non-participant named in an agreement',
        change: (p) => ({ ...p, agreements: p.agreements.map((a, i) => (i === 2 ? { ...a, who: [...a.who, 's-kees'] } : a)) }),
        paths: ['$.agreements[2].who'],
      },
    ],
    quiet: [
      { name: 'non-participant need not meet the conditions', change: (p) => p, paths: [] },
      {
        name: 'a member who stopped taking part and gave up the safety role',
        change: (p) => ({ ...socialAt(1, { participates: false })(p), safetyPersons: p.safetyPersons.slice(0, 1) }), paths: [],
      },
    ],
  },
  'agreement-safety': {
    fires: [{
      name: 'an agreement not tagged acute or stable',
      change: (p) => ({ ...p, agreements: p.agreements.map((a, i) => (i === 1 ? { ...a, safety: null } : a)) }), paths: ['$.agreements[1].safety'],
    }],
    quiet: [{ name: 'every agreement tagged', change: (p) => p, paths: [] }],
  },
  'broken-agreement': {
    fires: [
      { name: 'an agreement reviewed as not kept, nothing recorded', change: reviewAt(1, { outcome: 'no' }), paths: ['$.evaluations[0].agreementReviews[1].relapse'] },
      {
        name: 'relapse and who acted recorded, nobody informed',
        change: reviewAt(0, { outcome: 'no', relapse: 'large', actedByIds: ['s-ria'], informedIds: [], actionTaken: 'Oma haalde de kinderen op.' }),
        paths: ['$.evaluations[0].agreementReviews[0].informedIds'],
      },
    ],
    quiet: [
      { name: 'agreements kept or partly kept', change: (p) => p, paths: [] },
      {
        name: 'a broken agreement with the signal plan recorded',
        change: reviewAt(0, { outcome: 'no', relapse: 'small', actedByIds: ['s-ria'], informedIds: ['p-lotte'], actionTaken: 'Oma haalde de kinderen op.' }),
        paths: [],
      },
    ],
  },
  'incident-complete': {
    fires: [
      { name: 'an incident without date or what happened', change: (p) => ({ ...p, incidents: [incident({ date: null, what: ' ' })] }), paths: ['$.incidents[0].date', '$.incidents[0].what'] },
      { name: 'an incident dated in the future, nobody acted', change: (p) => ({ ...p, incidents: [incident({ date: '2026-12-01', actedByIds: [] })] }), paths: ['$.incidents[0].date', '$.incidents[0].actedByIds'] },
    ],
    quiet: [
      { name: 'no incidents', change: (p) => p, paths: [] },
      { name: 'a complete incident today', change: (p) => ({ ...p, incidents: [incident({ date: '2026-11-25' })] }), paths: [] },
    ],
  },
  closure: {
    fires: [
      { name: 'a closed plan without an outcome', change: (p) => ({ ...p, status: 'closed', closure: null }), paths: ['$.closure'] },
      { name: 'a closed plan without a reason', change: (p) => ({ ...p, status: 'closed', closure: { outcome: 'report', reason: '', date: '2026-11-25' } }), paths: ['$.closure.reason'] },
      {
        name: 'an open plan that carries a closure', change: (p) => ({ ...p, closure: { outcome: 'safe-enough', reason: 'Veilig', date: '2026-11-25' } }),
        paths: ['$.closure'], severity: 'error',
      },
    ],
    quiet: [
      { name: 'an active plan', change: (p) => p, paths: [] },
      {
        name: 'closed because the plan did not work, with the reason',
        change: (p) => ({ ...p, status: 'closed', closure: { outcome: 'protection-inquiry', reason: 'Afspraken herhaaldelijk niet nagekomen.', date: '2026-11-25' } }),
        paths: [],
      },
    ],
  },
  // Retired: a plan without any condition is `safety-condition`'s finding now, whatever its referral.
  'referral-conditions': {
    fires: [],
    quiet: [
      { name: 'a referral and only family goals (safety-condition reports it)', change: goalAt(0, { kind: 'family', source: '' }), paths: [] },
      { name: 'a referral and a condition', change: (p) => p, paths: [] },
      { name: 'a joint goal carries the condition', change: goalAt(0, { kind: 'joint' }), paths: [] },
      { name: 'no referral, no condition', change: (p) => goalAt(0, { kind: 'family', source: '' })({ ...p, referralDate: null, referrer: '' }), paths: [] },
    ],
  },
  'crisis-referral': {
    fires: [
      { name: 'crisis without referral date and referrer', change: (p) => ({ ...asCrisis(p), referralDate: null, referrer: ' ' }), paths: ['$.referralDate', '$.referrer'] },
      { name: 'crisis without bottom lines', change: (p) => ({ ...asCrisis(p), bottomLines: [] }), paths: ['$.bottomLines'] },
      {
        name: 'a bottom line without the point of action',
        change: (p) => ({ ...asCrisis(p), bottomLines: [...asCrisis(p).bottomLines, { id: 'b-2', requirement: 'Kinderen naar school.', actionWhen: '' }] }),
        paths: ['$.bottomLines[1].actionWhen'],
      },
    ],
    quiet: [
      { name: 'a complete referral', change: asCrisis, paths: [] },
      { name: 'a standard plan needs no bottom lines', change: (p) => ({ ...p, referralDate: null }), paths: [] },
    ],
  },
  'crisis-facilitator': {
    fires: [
      { name: 'no facilitator', change: (p) => ({ ...asCrisis(p), facilitatorId: null }), paths: ['$.facilitatorId'] },
      { name: 'a family member as facilitator', change: (p) => ({ ...asCrisis(p), facilitatorId: 'd-sanne' }), paths: ['$.facilitatorId'] },
      { name: "the family's own helper (case direction) as facilitator", change: (p) => ({ ...asCrisis(p), facilitatorId: 'p-lotte' }), paths: ['$.facilitatorId'] },
      {
        name: 'a facilitator who holds an agreement',
        change: (p) => { const c = asCrisis(p); return { ...c, agreements: c.agreements.map((a, i) => (i === 0 ? { ...a, who: [...a.who, 'p-fac'] } : a)) }; },
        paths: ['$.facilitatorId'],
      },
      { name: 'a facilitator who is also the safety director', change: (p) => ({ ...asCrisis(p), safetyDirectorId: 'p-fac' }), paths: ['$.facilitatorId'] },
      {
        name: 'a facilitator who tells a child about the plan',
        change: (p) => { const c = asCrisis(p); return { ...c, informing: c.informing.map((inf, i) => (i === 1 ? { ...inf, byWhom: ['p-fac'] } : inf)) }; },
        paths: ['$.facilitatorId'],
      },
      { name: 'a standard plan whose facilitator sends the copies', change: (p) => ({ ...p, copiesSentById: 'p-bram' }), paths: ['$.facilitatorId'] },
      { name: 'a facilitator who receives the hand-over', change: (p) => ({ ...asCrisis(p), handOverToIds: ['p-fac', 'p-lotte'] }), paths: ['$.facilitatorId'] },
    ],
    quiet: [
      { name: 'a neutral professional', change: asCrisis, paths: [] },
      { name: 'a facilitator who only attends the evaluation', change: (p) => ({ ...asCrisis(p), evaluationAttendeeIds: [...p.evaluationAttendeeIds, 'p-fac'] }), paths: [] },
      { name: 'a standard plan has no facilitator', change: (p) => p, paths: [] },
    ],
  },
  'crisis-sessions': {
    fires: [
      { name: 'one session only', change: (p) => ({ ...asCrisis(p), networkMeetings: asCrisis(p).networkMeetings.slice(0, 1) }), paths: ['$.networkMeetings'] },
      {
        name: 'a session more than six weeks after the referral',
        change: (p) => { const c = asCrisis(p); return { ...c, networkMeetings: [c.networkMeetings[0]!, { ...c.networkMeetings[1]!, date: '2026-12-10' }] }; },
        paths: ['$.networkMeetings[1].date'],
      },
      {
        name: 'counted from the referral, not from today: a session on the referral day',
        change: (p) => { const c = asCrisis(p); return { ...c, networkMeetings: [{ ...c.networkMeetings[0]!, date: '2026-10-28' }, c.networkMeetings[1]!] }; },
        paths: ['$.networkMeetings[0].date'],
      },
      {
        name: 'four sessions',
        change: (p) => {
          const c = asCrisis(p);
          const more = ['2026-11-25', '2026-12-01'].map((date, i) => ({ id: `s-x${i}`, date, attendeeIds: [], notes: '', event: null }));
          return { ...c, networkMeetings: [...c.networkMeetings, ...more] };
        },
        paths: ['$.networkMeetings'],
      },
    ],
    quiet: [
      { name: 'two sessions within six weeks of the referral', change: asCrisis, paths: [] },
      { name: 'the last day of the sixth week still counts', change: (p) => { const c = asCrisis(p); return { ...c, networkMeetings: [c.networkMeetings[0]!, { ...c.networkMeetings[1]!, date: '2026-12-09' }] }; }, paths: [] },
      { name: 'a standard plan has no term', change: (p) => ({ ...p, networkMeetings: [] }), paths: [] },
    ],
  },
  'crisis-hand-over': {
    fires: [
      { name: 'evaluated and nothing handed over', change: (p) => evaluated(asCrisis(p)), paths: ['$.handOverDate', '$.handOverToIds'] },
      {
        name: 'handed over to the facilitator only',
        change: (p) => ({ ...evaluated(asCrisis(p)), handOverDate: '2027-01-16', handOverToIds: ['p-fac'] }), paths: ['$.handOverToIds'],
      },
    ],
    quiet: [
      { name: 'not evaluated yet', change: asCrisis, paths: [] },
      { name: 'handed over to the regular helpers', change: (p) => ({ ...evaluated(asCrisis(p)), handOverDate: '2027-01-16', handOverToIds: ['p-lotte', 's-ria'] }), paths: [] },
      { name: 'a standard plan has no hand-over', change: evaluated, paths: [] },
    ],
  },
  'violence-forms': {
    fires: [
      { name: 'two forms not asked', change: (p) => ({ ...p, violencePhysicalNeglect: '', violenceSexualAbuse: ' ' }), paths: ['$.violencePhysicalNeglect'] },
      { name: 'earlier violence not asked', change: (p) => ({ ...p, earlierViolence: '' }), paths: ['$.earlierViolence'] },
      { name: 'earlier violence without what was decided then', change: (p) => ({ ...p, earlierDecisions: '' }), paths: ['$.earlierDecisions'] },
    ],
    quiet: [{ name: 'every form and earlier violence discussed', change: (p) => p, paths: [] }],
  },
  'safety-decision': {
    fires: [
      { name: 'structural unsafety, authority not consulted', change: (p) => ({ ...p, authorityConsulted: false }), paths: ['$.authorityConsulted'] },
      { name: 'acute unsafety, consulted but no date', change: (p) => ({ ...p, safetyDecision: 'acute', authorityConsultedOn: null }), paths: ['$.authorityConsultedOn'] },
      { name: 'a consultation dated in the future', change: (p) => ({ ...p, authorityConsultedOn: '2026-12-01' }), paths: ['$.authorityConsultedOn'] },
      { name: 'no decision yet, with concerns and acute agreements on record', change: (p) => ({ ...p, safetyDecision: null }), paths: ['$.safetyDecision'] },
      {
        name: 'no decision yet and nothing on record but the concerns',
        change: (p) => ({ ...allStable(p), safetyDecision: null }), paths: ['$.safetyDecision'],
      },
      {
        name: 'a future risk while the plan has acute agreements (the consultation dodged)',
        change: (p) => ({ ...p, safetyDecision: 'futureRisk', authorityConsulted: false, authorityConsultedOn: null }), paths: ['$.safetyDecision'],
      },
      {
        name: 'a future risk while the analysis names structural unsafety in words',
        change: (p) => ({
          ...allStable(p), safetyDecision: 'futureRisk', authorityConsulted: false, authorityConsultedOn: null,
          dangerStatements: [{ id: 'ds-x', text: 'Er is sprake van structurele onveiligheid voor Mila en Daan.', perspective: 'professional' }],
        }),
        paths: ['$.safetyDecision'],
      },
      { name: 'no decision in an empty analysis', change: (p) => ({ ...allStable(p), concernFacts: [], safetyDecision: null }), paths: ['$.safetyDecision'], severity: 'warning' },
    ],
    quiet: [
      { name: 'structural unsafety and consulted on a date', change: (p) => p, paths: [] },
      {
        name: 'a future risk with only stable agreements needs no consultation',
        change: (p) => ({ ...allStable(p), safetyDecision: 'futureRisk', authorityConsulted: false, authorityConsultedOn: null }), paths: [],
      },
    ],
  },
  'case-direction': {
    fires: [
      { name: 'two professionals, no case direction', change: (p) => ({ ...p, caseDirectorId: null }), paths: ['$.caseDirectorId'] },
      { name: 'no agreements between the professionals', change: (p) => ({ ...p, professionalAgreements: '' }), paths: ['$.professionalAgreements'] },
      { name: 'case direction given to a family member', change: (p) => ({ ...p, caseDirectorId: 'd-sanne' }), paths: ['$.caseDirectorId'] },
    ],
    quiet: [
      { name: 'case direction and agreements recorded', change: (p) => p, paths: [] },
      {
        name: 'one professional needs no case direction',
        change: (p) => ({ ...p, professionals: p.professionals.slice(0, 1), caseDirectorId: null, professionalAgreements: '' }), paths: [],
      },
    ],
  },
  'condition-history': {
    fires: [
      { name: 'a one-letter reason', change: historyAt(0, { reason: 'x' }), paths: ['$.removedConditions[0].reason'] },
      { name: 'no professional named', change: historyAt(0, { professionalId: null }), paths: ['$.removedConditions[0].professionalId'] },
      { name: 'a family member as the professional', change: historyAt(0, { professionalId: 'd-sanne' }), paths: ['$.removedConditions[0].professionalId'] },
      { name: 'no date', change: historyAt(0, { date: null }), paths: ['$.removedConditions[0].date'], severity: 'warning' },
      {
        name: 'a bottom line changed without a reason',
        change: (p) => ({ ...p, removedConditions: [...p.removedConditions, { ...p.removedConditions[0]!, id: 'rc-bl', subject: 'bottomLine', reason: 'ok' }] }),
        paths: ['$.removedConditions[1].reason'],
      },
    ],
    quiet: [
      { name: 'a reason, a professional and a date', change: (p) => p, paths: [] },
      { name: 'no history at all', change: (p) => ({ ...p, removedConditions: [] }), paths: [] },
      { name: 'a professional removed from the plan since (the record speaks of the past)', change: historyAt(0, { professionalId: 'p-gone' }), paths: [] },
    ],
  },
  'safety-condition': {
    fires: [
      { name: 'only family goals, standard plan', change: goalAt(0, { kind: 'family', source: '' }), paths: ['$.goals'] },
      { name: 'only family goals, crisis plan with bottom lines', change: (p) => goalAt(0, { kind: 'family', source: '' })(asCrisis(p)), paths: ['$.goals'] },
      { name: 'no referral and no condition', change: (p) => goalAt(0, { kind: 'family', source: '' })({ ...p, referralDate: null, referrer: '' }), paths: ['$.goals'] },
      { name: 'a condition without text', change: goalAt(0, { text: ' ' }), paths: ['$.goals'] },
    ],
    quiet: [
      { name: 'a condition', change: (p) => p, paths: [] },
      { name: 'a joint goal carries the condition', change: goalAt(0, { kind: 'joint' }), paths: [] },
    ],
  },
  'family-took-part': {
    fires: [
      { name: 'only a child was present', change: directAt(0, { present: false }), paths: ['$.directPersons'] },
      { name: 'no adult in the plan at all', change: (p) => ({ ...p, directPersons: p.directPersons.filter((d) => d.isChild) }), paths: ['$.directPersons'] },
    ],
    quiet: [
      { name: 'the mother was present', change: (p) => p, paths: [] },
      { name: 'the father was present, the mother not', change: (p) => directAt(1, { present: true })(directAt(0, { present: false })(p)), paths: [] },
    ],
  },
  'informal-network': {
    fires: [
      { name: 'no informal network at all', change: (p) => ({ ...p, socialNetwork: [] }), paths: ['$.noInformalNetworkReason'] },
      { name: 'only members who do not take part', change: (p) => ({ ...p, socialNetwork: p.socialNetwork.map((m) => ({ ...m, participates: false })) }), paths: ['$.noInformalNetworkReason'] },
      { name: 'a reason of one word', change: (p) => ({ ...p, socialNetwork: [], noInformalNetworkReason: 'geen' }), paths: ['$.noInformalNetworkReason'] },
    ],
    quiet: [
      { name: 'grandmother and neighbour take part', change: (p) => p, paths: [] },
      {
        name: 'no network, with a recorded reason',
        change: (p) => ({ ...p, socialNetwork: [], noInformalNetworkReason: 'Moeder is net verhuisd en kent nog niemand; de buurtcoach zoekt met haar naar mensen.' }),
        paths: [],
      },
    ],
  },
  'network-meeting-held': {
    fires: [
      { name: 'no network meeting recorded', change: (p) => ({ ...p, networkMeetings: [] }), paths: ['$.networkMeetings'] },
      { name: 'a meeting planned for later only', change: (p) => ({ ...p, networkMeetings: p.networkMeetings.map((m) => ({ ...m, date: '2026-12-20' })) }), paths: ['$.networkMeetings'] },
      { name: 'a meeting without attendees', change: (p) => ({ ...p, networkMeetings: p.networkMeetings.map((m) => ({ ...m, attendeeIds: [] })) }), paths: ['$.networkMeetings'] },
      { name: 'a crisis plan whose sessions have nobody recorded', change: asCrisis, paths: ['$.networkMeetings'] },
    ],
    quiet: [{ name: 'the netwerkberaad of 18 November', change: (p) => p, paths: [] }],
  },
  'presence-records': {
    fires: [
      { name: 'the father ticked present but at no meeting', change: (p) => ({ ...directAt(1, { present: true })(p), informing: p.informing.filter((i) => i.personId !== 'd-emre') }), paths: ['$.directPersons[1].present'] },
      { name: 'the mother at the meeting but ticked absent', change: directAt(0, { present: false }), paths: ['$.directPersons[0].present'] },
      {
        name: 'a professional at the meeting but ticked absent',
        change: (p) => ({ ...p, professionals: p.professionals.map((x, i) => (i === 0 ? { ...x, present: false } : x)) }), paths: ['$.professionals[0].present'],
      },
    ],
    quiet: [
      { name: 'the ticks agree with the meeting', change: (p) => p, paths: [] },
      { name: 'no meeting held yet (network-meeting-held reports it)', change: (p) => ({ ...p, networkMeetings: [] }), paths: [] },
    ],
  },
  'self-check': {
    fires: [
      { name: "grandmother is the only check on her own agreement", change: (p) => ({ ...p, monitoring: [{ id: 'm-x', who: ['s-ria'], watches: 'Alles' }] }), paths: ['$.agreements[1].who'] },
      {
        name: 'a check linked to one agreement, by its own carriers',
        change: (p) => ({ ...p, monitoring: [...p.monitoring.map((m) => ({ ...m, agreementIds: ['a-2', 'a-3'] })), { id: 'm-own', who: ['d-sanne', 'd-emre'], watches: 'Zelf', agreementIds: ['a-1'] }] }),
        paths: ['$.agreements[0].who'],
      },
    ],
    quiet: [
      { name: 'grandmother and the family worker check', change: (p) => p, paths: [] },
      { name: 'the carrier checks together with someone else', change: (p) => ({ ...p, monitoring: [{ id: 'm-x', who: ['s-ria', 'p-lotte'], watches: 'Alles' }] }), paths: [] },
    ],
  },
  'duty-person': {
    fires: [
      { name: 'a network member without consent tells a child', change: (p) => ({ ...p, informing: p.informing.map((i, n) => (n === 1 ? { ...i, byWhom: ['s-kees'] } : i)) }), paths: ['$.informing[1].byWhom'] },
      { name: 'a child tells another child alone', change: (p) => ({ ...p, informing: p.informing.map((i, n) => (n === 1 ? { ...i, byWhom: ['d-mila'] } : i)) }), paths: ['$.informing[1].byWhom'] },
      { name: 'the absent father informs himself', change: (p) => ({ ...p, informing: p.informing.map((i, n) => (n === 0 ? { ...i, byWhom: ['d-emre'] } : i)) }), paths: ['$.informing[0].byWhom'] },
      { name: 'a child sends the copies', change: (p) => ({ ...p, copiesSentById: 'd-mila' }), paths: ['$.copiesSentById'] },
      { name: 'a child starts the evaluation', change: (p) => ({ ...p, evaluationInitiatorId: 'd-daan' }), paths: ['$.evaluationInitiatorId'] },
      { name: 'the hand-over to a network member without consent', change: (p) => ({ ...p, handOverToIds: ['s-kees'] }), paths: ['$.handOverToIds'] },
      { name: 'a large relapse told to someone not in the plan', change: (p) => ({ ...p, largeRelapseInformIds: ['nobody'] }), paths: ['$.largeRelapseInformIds'] },
      { name: 'a child as the only check', change: (p) => ({ ...p, monitoring: [{ id: 'm-x', who: ['d-mila'], watches: 'Of papa weggaat' }] }), paths: ['$.monitoring[0].who'] },
      { name: 'a child as safety director', change: (p) => ({ ...p, safetyDirectorId: 'd-mila' }), paths: ['$.safetyDirectorId'] },
    ],
    quiet: [
      { name: 'fitting people for every duty', change: (p) => p, paths: [] },
      { name: 'a child tells a sibling together with the mother', change: (p) => ({ ...p, informing: p.informing.map((i, n) => (n === 1 ? { ...i, byWhom: ['d-mila', 'd-sanne'] } : i)) }), paths: [] },
    ],
  },
  'child-not-alone': {
    fires: [{ name: 'an acute agreement carried by a child alone', change: agreementAt(1, { who: ['d-mila'] }), paths: ['$.agreements[1].who'] }],
    quiet: [
      { name: 'adults carry the acute agreements', change: (p) => p, paths: [] },
      { name: 'a child with an adult on an acute agreement', change: agreementAt(1, { who: ['d-mila', 's-ria'] }), paths: [] },
      { name: 'a child alone on a stable agreement', change: agreementAt(2, { who: ['d-mila'] }), paths: [] },
    ],
  },
  'large-relapse-informs': {
    fires: [
      { name: 'section 6 names nobody for a large relapse', change: (p) => ({ ...p, largeRelapseInformIds: [] }), paths: ['$.largeRelapseInformIds'] },
      { name: 'a large relapse in the log that informed nobody', change: (p) => ({ ...p, incidents: [incident({ relapse: 'large', informedIds: [] })] }), paths: ['$.incidents[0].informedIds'] },
      { name: 'a review with a large relapse that informed nobody', change: reviewAt(0, { outcome: 'no', relapse: 'large', informedIds: [] }), paths: ['$.evaluations[0].agreementReviews[0].informedIds'] },
    ],
    quiet: [
      { name: 'the family worker is told', change: (p) => p, paths: [] },
      { name: 'a small relapse that told nobody', change: (p) => ({ ...p, incidents: [incident({ relapse: 'small', informedIds: [] })] }), paths: [] },
    ],
  },
  'consent-age': {
    fires: [
      { name: 'a six-year-old consents alone', change: recipientAt(0, { consentById: 'd-daan' }), paths: ['$.copyRecipients[0].consentById'] },
      {
        name: 'a fourteen-year-old and no parent',
        change: (p) => recipientAt(0, { consentById: 'd-mila' })(directAt(3, { birthDate: bornFor(4) })(directAt(2, { birthDate: bornFor(14) })(p))),
        paths: ['$.copyRecipients[0].consentAlsoByIds'],
      },
      { name: 'a fourteen-year-old not asked, only the mother', change: directAt(2, { birthDate: bornFor(14) }), paths: ['$.copyRecipients[0].consentAlsoByIds'] },
      { name: 'a seventeen-year-old not asked, only the mother', change: directAt(2, { birthDate: bornFor(17) }), paths: ['$.copyRecipients[0].consentAlsoByIds'] },
      { name: "a child's age unknown", change: directAt(3, { birthDate: null }), paths: ['$.copyRecipients[0].consentById'] },
    ],
    quiet: [
      { name: 'the mother consents for children of 9 and 6', change: (p) => p, paths: [] },
      { name: 'a fourteen-year-old and the mother', change: (p) => recipientAt(0, { consentAlsoByIds: ['d-mila'] })(directAt(2, { birthDate: bornFor(14) })(p)), paths: [] },
      {
        name: 'a seventeen-year-old consents to her own book',
        change: (p) => recipientAt(0, { receives: { kind: 'childBook', childId: 'd-mila' }, consentById: 'd-mila' })(directAt(2, { birthDate: bornFor(17) })(p)),
        paths: [],
      },
      { name: 'no consent given yet (copy-consent reports it)', change: recipientAt(0, { consentGiven: false }), paths: [] },
    ],
  },
  'birth-date': {
    fires: [
      { name: 'an age kept from before schema 5', change: directAt(2, { birthDate: null, birthDateUnread: '9 jaar' }), paths: ['$.directPersons[2].birthDate'] },
      { name: 'a child without a birth date', change: directAt(3, { birthDate: null }), paths: ['$.directPersons[3].birthDate'] },
      { name: 'a birth date in the future', change: directAt(3, { birthDate: '2027-01-01' }), paths: ['$.directPersons[3].birthDate'], severity: 'error' },
    ],
    quiet: [
      { name: 'every birth date a date', change: (p) => p, paths: [] },
      { name: 'an adult without a birth date', change: directAt(1, { birthDate: null }), paths: [] },
    ],
  },
  'evaluation-substance': {
    fires: [
      { name: 'a decision without scores', change: evaluationAt(0, { scores: [] }), paths: ['$.evaluations[0].scores'] },
      { name: 'a decision on this version with an agreement not reviewed', change: evaluationAt(0, { planVersion: 2 }), paths: ['$.evaluations[0].agreementReviews'] },
      { name: 'a decision without a look at the conditions', change: evaluationAt(0, { conditionsReview: '' }), paths: ['$.evaluations[0].conditionsReview'] },
      {
        name: 'an empty evaluation decided',
        change: evaluationAt(0, { scores: [], agreementReviews: [], conditionsReview: '', planVersion: 2 }),
        paths: ['$.evaluations[0].scores', '$.evaluations[0].agreementReviews', '$.evaluations[0].conditionsReview'],
      },
    ],
    quiet: [
      { name: 'scores, reviews of that version and the conditions', change: (p) => p, paths: [] },
      { name: 'no scores, with the reason why', change: evaluationAt(0, { scores: [], noScoresReason: 'Vader was ziek en moeder wilde niet zonder hem scoren.' }), paths: [] },
      { name: 'an evaluation without a decision yet', change: evaluationAt(0, { decision: null, scores: [], conditionsReview: '' }), paths: [] },
    ],
  },
  'score-context': {
    fires: [{ name: 'a score without its why', change: evaluationAt(0, { scores: completePlan().evaluations[0]!.scores.map((sc, i) => (i === 1 ? { ...sc, why: '' } : sc)) }), paths: ['$.evaluations[0].scores[1].why'] }],
    quiet: [{ name: 'every score with why and situation', change: (p) => p, paths: [] }],
  },
  'closure-safe-enough': {
    fires: [
      { name: 'safe enough with scores of 4, 5 and 6', change: closedSafe(), paths: ['$.closure.despiteReason'] },
      { name: 'safe enough while an agreement was not kept', change: (p) => closedSafe()(reviewAt(0, { outcome: 'no' })(highScores(p))), paths: ['$.closure.despiteReason'] },
      { name: 'safe enough with a large relapse open', change: (p) => closedSafe()({ ...highScores(p), incidents: [incident({ relapse: 'large' })] }), paths: ['$.closure.despiteReason'] },
      {
        name: 'a reason, but not by a professional',
        change: closedSafe({ despiteReason: 'De ouders zijn uit elkaar en vader woont ver weg; de kinderen zijn veilig bij moeder.', despiteById: 'd-sanne' }),
        paths: ['$.closure.despiteReason'],
      },
    ],
    quiet: [
      { name: 'safe enough with scores of 8', change: (p) => closedSafe()(highScores(p)), paths: [] },
      {
        name: 'low scores, and a professional says why it is safe enough',
        change: closedSafe({ despiteReason: 'De ouders zijn uit elkaar en vader woont ver weg; de kinderen zijn veilig bij moeder.', despiteById: 'p-lotte' }),
        paths: [],
      },
      { name: 'closed because the plan did not work', change: (p) => ({ ...closedSafe()(p), closure: { ...closedSafe()(p).closure!, outcome: 'back-to-authority' } }), paths: [] },
    ],
  },
  'acute-agreement': {
    fires: [{ name: 'acute unsafety and only stable agreements', change: (p) => ({ ...allStable(p), safetyDecision: 'acute', phase: 'acute' }), paths: ['$.agreements'] }],
    quiet: [
      { name: 'acute unsafety with acute agreements', change: (p) => ({ ...p, safetyDecision: 'acute', phase: 'acute' }), paths: [] },
      { name: 'structural unsafety, stable agreements only', change: allStable, paths: [] },
    ],
  },
  phase: {
    fires: [
      { name: 'stable phase while the decision is acute unsafety', change: (p) => ({ ...p, safetyDecision: 'acute' }), paths: ['$.phase'] },
      { name: 'stable phase without a stable agreement', change: (p) => ({ ...p, agreements: p.agreements.map((a) => ({ ...a, safety: 'acute' as const })) }), paths: ['$.phase'] },
      { name: 'acute phase without an acute agreement', change: (p) => ({ ...allStable(p), phase: 'acute' }), paths: ['$.phase'] },
    ],
    quiet: [
      { name: 'stable phase, structural unsafety, a stable agreement', change: (p) => p, paths: [] },
      { name: 'acute phase with acute agreements', change: (p) => ({ ...p, phase: 'acute' }), paths: [] },
      { name: 'a new plan without agreements', change: (p) => ({ ...p, phase: 'acute', safetyDecision: 'structural', agreements: [] }), paths: [] },
      { name: 'no agreement tagged yet', change: (p) => ({ ...p, agreements: p.agreements.map((a) => ({ ...a, safety: null })) }), paths: [] },
    ],
  },
  'child-informed': {
    fires: [{ name: 'Mila was there but nobody tells her afterwards', change: (p) => ({ ...p, informing: p.informing.filter((i) => i.personId !== 'd-mila') }), paths: ['$.directPersons[2]'] }],
    quiet: [
      { name: 'mother and grandmother tell Mila', change: (p) => p, paths: [] },
      {
        name: 'no talk, with a recorded reason',
        change: (p) => directAt(2, { noInformingReason: 'Mila schreef het verhaal zelf mee tijdens het beraad en nam het mee naar huis.' })({ ...p, informing: p.informing.filter((i) => i.personId !== 'd-mila') }),
        paths: [],
      },
    ],
  },
  'child-voice': {
    fires: [{ name: 'Daan has no words of his own', change: (p) => ({ ...p, threeHouses: p.threeHouses.filter((h) => h.childId !== 'd-daan') }), paths: ['$.threeHouses'] }],
    quiet: [
      { name: 'both children have their Three Houses', change: (p) => p, paths: [] },
      { name: 'no children', change: noChildren, paths: [] },
    ],
  },
  'child-book-safe': {
    fires: [
      { name: "the adults' concern copied into the child's words", change: (p) => ({ ...p, childWhatHappenedWords: `${p.concernFacts[0]!.text} Nu is het rustiger.` }), paths: ['$.childWhatHappenedWords'] },
      {
        name: "one child's own words in the version for all children",
        change: (p) => ({ ...p, threeHouses: p.threeHouses.map((h) => (h.childId === 'd-mila' ? { ...h, worries: 'Dat papa en mama weer schreeuwen als ik in bed lig' } : h)), childWhenUnsafeWords: 'Dat papa en mama weer schreeuwen als ik in bed lig.' }),
        paths: ['$.childWhenUnsafeWords'],
      },
    ],
    quiet: [
      { name: 'told in words for a child', change: (p) => p, paths: [] },
      {
        name: "an only child's own words in their own version",
        change: (p) => ({
          ...p, directPersons: p.directPersons.filter((d) => d.id !== 'd-daan'),
          threeHouses: p.threeHouses.map((h) => (h.childId === 'd-mila' ? { ...h, worries: 'Dat papa en mama weer schreeuwen als ik in bed lig' } : h)),
          childWhenUnsafeWords: 'Dat papa en mama weer schreeuwen als ik in bed lig.',
        }),
        paths: [],
      },
    ],
  },
  'family-agreement': {
    fires: [
      { name: "the father's agreement not recorded", change: (p) => ({ ...p, familyAgreement: p.familyAgreement.filter((f) => f.personId !== 'd-emre') }), paths: ['$.familyAgreement'] },
      {
        name: 'a disagreement without own words, no date, no way',
        change: (p) => ({ ...p, familyAgreement: p.familyAgreement.map((f, i) => (i === 1 ? { ...f, stance: 'disagrees' as const, words: '', date: null, how: null } : f)) }),
        paths: ['$.familyAgreement[1].words', '$.familyAgreement[1].date', '$.familyAgreement[1].how'],
      },
      { name: 'nobody asked', change: (p) => ({ ...p, familyAgreement: [] }), paths: ['$.familyAgreement', '$.familyAgreement'] },
    ],
    quiet: [
      { name: 'both parents agreed', change: (p) => p, paths: [] },
      {
        name: 'the father disagrees, in his own words',
        change: (p) => ({ ...p, familyAgreement: p.familyAgreement.map((f, i) => (i === 1 ? { ...f, stance: 'disagrees' as const, words: 'Ik vind niet dat ik weg moet uit mijn eigen huis.' } : f)) }),
        paths: [],
      },
      {
        name: 'not recorded, with a reason',
        change: (p) => ({ ...p, familyAgreement: [], familyAgreementReason: 'Vader is onbereikbaar sinds de melding; de gezinsbegeleider probeert het opnieuw via zijn broer.' }),
        paths: [],
      },
    ],
  },
};

const findingsOf = (plan: Plan, ruleId: RuleId): Finding[] => checkPlan(plan, FIXTURE_TODAY).filter((f) => f.ruleId === ruleId);

describe('checkPlan', () => {
  it('covers exactly the rule ids of docs/domain.md (19 of DOMAIN.md, 4 of the lifecycle, 8 of the crisis variant and the joint analysis, 21 of a plan that holds)', () => {
    expect(RULE_IDS).toHaveLength(52);
    expect([...RULE_IDS].sort()).toEqual(Object.keys(CASES).sort());
  });

  it('finds nothing in the complete example plan', () => {
    const findings = checkPlan(completePlan(), FIXTURE_TODAY);
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(findings).toEqual([]);
    expect(hasErrors(findings)).toBe(false);
  });

  describe.each(RULE_IDS.map((id) => [id]))('%s', (ruleId) => {
    const { fires, quiet } = CASES[ruleId];

    // A retired rule (referral-conditions) has no case that fires.
    const firing = fires.length > 0 ? fires : [{ name: 'never (retired)', change: (p: Plan) => p, paths: [] }];
    it.each(firing.map((c) => [c.name, c]))('fires: %s', (_name, c) => {
      const found = findingsOf(c.change(completePlan()), ruleId);
      expect(found.map((f) => f.path)).toEqual(c.paths);
      for (const f of found) {
        expect(f.severity).toBe(c.severity ?? SEVERITY[ruleId]);
        expect(f.message.length).toBeGreaterThan(20);
      }
    });

    it.each(quiet.map((c) => [c.name, c]))('does not fire: %s', (_name, c) => {
      expect(findingsOf(c.change(completePlan()), ruleId)).toEqual([]);
    });
  });

  it('names the person or recipient in the message where it can', () => {
    const plan = completePlan();
    const absent = findingsOf({ ...plan, informing: [] }, 'absent-informed')[0];
    expect(absent?.message).toContain('Emre Yilmaz');
    const network = findingsOf({ ...plan, socialNetwork: plan.socialNetwork.map((s) => ({ ...s, participates: true })) }, 'network-conditions');
    expect(network).toHaveLength(1);
    expect(network[0]?.message).toContain('Kees van Dam');
    expect(network[0]?.message).toContain('wil meedenken');
    expect(network[0]?.message).toContain('heeft toestemming van de directbetrokkenen');
  });

  it('asks for the date and way of a disagreement without calling it an agreement given', () => {
    const plan = completePlan();
    const disagrees = { ...plan, familyAgreement: plan.familyAgreement.map((f, i) => (i === 1 ? { ...f, stance: 'disagrees' as const, date: null, how: null } : f)) };
    const messages = findingsOf(disagrees, 'family-agreement').map((f) => f.message);
    expect(messages).toHaveLength(2);
    messages.forEach((message) => {
      expect(message).toContain('zich over het plan uitsprak');
      expect(message).not.toContain('instemming gaf');
    });
  });

  it('flags the first draft with the errors a professional still has to fix', () => {
    const ids = new Set(checkPlan(firstDraftPlan(), FIXTURE_TODAY).map((f) => f.ruleId));
    for (const id of ['danger-statement', 'goal-source', 'agreement-complete', 'validity-period', 'monitoring', 'absent-informed', 'evaluation', 'network-conditions'] as const) {
      expect(ids).toContain(id);
    }
    expect(ids).not.toContain('family-name');
    expect(ids).not.toContain('concern-facts');
  });

  it('flags every error rule on an empty plan that has people but no content', () => {
    const plan = { ...completePlan(), familyName: '', concernFacts: [], dangerStatements: [], goals: [], agreements: [], madeOn: null, monitoring: [], evaluationDate: null };
    const ids = new Set(checkPlan(plan, FIXTURE_TODAY).map((f) => f.ruleId));
    // No goal at all also means no condition; no concern on record leaves the decision open as a warning only.
    expect([...ids].sort()).toEqual(['concern-facts', 'danger-statement', 'evaluation', 'family-name', 'goal-count', 'monitoring', 'safety-condition', 'validity-period']);
  });

  it('does not read the clock: the findings depend only on the plan and the day passed in', () => {
    const plan = completePlan();
    expect(checkPlan(plan, new Date(FIXTURE_TODAY))).toEqual(checkPlan(plan, new Date(FIXTURE_TODAY)));
    expect(checkPlan(plan, new Date('2027-03-01T10:00:00')).map((f) => f.ruleId)).toContain('validity-period');
  });

  it('uses the organisation\'s name for the authority in its messages', () => {
    const plan = { ...completePlan(), informAuthorityWhen: '' };
    const message = (authorityName?: string): string | undefined => checkPlan(plan, FIXTURE_TODAY, authorityName === undefined ? undefined : { authorityName })
      .find((f) => f.path === '$.informAuthorityWhen')?.message;
    expect(message()).toContain('Veilig Thuis');
    expect(message('Samen Veilig Midden-Nederland')).toContain('Samen Veilig Midden-Nederland');
    expect(message('Samen Veilig Midden-Nederland')).not.toContain('Veilig Thuis');
  });
});
