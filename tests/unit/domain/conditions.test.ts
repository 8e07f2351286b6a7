import {
  applyEdit, changeGoal, goalChangeNeedsReason, isProtectedKind, normalizeAfterEdit, parsePlan, removeGoal, serializePlan, setValue,
  unrecordedConditionChanges,
} from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { completeDraft as completePlan } from '../../fixtures';

const expectValid = (plan: Plan): void => {
  const result = parsePlan(JSON.parse(serializePlan(plan)));
  expect(result.ok ? [] : result.errors).toEqual([]);
};

/** g-1 of the complete plan is a written-down safety condition; g-2 a family goal. */
const CONDITION = 0;

describe('a safety condition cannot be softened unnoticed', () => {
  it('refuses to switch a condition to a family goal without a reason (the first step of the removal loophole)', () => {
    const result = applyEdit(completePlan(), ['goals', CONDITION, 'kind'], 'family');
    expect(result).toEqual({ ok: false, reason: 'condition-needs-reason', request: { goalId: 'g-1', change: { kind: 'family' } } });
  });

  it('so switching and then removing no longer bypasses the reason', () => {
    const plan = completePlan();
    const switched = applyEdit(plan, ['goals', CONDITION, 'kind'], 'family');
    const afterSwitch = switched.ok ? switched.plan : plan;
    expect(removeGoal(afterSwitch, 'g-1')).toEqual({ ok: false, reason: 'condition-needs-reason' });
  });

  it('refuses to change a condition\'s text without a reason', () => {
    const result = applyEdit(completePlan(), ['goals', CONDITION, 'text'], 'Mila en Daan zijn zo weinig mogelijk bij ruzies.');
    expect(result.ok).toBe(false);
  });

  it('also protects a joint goal, which carries a condition', () => {
    const plan = setValue(completePlan(), ['goals', CONDITION, 'kind'], 'joint');
    expect(isProtectedKind('joint')).toBe(true);
    expect(applyEdit(plan, ['goals', CONDITION, 'text'], 'Iets anders').ok).toBe(false);
    expect(removeGoal(plan, 'g-1')).toEqual({ ok: false, reason: 'condition-needs-reason' });
  });

  it('records a change with its reason, the old text and what it became', () => {
    const plan = completePlan();
    const result = changeGoal(plan, 'g-1', { kind: 'joint', text: 'Samen: geen ruzies met geweld waar de kinderen bij zijn.' }, '  Ouders staan er nu achter ', { id: 'rc-2' });
    if (!result.ok) throw new Error('a change with a reason is allowed');
    expect(result.plan.goals[CONDITION]).toEqual({ ...plan.goals[CONDITION], kind: 'joint', text: 'Samen: geen ruzies met geweld waar de kinderen bij zijn.' });
    expect(result.plan.removedConditions.at(-1)).toEqual({
      id: 'rc-2', change: 'changed', text: plan.goals[CONDITION]!.text, source: plan.goals[CONDITION]!.source,
      newKind: 'joint', newText: 'Samen: geen ruzies met geweld waar de kinderen bij zijn.', reason: 'Ouders staan er nu achter',
      // Schema version 5: the record says which goal it is about; who recorded it and when are given by the caller (none here).
      subject: 'condition', subjectId: 'g-1', actionWhen: '', newActionWhen: '', professionalId: null, date: null,
    });
    expectValid(result.plan);
    expect(changeGoal(plan, 'g-1', { kind: 'family' }, ' ')).toEqual({ ok: false, reason: 'condition-needs-reason' });
  });

  it('frees a goal once it has become a family goal with a reason', () => {
    const result = changeGoal(completePlan(), 'g-1', { kind: 'family' }, 'Besluit na overleg met Veilig Thuis');
    if (!result.ok) throw new Error('a change with a reason is allowed');
    expect(applyEdit(result.plan, ['goals', CONDITION, 'text'], 'Eigen woorden van het gezin').ok).toBe(true);
    expect(removeGoal(result.plan, 'g-1').ok).toBe(true);
  });

  it('lets the family shape its own goals, and turning a family goal into a condition, without a reason', () => {
    const plan = completePlan();
    expect(applyEdit(plan, ['goals', 1, 'text'], 'Nieuwe tekst').ok).toBe(true);
    expect(applyEdit(plan, ['goals', 1, 'kind'], 'condition').ok).toBe(true);
    expect(applyEdit(plan, ['goals', CONDITION, 'source'], 'Rapport, 1 november').ok).toBe(true);
  });

  it('does not count whitespace at the ends as a change', () => {
    const plan = completePlan();
    expect(applyEdit(plan, ['goals', CONDITION, 'text'], `${plan.goals[CONDITION]!.text} `).ok).toBe(true);
  });

  it('lets a condition typed in since editing began be corrected freely, but not one that was already there', () => {
    const opened = completePlan();
    const withNew: Plan = { ...opened, goals: [...opened.goals, { id: 'g-new', text: 'G', kind: 'condition', source: '' }] };
    expect(applyEdit(withNew, ['goals', 2, 'text'], 'Ge', opened).ok).toBe(true);
    expect(applyEdit(withNew, ['goals', 2, 'kind'], 'family', opened).ok).toBe(true);
    expect(applyEdit(withNew, ['goals', CONDITION, 'text'], 'Zachter', opened).ok).toBe(false);
    // Without a baseline the current state decides: the new condition is written down, so it is protected.
    expect(applyEdit(withNew, ['goals', 2, 'text'], 'Ge').ok).toBe(false);
  });

  it('treats a condition that was blank when editing began as new', () => {
    const blank = { id: 'g-b', text: '', kind: 'condition' as const, source: '' };
    expect(goalChangeNeedsReason({ ...blank, text: 'A' }, { text: 'Ab' }, blank)).toBe(false);
    expect(goalChangeNeedsReason({ ...blank, text: 'A' }, { text: 'Ab' })).toBe(true);
  });
});

