import {
  TEMPLATE, addItem, createEmptyPlan, duplicateAsNewVersion, getIn, groupFieldFor, isPersonList, moveItem, newGroupItem,
  parsePlan, pendingRevocations, removeGoal, removeItemAt, removePerson, serializePlan, setValue,
} from '../../../src/domain';
import type { GroupField, Plan } from '../../../src/domain';
import { completeDraft, completePlan } from '../../fixtures';

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

const expectValid = (plan: Plan): void => {
  const result = parsePlan(JSON.parse(serializePlan(plan)));
  expect(result.ok ? [] : result.errors).toEqual([]);
};

/** Groups the generic editor offers; evaluations are made on their own screen. */
const editorGroups: GroupField[] = TEMPLATE.filter((s) => s.id !== 'evaluations')
  .flatMap((s) => s.fields)
  .filter((f): f is GroupField => f.kind === 'group');

describe('setValue and getIn', () => {
  it('changes one value without touching the original, and shares what did not change', () => {
    const plan = deepFreeze(completePlan());
    const next = setValue(plan, ['agreements', 1, 'what'], 'Oma haalt op');
    expect(getIn(next, ['agreements', 1, 'what'])).toBe('Oma haalt op');
    expect(plan.agreements[1]!.what).not.toBe('Oma haalt op');
    expect(next.agreements[0]).toBe(plan.agreements[0]);
    expect(next.goals).toBe(plan.goals);
    expect(Array.isArray(next.agreements)).toBe(true);
  });

  it('reads missing paths as undefined', () => {
    expect(getIn(completePlan(), ['agreements', 99, 'what'])).toBeUndefined();
    expect(getIn(completePlan(), ['safetyDirectorId', 'x'])).toBeUndefined();
  });
});

describe('list operations', () => {
  it.each(editorGroups.map((g) => [g.id, g]))('a new %s item keeps the plan valid', (_id, group) => {
    const item = newGroupItem(group, 'nieuw-1');
    expect(item.id).toBe('nieuw-1');
    expectValid(addItem(createEmptyPlan('leeg'), [group.id], item));
    expectValid(addItem(completePlan(), [group.id], newGroupItem(group, 'nieuw-2')));
  });

  it('gives each new item its own id when none is given', () => {
    const group = groupFieldFor('goals')!;
    expect(newGroupItem(group).id).not.toBe(newGroupItem(group).id);
  });

  it('moves an item and ignores moves outside the list', () => {
    const plan = completePlan();
    const moved = moveItem(plan, ['goals'], 1, 0);
    expect(moved.goals.map((g) => g.id)).toEqual(['g-2', 'g-1']);
    expect(moveItem(plan, ['goals'], 0, 5)).toBe(plan);
    expect(moveItem(plan, ['goals'], -1, 0)).toBe(plan);
    expect(moveItem(plan, ['goals'], 1, 1)).toBe(plan);
  });

  it('removes an item by index', () => {
    const plan = deepFreeze(completePlan());
    expect(removeItemAt(plan, ['concernFacts'], 0).concernFacts.map((c) => c.id)).toEqual(['cf-2']);
    expect(plan.concernFacts).toHaveLength(2);
  });

  it('knows which lists hold people and which field describes a list', () => {
    expect(['directPersons', 'socialNetwork', 'professionals'].every(isPersonList)).toBe(true);
    expect(isPersonList('goals')).toBe(false);
    expect(groupFieldFor('agreements')?.fields.map((f) => f.id)).toEqual(['goalId', 'who', 'what', 'when', 'safety']);
    expect(groupFieldFor('familyName')).toBeUndefined();
  });
});

describe('removePerson', () => {
  it.each([['s-ria'], ['p-lotte'], ['d-emre'], ['d-sanne']])('removes %s and every reference, so the plan still parses', (id) => {
    const next = removePerson(deepFreeze(completePlan()), id);
    expectValid(next);
    // The history (evaluations, the incident log, the append-only record of changes to conditions) records who was
    // there, who acted and who recorded a change at the time, as it was.
    const { evaluations: _history, incidents: _log, removedConditions: _changes, ...rest } = next;
    expect(JSON.stringify(rest)).not.toContain(`"${id}"`);
  });
});

describe('removeGoal', () => {
  it('removes a family goal and unlinks its agreements', () => {
    const result = removeGoal(completeDraft(), 'g-2');
    if (!result.ok) throw new Error('family goal must be removable');
    expect(result.plan.goals.map((g) => g.id)).toEqual(['g-1']);
    expect(result.plan.agreements.find((a) => a.id === 'a-3')?.goalId).toBeNull();
    expect(result.plan.removedConditions).toEqual(completeDraft().removedConditions);
    expectValid(result.plan);
  });

  it('refuses to drop a safety condition without a reason, and keeps it with one', () => {
    expect(removeGoal(completeDraft(), 'g-1', '   ')).toEqual({ ok: false, reason: 'condition-needs-reason' });
    const result = removeGoal(completeDraft(), 'g-1', ' Besluit Veilig Thuis na evaluatie ');
    if (!result.ok) throw new Error('condition with reason must be removable');
    expect(result.plan.removedConditions.at(-1)).toEqual({
      id: 'g-1', change: 'removed', text: completeDraft().goals[0]!.text, source: 'Rapport Veilig Thuis, 31 oktober 2026', newKind: null, newText: '',
      reason: 'Besluit Veilig Thuis na evaluatie',
      subject: 'condition', subjectId: 'g-1', actionWhen: '', newActionWhen: '', professionalId: null, date: null,
    });
    expectValid(result.plan);
  });

  it('leaves the plan alone for an unknown goal', () => {
    const plan = completeDraft();
    expect(removeGoal(plan, 'bestaat-niet')).toEqual({ ok: true, plan });
  });
});

describe('duplicateAsNewVersion', () => {
  it('makes a draft with a new id and the next version number, without the booked evaluation', () => {
    const plan = deepFreeze(completePlan());
    const copy = duplicateAsNewVersion(plan, 'plan-v3');
    expect(copy).toEqual({ ...plan, id: 'plan-v3', version: 3, status: 'draft', evaluationEvent: null, copyShares: [] });
    expectValid(copy);
  });

  it('leaves the original plan\'s share records behind: a copy can never revoke the original\'s access (issue 25)', () => {
    const plan = completePlan();
    const withLiveShare = { ...plan, copyShares: plan.copyShares.map((s) => ({ ...s, revokedOn: null, revokedBecause: null })) };
    const copy = duplicateAsNewVersion(withLiveShare, 'plan-v3');
    const recipientRemoved = { ...copy, copyRecipients: [] };
    expect(copy.copyShares).toEqual([]);
    expect(pendingRevocations(recipientRemoved)).toEqual([]);
  });
});
