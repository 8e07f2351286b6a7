import type {
  Attendee as GraphAttendee, DateTimeTimeZone, Event, MeetingTimeSuggestionsResult, User,
} from '@microsoft/microsoft-graph-types';
import type { Attendee, Availability, EventRequest, FindTimesRequest, MailboxOwner, MeetingSuggestion } from '../../app/ports';
import type { CalendarEventRef } from '../../domain';
import { graphMessages as m } from '../../i18n/areas/graph';

/** Graph returns `2026-12-01T09:00:00.0000000` with a separate zone; we asked for UTC (Prefer header). */
export function fromGraphUtc(value: DateTimeTimeZone | undefined | null): string {
  const raw = value?.dateTime ?? '';
  const withZone = /[zZ]|[+-]\d{2}:\d{2}$/.test(raw) ? raw : `${raw}Z`;
  const date = new Date(withZone);
  return Number.isNaN(date.getTime()) ? '' : date.toISOString();
}

function toGraphUtc(iso: string): DateTimeTimeZone {
  return { dateTime: iso.replace(/Z$/, ''), timeZone: 'UTC' };
}

/**
 * By address only. Outlook shows an attendee's `name` to every other invitee, and the plan's names (a parent, a
 * grandparent) are plan content; Exchange fills in colleagues' names from the directory itself.
 */
function toGraphAttendee(a: Attendee): GraphAttendee {
  return { emailAddress: { address: a.email }, type: a.optional ? 'optional' : 'required' };
}

function isoDuration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const min = minutes % 60;
  return `PT${h > 0 ? `${h}H` : ''}${min > 0 || h === 0 ? `${min}M` : ''}`;
}

/**
 * Body of POST /me/findMeetingTimes. Only tenant attendees are sent: Graph cannot see outsiders'
 * calendars, and their availability is recorded by phone instead.
 */
export function toFindMeetingTimesBody(request: FindTimesRequest) {
  return {
    attendees: request.attendees.filter((a) => a.inTenant).map(toGraphAttendee),
    timeConstraint: {
      // Network members may only be free in the evening; working hours would hide those slots.
      activityDomain: 'unrestricted' as const,
      timeSlots: [{ start: toGraphUtc(request.windowStart), end: toGraphUtc(request.windowEnd) }],
    },
    meetingDuration: isoDuration(request.durationMinutes),
    isOrganizerOptional: request.isOrganizerOptional,
    returnSuggestionReasons: true,
    minimumAttendeePercentage: 50,
    maxCandidates: 20,
  };
}

const AVAILABILITIES: readonly Availability[] = ['free', 'tentative', 'busy', 'oof', 'workingElsewhere', 'unknown'];

function toAvailability(value: string | null | undefined): Availability {
  return AVAILABILITIES.includes(value as Availability) ? (value as Availability) : 'unknown';
}

export function toSuggestions(result: MeetingTimeSuggestionsResult): MeetingSuggestion[] {
  return (result.meetingTimeSuggestions ?? []).map((s) => ({
    start: fromGraphUtc(s.meetingTimeSlot?.start),
    end: fromGraphUtc(s.meetingTimeSlot?.end),
    confidence: s.confidence ?? 0,
    attendeeAvailability: (s.attendeeAvailability ?? []).map((a) => ({
      email: (a.attendee?.emailAddress?.address ?? '').toLowerCase(),
      availability: toAvailability(a.availability),
    })),
  }));
}

/**
 * Body of POST /me/events. Nothing in it comes from the plan but the time and the attendees' addresses: the
 * invitation reaches people outside the organisation, so it carries no family name, no child's name, no concern
 * and no place (the evaluation place is often the family's home address). With Teams the meeting is online;
 * without it the location is a neutral "the place follows from the coordinator".
 */
export function toEventBody(request: EventRequest, onlineMeeting: boolean): Event {
  const subject = m[request.kind === 'evaluation' ? 'invite.subject.evaluation' : 'invite.subject.network'][request.locale];
  return {
    subject,
    body: { contentType: 'text', content: m['invite.body'][request.locale] },
    start: { dateTime: request.start.replace(/Z$/, ''), timeZone: request.timeZone },
    end: { dateTime: request.end.replace(/Z$/, ''), timeZone: request.timeZone },
    // Online, Outlook and Teams show the Teams meeting as the place; otherwise a neutral text, never the plan's place.
    ...(onlineMeeting ? {} : { location: { displayName: m['invite.location'][request.locale] } }),
    attendees: request.attendees.map(toGraphAttendee),
    isOnlineMeeting: onlineMeeting,
    ...(onlineMeeting ? { onlineMeetingProvider: 'teamsForBusiness' as const } : {}),
    isReminderOn: true,
    reminderMinutesBeforeStart: 24 * 60,
    allowNewTimeProposals: true,
    transactionId: request.transactionId,
  };
}

/** The created event as the plan keeps it: the id in the organiser's mailbox, and who that organiser is. */
export function toEventRef(event: Event, transactionId: string): CalendarEventRef {
  const organizer = event.organizer?.emailAddress;
  return {
    eventId: event.id ?? '',
    joinUrl: event.onlineMeeting?.joinUrl ?? '',
    transactionId,
    ...(organizer?.address ? { organizerEmail: organizer.address.toLowerCase(), organizerName: organizer.name ?? '' } : {}),
    ...(event.iCalUId ? { iCalUId: event.iCalUId } : {}),
  };
}

/** GET /me answers; a guest or a mailbox-less account may have no `mail`. */
export function toMailboxOwner(user: Pick<User, 'mail' | 'userPrincipalName'>): MailboxOwner {
  const addresses = [user.mail, user.userPrincipalName].map((a) => (a ?? '').trim().toLowerCase()).filter((a) => a !== '');
  return { addresses: [...new Set(addresses)] };
}
