/**
 * @jest-environment node
 */
import type { Calendar as GraphCalendarResource, Event, MeetingTimeSuggestionsResult } from '@microsoft/microsoft-graph-types';
import { HttpResponse } from 'msw';
import { GraphCalendar } from '../../../../src/adapters/graph/calendar';
import { cancelMeeting, createMeeting, moveMeeting, participantsFor } from '../../../../src/app/scheduling';
import type { EventRequest, FindTimesRequest } from '../../../../src/app/ports';
import { consentFor, scopesFor } from '../../../../src/auth/scopes';
import { NotFoundError, PermissionError, ServerError } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { createCalendarState, eventsOf, handleCalendarRequest, toFetchResponse } from '../../../fakes/graph/calendar';
import type { CalendarState, MailboxUser } from '../../../fakes/graph/calendar';
import { basePlan } from './planFixture';
import { graphError, graphServer, testContext } from './graphServer';
import type { LoggedRequest } from './graphServer';

// Microsoft's permission map is enforced on every request: the calendar adapter's scopes (and User.Read for /me).
const graph = graphServer({ scopes: scopesFor(['calendar', 'profile']) });
beforeAll(() => graph.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => graph.reset());
afterAll(() => graph.server.close());

const findRequest: FindTimesRequest = {
  attendees: [
    { name: 'Fatima', email: 'fatima@contoso.nl', inTenant: true },
    { name: 'Anna', email: 'anna@example.net', inTenant: false },
  ],
  durationMinutes: 90,
  windowStart: '2026-11-25T00:00:00.000Z',
  windowEnd: '2027-01-05T10:00:00.000Z',
  isOrganizerOptional: true,
};

const suggestionResult: MeetingTimeSuggestionsResult = {
  emptySuggestionsReason: '',
  meetingTimeSuggestions: [{
    confidence: 100,
    organizerAvailability: 'free',
    suggestionReason: 'Suggested because it is one of the nearest times when all attendees are available.',
    meetingTimeSlot: { start: { dateTime: '2026-12-01T09:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2026-12-01T10:30:00.0000000', timeZone: 'UTC' } },
    attendeeAvailability: [{ attendee: { type: 'required', emailAddress: { address: 'Fatima@contoso.nl' } }, availability: 'free' }],
    locations: [],
  }],
};

describe('GraphCalendar.findMeetingTimes()', () => {
  it('asks for unrestricted hours in UTC with only tenant attendees, and maps each attendee availability', async () => {
    graph.on('POST', '/me/findMeetingTimes', () => HttpResponse.json(suggestionResult));
    const suggestions = await new GraphCalendar(testContext()).findMeetingTimes(findRequest);
    const [req] = graph.log;
    expect(req!.headers.get('Prefer')).toBe('outlook.timezone="UTC"');
    const body = JSON.parse(req!.body) as Record<string, unknown>;
    expect(body).toMatchObject({
      attendees: [{ type: 'required', emailAddress: { address: 'fatima@contoso.nl' } }],
      timeConstraint: { activityDomain: 'unrestricted', timeSlots: [{ start: { dateTime: '2026-11-25T00:00:00.000', timeZone: 'UTC' } }] },
      meetingDuration: 'PT1H30M',
      isOrganizerOptional: true,
    });
    expect(suggestions).toEqual([{
      start: '2026-12-01T09:00:00.000Z', end: '2026-12-01T10:30:00.000Z', confidence: 100,
      attendeeAvailability: [{ email: 'fatima@contoso.nl', availability: 'free' }],
    }]);
  });

  it('returns no suggestions when Graph finds none', async () => {
    graph.on('POST', '/me/findMeetingTimes', () => HttpResponse.json({ meetingTimeSuggestions: [], emptySuggestionsReason: 'AttendeesUnavailable' } satisfies MeetingTimeSuggestionsResult));
    expect(await new GraphCalendar(testContext()).findMeetingTimes(findRequest)).toEqual([]);
  });

  it('names Calendars.ReadWrite when consent is missing (403)', async () => {
    graph.on('POST', '/me/findMeetingTimes', () => graphError(403, 'ErrorAccessDenied', 'Access is denied. Check credentials and try again.'));
    const error = await new GraphCalendar(testContext()).findMeetingTimes(findRequest).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).details.scope).toContain('Calendars.ReadWrite');
  });

  it('with only Calendars.ReadWrite granted, the permission map refuses findMeetingTimes (403) and the error names the calendar capability', async () => {
    graph.enforceScopes(['Calendars.ReadWrite']);
    let answered = false;
    graph.on('POST', '/me/findMeetingTimes', () => { answered = true; return HttpResponse.json(suggestionResult); });
    const error = await new GraphCalendar(testContext()).findMeetingTimes(findRequest).catch((e: unknown) => e);
    expect(answered).toBe(false);
    expect(error).toBeInstanceOf(PermissionError);
    expect((error as PermissionError).status).toBe(403);
    expect((error as PermissionError).missingConsent).toBe(consentFor('calendar'));
    expect(graph.log).toHaveLength(1);
  });
});

