import {
  CURRENT_SCHEMA_VERSION, EMPTY_SIGNAL, activateRevision, closePlan, emptyIncident, historyIdOf, incidentsForEvaluation, isRevision, mayBeSafetyPerson,
  migrate, migrateLifecycle, missingSignal, parsePlan, peopleFor, recordSignal, reviewAgreement, signalOf, startEvaluation, startRevision,
} from '../../../src/domain';
import type { Evaluation, Plan } from '../../../src/domain';
import { FIXTURE_TODAY, completePlan } from '../../fixtures';
import { onDay } from './evaluationPlan';

describe('bijstellen: an adjusted version beside the plan in force (revision.ts)', () => {
  const active = completePlan();

  it('starts the next version as a draft of its own, pointing at the plan in force, without its history', () => {
    const draft = startRevision(active, 'rev-1');
    expect(draft).toMatchObject({ id: 'rev-1', status: 'draft', version: active.version + 1, revisionOf: active.id, evaluations: [], incidents: [], evaluationEvent: null });
    expect(isRevision(draft)).toBe(true);
    expect(isRevision(active)).toBe(false);
    expect(historyIdOf(draft)).toBe(active.id);
    expect(parsePlan(JSON.parse(JSON.stringify(draft))).ok).toBe(true);
  });

  it('activating puts the adjusted content in force as the next version, and keeps the plan\'s id and history', () => {
    const draft = { ...startRevision(active, 'rev-1'), evaluationDate: '2027-01-10', smallRelapse: 'Nieuw: moeder belt oma dezelfde avond.' };
    const result = activateRevision(active, draft, FIXTURE_TODAY);
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan).toMatchObject({ id: active.id, status: 'active', version: active.version + 1, revisionOf: null, smallRelapse: draft.smallRelapse });
    expect(result.plan.evaluations).toEqual(active.evaluations);
    expect(result.plan.incidents).toEqual(active.incidents);
  });

  it('keeps what was logged on the plan in force while the revision was being prepared', () => {
    const draft = startRevision(active, 'rev-1');
    const logged: Plan = { ...active, incidents: [...active.incidents, { ...emptyIncident('2026-11-24', 'inc-2'), what: 'Nieuw incident', actedByIds: ['s-ria'] }] };
    const result = activateRevision(logged, { ...draft, evaluationDate: '2027-01-10' }, FIXTURE_TODAY);
    expect(result.ok && result.plan.incidents.map((i) => i.id)).toEqual(['inc-1', 'inc-2']);
  });

  it('refuses a revision with errors, of another plan, of a closed plan, or a plain plan', () => {
    const draft = startRevision(active, 'rev-1');
    const refused = activateRevision(active, { ...draft, evaluationDate: null }, FIXTURE_TODAY);
    expect(refused.ok ? [] : refused.reason).toBe('errors');
    expect(activateRevision({ ...active, id: 'other' }, draft, FIXTURE_TODAY)).toEqual({ ok: false, reason: 'other-plan' });
    expect(activateRevision({ ...active, status: 'closed' }, draft, FIXTURE_TODAY)).toEqual({ ok: false, reason: 'status' });
    expect(activateRevision(active, active, FIXTURE_TODAY)).toEqual({ ok: false, reason: 'not-a-revision' });
  });
});

describe('closing with an outcome (closure.ts)', () => {
  it('closes with an outcome, a reason and the day, and leaves the phase as it was', () => {
    const plan = { ...completePlan(), phase: 'acute' as const };
    const result = closePlan(plan, { outcome: 'protection-inquiry', reason: '  Afspraken niet nagekomen.  ' }, onDay('2026-11-25'));
    if (!result.ok) throw new Error(result.reason);
    expect(result.plan).toMatchObject({ status: 'closed', phase: 'acute', closure: { outcome: 'protection-inquiry', reason: 'Afspraken niet nagekomen.', date: '2026-11-25' } });
  });

  it('needs a reason, and does not close a draft or a closed plan', () => {
    expect(closePlan(completePlan(), { outcome: 'safe-enough', reason: ' ' }, FIXTURE_TODAY)).toEqual({ ok: false, reason: 'closure-reason' });
    expect(closePlan({ ...completePlan(), status: 'draft' }, { outcome: 'safe-enough', reason: 'x' }, FIXTURE_TODAY)).toEqual({ ok: false, reason: 'status' });
    expect(closePlan({ ...completePlan(), status: 'closed' }, { outcome: 'report', reason: 'x' }, FIXTURE_TODAY)).toEqual({ ok: false, reason: 'status' });
  });
});

