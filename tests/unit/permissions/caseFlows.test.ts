/**
 * @jest-environment node
 */
import { SUMMARY_COLUMNS, toSummaryFields } from '../../../src/adapters/graph/drive.mappers';
import { CAPABILITY_ORDER, allScopes, capabilityTable } from '../../../src/auth/scopes';
import { createEmptyPlan, serializePlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { lookup, requiresAdminConsent } from '../../fakes/graph/permissions';
import { tenantServer } from '../adapters/graph/tenantServer';

/**
 * Every request of the need-to-know flows (issue 21), through the real adapters over msw against the fake tenant,
 * must be granted by the scopes of the capability the app asked a token for, per Microsoft's permission map; and no
 * scope the app asks needs an admin's consent. The fake tenant itself refuses (403) anything the token does not hold.
 */

type Entry = { method: string; url: string; inBatch: boolean; scopes: string[] | null };
const entries: Entry[] = [];
const stand = tenantServer({ grantedScopes: allScopes(), columns: SUMMARY_COLUMNS, onRequest: (e) => entries.push(e) });
const { tenant } = stand;
const fatima = tenant.addUser('fatima@contoso.nl', 'Fatima');
const ilse = tenant.addUser('ilse@contoso.nl', 'Ilse');
const owner = tenant.addUser('olaf@contoso.nl', 'Olaf');
const team = tenant.createTeam('Wijkteam', owner, [fatima, ilse]);
const channel = tenant.createPrivateChannel(team, 'Casus 2026-014', fatima);
const pending = tenant.createPrivateChannel(team, 'Casus 2026-015', fatima, { provisioned: false });
const plan: Plan = { ...createEmptyPlan('p1'), familyName: 'Test', evaluationDate: '2027-01-15' };
const site = tenant.siteOf(channel);
site.drive.seed('Veiligheidsplannen/p1/plan.json', serializePlan(plan));
site.drive.setFields('Veiligheidsplannen/p1', toSummaryFields(plan));
// Saved before the library had its columns: the caseload reads its plan.json.
site.drive.seed('Veiligheidsplannen/p3/plan.json', serializePlan({ ...plan, id: 'p3' }));
const inTab = (user = fatima) => stand.signedIn(user, {
  teamSiteUrl: tenant.teamsContext(team, channel, user).sharePointSite.teamSiteUrl, caseChannel: { channelId: channel.id, teamId: null },
});

beforeAll(() => stand.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => stand.server.close());

/** Runs a flow to its end (a refusal the flow expects is caught inside it) and returns the requests it made. */
async function walk(flow: () => Promise<unknown>): Promise<Entry[]> {
  const from = entries.length;
  await flow();
  return entries.slice(from);
}

function ungranted(requests: Entry[]): string[] {
  return requests.filter((r) => !r.url.includes('/$batch')).flatMap((r) => {
    const found = lookup(r.method, r.url);
    const held = new Set((r.scopes ?? []).map((s) => s.toLowerCase()));
    return found.grantedBy.some((p) => held.has(p.toLowerCase())) ? [] : [`${r.method} ${new URL(r.url).pathname} held ${(r.scopes ?? []).join(' ')}; granted by ${found.grantedBy.join(', ') || 'nothing'}`];
  });
}

describe('need-to-know flows against the Graph permission map, with only the scopes the app asked for', () => {
  it.each([
    ['opening and saving the plan in its private case channel (the channel site, no team.groupId)', async () => {
      const { store } = inTab();
      const loaded = await store.load('p1');
      await store.save(loaded.plan, loaded.revision);
    }],
    ['the case channel\'s headcount (team found through the joined teams)', async () => {
      const { caseAccess } = inTab();
      expect(await caseAccess!.roster()).toEqual({ kind: 'counted', people: 1 });
    }],
    ['the caseload: joined teams, private channels, their libraries, the plans with their columns (or their plan.json)', async () => {
      const rows = await stand.signedIn(fatima).caseload.listCaseload();
      expect(rows.map((r) => r.id)).toEqual(['p1', 'p3']);
    }],
    ['a colleague outside the case opening the plan from a link (the refusal and its probe)', async () => {
      await expect(stand.signedIn(ilse, { caseDriveId: site.drive.options.driveId }).store.load('p1')).rejects.toMatchObject({ code: 'CASE.NO_ACCESS' });
    }],
    ['a case channel whose site is not made yet', async () => {
      await expect(stand.signedIn(fatima, {
        teamSiteUrl: tenant.teamsContext(team, pending, fatima).sharePointSite.teamSiteUrl, caseChannel: { channelId: pending.id, teamId: null },
      }).store.list()).rejects.toMatchObject({ code: 'CASE.NOT_READY' });
    }],
  ])('%s', async (_name, flow) => {
    const requests = await walk(flow);
    expect(requests.length).toBeGreaterThan(0);
    expect(ungranted(requests)).toEqual([]);
  });

  it('asks no scope that needs an admin\'s consent, and none to change channels, members or tabs', () => {
    const table = capabilityTable('all');
    for (const c of CAPABILITY_ORDER) for (const s of table[c].scopes) expect({ s, admin: requiresAdminConsent(s) }).toEqual({ s, admin: false });
    const asked = new Set(entries.flatMap((e) => e.scopes ?? []));
    for (const s of asked) expect(s).not.toMatch(/^(Channel\.Create|ChannelMember\.|TeamsTab\.|TeamMember\.|Sites\.FullControl|Group\.)/);
    // Reading who the members are would need ChannelMember.Read.All: admin consent. The app counts them instead.
    expect(requiresAdminConsent('ChannelMember.Read.All')).toBe(true);
    expect(lookup('GET', '/teams/t/channels/c/members').grantedBy.some((p) => asked.has(p))).toBe(false);
  });
});
