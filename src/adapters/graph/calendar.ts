import type { Calendar as GraphCalendarResource, Event, MeetingTimeSuggestionsResult, User } from '@microsoft/microsoft-graph-types';
import type { Calendar, EventRequest, FindTimesRequest, MailboxOwner, MeetingSuggestion } from '../../app/ports';
import { consentFor } from '../../auth/scopes';
import type { CalendarEventRef, Locale } from '../../domain';
import { graphMessages as m } from '../../i18n/areas/graph';
import type { GraphContext } from './client';
import { toEventBody, toEventRef, toFindMeetingTimesBody, toMailboxOwner, toSuggestions } from './calendar.mappers';
import { graphCall } from './errors';

const CALENDARS = consentFor('calendar');
const PROFILE = consentFor('profile');

/** POST /me/findMeetingTimes, answers in UTC. */
export async function findMeetingTimes(ctx: GraphContext, body: ReturnType<typeof toFindMeetingTimesBody>): Promise<MeetingTimeSuggestionsResult> {
  return (await ctx.client.api('/me/findMeetingTimes').header('Prefer', 'outlook.timezone="UTC"').post(body)) as MeetingTimeSuggestionsResult;
}

/** GET /me/calendar?$select=allowedOnlineMeetingProviders */
export async function getAllowedOnlineProviders(ctx: GraphContext): Promise<string[]> {
  const calendar = (await ctx.client.api('/me/calendar').select(['allowedOnlineMeetingProviders']).get()) as GraphCalendarResource;
  return (calendar.allowedOnlineMeetingProviders ?? []).map(String);
}

/** GET /me?$select=mail,userPrincipalName: the signed-in user, to compare with an event's organiser. */
export async function getMailboxOwner(ctx: GraphContext): Promise<Pick<User, 'mail' | 'userPrincipalName'>> {
  return (await ctx.client.api('/me').select(['mail', 'userPrincipalName']).get()) as Pick<User, 'mail' | 'userPrincipalName'>;
}

/** POST /me/events: the event is created in the signed-in user's mailbox, who becomes its organiser. */
export async function createEvent(ctx: GraphContext, body: Event): Promise<Event> {
  return (await ctx.client.api('/me/events').post(body)) as Event;
}

/** PATCH /me/events/{id} with the new start and end. The id addresses the signed-in user's mailbox: 404 for anyone but the organiser. */
export async function patchEventTime(ctx: GraphContext, eventId: string, start: string, end: string, timeZone: string): Promise<void> {
  await ctx.client.api(`/me/events/${encodeURIComponent(eventId)}`).patch({
    start: { dateTime: start.replace(/Z$/, ''), timeZone },
    end: { dateTime: end.replace(/Z$/, ''), timeZone },
  });
}

/** POST /me/events/{id}/cancel: attendees get a cancellation with the (neutral) comment. */
export async function cancelEvent(ctx: GraphContext, eventId: string, comment: string): Promise<void> {
  await ctx.client.api(`/me/events/${encodeURIComponent(eventId)}/cancel`).post({ comment });
}

/** The Calendar port on the signed-in user's Outlook calendar. */
export class GraphCalendar implements Calendar {
  private teamsAllowed: Promise<boolean> | null = null;
  private owner: Promise<MailboxOwner> | null = null;

  constructor(private readonly ctx: GraphContext) {}

  async findMeetingTimes(request: FindTimesRequest): Promise<MeetingSuggestion[]> {
    const body = toFindMeetingTimesBody(request);
    const result = await graphCall(this.ctx, CALENDARS, () => findMeetingTimes(this.ctx, body));
    return toSuggestions(result);
  }

  /** At most two requests: the calendar's online meeting providers (once per session), then the event. */
  async createEvent(request: EventRequest): Promise<CalendarEventRef> {
    const online = await this.onlineMeetingAllowed();
    const event = await graphCall(this.ctx, CALENDARS, () => createEvent(this.ctx, toEventBody(request, online)));
    const ref = toEventRef(event, request.transactionId);
    // The organiser of an event made in /me/events is the signed-in user: no need to ask /me for it later.
    if (!this.owner && ref.organizerEmail) this.owner = Promise.resolve({ addresses: [ref.organizerEmail] });
    return ref;
  }

  /** Once per session (and not at all after this session created an event). */
  mailboxOwner(): Promise<MailboxOwner> {
    if (!this.owner) {
      this.owner = graphCall(this.ctx, PROFILE, () => getMailboxOwner(this.ctx)).then(toMailboxOwner);
      this.owner.catch(() => { this.owner = null; });
    }
    return this.owner;
  }

  updateEventTime(eventId: string, start: string, end: string, timeZone: string): Promise<void> {
    return graphCall(this.ctx, CALENDARS, () => patchEventTime(this.ctx, eventId, start, end, timeZone));
  }

  cancelEvent(eventId: string, comment: string): Promise<void> {
    return graphCall(this.ctx, CALENDARS, () => cancelEvent(this.ctx, eventId, comment));
  }

  private onlineMeetingAllowed(): Promise<boolean> {
    if (!this.teamsAllowed) {
      this.teamsAllowed = graphCall(this.ctx, CALENDARS, () => getAllowedOnlineProviders(this.ctx)).then((p) => p.includes('teamsForBusiness'));
      this.teamsAllowed.catch(() => { this.teamsAllowed = null; });
    }
    return this.teamsAllowed;
  }
}

/** The neutral cancellation comment. */
export function cancellationComment(locale: Locale): string {
  return m['invite.cancelled'][locale];
}
