import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp } from './renderApp';

beforeEach(() => { window.location.hash = ''; });

async function goToSection(user: ReturnType<typeof userEvent.setup>, name: RegExp) {
  const select = screen.getByRole('combobox', { name: 'Ga naar onderdeel' });
  const option = within(select).getAllByRole('option').find((o) => name.test(o.textContent ?? ''));
  if (!option) throw new Error(`no section ${String(name)}`);
  await user.selectOptions(select, option);
}

const MISSING = /De instemming van Sanne Bakker met het plan is niet vastgelegd/;

describe("the family's agreement in the editor (schema version 5)", () => {
  it('records a parent\'s agreement, the day and how it was given, and the quality check follows', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Nieuw plan' }));
    await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ });
    await goToSection(user, /^1\. Wie maken/);
    await user.click(screen.getByRole('button', { name: 'Gezinslid toevoegen' }));
    const member = screen.getByRole('group', { name: /Gezinslid 1/ });
    await user.type(within(member).getByRole('textbox', { name: /Naam/ }), 'Sanne Bakker');
    expect(await screen.findByText(MISSING)).toBeInTheDocument();

    await goToSection(user, /Instemming van het gezin/);
    expect(screen.getByText(/Het plan is van het gezin\./)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Instemming toevoegen' }));
    const entry = screen.getByRole('group', { name: /Instemming 1/ });
    await user.selectOptions(within(entry).getByRole('combobox', { name: /Gezinslid/ }), 'Sanne Bakker');
    await user.selectOptions(within(entry).getByRole('combobox', { name: /^Instemming/ }), 'Stemt niet in');
    await user.type(within(entry).getByRole('textbox', { name: /In eigen woorden/ }), 'Ik wil eerst met mijn advocaat praten.');
    fireEvent.change(within(entry).getByLabelText(/^Datum/), { target: { value: '2026-11-18' } });
    await user.selectOptions(within(entry).getByRole('combobox', { name: /Hoe gegeven/ }), 'Tijdens het netwerkberaad');
    await waitFor(() => expect(screen.queryByText(MISSING)).not.toBeInTheDocument());
    expect(screen.queryByText(/stemt niet in: schrijf/)).not.toBeInTheDocument();
    expect(within(entry).getByRole('combobox', { name: /^Instemming/ })).toHaveValue('disagrees');
  });
});
