/**
 * @jest-environment node
 */
import type { Calendar as GraphCalendarResource, Event, MeetingTimeSuggestionsResult } from '@microsoft/microsoft-graph-types';
import { HttpResponse } from 'msw';
import { GraphCalendar } from '../../../../src/adapters/graph/calendar';
import type { EventRequest, FindTimesRequest } from '../../../../src/app/ports';
import { PermissionError } from '../../../../src/domain';
import { graphError, graphServer, testContext } from './graphServer';

const graph = graphServer();
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
      attendees: [{ type: 'required', emailAddress: { address: 'fatima@contoso.nl', name: 'Fatima' } }],
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
    expect((error as PermissionError).details.scope).toBe('Calendars.ReadWrite');
  });
});

const eventRequest: EventRequest = {
  kind: 'evaluation', start: '2027-01-15T09:00:00.000Z', end: '2027-01-15T10:00:00.000Z', timeZone: 'UTC',
  attendees: findRequest.attendees, location: 'Wijkcentrum', transactionId: 'tx-1', locale: 'nl',
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
        { type: 'required', emailAddress: { address: 'fatima@contoso.nl', name: 'Fatima' } },
        { type: 'required', emailAddress: { address: 'anna@example.net', name: 'Anna' } },
      ],
    });
    expect(ref).toEqual({ eventId: 'AAMkAD=', joinUrl: 'https://teams.microsoft.com/l/meetup-join/abc', transactionId: 'tx-1' });
  });

  it('leaves the online meeting out when the calendar does not offer Teams', async () => {
    graph.on('GET', '/me/calendar', () => HttpResponse.json({ allowedOnlineMeetingProviders: ['unknown'] } satisfies GraphCalendarResource));
    graph.on('POST', '/me/events', () => HttpResponse.json({ id: 'e2' } satisfies Event, { status: 201 }));
    const ref = await new GraphCalendar(testContext()).createEvent(eventRequest);
    const body = JSON.parse(graph.log[1]!.body) as Event;
    expect(body.isOnlineMeeting).toBe(false);
    expect(body.onlineMeetingProvider).toBeUndefined();
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
