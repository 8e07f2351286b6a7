import { cancelMeeting, createMeeting, evaluationFollowUp, moveMeeting, networkMeetingPeople, participantsFor, rerank, roleFor, suggestTimes } from '../../../src/app/scheduling';
import type { Calendar, EventRequest, FindTimesRequest, MeetingSuggestion } from '../../../src/app/ports';
import type { CalendarEventRef, Plan } from '../../../src/domain';
import { NotFoundError } from '../../../src/domain';
import { evaluationEventFollowUp, mayChangeMeeting, meetingRole, networkMeetingWindow, rankSuggestions, setPhoneAnswer } from '../../../src/domain/scheduling';
import { basePlan } from '../adapters/graph/planFixture';

const NOW = new Date('2026-11-24T10:00:00Z');

function fakeCalendar(suggestions: MeetingSuggestion[] = [], me: string[] = ['l.smit@contoso.nl'], notFound = false) {
  const finds: FindTimesRequest[] = [];
  const creates: EventRequest[] = [];
  const other: string[] = [];
  const calendar: Calendar = {
    findMeetingTimes: async (r) => { finds.push(r); return suggestions; },
    createEvent: async (r) => { creates.push(r); return { eventId: 'ev1', joinUrl: 'https://teams/join', transactionId: r.transactionId }; },
    updateEventTime: async (id, start) => { other.push(`move:${id}:${start}`); if (notFound) throw new NotFoundError('event'); },
    cancelEvent: async (id) => { other.push(`cancel:${id}`); if (notFound) throw new NotFoundError('event'); },
    mailboxOwner: async () => { other.push('whoami'); return { addresses: me }; },
  };
  return { calendar, finds, creates, other };
}

const slot = (start: string, availability: MeetingSuggestion['attendeeAvailability'][number]['availability'] = 'free', confidence = 100): MeetingSuggestion => ({
  start, end: start.replace('T09', 'T10'), confidence, attendeeAvailability: [{ email: 'fatima@contoso.nl', availability }],
});

describe('participantsFor()', () => {
  it('invites professionals and adults with e-mail, never children, and phones the rest', () => {
    const p = participantsFor(basePlan, ['pro', 'mother', 'child', 'grandpa']);
    expect(p.attendees).toEqual([
      { name: 'Fatima El Amrani', email: 'fatima@contoso.nl', inTenant: true, optional: false },
      { name: 'Anna Jansen', email: 'anna@example.net', inTenant: false },
    ]);
    expect(p.phoneOnly).toEqual([{ id: 'grandpa', name: 'Opa Kees' }]);
    expect(p.externalKeys).toEqual(['anna@example.net', 'grandpa']);
  });
});

describe('suggestTimes()', () => {
  it('searches the next six weeks for network meetings with the organiser optional', async () => {
    const { calendar, finds } = fakeCalendar();
    const result = await suggestTimes({ calendar, clock: { now: () => NOW } }, { kind: 'network', plan: basePlan, personIds: ['pro'], durationMinutes: 120 });
    expect(finds[0]).toMatchObject({ windowStart: '2026-11-25T00:00:00.000Z', windowEnd: '2027-01-05T10:00:00.000Z', isOrganizerOptional: true, durationMinutes: 120 });
    expect(result.slots).toEqual([]);
  });

  it('searches the conference term of a crisis plan: from the referral, not from today (seed 002)', async () => {
    const { calendar, finds } = fakeCalendar([slot('2026-11-26T09:00:00.000Z'), slot('2026-12-03T09:00:00.000Z')]);
    const plan: Plan = { ...basePlan, variant: 'crisis', referralDate: '2026-11-10' };
    const result = await suggestTimes({ calendar, clock: { now: () => NOW } }, { kind: 'network', plan, personIds: ['pro'], durationMinutes: 120 });
    // Six weeks after 10 November end on 22 December (a regular plan would search until 5 January).
    expect(finds[0]).toMatchObject({ windowStart: '2026-11-25T00:00:00.000Z', windowEnd: '2026-12-23T00:00:00.000Z' });
    // The first four weeks (until 8 December) rank as preferred.
    expect(result.preferredEnd?.startsWith('2026-12-08')).toBe(true);
    expect(result.slots.every((s) => s.preferred)).toBe(true);
  });

  it('searches the evaluation day for the evaluation', async () => {
    const { calendar, finds } = fakeCalendar([slot('2027-01-15T09:00:00.000Z')]);
    await suggestTimes({ calendar, clock: { now: () => NOW } }, { kind: 'evaluation', plan: basePlan, personIds: ['pro'], durationMinutes: 60 });
    expect(finds[0]).toMatchObject({ windowStart: '2027-01-15T07:00:00.000Z', windowEnd: '2027-01-15T19:00:00.000Z', isOrganizerOptional: false });
  });

  it('re-ranks by phone answers: a slot where an outsider cannot come drops below one where they can', async () => {
    const a = slot('2026-12-01T09:00:00.000Z');
    const b = slot('2026-12-02T09:00:00.000Z');
    const { calendar } = fakeCalendar([a, b]);
    const found = await suggestTimes({ calendar, clock: { now: () => NOW } }, { kind: 'network', plan: basePlan, personIds: ['pro', 'grandpa'], durationMinutes: 60 });
    expect(found.slots.map((s) => s.suggestion.start)).toEqual([a.start, b.start]);
    let answers = setPhoneAnswer({}, a.start, 'grandpa', 'no');
    answers = setPhoneAnswer(answers, b.start, 'grandpa', 'yes');
    const ranked = rerank(found, answers);
    expect(ranked.map((s) => s.suggestion.start)).toEqual([b.start, a.start]);
    expect(ranked[0]).toMatchObject({ available: 2, unavailable: 0, unknown: 0, total: 2 });
  });
});

