/**
 * @jest-environment node
 */
import { GraphSharing } from '../../../src/adapters/graph/sharing';
import { revokePending, shareCopies } from '../../../src/app/sharing';
import { activeShares, recordShares, removeRecipient } from '../../../src/domain';
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