const eventRequest: EventRequest = {
  kind: 'evaluation', start: '2027-01-15T09:00:00.000Z', end: '2027-01-15T10:00:00.000Z', timeZone: 'UTC',
  attendees: findRequest.attendees, transactionId: 'tx-1', locale: 'nl',
};

const createdEvent: Event = { id: 'AAMkAD=', onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc' } };

describe('GraphCalendar.createEvent()', () => {
  it('creates a neutral Teams meeting with reminder and transactionId when the calendar allows Teams', async () => {
    graph.on('GET', '/me/calendar', () => HttpResponse.json({ allowedOnlineMeetingProviders: ['teamsForBusiness'] } satisfies GraphCalendarResource));
    graph.on('POST', '/me/events', () => HttpResponse.json(createdEvent, { status: 201 }));
    const ref = await new GraphCalendar(testContext()).createEvent(eventRequest);
    expect(graph.log).toHaveLength(2);
    expect(graph.log[0]!.url.searchParams.get('$select')).toBe('allowedOnlineMeetingProviders');
    const body = JSON.parse(graph.log[1]!.body) as Event;
    expect(body).toMatchObject({
      subject: 'Evaluatiegesprek', isOnlineMeeting: true, onlineMeetingProvider: 'teamsForBusiness', transactionId: 'tx-1',
      isReminderOn: true, reminderMinutesBeforeStart: 1440,
      start: { dateTime: '2027-01-15T09:00:00.000', timeZone: 'UTC' },
      attendees: [
        { type: 'required', emailAddress: { address: 'fatima@contoso.nl' } },
        { type: 'required', emailAddress: { address: 'anna@example.net' } },
      ],
    });
    expect(body.location).toBeUndefined();
    expect(ref).toEqual({ eventId: 'AAMkAD=', joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc', transactionId: 'tx-1' });
  });

  it('leaves the online meeting out when the calendar does not offer Teams', async () => {
    graph.on('GET', '/me/calendar', () => HttpResponse.json({ allowedOnlineMeetingProviders: ['unknown'] } satisfies GraphCalendarResource));
    graph.on('POST', '/me/events', () => HttpResponse.json({ id: 'e2' } satisfies Event, { status: 201 }));
    const ref = await new GraphCalendar(testContext()).createEvent(eventRequest);
    const body = JSON.parse(graph.log[1]!.body) as Event;
    expect(body.isOnlineMeeting).toBe(false);
    expect(body.onlineMeetingProvider).toBeUndefined();
    expect(body.location).toEqual({ displayName: 'Locatie volgt via de hulpverlener' });
    expect(ref.joinUrl).toBe('');
  });

  it('retries a failed create with the same transactionId, so the calendar cannot book it twice', async () => {
    graph.on('GET', '/me/calendar', () => HttpResponse.json({ allowedOnlineMeetingProviders: ['teamsForBusiness'] }));
    graph.on('POST', '/me/events', (_req, attempt) => (attempt === 1 ? graphError(503, 'ServiceUnavailable', 'busy', { 'Retry-After': '0' }) : HttpResponse.json(createdEvent, { status: 201 })));
    await new GraphCalendar(testContext()).createEvent(eventRequest);
    const posts = graph.log.filter((r) => r.method === 'POST');
    expect(posts).toHaveLength(2);
    expect(posts.map((p) => (JSON.parse(p.body) as Event).transactionId)).toEqual(['tx-1', 'tx-1']);
  });

  it('asks the calendar for its providers once per session', async () => {
    graph.on('GET', '/me/calendar', () => HttpResponse.json({ allowedOnlineMeetingProviders: ['teamsForBusiness'] }));
    graph.on('POST', '/me/events', () => HttpResponse.json(createdEvent, { status: 201 }));
    const calendar = new GraphCalendar(testContext());
    await calendar.createEvent(eventRequest);
    await calendar.createEvent({ ...eventRequest, transactionId: 'tx-2' });
    expect(graph.log.map((r) => r.method)).toEqual(['GET', 'POST', 'POST']);
  });

  it('puts no plan content in the invitation', async () => {
    graph.on('GET', '/me/calendar', () => HttpResponse.json({ allowedOnlineMeetingProviders: [] }));
    graph.on('POST', '/me/events', () => HttpResponse.json(createdEvent, { status: 201 }));
    await new GraphCalendar(testContext()).createEvent({ ...eventRequest, kind: 'network', locale: 'en' });
    const body = JSON.parse(graph.log[1]!.body) as Event;
    expect(body.subject).toBe('Network meeting');
    expect(body.body?.content).not.toMatch(/Jansen|Sem|zorg/i);
  });
});

describe('GraphCalendar.updateEventTime() and cancelEvent()', () => {
  it('moves the event with one PATCH of start and end', async () => {
    graph.on('PATCH', '/me/events/AAMkAD=', () => HttpResponse.json(createdEvent));
    await new GraphCalendar(testContext()).updateEventTime('AAMkAD=', '2027-01-16T09:00:00.000Z', '2027-01-16T10:00:00.000Z', 'UTC');
    expect(JSON.parse(graph.log[0]!.body)).toEqual({
      start: { dateTime: '2027-01-16T09:00:00.000', timeZone: 'UTC' }, end: { dateTime: '2027-01-16T10:00:00.000', timeZone: 'UTC' },
    });
  });

  it('cancels with one POST to /cancel carrying the comment', async () => {
    graph.on('POST', '/me/events/AAMkAD=/cancel', () => new HttpResponse(null, { status: 202 }));
    await new GraphCalendar(testContext()).cancelEvent('AAMkAD=', 'Gaat niet door');
    expect(JSON.parse(graph.log[0]!.body)).toEqual({ comment: 'Gaat niet door' });
  });
});

// ---- Against the documented-behaviour calendar fake (tests/fakes/graph/calendar.ts) ----

const LOTTE: MailboxUser = { id: 'lotte', displayName: 'Lotte Smit', mail: 'l.smit@contoso.nl', userPrincipalName: 'lotte@contoso.onmicrosoft.com' };
const BRAM: MailboxUser = { id: 'bram', displayName: 'Bram Kuipers', mail: 'b.kuipers@contoso.nl', userPrincipalName: 'b.kuipers@contoso.nl' };

/** Routes every /me request to the fake, as the user `who()` names (the test switches who is signed in). */
function useFakeCalendar(state: CalendarState, who: () => MailboxUser): void {
  const respond = (req: LoggedRequest) => {
    const answer = handleCalendarRequest(state, {
      method: req.method, path: req.path, query: req.url.searchParams, body: req.body ? (JSON.parse(req.body) as unknown) : null, userId: who().id,
    });
    return toFetchResponse(answer ?? { status: 501, body: { error: { code: 'notPlanned', message: req.path } } });
  };
  for (const method of ['GET', 'POST', 'PATCH']) graph.on(method, /^\/me(\/|$)/, respond);
}

/** The plan of the component tests, with the evaluation place a family's home address. */
const plan: Plan = { ...basePlan, evaluationPlace: 'Bij familie Jansen thuis, Dorpsstraat 1', evaluationAttendeeIds: ['pro', 'mother', 'child', 'grandpa'] };

function calendarFor(user: { current: MailboxUser }, state: CalendarState) {
  useFakeCalendar(state, () => user.current);
  return new GraphCalendar(testContext());
}

describe('GraphCalendar with the calendar fake: the invitation', () => {
  it.each([
    ['with Teams', ['teamsForBusiness']],
    ['without Teams', []],
  ])('carries no family name, child name, address, concern or display name anywhere (%s)', async (_label, providers) => {
    const state = createCalendarState([LOTTE, { ...BRAM, mail: 'fatima@contoso.nl' }], { allowedOnlineMeetingProviders: providers });
    const calendar = calendarFor({ current: LOTTE }, state);
    const { attendees } = participantsFor(plan, plan.evaluationAttendeeIds);
    await createMeeting({ calendar }, plan, {
      target: { kind: 'evaluation' }, start: '2027-01-15T09:00:00.000Z', end: '2027-01-15T10:00:00.000Z', attendees, locale: 'nl', transactionId: 'tx-private',
    });
    const post = graph.log.find((r) => r.method === 'POST' && r.path === '/me/events')!;
    const sent = JSON.parse(post.body) as Event;
    for (const text of ['Jansen', 'Anna', 'Sem', 'Kees', 'Fatima', 'El Amrani', 'Dorpsstraat', 'thuis', 'Zorg']) {
      expect(post.body).not.toContain(text);
    }
    expect(sent.attendees).toEqual([
      { type: 'required', emailAddress: { address: 'fatima@contoso.nl' } },
      { type: 'required', emailAddress: { address: 'anna@example.net' } },
    ]);
    expect(sent.location?.displayName ?? 'Microsoft Teams').not.toContain('Dorpsstraat');
  });
});

describe('GraphCalendar with the calendar fake: organiser and colleague', () => {
  const request: EventRequest = { ...eventRequest, attendees: [{ name: 'Bram', email: BRAM.mail, inTenant: true }] };

  it('stores the organiser and the iCalUId with the event, and knows the organiser without asking /me', async () => {
    const state = createCalendarState([LOTTE, BRAM]);
    const calendar = calendarFor({ current: LOTTE }, state);
    const ref = await calendar.createEvent(request);
    expect(ref).toMatchObject({ organizerEmail: 'l.smit@contoso.nl', organizerName: 'Lotte Smit', transactionId: 'tx-1' });
    expect(ref.iCalUId).toMatch(/^040000008200E00074C5B7101A82E008/);
    expect(await calendar.mailboxOwner()).toEqual({ addresses: ['l.smit@contoso.nl'] });
    expect(graph.log.some((r) => r.path === '/me')).toBe(false);
    const [copy] = eventsOf(state, BRAM.id);
    expect(copy).toMatchObject({ iCalUId: ref.iCalUId, isOrganizer: false });
    expect(copy!.id).not.toBe(ref.eventId);
  });

  it('reads who is signed in once per session with $select=mail,userPrincipalName', async () => {
    const calendar = calendarFor({ current: LOTTE }, createCalendarState([LOTTE]));
    await calendar.mailboxOwner();
    expect(await calendar.mailboxOwner()).toEqual({ addresses: ['l.smit@contoso.nl', 'lotte@contoso.onmicrosoft.com'] });
    const reads = graph.log.filter((r) => r.path === '/me');
    expect(reads).toHaveLength(1);
    expect(reads[0]!.url.searchParams.get('$select')).toBe('mail,userPrincipalName');
  });

  it('gets the same event back for a retried transactionId, with one copy per attendee', async () => {
    const state = createCalendarState([LOTTE, BRAM]);
    const calendar = calendarFor({ current: LOTTE }, state);
    const first = await calendar.createEvent(request);
    const again = await new GraphCalendar(testContext()).createEvent(request);
    expect(again.eventId).toBe(first.eventId);
    expect(eventsOf(state, LOTTE.id)).toHaveLength(1);
    expect(eventsOf(state, BRAM.id)).toHaveLength(1);
  });

  it('a colleague moving or cancelling with the organiser\'s event id gets NotFoundError (404 in their own mailbox)', async () => {
    const state = createCalendarState([LOTTE, BRAM]);
    const user = { current: LOTTE };
    const ref = await calendarFor(user, state).createEvent(request);
    user.current = BRAM;
    const colleague = new GraphCalendar(testContext());
    await expect(colleague.updateEventTime(ref.eventId, '2027-01-16T09:00:00.000Z', '2027-01-16T10:00:00.000Z', 'UTC')).rejects.toBeInstanceOf(NotFoundError);
    await expect(colleague.cancelEvent(ref.eventId, 'Gaat niet door')).rejects.toBeInstanceOf(NotFoundError);
    expect(eventsOf(state, LOTTE.id)[0]!.start?.dateTime).toBe('2027-01-15T09:00:00.000');
  });

  it('an attendee cannot cancel even their own copy (400)', async () => {
    const state = createCalendarState([LOTTE, BRAM]);
    const user = { current: LOTTE };
    await calendarFor(user, state).createEvent(request);
    user.current = BRAM;
    const [copy] = eventsOf(state, BRAM.id);
    const error = await new GraphCalendar(testContext()).cancelEvent(copy!.id!, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServerError);
    expect((error as ServerError).status).toBe(400);
  });

  it('the organiser moves and cancels; the attendees\' copies follow', async () => {
    const state = createCalendarState([LOTTE, BRAM]);
    const calendar = calendarFor({ current: LOTTE }, state);
    const ref = await calendar.createEvent(request);
    await calendar.updateEventTime(ref.eventId, '2027-01-16T09:00:00.000Z', '2027-01-16T10:00:00.000Z', 'UTC');
    expect(eventsOf(state, BRAM.id)[0]!.start).toEqual({ dateTime: '2027-01-16T09:00:00.000', timeZone: 'UTC' });
    await calendar.cancelEvent(ref.eventId, 'Gaat niet door');
    expect(eventsOf(state, LOTTE.id)).toEqual([]);
    expect(eventsOf(state, BRAM.id)[0]!.isCancelled).toBe(true);
  });
});

describe('moveMeeting() and cancelMeeting() over Graph', () => {
  async function booked(state: CalendarState, user: { current: MailboxUser }) {
    const calendar = calendarFor(user, state);
    return createMeeting({ calendar }, plan, {
      target: { kind: 'evaluation' }, start: '2027-01-15T09:00:00.000Z', end: '2027-01-15T10:00:00.000Z',
      attendees: [{ name: 'Bram', email: BRAM.mail, inTenant: true }], locale: 'nl', transactionId: 'tx-9',
    });
  }

  it('refuses a colleague before any PATCH or cancel is sent, and names the organiser', async () => {
    const state = createCalendarState([LOTTE, BRAM]);
    const user = { current: LOTTE };
    const withEvent = await booked(state, user);
    user.current = BRAM;
    const calendar = new GraphCalendar(testContext());
    const from = graph.log.length;
    const moved = await moveMeeting({ calendar }, withEvent, { kind: 'evaluation' }, '2027-01-16T09:00:00.000Z', '2027-01-16T10:00:00.000Z');
    const cancelled = await cancelMeeting({ calendar }, withEvent, { kind: 'evaluation' }, 'nl');
    const expected = { ok: false, reason: 'colleague', organizerName: 'Lotte Smit', organizerEmail: 'l.smit@contoso.nl' };
    expect(moved).toEqual(expected);
    expect(cancelled).toEqual(expected);
    expect(graph.since(from).map((r) => `${r.method} ${r.path}`)).toEqual(['GET /me']);
  });

  it('an older reference without organiser: a colleague\'s 404 becomes "not in your calendar"', async () => {
    const state = createCalendarState([LOTTE, BRAM]);
    const user = { current: LOTTE };
    const withEvent = await booked(state, user);
    const legacy: Plan = { ...withEvent, evaluationEvent: { eventId: withEvent.evaluationEvent!.eventId, joinUrl: '', transactionId: 'tx-9' } };
    user.current = BRAM;
    const result = await cancelMeeting({ calendar: new GraphCalendar(testContext()) }, legacy, { kind: 'evaluation' }, 'nl');
    expect(result).toEqual({ ok: false, reason: 'notInCalendar' });
    expect(eventsOf(state, LOTTE.id)).toHaveLength(1);
  });

  it('the organiser moves it: the plan keeps the organiser and takes the new date', async () => {
    const state = createCalendarState([LOTTE, BRAM]);
    const user = { current: LOTTE };
    const withEvent = await booked(state, user);
    const result = await moveMeeting({ calendar: new GraphCalendar(testContext()) }, withEvent, { kind: 'evaluation' }, '2027-01-16T09:00:00.000Z', '2027-01-16T10:00:00.000Z');
    expect(result.ok && result.plan.evaluationDate).toBe('2027-01-16');
    expect(result.ok && result.plan.evaluationEvent?.organizerEmail).toBe('l.smit@contoso.nl');
  });
});

describe('the calendar fake: findMeetingTimes', () => {
  it('answers a MeetingTimeSuggestionsResult, and says why when no time fits', async () => {
    const state = createCalendarState([LOTTE, { ...BRAM, mail: 'fatima@contoso.nl' }]);
    const calendar = calendarFor({ current: LOTTE }, state);
    expect(await calendar.findMeetingTimes(findRequest)).toHaveLength(2);
    const answer = graph.log.at(-1)!;
    state.busy.add('fatima@contoso.nl');
    expect(await calendar.findMeetingTimes(findRequest)).toEqual([]);
    expect(answer.path).toBe('/me/findMeetingTimes');
    const direct = handleCalendarRequest(state, { method: 'POST', path: '/v1.0/me/findMeetingTimes', body: JSON.parse(answer.body) as unknown, userId: LOTTE.id });
    expect(direct?.body).toEqual({ emptySuggestionsReason: 'attendeesUnavailable', meetingTimeSuggestions: [] } satisfies MeetingTimeSuggestionsResult);
  });
});
