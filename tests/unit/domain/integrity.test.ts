import {
  CURRENT_SCHEMA_VERSION, addItem, ageOn, itemFieldFixed, moveItem, applyEdit, changeBottomLine, changeGoal, checkPlan, closePlan, decideEvaluation, doubtsAboutSafeEnough, historyRecord, isSubstantiveReason, keepHistory,
  mergePlans, migrateBirthText, normalizeAfterEdit, parsePlan, readBirthDate, removeBottomLine, removeGoal, removeItemAt, setValue,
  shortenedHistory, unrecordedBottomLineChanges,
} from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { FIXTURE_TODAY, completeDraft, completePlan } from '../../fixtures';
import v4CompleteJson from '../../fixtures/plans/v4-complete.json';

const LOTTE = { professionalId: 'p-lotte', date: '2026-11-25' };
const REASON = 'Op verzoek van Veilig Thuis aangepast, besproken met beide ouders.';

describe('schema version 5: a version-4 plan file', () => {
  const migrated = (): Plan => {
    const result = parsePlan(structuredClone(v4CompleteJson));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    return result.plan;
  };

  it('reads as the current version, with the birth dates read where they are dates and the rest kept, flagged', () => {
    const plan = migrated();
    expect(plan.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
    expect(plan.directPersons.map((p) => [p.birthDate, p.birthDateUnread])).toEqual([
      ['1990-04-02', ''], ['1988-09-15', ''], [null, '9 jaar'], ['2020-06-30', ''],
    ]);
    const flagged = checkPlan(plan, FIXTURE_TODAY).filter((f) => f.ruleId === 'birth-date');
    expect(flagged.map((f) => f.path)).toEqual(['$.directPersons[2].birthDate']);
    expect(flagged[0]?.message).toContain('9 jaar');
  });

  it('invents nothing: the family\'s agreement and who recorded an old change are asked for, not filled in', () => {
    const plan = migrated();
    expect(plan.familyAgreement).toEqual([]);
    expect(plan.removedConditions[0]).toMatchObject({ subject: 'condition', subjectId: null, professionalId: null, date: null });
    const ids = new Set(checkPlan(plan, FIXTURE_TODAY).map((f) => f.ruleId));
    expect(ids).toContain('family-agreement');
    expect(ids).toContain('condition-history');
    expect(ids).toContain('large-relapse-informs');
  });
});

describe('readBirthDate()', () => {
  it.each([
    ['2017-05-12', '2017-05-12'], ['12-05-2017', '2017-05-12'], ['12/5/2017', '2017-05-12'], ['12.05.2017', '2017-05-12'],
    ['12 mei 2017', '2017-05-12'], ['3 March 2015', '2015-03-03'], [' 1 okt. 2019 ', '2019-10-01'],
  ])('reads %p as %p', (text, date) => expect(readBirthDate(text)).toBe(date));

  it.each([['9 jaar'], ['9'], ['12-05-17'], ['31-02-2017'], ['2017'], ['mei 2017'], ['']])('does not guess a date from %p', (text) => {
    expect(readBirthDate(text)).toBeNull();
  });

  it('keeps what it cannot read for the person to look at', () => {
    expect(migrateBirthText('ongeveer 34')).toEqual({ birthDate: null, birthDateUnread: 'ongeveer 34' });
    expect(migrateBirthText(undefined)).toEqual({ birthDate: null, birthDateUnread: '' });
  });

  it('counts an age in whole years, the birthday itself included', () => {
    expect(ageOn('2014-11-25', '2026-11-25')).toBe(12);
    expect(ageOn('2014-11-26', '2026-11-25')).toBe(11);
    expect(ageOn('2027-01-01', '2026-11-25')).toBeNull();
  });
});

describe('a substantive reason', () => {
  it.each([['x'], ['ok'], ['zie boven'], ['   '], ['a b c']])('is not %p', (text) => expect(isSubstantiveReason(text)).toBe(false));
  it('is a few words that say why', () => expect(isSubstantiveReason('Veilig Thuis heeft dit zo besloten')).toBe(true));

  it('is what changing or removing a condition takes', () => {
    expect(changeGoal(completeDraft(), 'g-1', { kind: 'family' }, 'x')).toEqual({ ok: false, reason: 'condition-needs-reason' });
    expect(removeGoal(completeDraft(), 'g-1', 'x')).toEqual({ ok: false, reason: 'condition-needs-reason' });
    const removed = removeGoal(completeDraft(), 'g-1', REASON, undefined, LOTTE);
    expect(removed.ok && removed.plan.removedConditions.at(-1)).toMatchObject({ change: 'removed', subjectId: 'g-1', ...LOTTE });
  });
});

describe('bottom lines are as protected as conditions', () => {
  // Edited as a draft: a plan in force is not edited at all (statusGate.ts).
  const plan = completeDraft();

  it('change only with a substantive reason, recorded with the professional and the day', () => {
    expect(changeBottomLine(plan, 'bl-1', { actionWhen: 'Pas na twee incidenten.' }, 'ok')).toEqual({ ok: false, reason: 'bottom-line-needs-reason' });
    const changed = changeBottomLine(plan, 'bl-1', { actionWhen: 'Bij elk incident belt de gezinsbegeleider binnen een uur.' }, REASON, LOTTE);
    if (!changed.ok) throw new Error('a change with a reason is allowed');
    expect(changed.plan.bottomLines[0]?.actionWhen).toBe('Bij elk incident belt de gezinsbegeleider binnen een uur.');
    expect(changed.plan.removedConditions.at(-1)).toMatchObject({
      change: 'changed', subject: 'bottomLine', subjectId: 'bl-1', text: plan.bottomLines[0]!.requirement,
      actionWhen: plan.bottomLines[0]!.actionWhen, newActionWhen: 'Bij elk incident belt de gezinsbegeleider binnen een uur.', reason: REASON, ...LOTTE,
    });
    expect(checkPlan(changed.plan, FIXTURE_TODAY).filter((f) => f.ruleId === 'condition-history')).toEqual([]);
  });

  it('go only with a substantive reason; a blank one typed in this session goes freely', () => {
    expect(removeBottomLine(plan, 'bl-1')).toEqual({ ok: false, reason: 'bottom-line-needs-reason' });
    const removed = removeBottomLine(plan, 'bl-1', REASON, LOTTE);
    expect(removed.ok && removed.plan.bottomLines).toEqual([]);
    const blank = { ...plan, bottomLines: [...plan.bottomLines, { id: 'bl-new', requirement: '', actionWhen: '' }] };
    expect(removeBottomLine(blank, 'bl-new')).toEqual({ ok: true, plan: { ...blank, bottomLines: plan.bottomLines } });
  });

  it('are found when a wholesale replacement (a document, a merge) changed them without a record', () => {
    const silently = { ...plan, bottomLines: [{ ...plan.bottomLines[0]!, requirement: 'Minder ruzie.' }] };
    expect(unrecordedBottomLineChanges(plan, silently)).toEqual(['bl-1']);
    const recorded = changeBottomLine(plan, 'bl-1', { requirement: 'Minder ruzie.' }, REASON, LOTTE);
    expect(recorded.ok && unrecordedBottomLineChanges(plan, recorded.plan)).toEqual([]);
    expect(mergePlans(plan, silently, plan).unrecordedConditions).toEqual(['bl-1']);
  });
});

describe('the history is append-only', () => {
  // Edited as a draft: a plan in force is not edited at all (statusGate.ts).
  const plan = completeDraft();
  const record = plan.removedConditions[0]!;
  const extra = historyRecord({ id: 'rc-9', change: 'removed', text: 'Vader slaapt niet thuis.', reason: REASON }, LOTTE);

  it('an edit cannot remove a record, nor rewrite one; it may fill in what a record lacked', () => {
    expect(removeItemAt(plan, ['removedConditions'], 0)).toBe(plan);
    expect(applyEdit(plan, ['removedConditions', 0, 'reason'], 'x')).toEqual({ ok: false, reason: 'history-append-only' });
    expect(applyEdit(plan, ['removedConditions'], [])).toEqual({ ok: false, reason: 'history-append-only' });
    expect(applyEdit(plan, ['removedConditions', 0, 'professionalId'], 'p-bram')).toEqual({ ok: false, reason: 'history-append-only' });
    const open = { ...plan, removedConditions: [{ ...record, professionalId: null }] };
    const filled = applyEdit(open, ['removedConditions', 0, 'professionalId'], 'p-lotte');
    expect(filled.ok && filled.plan.removedConditions[0]?.professionalId).toBe('p-lotte');
  });

  it('the form shows a record\'s written facts read-only, keeps its order, and leaves open only what it lacked', () => {
    const two = { ...plan, removedConditions: [record, extra] };
    expect(moveItem(two, ['removedConditions'], 0, 1)).toBe(two);
    for (const key of ['text', 'source', 'reason', 'change', 'newText', 'subject', 'professionalId', 'date']) {
      expect(itemFieldFixed(['removedConditions'], record, key)).toBe(true);
    }
    const lacking = { ...record, professionalId: null, date: null };
    expect(itemFieldFixed(['removedConditions'], lacking, 'professionalId')).toBe(false);
    expect(itemFieldFixed(['removedConditions'], lacking, 'date')).toBe(false);
    expect(itemFieldFixed(['removedConditions'], lacking, 'reason')).toBe(true);
    // Other lists are edited as usual.
    expect(itemFieldFixed(['agreements'], plan.agreements[0]!, 'what')).toBe(false);
  });

  it('an edit elsewhere that replaced the list still keeps every record', () => {
    const shortened = setValue(plan, ['removedConditions'], []);
    expect(normalizeAfterEdit(plan, shortened).removedConditions).toEqual(plan.removedConditions);
    expect(normalizeAfterEdit(plan, plan)).toBe(plan);
  });

  it('shortenedHistory names what a copy lost or rewrote', () => {
    expect(shortenedHistory(plan, { ...plan, removedConditions: [] })).toEqual(['rc-1']);
    expect(shortenedHistory(plan, { ...plan, removedConditions: [{ ...record, reason: 'x' }] })).toEqual(['rc-1']);
    expect(shortenedHistory(plan, addItem(plan, ['removedConditions'], extra))).toEqual([]);
  });

  it('keepHistory restores lost and rewritten records, keeps new ones, and keeps the order of appending', () => {
    const withExtra = addItem(plan, ['removedConditions'], extra);
    const kept = keepHistory({ ...plan, removedConditions: [{ ...record, reason: 'x' }] }, withExtra);
    expect(kept.removedConditions).toEqual([record, extra]);
    expect(keepHistory(withExtra, plan)).toBe(withExtra);
  });

  it('a merge keeps the union: one side removed a record, the other appended one', () => {
    const mine = { ...plan, removedConditions: [] };
    const theirs = addItem(plan, ['removedConditions'], extra);
    const { merged } = mergePlans(plan, mine, theirs);
    expect(merged.removedConditions.map((r) => r.id)).toEqual(['rc-1', 'rc-9']);
    expect(mergePlans(plan, theirs, mine, 'theirs').merged.removedConditions.map((r) => r.id)).toEqual(['rc-1', 'rc-9']);
  });
});

describe('closing as safe enough while the plan says otherwise', () => {
  const NOW = new Date('2026-11-25T10:00:00Z');
  const WHY = 'Vader is verhuisd naar het buitenland; de kinderen wonen veilig bij moeder en oma.';
  const evaluated: Plan = { ...completePlan(), status: 'evaluated' };

  it('is refused without a professional\'s reason (scores of 4, 5 and 6)', () => {
    expect(closePlan(evaluated, { outcome: 'safe-enough', reason: 'Het gaat goed.' }, NOW)).toEqual({ ok: false, reason: 'closure-despite' });
    expect(closePlan(evaluated, { outcome: 'safe-enough', reason: 'Het gaat goed.', despiteReason: WHY, despiteById: 'd-sanne' }, NOW))
      .toEqual({ ok: false, reason: 'closure-despite' });
  });

  it('goes with a professional\'s reason, which the closure keeps; another outcome needs none', () => {
    const closed = closePlan(evaluated, { outcome: 'safe-enough', reason: 'Het gaat goed.', despiteReason: WHY, despiteById: 'p-lotte' }, NOW);
    expect(closed.ok && closed.plan.closure).toMatchObject({ outcome: 'safe-enough', despiteReason: WHY, despiteById: 'p-lotte' });
    expect(closed.ok && checkPlan(closed.plan, FIXTURE_TODAY).filter((f) => f.ruleId === 'closure-safe-enough')).toEqual([]);
    expect(closePlan(evaluated, { outcome: 'back-to-authority', reason: 'Het plan werkt niet.' }, NOW).ok).toBe(true);
  });

  it('is refused at the evaluation\'s decision too, judged on the evaluation being decided', () => {
    const open = { ...completePlan(), evaluations: completePlan().evaluations.map((e) => ({ ...e, decision: null })) };
    expect(doubtsAboutSafeEnough(open)).toEqual(['scores liggen onder de 7']);
    expect(decideEvaluation(open, { decision: 'close', outcome: 'safe-enough', reason: 'Het gaat goed.' }, NOW)).toEqual({ ok: false, reason: 'closure-despite' });
    const high = { ...open, evaluations: open.evaluations.map((e) => ({ ...e, scores: e.scores.map((sc) => ({ ...sc, score: 9 })) })) };
    expect(doubtsAboutSafeEnough(high)).toEqual([]);
    expect(decideEvaluation(high, { decision: 'close', outcome: 'safe-enough', reason: 'Het gaat goed.' }, NOW).ok).toBe(true);
  });
});
