import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryStore } from '../../fakes/memoryStore';
import { completePlan } from '../../fixtures';
import type { Plan } from '../../../src/domain';
import { renderApp } from './renderApp';

/** Issue 20 item 1: only a draft is edited; a plan in force is read-only, with Bijstellen where "edit" would be. */

beforeEach(() => { window.location.hash = ''; });

const WAIT = { timeout: 5000 };

async function openStored(plan: Plan) {
  const store = new MemoryStore();
  await store.save(plan, null);
  window.location.hash = `#/plan/${plan.id}`;
  const user = userEvent.setup({ delay: null });
  renderApp({ store });
  await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ }, WAIT);
  return { store, user };
}

describe('the editor and the status gate', () => {
  it('shows a plan in force read-only, says why, and offers Bijstellen', async () => {
    await openStored(completePlan());
    expect(screen.getByText(/Dit plan is in werking en is hier alleen te lezen/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Familienaam' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: /toevoegen/ })).toBeNull();
    expect(screen.getAllByRole('button', { name: 'Bijstellen' }).length).toBeGreaterThan(0);
  });

  it('keeps the incident log of a plan in force editable (it is kept while the plan is in force)', async () => {
    const { user } = await openStored(completePlan());
    const select = screen.getByRole('combobox', { name: 'Ga naar onderdeel' });
    const option = [...select.querySelectorAll('option')].find((o) => /^Incidentenlogboek/.test(o.textContent ?? ''));
    await user.selectOptions(select, option!);
    expect(await screen.findByRole('button', { name: 'Incident toevoegen' }, WAIT)).toBeEnabled();
    expect(screen.queryByText(/Dit plan is in werking en is hier alleen te lezen/)).toBeInTheDocument();
  });

  it('Bijstellen opens an adjusted version that can be edited, and leaves the plan in force as it was', async () => {
    const plan = completePlan();
    const { store, user } = await openStored(plan);
    await user.click(screen.getAllByRole('button', { name: 'Bijstellen' })[0]!);
    await screen.findByText(/Dit is een bijstelling: versie 3/, {}, WAIT);
    const name = screen.getByRole('textbox', { name: 'Familienaam' });
    expect(name).toBeEnabled();
    await user.type(name, ' (bijgesteld)');
    await waitFor(async () => {
      const revision = (await store.list()).find((s) => s.revisionOf === plan.id);
      expect(revision?.familyName).toBe(`${plan.familyName} (bijgesteld)`);
    }, WAIT);
    expect((await store.load(plan.id)).plan).toEqual(plan);
  });

  it('opens the adjusted version already being prepared instead of making a second', async () => {
    const plan = completePlan();
    const store = new MemoryStore();
    await store.save(plan, null);
    await store.save({ ...plan, id: 'rev-existing', status: 'draft', version: plan.version + 1, revisionOf: plan.id, familyName: 'Al bezig' }, null);
    window.location.hash = `#/plan/${plan.id}`;
    const user = userEvent.setup({ delay: null });
    renderApp({ store });
    await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ }, WAIT);
    await user.click(screen.getAllByRole('button', { name: 'Bijstellen' })[0]!);
    await screen.findByRole('heading', { level: 1, name: 'Veiligheidsplan van de familie Al bezig' }, WAIT);
    expect((await store.list()).filter((s) => s.revisionOf === plan.id)).toHaveLength(1);
  });

  it('shows a closed plan read-only, without Bijstellen', async () => {
    await openStored({ ...completePlan(), status: 'closed', closure: { outcome: 'safe-enough', reason: 'Veilig genoeg', date: '2026-11-20' } });
    expect(screen.getByText(/Dit plan is afgesloten en verandert niet meer/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Familienaam' })).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Bijstellen' })).toBeNull();
  });
});
