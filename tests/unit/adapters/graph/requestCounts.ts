import { http, HttpResponse } from 'msw';
import type { SetupServer } from 'msw/node';
import type { Event, MeetingTimeSuggestionsResult } from '@microsoft/microsoft-graph-types';
import { createGraphAdapters } from '../../../../src/adapters/graph';
import { SUMMARY_COLUMNS, toSummaryFields } from '../../../../src/adapters/graph/drive.mappers';
import { createMeeting, suggestTimes } from '../../../../src/app/scheduling';
import { shareCopies } from '../../../../src/app/sharing';
import { createEmptyPlan, serializePlan } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { FakeDrive, fromFetchRequest, toFetchResponse } from '../../../fakes/graph/drive';
import { fakePlanExports } from '../../../fakes/planExports';

/**
 * Counts the HTTP requests each user action makes against a Graph stand-in: the in-memory SharePoint library
 * (tests/fakes/graph/drive.ts) for the drive, fixed answers for the calendar. Shared by the unit test that
 * asserts the budgets and by `npm run bench` (scripts/bench/graph.bench.ts), which prints them.
 */
export interface RequestCounts {
  load: number;
  loadDownloads: number;
  /** Saving a plan the user opened (the load is not counted). */
  save: number;
  /** Listing 500 plans whose library columns are filled in; all requests, downloads included. */
  list500: number;
  schedule: number;
  share5: number;
}

export const LIST_PLANS = 500;

function planWithRecipients(n: number): Plan {
  return {
    ...createEmptyPlan('p1'),
    familyName: 'Bench',
    evaluationDate: '2027-01-15',
    professionals: [{ id: 'pro', name: 'Pro', phone: '', email: 'pro@contoso.nl', organisation: '', role: '', workingDays: '', present: true }],
    copyRecipients: Array.from({ length: n }, (_, i) => ({
      id: `r${i}`, name: `R${i}`, email: `r${i}@example.org`, receives: { kind: 'plan' }, receivesNote: '', consentGiven: true, consentDate: '2026-11-20',
    })),
  };
}

/** A library with the plan list's columns, plan p1 and `extra` more plans, each with its columns filled in. */
export function benchLibrary(plan: Plan, extra: number): FakeDrive {
  const drive = new FakeDrive({ driveId: 'd1', columns: SUMMARY_COLUMNS, now: () => new Date('2026-11-24T10:00:00Z') });
  drive.seed('Veiligheidsplannen/p1/plan.json', serializePlan(plan));
  for (let i = 0; i < extra; i += 1) {
    const other: Plan = { ...plan, id: `plan-${String(i).padStart(3, '0')}`, familyName: `Familie ${i}` };
    drive.seed(`Veiligheidsplannen/${other.id}/plan.json`, serializePlan(other));
    drive.setFields(`Veiligheidsplannen/${other.id}`, toSummaryFields(other));
  }
  return drive;
}

export function graphHandlers(drive: FakeDrive) {
  const suggestions: MeetingTimeSuggestionsResult = {
    meetingTimeSuggestions: [{
      confidence: 100,
      meetingTimeSlot: { start: { dateTime: '2027-01-15T09:00:00.0000000', timeZone: 'UTC' }, end: { dateTime: '2027-01-15T10:00:00.0000000', timeZone: 'UTC' } },
      attendeeAvailability: [{ attendee: { emailAddress: { address: 'pro@contoso.nl' } }, availability: 'free' }],
    }],
  };
  const event: Event = { id: 'ev1', onlineMeeting: { joinUrl: 'https://teams.microsoft.com/l/meetup-join/x' } };
  return [
    http.post('https://graph.microsoft.com/v1.0/me/findMeetingTimes', () => HttpResponse.json(suggestions)),
    http.get('https://graph.microsoft.com/v1.0/me/calendar', () => HttpResponse.json({ allowedOnlineMeetingProviders: ['teamsForBusiness'] })),
    http.post('https://graph.microsoft.com/v1.0/me/events', () => HttpResponse.json(event, { status: 201 })),
    http.get('https://graph.microsoft.com/v1.0/me', () => HttpResponse.json({ id: 'me', mail: 'pro@contoso.nl', userPrincipalName: 'pro@contoso.nl' })),
    http.all('https://graph.microsoft.com/v1.0/*', async ({ request }) => {
      const answer = await drive.handle(await fromFetchRequest(request));
      return answer ? toFetchResponse(answer) : undefined;
    }),
    http.get('https://contoso.sharepoint.com/*', ({ request }) => toFetchResponse(drive.download(request.url))),
  ];
}

/** Runs each action on fresh adapters (cold caches: the worst case) and counts requests per host. */
export async function measureRequestCounts(server: SetupServer): Promise<RequestCounts> {
  const plan = planWithRecipients(5);
  server.use(...graphHandlers(benchLibrary(plan, LIST_PLANS - 1)));
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
    const editing = fresh();
    const opened = await editing.store.load('p1');
    const save = await count(() => editing.store.save({ ...plan, familyName: 'Bench-Jansen' }, opened.revision));
    const list500 = await count(() => fresh().store.list());
    const scheduling = fresh();
    const found = await suggestTimes({ calendar: scheduling.calendar, clock: { now: () => new Date('2026-11-24T10:00:00Z') } }, { kind: 'evaluation', plan, personIds: ['pro'], durationMinutes: 60 });
    const slot = found.slots[0]!.suggestion;
    const schedule = await count(() => createMeeting({ calendar: scheduling.calendar }, plan, {
      target: { kind: 'evaluation' }, start: slot.start, end: slot.end, attendees: found.participants.attendees, locale: 'nl', transactionId: 'tx',
    }));
    const sharing = fresh();
    const share5 = await count(() => shareCopies({ sharing: sharing.sharing, loadExports: async () => fakePlanExports(), clock: { now: () => new Date('2026-11-24T10:00:00Z') } }, plan, 'nl'));
    return { load: load.graph, loadDownloads: load.all - load.graph, save: save.all, list500: list500.all, schedule: schedule.all, share5: share5.all };
  } finally {
    server.events.removeListener('request:start', listener);
    server.resetHandlers();
  }
}
