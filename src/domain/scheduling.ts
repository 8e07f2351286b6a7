import type { CalendarEventRef, Plan } from './plan';
import { addDays, daysBetween } from './reminders';

/**
 * Scheduling rules without I/O: the search windows, and merging what network members said by phone
 * into the ranking of the calendar's suggestions. `now` is always an argument.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

export const NETWORK_SESSIONS = { min: 1, max: 3 } as const;
/**
 * The 4 to 6 weeks are the crisis variant's (seed 002: "Binnen 4 tot 6 weken organiseren we ... een netwerkconferentie",
 * of "2 à 3 sessies"), and they count from the referral, not from today. A regular plan has no such term in the seeds:
 * for it the app searches the same six weeks from today only as a practical horizon, the first four ranked higher.
 */
export const NETWORK_WINDOW_WEEKS = { preferred: 4, max: 6 } as const;
/** Seed 002: the network conference of the crisis variant has two or three sessions. */
export const CRISIS_SESSIONS = { min: 2, max: 3 } as const;

export interface TimeWindow {
  start: string;
  end: string;
}

function startOfNextUtcDay(now: Date): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS);
}

/** The crisis conference's term as calendar days: from the referral, preferably within 4 weeks, at most 6. */
export interface ConferenceTerm {
  referralDate: string;
  preferredEnd: string;
  end: string;
}

export function conferenceTerm(referralDate: string): ConferenceTerm {
  return {
    referralDate,
    preferredEnd: addDays(referralDate, NETWORK_WINDOW_WEEKS.preferred * 7),
    end: addDays(referralDate, NETWORK_WINDOW_WEEKS.max * 7),
  };
}

/** The crisis term of a plan, when the plan is a crisis plan with a referral date; null otherwise. */
export function planConferenceTerm(plan: Pick<Plan, 'variant' | 'referralDate'>): ConferenceTerm | null {
  return plan.variant === 'crisis' && plan.referralDate !== null ? conferenceTerm(plan.referralDate) : null;
}

/** Whether a session date lies in the term: after the referral day, and no later than six weeks after it. */
export function withinConferenceTerm(term: ConferenceTerm, date: string): boolean {
  return date > term.referralDate && date <= term.end;
}

/**
 * Dates to propose for the conference's sessions, spread over the preferred four weeks from the referral (the first as
 * soon as possible after it, seed 002), none before `today`. Fewer dates, or none, when the term has (nearly) passed.
 */
export function suggestSessionDates(term: ConferenceTerm, today: string, count: number = CRISIS_SESSIONS.min): string[] {
  const sessions = Math.min(CRISIS_SESSIONS.max, Math.max(CRISIS_SESSIONS.min, Math.round(count)));
  const first = today > term.referralDate ? addDays(today, 1) : addDays(term.referralDate, 1);
  const spanEnd = first < term.preferredEnd ? term.preferredEnd : term.end;
  const span = daysBetween(first, spanEnd);
  if (span < 0) return [];
  const step = sessions > 1 ? Math.floor(span / (sessions - 1)) : 0;
  const dates = Array.from({ length: sessions }, (_, i) => addDays(first, Math.min(span, i * step)));
  return [...new Set(dates)].filter((d) => withinConferenceTerm(term, d));
}

/**
 * The calendar search for a network meeting: for a crisis plan with a referral, the days from tomorrow (or the day
 * after the referral) to six weeks after the referral, the first four weeks preferred; otherwise six weeks from now.
 */
export function networkSearch(plan: Pick<Plan, 'variant' | 'referralDate'>, now: Date): { window: TimeWindow; preferredEnd: string } {
  const term = planConferenceTerm(plan);
  if (term === null) return { window: networkMeetingWindow(now), preferredEnd: networkPreferredEnd(now) };
  const tomorrow = startOfNextUtcDay(now);
  const afterReferral = new Date(`${addDays(term.referralDate, 1)}T00:00:00.000Z`);
  const start = afterReferral > tomorrow ? afterReferral : tomorrow;
  const endOfTerm = new Date(`${addDays(term.end, 1)}T00:00:00.000Z`);
  // A term that has passed still gets a (one-day) window, so the calendar answers with nothing rather than an error.
  const end = endOfTerm > start ? endOfTerm : new Date(start.getTime() + DAY_MS);
  return { window: { start: start.toISOString(), end: end.toISOString() }, preferredEnd: `${term.preferredEnd}T23:59:59.999Z` };
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
