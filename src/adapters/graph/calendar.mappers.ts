import type {
  Attendee as GraphAttendee, DateTimeTimeZone, Event, MeetingTimeSuggestionsResult,
} from '@microsoft/microsoft-graph-types';
import type { Attendee, Availability, EventRequest, FindTimesRequest, MeetingSuggestion } from '../../app/ports';
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

function toGraphAttendee(a: Attendee): GraphAttendee {
  return { emailAddress: { address: a.email, name: a.name }, type: a.optional ? 'optional' : 'required' };
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
 * Body of POST /me/events. The subject and body are fixed neutral texts: the invitation reaches people
 * outside the organisation, so it carries no family name, no child's name and no concern.
 */
export function toEventBody(request: EventRequest, onlineMeeting: boolean): Event {
  const subject = m[request.kind === 'evaluation' ? 'invite.subject.evaluation' : 'invite.subject.network'][request.locale];
  return {
    subject,
    body: { contentType: 'text', content: m['invite.body'][request.locale] },
    start: { dateTime: request.start.replace(/Z$/, ''), timeZone: request.timeZone },
    end: { dateTime: request.end.replace(/Z$/, ''), timeZone: request.timeZone },
    location: request.location ? { displayName: request.location } : undefined,
    attendees: request.attendees.map(toGraphAttendee),
    isOnlineMeeting: onlineMeeting,
    ...(onlineMeeting ? { onlineMeetingProvider: 'teamsForBusiness' as const } : {}),
    isReminderOn: true,
    reminderMinutesBeforeStart: 24 * 60,
    allowNewTimeProposals: true,
    transactionId: request.transactionId,
  };
}

export function toEventRef(event: Event, transactionId: string): CalendarEventRef {
  return { eventId: event.id ?? '', joinUrl: event.onlineMeeting?.joinUrl ?? '', transactionId };
}
