import { NotFoundError, newId } from '../domain';
import type { CalendarEventRef, Locale, Plan } from '../domain';
import {
  evaluationEventFollowUp, evaluationWindow, mayChangeMeeting, meetingRole, networkSearch, rankSuggestions,
} from '../domain/scheduling';
import type { EventFollowUp, MeetingRole, PhoneAnswers, RankedSlot } from '../domain/scheduling';
import { graphMessages as m } from '../i18n/areas/graph';
import type { Attendee, Calendar, Clock, MeetingKind } from './ports';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Who is invited, and who is called by phone instead. */
export interface MeetingParticipants {
  /** Receive the calendar invitation. Tenant ones are also asked for free/busy. */
  attendees: Attendee[];
  /** Network members without e-mail, or outsiders whose availability is unknown: the coordinator asks them. */
  phoneOnly: Array<{ id: string; name: string }>;
  /** Keys (e-mail or person id) of the outsiders whose phone answers rank the slots. */
  externalKeys: string[];
}

/**
 * Maps plan people to meeting participants. Children are never invited (an invitation would put their
 * names in mail to outsiders). Professionals with an e-mail address are treated as colleagues in the tenant;
 * adults with an e-mail address in their contact details are invited as outsiders; everyone else is phoned.
 */
export function participantsFor(plan: Plan, personIds: readonly string[]): MeetingParticipants {
  const attendees: Attendee[] = [];
  const phoneOnly: Array<{ id: string; name: string }> = [];
  const externalKeys: string[] = [];
  for (const id of personIds) {
    const pro = plan.professionals.find((p) => p.id === id);
    if (pro) {
      if (EMAIL.test(pro.email.trim())) attendees.push({ name: pro.name, email: pro.email.trim(), inTenant: true, optional: !pro.present });
      else { phoneOnly.push({ id, name: pro.name }); externalKeys.push(id); }
      continue;
    }
    const direct = plan.directPersons.find((p) => p.id === id);
    if (direct?.isChild) continue;
    const social = plan.socialNetwork.find((p) => p.id === id);
    const name = direct?.name ?? social?.name;
    if (name === undefined) continue;
    const email = direct?.contact.trim() ?? '';
    if (EMAIL.test(email)) {
      attendees.push({ name, email, inTenant: false });
      externalKeys.push(email.toLowerCase());
    } else {
      phoneOnly.push({ id, name });
      externalKeys.push(id);
    }
  }
  return { attendees, phoneOnly, externalKeys };
}

export interface SuggestRequest {
  kind: MeetingKind;
  plan: Plan;
  personIds: readonly string[];
  durationMinutes: number;
}

export interface Suggestions {
  participants: MeetingParticipants;
  slots: RankedSlot[];
  preferredEnd: string | null;
}

/** One request: findMeetingTimes over the evaluation day, or over the next 6 weeks for network meetings. */
export async function suggestTimes(deps: { calendar: Calendar; clock: Clock }, request: SuggestRequest): Promise<Suggestions> {
  const now = deps.clock.now();
  const participants = participantsFor(request.plan, request.personIds);
  const evaluationDate = request.plan.evaluationDate;
  // Network meetings of a crisis plan are searched in the conference's term, counted from the referral (seed 002).
  const network = networkSearch(request.plan, now);
  const window = request.kind === 'evaluation' && evaluationDate ? evaluationWindow(evaluationDate) : network.window;
  const preferredEnd = request.kind === 'network' ? network.preferredEnd : null;
  const suggestions = await deps.calendar.findMeetingTimes({
    attendees: participants.attendees,
    durationMinutes: request.durationMinutes,
    windowStart: window.start,
    windowEnd: window.end,
    // The coordinator organises, but the meeting can happen without them (e.g. a colleague chairs).
    isOrganizerOptional: request.kind === 'network',
  });
  return { participants, slots: rankSuggestions(suggestions, participants.externalKeys, {}, preferredEnd), preferredEnd };
}

/** Re-ranks after a phone answer changed: no request. */
export function rerank(suggestions: Suggestions, answers: PhoneAnswers): RankedSlot[] {
  return rankSuggestions(suggestions.slots.map((s) => s.suggestion), suggestions.participants.externalKeys, answers, suggestions.preferredEnd);
}

/** Where the event is stored in the plan: the evaluation (section 9) or one network meeting. */
export type MeetingTarget = { kind: 'evaluation' } | { kind: 'network'; meetingId: string | null };

export interface CreateRequest {
  target: MeetingTarget;
  start: string;
  end: string;
  /** Sent by address only; the invitation has no place and no plan text (the adapter writes neutral texts). */
  attendees: Attendee[];
  locale: Locale;
  /** Made once per attempt by the caller and reused on a retry, so a retry cannot create a second meeting. */
  transactionId: string;
}

export function newTransactionId(): string {
  return newId();
}

