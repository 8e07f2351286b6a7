import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { organisationSettings, startRevision } from '../../../src/domain';
import { completePlan } from '../../fixtures';
import { MemoryStore } from '../../fakes/memoryStore';
import { renderApp } from './renderApp';

beforeEach(() => { window.location.hash = ''; });

async function goToSection(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  const select = screen.getByRole('combobox', { name: 'Ga naar onderdeel' });
  const option = within(select).getAllByRole('option').find((o) => name.test(o.textContent ?? ''));
  if (!option) throw new Error(`no section ${String(name)}`);
  await user.selectOptions(select, option);
}

describe('an adjusted version (bijstellen) in the editor', () => {
  it('is listed beside the plan in force, says so, and on activation replaces the plan in force as its next version', async () => {
    const user = userEvent.setup({ delay: null });
    const store = new MemoryStore();
    const active = completePlan();
    await store.save(active, null);
    await store.save({ ...startRevision(active, 'rev-1'), homeLocation: 'In de keukenla.' }, null);

    renderApp({ store });
    const list = await screen.findByRole('list', { name: /Veiligheidsplannen|plannen/i });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(within(list).getByText('Bijstelling van een geldend plan')).toBeInTheDocument();

    const revisionCard = within(list).getAllByRole('listitem').find((li) => within(li).queryByText('Bijstelling van een geldend plan'))!;
    await user.click(within(revisionCard).getByRole('button', { name: /^Openen/ }));
    expect(await screen.findByText(/Dit is een bijstelling: versie 3 van een plan dat nu geldt/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Plan activeren' }));

    await waitFor(async () => expect((await store.list()).map((s) => s.id)).toEqual([active.id]));
    const inForce = (await store.load(active.id)).plan;
    expect(inForce).toMatchObject({ status: 'active', version: active.version + 1, homeLocation: 'In de keukenla.', revisionOf: null });
    expect(inForce.evaluations).toEqual(active.evaluations);
  });
});

describe('the safety-person picker', () => {
  it('offers only who may hold a safety role: the consenting network and the professionals', async () => {
    const user = userEvent.setup({ delay: null });
    const store = new MemoryStore();
    await store.save(completePlan(), null);
    window.location.hash = `#/plan/${completePlan().id}`;
    renderApp({ store });
    await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ });
    await goToSection(user, /^4\. Welke afspraken/);
    const person = screen.getByRole('group', { name: /Veiligheidspersoon 2/ });
    const options = within(within(person).getByRole('combobox', { name: /^Wie/ })).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(expect.arrayContaining(['Ria Bakker', 'Joke de Wit', 'Lotte Smit', 'Bram Kuipers']));
    expect(options).not.toContain('Sanne Bakker');
    expect(options).not.toContain('Mila Yilmaz');
    expect(options).not.toContain('Kees van Dam');
  });
});

describe('the organisation\'s authority name in the editor', () => {
  it('shows the regional name in the form and in the quality check', async () => {
    const user = userEvent.setup({ delay: null });
    const store = new MemoryStore();
    await store.save({ ...completePlan(), informAuthorityWhen: '' }, null);
    window.location.hash = `#/plan/${completePlan().id}`;
    renderApp({ store, organisation: organisationSettings('Samen Veilig') });
    await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ });
    await goToSection(user, /^6\. Wie checkt/);
    expect(screen.getByRole('textbox', { name: /Wanneer wordt Samen Veilig geïnformeerd\?/ })).toBeInTheDocument();
    expect(screen.getAllByText('Spreek bij onderdeel 6 af wanneer Samen Veilig wordt geïnformeerd.').length).toBeGreaterThan(0);
  });
});
