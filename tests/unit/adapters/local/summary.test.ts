import { summaryOfStoredPlan } from '../../../../src/adapters/local/summary';
import { completePlan, firstDraftPlan, v1PrototypeJson } from '../../../fixtures';

const stored = { revision: '3', savedAt: '2026-11-24T10:00:00.000Z' };

describe('summaryOfStoredPlan()', () => {
  it('reads the fields the plan list shows from a current plan', () => {
    const plan = completePlan();
    expect(summaryOfStoredPlan(plan.id, plan, stored)).toEqual({
      id: plan.id,
      familyName: plan.familyName,
      status: plan.status,
      version: plan.version,
      validFrom: plan.validFrom,
      validUntil: plan.validUntil,
      evaluationDate: plan.evaluationDate,
      hasEvaluationDecision: true,
      revisionOf: null,
      revision: '3',
      savedAt: '2026-11-24T10:00:00.000Z',
    });
  });

  it('says there is no evaluation decision when no evaluation has one', () => {
    const plan = firstDraftPlan();
    expect(summaryOfStoredPlan(plan.id, { ...plan, evaluations: [] }, stored)?.hasEvaluationDecision).toBe(false);
  });

  it('reads a schema version 1 record, whose family name was called `family`', () => {
    expect(summaryOfStoredPlan('fixture-prototype-v1', v1PrototypeJson(), stored)).toMatchObject({
      id: 'fixture-prototype-v1', familyName: 'Bakker-Yilmaz', status: 'draft', version: 1, validFrom: '2026-11-18',
    });
  });

  it.each([
    ['a string instead of a plan', 'kapot'],
    ['null', null],
    ['an array', []],
    ['a newer schema version', { ...completePlan(), schemaVersion: 99 }],
    ['an unknown status', { ...completePlan(), status: 'archived' }],
    ['a version below 1', { ...completePlan(), version: 0 }],
    ['a family name that is not text', { ...completePlan(), familyName: 42 }],
    ['a date that is not an ISO date', { ...completePlan(), validUntil: '18-02-2027' }],
    ['evaluations that are not a list', { ...completePlan(), evaluations: 'geen lijst' }],
  ])('skips a record with %s', (_what, value) => {
    expect(summaryOfStoredPlan('p', value, stored)).toBeNull();
  });
});

describe('summaryOfStoredPlan() for an adjusted version', () => {
  it('names the plan in force it adjusts, so the list can say so', () => {
    const plan = { ...completePlan(), id: 'rev-1', status: 'draft', revisionOf: completePlan().id };
    expect(summaryOfStoredPlan('rev-1', plan, { revision: '1', savedAt: '2026-11-24T10:00:00.000Z' })?.revisionOf).toBe(completePlan().id);
  });
});
