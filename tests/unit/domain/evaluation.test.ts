import { withSubstance } from '../../fixtures';
import {
  checkPlan,
  DEFAULT_SCALE_ENDS, EMPTY_SIGNAL, audienceOf, decideEvaluation, openEvaluation, parsePlan, participants, recordChildVoice, recordScore, reviewAgreement,
  scaleEnds, scoreHistory, serializePlan, setScaleEnds, startEvaluation, updateEvaluation, visibleScores,
} from '../../../src/domain';
import type { Evaluation, Plan } from '../../../src/domain';
import { evaluationPlan, onDay } from './evaluationPlan';

const NOW = onDay('2027-01-15');

function started(plan: Plan = evaluationPlan(), id = 'ev1', now = NOW): { plan: Plan; evaluation: Evaluation } {
  const result = startEvaluation(plan, now, id);
  if (!result.ok) throw new Error(`could not start: ${result.reason}`);
  return { plan: result.plan, evaluation: result.evaluation };
}

describe('startEvaluation()', () => {
  it('opens an evaluation of the active plan on today, for the planned attendees and the current version', () => {
    const { plan, evaluation } = started();
    expect(evaluation).toMatchObject({ id: 'ev1', date: '2027-01-15', decision: null, planVersion: 1, attendeeIds: ['mother', 'child', 'gran', 'pro'] });
    expect(plan.evaluations).toHaveLength(1);
    expect(openEvaluation(plan)?.id).toBe('ev1');
  });

  it('refuses a draft or closed plan', () => {
    expect(startEvaluation(evaluationPlan({ status: 'draft' }), NOW, 'x')).toEqual({ ok: false, reason: 'status' });
    expect(startEvaluation(evaluationPlan({ status: 'closed' }), NOW, 'x')).toEqual({ ok: false, reason: 'status' });
  });

  it('refuses a second evaluation while one is undecided', () => {
    const { plan } = started();
    expect(startEvaluation(plan, NOW, 'ev2')).toEqual({ ok: false, reason: 'already-open' });
  });

  it('produces a plan that still parses and serialises', () => {
    const { plan } = started();
    const scored = updateEvaluation(plan, 'ev1', (e) => recordScore(e, 'mother', 'parent', 6));
    const round = parsePlan(JSON.parse(serializePlan(scored)));
    expect(round.ok).toBe(true);
  });
});

describe('audiences and participants', () => {
  it('puts children on the child scale, professionals on theirs, and parents and network on the family scale', () => {
    const plan = evaluationPlan();
    expect(audienceOf(plan, 'child')).toBe('child');
    expect(audienceOf(plan, 'pro')).toBe('professional');
    expect(audienceOf(plan, 'mother')).toBe('parent');
    expect(audienceOf(plan, 'gran')).toBe('parent');
  });

  it('asks the attendees, or everyone in the plan when no attendees were recorded', () => {
    const { plan, evaluation } = started(evaluationPlan({ evaluationAttendeeIds: ['mother', 'pro'] }));
    expect(participants(plan, evaluation).map((p) => [p.id, p.audience])).toEqual([['mother', 'parent'], ['pro', 'professional']]);
    const everyone = { ...evaluation, attendeeIds: [] };
    expect(participants(plan, everyone).map((p) => p.id)).toEqual(['mother', 'child', 'gran', 'pro']);
  });
});

describe('visibleScores(): scores are entered independently', () => {
  const { evaluation } = started();
  const scored = [
    (e: Evaluation) => recordScore(e, 'pro', 'professional', 4),
    (e: Evaluation) => recordScore(e, 'mother', 'parent', 7),
  ].reduce((e, f) => f(e), evaluation);

  it('reveals nothing of the others before the viewer entered their own score', () => {
    const view = visibleScores(scored, 'child');
    expect(view).toEqual({ revealed: false });
    // Nothing about the others leaks: no values, names or count anywhere in what the viewer gets.
    const text = JSON.stringify(view);
    expect(text).not.toMatch(/pro|mother|4|7/);
  });

  it('reveals the others once the viewer has entered their own score', () => {
    const afterOwn = recordScore(scored, 'child', 'child', 8);
    const view = visibleScores(afterOwn, 'child');
    expect(view).toEqual({
      revealed: true,
      own: { personId: 'child', audience: 'child', score: 8 },
      others: [{ personId: 'pro', audience: 'professional', score: 4 }, { personId: 'mother', audience: 'parent', score: 7 }],
    });
  });

  it('counts a child score written with the child\'s own words as an own entry', () => {
    const withVoice = recordChildVoice(scored, 'child', { worries: 'Als papa boos is', feelsSafeWhen: 'Bij oma', score: 5 });
    const view = visibleScores(withVoice, 'child');
    expect(view.revealed && view.own.score).toBe(5);
  });
});

