import { sharePlan } from '../../../src/app/sharing';
import type { PlanExports, ShareOutcome, ShareRecipient, Sharing } from '../../../src/app/ports';
import { basePlan } from '../adapters/graph/planFixture';
import { fakePlanExports } from '../../fakes/planExports';

function fakeSharing() {
  const calls: string[] = [];
  const sharing: Sharing = {
    publishDocument: async () => { calls.push('publish'); },
    shareDocument: async (_id, recipients: ShareRecipient[]): Promise<ShareOutcome[]> => {
      calls.push(`share:${recipients.map((r) => r.id).join(',')}`);
      return recipients.map((r) => ({ recipientId: r.id, ok: true }));
    },
  };
  return { sharing, calls };
}

const planExports: PlanExports = fakePlanExports();

describe('sharePlan()', () => {
  it('refuses a recipient without recorded consent and shares only with the consenting one', async () => {
    const { sharing, calls } = fakeSharing();
    const outcomes = await sharePlan({ sharing, loadExports: async () => planExports }, basePlan, 'nl');
    expect(outcomes).toEqual([
      { recipientId: 'r1', ok: true },
      { recipientId: 'r2', ok: false, code: 'SHARE.NO_CONSENT', message: expect.any(String) },
    ]);
    expect(calls).toEqual(['publish', 'share:r1']);
  });

  it('makes no request at all when nobody consented', async () => {
    const { sharing, calls } = fakeSharing();
    const outcomes = await sharePlan({ sharing, loadExports: async () => planExports }, basePlan, 'nl', ['r2']);
    expect(outcomes.map((o) => o.ok)).toEqual([false]);
    expect(calls).toEqual([]);
  });

  it('refuses a consenting recipient without an e-mail address', async () => {
    const { sharing, calls } = fakeSharing();
    const plan = { ...basePlan, copyRecipients: [{ ...basePlan.copyRecipients[0]!, email: '' }] };
    const [outcome] = await sharePlan({ sharing, loadExports: async () => planExports }, plan, 'nl');
    expect(outcome).toMatchObject({ ok: false, code: 'SHARE.NO_EMAIL' });
    expect(calls).toEqual([]);
  });
});
