/**
 * @jest-environment node
 */
import { SUMMARY_COLUMNS, toSummaryFields } from '../../../../src/adapters/graph/drive.mappers';
import { createEmptyPlan, isDomainError, serializePlan } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';
import { errorMessage } from '../../../../src/i18n/errorMessage';
import { completePlan } from '../../../fixtures';
import { tenantToken } from '../../../fakes/graph/tenant';
import type { FakeChannel, FakeTeam, FakeUser } from '../../../fakes/graph/tenant';
import { tenantServer } from './tenantServer';

/**
 * Need-to-know per case (issue 21): a plan lives in its case's private channel site, and SharePoint itself refuses
 * it to everyone not on the case, team owners included. The app says so without the family's name. Adding someone
 * to the case channel lets them in; removing them shuts them out again.
 */

const NO_ACCESS_NL = 'Je hoort niet bij deze casus. Vraag een eigenaar van het casuskanaal om je in Teams aan het kanaal toe te voegen.';
const NO_ACCESS_EN = 'You are not on this case. Ask an owner of the case channel to add you to the channel in Teams.';

const plan: Plan = { ...createEmptyPlan('p1'), familyName: 'Jansen', evaluationDate: '2027-01-15' };

function setUp(hideAs: 403 | 404 = 403) {
  const stand = tenantServer({ hideAs, columns: SUMMARY_COLUMNS });
  const { tenant } = stand;
  const fatima = tenant.addUser('fatima@contoso.nl', 'Fatima');
  const bram = tenant.addUser('bram@contoso.nl', 'Bram');
  const ilse = tenant.addUser('ilse@contoso.nl', 'Ilse');
  const olaf = tenant.addUser('olaf@contoso.nl', 'Olaf');
  const team = tenant.createTeam('Wijkteam Noord', olaf, [fatima, bram, ilse]);
  const channel = tenant.createPrivateChannel(team, 'Casus 2026-014', fatima);
  tenant.addChannelMember(team, channel, bram);
  const site = tenant.siteOf(channel);
  site.drive.seed('Veiligheidsplannen/p1/plan.json', serializePlan(plan));
  site.drive.setFields('Veiligheidsplannen/p1', toSummaryFields(plan));
  return { ...stand, fatima, bram, ilse, olaf, team, channel, driveId: site.drive.options.driveId };
}

type Stand = ReturnType<typeof setUp>;

async function failure(work: Promise<unknown>): Promise<unknown> {
  try {
    await work;
  } catch (e) {
    return e;
  }
  throw new Error('expected a refusal');
}

async function expectRefused(stand: Stand, user: FakeUser): Promise<void> {
  const link = stand.signedIn(user, { caseDriveId: stand.driveId });
  for (const attempt of [link.store.load('p1'), link.store.list()]) {
    const e = await failure(attempt);
    expect(isDomainError(e) ? e.code : e).toBe('CASE.NO_ACCESS');
    const text = errorMessage(e as never, 'nl');
    expect(text).toBe(NO_ACCESS_NL);
    expect(text).not.toContain(plan.familyName);
    expect(errorMessage(e as never, 'en')).toBe(NO_ACCESS_EN);
  }
}

