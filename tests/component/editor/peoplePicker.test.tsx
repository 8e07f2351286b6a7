import { useState } from 'react';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { PersonRef } from '../../../src/domain';
import { PeoplePicker } from '../../../src/ui/editor/PeoplePicker';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';

const PEOPLE: PersonRef[] = [
  { id: 'mother', name: 'Sanne Bakker', group: 'direct' },
  { id: 'child', name: 'Noor Bakker', group: 'direct' },
  { id: 'gran', name: 'Els de Boer', group: 'social' },
  { id: 'neighbour', name: 'Sandra Kok', group: 'social' },
  { id: 'pro', name: 'Karin Visser', group: 'professional' },
];

function Harness({ initial = [] as string[] }) {
  const [selected, setSelected] = useState<string[]>(initial);
  return (
    <>
      <PeoplePicker id="f-probe" label="Wie" hint="Kies mensen" people={PEOPLE} selected={selected} onChange={setSelected} />
      <output data-testid="value">{selected.join(',')}</output>
    </>
  );
}

function renderPicker(initial: string[] = []) {
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={{} as AppServices} locale="nl"><Harness initial={initial} /></ServicesProvider>
    </FluentProvider>,
  );
}

const value = () => screen.getByTestId('value').textContent;

describe('people picker', () => {
  it('groups the plan\'s people by family, network and professionals', async () => {
    const user = userEvent.setup({ delay: null });
    renderPicker();
    await user.click(screen.getByRole('combobox', { name: 'Wie' }));
    const list = await screen.findByRole('listbox', { name: 'Wie' });
    const groups = within(list).getAllByRole('group');
    expect(groups.map((g) => within(g).getAllByRole('option').map((o) => o.textContent))).toEqual([
      ['Sanne Bakker', 'Noor Bakker'], ['Els de Boer', 'Sandra Kok'], ['Karin Visser'],
    ]);
    expect(within(list).getByRole('group', { name: 'Netwerk' })).toBeInTheDocument();
  });

  it('searches by name and picks by keyboard; Backspace on a tag removes that person', async () => {
    const user = userEvent.setup({ delay: null });
    renderPicker();
    await user.click(screen.getByRole('combobox', { name: 'Wie' }));
    await user.keyboard('san');
    const list = await screen.findByRole('listbox', { name: 'Wie' });
    expect(within(list).getAllByRole('option').map((o) => o.textContent)).toEqual(['Sanne Bakker', 'Sandra Kok']);
    // The first match is active as you type: Enter takes it, the arrow keys move to another.
    await user.keyboard('{Enter}');
    expect(value()).toBe('mother');
    expect(screen.getByRole('combobox', { name: 'Wie' })).toHaveValue('');
    await user.keyboard('san{ArrowDown}{Enter}');
    expect(value()).toBe('mother,neighbour');
    expect(within(screen.getByRole('listbox', { name: 'Gekozen: Wie' })).getAllByRole('option').map((o) => o.textContent)).toEqual(['Sanne Bakker', 'Sandra Kok']);

    // A chosen person's tag goes with Backspace or Delete (in a browser, Backspace in the empty search box first moves
    // to the last tag; jsdom has no layout for Fluent's focus finder, so the tag is focused directly here).
    const chosen = within(screen.getByRole('listbox', { name: 'Gekozen: Wie' }));
    chosen.getByRole('option', { name: /Sandra Kok/ }).focus();
    await user.keyboard('{Backspace}');
    expect(value()).toBe('mother');
  });

  it('says when nobody matches, and keeps the choice as it was', async () => {
    const user = userEvent.setup({ delay: null });
    renderPicker(['pro']);
    await user.click(screen.getByRole('combobox', { name: 'Wie' }));
    await user.keyboard('xyz');
    const list = await screen.findByRole('listbox', { name: 'Wie' });
    expect(within(list).getByRole('option')).toHaveTextContent('Niemand gevonden met "xyz".');
    await user.keyboard('{Enter}');
    expect(value()).toBe('pro');
  });
});
