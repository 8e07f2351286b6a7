/**
 * @jest-environment node
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { accessTokenFor } from '../../e2e/fixtures/graph/fakeLogin';
import { authorize, denial, isGranted, lookup, normalisePath, scopesOfBearer, unpackBatch } from '../../fakes/graph/permissions';

const user = { oid: 'oid-1', name: 'L', upn: 'l@contoso.nl' };

describe('normalisePath()', () => {
  it('lower-cases, drops the version and the query, and reduces path-addressed parts to {id}', () => {
    expect(normalisePath('https://graph.microsoft.com/v1.0/drives/D1/root:/Veiligheidsplannen/P1/plan.json:/content?$select=id')).toBe('/drives/d1/root:/{id}:/content');
    expect(normalisePath('https://graph.microsoft.com/v1.0/sites/contoso.sharepoint.com:/sites/Jeugdteam')).toBe('/sites/contoso.sharepoint.com:/{id}');
    expect(normalisePath('/drives/d1/root:/Veiligheidsplannen/p1/plan.json')).toBe('/drives/d1/root:/{id}');
  });
});

describe('lookup()', () => {
  it('prefers the most literal template: /me/events/delta is not an event id', () => {
    expect(lookup('GET', '/me/events/delta').templates).toEqual(['/me/events/delta']);
  });

  it('finds a path-addressed item under its id template when the map lists only that one', () => {
    expect(lookup('POST', '/drives/d1/root:/a/b.docx:/invite').templates).toEqual(['/drives/{id}/items/{id}/invite']);
  });

  it('refuses a $batch: its inner requests are authorised one by one', () => {
    expect(() => lookup('POST', 'https://graph.microsoft.com/v1.0/$batch')).toThrow(/unpackBatch/);
    expect(unpackBatch(JSON.stringify({ requests: [{ id: '1', method: 'get', url: 'me' }, { id: '2', method: 'PUT', url: '/drives/d1/items/i/content' }] })))
      .toEqual([{ id: '1', method: 'GET', url: '/me' }, { id: '2', method: 'PUT', url: '/drives/d1/items/i/content' }]);
  });

  it('knows nothing of a path Graph does not have', () => {
    expect(lookup('GET', '/me/nonsense/thing')).toMatchObject({ templates: [], grantedBy: [] });
  });
});

describe('authorize() and denial()', () => {
  it('answers 403 accessDenied with Graph\'s error body when the scopes do not grant the request', async () => {
    const response = authorize('POST', 'https://graph.microsoft.com/v1.0/me/findMeetingTimes', ['Calendars.ReadWrite']);
    expect(response?.status).toBe(403);
    const body = (await response?.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('accessDenied');
    expect(body.error.message).toContain('Calendars.Read.Shared');
  });

  it('answers Authorization_RequestDenied for directory objects', () => {
    expect(denial('GET', '/users?$search="displayName:jan"', ['People.Read'])?.body.error.code).toBe('Authorization_RequestDenied');
  });

  it('lets a granted request through (null), also with resource-qualified scope names', () => {
    expect(authorize('GET', '/users', ['https://graph.microsoft.com/User.ReadBasic.All'])).toBeNull();
    expect(isGranted('PUT', '/drives/d1/root:/a/plan.json:/content', ['Sites.ReadWrite.All'])).toBe(true);
  });
});

describe('scp in the e2e login\'s tokens', () => {
  it('carries the asked Graph scopes (minus OpenID) for scopesOfBearer()', () => {
    const token = accessTokenFor({ tenantId: 't', clientId: 'c', user, scopesInToken: true }, 'openid profile offline_access https://graph.microsoft.com/Sites.ReadWrite.All');
    expect(scopesOfBearer(`Bearer ${token}`)).toEqual(['Sites.ReadWrite.All']);
  });

  it('issues only what the tenant granted when grantedScopes is set', () => {
    const token = accessTokenFor({ tenantId: 't', clientId: 'c', user, scopesInToken: true, grantedScopes: ['Calendars.ReadWrite'] }, 'Calendars.ReadWrite Calendars.Read.Shared');
    expect(scopesOfBearer(`Bearer ${token}`)).toEqual(['Calendars.ReadWrite']);
  });

  it('keeps the bare token by default', () => {
    expect(accessTokenFor({ tenantId: 't', clientId: 'c', user }, 'User.Read')).toBe('e2e-access-token-oid-1');
    expect(scopesOfBearer('Bearer e2e-access-token-oid-1')).toBeNull();
  });
});

describe('the in-repo copy of the permission map', () => {
  const shared = path.resolve(__dirname, '../../../../shared/graph');
  const local = path.resolve(__dirname, '../../fakes/graph');

  // CI clones the repo alone; where the shared reference exists, the copy must be byte for byte the same.
  (existsSync(path.join(shared, 'permissions.json')) ? it : it.skip)('is unchanged from ../shared/graph, with its licence', () => {
    expect(readFileSync(path.join(local, 'permissions.json')).equals(readFileSync(path.join(shared, 'permissions.json')))).toBe(true);
    expect(readFileSync(path.join(local, 'LICENSE-permissions'), 'utf8')).toBe(readFileSync(path.join(shared, 'LICENSE'), 'utf8'));
  });

  it('carries its MIT licence', () => {
    expect(readFileSync(path.join(local, 'LICENSE-permissions'), 'utf8')).toMatch(/MIT License/i);
  });
});
