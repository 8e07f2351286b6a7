/**
 * @jest-environment node
 */
import { capabilitiesFor, graphPath } from '../../../src/adapters/graph/requestCapability';
import { CAPABILITY_ORDER, allScopes, capabilityTable, consentFor } from '../../../src/auth/scopes';
import { loadConfig, readSiteAccess } from '../../../src/config';

const GRAPH = 'https://graph.microsoft.com/v1.0';

describe('capabilitiesFor()', () => {
  it.each([
    ['POST', `${GRAPH}/me/findMeetingTimes`, 'calendar'],
    ['POST', `${GRAPH}/me/events`, 'calendar'],
    ['PATCH', `${GRAPH}/me/events/AAMk%3D%3D`, 'calendar'],
    ['POST', `${GRAPH}/me/events/AAMk/cancel`, 'calendar'],
    ['GET', `${GRAPH}/me/calendar?$select=allowedOnlineMeetingProviders`, 'calendar'],
    ['GET', `${GRAPH}/me?$select=mail,userPrincipalName`, 'profile'],
    ['GET', `${GRAPH}/me/people?$search=%22jan%22`, 'people'],
    ['GET', `${GRAPH}/users?$search=%22displayName:jan%22`, 'directory'],
    ['GET', `${GRAPH}/sites/contoso.sharepoint.com:/sites/Jeugdteam`, 'storage'],
    ['PUT', `${GRAPH}/drives/d1/root:/Veiligheidsplannen/p1/plan.json:/content`, 'storage'],
  ])('%s %s belongs to %s', (method, url, capability) => {
    expect(capabilitiesFor(method, url)).toEqual([capability]);
  });

  it('gives a $batch the capabilities of its inner requests, once each', () => {
    const body = JSON.stringify({ requests: [
      { id: '1', method: 'GET', url: '/drives/d1/items/a' }, { id: '2', method: 'GET', url: 'drives/d1/items/b' }, { id: '3', method: 'GET', url: '/me' },
    ] });
    expect(capabilitiesFor('POST', `${GRAPH}/$batch`, body)).toEqual(['storage', 'profile']);
  });

  it('falls to the smallest capability for a path it does not know, so the permission test catches it', () => {
    expect(capabilitiesFor('GET', `${GRAPH}/groups/g1`)).toEqual(['profile']);
  });

  it('reads the Graph path without host, version and query', () => {
    expect(graphPath(`${GRAPH}/Me/Events?$top=1`)).toBe('/me/events');
  });
});

describe('the scope table', () => {
  it('asks Sites.ReadWrite.All for storage, not Files.ReadWrite.All, and never Sites.Manage.All', () => {
    expect(capabilityTable('all').storage.scopes).toEqual(['Sites.ReadWrite.All']);
    expect(allScopes(capabilityTable('all'))).not.toEqual(expect.arrayContaining(['Files.ReadWrite.All']));
    expect(allScopes(capabilityTable('all'))).not.toContain('Sites.Manage.All');
  });

  it('swaps only the storage scope in a Sites.Selected build', () => {
    const all = capabilityTable('all');
    const selected = capabilityTable('selected');
    for (const c of CAPABILITY_ORDER.filter((x) => x !== 'storage')) expect(selected[c]).toEqual(all[c]);
    expect(consentFor('storage', selected)).toBe('storage (Sites.Selected)');
  });
});

describe('VP_SITE_ACCESS', () => {
  const base = { VP_CLIENT_ID: '11111111-2222-3333-4444-555555555555' };

  it('defaults to all, and accepts selected', () => {
    expect(readSiteAccess(undefined)).toBe('all');
    expect(readSiteAccess(' Selected ')).toBe('selected');
  });

  it('fails fast on an unknown value', () => {
    expect(() => readSiteAccess('some')).toThrow(/VP_SITE_ACCESS/);
  });

  it('needs a fixed site (or drive) for Sites.Selected, since no team site can be looked up', () => {
    expect(() => loadConfig({ ...base, VP_SITE_ACCESS: 'selected' })).toThrow(/VP_SITE_ID/);
    expect(loadConfig({ ...base, VP_SITE_ACCESS: 'selected', VP_SITE_ID: 'contoso.sharepoint.com,a,b' }).tenant).toMatchObject({ siteAccess: 'selected' });
    expect(loadConfig(base).tenant?.siteAccess).toBe('all');
  });
});
