import { REMINDER_WINDOW_DAYS, addDays, daysBetween, isoDay, reminderState } from '../../../src/domain';
import type { ReminderSource } from '../../../src/domain';
import { evaluationPlan, onDay } from './evaluationPlan';

/** A plan summary as the store lists it: evaluation on 15 January, valid until 1 February. */
const summary = (overrides: Partial<ReminderSource> = {}): ReminderSource => ({
  status: 'active', validUntil: '2027-02-01', evaluationDate: '2027-01-15', hasEvaluationDecision: false, ...overrides,
});

describe('reminderState()', () => {
  it('warns when the evaluation is exactly 14 days away, and not at 15', () => {
    expect(REMINDER_WINDOW_DAYS).toBe(14);
    expect(reminderState(summary(), onDay('2027-01-01'))).toEqual([{ kind: 'evaluation-due', days: 14 }]);
    expect(reminderState(summary(), onDay('2026-12-31'))).toEqual([]);
  });

  it('counts calendar days, whatever the hour of the injected clock', () => {
    expect(reminderState(summary(), onDay('2027-01-01', 0))).toEqual([{ kind: 'evaluation-due', days: 14 }]);
    expect(reminderState(summary(), onDay('2027-01-01', 23))).toEqual([{ kind: 'evaluation-due', days: 14 }]);
  });

  it('says the evaluation is due today on its day', () => {
    expect(reminderState(summary(), onDay('2027-01-15'))).toEqual([{ kind: 'evaluation-due', days: 0 }]);
  });

  it('marks an evaluation overdue from the day after its date', () => {
    expect(reminderState(summary(), onDay('2027-01-16'))).toEqual([{ kind: 'evaluation-overdue', days: 1 }]);
  });

  it('warns when validity ends exactly 14 days from today, and not at 15', () => {
    const s = summary({ evaluationDate: null });
    expect(reminderState(s, onDay('2027-01-18'))).toEqual([{ kind: 'validity-ending', days: 14 }]);
    expect(reminderState(s, onDay('2027-01-17'))).toEqual([]);
    expect(reminderState(s, onDay('2027-02-01'))).toEqual([{ kind: 'validity-ending', days: 0 }]);
  });

  it('marks a plan past its end date without a decision plainly, most urgent first', () => {
    expect(reminderState(summary(), onDay('2027-02-03'))).toEqual([
      { kind: 'expired-without-decision', days: 2 },
      { kind: 'evaluation-overdue', days: 19 },
    ]);
  });

  it('shows both an evaluation and an end date coming up', () => {
    expect(reminderState(summary(), onDay('2027-01-20'))).toEqual([{ kind: 'evaluation-overdue', days: 5 }, { kind: 'validity-ending', days: 12 }]);
  });

  it('has nothing to say about drafts and closed plans', () => {
    expect(reminderState(summary({ status: 'draft' }), onDay('2027-03-01'))).toEqual([]);
    expect(reminderState(summary({ status: 'closed' }), onDay('2027-03-01'))).toEqual([]);
  });

  it('stays quiet for an evaluated plan with a decision, and speaks for one without', () => {
    expect(reminderState(summary({ status: 'evaluated', hasEvaluationDecision: true }), onDay('2027-03-01'))).toEqual([]);
    expect(reminderState(summary({ status: 'evaluated' }), onDay('2027-03-01'))[0]?.kind).toBe('expired-without-decision');
  });

  it('takes a full plan as well as a summary', () => {
    const plan = evaluationPlan();
    expect(reminderState(plan, onDay('2027-01-01'))).toEqual([{ kind: 'evaluation-due', days: 14 }]);
    const decided = evaluationPlan({
      status: 'evaluated',
      evaluations: [{ id: 'e', date: '2027-01-15', attendeeIds: [], scores: [], agreementReviews: [], childVoices: [], wentWell: '', hard: '', decision: 'extend', planVersion: 1 }],
    });
    expect(reminderState(decided, onDay('2027-03-01'))).toEqual([]);
  });

  it('crosses month and year ends correctly', () => {
    expect(reminderState(summary({ evaluationDate: '2027-01-05', validUntil: null }), onDay('2026-12-22'))).toEqual([{ kind: 'evaluation-due', days: 14 }]);
  });
});

describe('calendar day helpers', () => {
  it('isoDay() gives the local calendar day', () => {
    expect(isoDay(new Date(2027, 0, 5, 23, 59))).toBe('2027-01-05');
    expect(isoDay(new Date(2027, 0, 5, 0, 1))).toBe('2027-01-05');
  });

  it('daysBetween() and addDays() agree, also over a leap day', () => {
    expect(daysBetween('2028-02-27', '2028-03-01')).toBe(3);
    expect(addDays('2028-02-27', 3)).toBe('2028-03-01');
    expect(addDays('2027-01-15', -14)).toBe('2027-01-01');
  });
});
