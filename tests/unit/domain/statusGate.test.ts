import {
  applyEdit, changeGoal, checkChange, decideEvaluation, emptyIncident, recordScore, removeGoal, startEvaluation, updateEvaluation,
  withdrawConsent, recordRevocations, recordShares,
} from '../../../src/domain';
import type { CopyShare, GateVerdict, Plan, PlanStatus } from '../../../src/domain';
import { FIXTURE_TODAY, completeDraft, completePlan, firstDraftPlan, withSubstance } from '../../fixtures';

const withStatus = (status: PlanStatus): Plan => ({ ...completePlan(), status });
const refusedKeys = (verdict: GateVerdict): string[] => (verdict.ok ? [] : verdict.keys);

const newShare: CopyShare = {
  id: 'share-2', recipientId: 'cr-1', email: 'ria.bakker@voorbeeld.invalid', what: { kind: 'plan' }, sharedOn: '2026-11-26',
  fileItemId: '01NEWCOPY', permissionIds: ['perm-2'], revokedOn: null, revokedBecause: null,
};

describe('the editing functions edit a draft only', () => {
  it.each<PlanStatus>(['active', 'evaluated', 'closed'])('refuse every edit to a %s plan with PLAN.LOCKED', (status) => {
    const plan = withStatus(status);
    const locked = { ok: false, reason: 'locked', code: 'PLAN.LOCKED' };
    expect(applyEdit(plan, ['monitoring'], [])).toEqual(locked);
    expect(applyEdit(plan, ['evaluationDate'], null)).toEqual(locked);
    expect(removeGoal(plan, 'g-2')).toEqual(locked);
    expect(changeGoal(plan, 'g-1', { text: 'Zachter' }, 'Een reden die lang genoeg is')).toEqual(locked);
  });

  it('keep the incident log editable in the form while the plan is in force, not once it is closed', () => {
    const incident = [{ id: 'inc-9', date: '2026-11-24', what: 'Ruzie', actedByIds: [], informedIds: [], relapse: null }];
    const active = applyEdit(withStatus('active'), ['incidents'], incident);
    expect(active.ok && active.plan.incidents).toEqual(incident);
    expect(applyEdit(withStatus('closed'), ['incidents'], incident)).toMatchObject({ ok: false, code: 'PLAN.LOCKED' });
    // The crisis variant's hand-over happens after the evaluation, while the plan runs.
    const handedOver = applyEdit(withStatus('active'), ['handOverNotes'], 'Lotte houdt de casusregie.');
    expect(handedOver.ok && checkChange(withStatus('active'), handedOver.plan, FIXTURE_TODAY)).toEqual({ ok: true });
  });

  it('edit a draft as before', () => {
    const result = applyEdit(completeDraft(), ['monitoring'], []);
    expect(result.ok && result.plan.monitoring).toEqual([]);
  });
});

describe('checkChange(): a draft', () => {
  it('changes freely', () => {
    const draft = completeDraft();
    expect(checkChange(draft, { ...draft, monitoring: [], evaluationDate: null }, FIXTURE_TODAY)).toEqual({ ok: true });
  });

  it('goes into force only when the quality check finds no error', () => {
    const draft = completeDraft();
    expect(checkChange(draft, { ...draft, status: 'active' }, FIXTURE_TODAY)).toEqual({ ok: true });
    const unfinished = firstDraftPlan();
    expect(checkChange(unfinished, { ...unfinished, status: 'active' }, FIXTURE_TODAY)).toMatchObject({ ok: false, code: 'PLAN.LOCKED', reason: 'activation' });
  });

  it('never goes into force on its own as an adjusted version, nor straight to closed', () => {
    const revision = { ...completeDraft(), revisionOf: 'plan-in-force' };
    expect(checkChange(revision, { ...revision, status: 'active' }, FIXTURE_TODAY)).toMatchObject({ ok: false, reason: 'activation' });
    const draft = completeDraft();
    expect(checkChange(draft, { ...draft, status: 'closed' }, FIXTURE_TODAY)).toMatchObject({ ok: false, reason: 'status' });
  });

  it('keeps its id: a change to another plan is refused', () => {
    const draft = completeDraft();
    expect(checkChange(draft, { ...draft, id: 'other' }, FIXTURE_TODAY)).toMatchObject({ ok: false, reason: 'identity' });
  });
});