describe('recordScore()', () => {
  const { evaluation } = started();

  it('replaces an earlier entry of the same person instead of adding a second one', () => {
    const twice = recordScore(recordScore(evaluation, 'mother', 'parent', 3), 'mother', 'parent', 6);
    expect(twice.scores).toEqual([{ personId: 'mother', audience: 'parent', score: 6 }]);
  });

  it('keeps a child\'s score with the child\'s words too', () => {
    const e = recordScore(evaluation, 'child', 'child', 9);
    expect(e.childVoices).toEqual([{ childId: 'child', worries: '', feelsSafeWhen: '', score: 9 }]);
  });

  it.each([-1, 11, 4.5, Number.NaN])('refuses %p, which is not on the 0-10 scale', (score) => {
    expect(() => recordScore(evaluation, 'mother', 'parent', score)).toThrow(RangeError);
  });
});

describe('reviewAgreement() and recordChildVoice()', () => {
  const { evaluation } = started();

  it('records per agreement whether it went as agreed and what helped, replacing an earlier review', () => {
    const e = reviewAgreement(reviewAgreement(evaluation, 'a1', 'partly', 'Eén keer vergeten'), 'a1', 'yes', 'Wekker in de telefoon hielp');
    const e2 = reviewAgreement(e, 'a2', 'no', 'Moeder durfde niet te bellen');
    expect(e2.agreementReviews).toEqual([
      { agreementId: 'a1', outcome: 'yes', notes: 'Wekker in de telefoon hielp', ...EMPTY_SIGNAL },
      { agreementId: 'a2', outcome: 'no', notes: 'Moeder durfde niet te bellen', ...EMPTY_SIGNAL },
    ]);
  });

  it('keeps the child\'s worries, what makes them feel safe, and their score as a scaling answer', () => {
    const e = recordChildVoice(evaluation, 'child', { worries: 'Ruzie', feelsSafeWhen: 'Als oma er is', score: 6 });
    expect(e.childVoices).toEqual([{ childId: 'child', worries: 'Ruzie', feelsSafeWhen: 'Als oma er is', score: 6 }]);
    expect(e.scores).toEqual([{ personId: 'child', audience: 'child', score: 6 }]);
    const withdrawn = recordChildVoice(e, 'child', { worries: 'Ruzie', feelsSafeWhen: 'Als oma er is', score: null });
    expect(withdrawn.scores).toEqual([]);
  });
});

describe('scale labels per audience', () => {
  const { evaluation } = started();

  it('uses the default words of 0 and 10 for each audience, in the user\'s language', () => {
    expect(scaleEnds(evaluation, 'child', 'nl')).toEqual({ low: DEFAULT_SCALE_ENDS.child.low.nl, high: DEFAULT_SCALE_ENDS.child.high.nl });
    expect(scaleEnds(evaluation, 'professional', 'en').high).toBe(DEFAULT_SCALE_ENDS.professional.high.en);
  });

  it('uses the facilitator\'s own words for one audience without changing the others, and survives a save', () => {
    const e = setScaleEnds(evaluation, 'parent', { low: 'Het is thuis onrustig', high: 'Het is thuis rustig' });
    expect(scaleEnds(e, 'parent', 'nl')).toEqual({ low: 'Het is thuis onrustig', high: 'Het is thuis rustig' });
    expect(scaleEnds(e, 'child', 'nl').low).toBe(DEFAULT_SCALE_ENDS.child.low.nl);
    const plan = { ...evaluationPlan({ evaluations: [e] }) };
    const round = parsePlan(JSON.parse(serializePlan(plan)));
    expect(round.ok && round.plan.evaluations[0]?.scaleLabels?.parent?.high).toBe('Het is thuis rustig');
  });

  it('falls back to the default for an end left empty', () => {
    const e = setScaleEnds(evaluation, 'parent', { low: '  ', high: 'Rustig' });
    expect(scaleEnds(e, 'parent', 'nl').low).toBe(DEFAULT_SCALE_ENDS.parent.low.nl);
  });
});

