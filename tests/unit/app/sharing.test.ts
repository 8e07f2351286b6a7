import { localCopy, planCopies, revokePending, shareCopies, withdrawConsentAndRevoke } from '../../../src/app/sharing';
import { activeShares, pendingRevocations, removeRecipient } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { fakeExports, fakeSharing } from '../../fakes/exports';
import { basePlan } from '../adapters/graph/planFixture';

const clock = { now: () => new Date('2026-11-29T10:00:00') };

/** Three recipients with consent: Fatima (a professional of the plan) her own overview, the GP the whole plan, school sections 4 and 6. */
const plan: Plan = {
  ...basePlan,
  copyRecipients: [
    { id: 'r-fatima', name: 'Fatima El Amrani', email: 'fatima@contoso.nl', receives: { kind: 'overview', personId: null }, receivesNote: '', consentGiven: true, consentDate: '2026-11-20', consentById: 'mother' },
    { id: 'r-gp', name: 'Huisarts', email: 'huisarts@example.org', receives: { kind: 'plan' }, receivesNote: '', consentGiven: true, consentDate: '2026-11-20', consentById: 'mother' },
    { id: 'r-school', name: 'School', email: 'school@example.org', receives: { kind: 'sections', sections: [6, 4] }, receivesNote: '', consentGiven: true, consentDate: '2026-11-20', consentById: 'mother' },
    { id: 'r-none', name: 'Buurman', email: 'buurman@example.org', receives: { kind: 'plan' }, receivesNote: '', consentGiven: false, consentDate: null },
  ],
};

function deps(options: Parameters<typeof fakeSharing>[0] = {}) {
  const fake = fakeSharing(options);
  const exports = fakeExports();
  return { ...fake, exports, deps: { sharing: fake.sharing, loadExports: async () => exports, clock, randomId: () => 'abc123' } };
}

describe('planCopies()', () => {
  it('says per recipient what they get, in words, and whether the address is outside the organisation', () => {
    const planned = planCopies(plan, 'nl', ['contoso.nl']);
    expect(planned.map((p) => [p.recipient.id, p.label, p.outside, p.refusal?.code ?? null])).toEqual([
      ['r-fatima', 'Eigen overzicht van Fatima El Amrani', false, null],
      ['r-gp', 'Het hele plan', true, null],
      ['r-school', 'Onderdelen 4 en 6', true, null],
      ['r-none', 'Het hele plan', true, 'SHARE.NO_CONSENT'],
    ]);
  });

  it('does not guess "outside" when the organisation\'s domains are unknown', () => {
    expect(planCopies(plan, 'nl', []).map((p) => p.outside)).toEqual([null, null, null, null]);
  });

  it('refuses a copy whose choice comes to nothing: an overview of nobody, no sections', () => {
    const open: Plan = { ...plan, copyRecipients: [
      { ...plan.copyRecipients[1]!, receives: { kind: 'overview', personId: null } },
      { ...plan.copyRecipients[2]!, receives: { kind: 'sections', sections: [] } },
    ] };
    expect(planCopies(open, 'nl', []).map((p) => p.refusal?.code)).toEqual(['SHARE.CHOICE_OVERVIEW', 'SHARE.CHOICE_SECTIONS']);
  });
});

describe('shareCopies()', () => {
  it('sends each recipient exactly their choice, each as a file of its own named without names, and records the shares', async () => {
    const { deps: d, exports, shared } = deps();
    const result = await shareCopies(d, plan, 'nl');
    expect(exports.made).toEqual(['overview:pro', 'plan', 'sections:4,6']);
    expect(shared.map((s) => [s.recipientId, s.fileName])).toEqual([
      ['r-fatima', 'Kopie abc123 2026-11-29.docx'], ['r-gp', 'Kopie abc123 2026-11-29.docx'], ['r-school', 'Kopie abc123 2026-11-29.docx'],
    ]);
    expect(shared.every((s) => !/Fatima|Huisarts|School|Jansen/.test(s.fileName))).toBe(true);
    expect(result.outcomes.map((o) => [o.recipientId, o.ok])).toEqual([['r-fatima', true], ['r-gp', true], ['r-school', true], ['r-none', false]]);
    expect(activeShares(result.plan).map((s) => [s.recipientId, s.email, s.what.kind, s.sharedOn, s.fileItemId, s.permissionIds])).toEqual([
      ['r-fatima', 'fatima@contoso.nl', 'overview', '2026-11-29', 'item-1', ['perm-1']],
      ['r-gp', 'huisarts@example.org', 'plan', '2026-11-29', 'item-2', ['perm-2']],
      ['r-school', 'school@example.org', 'sections', '2026-11-29', 'item-3', ['perm-3']],
    ]);
  });

  it('makes no request at all when nobody may get a copy', async () => {
    const { deps: d, shared, exports } = deps();
    const result = await shareCopies(d, plan, 'nl', ['r-none']);
    expect(result.outcomes).toEqual([{ recipientId: 'r-none', ok: false, code: 'SHARE.NO_CONSENT', message: expect.any(String) }]);
    expect(shared).toEqual([]);
    expect(exports.made).toEqual([]);
    expect(result.plan).toBe(plan);
  });

  it('records only the shares that succeeded, and reports the failure per recipient', async () => {
    const { deps: d } = deps({ failShare: { 'r-gp': 'GRAPH.THROTTLED' } });
    const result = await shareCopies(d, plan, 'nl', ['r-fatima', 'r-gp']);
    expect(result.outcomes).toEqual([{ recipientId: 'r-fatima', ok: true }, { recipientId: 'r-gp', ok: false, code: 'GRAPH.THROTTLED', message: 'failed' }]);
    expect(activeShares(result.plan).map((s) => s.recipientId)).toEqual(['r-fatima']);
  });
});

