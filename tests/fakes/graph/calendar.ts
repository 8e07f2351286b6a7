import type {
  Attendee, Calendar, DateTimeTimeZone, Event, MeetingTimeSuggestion, MeetingTimeSuggestionsResult, User,
} from '@microsoft/microsoft-graph-types';

/**
 * An in-memory Outlook calendar that behaves the way the Microsoft Graph docs describe, for the msw unit tests
 * (tests/unit/adapters/graph/calendar.test.ts) and the e2e in-memory Graph (tests/e2e/fixtures/graph/fakeGraph.ts).
 * It knows nothing of HTTP libraries: the caller hands it a method, a path, a body and who is signed in, and gets a
 * status and a JSON body back (`toFetchResponse` turns that into a fetch Response for msw).
 *
 * What it encodes, each with its source:
 * - Events live per mailbox. `/me/events/{id}` addresses the signed-in user's mailbox, so an id from another
 *   mailbox is not found: 404 `ErrorItemNotFound`, for a PATCH as for a cancel.
 *   https://learn.microsoft.com/en-us/graph/api/event-update ("PATCH /me/events/{id}")
 *   https://learn.microsoft.com/en-us/graph/api/event-get (404 on an id not in the mailbox)
 * - Cancel is for the organiser only: "An attendee calling this action gets an error (HTTP 400 Bad Request) ...
 *   You need to be an organizer to cancel a meeting." It answers 202 with no body, and the event moves to Deleted Items.
 *   https://learn.microsoft.com/en-us/graph/api/event-cancel
 * - A created event carries `iCalUId` ("a unique identifier for an event across calendars": every attendee's copy
 *   has the same one, with its own `id`), `organizer` (the mailbox it was created in) and `isOrganizer`.
 *   https://learn.microsoft.com/en-us/graph/api/resources/event
 * - `transactionId`: "A custom identifier specified by a client app for the server to avoid redundant POST
 *   operations in case of client retries to create the same event": a second POST with the same transactionId
 *   returns the event made the first time, and invites no one again.
 *   https://learn.microsoft.com/en-us/graph/api/resources/event, https://learn.microsoft.com/en-us/graph/api/user-post-events (201 Created)
 * - findMeetingTimes answers a meetingTimeSuggestionsResult; with no suggestion it says why in
 *   `emptySuggestionsReason` (attendeesUnavailable, attendeesUnavailableOrUnknown, ...), and the reason is an empty
 *   string when there are suggestions. Outsiders' availability is `unknown`; suggestions below
 *   `minimumAttendeePercentage` (default 50) are left out.
 *   https://learn.microsoft.com/en-us/graph/api/user-findmeetingtimes
 *   https://learn.microsoft.com/en-us/graph/api/resources/meetingtimesuggestionsresult
 * - GET /me with `$select` returns the selected properties (and `id`).
 *   https://learn.microsoft.com/en-us/graph/api/user-get
 * - GET /me/calendar lists `allowedOnlineMeetingProviders`. https://learn.microsoft.com/en-us/graph/api/resources/calendar
 *
 * Not modelled: recurrence, time zones other than UTC (answers are in UTC, as the app asks with
 * `Prefer: outlook.timezone="UTC"`), attendees' responses, and an attendee changing the time of their own copy
 * (the docs say nothing of it; the fake changes only that copy, and the app never asks it).
 */

export interface MailboxUser {
  id: string;
  displayName: string;
  mail: string;
  userPrincipalName: string;
}

export interface CalendarState {
  users: MailboxUser[];
  /** Per mailbox (user id): the events in the calendar, by event id. */
  readonly mailboxes: Map<string, Map<string, Event>>;
  /** Per mailbox: cancelled events moved to Deleted Items. */
  readonly deleted: Map<string, Event[]>;
  /** Addresses (lower case) that are busy at every suggested time. */
  readonly busy: Set<string>;
  allowedOnlineMeetingProviders: string[];
  /** A counter for ids, so that runs are reproducible. */
  sequence: number;
}