describe.each([403, 404] as const)('a plan in its case channel (SharePoint refuses with %s)', (hideAs) => {
  let stand: Stand;
  beforeAll(() => {
    stand = setUp(hideAs);
    stand.server.listen({ onUnhandledRequest: 'error' });
  });
  afterAll(() => stand.server.close());

  it('opens for the professionals on the case, in their channel tab and from a link', async () => {
    const { tenant, team, channel, fatima, bram } = stand;
    const inTab = stand.signedIn(fatima, { teamSiteUrl: tenant.teamsContext(team, channel, fatima).sharePointSite.teamSiteUrl, caseChannel: { channelId: channel.id, teamId: null } });
    expect((await inTab.store.load('p1')).plan.familyName).toBe('Jansen');
    expect((await stand.signedIn(bram, { caseDriveId: stand.driveId }).store.list()).map((s) => s.id)).toEqual(['p1']);
  });

  it('is refused by SharePoint itself to a colleague outside the case, and the app says so without the family\'s name', async () => {
    const from = stand.log.length;
    await expectRefused(stand, stand.ilse);
    // The refusal came over HTTP from the case's library (the answers themselves: 'the SharePoint answers themselves').
    expect(stand.log.slice(from).some((r) => r.url.includes(stand.driveId))).toBe(true);
  });

  it('is refused to an owner of the surrounding team who is not on the case', async () => {
    await expectRefused(stand, stand.olaf);
  });

  it('opens once the colleague is added to the case channel, and is refused again once removed', async () => {
    const { tenant, team, channel, ilse } = stand;
    tenant.addChannelMember(team, channel, ilse);
    const link = stand.signedIn(ilse, { caseDriveId: stand.driveId });
    expect((await link.store.load('p1')).plan.id).toBe('p1');
    tenant.removeChannelMember(channel, ilse);
    await expectRefused(stand, ilse);
  });

  it('shuts out someone who leaves the team (they leave its private channels too)', async () => {
    const { tenant, team, channel, bram } = stand;
    tenant.removeTeamMember(team, bram);
    expect(channel.members.has(bram.id)).toBe(false);
    await expectRefused(stand, bram);
    tenant.addTeamMember(team, bram);
    tenant.addChannelMember(team, channel, bram);
  });

  it('gives the plan\'s place by ids (drive and folder item), which opens it for members and is refused to others (Word\'s link)', async () => {
    const { tenant, team, channel, fatima, ilse } = stand;
    const inTab = stand.signedIn(fatima, { teamSiteUrl: tenant.teamsContext(team, channel, fatima).sharePointSite.teamSiteUrl, caseChannel: { channelId: channel.id, teamId: null } });
    const place = await inTab.sharePoint.placeOf('p1');
    expect(place).toEqual({ driveId: stand.driveId, itemId: tenant.siteOf(channel).drive.node('Veiligheidsplannen/p1')!.id });
    expect(JSON.stringify(place)).not.toContain('Jansen');
    expect((await stand.signedIn(fatima, { caseDriveId: place.driveId }).store.load('p1')).plan.id).toBe('p1');
    const e = await failure(stand.signedIn(ilse, { caseDriveId: place.driveId }).store.load('p1'));
    expect(isDomainError(e) ? e.code : e).toBe('CASE.NO_ACCESS');
  });

  it('the caseload lists the case\'s plan for its professionals only; a team owner sees the channel\'s name but no plan', async () => {
    const { fatima, ilse, olaf } = stand;
    expect((await stand.signedIn(fatima).caseload.listCaseload()).map((r) => [r.id, r.caseLabel])).toEqual([['p1', 'Casus 2026-014']]);
    expect(await stand.signedIn(ilse).caseload.listCaseload()).toEqual([]);
    expect(await stand.signedIn(olaf, { teamLead: true }).caseload.listCaseload()).toEqual([]);
    expect(await stand.signedIn(olaf, { teamLead: true }).caseload.listTeamPlans()).toEqual([]);
  });

  it('a save writes what the caseload searches and filters on (children\'s first names, professionals, roles) into the case\'s list', async () => {
    const { tenant, team, channel, fatima } = stand;
    const inTab = stand.signedIn(fatima, { teamSiteUrl: tenant.teamsContext(team, channel, fatima).sharePointSite.teamSiteUrl, caseChannel: { channelId: channel.id, teamId: null } });
    const full: Plan = { ...completePlan(), id: 'p2' };
    await inTab.store.save(full, null);
    const row = (await stand.signedIn(fatima).caseload.listCaseload()).find((r) => r.id === 'p2')!;
    expect(row.childFirstNames).toEqual(full.directPersons.filter((d) => d.isChild).map((d) => d.name.split(' ')[0]));
    expect(row.professionals).toEqual(full.professionals.map((p) => ({ id: p.id, name: p.name, email: p.email })));
    expect(row.roleHolders.facilitator).toBe(full.facilitatorId);
    expect(row.href).toBe(`#/plan/p2?drive=${encodeURIComponent(stand.driveId)}`);
    await inTab.store.delete('p2');
  });

  it('a plan that is gone from a case the user is on stays "not found", not "not on the case"', async () => {
    const e = await failure(stand.signedIn(stand.fatima, { caseDriveId: stand.driveId }).store.load('gone'));
    expect(isDomainError(e) ? e.code : e).toBe('PLAN.NOT_FOUND');
  });
});