describe('broken agreements and incidents (incidents.ts)', () => {
  const evaluation: Evaluation = {
    id: 'ev', date: '2027-01-15', attendeeIds: [], scores: [], agreementReviews: [], childVoices: [], wentWell: '', hard: '', decision: null, planVersion: 1,
  };

  it('records the signal plan of a broken agreement, and keeps it when the outcome or notes change', () => {
    const broken = reviewAgreement(evaluation, 'a1', 'no', '');
    const signalled = recordSignal(broken, 'a1', { relapse: 'large', actedByIds: ['gran'], informedIds: ['pro'], actionTaken: 'Kinderen naar oma' });
    const renoted = reviewAgreement(signalled, 'a1', 'no', 'Vader kwam terug');
    expect(signalOf(renoted.agreementReviews[0])).toEqual({ relapse: 'large', actedByIds: ['gran'], informedIds: ['pro'], actionTaken: 'Kinderen naar oma' });
    expect(missingSignal(signalOf(renoted.agreementReviews[0]))).toEqual([]);
    expect(missingSignal(EMPTY_SIGNAL)).toEqual(['relapse', 'actedByIds', 'informedIds', 'actionTaken']);
  });

  it('shows at an evaluation the incidents since the last decided one, up to its day, undated ones too', () => {
    const plan: Plan = {
      ...completePlan(),
      incidents: [
        { ...emptyIncident('2026-11-08', 'before'), what: 'x' },
        { ...emptyIncident('2026-12-01', 'since'), what: 'y' },
        { ...emptyIncident(null, 'undated'), what: 'z' },
        { ...emptyIncident('2027-02-01', 'after'), what: 'w' },
      ],
    };
    // The complete plan's evaluation of 2026-11-11 is decided: the next one shows what came after it.
    const started = startEvaluation(plan, onDay('2026-12-10'), 'ev-2');
    if (!started.ok) throw new Error(started.reason);
    expect(incidentsForEvaluation(started.plan, started.evaluation).map((i) => i.id)).toEqual(['since', 'undated']);
  });
});

describe('migrateLifecycle (schema step 3 -> 4)', () => {
  const v3 = {
    schemaVersion: 3, status: 'closed', validUntil: '2026-10-01',
    agreements: [{ id: 'a1', goalId: null, who: [], what: 'x', when: 'y' }],
    evaluations: [{ id: 'e1', agreementReviews: [{ agreementId: 'a1', outcome: 'no', notes: '' }] }],
  };

  it('adds the lifecycle fields through migrate, and nothing else of its own', () => {
    const result = migrate(v3);
    if (!result.ok) throw new Error('migration failed');
    const doc = result.value as Record<string, unknown>;
    expect(doc.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(doc.agreements).toEqual([{ id: 'a1', goalId: null, who: [], what: 'x', when: 'y', safety: null }]);
    // Step 4 -> 5 adds the evaluation's own reason fields (empty).
    expect(doc.evaluations).toEqual([{
      id: 'e1', agreementReviews: [{ agreementId: 'a1', outcome: 'no', notes: '', relapse: null, actedByIds: [], informedIds: [], actionTaken: '' }],
      noScoresReason: '', conditionsReview: '',
    }]);
    expect(doc.incidents).toEqual([]);
    // Closed before version 4: "safe enough" was the only way to close; the reason was never asked, so the check asks for it.
    // Step 4 -> 5 adds the closure's reason for closing despite doubts (empty: it was never asked).
    expect(doc.closure).toEqual({ outcome: 'safe-enough', reason: '', date: '2026-10-01', despiteReason: '', despiteById: null });
    expect(doc.revisionOf).toBeNull();
  });

  it('keeps values a document already has, and gives an open plan no closure', () => {
    const doc = migrateLifecycle({ ...v3, status: 'active', agreements: [{ id: 'a1', safety: 'stable' }], incidents: [{ id: 'i' }] });
    expect(doc).toMatchObject({ agreements: [{ id: 'a1', safety: 'stable' }], incidents: [{ id: 'i' }], closure: null, schemaVersion: 4 });
  });
});

describe('who may hold a role (roles.ts)', () => {
  const plan = completePlan();

  it('offers as safety person the consenting network and the professionals, not parents, children or members without consent', () => {
    const offered = peopleFor(plan, 'safetyPerson').map((p) => p.id);
    expect(offered).toEqual(['s-ria', 's-joke', 'p-lotte', 'p-bram']);
    expect(mayBeSafetyPerson(plan, 'd-sanne')).toBe(false);
    expect(mayBeSafetyPerson(plan, 's-kees')).toBe(false);
  });

  it('keeps offering a person already chosen, so the choice stays visible until it is changed', () => {
    expect(peopleFor(plan, 'safetyPerson', ['d-sanne']).map((p) => p.id)).toContain('d-sanne');
    expect(peopleFor(plan, 'carriesPlan').map((p) => p.id)).not.toContain('s-kees');
  });
});

describe('copies of a plan are plans of their own', () => {
  it('a duplicate or an import is neither closed nor the adjusted version of another plan', async () => {
    const { duplicateAsNewVersion } = await import('../../../src/domain');
    const { prepareImport } = await import('../../../src/domain/import');
    const revision = { ...startRevision(completePlan(), 'rev-1'), closure: { outcome: 'report' as const, reason: 'x', date: '2026-11-25' } };
    expect(duplicateAsNewVersion(revision, 'dup')).toMatchObject({ revisionOf: null, closure: null, status: 'draft' });
    expect(prepareImport(revision, 'imp').plan.revisionOf).toBeNull();
  });
});
