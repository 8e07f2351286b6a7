/**
 * @jest-environment node
 */
import type { Person, User } from '@microsoft/microsoft-graph-types';
import { HttpResponse } from 'msw';
import { GraphPeople } from '../../../../src/adapters/graph/people';
import { GraphSharing } from '../../../../src/adapters/graph/sharing';
import type { ShareRecipient } from '../../../../src/app/ports';
import { graphError, graphServer, testContext } from './graphServer';

const graph = graphServer();
beforeAll(() => graph.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => graph.reset());
afterAll(() => graph.server.close());

describe('GraphPeople.search()', () => {
  it('searches /me/people and /users (ConsistencyLevel: eventual) and merges by e-mail', async () => {
    const people: Person[] = [{ displayName: 'Fatima El Amrani', jobTitle: 'Regisseur', scoredEmailAddresses: [{ address: 'fatima@contoso.nl', relevanceScore: 8 }] }];
    const users: User[] = [{ displayName: 'Fatima El Amrani', mail: 'fatima@contoso.nl', jobTitle: 'Regisseur' }, { displayName: 'Fatih Yilmaz', mail: 'fatih@contoso.nl', jobTitle: null }];
    graph.on('GET', '/me/people', () => HttpResponse.json({ value: people }));
    graph.on('GET', '/users', () => HttpResponse.json({ value: users }));
    const result = await new GraphPeople(testContext()).search('fati');
    const peopleReq = graph.log.find((r) => r.path === '/me/people')!;
    const usersReq = graph.log.find((r) => r.path === '/users')!;
    expect(peopleReq.url.searchParams.get('$search')).toBe('"fati"');
    expect(peopleReq.url.searchParams.get('$select')).toBe('displayName,scoredEmailAddresses,jobTitle');
    expect(usersReq.headers.get('ConsistencyLevel')).toBe('eventual');
    expect(usersReq.url.searchParams.get('$search')).toBe('"displayName:fati" OR "mail:fati"');
    expect(result).toEqual([
      { name: 'Fatima El Amrani', email: 'fatima@contoso.nl', jobTitle: 'Regisseur' },
      { name: 'Fatih Yilmaz', email: 'fatih@contoso.nl', jobTitle: '' },
    ]);
  });

  it('sends nothing for a query shorter than two characters', async () => {
    expect(await new GraphPeople(testContext()).search('f')).toEqual([]);
    expect(graph.log).toHaveLength(0);
  });
});

const config = { driveId: 'd1', siteId: '', teamSiteUrl: null, libraryFolder: 'Veiligheidsplannen' };
const FOLDER = 'Veiligheidsplannen/p1';
const DOC = new Blob(['PK docx bytes']);

function sharing() {
  return new GraphSharing(testContext(), config);
}

const recipient = (id: string, email: string, consentGiven = true): ShareRecipient => ({ id, name: id, email, consentGiven, consentDate: consentGiven ? '2026-11-20' : null });

