/**
 * @jest-environment node
 */
import type { Permission, Person, User } from '@microsoft/microsoft-graph-types';
import { HttpResponse } from 'msw';
import { GraphPeople } from '../../../../src/adapters/graph/people';
import { GraphSharing } from '../../../../src/adapters/graph/sharing';
import { SharePointPlanStore } from '../../../../src/adapters/graph/sharePointPlanStore';
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
const INVITE = '/drives/d1/root:/Veiligheidsplannen/p1/veiligheidsplan.docx:/invite';

function sharing() {
  const ctx = testContext();
  return new GraphSharing(ctx, config, new SharePointPlanStore(ctx, config, { now: () => new Date() }));
}

const recipient = (id: string, email: string, consentGiven = true): ShareRecipient => ({ id, name: id, email, consentGiven, consentDate: consentGiven ? '2026-11-20' : null });

describe('GraphSharing.shareDocument()', () => {
  it('invites each recipient read-only with sign-in required, and reports each result, also when one fails', async () => {
    graph.on('POST', INVITE, (req) => {
      const email = (JSON.parse(req.body) as { recipients: Array<{ email: string }> }).recipients[0]!.email;
      if (email === 'bad@example.org') return graphError(400, 'invalidRequest', 'The recipient could not be resolved');
      const permission: Permission = { id: `perm-${email}`, roles: ['read'], grantedToIdentitiesV2: [], invitation: { email, signInRequired: true } };
      return HttpResponse.json({ value: [permission] });
    });
    const outcomes = await sharing().shareDocument('p1', [recipient('a', 'a@example.org'), recipient('b', 'bad@example.org'), recipient('c', 'c@example.org')], 'Leesrechten');
    expect(outcomes).toEqual([
      { recipientId: 'a', ok: true },
      { recipientId: 'b', ok: false, code: 'GRAPH.SERVER', message: expect.any(String) },
      { recipientId: 'c', ok: true },
    ]);
    expect(graph.log).toHaveLength(3);
    expect(JSON.parse(graph.log[0]!.body)).toEqual({
      recipients: [{ email: 'a@example.org' }], message: 'Leesrechten', requireSignIn: true, sendInvitation: true, roles: ['read'],
    });
  });

  it('never sends a request for a recipient without consent', async () => {
    const outcomes = await sharing().shareDocument('p1', [recipient('x', 'x@example.org', false)], 'm');
    expect(outcomes).toEqual([{ recipientId: 'x', ok: false, code: 'SHARE.NO_CONSENT', message: expect.any(String) }]);
    expect(graph.log).toHaveLength(0);
  });

  it('reports a 403 as the missing Files.ReadWrite.All consent', async () => {
    graph.on('POST', INVITE, () => graphError(403, 'accessDenied'));
    const [outcome] = await sharing().shareDocument('p1', [recipient('a', 'a@example.org')], 'm');
    expect(outcome).toMatchObject({ ok: false, code: 'GRAPH.PERMISSION' });
  });
});