describe('rankSuggestions()', () => {
  it('prefers free over tentative, and earlier slots on a tie', () => {
    const ranked = rankSuggestions([slot('2026-12-03T09:00:00.000Z'), slot('2026-12-01T09:00:00.000Z', 'tentative'), slot('2026-12-02T09:00:00.000Z')], [], {});
    expect(ranked.map((r) => r.suggestion.start)).toEqual(['2026-12-02T09:00:00.000Z', '2026-12-03T09:00:00.000Z', '2026-12-01T09:00:00.000Z']);
  });
});

describe('networkMeetingWindow()', () => {
  it('runs from the next day to six weeks from now', () => {
    expect(networkMeetingWindow(new Date('2026-02-27T23:30:00Z'))).toEqual({ start: '2026-02-28T00:00:00.000Z', end: '2026-04-10T23:30:00.000Z' });
  });
});

describe('createMeeting(), moveMeeting(), cancelMeeting()', () => {
  const tx = 'tx-fixed';
  it('stores the event id and join URL in section 9, and passes the caller transactionId through', async () => {
    const { calendar, creates } = fakeCalendar();
    const attendees = participantsFor(basePlan, ['pro', 'mother']).attendees;
    const plan = await createMeeting({ calendar }, basePlan, { target: { kind: 'evaluation' }, start: '2027-01-15T09:00:00.000Z', end: '2027-01-15T10:00:00.000Z', attendees, locale: 'nl', transactionId: tx });
    expect(plan.evaluationEvent).toEqual({ eventId: 'ev1', joinUrl: 'https://teams/join', transactionId: tx });
    expect(creates[0]).toMatchObject({ kind: 'evaluation', transactionId: tx, timeZone: 'UTC' });
    expect(JSON.stringify(creates[0])).not.toContain('Sem');
  });

  it('adds a network meeting with its event', async () => {
    const { calendar } = fakeCalendar();
    const plan = await createMeeting({ calendar }, basePlan, { target: { kind: 'network', meetingId: 'nm1' }, start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T11:00:00.000Z', attendees: [], locale: 'nl', transactionId: tx });
    expect(plan.networkMeetings).toEqual([{ id: 'nm1', date: '2026-12-01', attendeeIds: [], notes: '', event: { eventId: 'ev1', joinUrl: 'https://teams/join', transactionId: tx } }]);
  });

  const ownRef: CalendarEventRef = { eventId: 'ev1', joinUrl: '', transactionId: tx, organizerEmail: 'l.smit@contoso.nl', organizerName: 'Lotte Smit', iCalUId: 'uid-1' };
  const planOf = (ref: CalendarEventRef): Plan => ({ ...basePlan, evaluationEvent: ref });

  it('lets the organiser move and cancel the stored event', async () => {
    const { calendar, other } = fakeCalendar();
    const moved = await moveMeeting({ calendar }, planOf(ownRef), { kind: 'evaluation' }, '2027-01-20T09:00:00.000Z', '2027-01-20T10:00:00.000Z');
    if (!moved.ok) throw new Error('not moved');
    expect(moved.plan.evaluationDate).toBe('2027-01-20');
    expect(moved.plan.evaluationEvent).toEqual(ownRef);
    const cancelled = await cancelMeeting({ calendar }, moved.plan, { kind: 'evaluation' }, 'nl');
    expect(cancelled.ok && cancelled.plan.evaluationEvent).toBeNull();
    expect(other).toEqual(['whoami', 'move:ev1:2027-01-20T09:00:00.000Z', 'whoami', 'cancel:ev1']);
  });

  it('refuses a colleague without sending anything to the calendar, naming the organiser', async () => {
    const { calendar, other } = fakeCalendar([], ['b.kuipers@contoso.nl']);
    const refusal = { ok: false, reason: 'colleague', organizerName: 'Lotte Smit', organizerEmail: 'l.smit@contoso.nl' };
    expect(await moveMeeting({ calendar }, planOf(ownRef), { kind: 'evaluation' }, '2027-01-20T09:00:00.000Z', '2027-01-20T10:00:00.000Z')).toEqual(refusal);
    expect(await cancelMeeting({ calendar }, planOf(ownRef), { kind: 'evaluation' }, 'nl')).toEqual(refusal);
    expect(other).toEqual(['whoami', 'whoami']);
  });

  it('tries an older reference without organiser, and reports a 404 as not in the user calendar', async () => {
    const { calendar, other } = fakeCalendar([], ['b.kuipers@contoso.nl'], true);
    const legacy = planOf({ eventId: 'ev1', joinUrl: '', transactionId: tx });
    expect(await cancelMeeting({ calendar }, legacy, { kind: 'evaluation' }, 'nl')).toEqual({ ok: false, reason: 'notInCalendar' });
    expect(other).toEqual(['cancel:ev1']);
  });
});

describe('meetingRole() and roleFor()', () => {
  const ref: CalendarEventRef = { eventId: 'e', joinUrl: '', transactionId: 't', organizerEmail: 'L.Smit@contoso.nl', organizerName: 'Lotte Smit' };

  it('recognises the organiser by e-mail address or UPN, in any case', () => {
    expect(meetingRole(ref, ['lotte@contoso.onmicrosoft.com', 'l.smit@CONTOSO.nl'])).toEqual({ kind: 'organiser' });
    expect(meetingRole(ref, ['b.kuipers@contoso.nl'])).toEqual({ kind: 'colleague', organizerName: 'Lotte Smit', organizerEmail: 'l.smit@contoso.nl' });
  });

  it('is unknown for a reference without organiser, or when the signed-in user is unknown; only a colleague may not change it', () => {
    expect(meetingRole({ eventId: 'e', joinUrl: '', transactionId: 't' }, ['x@y.nl'])).toEqual({ kind: 'unknown' });
    expect(meetingRole(ref, null)).toEqual({ kind: 'unknown' });
    expect([{ kind: 'organiser' as const }, { kind: 'unknown' as const }].every(mayChangeMeeting)).toBe(true);
    expect(mayChangeMeeting({ kind: 'colleague', organizerName: '', organizerEmail: 'a@b.nl' })).toBe(false);
  });

  it('asks who is signed in only when the reference names an organiser, and copes with a failure', async () => {
    const { calendar, other } = fakeCalendar();
    expect(await roleFor({ calendar }, { eventId: 'e', joinUrl: '', transactionId: 't' })).toEqual({ kind: 'unknown' });
    expect(other).toEqual([]);
    const failing: Calendar = { ...calendar, mailboxOwner: async () => { throw new NotFoundError('me'); } };
    expect(await roleFor({ calendar: failing }, ref)).toEqual({ kind: 'unknown' });
  });
});

describe('evaluationEventFollowUp()', () => {
  const withEvent = { ...basePlan, evaluationEvent: { eventId: 'ev1', joinUrl: '', transactionId: 't' } };
  it('offers to move the meeting when the date changes and to cancel it when the date is cleared', () => {
    expect(evaluationEventFollowUp(withEvent, { ...withEvent, evaluationDate: '2027-01-20' })).toEqual({ kind: 'move', eventId: 'ev1', date: '2027-01-20' });
    expect(evaluationEventFollowUp(withEvent, { ...withEvent, evaluationDate: null })).toEqual({ kind: 'cancel', eventId: 'ev1' });
    expect(evaluationEventFollowUp(withEvent, withEvent)).toEqual({ kind: 'none' });
  });
});

describe('evaluationFollowUp()', () => {
  const booked = { ...basePlan, evaluationEvent: { eventId: 'ev1', joinUrl: '', transactionId: 't1' } };

  it('offers nothing while the plan date is the booked date', () => {
    expect(evaluationFollowUp(booked, '2027-01-15')).toEqual({ kind: 'none' });
  });

  it('offers to move the meeting when the plan date moved away from the booked date', () => {
    expect(evaluationFollowUp({ ...booked, evaluationDate: '2027-01-22' }, '2027-01-15')).toEqual({ kind: 'move', eventId: 'ev1', date: '2027-01-22' });
  });

  it('offers to cancel the meeting when the plan date was cleared', () => {
    expect(evaluationFollowUp({ ...booked, evaluationDate: null }, '2027-01-15')).toEqual({ kind: 'cancel', eventId: 'ev1' });
  });

  it('offers nothing without a booked meeting', () => {
    expect(evaluationFollowUp({ ...basePlan, evaluationDate: null }, '2027-01-15')).toEqual({ kind: 'none' });
  });
});

describe('networkMeetingPeople()', () => {
  it('invites professionals, adults and taking-part network members, never children', () => {
    const plan = { ...basePlan, socialNetwork: [...basePlan.socialNetwork, { ...basePlan.socialNetwork[0]!, id: 'neighbour', participates: false }] };
    expect(networkMeetingPeople(plan)).toEqual(['pro', 'mother', 'grandpa']);
  });
});
