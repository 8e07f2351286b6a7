import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { activeShares } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import type { CopyShareOutcome, ShareRecipient, Sharing } from '../../../src/app/ports';
import { SharePanel } from '../../../src/ui/tenant/SharePanel';
import { fakeSharing } from '../../fakes/exports';
import { basePlan } from '../../unit/adapters/graph/planFixture';
import { renderTenant } from './renderTenant';

/** Two recipients with consent (one inside the organisation, one outside) and one without. */
const plan: Plan = {
  ...basePlan,
  copyRecipients: [
    { id: 'r1', name: 'Fatima El Amrani', email: 'fatima@contoso.nl', receives: { kind: 'overview', personId: null }, receivesNote: '', consentGiven: true, consentDate: '2026-11-20', consentById: 'mother' },
    { id: 'r2', name: 'Huisarts', email: 'huisarts@example.org', receives: { kind: 'plan' }, receivesNote: '', consentGiven: true, consentDate: '2026-11-20', consentById: 'mother' },
    { id: 'r3', name: 'School', email: 'school@example.org', receives: { kind: 'sections', sections: [4] }, receivesNote: '', consentGiven: false, consentDate: null },
  ],
};

/**
 * The open confirmation. In jsdom, the first Fluent dialog a test file opens can keep aria-hidden on its surface (its
 * enter motion never ends without Web Animations), so it is looked up including hidden elements; the e2e checks in
 * Chromium that the dialog is exposed, named and passes axe.
 */
function findDialog(): Promise<HTMLElement> {
  return screen.findByRole('alertdialog', { hidden: true }, { timeout: 3000 });
}

/** The open revocation question (found as findDialog finds the share confirmation). */
async function findRevokeDialog(): Promise<HTMLElement> {
  const dialogs = await screen.findAllByRole('alertdialog', { hidden: true }, { timeout: 3000 });
  return dialogs.find((d) => /intrekken\?/.test(d.textContent ?? '')) ?? dialogs[dialogs.length - 1]!;
}

/** The panel with the plan held in state, as the editor holds it. */
function Harness({ start, onChange }: { start: Plan; onChange?: (p: Plan) => void }) {
  const [current, setCurrent] = useState(start);
  return <SharePanel plan={current} onPlanChange={(p) => { setCurrent(p); onChange?.(p); }} />;
}