describe('checkChange(): a plan in force', () => {
  it.each<PlanStatus>(['active', 'evaluated'])('refuses content edits to an %s plan, naming the keys', (status) => {
    const plan = withStatus(status);
    const verdict = checkChange(plan, { ...plan, monitoring: [], evaluationDate: null, familyName: 'X' }, FIXTURE_TODAY);
    expect(verdict).toMatchObject({ ok: false, code: 'PLAN.LOCKED', reason: 'in-force', status });
    expect(refusedKeys(verdict).sort()).toEqual(['evaluationDate', 'familyName', 'monitoring']);
  });

  it('refuses a status the document or file says (closed, draft) without an evaluation decision', () => {
    const plan = completePlan();
    expect(checkChange(plan, { ...plan, status: 'draft' }, FIXTURE_TODAY)).toMatchObject({ ok: false, keys: ['status'] });
    expect(checkChange(plan, { ...plan, status: 'closed' }, FIXTURE_TODAY)).toMatchObject({ ok: false, keys: ['status'] });
    expect(checkChange(plan, { ...plan, version: plan.version + 1 }, FIXTURE_TODAY)).toMatchObject({ ok: false, keys: ['version'] });
  });

  it('records what happens while it is in force: an evaluation, an incident, a booked meeting, a share, a withdrawn consent', () => {
    const plan = completePlan();
    const started = startEvaluation(plan, FIXTURE_TODAY, 'ev-2');
    if (!started.ok) throw new Error('evaluation must start');
    const scored = updateEvaluation(started.plan, 'ev-2', (e) => recordScore(e, 'd-sanne', 'parent', 6));
    const withIncident = { ...scored, incidents: [...scored.incidents, emptyIncident('2026-11-24', 'inc-2')] };
    const booked = { ...withIncident, evaluationEvent: { eventId: 'e2', joinUrl: '', transactionId: 't2' }, evaluationDate: '2027-01-27' };
    const shared = recordShares(booked, [newShare]);
    const withdrawn = withdrawConsent(shared, 'cr-1', '2026-11-25');
    const revoked = recordRevocations(withdrawn, [{ shareId: 'share-2', reason: 'consentWithdrawn' }], '2026-11-25');
    for (const step of [started.plan, scored, withIncident, booked, shared, withdrawn, revoked]) {
      expect(checkChange(plan, step, FIXTURE_TODAY)).toEqual({ ok: true });
    }
  });

  it('moves the evaluation date only with a booking, never to nothing', () => {
    const plan = completePlan();
    expect(refusedKeys(checkChange(plan, { ...plan, evaluationDate: '2027-01-27' }, FIXTURE_TODAY))).toEqual(['evaluationDate']);
    expect(refusedKeys(checkChange(plan, { ...plan, evaluationDate: null, evaluationEvent: null }, FIXTURE_TODAY))).toEqual(['evaluationDate']);
  });

  it('keeps an evaluation that was decided, a recipient\'s address and consent, and a meeting\'s record', () => {
    const plan = completePlan();
    const rewritten = updateEvaluation(plan, 'ev-1', (e) => ({ ...e, wentWell: 'Anders herinnerd' }));
    expect(refusedKeys(checkChange(plan, rewritten, FIXTURE_TODAY))).toEqual(['evaluations']);
    const readdressed = { ...plan, copyRecipients: plan.copyRecipients.map((r) => ({ ...r, email: 'ander@voorbeeld.invalid' })) };
    expect(refusedKeys(checkChange(plan, readdressed, FIXTURE_TODAY))).toEqual(['copyRecipients']);
    const consentGiven = { ...plan, copyRecipients: plan.copyRecipients.map((r) => ({ ...r, consentById: 'd-mila' })) };
    expect(refusedKeys(checkChange(plan, consentGiven, FIXTURE_TODAY))).toEqual(['copyRecipients']);
    const renoted = { ...plan, networkMeetings: plan.networkMeetings.map((m) => ({ ...m, notes: 'Anders' })) };
    expect(refusedKeys(checkChange(plan, renoted, FIXTURE_TODAY))).toEqual(['networkMeetings']);
    const shareDropped = { ...plan, copyShares: [] };
    expect(refusedKeys(checkChange(plan, shareDropped, FIXTURE_TODAY))).toEqual(['copyShares']);
  });

  it.each([
    ['extend', { decision: 'extend', validUntil: '2027-05-01', evaluationDate: '2027-04-15' }],
    ['adjust', { decision: 'adjust' }],
    ['close', { decision: 'close', outcome: 'safe-enough', reason: 'Drie maanden geen incidenten; iedereen scoort 8 of hoger.' }],
  ] as const)('lets an evaluation decision (%s) set what it sets', (_, input) => {
    const started = startEvaluation(completePlan(), FIXTURE_TODAY, 'ev-2');
    if (!started.ok) throw new Error('evaluation must start');
    const decided = decideEvaluation(withSubstance(started.plan), input, FIXTURE_TODAY, 'rev-1');
    if (!decided.ok) throw new Error(`decision refused: ${decided.reason}`);
    expect(checkChange(started.plan, decided.plan, FIXTURE_TODAY)).toEqual({ ok: true });
  });

  it('does not let a decision carry content edits with it', () => {
    const started = startEvaluation(completePlan(), FIXTURE_TODAY, 'ev-2');
    if (!started.ok) throw new Error('evaluation must start');
    const decided = decideEvaluation(withSubstance(started.plan), { decision: 'adjust' }, FIXTURE_TODAY, 'rev-1');
    if (!decided.ok) throw new Error('decision refused');
    expect(refusedKeys(checkChange(started.plan, { ...decided.plan, monitoring: [] }, FIXTURE_TODAY))).toEqual(['monitoring']);
  });
});

