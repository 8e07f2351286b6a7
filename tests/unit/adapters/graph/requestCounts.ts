import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import type { DriveItem, Event, MeetingTimeSuggestionsResult, Permission } from '@microsoft/microsoft-graph-types';
import { createGraphAdapters } from '../../../../src/adapters/graph';
import { createMeeting, suggestTimes } from '../../../../src/app/scheduling';
import { sharePlan } from '../../../../src/app/sharing';
import { createEmptyPlan, serializePlan } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';

/**
 * Counts the HTTP requests each user action makes against a Graph stand-in. Shared by the unit test that
 * asserts the budgets and by `npm run bench` (scripts/bench/graph.bench.ts), which prints them.
 */
export interface RequestCounts {
  load: number;
  loadDownloads: number;
  save: number;
  schedule: number;
  share5: number;
}

const DOWNLOAD = 'https://contoso.sharepoint.com/download';

function planWithRecipients(n: number): Plan {
  return {
    ...createEmptyPlan('p1'),
    familyName: 'Bench',
    evaluationDate: '2027-01-15',
    professionals: [{ id: 'pro', name: 'Pro', phone: '', email: 'pro@contoso.nl', organisation: '', role: '', workingDays: '', present: true }],
    copyRecipients: Array.from({ length: n }, (_, i) => ({
      id: `r${i}`, name: `R${i}`, email: `r${i}@example.org`, receives: '', consentGiven: true, consentDate: '2026-11-20',
    })),
  };
}

export function graphHandlers(plan: Plan) {
  const item: DriveItem & { '@microsoft.graph.downloadUrl': string } = {
    id: 'i1', eTag: '"{E},1"', lastModifiedDateTime: '2026-11-24T10:00:00Z', '@microsoft.graph.downloadUrl': `${DOWNLOAD}/p1`,
  };
  const suggestions: MeetingTimeSuggestionsResult = {
    meetingTimeSuggestions: [{
      confidence: 100,
      meetingTimeSlot: { start: { dateTime: '2027-01-15T09:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2027-01-15T10:00:00.0000000', timeZone: 'UTC' } },
      attendeeAvailability: [{ attendee: { emailAddress: { address: 'pro@contoso.nl' } }, availability: 'free' }],
    }],
  };
  const event: Event = { id: 'ev1', onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' } };
  const permission: Permission = { id: 'perm', roles: ['read'] };
  return [
    http.get('https://graph.microsoft.com/v1.0/drives/d1/root\\:/Veiligheidsplannen/p1/plan.json', () => HttpResponse.json(item)),
    http.get(`${DOWNLOAD}/p1`, () => new HttpResponse(serializePlan(plan))),
    http.put('https://graph.microsoft.com/v1.0/drives/d1/root\\:/Veiligheidsplannen/p1/plan.json\\:/content', () => HttpResponse.json(item)),
    http.put('https://graph.microsoft.com/v1.0/drives/d1/root\\:/Veiligheidsplannen/p1/veiligheidsplan.docx\\:/content', () => HttpResponse.json({ id: 'docx' })),
    http.post('https://graph.microsoft.com/v1.0/drives/d1/root\\:/Veiligheidsplannen/p1/veiligheidsplan.docx\\:/invite', () => HttpResponse.json({ value: [permission] })),
    http.post('https://graph.microsoft.com/v1.0/me/findMeetingTimes', () => HttpResponse.json(suggestions)),
    http.get('https://graph.microsoft.com/v1.0/me/calendar', () => HttpResponse.json({ allowedOnlineMeetingProviders: ['teamsForBusiness'] })),
    http.post('https://graph.microsoft.com/v1.0/me/events', () => HttpResponse.json(event, { status: 201 })),
  ];
}

/** Runs each action on fresh adapters (cold caches: the worst case) and counts requests per host. */
export async function measureRequestCounts(server: SetupServer): Promise<RequestCounts> {
  const plan = planWithRecipients(5);
  server.use(...graphHandlers(plan));
  const seen: URL[] = [];
  const listener = ({ request }: { request: Request }) => { seen.push(new URL(request.url)); };
  server.events.on('request:start', listener);
  const count = async (action: () => Promise<unknown>) => {
    seen.length = 0;
    await action();
    return { graph: seen.filter((u) => u.hostname === 'graph.microsoft.com').length, all: seen.length };
  };
  const fresh = () => createGraphAdapters({
    tokens: { getToken: async () => 'token' },
    tenant: { clientId: '00000000-0000-0000-0000-000000000000', tenantId: 'organizations', siteId: '', driveId: 'd1', libraryFolder: 'Veiligheidsplannen' },
    teamSiteUrl: null, clock: { now: () => new Date('2026-11-24T10:00:00Z') }, retry: { delaySeconds: 0, maxRetries: 3 },
  });
  try {
    const load = await count(() => fresh().store.load('p1'));
    const save = await count(() => fresh().store.save(plan, '"{E},1"'));
    const scheduling = fresh();
    const found = await suggestTimes({ calendar: scheduling.calendar, clock: { now: () => new Date('2026-11-24T10:00:00Z') } }, { kind: 'evaluation', plan, personIds: ['pro'], durationMinutes: 60 });
    const slot = found.slots[0]!.suggestion;
    const schedule = await count(() => createMeeting({ calendar: scheduling.calendar }, plan, {
      target: { kind: 'evaluation' }, start: slot.start, end: slot.end, attendees: found.participants.attendees, locale: 'nl', transactionId: 'tx',
    }));
    const sharing = fresh();
    const share5 = await count(() => sharePlan({ sharing: sharing.sharing, loadExports: async () => ({ toDocx: async () => new Blob(['docx']), toIcs: async () => '' }) }, plan, 'nl'));
    return { load: load.graph, loadDownloads: load.all - load.graph, save: save.all, schedule: schedule.all, share5: share5.all };
  } finally {
    server.events.removeListener('request:start', listener);
    server.resetHandlers();
  }
}