describe('consent for a copy is bound to the address', () => {
  const EMAIL = ['copyRecipients', 0, 'email'] as const;

  it('clears consent, its date and who gave it when the address changes', () => {
    const result = applyEdit(completePlan(), [...EMAIL], 'ria@ander-adres.invalid');
    if (!result.ok) throw new Error('editing an address is always allowed');
    expect(result.plan.copyRecipients[0]).toEqual({
      ...completePlan().copyRecipients[0], email: 'ria@ander-adres.invalid', consentGiven: false, consentDate: null, consentById: null,
    });
  });

  it('keeps consent when only the case or surrounding spaces of the address change, or another field changes', () => {
    const plan = completePlan();
    const sameAddress = applyEdit(plan, [...EMAIL], ' Ria.Bakker@voorbeeld.invalid ');
    expect(sameAddress.ok && sameAddress.plan.copyRecipients[0]?.consentGiven).toBe(true);
    const otherField = applyEdit(plan, ['copyRecipients', 0, 'receivesNote'], 'Alleen de afspraken');
    expect(otherField.ok && otherField.plan.copyRecipients[0]?.consentDate).toBe('2026-11-18');
  });

  it('also applies when a whole list is replaced, matching recipients by id', () => {
    const plan = completePlan();
    const after = { ...plan, copyRecipients: plan.copyRecipients.map((r) => ({ ...r, email: 'nieuw@voorbeeld.invalid' })) };
    expect(normalizeAfterEdit(plan, after).copyRecipients[0]?.consentGiven).toBe(false);
    expect(normalizeAfterEdit(plan, plan)).toBe(plan);
  });
});

describe('unrecordedConditionChanges()', () => {
  it('names a condition that a wholesale replacement changed or dropped without a record', () => {
    const before = completePlan();
    const softened = setValue(before, ['goals', CONDITION, 'text'], 'Zo min mogelijk ruzie');
    expect(unrecordedConditionChanges(before, softened)).toEqual(['g-1']);
    expect(unrecordedConditionChanges(before, { ...before, goals: before.goals.slice(1) })).toEqual(['g-1']);
    expect(unrecordedConditionChanges(before, setValue(before, ['goals', CONDITION, 'kind'], 'family'))).toEqual(['g-1']);
  });

  it('accepts changes that were recorded with a reason, and changes to family goals', () => {
    const before = completePlan();
    const changed = changeGoal(before, 'g-1', { text: 'Nieuwe tekst' }, 'Afgesproken met Veilig Thuis');
    if (!changed.ok) throw new Error('a change with a reason is allowed');
    expect(unrecordedConditionChanges(before, changed.plan)).toEqual([]);
    expect(unrecordedConditionChanges(before, setValue(before, ['goals', 1, 'text'], 'Anders'))).toEqual([]);
    expect(unrecordedConditionChanges(before, before)).toEqual([]);
  });
});
