import { newId } from './factory';
import { allPeople, isIsoDate } from './plan';
import { closureNeedsDespite, closureRecord } from './closure';
import { evaluationGaps, safeEnoughDoubts } from './rulesIntegrity';
import type { EvaluationGap } from './rulesIntegrity';
import type { ClosureInput } from './closure';
import { signalOf } from './incidents';
import { startRevision } from './revision';
import type {
  AgreementOutcome, AgreementReview, Audience, ChildVoice, Evaluation, EvaluationDecision, Plan, PersonRef, ScaleEnds, Score,
} from './plan';
import type { Locale, Text } from './template';
import { addDays, daysBetween, isoDay } from './reminders';

/**
 * The evaluation of an active plan: agreements reviewed, scaling questions answered independently per
 * participant, the child's own words, and a decision (extend, adjust, close). Pure: `now` is an argument,
 * and freezing a version is left to the caller, who gets the snapshot to freeze back from `decideEvaluation`.
 */

export const MIN_SCORE = 0;
export const MAX_SCORE = 10;

/**
 * Default wording of both ends of the scale, per audience. The words differ, the meaning does not: 0 is "not safe at all",
 * 10 is "safe enough to close" (DOMAIN.md). Facilitators may rephrase them per evaluation.
 */
export const DEFAULT_SCALE_ENDS: Readonly<Record<Audience, { low: Text; high: Text }>> = {
  professional: {
    low: { nl: 'Helemaal niet veilig voor de kinderen', en: 'Not safe at all for the children' },
    high: { nl: 'Veilig genoeg om de betrokkenheid af te sluiten', en: 'Safe enough to close our involvement' },
  },
  parent: {
    low: { nl: 'Het is thuis helemaal niet veilig voor de kinderen', en: 'Home is not safe at all for the children' },
    high: { nl: 'Het is veilig genoeg, we redden het zelf met ons netwerk', en: 'It is safe enough; we manage with our network' },
  },
  child: {
    low: { nl: 'Ik voel me helemaal niet veilig', en: 'I do not feel safe at all' },
    high: { nl: 'Ik voel me helemaal veilig', en: 'I feel completely safe' },
  },
};

/** The words at 0 and 10 for an audience in this evaluation: the facilitator's own, or the default. */
export function scaleEnds(evaluation: Evaluation, audience: Audience, locale: Locale): ScaleEnds {
  const own = evaluation.scaleLabels?.[audience];
  const fallback = DEFAULT_SCALE_ENDS[audience];
  return {
    low: own?.low.trim() ? own.low : fallback.low[locale],
    high: own?.high.trim() ? own.high : fallback.high[locale],
  };
}

export function setScaleEnds(evaluation: Evaluation, audience: Audience, ends: ScaleEnds): Evaluation {
  return { ...evaluation, scaleLabels: { ...evaluation.scaleLabels, [audience]: { low: ends.low, high: ends.high } } };
}

/** Children answer on the child scale, professionals on theirs; parents and the informal network on the family scale. */
export function audienceOf(plan: Plan, personId: string): Audience {
  if (plan.directPersons.some((p) => p.id === personId && p.isChild)) return 'child';
  if (plan.professionals.some((p) => p.id === personId)) return 'professional';
  return 'parent';
}

export interface Participant extends PersonRef {
  audience: Audience;
}

/**
 * Who is asked the scaling question: the evaluation's attendees, or everyone in the plan when no attendees
 * were recorded (a small family meeting often skips that step).
 */
export function participants(plan: Plan, evaluation: Evaluation): Participant[] {
  const people = allPeople(plan);
  const chosen = evaluation.attendeeIds.length > 0 ? people.filter((p) => evaluation.attendeeIds.includes(p.id)) : people;
  return chosen.map((p) => ({ ...p, audience: audienceOf(plan, p.id) }));
}

/** The evaluation that has been started but not yet decided, if any. There is at most one. */
export function openEvaluation(plan: Plan): Evaluation | undefined {
  return plan.evaluations.find((e) => e.decision === null);
}

export type StartEvaluationResult =
  | { ok: true; plan: Plan; evaluation: Evaluation }
  | { ok: false; reason: 'status' | 'already-open' };