describe('checkChange(): a closed plan', () => {
  const closed = (): Plan => ({ ...completePlan(), status: 'closed', closure: { outcome: 'safe-enough', reason: 'Veilig genoeg', date: '2026-11-20' } });

  it('never changes: no content, no status, no new records', () => {
    const plan = closed();
    expect(checkChange(plan, { ...plan, status: 'active', closure: null }, FIXTURE_TODAY)).toMatchObject({ ok: false, reason: 'closed' });
    expect(refusedKeys(checkChange(plan, { ...plan, largeRelapse: '' }, FIXTURE_TODAY))).toEqual(['largeRelapse']);
    expect(refusedKeys(checkChange(plan, { ...plan, incidents: [] }, FIXTURE_TODAY))).toEqual(['incidents']);
    expect(refusedKeys(checkChange(plan, recordShares(plan, [newShare]), FIXTURE_TODAY))).toEqual(['copyShares']);
  });

  it('still lets a consent be withdrawn and the access it gave be revoked', () => {
    const plan = { ...closed(), copyShares: [{ ...completePlan().copyShares[0]!, revokedOn: null, revokedBecause: null }] };
    const withdrawn = withdrawConsent(plan, 'cr-1', '2026-12-01');
    const revoked = recordRevocations(withdrawn, [{ shareId: 'share-1', reason: 'consentWithdrawn' }], '2026-12-01');
    expect(checkChange(plan, revoked, FIXTURE_TODAY)).toEqual({ ok: true });
  });
});
