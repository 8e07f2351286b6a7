/**
 * @jest-environment node
 */
import { GraphSharing } from '../../../src/adapters/graph/sharing';
import { findLegacyShares, isLegacyShare, legacyShareRecords, revokePending, shareCopies } from '../../../src/app/sharing';
import { activeShares, pendingRevocations, recordShares, removeRecipient } from '../../../src/domain';
import type { CopyShare, Plan } from '../../../src/domain';
import { graphServer, testContext } from '../adapters/graph/graphServer';
import { fakeExports } from '../../fakes/exports';
import { graphError } from '../../fakes/graph/http';
import { basePlan } from '../adapters/graph/planFixture';

/**
 * Shares recorded the moment they are made (issue 25, finding 8), over real HTTP against the in-memory library
 * (tests/fakes/graph/drive.ts): a run that fails part-way leaves no invitation the plan does not know of.
 */
const graph = graphServer();
beforeAll(() => graph.server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => graph.reset());
afterAll(() => graph.server.close());

const clock = { now: () => new Date('2026-11-29T10:00:00') };
const config = { driveId: 'd1', siteId: '', teamSiteUrl: null, libraryFolder: 'Veiligheidsplannen' };
const FOLDER = 'Veiligheidsplannen/p1';

const consenting = { receivesNote: '', consentGiven: true, consentDate: '2026-11-20', consentById: 'mother' } as const;
const plan: Plan = {
  ...basePlan,
  copyRecipients: [
    { id: 'r-fatima', name: 'Fatima El Amrani', email: 'fatima@contoso.nl', receives: { kind: 'plan' }, ...consenting },
    { id: 'r-gp', name: 'Huisarts', email: 'huisarts@example.org', receives: { kind: 'plan' }, ...consenting },
    { id: 'r-school', name: 'School', email: 'school@example.org', receives: { kind: 'sections', sections: [4] }, ...consenting },
  ],
};

describe('shareCopies() records each share the moment it is made', () => {
  it('the 2nd of 3 invites fails: the 1st is already recorded when it is sent, stays revocable, and the 3rd still goes out', async () => {
    const recorded: CopyShare[] = [];
    const recordedWhenInvited: number[] = [];
    const { drive } = graph.useDrive({
      // The 2nd copy's invite is refused, as SharePoint refuses an invite the user may not make
      // (403 accessDenied, https://learn.microsoft.com/graph/api/driveitem-invite#response).
      authorize: ({ method, url }) => {
        if (method !== 'POST' || !decodeURIComponent(url).endsWith(':/invite')) return null;
        recordedWhenInvited.push(recorded.length);
        if (!decodeURIComponent(url).includes('Kopie c2 ')) return null;
        const refused = graphError(403, 'accessDenied', 'denied');
        return { status: refused.status, body: refused.body };
      },
    });
    let n = 0;
    const deps = {
      sharing: new GraphSharing(testContext(), config), loadExports: async () => fakeExports(), clock,
      randomId: () => `c${++n}`, onShared: (share: CopyShare) => { recorded.push(share); },
    };

    const result = await shareCopies(deps, plan, 'nl');

    expect(result.outcomes.map((o) => [o.recipientId, o.ok])).toEqual([['r-fatima', true], ['r-gp', false], ['r-school', true]]);
    // Each invite went out only after every share before it was recorded.
    expect(recordedWhenInvited).toEqual([0, 1, 1]);
    expect(recorded.map((s) => s.recipientId)).toEqual(['r-fatima', 'r-school']);
    expect(drive.permissionsOf(`${FOLDER}/Kopie c1 2026-11-29.docx`)).toHaveLength(1);
    // The refused copy is not left behind for nobody.
    expect(drive.node(`${FOLDER}/Kopie c2 2026-11-29.docx`)).toBeUndefined();

    // What was recorded is enough to take the access away again: the plan as the editor holds it after the run.
    const held = removeRecipient(recordShares(plan, recorded), 'r-fatima');
    const revoked = await revokePending(deps, held);
    expect(revoked.results.map((r) => [r.recipientId, r.ok])).toEqual([['r-fatima', true]]);
    expect(drive.node(`${FOLDER}/Kopie c1 2026-11-29.docx`)).toBeUndefined();
    expect(activeShares(revoked.plan).map((s) => s.recipientId)).toEqual(['r-school']);
  });

  it('an export that throws for one recipient fails that recipient only; the shares before it are recorded', async () => {
    graph.useDrive();
    const recorded: CopyShare[] = [];
    let k = 0;
    const exports = fakeExports();
    const failing = { ...exports, sectionsToDocx: () => Promise.reject(new Error('docx writer broke')) };
    const reordered: Plan = { ...plan, copyRecipients: [plan.copyRecipients[0]!, plan.copyRecipients[2]!, plan.copyRecipients[1]!] };
    const deps = {
      sharing: new GraphSharing(testContext(), config), loadExports: async () => failing, clock,
      randomId: () => `x${++k}`, onShared: (share: CopyShare) => { recorded.push(share); },
    };

    const result = await shareCopies(deps, reordered, 'nl');

    expect(result.outcomes).toEqual([
      { recipientId: 'r-fatima', ok: true },
      { recipientId: 'r-school', ok: false, code: 'SHARE.UNEXPECTED', message: expect.any(String) },
      { recipientId: 'r-gp', ok: true },
    ]);
    expect(recorded.map((s) => s.recipientId)).toEqual(['r-fatima', 'r-gp']);
  });
});

