import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createEmptyPlan } from '../../../src/domain';
import { renderCounts } from '../../../src/ui/editor/renderCount';
import { MemoryStore } from '../../fakes/memoryStore';
import { renderApp } from './renderApp';

/** A plan with one goal, two people and five agreements, opened in section 4. */
async function openAgreements() {
  const store = new MemoryStore();
  const plan = {
    ...createEmptyPlan('plan-render'),
    familyName: 'Render',
    directPersons: [{ id: 'mother', name: 'Sanne Render', contact: '', birthDate: '1992-03-01', birthDateUnread: '', isChild: false, present: true, mustBeInformed: false }],
    professionals: [{ id: 'pro', name: 'Karim Render', phone: '', email: '', organisation: '', role: '', workingDays: '', present: true }],
    goals: [{ id: 'g1', text: 'Veilig thuis', kind: 'family' as const, source: '' }],
    agreements: Array.from({ length: 5 }, (_, i) => ({ id: `a${i + 1}`, goalId: 'g1', who: ['mother'], what: `Afspraak ${i + 1}`, when: 'elke week' })),
  };
  await store.save(plan, null);
  window.location.hash = `#/plan/${plan.id}`;
  renderApp({ store });
  await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie Render/ });
  const select = screen.getByRole('combobox', { name: 'Ga naar onderdeel' });
  const option = within(select).getAllByRole('option').find((o) => /^4\. /.test(o.textContent ?? ''));
  if (!option) throw new Error('no section 4');
  const user = userEvent.setup({ delay: null });
  await user.selectOptions(select, option);
  return { user, store };
}

describe('a key press in section 4', () => {
  beforeEach(() => { window.location.hash = ''; });

  it('re-renders the agreement typed in and none of the others', async () => {
    const { user } = await openAgreements();
    const third = screen.getByRole('group', { name: /^Afspraak 3/ });
    const what = within(third).getByRole('textbox', { name: /^Wat/ });
    await user.click(what);
    // Let the quality check of the opened plan land first: it re-renders the panel, never the agreements.
    await screen.findByText(/\d+ fouten, \d+ adviezen|Geen opmerkingen/);
    act(() => renderCounts.clear());

    await user.type(what, 'x');
    expect(what).toHaveValue('Afspraak 3x');
    expect(renderCounts.get('agreements/a3')).toBeGreaterThan(0);
    for (const id of ['a1', 'a2', 'a4', 'a5']) expect(renderCounts.get(`agreements/${id}`) ?? 0).toBe(0);

    // Nor does the quality check that follows a moment later.
    await new Promise((resolve) => setTimeout(resolve, 400));
    for (const id of ['a1', 'a2', 'a4', 'a5']) expect(renderCounts.get(`agreements/${id}`) ?? 0).toBe(0);
  });

  it('adding an agreement re-renders only the one that was last (its move-down button comes alive)', async () => {
    const { user } = await openAgreements();
    await screen.findByText(/\d+ fouten, \d+ adviezen|Geen opmerkingen/);
    act(() => renderCounts.clear());
    await user.click(screen.getByRole('button', { name: 'Afspraak toevoegen' }));
    expect(screen.getAllByRole('group', { name: /^Afspraak \d/ })).toHaveLength(6);
    expect(renderCounts.get('agreements/a5')).toBeGreaterThan(0);
    for (const id of ['a1', 'a2', 'a3', 'a4']) expect(renderCounts.get(`agreements/${id}`) ?? 0).toBe(0);
  });
});
