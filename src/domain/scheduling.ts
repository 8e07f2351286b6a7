import type { CalendarEventRef, Plan } from './plan';

/**
 * Scheduling rules without I/O: the search windows, and merging what network members said by phone
 * into the ranking of the calendar's suggestions. `now` is always an argument.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export const NETWORK_SESSIONS = { min: 1, max: 3 } as const;
/** Network meetings happen within the coming 4 to 6 weeks (the crisis variant within 4). */
export const NETWORK_WINDOW_WEEKS = { preferred: 4, max: 6 } as const;

export interface TimeWindow {
  start: string;
  end: string;
}

function startOfNextUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS);
}

/** From tomorrow up to 6 weeks from now. */
export function networkMeetingWindow(now: Date): TimeWindow {
  return {
    start: startOfNextUtcDay(now).toISOString(),
    end: new Date(now.getTime() + NETWORK_WINDOW_WEEKS.max * 7 * DAY_MS).toISOString(),
  };
}

/** The last moment of the preferred period (4 weeks); later slots rank lower. */
export function networkPreferredEnd(now: Date): string {
  return new Date(now.getTime() + NETWORK_WINDOW_WEEKS.preferred * 7 * DAY_MS).toISOString();
}

/** The evaluation day, from 07:00 to 19:00 UTC (08:00-20:00 in the Netherlands in winter). */
export function evaluationWindow(date: string): TimeWindow {
  return { start: `${date}T07:00:00.000Z`, end: `${date}T19:00:00.000Z` };
}

export function clampSessions(count: number): number {
  return Math.min(NETWORK_SESSIONS.max, Math.max(NETWORK_SESSIONS.min, Math.round(count)));
}

export type SlotAvailability = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';
export type PhoneAnswer = 'yes' | 'no';

export interface SlotSuggestion {
  start: string;
  end: string;
  confidence: number;
  attendeeAvailability: Array<{ email: string; availability: SlotAvailability }>;
}

/** Per slot start, per external attendee key: what they said on the phone. */
export type PhoneAnswers = Readonly<Record<string, Readonly<Record<string, PhoneAnswer>>>>;

export interface RankedSlot {
  suggestion: SlotSuggestion;
  /** People known to be available: free tenant attendees plus outsiders who said yes. */
  available: number;
  /** Tenant attendees marked tentative (half weight in the order). */
  tentative: number;
  /** Outsiders who said no, and tenant attendees who are busy/away. */
  unavailable: number;
  /** Outsiders not asked yet. */
  unknown: number;
  total: number;
  /** Within the preferred period (network meetings). */
  preferred: boolean;
}

export function rankSlot(suggestion: SlotSuggestion, externalKeys: readonly string[], answers: PhoneAnswers, preferredEnd: string | null): RankedSlot {
  const own = answers[suggestion.start] ?? {};
  let available = 0;
  let tentative = 0;
  let unavailable = 0;
  let unknown = 0;
  for (const a of suggestion.attendeeAvailability) {
    if (a.availability === 'free') available += 1;
    else if (a.availability === 'tentative') tentative += 1;
    else if (a.availability === 'unknown') unknown += 1;
    else unavailable += 1;
  }
  for (const key of externalKeys) {
    const answer = own[key];
    if (answer === 'yes') available += 1;
    else if (answer === 'no') unavailable += 1;
    else unknown += 1;
  }
  return {
    suggestion, available, tentative, unavailable, unknown,
    total: suggestion.attendeeAvailability.length + externalKeys.length,
    preferred: preferredEnd === null || suggestion.start <= preferredEnd,
  };
}

/**
 * Orders slots: fewest people who cannot come, then most who can (tentative counts half), then inside
 * the preferred period, then the calendar's confidence, then the earliest.
 */
export function rankSuggestions(
  suggestions: readonly SlotSuggestion[], externalKeys: readonly string[], answers: PhoneAnswers, preferredEnd: string | null = null,
): RankedSlot[] {
  return suggestions
    .map((s) => rankSlot(s, externalKeys, answers, preferredEnd))
    .sort((a, b) =>
      a.unavailable - b.unavailable
      || (b.available + b.tentative / 2) - (a.available + a.tentative / 2)
      || Number(b.preferred) - Number(a.preferred)
      || b.suggestion.confidence - a.suggestion.confidence
      || a.suggestion.start.localeCompare(b.suggestion.start));
}

export function setPhoneAnswer(answers: PhoneAnswers, slotStart: string, key: string, answer: PhoneAnswer | null): PhoneAnswers {
  const forSlot = { ...(answers[slotStart] ?? {}) };
  if (answer === null) delete forSlot[key];
  else forSlot[key] = answer;
  return { ...answers, [slotStart]: forSlot };
}

/** What to offer after the evaluation date changed in the plan: move the meeting, cancel it, or nothing. */
export type EventFollowUp = { kind: 'none' } | { kind: 'move'; eventId: string; date: string } | { kind: 'cancel'; eventId: string };

export function evaluationEventFollowUp(before: Plan, after: Plan): EventFollowUp {
  const event = after.evaluationEvent ?? before.evaluationEvent;
  if (!event || before.evaluationDate === after.evaluationDate) return { kind: 'none' };
  if (after.evaluationDate === null) return { kind: 'cancel', eventId: event.eventId };
  return { kind: 'move', eventId: event.eventId, date: after.evaluationDate };
}

/**
 * Who may move or cancel a booked meeting. Graph keeps an event per mailbox, and the id in the plan addresses the
 * organiser's copy: a colleague's PATCH or cancel with it answers 404, and an attendee may not cancel at all
 * (https://learn.microsoft.com/en-us/graph/api/event-cancel). So only the organiser is offered to change it.
 * - `organiser`: the signed-in user organises the meeting.
 * - `colleague`: someone else does; the UI names them so the user can ask.
 * - `unknown`: a reference stored before the organiser was recorded, or the signed-in user is not known;
 *   the user may try, and a 404 then says the meeting is not in their calendar.
 */
export type MeetingRole =
  | { kind: 'organiser' }
  | { kind: 'colleague'; organizerName: string; organizerEmail: string }
  | { kind: 'unknown' };

/** `myAddresses`: the signed-in user's e-mail address and UPN, or null when they could not be read. */
export function meetingRole(ref: CalendarEventRef, myAddresses: readonly string[] | null): MeetingRole {
  const organizer = ref.organizerEmail?.trim().toLowerCase() ?? '';
  if (organizer === '' || myAddresses === null) return { kind: 'unknown' };
  if (myAddresses.some((a) => a.trim().toLowerCase() === organizer)) return { kind: 'organiser' };
  return { kind: 'colleague', organizerName: ref.organizerName?.trim() ?? '', organizerEmail: organizer };
}

/** Moving and cancelling are offered unless someone else is known to organise the meeting. */
export function mayChangeMeeting(role: MeetingRole): boolean {
  return role.kind !== 'colleague';
}