describe('withdrawing consent and removing recipients', () => {
  it('withdraws consent: the date is recorded, the permissions of their copies are deleted, and the revocation is recorded', async () => {
    const { deps: d, permissions, revoked } = deps();
    const shared = (await shareCopies(d, plan, 'nl')).plan;
    const result = await withdrawConsentAndRevoke(d, shared, 'r-gp');
    const gp = result.plan.copyRecipients.find((r) => r.id === 'r-gp')!;
    expect(gp).toMatchObject({ consentGiven: false, consentDate: null, consentById: null, consentWithdrawnOn: '2026-11-29' });
    expect(revoked).toEqual(['perm-2']);
    expect([...permissions.keys()]).toEqual(['perm-1', 'perm-3']);
    expect(result.plan.copyShares.find((s) => s.recipientId === 'r-gp')).toMatchObject({ revokedOn: '2026-11-29', revokedBecause: 'consentWithdrawn' });
    expect(pendingRevocations(result.plan)).toEqual([]);
  });

  it('a later share does not reach a recipient whose consent was withdrawn', async () => {
    const { deps: d, shared } = deps();
    const first = (await shareCopies(d, plan, 'nl')).plan;
    const withdrawn = (await withdrawConsentAndRevoke(d, first, 'r-gp')).plan;
    shared.length = 0;
    const later = await shareCopies(d, withdrawn, 'nl');
    expect(shared.map((s) => s.recipientId)).toEqual(['r-fatima', 'r-school']);
    expect(later.outcomes.find((o) => o.recipientId === 'r-gp')).toMatchObject({ ok: false, code: 'SHARE.NO_CONSENT' });
  });

  it('revokes a removed recipient\'s access, and keeps the share pending (retry) when revoking fails', async () => {
    const { deps: d, setRevokeFailure, permissions } = deps({ failRevoke: 'GRAPH.THROTTLED' });
    const shared = (await shareCopies(d, plan, 'nl')).plan;
    const removed = removeRecipient(shared, 'r-school');
    const failed = await revokePending(d, removed);
    expect(failed.results).toEqual([{ shareId: expect.any(String), recipientId: 'r-school', reason: 'recipientRemoved', ok: false, code: 'GRAPH.THROTTLED' }]);
    expect(pendingRevocations(failed.plan)).toHaveLength(1);
    setRevokeFailure(null);
    const retried = await revokePending(d, failed.plan);
    expect(retried.results.map((r) => r.ok)).toEqual([true]);
    expect(pendingRevocations(retried.plan)).toEqual([]);
    expect(permissions.has('perm-3')).toBe(false);
  });

  it('revokes the access of an address that changed (consent covers one address)', async () => {
    const { deps: d } = deps();
    const shared = (await shareCopies(d, plan, 'nl', ['r-gp'])).plan;
    const moved: Plan = { ...shared, copyRecipients: shared.copyRecipients.map((r) => (r.id === 'r-gp' ? { ...r, email: 'nieuw@example.org' } : r)) };
    expect(pendingRevocations(moved).map((p) => p.reason)).toEqual(['addressChanged']);
  });

  it('local mode (no Sharing port): records the withdrawal only', async () => {
    const result = await withdrawConsentAndRevoke({ sharing: null, clock }, plan, 'r-gp');
    expect(result.results).toEqual([]);
    expect(result.plan.copyRecipients.find((r) => r.id === 'r-gp')).toMatchObject({ consentGiven: false, consentWithdrawnOn: '2026-11-29' });
  });
});

describe('localCopy() (the local export of one recipient\'s copy)', () => {
  it('exports exactly the recipient\'s choice under a name without names, and refuses without consent', async () => {
    const { deps: d, exports } = deps();
    const copy = await localCopy(d, plan, 'r-school', 'nl');
    expect(copy).toMatchObject({ ok: true, fileName: 'Kopie abc123 2026-11-29.docx' });
    expect(exports.made).toEqual(['sections:4,6']);
    expect(await localCopy(d, plan, 'r-none', 'nl')).toMatchObject({ ok: false, code: 'SHARE.NO_CONSENT' });
    const noAddress: Plan = { ...plan, copyRecipients: plan.copyRecipients.map((r) => (r.id === 'r-gp' ? { ...r, email: '' } : r)) };
    expect(await localCopy(d, noAddress, 'r-gp', 'nl')).toMatchObject({ ok: true });
  });
});