describe('<SharePanel> and the confirmation', () => {
  it('asks first: the dialog lists each recipient, what they get, and whether the address is outside the organisation', async () => {
    const fake = fakeSharing({ domains: ['contoso.nl'] });

    renderTenant(<Harness start={plan} />, { sharing: fake.sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 2 ontvanger(s)' }));
    const dialog = await findDialog();
    // jsdom does not resolve the dialog's aria-labelledby to Fluent's title; the e2e checks the name in Chromium.
    expect(within(dialog).getAllByText('Controleer wat er wordt gedeeld')[0]).toBeInTheDocument();

    const items = within(dialog).getAllByRole('listitem', { hidden: true });
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/Fatima El Amrani.*fatima@contoso\.nl.*Krijgt: Eigen overzicht van Fatima El Amrani.*Binnen de organisatie/),
      expect.stringMatching(/Huisarts.*huisarts@example\.org.*Krijgt: Het hele plan.*Buiten de organisatie/),
      expect.stringMatching(/School.*Wordt niet gedeeld: Geen toestemming vastgelegd/),
    ]);
    expect(within(dialog).getByText(/1 adres\(sen\) liggen buiten de organisatie/)).toBeInTheDocument();
    expect(fake.shared).toEqual([]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, delen', hidden: true }));
    const list = screen.getByRole('list', { name: 'Resultaat per ontvanger' });
    expect(await within(list).findAllByText('Gedeeld')).toHaveLength(2);
    expect(fake.shared.map((s) => s.recipientId)).toEqual(['r1', 'r2']);
  });

  it('sends nothing when the user cancels', async () => {
    const fake = fakeSharing();
    renderTenant(<Harness start={plan} />, { sharing: fake.sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 2 ontvanger(s)' }));
    const dialog = await findDialog();
    expect(within(dialog).getAllByText('Onbekend of dit binnen de organisatie is')).toHaveLength(2);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuleren', hidden: true }));
    expect(fake.shared).toEqual([]);
  });

  it('withdraws consent: asks first, naming the copy and the recipient; then records the date and takes the access away', async () => {
    const fake = fakeSharing();
    let latest = plan;
    renderTenant(<Harness start={plan} onChange={(p) => { latest = p; }} />, { sharing: fake.sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 2 ontvanger(s)' }));
    await userEvent.click(within(await findDialog()).getByRole('button', { name: 'Ja, delen', hidden: true }));
    const huisarts = () => within(screen.getByRole('list', { name: 'Resultaat per ontvanger' })).getByText(/Huisarts/).closest('li')!;
    await within(huisarts()).findByText('Heeft toegang tot 1 gedeelde kopie(ën).');
    await userEvent.click(within(huisarts()).getByRole('button', { name: 'Toestemming intrekken' }));

    // Nothing happens before the answer: the dialog says which copy goes, and whose.
    const dialog = await findRevokeDialog();
    expect(within(dialog).getAllByText('Toestemming en toegang intrekken?')[0]).toBeInTheDocument();
    expect(within(dialog).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Huisarts.*Adres: huisarts@example\.org.*Bestand: kopie van 24 november 2026 \(Het hele plan\).*Reden: toestemming ingetrokken/),
    ]);
    expect(fake.revoked).toEqual([]);
    expect(latest.copyRecipients.find((r) => r.id === 'r2')).toMatchObject({ consentGiven: true });

    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, intrekken', hidden: true }));
    expect(await screen.findByText('De toegang is ingetrokken en in het plan vastgelegd.')).toBeInTheDocument();
    expect(within(huisarts()).getByText('Toestemming ingetrokken op 24 november 2026.')).toBeInTheDocument();
    expect(fake.permissions.size).toBe(1);
    expect(latest.copyShares.find((s) => s.recipientId === 'r2')).toMatchObject({ revokedOn: '2026-11-24', revokedBecause: 'consentWithdrawn' });
  });

  it('says plainly, while revoking and after, that a copy already downloaded or printed cannot be taken back (issue 25)', async () => {
    const fake = fakeSharing({ failRevoke: 'GRAPH.THROTTLED' });
    const shared: Plan = {
      ...plan,
      copyRecipients: plan.copyRecipients.filter((r) => r.id !== 'r2'),
      copyShares: [{ id: 's1', recipientId: 'r2', email: 'huisarts@example.org', what: { kind: 'plan' }, sharedOn: '2026-11-20', fileItemId: 'item-9', permissionIds: ['perm-9'], revokedOn: null, revokedBecause: null }],
    };
    const notice = 'Let op: een kopie die de ontvanger al heeft gedownload of afgedrukt, kan niet worden teruggehaald. Vraag de ontvanger die te vernietigen.';
    renderTenant(<Harness start={shared} />, { sharing: fake.sharing });
    const region = screen.getByRole('region', { name: 'Toegang intrekken' });
    expect(within(region).getByText(notice)).toBeInTheDocument();
    await userEvent.click(within(region).getByRole('button', { name: 'Toegang nu intrekken' }));
    await userEvent.click(within(await findRevokeDialog()).getByRole('button', { name: 'Ja, intrekken', hidden: true }));
    await within(region).findByRole('alert');
    expect(within(region).getByText(notice)).toBeInTheDocument();
    fake.setRevokeFailure(null);
    await userEvent.click(within(region).getByRole('button', { name: 'Opnieuw proberen' }));
    await userEvent.click(within(await findRevokeDialog()).getByRole('button', { name: 'Ja, intrekken', hidden: true }));
    await screen.findByText('De toegang is ingetrokken en in het plan vastgelegd.');
    expect(within(screen.getByRole('region', { name: 'Toegang intrekken' })).getByText(notice)).toBeInTheDocument();
  });

  it('says it in English for an English user', async () => {
    const fake = fakeSharing({ failRevoke: 'GRAPH.THROTTLED' });
    const shared: Plan = {
      ...plan,
      copyRecipients: plan.copyRecipients.filter((r) => r.id !== 'r2'),
      copyShares: [{ id: 's1', recipientId: 'r2', email: 'huisarts@example.org', what: { kind: 'plan' }, sharedOn: '2026-11-20', fileItemId: 'item-9', permissionIds: ['perm-9'], revokedOn: null, revokedBecause: null }],
    };
    renderTenant(<Harness start={shared} />, { sharing: fake.sharing }, 'en');
    const region = screen.getByRole('region', { name: 'Take access away' });
    expect(within(region).getByText('Note: a copy the recipient already downloaded or printed cannot be taken back. Ask the recipient to destroy it.')).toBeInTheDocument();
  });

  it('withdrawing consent and then cancelling changes nothing: no consent withdrawn, no access taken away', async () => {
    const fake = fakeSharing();
    let latest = plan;
    renderTenant(<Harness start={plan} onChange={(p) => { latest = p; }} />, { sharing: fake.sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 2 ontvanger(s)' }));
    await userEvent.click(within(await findDialog()).getByRole('button', { name: 'Ja, delen', hidden: true }));
    const huisarts = () => within(screen.getByRole('list', { name: 'Resultaat per ontvanger' })).getByText(/Huisarts/).closest('li')!;
    await within(huisarts()).findByText('Heeft toegang tot 1 gedeelde kopie(ën).');
    await userEvent.click(within(huisarts()).getByRole('button', { name: 'Toestemming intrekken' }));
    await userEvent.click(within(await findRevokeDialog()).getByRole('button', { name: 'Annuleren', hidden: true }));
    expect(fake.revoked).toEqual([]);
    expect(fake.permissions.size).toBe(2);
    expect(latest.copyRecipients.find((r) => r.id === 'r2')).toMatchObject({ consentGiven: true });
    expect(activeShares(latest)).toHaveLength(2);
  });

  it('takes away a removed recipient\'s access only after a confirmation; a failure says why and offers a retry', async () => {
    const fake = fakeSharing({ failRevoke: 'GRAPH.THROTTLED' });
    const shared: Plan = {
      ...plan,
      copyRecipients: plan.copyRecipients.filter((r) => r.id !== 'r2'),
      copyShares: [{ id: 's1', recipientId: 'r2', email: 'huisarts@example.org', what: { kind: 'plan' }, sharedOn: '2026-11-20', fileItemId: 'item-9', permissionIds: ['perm-9'], revokedOn: null, revokedBecause: null }],
    };
    const calls: string[][] = [];
    const counting = { ...fake.sharing, revokeShare: (planId: string, item: string, ids: readonly string[]) => { calls.push([...ids]); return fake.sharing.revokeShare(planId, item, ids); } };
    renderTenant(<Harness start={shared} />, { sharing: counting });
    const region = screen.getByRole('region', { name: 'Toegang intrekken' });
    expect(within(region).getByText(/Verwijderde ontvanger \(huisarts@example\.org\), kopie van 20 november 2026 \(ontvanger verwijderd\)/)).toBeInTheDocument();
    // Shown, not revoked by itself: the plan may hold it from elsewhere (another device, a restore).
    await new Promise((r) => setTimeout(r, 50));
    expect(calls).toEqual([]);

    await userEvent.click(within(region).getByRole('button', { name: 'Toegang nu intrekken' }));
    const dialog = await findRevokeDialog();
    expect(within(dialog).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Verwijderde ontvanger \(huisarts@example\.org\).*Bestand: kopie van 20 november 2026 \(Het hele plan\).*Reden: ontvanger verwijderd/),
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, intrekken', hidden: true }));
    expect(await within(region).findByRole('alert')).toHaveTextContent('Intrekken is niet gelukt voor 1 kopie(ën): Microsoft 365 is even te druk. De ontvanger heeft nog toegang.');
    fake.setRevokeFailure(null);
    await userEvent.click(within(region).getByRole('button', { name: 'Opnieuw proberen' }));
    await userEvent.click(within(await findRevokeDialog()).getByRole('button', { name: 'Ja, intrekken', hidden: true }));
    expect(await screen.findByText('De toegang is ingetrokken en in het plan vastgelegd.')).toBeInTheDocument();
    expect(fake.revoked).toEqual(['perm-9']);
  });

  it('offers to try a failed share again, for the failed recipient only', async () => {
    const options: { failShare: Record<string, string> } = { failShare: { r2: 'GRAPH.THROTTLED' } };
    const fake = fakeSharing(options);
    renderTenant(<Harness start={plan} />, { sharing: fake.sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 2 ontvanger(s)' }));
    await userEvent.click(within(await findDialog()).getByRole('button', { name: 'Ja, delen', hidden: true }));
    expect(await screen.findByText(/Niet gelukt: Microsoft 365 is even te druk/)).toBeInTheDocument();
    expect(fake.shared.map((s) => s.recipientId)).toEqual(['r1']);
    options.failShare = {};
    await userEvent.click(screen.getByRole('button', { name: 'Opnieuw proberen voor 1 ontvanger(s)' }));
    const dialog = await findDialog();
    expect(within(dialog).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([expect.stringMatching(/^Huisarts/)]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, delen', hidden: true }));
    await waitFor(() => expect(fake.shared.map((s) => s.recipientId)).toEqual(['r1', 'r2']));
    expect(await within(screen.getByRole('list', { name: 'Resultaat per ontvanger' })).findAllByText('Gedeeld')).toHaveLength(2);
  });

  it('renders nothing in local mode (no sharing port)', () => {
    renderTenant(<SharePanel plan={plan} onPlanChange={() => undefined} />);
    expect(screen.queryByRole('region', { name: 'Kopie delen' })).toBeNull();
  });
});

/** A Sharing port whose calls wait until the test lets them through, and that logs what happened in which order. */
function heldSharing(answer: (recipient: ShareRecipient) => CopyShareOutcome | Error) {
  const log: string[] = [];
  const gates: Array<() => void> = [];
  let sequence = 0;
  const wait = () => new Promise<void>((resolve) => { gates.push(resolve); });
  const sharing: Sharing = {
    async shareCopy(_planId, _fileName, recipient) {
      log.push(`invite ${recipient.id}`);
      await wait();
      const outcome = answer(recipient);
      if (outcome instanceof Error) throw outcome;
      sequence += 1;
      return outcome.ok ? { ...outcome, fileItemId: `item-${sequence}`, permissionIds: [`perm-${sequence}`] } : outcome;
    },
    async revokeShare(_planId, _fileItemId, permissionIds) {
      log.push(`revoke ${permissionIds.join(',')}`);
      await wait();
      return { ok: true };
    },
    legacyGrants: async () => [],
    organisationDomains: async () => [],
  };
  const release = async () => {
    await waitFor(() => expect(gates.length).toBeGreaterThan(0));
    gates.shift()!();
  };
  return { sharing, log, release };
}

/** The panel beside a field the user may edit while requests run (the editor's other fields). */
function EditingHarness({ start, onChange }: { start: Plan; onChange: (p: Plan) => void }) {
  const [current, setCurrent] = useState(start);
  const set = (p: Plan) => { setCurrent(p); onChange(p); };
  return (
    <>
      <button type="button" onClick={() => set({ ...current, familyName: `${current.familyName} (bewerkt)` })}>Bewerk</button>
      <SharePanel plan={current} onPlanChange={set} />
    </>
  );
}

const threeConsenting: Plan = {
  ...plan,
  copyRecipients: [
    ...plan.copyRecipients.slice(0, 2),
    { ...plan.copyRecipients[2]!, consentGiven: true, consentDate: '2026-11-20', consentById: 'mother' },
  ],
};

describe('<SharePanel> records what it did in the newest plan', () => {
  it('the 2nd of 3 shares fails: the 1st is recorded and saved before the 2nd goes out, the 3rd still goes, and the failure is named', async () => {
    const held = heldSharing((r) => (r.id === 'r2' ? new TypeError('Failed to fetch') : { recipientId: r.id, ok: true, fileItemId: '', permissionIds: [] }));
    let latest = threeConsenting;
    const saves: string[] = [];
    function Saving() {
      const [current, setCurrent] = useState(threeConsenting);
      return (
        <SharePanel plan={current} onPlanChange={(p) => { latest = p; setCurrent(p); }}
          onSaveNow={async () => { saves.push(latest.copyShares.map((s) => s.recipientId).join(',')); held.log.push('save'); }} />
      );
    }
    renderTenant(<Saving />, { sharing: held.sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 3 ontvanger(s)' }));
    await userEvent.click(within(await findDialog()).getByRole('button', { name: 'Ja, delen', hidden: true }));
    await held.release();
    await held.release();
    await held.release();

    expect(await screen.findByText(/^Niet gedeeld met: Huisarts\./)).toHaveTextContent(
      'Niet gedeeld met: Huisarts. Wat wel is gedeeld, staat al in het plan; die toegang kunt u intrekken. Probeer het opnieuw voor wie het niet lukte.');
    expect(held.log).toEqual(['invite r1', 'save', 'invite r2', 'invite r3', 'save']);
    expect(saves).toEqual(['r1', 'r1,r3']);
    expect(activeShares(latest).map((s) => s.recipientId)).toEqual(['r1', 'r3']);
    const list = screen.getByRole('list', { name: 'Resultaat per ontvanger' });
    expect(within(list).getByText(/Huisarts/).closest('li')).toHaveTextContent('Niet gelukt: er ging iets onverwachts mis.');
    expect(screen.getByRole('button', { name: 'Opnieuw proberen voor 1 ontvanger(s)' })).toBeInTheDocument();
  });

  it('keeps an edit made while an invite is in flight, and records the share', async () => {
    const held = heldSharing((r) => ({ recipientId: r.id, ok: true, fileItemId: '', permissionIds: [] }));
    let latest = plan;
    renderTenant(<EditingHarness start={plan} onChange={(p) => { latest = p; }} />, { sharing: held.sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 2 ontvanger(s)' }));
    await userEvent.click(within(await findDialog()).getByRole('button', { name: 'Ja, delen', hidden: true }));
    await waitFor(() => expect(held.log).toEqual(['invite r1']));
    await userEvent.click(screen.getByRole('button', { name: 'Bewerk' }));
    await held.release();
    await held.release();
    expect(await within(screen.getByRole('list', { name: 'Resultaat per ontvanger' })).findAllByText('Gedeeld')).toHaveLength(2);
    expect(latest.familyName).toBe(`${plan.familyName} (bewerkt)`);
    expect(activeShares(latest).map((s) => s.recipientId)).toEqual(['r1', 'r2']);
  });

  it('keeps an edit made while access is taken away, and records the withdrawal and the revocation', async () => {
    const held = heldSharing(() => new Error('not used'));
    const shared: Plan = {
      ...plan,
      copyShares: [{ id: 's1', recipientId: 'r2', email: 'huisarts@example.org', what: { kind: 'plan' }, sharedOn: '2026-11-20', fileItemId: 'item-9', permissionIds: ['perm-9'], revokedOn: null, revokedBecause: null }],
    };
    let latest = shared;
    renderTenant(<EditingHarness start={shared} onChange={(p) => { latest = p; }} />, { sharing: held.sharing });
    const huisarts = within(screen.getByRole('list', { name: 'Resultaat per ontvanger' })).getByText(/Huisarts/).closest('li')!;
    await userEvent.click(within(huisarts).getByRole('button', { name: 'Toestemming intrekken' }));
    await userEvent.click(within(await findRevokeDialog()).getByRole('button', { name: 'Ja, intrekken', hidden: true }));
    await waitFor(() => expect(held.log).toEqual(['revoke perm-9']));
    await userEvent.click(screen.getByRole('button', { name: 'Bewerk' }));
    await held.release();
    expect(await screen.findByText('De toegang is ingetrokken en in het plan vastgelegd.')).toBeInTheDocument();
    expect(latest.familyName).toBe(`${plan.familyName} (bewerkt)`);
    expect(latest.copyRecipients.find((r) => r.id === 'r2')).toMatchObject({ consentGiven: false, consentWithdrawnOn: '2026-11-24' });
    expect(latest.copyShares[0]).toMatchObject({ revokedOn: '2026-11-24', revokedBecause: 'consentWithdrawn' });
  });
});

describe('<SharePanel> and copies shared before schema 4', () => {
  it('records the old plan file\'s invitations, lists a withdrawn recipient\'s access, and names the old file when asking', async () => {
    const withdrawn: Plan = {
      ...plan,
      copyRecipients: plan.copyRecipients.map((r) => (r.id === 'r2' ? { ...r, consentGiven: false, consentDate: null, consentById: null, consentWithdrawnOn: '2026-11-10' } : r)),
    };
    const fake = fakeSharing({ legacy: [
      { fileItemId: 'old-plan', permissionId: 'old-1', email: 'huisarts@example.org', sharedOn: '2026-06-01' },
      { fileItemId: 'old-plan', permissionId: 'old-2', email: 'fatima@contoso.nl', sharedOn: '2026-06-01' },
    ] });
    let latest = withdrawn;
    const saved: number[] = [];
    function Saving() {
      const [current, setCurrent] = useState(withdrawn);
      return <SharePanel plan={current} onPlanChange={(p) => { latest = p; setCurrent(p); }} onSaveNow={async () => { saved.push(latest.copyShares.length); }} />;
    }
    renderTenant(<Saving />, { sharing: fake.sharing });

    const region = await screen.findByRole('region', { name: 'Toegang intrekken' });
    expect(within(region).getByText(/^Huisarts, kopie van 1 juni 2026 \(toestemming ingetrokken\)/)).toBeInTheDocument();
    expect(latest.copyShares.map((s) => [s.recipientId, s.permissionIds])).toEqual([['r2', ['old-1']], ['r1', ['old-2']]]);
    expect(saved).toEqual([2]);
    const list = screen.getByRole('list', { name: 'Resultaat per ontvanger' });
    expect(within(list).getByText(/^Fatima El Amrani \(/).closest('li')).toHaveTextContent('Heeft toegang tot 1 gedeelde kopie(ën).');
    expect(fake.revoked).toEqual([]);

    await userEvent.click(within(region).getByRole('button', { name: 'Toegang nu intrekken' }));
    const dialog = await findRevokeDialog();
    expect(within(dialog).getAllByRole('listitem', { hidden: true }).map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Huisarts.*Bestand: veiligheidsplan\.docx \(het gedeelde plan van vóór de eigen kopieën\).*Reden: toestemming ingetrokken/),
    ]);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Ja, intrekken', hidden: true }));
    expect(await screen.findByText('De toegang is ingetrokken en in het plan vastgelegd.')).toBeInTheDocument();
    expect(fake.revoked).toEqual(['old-1']);
    expect(activeShares(latest).map((s) => s.recipientId)).toEqual(['r1']);
  });
});
