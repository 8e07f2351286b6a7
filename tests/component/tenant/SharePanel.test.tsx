import { useState } from 'react';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Plan } from '../../../src/domain';
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

  it('withdraws consent: records the date and takes the access away', async () => {
    const fake = fakeSharing();
    let latest = plan;
    renderTenant(<Harness start={plan} onChange={(p) => { latest = p; }} />, { sharing: fake.sharing });
    await userEvent.click(screen.getByRole('button', { name: 'Delen met 2 ontvanger(s)' }));
    await userEvent.click(within(await findDialog()).getByRole('button', { name: 'Ja, delen', hidden: true }));
    const huisarts = () => within(screen.getByRole('list', { name: 'Resultaat per ontvanger' })).getByText(/Huisarts/).closest('li')!;
    await within(huisarts()).findByText('Heeft toegang tot 1 gedeelde kopie(ën).');
    await userEvent.click(within(huisarts()).getByRole('button', { name: 'Toestemming intrekken' }));
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
    await within(region).findByRole('alert');
    fake.setRevokeFailure(null);
    await userEvent.click(within(region).getByRole('button', { name: 'Opnieuw proberen' }));
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
    await within(region).findByRole('alert');
  });

  it('takes away a removed recipient\'s access by itself; a failure says why and offers a retry', async () => {
    const fake = fakeSharing({ failRevoke: 'GRAPH.THROTTLED' });
    const shared: Plan = {
      ...plan,
      copyRecipients: plan.copyRecipients.filter((r) => r.id !== 'r2'),
      copyShares: [{ id: 's1', recipientId: 'r2', email: 'huisarts@example.org', what: { kind: 'plan' }, sharedOn: '2026-11-20', fileItemId: 'item-9', permissionIds: ['perm-9'], revokedOn: null, revokedBecause: null }],
    };
    renderTenant(<Harness start={shared} />, { sharing: fake.sharing });
    const region = screen.getByRole('region', { name: 'Toegang intrekken' });
    expect(within(region).getByText(/Verwijderde ontvanger \(huisarts@example\.org\), kopie van 20 november 2026 \(ontvanger verwijderd\)/)).toBeInTheDocument();
    expect(await within(region).findByRole('alert')).toHaveTextContent('Intrekken is niet gelukt voor 1 kopie(ën): Microsoft 365 is even te druk. De ontvanger heeft nog toegang.');
    fake.setRevokeFailure(null);
    await userEvent.click(within(region).getByRole('button', { name: 'Opnieuw proberen' }));
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