describe('decideEvaluation()', () => {
  // A decision rests on what the evaluation discussed (the refusal itself: 'a decision without substance' below).
  const plan = withSubstance(started(evaluationPlan({ evaluationEvent: { eventId: 'e', joinUrl: '', transactionId: 't' } })).plan);

  it('extend: a new validity period from today, a new evaluation date, status active, same version; the evaluated plan is frozen', () => {
    const result = decideEvaluation(plan, { decision: 'extend', validUntil: '2027-05-01', evaluationDate: '2027-04-15' }, NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan).toMatchObject({ status: 'active', version: 1, validFrom: '2027-01-15', validUntil: '2027-05-01', evaluationDate: '2027-04-15', evaluationEvent: null });
    expect(result.plan.evaluations[0]?.decision).toBe('extend');
    expect(result.frozen).toMatchObject({ status: 'evaluated', version: 1, validUntil: '2027-02-01' });
    expect(result.frozen.evaluations[0]?.decision).toBe('extend');
    expect(result.label.nl).toBe('Evaluatie: verlengd');
    expect(openEvaluation(result.plan)).toBeUndefined();
  });

  it.each([
    ['an end date in the past', '2027-01-10', '2027-01-10'],
    ['an end date of today', '2027-01-15', '2027-01-15'],
    ['an evaluation after the end', '2027-05-01', '2027-06-01'],
    ['an evaluation before today', '2027-05-01', '2027-01-01'],
    ['no valid date', '2027-02-30', '2027-02-01'],
  ])('extend: refuses %s', (_, validUntil, evaluationDate) => {
    expect(decideEvaluation(plan, { decision: 'extend', validUntil, evaluationDate }, NOW)).toEqual({ ok: false, reason: 'period' });
  });

  it('adjust: the plan stays in force (active, same version) and the next version is a draft beside it', () => {
    const result = decideEvaluation(plan, { decision: 'adjust' }, NOW, 'rev1');
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan).toMatchObject({ id: plan.id, status: 'active', version: 1, revisionOf: null });
    expect(result.frozen).toMatchObject({ id: plan.id, status: 'evaluated', version: 1 });
    expect(result.plan.evaluations[0]).toMatchObject({ decision: 'adjust', planVersion: 1 });
    expect(result.revision).toMatchObject({ id: 'rev1', status: 'draft', version: 2, revisionOf: plan.id, evaluations: [], evaluationEvent: null });
    expect(result.label.nl).toBe('Evaluatie: bijgesteld');
  });

  it('close: status closed with the outcome and its reason; the phase is not forced to stable', () => {
    const result = decideEvaluation({ ...plan, phase: 'acute' }, { decision: 'close', outcome: 'back-to-authority', reason: 'Afspraken niet nagekomen' }, NOW);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan).toMatchObject({ status: 'closed', phase: 'acute', version: 1 });
    // Schema version 5: no reason to close "despite" was needed (the plan did not work), so none is recorded.
    expect(result.plan.closure).toEqual({ outcome: 'back-to-authority', reason: 'Afspraken niet nagekomen', date: '2027-01-15', despiteReason: '', despiteById: null });
    expect(result.frozen).toEqual(result.plan);
  });

  it('close: refused without a reason', () => {
    expect(decideEvaluation(plan, { decision: 'close', outcome: 'safe-enough', reason: '  ' }, NOW)).toEqual({ ok: false, reason: 'closure-reason' });
  });

  it('refuses when no evaluation is open', () => {
    expect(decideEvaluation(evaluationPlan(), { decision: 'close', outcome: 'safe-enough', reason: 'Veilig' }, NOW)).toEqual({ ok: false, reason: 'no-open-evaluation' });
  });

  it('every result still passes the schema', () => {
    for (const input of [{ decision: 'adjust' } as const, { decision: 'close', outcome: 'report', reason: 'Melding gedaan' } as const]) {
      const result = decideEvaluation(plan, input, NOW);
      if (!result.ok) throw new Error(result.reason);
      expect(parsePlan(JSON.parse(serializePlan(result.plan))).ok).toBe(true);
      expect(parsePlan(JSON.parse(serializePlan(result.frozen))).ok).toBe(true);
    }
  });
});