/** Starts an evaluation of the plan in force today. Only an active (or evaluated, undecided) plan can be evaluated. */
export function startEvaluation(plan: Plan, now: Date, id: string = newId()): StartEvaluationResult {
  if (plan.status !== 'active' && plan.status !== 'evaluated') return { ok: false, reason: 'status' };
  if (openEvaluation(plan)) return { ok: false, reason: 'already-open' };
  const evaluation: Evaluation = {
    id,
    date: isoDay(now),
    attendeeIds: [...plan.evaluationAttendeeIds],
    scores: [],
    agreementReviews: [],
    childVoices: [],
    wentWell: '',
    hard: '',
    decision: null,
    planVersion: plan.version,
  };
  return { ok: true, plan: { ...plan, evaluations: [...plan.evaluations, evaluation] }, evaluation };
}

/** Applies a change to one evaluation of the plan; the plan is returned unchanged when the id is unknown. */
export function updateEvaluation(plan: Plan, evaluationId: string, change: (evaluation: Evaluation) => Evaluation): Plan {
  return { ...plan, evaluations: plan.evaluations.map((e) => (e.id === evaluationId ? change(e) : e)) };
}

function assertScore(score: number): void {
  if (!Number.isInteger(score) || score < MIN_SCORE || score > MAX_SCORE) throw new RangeError('A scaling score is a whole number from 0 to 10.');
}

function upsertScore(scores: Score[], entry: Score): Score[] {
  return scores.some((s) => s.personId === entry.personId)
    ? scores.map((s) => (s.personId === entry.personId ? entry : s))
    : [...scores, entry];
}

function upsertChildVoice(voices: ChildVoice[], childId: string, change: (voice: ChildVoice) => ChildVoice): ChildVoice[] {
  const existing = voices.find((v) => v.childId === childId);
  const base: ChildVoice = existing ?? { childId, worries: '', feelsSafeWhen: '', score: null };
  return existing ? voices.map((v) => (v.childId === childId ? change(base) : v)) : [...voices, change(base)];
}

/**
 * Records one participant's score (a second entry replaces the first). A child's score is also kept with the
 * child's own words, so the child's voice and the chart never disagree.
 * @throws RangeError when the score is not a whole number from 0 to 10 (a programming error: the UI offers only those).
 */
export function recordScore(evaluation: Evaluation, personId: string, audience: Audience, score: number): Evaluation {
  assertScore(score);
  const scores = upsertScore(evaluation.scores, { personId, audience, score });
  const childVoices = audience === 'child'
    ? upsertChildVoice(evaluation.childVoices, personId, (v) => ({ ...v, score }))
    : evaluation.childVoices;
  return { ...evaluation, scores, childVoices };
}

/** The scores of an evaluation, including a child's own score that was written only with their words (older files). */
export function effectiveScores(evaluation: Evaluation): Score[] {
  const fromVoices = evaluation.childVoices
    .filter((v): v is ChildVoice & { score: number } => v.score !== null && !evaluation.scores.some((s) => s.personId === v.childId))
    .map((v): Score => ({ personId: v.childId, audience: 'child', score: v.score }));
  return [...evaluation.scores, ...fromVoices];
}

export type VisibleScores =
  | { revealed: false }
  | { revealed: true; own: Score; others: Score[] };

/**
 * What one participant may see of the scores. Until the viewer entered their own score the answer carries
 * nothing of anyone else's (no values, no names, no count), so nobody anchors on another's number.
 */
export function visibleScores(evaluation: Evaluation, viewerPersonId: string): VisibleScores {
  const scores = effectiveScores(evaluation);
  const own = scores.find((s) => s.personId === viewerPersonId);
  if (!own) return { revealed: false };
  return { revealed: true, own, others: scores.filter((s) => s.personId !== viewerPersonId) };
}

export function hasScored(evaluation: Evaluation, personId: string): boolean {
  return effectiveScores(evaluation).some((s) => s.personId === personId);
}

