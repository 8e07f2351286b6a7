/**
 * @jest-environment node
 */
import { createGraphAdapters } from '../../../src/adapters/graph';
import type { TokenProvider } from '../../../src/app/ports';
import { CAPABILITIES, CAPABILITY_ORDER, capabilityTable, scopesFor } from '../../../src/auth/scopes';
import { createEmptyPlan, serializePlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { lookup } from '../../fakes/graph/permissions';
import { ME, fakeJwt, tenantStandIn } from './tenantStandIn';
import type { RecordedRequest } from './tenantStandIn';

/**
 * Every request each tenant flow sends, through the real adapters over msw, must be granted (per Microsoft's
 * permission map) by the scopes the app asked a token for. The token carries exactly those scopes (`scp`), so a
 * request that needs another capability's consent, or a scope nobody asked for, fails here with its name.
 */

const plan: Plan = {
  ...createEmptyPlan('p1'),
  familyName: 'Test',
  evaluationDate: '2027-01-15',
  professionals: [{ id: 'pro', name: 'Pro', phone: '', email: 'pro@contoso.nl', organisation: '', role: '', workingDays: '', present: true }],
};

const stand = tenantStandIn({ p1: serializePlan(plan) });
const tokenRequests: Array<{ scopes: string[]; capability: string | undefined }> = [];
const tokens: TokenProvider = {
  async getToken(scopes: string[], capability?: string) {
    tokenRequests.push({ scopes, capability });
    return fakeJwt(scopes);
  },
};

beforeAll(() => stand.server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => stand.server.close());

function adapters(where: 'drive' | 'teamSite' = 'drive') {
  return createGraphAdapters({
    tokens,
    tenant: {
      clientId: '00000000-0000-0000-0000-000000000000', tenantId: 'organizations', siteId: '',
      driveId: where === 'drive' ? 'd1' : '', libraryFolder: 'Veiligheidsplannen',
    },
    teamSiteUrl: where === 'teamSite' ? 'https://contoso.sharepoint.com/sites/Jeugdteam' : null,
    clock: { now: () => new Date('2026-11-24T10:00:00Z') },
    retry: { delaySeconds: 0, maxRetries: 0 },
  });
}

interface Violation {
  request: string;
  held: string[];
  wouldGrant: string[];
}

function violations(requests: RecordedRequest[]): Violation[] {
  const out: Violation[] = [];
  for (const r of requests) {
    const url = new URL(r.url);
    if (url.hostname !== 'graph.microsoft.com') {
      // A pre-authenticated download URL: it must not carry our token at all.
      if (r.scopes !== null) out.push({ request: `${r.method} ${url.origin}${url.pathname} (carried a Graph token)`, held: r.scopes, wouldGrant: [] });
      continue;
    }
    const found = lookup(r.method, r.url);
    const held = r.scopes ?? [];
    const heldLower = new Set(held.map((s) => s.toLowerCase()));
    if (!found.grantedBy.some((p) => heldLower.has(p.toLowerCase()))) {
      out.push({
        request: `${r.method} ${url.pathname.replace(/^\/v1\.0/, '')}${r.batch ? ' (in $batch)' : ''} -> ${found.templates.join(', ') || 'not in the map'}`,
        held,
        wouldGrant: found.least.length > 0 ? [`least: ${found.least.join(', ')}`, ...found.grantedBy.filter((g) => !found.least.includes(g))] : found.grantedBy,
      });
    }
  }
  return out;
}

async function walk(flow: () => Promise<unknown>): Promise<{ requests: RecordedRequest[]; error: unknown }> {
  const from = stand.recorded.length;
  let error: unknown = null;
  try {
    await flow();
  } catch (e) {
    error = e;
  }
  // Some flows go on in the background (the list heals missing columns after it answers): let them finish.
  await new Promise((resolve) => setTimeout(resolve, 200));
  return { requests: stand.recorded.slice(from), error };
}

function expectGranted(result: { requests: RecordedRequest[]; error: unknown }): void {
  // A flow that stopped early would hide its later requests: the stand-in must carry every flow to its end.
  expect(result.error === null ? null : String(result.error)).toBeNull();
  expect(result.requests.length).toBeGreaterThan(0);
  const found = violations(result.requests);
  const report = found.map((v) => `${v.request}\n    token held: ${v.held.join(' ') || '(nothing)'}\n    granted by: ${v.wouldGrant.join(', ') || '(no delegated permission)'}`);
  expect(report).toEqual([]);
}

describe('tenant flows against the Graph permission map, with only the scopes the app asked for', () => {
  it('finding the team site by its URL (GET /sites/{host}:/{path})', async () => {
    const result = await walk(() => adapters('teamSite').store.list());
    expect(result.requests.some((r) => /\/sites\/contoso\.sharepoint\.com:\//i.test(decodeURIComponent(r.url)))).toBe(true);
    expectGranted(result);
  });

  it('listing the plans (and healing missing list columns in the background)', async () => {
    expectGranted(await walk(() => adapters().store.list()));
  });

  it('opening a plan', async () => {
    expectGranted(await walk(() => adapters().store.load('p1')));
  });

  it('saving a plan (If-Match), with the plan list columns on its folder\'s listItem', async () => {
    const result = await walk(async () => {
      const store = adapters().store;
      const loaded = await store.load('p1');
      await store.save(loaded.plan, loaded.revision);
    });
    expectGranted(result);
    // The reason storage asks Sites.ReadWrite.All: only it grants writing listItem fields.
    const fields = result.requests.filter((r) => r.method === 'PATCH' && /\/fields$/.test(new URL(r.url).pathname));
    expect(fields.length).toBeGreaterThan(0);
    for (const r of fields) expect(lookup(r.method, r.url).grantedBy).toEqual(['Sites.ReadWrite.All']);
  });

  it('freezing a version', async () => {
    expectGranted(await walk(() => adapters().store.freezeVersion(plan, 'Geactiveerd')));
  });

  it('reading the version history (frozen versions and SharePoint versions)', async () => {
    expectGranted(await walk(async () => {
      const { store, sharePoint } = adapters();
      const frozen = await store.listVersions('p1');
      if (frozen[0]) await store.loadVersion('p1', frozen[0].versionId);
      const saved = await sharePoint.listSavedVersions('p1');
      if (saved[0]) await sharePoint.restoreSavedVersion('p1', saved[0].versionId);
    }));
  });

  it('sharing a copy (upload as its own file, invite), the organisation\'s domains (/me), revoking (DELETE permission), and the old plan file\'s invitations', async () => {
    expectGranted(await walk(async () => {
      const { sharing } = adapters();
      await sharing.organisationDomains();
      const shared = await sharing.shareCopy('p1', 'Kopie abc 2026-11-29.docx', { id: 'r1', name: 'R', email: 'r1@example.org', consentGiven: true, consentDate: '2026-11-20' }, new Blob(['docx']), 'Bericht');
      if (!shared.ok) throw new Error(`share failed: ${shared.code}`);
      const revoked = await sharing.revokeShare('p1', shared.fileItemId, shared.permissionIds);
      if (!revoked.ok) throw new Error(`revoke failed: ${revoked.code}`);
      // The plan file of before schema 4: its invitations are read, and one of them revoked.
      const old = await sharing.shareCopy('p1', 'veiligheidsplan.docx', { id: 'r2', name: 'R', email: 'r2@example.org', consentGiven: true, consentDate: '2026-11-20' }, new Blob(['docx']), 'Bericht');
      if (!old.ok) throw new Error(`share failed: ${old.code}`);
      const grants = await sharing.legacyGrants('p1');
      if (grants.length !== 1) throw new Error('the old file\'s invitation was not found');
      const legacy = await sharing.revokeShare('p1', grants[0]!.fileItemId, [grants[0]!.permissionId]);
      if (!legacy.ok) throw new Error(`revoke failed: ${legacy.code}`);
    }));
  });

  it('scheduling: finding times and creating the meeting', async () => {
    expectGranted(await walk(async () => {
      const { calendar } = adapters();
      const attendees = [{ email: 'pro@contoso.nl', name: 'Pro', inTenant: true }];
      const found = await calendar.findMeetingTimes({
        attendees, durationMinutes: 60, windowStart: '2027-01-15T08:00:00Z', windowEnd: '2027-01-15T17:00:00Z', isOrganizerOptional: false,
      });
      const slot = found[0];
      await calendar.createEvent({
        kind: 'evaluation', start: slot?.start ?? '2027-01-15T09:00:00Z', end: slot?.end ?? '2027-01-15T10:00:00Z', timeZone: 'UTC',
        attendees, transactionId: 'tx-1', locale: 'nl',
      } as Parameters<typeof calendar.createEvent>[0]);
    }));
  });

  it('moving and cancelling the meeting the user organises', async () => {
    const { calendar } = adapters();
    const created = await calendar.createEvent({
      kind: 'evaluation', start: '2027-01-15T09:00:00Z', end: '2027-01-15T10:00:00Z', timeZone: 'UTC',
      attendees: [{ email: 'pro@contoso.nl', name: 'Pro', inTenant: true }], transactionId: 'tx-2', locale: 'nl',
    } as Parameters<typeof calendar.createEvent>[0]);
    expectGranted(await walk(async () => {
      await calendar.mailboxOwner();
      await calendar.updateEventTime(created.eventId, '2027-01-16T09:00:00Z', '2027-01-16T10:00:00Z', 'UTC');
    }));
    expectGranted(await walk(() => calendar.cancelEvent(created.eventId, 'Vervalt')));
  });

  it('searching a colleague (people the user works with, then the directory)', async () => {
    expectGranted(await walk(() => adapters().people.search('Pro')));
  });

  it('asks each token for one capability\'s scopes, never for all of them', () => {
    const all = new Set(CAPABILITY_ORDER.flatMap((c) => scopesFor(c)));
    expect(tokenRequests.length).toBeGreaterThan(0);
    for (const request of tokenRequests) {
      expect(request.capability).toBeTruthy();
      expect(request.scopes.length).toBeLessThan(all.size);
    }
    const calendarTokens = tokenRequests.filter((r) => r.capability?.startsWith('calendar'));
    expect(calendarTokens[0]?.scopes).toEqual(scopesFor('calendar'));
  });
});

describe('the permission map itself, on the errors seen in real tenants', () => {
  it('does not let Calendars.ReadWrite call findMeetingTimes (the 403 on every schedule)', () => {
    const found = lookup('POST', 'https://graph.microsoft.com/v1.0/me/findMeetingTimes');
    expect(found.least).toEqual(['Calendars.Read.Shared']);
    expect(found.grantedBy).not.toContain('Calendars.ReadWrite');
    expect(CAPABILITIES.calendar.scopes).toContain('Calendars.Read.Shared');
  });

  it('needs a Sites permission to find the team site, which Files.ReadWrite.All does not give', () => {
    const found = lookup('GET', 'https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/Jeugdteam?$select=id');
    expect(found.templates).toEqual(['/sites/{id}:/{id}']);
    expect(found.grantedBy).toEqual(['Sites.Read.All', 'Sites.ReadWrite.All']);
  });

  it('normalises ids, file names and path-addressed parts, and drops the query', () => {
    expect(lookup('PUT', `https://graph.microsoft.com/v1.0/drives/b!x/root:/Veiligheidsplannen/p1/plan.json:/content?@microsoft.graph.conflictBehavior=replace`).path)
      .toBe('/drives/b!x/root:/{id}:/content');
    expect(lookup('GET', `https://graph.microsoft.com/v1.0/me/events/AAMkAD==?$select=id`).templates).toEqual(['/me/events/{id}']);
  });

  it('with Sites.Selected the storage capability asks that one scope only (its grant is per site, set in SharePoint)', () => {
    expect(capabilityTable('selected').storage.scopes).toEqual(['Sites.Selected']);
    // The map lists Sites.Selected for no drive path: the per-site grant is not in it, so the walk above runs the default build.
    expect(lookup('GET', '/drives/d1/root:/a/plan.json').grantedBy).not.toContain('Sites.Selected');
  });

  it('signs the profile (GET /me) with User.Read, and the mailbox owner comes from it', () => {
    expect(lookup('GET', '/me').least).toContain('User.Read');
    expect(ME.mail).toBe('fatima@contoso.nl');
  });
});