describe('decideEvaluation(): a decision without substance', () => {
  const bare = (): Plan => started(evaluationPlan()).plan;
  const decisions = [
    { decision: 'extend', validUntil: '2027-05-01', evaluationDate: '2027-04-15' },
    { decision: 'adjust' },
    { decision: 'close', outcome: 'back-to-authority', reason: 'Afspraken niet nagekomen' },
  ] as const;

  it.each(decisions)('is refused ($decision) with a stable code, naming what is missing, and nothing is decided', (input) => {
    expect(decideEvaluation(bare(), input, NOW)).toEqual({
      ok: false, reason: 'substance', code: 'EVALUATION.NO_SUBSTANCE', gaps: [{ kind: 'scores' }, { kind: 'agreements', numbers: [1, 2] }],
    });
  });

  it('needs every agreement looked at, and scores or a recorded reason why none', () => {
    const one = updateEvaluation(bare(), 'ev1', (e) => reviewAgreement(recordScore(e, 'mother', 'parent', 6), 'a1', 'yes', ''));
    expect(decideEvaluation(one, { decision: 'adjust' }, NOW)).toMatchObject({ ok: false, gaps: [{ kind: 'agreements', numbers: [2] }] });
    const both = updateEvaluation(one, 'ev1', (e) => reviewAgreement(e, 'a2', 'partly', 'Soms vergeten.'));
    expect(decideEvaluation(both, { decision: 'adjust' }, NOW).ok).toBe(true);
    const noScores = updateEvaluation(bare(), 'ev1', (e) => reviewAgreement(reviewAgreement(e, 'a1', 'yes', ''), 'a2', 'no', ''));
    expect(decideEvaluation(noScores, { decision: 'adjust' }, NOW)).toMatchObject({ ok: false, gaps: [{ kind: 'scores' }] });
    const why = updateEvaluation(noScores, 'ev1', (e) => ({ ...e, noScoresReason: 'Moeder was te overstuur voor de schaalvraag.' }));
    expect(decideEvaluation(why, { decision: 'adjust' }, NOW).ok).toBe(true);
  });

  it('needs a look at the conditions and bottom lines when the plan holds them, as the quality check does', () => {
    const withCondition = started(evaluationPlan({ goals: [{ id: 'g1', text: 'Noor is niet bij ruzies aanwezig', kind: 'condition', source: 'Veilig Thuis' }] })).plan;
    const looked = updateEvaluation(withCondition, 'ev1', (e) => reviewAgreement(reviewAgreement(recordScore(e, 'mother', 'parent', 6), 'a1', 'yes', ''), 'a2', 'yes', ''));
    const refused = decideEvaluation(looked, { decision: 'adjust' }, NOW);
    expect(refused).toMatchObject({ ok: false, gaps: [{ kind: 'conditions' }] });
    // The check flags the same gap on a plan whose decision came in another way (a file, an old version).
    const decidedElsewhere = updateEvaluation(looked, 'ev1', (e) => ({ ...e, decision: 'adjust' }));
    expect(checkPlan(decidedElsewhere, NOW).filter((f) => f.ruleId === 'evaluation-substance').map((f) => f.path)).toEqual(['$.evaluations[0].conditionsReview']);
    const reviewed = updateEvaluation(looked, 'ev1', (e) => ({ ...e, conditionsReview: 'Er wordt aan voldaan; geen ruzies waar Noor bij was.' }));
    const decided = decideEvaluation(reviewed, { decision: 'adjust' }, NOW);
    expect(decided.ok).toBe(true);
    expect(decided.ok && checkPlan(decided.plan, NOW).filter((f) => f.ruleId === 'evaluation-substance')).toEqual([]);
  });
});

describe('scoreHistory()', () => {
  it('gives each person a score per evaluation, in date order, with a gap where they did not score', () => {
    const first = started(evaluationPlan(), 'ev1', onDay('2026-12-01'));
    const scored1 = updateEvaluation(first.plan, 'ev1', (e) => recordScore(recordScore(e, 'mother', 'parent', 4), 'pro', 'professional', 3));
    const decided = decideEvaluation(withSubstance(scored1), { decision: 'extend', validUntil: '2027-04-01', evaluationDate: '2027-03-15' }, onDay('2026-12-01'));
    if (!decided.ok) throw new Error(decided.reason);
    const second = started(decided.plan, 'ev2', onDay('2027-03-15'));
    const scored2 = updateEvaluation(second.plan, 'ev2', (e) => recordChildVoice(recordScore(e, 'mother', 'parent', 7), 'child', { worries: '', feelsSafeWhen: '', score: 8 }));
    // Stored out of order on purpose: the chart follows the dates.
    const plan = { ...scored2, evaluations: [...scored2.evaluations].reverse() };
    const history = scoreHistory(plan);
    expect(history.map((s) => [s.name, s.audience, s.points.map((p) => p.score)])).toEqual([
      ['Sanne Jansen', 'parent', [4, 7]],
      ['Karim de Boer', 'professional', [3, null]],
      ['Noor', 'child', [null, 8]],
    ]);
    expect(history[0]?.points.map((p) => p.date)).toEqual(['2026-12-01', '2027-03-15']);
  });
});
