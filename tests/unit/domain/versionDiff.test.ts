import { withSubstance } from '../../fixtures';
import { changedAgreementIds, decideEvaluation, diffPlans, startEvaluation } from '../../../src/domain';
import type { Plan, PlanDiff } from '../../../src/domain';
import { evaluationPlan, onDay } from './evaluationPlan';

function section(diff: PlanDiff, id: string) {
  const found = diff.sections.find((s) => s.section.id === id);
  if (!found) throw new Error(`no section ${id}`);
  return found;
}

function itemChanges(diff: PlanDiff, fieldId: string) {
  for (const s of diff.sections) {
    for (const c of s.changes) if (c.kind === 'items' && c.field.id === fieldId) return c.changes;
  }
  return [];
}

describe('diffPlans()', () => {
  const older = evaluationPlan();

  it('reports no changes between two equal versions, in every section of the template', () => {
    const diff = diffPlans(older, structuredClone(older));
    expect(diff.sections.length).toBeGreaterThanOrEqual(9);
    expect(diff.sections.every((s) => !s.changed && s.changes.length === 0)).toBe(true);
  });

  it('shows an edited agreement as changed (matched by id), naming the changed fields, in the agreements section', () => {
    const newer: Plan = {
      ...older,
      version: 2,
      agreements: older.agreements.map((a) => (a.id === 'a1' ? { ...a, what: 'Oma haalt Noor op maandag, dinsdag en donderdag', when: 'tot 1 mei' } : a)),
    };
    const diff = diffPlans(older, newer);
    const changes = itemChanges(diff, 'agreements');
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'changed', id: 'a1', changedFields: ['what', 'when'] });
    expect(changes[0]?.before?.what).toBe('Oma haalt Noor op dinsdag en donderdag van school');
    expect(changes[0]?.after?.what).toBe('Oma haalt Noor op maandag, dinsdag en donderdag');
    expect(section(diff, 'agreements').changed).toBe(true);
    expect(section(diff, 'goals').changed).toBe(false);
    expect(diff.version).toEqual({ before: 1, after: 2 });
    expect([...changedAgreementIds(diff)]).toEqual([['a1', 'changed']]);
  });

  it('shows added and removed goals and agreements', () => {
    const newer: Plan = {
      ...older,
      goals: [{ id: 'g2', text: 'Moeder heeft hulp bij stress', kind: 'family', source: '' }],
      agreements: [
        ...older.agreements.filter((a) => a.id !== 'a2'),
        { id: 'a3', goalId: 'g2', who: ['pro'], what: 'Karim regelt een cursus', when: 'voor maart' },
      ].map((a) => (a.goalId === 'g1' ? { ...a, goalId: null } : a)),
    };
    const diff = diffPlans(older, newer);
    expect(itemChanges(diff, 'goals').map((c) => [c.kind, c.id])).toEqual([['removed', 'g1'], ['added', 'g2']]);
    expect(itemChanges(diff, 'agreements').map((c) => [c.kind, c.id])).toEqual([['removed', 'a2'], ['changed', 'a1'], ['added', 'a3']]);
  });

  it('shows people added, removed and changed in section 1', () => {
    const newer: Plan = {
      ...older,
      socialNetwork: [{ ...older.socialNetwork[0]!, phone: '06-12345678' }],
      professionals: [],
      directPersons: [...older.directPersons, { id: 'baby', name: 'Mila', contact: '', birthDate: '2026-10-01', birthDateUnread: '', isChild: true, present: false, mustBeInformed: false }],
    };
    const diff = diffPlans(older, newer);
    expect(section(diff, 'people').changed).toBe(true);
    expect(itemChanges(diff, 'directPersons').map((c) => [c.kind, c.id])).toEqual([['added', 'baby']]);
    expect(itemChanges(diff, 'socialNetwork')).toEqual([expect.objectContaining({ kind: 'changed', id: 'gran', changedFields: ['phone'] })]);
    expect(itemChanges(diff, 'professionals').map((c) => [c.kind, c.id])).toEqual([['removed', 'pro']]);
  });

  it('ignores a change of order only', () => {
    const newer: Plan = { ...older, agreements: [...older.agreements].reverse() };
    expect(itemChanges(diffPlans(older, newer), 'agreements')).toEqual([]);
  });

  it('reports a changed value field with before and after, and the status change', () => {
    const started = startEvaluation(older, onDay('2027-01-15'), 'ev1');
    if (!started.ok) throw new Error(started.reason);
    const decided = decideEvaluation(withSubstance(started.plan), { decision: 'extend', validUntil: '2027-05-01', evaluationDate: '2027-04-20' }, onDay('2027-01-15'));
    if (!decided.ok) throw new Error(decided.reason);
    const diff = diffPlans(older, decided.plan);
    expect(section(diff, 'period').changes).toEqual(expect.arrayContaining([
      expect.objectContaining({ kind: 'value', before: '2027-02-01', after: '2027-05-01' }),
    ]));
    expect(itemChanges(diff, 'evaluations').map((c) => [c.kind, c.id])).toEqual([['added', 'ev1']]);
  });
});
