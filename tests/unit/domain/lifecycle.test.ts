import { activatePlan, canTransition, createEmptyPlan } from '../../../src/domain';
import type { PlanStatus } from '../../../src/domain';
import { FIXTURE_TODAY, completePlan, firstDraftPlan, planWith } from '../../fixtures';

describe('activatePlan', () => {
  it('refuses a draft while error findings remain, and lists only the errors', () => {
    const draft = firstDraftPlan();
    const result = activatePlan(draft, FIXTURE_TODAY);
    if (result.ok) throw new Error('a first draft must not become active');
    expect(result.reason).toBe('errors');
    expect(result.findings.length).toBeGreaterThan(0);
    expect(result.findings.every((f) => f.severity === 'error')).toBe(true);
    expect(draft.status).toBe('draft');
  });

  it('refuses an empty plan', () => {
    expect(activatePlan(createEmptyPlan('leeg'), FIXTURE_TODAY)).toMatchObject({ ok: false, reason: 'errors' });
  });

  it('refuses a plan with one error left, naming that error', () => {
    const result = activatePlan(planWith({ status: 'draft', familyName: '' }), FIXTURE_TODAY);
    expect(result).toMatchObject({ ok: false, reason: 'errors' });
    expect(!result.ok && result.findings.map((f) => f.ruleId)).toEqual(['family-name']);
  });

  it('activates a draft without errors, even with warnings left', () => {
    const draft = planWith({ status: 'draft', homeLocation: '', safetyPersons: [] });
    const result = activatePlan(draft, FIXTURE_TODAY);
    expect(result).toEqual({ ok: true, plan: { ...draft, status: 'active' } });
  });

  it.each([['active'], ['closed']] as Array<[PlanStatus]>)('refuses a plan that is %s', (status) => {
    expect(activatePlan(planWith({ status }), FIXTURE_TODAY)).toEqual({ ok: false, findings: [], reason: 'status' });
  });

  it('refuses a draft whose validity period has already ended, judged against the day passed in', () => {
    const draft = planWith({ status: 'draft', validUntil: '2026-12-31', evaluationDate: '2026-12-15' });
    expect(activatePlan(draft, FIXTURE_TODAY).ok).toBe(true);
    const later = activatePlan(draft, new Date('2027-01-02T10:00:00'));
    expect(later).toMatchObject({ ok: false, reason: 'errors' });
    expect(!later.ok && later.findings.map((f) => f.path)).toContain('$.validUntil');
  });

  it('refuses to put an evaluated plan back in force once its period has ended, until a new period is agreed', () => {
    const evaluated = planWith({ status: 'evaluated', validUntil: '2026-11-24', evaluationDate: '2026-11-20' });
    expect(activatePlan(evaluated, FIXTURE_TODAY)).toMatchObject({ ok: false, reason: 'errors' });
    expect(activatePlan({ ...evaluated, validUntil: '2027-05-01' }, FIXTURE_TODAY).ok).toBe(true);
  });

  it('lets an evaluated plan become active again when it has no errors', () => {
    expect(activatePlan(planWith({ status: 'evaluated' }), FIXTURE_TODAY)).toMatchObject({ ok: true, plan: { status: 'active' } });
  });
});

describe('canTransition', () => {
  const ALL: PlanStatus[] = ['draft', 'active', 'evaluated', 'closed'];
  const ALLOWED = new Set(['draft>active', 'active>evaluated', 'active>closed', 'evaluated>active', 'evaluated>closed']);

  it('allows exactly the moves of the plan lifecycle', () => {
    for (const from of ALL) for (const to of ALL) expect(`${from}>${to}:${canTransition(from, to)}`).toBe(`${from}>${to}:${ALLOWED.has(`${from}>${to}`)}`);
  });

  it('keeps the complete plan ready for activation once back in draft', () => {
    expect(activatePlan({ ...completePlan(), status: 'draft' }, FIXTURE_TODAY).ok).toBe(true);
  });
});
