import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createEmptyPlan } from '../../../src/domain';
import { MemoryStore } from '../../fakes/memoryStore';
import { renderApp } from '../editor/renderApp';

/** The first screen: usable before the store answers (the list fills its skeleton later); the editor and the delete dialog load on demand. */
describe('App first screen', () => {
  // The route lives in the hash, which outlives a test that opened a plan.
  beforeEach(() => { window.location.hash = ''; });

  async function storeWith(...families: string[]): Promise<MemoryStore> {
    const store = new MemoryStore();
    for (const [i, familyName] of families.entries()) await store.save({ ...createEmptyPlan(`p${i}`), familyName }, null);
    return store;
  }

  function storeAnsweringLater(store: MemoryStore): { release: () => void } {
    let release: () => void = () => undefined;
    const listed = new Promise<void>((resolve) => { release = resolve; });
    const list = store.list.bind(store);
    store.list = async () => { await listed; return list(); };
    return { release: () => release() };
  }

  it('is ready before the store answers: the skeleton shows, and the list fills it later', async () => {
    const store = await storeWith('Jansen');
    const answer = storeAnsweringLater(store);
    const { container } = renderApp({ store });
    await waitFor(() => expect(container.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'true'));
    expect(container.querySelector('[data-listed]')).toHaveAttribute('data-listed', 'false');
    expect(screen.getByRole('status')).toHaveTextContent('Plannen laden');
    expect(screen.getByRole('button', { name: 'Nieuw plan' })).toBeEnabled();
    answer.release();
    expect(await screen.findByRole('heading', { level: 2, name: 'Jansen' })).toBeInTheDocument();
    expect(container.querySelector('[data-listed]')).toHaveAttribute('data-listed', 'true');
  });

  it('makes a new plan while the store has not listed the plans yet', async () => {
    const user = userEvent.setup({ delay: null });
    const store = await storeWith('Jansen');
    storeAnsweringLater(store);
    renderApp({ store });
    await user.click(await screen.findByRole('button', { name: 'Nieuw plan' }));
    expect(await screen.findByRole('textbox', { name: 'Familienaam' }, { timeout: 10_000 })).toBeInTheDocument();
    expect(store.saves).toBe(2);
  });

  it('marks the page ready with the empty state when there are no plans', async () => {
    const { container } = renderApp();
    expect(await screen.findByText('Er zijn nog geen plannen', { exact: false })).toBeInTheDocument();
    await waitFor(() => expect(container.querySelector('[data-ready]')).toHaveAttribute('data-ready', 'true'));
  });

  it('asks before deleting, naming the family, and keeps the plan on cancel', async () => {
    const user = userEvent.setup({ delay: null });
    const store = await storeWith('Jansen', 'De Vries');
    renderApp({ store });
    await user.click(await screen.findByRole('button', { name: 'Verwijderen: Jansen' }));
    const dialog = await screen.findByRole('alertdialog');
    expect(within(dialog).getByText(/Jansen/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren' }));
    await waitFor(() => expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 2, name: 'Jansen' })).toBeInTheDocument();
    expect((await store.list()).map((s) => s.familyName).sort()).toEqual(['De Vries', 'Jansen']);
  });

  it('deletes the plan once the user confirms', async () => {
    const user = userEvent.setup({ delay: null });
    const store = await storeWith('Jansen', 'De Vries');
    renderApp({ store });
    await user.click(await screen.findByRole('button', { name: 'Verwijderen: Jansen' }));
    await user.click(within(await screen.findByRole('alertdialog')).getByRole('button', { name: 'Ja, verwijderen' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 2, name: 'Jansen' })).not.toBeInTheDocument());
    expect(screen.getByRole('heading', { level: 2, name: 'De Vries' })).toBeInTheDocument();
    expect((await store.list()).map((s) => s.familyName)).toEqual(['De Vries']);
  });

  it('opens a new plan in the editor, which loads on demand', async () => {
    const user = userEvent.setup({ delay: null });
    renderApp();
    await user.click(await screen.findByRole('button', { name: 'Nieuw plan' }));
    expect(await screen.findByRole('textbox', { name: 'Familienaam' }, { timeout: 10_000 })).toBeInTheDocument();
  });
});
