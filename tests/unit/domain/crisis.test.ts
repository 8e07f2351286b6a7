import { addConferenceSessions, bottomLinesBesideConditions, feedFromThreeHouses, sessionsToPlan, sideBySide } from '../../../src/domain';
import { completePlan } from '../../fixtures';
import { crisisPlan } from '../../fixtures/crisisPlan';

describe('sideBySide()', () => {
  it('puts each analysis item under whose view it is, blank ones left out', () => {
    const plan = { ...completePlan(), concernFacts: [
      { id: 'a', text: 'Gezin', perspective: 'family' as const },
      { id: 'b', text: ' ', perspective: 'network' as const },
      { id: 'c', text: 'Onbekend', perspective: null },
    ] };
    const concerns = sideBySide(plan).find((r) => r.list === 'concernFacts')!;
    expect(concerns.columns.family.map((i) => i.id)).toEqual(['a']);
    expect(concerns.columns.network).toEqual([]);
    expect(concerns.columns.unknown.map((i) => i.id)).toEqual(['c']);
    expect(sideBySide(plan).map((r) => r.list)).toEqual(['concernFacts', 'dangerStatements', 'strengths']);
  });
});

describe('feedFromThreeHouses()', () => {
  it("adds a child's good things to the strengths as the child's own view, with the child's name", () => {
    const plan = completePlan();
    const next = feedFromThreeHouses(plan, 'th-mila', 'goodThings', 'st-new');
    expect(next.strengths.at(-1)).toEqual({ id: 'st-new', text: 'Mila Yilmaz: Bij oma Ria logeren.', perspective: 'child' });
    expect(feedFromThreeHouses(next, 'th-mila', 'goodThings', 'st-again')).toBe(next);
  });

  it('changes nothing for an empty house or an unknown one', () => {
    const plan = { ...completePlan(), threeHouses: [{ id: 'h', childId: null, worries: ' ', goodThings: '', dreams: '' }] };
    expect(feedFromThreeHouses(plan, 'h', 'worries')).toBe(plan);
    expect(feedFromThreeHouses(plan, 'nope', 'worries')).toBe(plan);
  });
});

describe('bottomLinesBesideConditions()', () => {
  it('shows a crisis plan\'s written bottom lines, and none of a regular plan', () => {
    expect(bottomLinesBesideConditions(crisisPlan()).map((b) => b.id)).toEqual(['bl-1', 'bl-2']);
    expect(bottomLinesBesideConditions({ ...crisisPlan(), variant: 'standard' })).toEqual([]);
    expect(bottomLinesBesideConditions({ ...crisisPlan(), bottomLines: [{ id: 'x', requirement: ' ', actionWhen: 'x' }] })).toEqual([]);
  });
});

describe('sessionsToPlan() and addConferenceSessions()', () => {
  const fresh = { ...crisisPlan(), networkMeetings: [] };

  it('proposes two sessions in the term of a crisis plan without sessions', () => {
    expect(sessionsToPlan(fresh, '2026-10-28')).toEqual(['2026-10-29', '2026-11-25']);
  });

  it('proposes only what brings the dated sessions to two', () => {
    const one = addConferenceSessions(fresh, ['2026-11-02'], () => 's1');
    expect(sessionsToPlan(one, '2026-10-30')).toEqual(['2026-11-25']);
    expect(sessionsToPlan(crisisPlan(), '2026-10-30')).toEqual([]);
  });

  it('proposes nothing for a regular plan, or a crisis plan without referral date', () => {
    expect(sessionsToPlan({ ...fresh, variant: 'standard' }, '2026-10-30')).toEqual([]);
    expect(sessionsToPlan({ ...fresh, referralDate: null }, '2026-10-30')).toEqual([]);
  });

  it('adds the sessions as network meetings without a calendar event', () => {
    let n = 0;
    const next = addConferenceSessions(fresh, ['2026-10-29', '2026-11-25'], () => `s${++n}`);
    expect(next.networkMeetings).toEqual([
      { id: 's1', date: '2026-10-29', attendeeIds: [], notes: '', event: null },
      { id: 's2', date: '2026-11-25', attendeeIds: [], notes: '', event: null },
    ]);
    expect(addConferenceSessions(fresh, [])).toBe(fresh);
  });
});
