import { http } from 'msw';
import type { SetupServer } from 'msw/node';
import { createGraphAdapters } from '../../../../src/adapters/graph';
import { SUMMARY_COLUMNS, toSummaryFields } from '../../../../src/adapters/graph/drive.mappers';
import { createEmptyPlan, serializePlan } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { fromFetchRequest, toFetchResponse } from '../../../fakes/graph/http';
import { FakeTenant, tenantToken } from '../../../fakes/graph/tenant';

/**
 * The HTTP requests of one caseload list for a professional on `cases` cases holding `plans` plans between them,
 * counted by msw in front of the fake tenant (a `$batch` is one request). Cases are private channels, at most 30 per
 * team (the documented limit), so 300 cases span 10 teams. Shared by the unit test that asserts the budget
 * (ceil(C/20) + ceil(N/200) + 3, issue 21) and by `npm run bench` (scripts/bench/graphCaseload.bench.ts).
 */
export function caseloadBudget(cases: number, plans: number): number {
  return Math.ceil(cases / 20) + Math.ceil(plans / 200) + 3;
}

export interface CaseloadRequests {
  /** The first list of the session: it also looks up each case channel's library. */
  requests: number;
  /** A later list in the same session (each channel's library is known). */
  again: number;
  rows: number;
}

export async function measureCaseloadRequests(server: SetupServer, cases: number, plans: number): Promise<CaseloadRequests> {
  const tenant = new FakeTenant({ columns: SUMMARY_COLUMNS });
  const me = tenant.addUser('fatima@contoso.nl', 'Fatima');
  const lead = tenant.addUser('olaf@contoso.nl', 'Olaf');
  const base: Plan = { ...createEmptyPlan('x'), familyName: 'Bench', evaluationDate: '2027-01-15' };
  const perTeam = tenant.limits.privateChannelsPerTeam;
  for (let c = 0; c < cases; c += 1) {
    const team = c % perTeam === 0 ? tenant.createTeam(`Team ${c / perTeam}`, lead, [me]) : tenant.teams.at(-1)!;
    const channel = tenant.createPrivateChannel(team, `Casus ${c}`, me);
    const drive = tenant.siteOf(channel).drive;
    // Plans spread evenly: case c holds plans c, c + cases, c + 2*cases, ...
    for (let p = c; p < plans; p += cases) {
      const plan: Plan = { ...base, id: `plan-${p}`, familyName: `Familie ${p}` };
      drive.seed(`Veiligheidsplannen/${plan.id}/plan.json`, serializePlan(plan));
      drive.setFields(`Veiligheidsplannen/${plan.id}`, toSummaryFields(plan));
    }
  }
  let requests = 0;
  server.use(
    http.all('https://graph.microsoft.com/*', async ({ request }) => {
      requests += 1;
      return toFetchResponse(await tenant.handle(await fromFetchRequest(request)));
    }),
    http.all('https://contoso.sharepoint.com/*', ({ request }) => {
      requests += 1;
      return toFetchResponse(tenant.download(request.url));
    }),
  );
  const { caseload } = createGraphAdapters({
    tokens: { getToken: async (scopes: string[]) => tenantToken(me, scopes) },
    tenant: { clientId: '00000000-0000-0000-0000-000000000000', tenantId: 'organizations', siteId: '', driveId: '', libraryFolder: 'Veiligheidsplannen' },
    teamSiteUrl: null, clock: { now: () => new Date('2026-12-04T10:00:00Z') }, retry: { delaySeconds: 0, maxRetries: 0 },
  });
  const rows = await caseload.listCaseload();
  const first = requests;
  await caseload.listCaseload();
  server.resetHandlers();
  return { requests: first, again: requests - first, rows: rows.length };
}