/** Per agreement: did it go as agreed, and what helped or got in the way. */
export function reviewAgreement(evaluation: Evaluation, agreementId: string, outcome: AgreementOutcome | null, notes: string): Evaluation {
  // The signal-plan record (incidents.ts) stays: changing the outcome back and forth must not lose what was done.
  const existing = evaluation.agreementReviews.find((r) => r.agreementId === agreementId);
  const review: AgreementReview = { ...signalOf(existing), agreementId, outcome, notes };
  const agreementReviews = evaluation.agreementReviews.some((r) => r.agreementId === agreementId)
    ? evaluation.agreementReviews.map((r) => (r.agreementId === agreementId ? review : r))
    : [...evaluation.agreementReviews, review];
  return { ...evaluation, agreementReviews };
}

export interface ChildWords {
  worries: string;
  feelsSafeWhen: string;
  /** The child's own score on the child scale, or null when the child did not (want to) give one. */
  score: number | null;
}

/** The child's own words; a score given here is the child's scaling answer too. */
export function recordChildVoice(evaluation: Evaluation, childId: string, words: ChildWords): Evaluation {
  if (words.score !== null) assertScore(words.score);
  const childVoices = upsertChildVoice(evaluation.childVoices, childId, () => ({ childId, ...words }));
  const scores = words.score === null
    ? evaluation.scores.filter((s) => s.personId !== childId)
    : upsertScore(evaluation.scores, { personId: childId, audience: 'child', score: words.score });
  return { ...evaluation, childVoices, scores };
}

export type DecisionInput =
  | { decision: 'extend'; validUntil: string; evaluationDate: string }
  | { decision: 'adjust' }
  | ({ decision: 'close' } & ClosureInput);

export type DecisionResult =
  | {
    ok: true;
    /** The plan as it goes on. */
    plan: Plan;
    /** The plan as it was evaluated, decision included: the caller freezes this as a version. */
    frozen: Plan;
    /** Why the version was frozen, for the version list. */
    label: Text;
    /** Adjust only: the draft of the next version, a plan record of its own beside the plan in force (revision.ts). */
    revision?: Plan;
  }
  | { ok: false; reason: 'no-open-evaluation' | 'period' | 'closure-reason' | 'closure-despite' }
  /**
   * The evaluation has no substance yet (the quality check's `evaluation-substance`): no scores and no reason why none,
   * agreements nobody looked at, or no look at the conditions and bottom lines. Nothing was decided.
   */
  | { ok: false; reason: 'substance'; code: 'EVALUATION.NO_SUBSTANCE'; gaps: EvaluationGap[] };

export const DECISION_LABELS: Readonly<Record<EvaluationDecision, Text>> = {
  extend: { nl: 'Evaluatie: verlengd', en: 'Evaluation: extended' },
  adjust: { nl: 'Evaluatie: bijgesteld', en: 'Evaluation: adjusted' },
  close: { nl: 'Evaluatie: afgesloten', en: 'Evaluation: closed' },
};

/** A new period starts on the decision day; the next evaluation must fall inside it. */
function validExtension(today: string, validUntil: string, evaluationDate: string): boolean {
  if (!isIsoDate(validUntil) || !isIsoDate(evaluationDate)) return false;
  return today < validUntil && today <= evaluationDate && evaluationDate <= validUntil;
}

/**
 * Records the decision of the open evaluation:
 * - extend: a new validity period from today, a new evaluation date, status active, same plan version;
 * - adjust: the plan stays in force (active, reminders running) and a draft of the next version is made beside it, as a
 *   plan record of its own (`revision`); activating that draft replaces the plan's content (revision.ts);
 * - close: the plan ends with an outcome and a reason (closure.ts): safe enough, or it did not work and the case goes
 *   back to the authority, is reported, or goes to the child-protection board. The phase is left as it was.
 * Every decision hands back the evaluated plan to freeze as a version. No decision is taken on an evaluation without
 * substance (`evaluationGaps`, the same test as the quality check's `evaluation-substance`).
 */