describe('copies shared before schema 4 (one plan file for everyone, no record in the plan)', () => {
  const LEGACY = `${FOLDER}/veiligheidsplan.docx`;

  /** The old way of sharing: the whole plan as one file, every recipient invited to it (docs/tenant.md). */
  async function sharedTheOldWay(drive: ReturnType<typeof graph.useDrive>['drive'], emails: string[]) {
    drive.seed(LEGACY, 'PK old plan');
    for (const email of emails) {
      await testContext().client.api(`/drives/d1/root:/${LEGACY}:/invite`)
        .post({ recipients: [{ email }], requireSignIn: true, sendInvitation: true, roles: ['read'] });
    }
  }

  it('finds the old file\'s invitations, records them per recipient, and revoking one takes only that address\'s access', async () => {
    const { drive } = graph.useDrive();
    await sharedTheOldWay(drive, ['Huisarts@example.org', 'fatima@contoso.nl', 'oud-adres@example.org']);
    const sharing = new GraphSharing(testContext(), config);
    const withdrawn: Plan = {
      ...plan,
      copyRecipients: plan.copyRecipients.map((r) => (r.id === 'r-gp' ? { ...r, consentGiven: false, consentDate: null, consentById: null, consentWithdrawnOn: '2026-11-28' } : r)),
    };

    const found = await findLegacyShares({ sharing, clock }, withdrawn);
    expect(found.map((s) => [s.email, s.recipientId === 'r-gp' || s.recipientId === 'r-fatima' ? s.recipientId : 'removed', isLegacyShare(s)])).toEqual([
      ['huisarts@example.org', 'r-gp', true], ['fatima@contoso.nl', 'r-fatima', true], ['oud-adres@example.org', 'removed', true],
    ]);
    const recorded = recordShares(withdrawn, found);
    // The GP's consent is gone and the old address belongs to nobody in the plan: both are listed to be taken away.
    expect(pendingRevocations(recorded).map((p) => [p.share.email, p.reason])).toEqual([
      ['huisarts@example.org', 'consentWithdrawn'], ['oud-adres@example.org', 'recipientRemoved'],
    ]);
    const gpOnly = found.filter((s) => s.recipientId === 'r-gp').map((s) => s.id);
    const result = await revokePending({ sharing, clock }, recorded, gpOnly);
    expect(result.results.map((r) => r.ok)).toEqual([true]);
    expect(drive.permissionsOf(LEGACY).map((p) => p.invitation?.email)).toEqual(['fatima@contoso.nl', 'oud-adres@example.org']);

    // Found again later, nothing is recorded twice; the last grant's revocation takes the old file with it.
    expect(legacyShareRecords(result.plan, await sharing.legacyGrants('p1'), '2026-11-29')).toEqual([]);
    const rest = await revokePending({ sharing, clock }, removeRecipient(result.plan, 'r-fatima'));
    expect(rest.results.map((r) => r.ok)).toEqual([true, true]);
    expect(drive.node(LEGACY)).toBeUndefined();
    expect(pendingRevocations(rest.plan)).toEqual([]);
  });

  it('a plan without the old file has none (one GET, answered 404), and another plan\'s old file is never read', async () => {
    const { drive, inner } = graph.useDrive();
    drive.seed('Veiligheidsplannen/p2/veiligheidsplan.docx', 'PK other plan');
    await testContext().client.api('/drives/d1/root:/Veiligheidsplannen/p2/veiligheidsplan.docx:/invite')
      .post({ recipients: [{ email: 'huisarts@example.org' }], requireSignIn: true, sendInvitation: false, roles: ['read'] });
    inner.length = 0;
    expect(await new GraphSharing(testContext(), config).legacyGrants('p1')).toEqual([]);
    expect(inner.map((r) => `${r.method} ${r.path}`)).toEqual([`GET /drives/d1/root:/${FOLDER}/veiligheidsplan.docx`]);
  });
});