describe('the SharePoint answers themselves', () => {
  it('are 403 accessDenied (or 404 itemNotFound) for the outsider and 200 for a member, on the same URL', async () => {
    for (const hideAs of [403, 404] as const) {
      const stand = setUp(hideAs);
      const url = `https://graph.microsoft.com/v1.0/drives/${stand.driveId}/root:/Veiligheidsplannen/p1/plan.json`;
      const ask = (user: FakeUser) => stand.tenant.handle({ method: 'GET', url, headers: { authorization: `Bearer ${tenantToken(user, ['Sites.ReadWrite.All'])}` }, body: null });
      const refused = await ask(stand.ilse);
      expect(refused.status).toBe(hideAs);
      expect((refused.body as { error: { code: string } }).error.code).toBe(hideAs === 403 ? 'accessDenied' : 'itemNotFound');
      expect((await ask(stand.fatima)).status).toBe(200);
    }
  });
});

describe('the caseload in a case library without its list columns', () => {
  it('reads each plan\'s plan.json instead (children\'s first names and roles too), and still only for the case\'s professionals', async () => {
    const stand = tenantServer();
    const owner = stand.tenant.addUser('olaf@contoso.nl');
    const fatima = stand.tenant.addUser('fatima@contoso.nl');
    const ilse = stand.tenant.addUser('ilse@contoso.nl');
    const team = stand.tenant.createTeam('Wijkteam West', owner, [fatima, ilse]);
    const channel = stand.tenant.createPrivateChannel(team, 'Casus 2026-030', fatima);
    const full: Plan = { ...completePlan(), id: 'p9' };
    stand.tenant.siteOf(channel).drive.seed('Veiligheidsplannen/p9/plan.json', serializePlan(full));
    stand.server.listen({ onUnhandledRequest: 'error' });
    try {
      const [row] = await stand.signedIn(fatima).caseload.listCaseload();
      expect(row).toMatchObject({ id: 'p9', familyName: full.familyName, caseLabel: 'Casus 2026-030' });
      expect(row!.childFirstNames.length).toBeGreaterThan(0);
      expect(await stand.signedIn(ilse).caseload.listCaseload()).toEqual([]);
    } finally {
      stand.server.close();
    }
  });
});

describe('a private case channel whose site is not made yet', () => {
  it('says to open the channel\'s Files tab once (CASE.NOT_READY), never "offline" or "not on the case"', async () => {
    const stand = tenantServer({ columns: SUMMARY_COLUMNS });
    const owner = stand.tenant.addUser('olaf@contoso.nl');
    const fatima = stand.tenant.addUser('fatima@contoso.nl');
    const team: FakeTeam = stand.tenant.createTeam('Wijkteam Zuid', owner, [fatima]);
    const channel: FakeChannel = stand.tenant.createPrivateChannel(team, 'Casus 2026-020', fatima, { provisioned: false });
    stand.server.listen({ onUnhandledRequest: 'error' });
    try {
      const context = stand.tenant.teamsContext(team, channel, fatima);
      expect(context.team.groupId).toBeUndefined();
      const inTab = stand.signedIn(fatima, { teamSiteUrl: context.sharePointSite.teamSiteUrl, caseChannel: { channelId: channel.id, teamId: null } });
      const e = await failure(inTab.store.list());
      expect(isDomainError(e) ? e.code : e).toBe('CASE.NOT_READY');
      expect(errorMessage(e as never, 'nl')).toContain('tabblad Bestanden');
      stand.tenant.provision(team, channel);
      expect(await inTab.store.list()).toEqual([]);
    } finally {
      stand.server.close();
    }
  });
});

describe('Teams limits in the fake', () => {
  it('refuses a 31st private channel and a 251st member (the documented limits; MC1134737 raises them)', () => {
    const stand = tenantServer();
    const owner = stand.tenant.addUser('o@contoso.nl');
    const team = stand.tenant.createTeam('T', owner);
    for (let i = 0; i < 30; i += 1) stand.tenant.createPrivateChannel(team, `C${i}`, owner, { provisioned: false });
    expect(() => stand.tenant.createPrivateChannel(team, 'C30', owner)).toThrow(/at most 30/);
    const channel = team.channels.find((c) => c.membershipType === 'private')!;
    for (let i = 0; i < 249; i += 1) {
      const u = stand.tenant.addUser(`u${i}@contoso.nl`);
      stand.tenant.addTeamMember(team, u);
      stand.tenant.addChannelMember(team, channel, u);
    }
    const extra = stand.tenant.addUser('x@contoso.nl');
    stand.tenant.addTeamMember(team, extra);
    expect(() => stand.tenant.addChannelMember(team, channel, extra)).toThrow(/at most 250/);
    const outsider = stand.tenant.addUser('y@contoso.nl');
    expect(() => stand.tenant.addChannelMember(team, channel, outsider)).toThrow(/members of the team/);
  });
});
