import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createEmptyPlan } from '../../../src/domain';
import { MemoryStore } from '../../fakes/memoryStore';
import { renderApp } from './renderApp';
import { FakeDevice } from '../../fakes/deviceServices';

beforeEach(() => { window.location.hash = ''; });

async function openNewPlan(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'Nieuw plan' }));
  await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ });
}

async function goToSection(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  const select = screen.getByRole('combobox', { name: 'Ga naar onderdeel' });
  const option = within(select).getAllByRole('option').find((o) => name.test(o.textContent ?? ''));
  if (!option) throw new Error(`no section ${String(name)}`);
  await user.selectOptions(select, option);
}

/** The quality check runs once typing pauses (usePlanEditor), so its summary is awaited, not read at once. */
async function errorCount(): Promise<number> {
  const summary = (await screen.findByText(/\d+ fouten, \d+ adviezen/)).textContent ?? '';
  return Number(/(\d+) fouten/.exec(summary)?.[1]);
}

/** Picks a person in a people picker: open it, type part of the name, choose the option. */
async function pickPerson(user: ReturnType<typeof userEvent.setup>, scope: HTMLElement, label: RegExp, name: string) {
  await user.click(within(scope).getByRole('combobox', { name: label }));
  await user.keyboard(name.slice(0, 3));
  await user.click(await screen.findByRole('option', { name }));
}

describe('plan editor', () => {
  it('adds a person, a goal and an agreement that picks that person, and the quality panel follows', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp();
    await openNewPlan(user);
    const before = await errorCount();
    expect(await screen.findByText('Vul de familienaam in: die staat in de titel van het plan.')).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Familienaam/ }), 'Bakker');
    await waitFor(() => expect(screen.queryByText('Vul de familienaam in: die staat in de titel van het plan.')).not.toBeInTheDocument());

    await goToSection(user, /^1\. Wie maken/);
    await user.click(screen.getByRole('button', { name: 'Gezinslid toevoegen' }));
    const member = screen.getByRole('group', { name: /Gezinslid 1/ });
    await user.type(within(member).getByRole('textbox', { name: /Naam/ }), 'Sanne Bakker');
    // She was there: an adult family member who took part (schema 5, family-took-part), so her name adds no net error.
    await user.click(within(member).getByRole('checkbox', { name: /Aanwezig/ }));

    await goToSection(user, /^3\. Wat zijn de doelen/);
    await user.click(screen.getByRole('button', { name: 'Doel toevoegen' }));
    const goal = screen.getByRole('group', { name: /Doel 1/ });
    await user.type(within(goal).getByRole('textbox', { name: /Doel/ }), 'De kinderen zijn veilig thuis');
    await user.selectOptions(within(goal).getByRole('combobox', { name: /Soort doel/ }), 'Gezinsdoel');
    expect(await screen.findByText(/Doel 1 heeft nog geen afspraak/)).toBeInTheDocument();

    await goToSection(user, /^4\. Welke afspraken/);
    await user.click(screen.getByRole('button', { name: 'Afspraak toevoegen' }));
    const agreement = screen.getByRole('group', { name: /Afspraak 1/ });
    await user.selectOptions(within(agreement).getByRole('combobox', { name: /Bij doel/ }), '1. De kinderen zijn veilig thuis');
    await pickPerson(user, agreement, /^Wie/, 'Sanne Bakker');
    expect(within(agreement).getByRole('listbox', { name: /Gekozen: Wie/ })).toHaveTextContent('Sanne Bakker');
    await user.type(within(agreement).getByRole('textbox', { name: /^Wat/ }), 'Belt oma bij ruzie');
    await user.type(within(agreement).getByRole('textbox', { name: /Wanneer/ }), 'Elke dag');
    // Acute or stable safety (seeds 000, 003): asked per agreement until chosen.
    expect(screen.getByText('Geef bij afspraak 1 aan of die voor acute of voor stabiele veiligheid is.')).toBeInTheDocument();
    await user.selectOptions(within(agreement).getByRole('combobox', { name: /Acute of stabiele veiligheid/ }), 'Acute veiligheid');

    await waitFor(() => expect(screen.queryByText(/Doel 1 heeft nog geen afspraak/)).not.toBeInTheDocument());
    const findings = screen.getByRole('list', { name: 'Kwaliteitscheck' });
    await waitFor(() => expect(within(findings).queryByText(/afspraak 1/i)).not.toBeInTheDocument());
    expect(await errorCount()).toBeLessThan(before);
  });

  it('refuses activation while errors remain, then allows it', async () => {
    const user = userEvent.setup({ delay: null });
    const store = new MemoryStore();
    const completePlan = (await import('../../fixtures')).completePlan();
    await store.save({ ...completePlan, status: 'draft', familyName: '' }, null);
    window.location.hash = `#/plan/${completePlan.id}`;
    renderApp({ store });
    await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ });

    await screen.findByText(/1 fouten/);
    await user.click(screen.getByRole('button', { name: 'Plan activeren' }));
    expect(screen.getByText(/Het plan kan nog niet actief worden: los eerst de 1 fouten/)).toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: /Familienaam/ }), 'Bakker-Yilmaz');
    await user.click(screen.getByRole('button', { name: 'Plan activeren' }));
    expect(await screen.findByText(/Het plan is actief/)).toBeInTheDocument();
    const stored = await store.load(completePlan.id);
    expect(stored.plan.status).toBe('active');
    expect(await store.listVersions(completePlan.id)).toHaveLength(1);
  });

  it('autosaves, and a save from elsewhere leads to the conflict dialog without losing the edit', async () => {
    const user = userEvent.setup({ delay: null });
    const store = new MemoryStore();
    const plan = { ...createEmptyPlan('plan-1'), familyName: 'Jansen' };
    await store.save(plan, null);
    window.location.hash = '#/plan/plan-1';
    const device = new FakeDevice();
    renderApp({ store, device });
    const name = await screen.findByRole('textbox', { name: /Familienaam/ });
    await user.type(name, 'x');
    await waitFor(async () => expect((await store.load('plan-1')).plan.familyName).toBe('Jansenx'), { timeout: 3000 });
    expect(await screen.findByText('Opgeslagen')).toBeInTheDocument();

    await act(async () => { await store.saveAsSomeoneElse({ ...plan, familyName: 'Jansen (collega)' }); });
    await user.type(name, 'y');
    expect(await screen.findByRole('alertdialog', {}, { timeout: 3000 })).toBeInTheDocument();
    expect((await store.load('plan-1')).plan.familyName).toBe('Jansen (collega)');
    expect((await device.tab().drafts.listForPlan('plan-1')).map((d) => d.plan.familyName)).toEqual(['Jansenxy']);

    await user.click(screen.getByRole('button', { name: 'Mijn versie van deze velden' }));
    await waitFor(async () => expect((await store.load('plan-1')).plan.familyName).toBe('Jansenxy'));
    const versions = await store.listVersions('plan-1');
    expect(versions).toHaveLength(1);
    expect((await store.loadVersion('plan-1', versions[0]!.versionId)).familyName).toBe('Jansen (collega)');
  });
});
