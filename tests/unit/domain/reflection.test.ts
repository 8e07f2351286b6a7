import { REFLECTION_QUESTIONS, reflectionOccasion, writtenAnswers } from '../../../src/domain';
import { completePlan, firstDraftPlan } from '../../fixtures';

describe('reflectionOccasion()', () => {
  it('asks nothing of a draft that was never evaluated', () => {
    expect(reflectionOccasion({ ...firstDraftPlan(), evaluations: [] })).toBeNull();
  });

  it('asks once per activated version', () => {
    const plan = { ...completePlan(), evaluations: [], status: 'active' as const, version: 3 };
    expect(reflectionOccasion(plan)).toEqual({ kind: 'activation', key: 'activation-v3', version: 3 });
  });

  it('asks after each evaluation, the latest one held', () => {
    const plan = completePlan();
    const first = plan.evaluations[0]!;
    const later = { ...first, id: 'ev-later', date: '2027-02-01' };
    const unheld = { ...first, id: 'ev-open', date: null };
    expect(reflectionOccasion({ ...plan, evaluations: [later, first, unheld] })).toEqual({ kind: 'evaluation', key: 'evaluation-ev-later', evaluationId: 'ev-later' });
  });
});

describe('writtenAnswers()', () => {
  it('drops blank answers', () => {
    expect(writtenAnswers({ clarity: ' ', child: 'Ja' })).toEqual({ child: 'Ja' });
  });

  it('has the six questions of seed 003', () => {
    expect(REFLECTION_QUESTIONS).toHaveLength(6);
  });
});
