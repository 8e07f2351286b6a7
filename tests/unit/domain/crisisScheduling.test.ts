import { conferenceTerm, networkSearch, suggestSessionDates, withinConferenceTerm } from '../../../src/domain/scheduling';

describe('the crisis conference term (seed 002: 2 or 3 sessions within 4 to 6 weeks of the referral)', () => {
  const term = conferenceTerm('2026-11-02');

  it('counts four and six weeks from the referral', () => {
    expect(term).toEqual({ referralDate: '2026-11-02', preferredEnd: '2026-11-30', end: '2026-12-14' });
  });

  it('holds the days after the referral up to and including the last day of the sixth week', () => {
    expect(withinConferenceTerm(term, '2026-11-02')).toBe(false);
    expect(withinConferenceTerm(term, '2026-11-03')).toBe(true);
    expect(withinConferenceTerm(term, '2026-12-14')).toBe(true);
    expect(withinConferenceTerm(term, '2026-12-15')).toBe(false);
  });

  it('proposes two sessions spread over the first four weeks, the first right after the referral', () => {
    expect(suggestSessionDates(term, '2026-11-02')).toEqual(['2026-11-03', '2026-11-30']);
    expect(suggestSessionDates(term, '2026-11-02', 3)).toEqual(['2026-11-03', '2026-11-16', '2026-11-29']);
  });

  it('counts from the referral, not from today: later in the term the sessions still end inside it', () => {
    const dates = suggestSessionDates(term, '2026-11-20');
    expect(dates[0]).toBe('2026-11-21');
    for (const d of dates) expect(withinConferenceTerm(term, d)).toBe(true);
    expect(suggestSessionDates(term, '2026-12-14')).toEqual([]);
  });

  it('searches the calendar in the term of a crisis plan, and six weeks from now for a regular plan', () => {
    const now = new Date('2026-11-10T09:00:00.000Z');
    const crisis = networkSearch({ variant: 'crisis', referralDate: '2026-11-02' }, now);
    expect(crisis.window).toEqual({ start: '2026-11-11T00:00:00.000Z', end: '2026-12-15T00:00:00.000Z' });
    expect(crisis.preferredEnd.startsWith('2026-11-30')).toBe(true);
    const regular = networkSearch({ variant: 'standard', referralDate: '2026-11-02' }, now);
    expect(regular.window.end).toBe('2026-12-22T09:00:00.000Z');
  });
});