describe('GraphSharing.shareCopy()', () => {
  it('stores the copy as a new file of its own (create only) and invites the one recipient read-only, with sign-in', async () => {
    const { drive, inner } = graph.useDrive({ columns: [] });
    const outcome = await sharing().shareCopy('p1', 'Kopie abc123 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'Leesrechten');
    const file = drive.node(`${FOLDER}/Kopie abc123 2026-11-29.docx`)!;
    expect(outcome).toEqual({ recipientId: 'a', ok: true, fileItemId: file.id, permissionIds: [drive.permissionsOf(file.path)[0]!.id] });
    expect(inner.map((r) => `${r.method} ${r.path}`)).toEqual([
      `PUT /drives/d1/root:/${FOLDER}/Kopie abc123 2026-11-29.docx:/content`,
      `POST /drives/d1/root:/${FOLDER}/Kopie abc123 2026-11-29.docx:/invite`,
    ]);
    expect(inner[0]!.query['@microsoft.graph.conflictBehavior']).toBe('fail');
    expect(inner[1]!.body).toEqual({ recipients: [{ email: 'a@example.org' }], message: 'Leesrechten', requireSignIn: true, sendInvitation: true, roles: ['read'] });
  });

  it('gives each copy its own file: a second share reaches only its own recipient', async () => {
    const { drive } = graph.useDrive();
    const adapter = sharing();
    const first = await adapter.shareCopy('p1', 'Kopie one 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'm');
    const second = await adapter.shareCopy('p1', 'Kopie two 2026-11-30.docx', recipient('b', 'b@example.org'), DOC, 'm');
    expect(first.ok && second.ok && first.fileItemId !== second.fileItemId).toBe(true);
    expect(drive.permissionsOf(`${FOLDER}/Kopie two 2026-11-30.docx`).map((p) => p.invitation?.email)).toEqual(['b@example.org']);
  });

  it('never sends a request for a recipient without consent', async () => {
    graph.useDrive();
    const outcome = await sharing().shareCopy('p1', 'Kopie x 2026-11-29.docx', recipient('x', 'x@example.org', false), DOC, 'm');
    expect(outcome).toEqual({ recipientId: 'x', ok: false, code: 'SHARE.NO_CONSENT', message: expect.any(String) });
    expect(graph.log).toHaveLength(0);
  });

  it('reports a refused invite (403) as the missing consent, and removes the copy nobody was invited to', async () => {
    const { drive } = graph.useDrive();
    graph.on('POST', /:\/invite$/, () => graphError(403, 'accessDenied'));
    const outcome = await sharing().shareCopy('p1', 'Kopie y 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'm');
    expect(outcome).toMatchObject({ ok: false, code: 'GRAPH.PERMISSION' });
    expect(drive.node(`${FOLDER}/Kopie y 2026-11-29.docx`)).toBeUndefined();
  });
});

describe('GraphSharing.revokeShare()', () => {
  it('checks the file lies in this plan\'s folder, deletes every grant of its own, then the copy file', async () => {
    const { drive, inner } = graph.useDrive();
    const adapter = sharing();
    const shared = await adapter.shareCopy('p1', 'Kopie r 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'm');
    if (!shared.ok) throw new Error('share failed');
    inner.length = 0;
    expect(await adapter.revokeShare('p1', shared.fileItemId, shared.permissionIds)).toEqual({ ok: true });
    expect(inner.map((r) => `${r.method} ${r.path}`)).toEqual([
      `GET /drives/d1/items/${shared.fileItemId}`,
      `GET /drives/d1/items/${shared.fileItemId}/permissions`,
      `DELETE /drives/d1/items/${shared.fileItemId}/permissions/${shared.permissionIds[0]}`,
      `DELETE /drives/d1/items/${shared.fileItemId}`,
    ]);
    expect(drive.node(`${FOLDER}/Kopie r 2026-11-29.docx`)).toBeUndefined();
  });

  it('also takes away a grant given later through another path (a second invite on the same file), not only the recorded one', async () => {
    const { drive } = graph.useDrive();
    const adapter = sharing();
    const shared = await adapter.shareCopy('p1', 'Kopie s 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'm');
    if (!shared.ok) throw new Error('share failed');
    // Someone shares the same copy in SharePoint with another person: a permission the plan never recorded.
    await testContext().client.api(`/drives/d1/root:/${FOLDER}/Kopie s 2026-11-29.docx:/invite`).post({ recipients: [{ email: 'b@example.org' }], requireSignIn: true, sendInvitation: false, roles: ['read'] });
    expect(drive.permissionsOf(`${FOLDER}/Kopie s 2026-11-29.docx`)).toHaveLength(2);
    expect(await adapter.revokeShare('p1', shared.fileItemId, shared.permissionIds)).toEqual({ ok: true });
    expect(drive.node(`${FOLDER}/Kopie s 2026-11-29.docx`)).toBeUndefined();
  });

  it('refuses to revoke a share not made by this plan: a record naming another plan\'s file touches nothing', async () => {
    const { drive, inner } = graph.useDrive();
    const adapter = sharing();
    const other = await adapter.shareCopy('p2', 'Kopie o 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'm');
    if (!other.ok) throw new Error('share failed');
    inner.length = 0;
    // Plan p1 carries a record of p2's share (an import, a duplicate, a crafted file).
    expect(await adapter.revokeShare('p1', other.fileItemId, other.permissionIds)).toMatchObject({ ok: false, code: 'SHARE.NOT_THIS_PLAN' });
    expect(inner.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(drive.permissionsOf('Veiligheidsplannen/p2/Kopie o 2026-11-29.docx')).toHaveLength(1);
    // Any other item in the library, e.g. a plan file itself, is refused the same way.
    drive.seed('Veiligheidsplannen/p2/plan.json', '{}');
    const planFile = drive.node('Veiligheidsplannen/p2/plan.json')!;
    expect(await adapter.revokeShare('p1', planFile.id, ['perm-x'])).toMatchObject({ ok: false, code: 'SHARE.NOT_THIS_PLAN' });
  });

  it('a share without recorded permissions is a failure, not a success', async () => {
    graph.useDrive();
    expect(await sharing().revokeShare('p1', 'item-1', [])).toMatchObject({ ok: false, code: 'SHARE.NOTHING_RECORDED' });
  });

  it('counts a file or permission that is already gone (404) as revoked', async () => {
    graph.useDrive();
    const adapter = sharing();
    const shared = await adapter.shareCopy('p1', 'Kopie g 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'm');
    if (!shared.ok) throw new Error('share failed');
    expect(await adapter.revokeShare('p1', shared.fileItemId, shared.permissionIds)).toEqual({ ok: true });
    expect(await adapter.revokeShare('p1', shared.fileItemId, shared.permissionIds)).toEqual({ ok: true });
    expect(await adapter.revokeShare('p1', 'no-such-item', ['perm-x'])).toEqual({ ok: true });
  });

  it.each([
    [403, 'accessDenied', 'GRAPH.PERMISSION'],
    [500, 'generalException', 'GRAPH.SERVER'],
  ])('reports a %i (%s) as %s, so the user can try again', async (status, code, expected) => {
    graph.useDrive();
    const adapter = sharing();
    const shared = await adapter.shareCopy('p1', 'Kopie e 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'm');
    if (!shared.ok) throw new Error('share failed');
    graph.on('DELETE', /\/permissions\//, () => graphError(status, code));
    const outcome = await adapter.revokeShare('p1', shared.fileItemId, shared.permissionIds);
    expect(outcome).toMatchObject({ ok: false, code: expected });
  });

  it('retries a 429 after Retry-After and then succeeds', async () => {
    graph.useDrive();
    const adapter = sharing();
    const shared = await adapter.shareCopy('p1', 'Kopie t 2026-11-29.docx', recipient('a', 'a@example.org'), DOC, 'm');
    if (!shared.ok) throw new Error('share failed');
    graph.on('DELETE', /\/permissions\//, (_req, attempt) => (attempt === 1 ? graphError(429, 'tooManyRequests', 'slow down', { 'Retry-After': '0' }) : new Response(null, { status: 204 })));
    expect(await adapter.revokeShare('p1', shared.fileItemId, shared.permissionIds)).toEqual({ ok: true });
  });
});

describe('GraphSharing.organisationDomains()', () => {
  it('reads the signed-in user\'s mail and sign-in name domains from /me, once', async () => {
    graph.on('GET', '/me', () => HttpResponse.json({ mail: 'Lotte@Wijkteam.nl', userPrincipalName: 'lotte@wijkteam.onmicrosoft.com' }));
    const adapter = sharing();
    expect(await adapter.organisationDomains()).toEqual(['wijkteam.nl', 'wijkteam.onmicrosoft.com']);
    expect(await adapter.organisationDomains()).toEqual(['wijkteam.nl', 'wijkteam.onmicrosoft.com']);
    expect(graph.log.filter((r) => r.path === '/me')).toHaveLength(1);
  });
});