export function decideEvaluation(plan: Plan, input: DecisionInput, now: Date, revisionId: string = newId()): DecisionResult {
  const open = openEvaluation(plan);
  if (!open) return { ok: false, reason: 'no-open-evaluation' };
  const today = isoDay(now);
  if (input.decision === 'extend' && !validExtension(today, input.validUntil, input.evaluationDate)) return { ok: false, reason: 'period' };
  const closure = input.decision === 'close' ? closureRecord(input, now) : null;
  if (input.decision === 'close' && closure === null) return { ok: false, reason: 'closure-reason' };
  const gaps = evaluationGaps(plan, open);
  if (gaps.length > 0) return { ok: false, reason: 'substance', code: 'EVALUATION.NO_SUBSTANCE', gaps };

  const decided = updateEvaluation(plan, open.id, (e) => ({ ...e, decision: input.decision }));
  // The evaluation being decided counts: its scores and reviews are what says whether "safe enough" holds.
  if (input.decision === 'close' && closureNeedsDespite(decided, input)) return { ok: false, reason: 'closure-despite' };
  const label = DECISION_LABELS[input.decision];
  switch (input.decision) {
    case 'extend':
      return {
        ok: true,
        label,
        frozen: { ...decided, status: 'evaluated' },
        plan: {
          ...decided, status: 'active', validFrom: today, validUntil: input.validUntil, evaluationDate: input.evaluationDate,
          // The booked meeting was this evaluation; the next one is scheduled anew.
          evaluationEvent: null,
        },
      };
    case 'adjust': {
      const inForce: Plan = { ...decided, status: 'active' };
      return { ok: true, label, frozen: { ...decided, status: 'evaluated' }, plan: inForce, revision: startRevision(inForce, revisionId) };
    }
    case 'close': {
      const closed: Plan = { ...decided, status: 'closed', closure };
      return { ok: true, label, frozen: closed, plan: closed };
    }
  }
}

/** What speaks against closing the open evaluation as safe enough (closure.ts): empty when nothing does. */
export function doubtsAboutSafeEnough(plan: Plan): string[] {
  const open = openEvaluation(plan);
  return safeEnoughDoubts(open ? updateEvaluation(plan, open.id, (e) => ({ ...e, decision: 'close' })) : plan);
}

/** A suggestion for an extension: the same length as the period that ends, with the evaluation two weeks before its end. */
export function suggestedExtension(plan: Plan, now: Date): { validUntil: string; evaluationDate: string } {
  const today = isoDay(now);
  const length = plan.validFrom && plan.validUntil ? Math.max(28, daysBetween(plan.validFrom, plan.validUntil)) : 91;
  const validUntil = addDays(today, length);
  return { validUntil, evaluationDate: addDays(validUntil, -14) };
}

export interface ScorePoint {
  evaluationId: string;
  date: string | null;
  score: number | null;
}

export interface ScoreSeries {
  personId: string;
  /** Empty when the person has since been removed from the plan. */
  name: string;
  audience: Audience;
  points: ScorePoint[];
}

/** The evaluations in the order they were held (undated ones last, in the order they were recorded). */
export function evaluationsInOrder(plan: Plan): Evaluation[] {
  return plan.evaluations
    .map((e, index) => ({ e, index }))
    .sort((a, b) => {
      if (a.e.date === b.e.date) return a.index - b.index;
      if (a.e.date === null) return 1;
      if (b.e.date === null) return -1;
      return a.e.date < b.e.date ? -1 : 1;
    })
    .map(({ e }) => e);
}

/** Scores per person across evaluations, for the chart and its table. A person absent at an evaluation has a null there. */
export function scoreHistory(plan: Plan): ScoreSeries[] {
  const evaluations = evaluationsInOrder(plan);
  const names = new Map(allPeople(plan).map((p) => [p.id, p.name]));
  const order: string[] = [];
  const audiences = new Map<string, Audience>();
  for (const e of evaluations) {
    for (const s of effectiveScores(e)) {
      if (!audiences.has(s.personId)) order.push(s.personId);
      audiences.set(s.personId, s.audience);
    }
  }
  return order.map((personId) => ({
    personId,
    name: names.get(personId) ?? '',
    audience: audiences.get(personId) ?? 'parent',
    points: evaluations.map((e) => ({
      evaluationId: e.id,
      date: e.date,
      score: effectiveScores(e).find((s) => s.personId === personId)?.score ?? null,
    })),
  }));
}