export function createCalendarState(users: MailboxUser[], options: { allowedOnlineMeetingProviders?: string[] } = {}): CalendarState {
  return {
    users: [...users], mailboxes: new Map(), deleted: new Map(), busy: new Set(),
    allowedOnlineMeetingProviders: options.allowedOnlineMeetingProviders ?? ['teamsForBusiness'], sequence: 0,
  };
}

export interface CalendarRequest {
  method: string;
  /** With or without the `/v1.0` prefix, decoded, without the query: `/me/events/AAMk...=/cancel`. */
  path: string;
  query?: URLSearchParams | Readonly<Record<string, string>>;
  /** The parsed JSON body, or null. */
  body: unknown;
  /** The signed-in user's id (as the caller reads it from the token). */
  userId: string;
}

export interface CalendarResponse {
  status: number;
  /** Absent for 202/204, which Graph answers without a body. */
  body?: unknown;
}

/** The events in one user's calendar. */
export function eventsOf(state: CalendarState, userId: string): Event[] {
  return [...(state.mailboxes.get(userId)?.values() ?? [])];
}

/** Graph's error body. */
export function graphErrorBody(code: string, message: string): { error: { code: string; message: string; innerError: Record<string, string> } } {
  return { error: { code, message, innerError: { 'request-id': 'fake-calendar', date: '2026-11-24T10:00:00' } } };
}

function error(status: number, code: string, message: string): CalendarResponse {
  return { status, body: graphErrorBody(code, message) };
}

const NOT_FOUND = (): CalendarResponse => error(404, 'ErrorItemNotFound', 'The specified object was not found in the store.');

function mailbox(state: CalendarState, userId: string): Map<string, Event> {
  let box = state.mailboxes.get(userId);
  if (!box) {
    box = new Map();
    state.mailboxes.set(userId, box);
  }
  return box;
}

function userByAddress(state: CalendarState, address: string): MailboxUser | undefined {
  const a = address.toLowerCase();
  return state.users.find((u) => u.mail.toLowerCase() === a || u.userPrincipalName.toLowerCase() === a);
}

function param(query: CalendarRequest['query'], name: string): string | null {
  if (!query) return null;
  if (query instanceof URLSearchParams) return query.get(name);
  return query[name] ?? null;
}

function nextId(state: CalendarState, prefix: string): string {
  state.sequence += 1;
  return `${prefix}${String(state.sequence).padStart(6, '0')}=`;
}

/**
 * Answers a calendar request of the signed-in user, or returns null when the path is none of the calendar's
 * (the caller then answers it, or reports it as unexpected).
 */
export function handleCalendarRequest(state: CalendarState, request: CalendarRequest): CalendarResponse | null {
  const path = request.path.replace(/^\/v1\.0/, '').replace(/\/$/, '');
  const method = request.method.toUpperCase();
  const isCalendarPath = path === '/me' || path === '/me/calendar' || path === '/me/findMeetingTimes' || path === '/me/events' || path.startsWith('/me/events/');
  if (!isCalendarPath) return null;
  const me = state.users.find((u) => u.id === request.userId);
  if (!me) return error(401, 'InvalidAuthenticationToken', 'Access token validation failure.');

  if (method === 'GET' && path === '/me') return { status: 200, body: profile(me, param(request.query, '$select')) };
  if (method === 'GET' && path === '/me/calendar') {
    const calendar: Calendar = {
      id: `calendar-${me.id}`, name: 'Calendar', allowedOnlineMeetingProviders: state.allowedOnlineMeetingProviders as Calendar['allowedOnlineMeetingProviders'],
      defaultOnlineMeetingProvider: (state.allowedOnlineMeetingProviders[0] ?? 'unknown') as Calendar['defaultOnlineMeetingProvider'],
    };
    return { status: 200, body: calendar };
  }
  if (method === 'POST' && path === '/me/findMeetingTimes') return { status: 200, body: findMeetingTimes(state, request.body) };
  if (method === 'POST' && path === '/me/events') return createEvent(state, me, request.body);

  const match = /^\/me\/events\/([^/]+)(\/cancel)?$/.exec(path);
  if (!match) return error(400, 'BadRequest', `Unsupported request: ${method} ${path}`);
  const [, id, cancel] = match as unknown as [string, string, string | undefined];
  const event = mailbox(state, me.id).get(id);
  if (!event) return NOT_FOUND();
  if (method === 'GET' && !cancel) return { status: 200, body: event };
  if (method === 'PATCH' && !cancel) return updateEvent(state, me, event, request.body);
  if (method === 'POST' && cancel) return cancelEvent(state, me, event);
  return error(405, 'ErrorInvalidRequest', `${method} is not allowed here.`);
}

