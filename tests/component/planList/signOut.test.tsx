import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { App } from '../../../src/ui/App';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { completePlan } from '../../fixtures';
import { FakeDevice } from '../../fakes/deviceServices';
import { MemoryStore } from '../../fakes/memoryStore';

const NOW = new Date('2026-11-29T10:00:00Z');

function renderTenant(device: FakeDevice, signOut: () => Promise<void>, more: Partial<AppServices> = {}) {
  const services: AppServices = {
    mode: 'tenant', store: new MemoryStore(), ...device.tab(), storageHealth: null, clock: { now: () => NOW },
    loadExports: async () => { throw new Error('not used'); }, calendar: null, sharing: null, people: null, document: null, signOut, ...more,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale="nl"><App /></ServicesProvider>
    </FluentProvider>,
  );
}

describe('sign-out and old drafts', () => {
  beforeEach(() => { window.location.hash = ''; });

  it('says how many unsaved drafts go with the sign-out before it signs out', async () => {
    const device = new FakeDevice();
    const plan = completePlan();
    await device.tab().drafts.put({ planId: plan.id, editorId: 'e1', plan, base: null, baseRevision: '1' });
    const signOut = jest.fn(async () => undefined);
    renderTenant(device, signOut);
    await userEvent.click(await screen.findByRole('button', { name: 'Afmelden' }));
    expect(await screen.findByText(/1 concept\(en\) met niet-opgeslagen wijzigingen gaan verloren/)).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Annuleren' }));
    expect(signOut).not.toHaveBeenCalled();
    // The closed dialog lifts aria-hidden from the page a moment later (Fluent's Tabster), not within the click.
    await userEvent.click(await screen.findByRole('button', { name: 'Afmelden' }));
    const dialog = await screen.findByRole('alertdialog');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Afmelden' }));
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('in Teams and Word is named for what it does there: clearing the data on this device (the host keeps the sign-in)', async () => {
    const signOut = jest.fn(async () => undefined);
    renderTenant(new FakeDevice(), signOut, { signOutKind: 'host' });
    expect(screen.queryByRole('button', { name: 'Afmelden' })).not.toBeInTheDocument();
    await userEvent.click(await screen.findByRole('button', { name: 'Gegevens op dit apparaat wissen' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(dialog).toHaveTextContent('U blijft aangemeld: dat regelt Teams of Office.');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Wissen' }));
    expect(signOut).toHaveBeenCalledTimes(1);
  });

  it('after a sign-out that could not do everything, the first screen says plainly what failed', async () => {
    renderTenant(new FakeDevice(), async () => undefined, { signOutFailed: ['reflections', 'signIn'] });
    expect(await screen.findByText(/Niet alles is gelukt bij het wissen van uw gegevens op dit apparaat: reflecties verwijderen, aanmelding vergeten\./)).toBeInTheDocument();
  });

  it('announces drafts older than 30 days, and removes them only when asked', async () => {
    const device = new FakeDevice();
    const plan = completePlan();
    const fortyDaysAgo = { now: () => new Date(NOW.getTime() - 40 * 24 * 60 * 60 * 1000) };
    await device.tab(fortyDaysAgo).drafts.put({ planId: plan.id, editorId: 'old', plan, base: null, baseRevision: '1' });
    renderTenant(device, async () => undefined);
    expect(await screen.findByText(/ouder dan 30 dagen/)).toBeInTheDocument();
    expect(await device.tab().drafts.listForPlan(plan.id)).toHaveLength(1);
    await userEvent.click(screen.getByRole('button', { name: 'Oude concepten verwijderen' }));
    await waitFor(async () => expect(await device.tab().drafts.listForPlan(plan.id)).toEqual([]));
    expect(screen.queryByText(/ouder dan 30 dagen/)).not.toBeInTheDocument();
  });
});