/** Stores the event reference (and the date) in the plan; pure. */
export function withEvent(plan: Plan, target: MeetingTarget, ref: CalendarEventRef | null, date: string | null): Plan {
  if (target.kind === 'evaluation') return { ...plan, evaluationEvent: ref, evaluationDate: date ?? plan.evaluationDate };
  const existing = target.meetingId ? plan.networkMeetings.find((mt) => mt.id === target.meetingId) : undefined;
  if (existing) {
    return { ...plan, networkMeetings: plan.networkMeetings.map((mt) => (mt.id === existing.id ? { ...mt, event: ref, date: date ?? mt.date } : mt)) };
  }
  return { ...plan, networkMeetings: [...plan.networkMeetings, { id: target.meetingId ?? newId(), date, attendeeIds: [], notes: '', event: ref }] };
}

/** At most two requests (the calendar's online meeting check, once per session, and the event). Returns the updated plan. */
export async function createMeeting(deps: { calendar: Calendar }, plan: Plan, request: CreateRequest): Promise<Plan> {
  const ref = await deps.calendar.createEvent({
    kind: request.target.kind, start: request.start, end: request.end, timeZone: 'UTC',
    attendees: request.attendees, transactionId: request.transactionId, locale: request.locale,
  });
  return withEvent(plan, request.target, ref, request.start.slice(0, 10));
}

export function eventOf(plan: Plan, target: MeetingTarget): CalendarEventRef | null {
  if (target.kind === 'evaluation') return plan.evaluationEvent;
  return plan.networkMeetings.find((mt) => mt.id === target.meetingId)?.event ?? null;
}

/**
 * Whether the signed-in user organises the booked meeting. Asks the calendar who is signed in (once per session)
 * only when the reference names an organiser; older references answer `unknown` without a request.
 */
export async function roleFor(deps: { calendar: Calendar }, ref: CalendarEventRef): Promise<MeetingRole> {
  if (!ref.organizerEmail) return meetingRole(ref, null);
  try {
    const owner = await deps.calendar.mailboxOwner();
    return meetingRole(ref, owner.addresses);
  } catch {
    // Who is signed in could not be read: let the user try; Graph's 404 still stops a colleague (see changeMeeting).
    return meetingRole(ref, null);
  }
}

/** The outcome of moving or cancelling: the updated plan, or why the user cannot and whom to ask. */
export type MeetingChange =
  | { ok: true; plan: Plan }
  | { ok: false; reason: 'colleague'; organizerName: string; organizerEmail: string }
  /** Graph answered 404: the event is not in the user's mailbox (someone else booked it, or it was deleted in Outlook). */
  | { ok: false; reason: 'notInCalendar' };

/** Refuses a colleague before any request, and turns Graph's 404 into data the UI can explain. */
async function changeMeeting(deps: { calendar: Calendar }, ref: CalendarEventRef, change: () => Promise<Plan>): Promise<MeetingChange> {
  const role = await roleFor(deps, ref);
  if (!mayChangeMeeting(role)) {
    return role.kind === 'colleague'
      ? { ok: false, reason: 'colleague', organizerName: role.organizerName, organizerEmail: role.organizerEmail }
      : { ok: false, reason: 'notInCalendar' };
  }
  try {
    return { ok: true, plan: await change() };
  } catch (e) {
    if (e instanceof NotFoundError) return { ok: false, reason: 'notInCalendar' };
    throw e;
  }
}

/** One request (plus the signed-in user, once per session): PATCH the time; the plan's date follows. Organiser only. */
export async function moveMeeting(deps: { calendar: Calendar }, plan: Plan, target: MeetingTarget, start: string, end: string): Promise<MeetingChange> {
  const ref = eventOf(plan, target);
  if (!ref) return { ok: true, plan };
  return changeMeeting(deps, ref, async () => {
    await deps.calendar.updateEventTime(ref.eventId, start, end, 'UTC');
    return withEvent(plan, target, ref, start.slice(0, 10));
  });
}

/** One request (plus the signed-in user, once per session): cancel with a neutral comment; the plan forgets the event but keeps its date. Organiser only. */
export async function cancelMeeting(deps: { calendar: Calendar }, plan: Plan, target: MeetingTarget, locale: Locale): Promise<MeetingChange> {
  const ref = eventOf(plan, target);
  if (!ref) return { ok: true, plan };
  return changeMeeting(deps, ref, async () => {
    await deps.calendar.cancelEvent(ref.eventId, m['invite.cancelled'][locale]);
    return withEvent(plan, target, null, null);
  });
}

/**
 * What to offer once the evaluation date in the plan no longer matches the booked meeting: move it (date
 * changed) or cancel it (date cleared). `bookedDate` is the date the meeting was booked on or last moved to;
 * the event reference in the plan holds no time, so the caller remembers it.
 */
export function evaluationFollowUp(plan: Plan, bookedDate: string | null): EventFollowUp {
  return evaluationEventFollowUp({ ...plan, evaluationDate: bookedDate }, plan);
}

/**
 * The people to invite to a network meeting: every professional, and every adult of the family and the
 * informal network who takes part. Children are left out (participantsFor() drops them anyway).
 */
export function networkMeetingPeople(plan: Plan): string[] {
  return [
    ...plan.professionals.map((p) => p.id),
    ...plan.directPersons.filter((p) => !p.isChild).map((p) => p.id),
    ...plan.socialNetwork.filter((p) => p.participates).map((p) => p.id),
  ];
}