function profile(user: MailboxUser, select: string | null): Partial<User> {
  const full: Partial<User> = { id: user.id, displayName: user.displayName, mail: user.mail, userPrincipalName: user.userPrincipalName };
  if (!select) return full;
  const fields = new Set(['id', ...select.split(',').map((f) => f.trim())]);
  return Object.fromEntries(Object.entries(full).filter(([key]) => fields.has(key))) as Partial<User>;
}

function createEvent(state: CalendarState, me: MailboxUser, body: unknown): CalendarResponse {
  const request = (body ?? {}) as Event;
  const box = mailbox(state, me.id);
  if (request.transactionId) {
    const earlier = [...box.values()].find((e) => e.transactionId === request.transactionId);
    if (earlier) return { status: 201, body: earlier };
  }
  const id = nextId(state, `AAMkAD${me.id}`);
  const iCalUId = `040000008200E00074C5B7101A82E00800000000${String(state.sequence).padStart(8, '0')}`;
  const online = request.isOnlineMeeting === true && state.allowedOnlineMeetingProviders.includes(request.onlineMeetingProvider ?? 'teamsForBusiness');
  const event: Event = {
    ...request,
    id, iCalUId,
    organizer: { emailAddress: { name: me.displayName, address: me.mail } },
    isOrganizer: true,
    isCancelled: false,
    isOnlineMeeting: online,
    onlineMeeting: online ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/19%3ameeting_${iCalUId.slice(-8)}%40thread.v2/0` } : null,
    webLink: `https://outlook.office365.com/owa/?itemid=${encodeURIComponent(id)}`,
    createdDateTime: '2026-11-24T10:00:00Z',
  };
  box.set(id, event);
  // Every invited colleague gets a copy in their own calendar: another id, the same iCalUId.
  for (const attendee of request.attendees ?? []) {
    const user = userByAddress(state, attendee.emailAddress?.address ?? '');
    if (!user || user.id === me.id) continue;
    const copyId = nextId(state, `AAMkAD${user.id}`);
    mailbox(state, user.id).set(copyId, { ...event, id: copyId, isOrganizer: false, transactionId: null });
  }
  return { status: 201, body: event };
}

function copiesOf(state: CalendarState, event: Event, except: string): Array<[Map<string, Event>, Event]> {
  const copies: Array<[Map<string, Event>, Event]> = [];
  for (const [userId, box] of state.mailboxes) {
    if (userId === except) continue;
    for (const copy of box.values()) if (copy.iCalUId === event.iCalUId) copies.push([box, copy]);
  }
  return copies;
}

function updateEvent(state: CalendarState, me: MailboxUser, event: Event, body: unknown): CalendarResponse {
  const patch = (body ?? {}) as Event;
  const updated: Event = { ...event, ...patch, id: event.id, iCalUId: event.iCalUId, organizer: event.organizer, isOrganizer: event.isOrganizer };
  mailbox(state, me.id).set(event.id!, updated);
  // The organiser's update reaches the attendees' copies (they receive the meeting update).
  if (event.isOrganizer) {
    for (const [box, copy] of copiesOf(state, event, me.id)) box.set(copy.id!, { ...copy, ...patch, id: copy.id, isOrganizer: false });
  }
  return { status: 200, body: updated };
}

function cancelEvent(state: CalendarState, me: MailboxUser, event: Event): CalendarResponse {
  // Status and message from the docs; the error code is not documented.
  if (!event.isOrganizer) return error(400, 'ErrorInvalidRequest', 'Your request can\'t be completed. You need to be an organizer to cancel a meeting.');
  mailbox(state, me.id).delete(event.id!);
  state.deleted.set(me.id, [...(state.deleted.get(me.id) ?? []), { ...event, isCancelled: true }]);
  for (const [box, copy] of copiesOf(state, event, me.id)) box.set(copy.id!, { ...copy, isCancelled: true });
  return { status: 202 };
}

function durationMinutes(iso: string | undefined): number {
  const match = /^PT(?:(\d+)H)?(?:(\d+)M)?$/.exec(iso ?? '');
  if (!match) return 30;
  return Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0);
}

function graphDateTime(date: Date): DateTimeTimeZone {
  return { dateTime: date.toISOString().replace('Z', '0000'), timeZone: 'UTC' };
}

interface FindMeetingTimesBody {
  attendees?: Attendee[];
  timeConstraint?: { timeSlots?: Array<{ start: DateTimeTimeZone; end: DateTimeTimeZone }> };
  meetingDuration?: string;
  minimumAttendeePercentage?: number;
}

/** Two candidate times on the first day of the first time slot, 09:00 and 13:00 UTC, for the asked duration. */
function findMeetingTimes(state: CalendarState, body: unknown): MeetingTimeSuggestionsResult {
  const request = (body ?? {}) as FindMeetingTimesBody;
  const window = request.timeConstraint?.timeSlots?.[0];
  const day = (window?.start.dateTime ?? '2026-12-01T00:00:00').slice(0, 10);
  const minutes = durationMinutes(request.meetingDuration);
  const minimum = request.minimumAttendeePercentage ?? 50;
  const attendees = request.attendees ?? [];
  let anyUnknown = false;
  const suggestions: MeetingTimeSuggestion[] = [];
  for (const hour of [9, 13]) {
    const start = new Date(`${day}T${String(hour).padStart(2, '0')}:00:00Z`);
    const end = new Date(start.getTime() + minutes * 60_000);
    const availability = attendees.map((a) => {
      const address = a.emailAddress?.address ?? '';
      const known = userByAddress(state, address) !== undefined;
      if (!known) anyUnknown = true;
      const status = !known ? 'unknown' as const : state.busy.has(address.toLowerCase()) ? 'busy' as const : 'free' as const;
      return { attendee: { type: a.type ?? 'required', emailAddress: { address } }, availability: status };
    });
    const free = availability.filter((a) => a.availability === 'free').length;
    const confidence = attendees.length === 0 ? 100 : (free / attendees.length) * 100;
    if (confidence < minimum) continue;
    suggestions.push({
      confidence, organizerAvailability: 'free', attendeeAvailability: availability, locations: [],
      suggestionReason: 'Suggested because it is one of the nearest times when all attendees are available.',
      meetingTimeSlot: { start: graphDateTime(start), end: graphDateTime(end) },
    });
  }
  if (suggestions.length > 0) return { emptySuggestionsReason: '', meetingTimeSuggestions: suggestions };
  return { emptySuggestionsReason: anyUnknown ? 'attendeesUnavailableOrUnknown' : 'attendeesUnavailable', meetingTimeSuggestions: [] };
}

/** A fetch Response for msw handlers; 202/204 without a body or content type, as Graph answers them. */
export function toFetchResponse(response: CalendarResponse): Response {
  if (response.body === undefined) return new Response(null, { status: response.status });
  return new Response(JSON.stringify(response.body), { status: response.status, headers: { 'Content-Type': 'application/json' } });
}
