import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { removePerson } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { MemoryStore } from '../../fakes/memoryStore';
// Bottom lines are edited in a draft (a plan in force changes through Bijstellen: statusGate.test.tsx).
import { completeDraft } from '../../fixtures';
import { renderApp } from './renderApp';

beforeEach(() => { window.location.hash = ''; });

const WAIT = { timeout: 5000 };
/** As in conditions.test.tsx: Tabster marks the editor's open dialog aria-hidden in jsdom, so queries inside include hidden elements. */
const IN_DIALOG = { hidden: true } as const;
const REASON = 'Afgestemd met Veilig Thuis: de ouders bellen nu zelf bij een incident.';

async function findDialog(title: string): Promise<HTMLElement> {
  const heading = await screen.findByText(title, { selector: 'h2' }, WAIT);
  const dialog = heading.closest<HTMLElement>('[role="alertdialog"]');
  if (!dialog) throw new Error('the title is not inside a dialog');
  return dialog;
}

async function openSection(user: ReturnType<typeof userEvent.setup>, plan: Plan, section: RegExp): Promise<MemoryStore> {
  const store = new MemoryStore();
  await store.save(plan, null);
  window.location.hash = `#/plan/${plan.id}`;
  renderApp({ store });
  await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ });
  const select = screen.getByRole('combobox', { name: 'Ga naar onderdeel' });
  const option = within(select).getAllByRole('option').find((o) => section.test(o.textContent ?? ''));
  if (!option) throw new Error(`no section ${String(section)}`);
  await user.selectOptions(select, option);
  // The editor focuses the section heading one frame after a switch; a dialog opened before that would lose its focus trap.
  await waitFor(() => expect(document.activeElement?.id).toBe('section-heading'), WAIT);
  return store;
}

async function stored(store: MemoryStore, id: string, ready: (plan: Plan) => boolean): Promise<Plan> {
  let plan: Plan | null = null;
  await waitFor(async () => {
    plan = (await store.load(id)).plan;
    expect(ready(plan)).toBe(true);
  }, WAIT);
  return plan as unknown as Plan;
}

async function recordWith(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, confirmName: string): Promise<void> {
  const confirm = within(dialog).getByRole('button', { name: confirmName, ...IN_DIALOG });
  expect(confirm).toBeDisabled();
  await user.type(within(dialog).getByRole('textbox', { name: /^Reden/, ...IN_DIALOG }), REASON);
  // A reason alone is not enough: the record names the professional who made the change.
  expect(confirm).toBeDisabled();
  expect(within(dialog).getByLabelText(/Datum van de wijziging/, { selector: 'input' })).toHaveValue('2026-11-24');
  await user.selectOptions(within(dialog).getByRole('combobox', { name: /Vastgelegd door/, ...IN_DIALOG }), 'Bram Kuipers');
  expect(confirm).toBeEnabled();
  await user.click(confirm);
  await waitFor(() => expect(screen.queryByRole('alertdialog', IN_DIALOG)).not.toBeInTheDocument(), WAIT);
}

describe('a crisis bottom line in the editor', () => {
  it('changes its point of action only with a reason, the professional and the day, recorded in the history', async () => {
    const user = userEvent.setup({ delay: null });
    const plan = completeDraft();
    const store = await openSection(user, plan, /^Aanmelding/);
    const line = screen.getByRole('group', { name: /^Bodemeis 1/ });
    const actionWhen = within(line).getByRole('textbox', { name: /^Actie nodig als/ });
    const before = plan.bottomLines[0]!.actionWhen;

    await user.type(actionWhen, '!');
    const dialog = await findDialog('Bodemeis wijzigen');
    expect(actionWhen).toHaveValue(before);
    expect(within(dialog).getByRole('textbox', { name: 'Nieuw punt waarop actie nodig is', ...IN_DIALOG })).toHaveValue(`${before}!`);
    await recordWith(user, dialog, 'Wijziging vastleggen');

    expect(within(await screen.findByRole('group', { name: /^Bodemeis 1/ }, WAIT)).getByRole('textbox', { name: /^Actie nodig als/ })).toHaveValue(`${before}!`);
    const saved = await stored(store, plan.id, (p) => p.removedConditions.length === plan.removedConditions.length + 1);
    expect(saved.removedConditions.at(-1)).toMatchObject({
      subject: 'bottomLine', change: 'changed', subjectId: 'bl-1', actionWhen: before, newActionWhen: `${before}!`,
      reason: REASON, professionalId: 'p-bram', date: '2026-11-24',
    });
  });

  it('goes only with a reason; cancelling keeps it', async () => {
    const user = userEvent.setup({ delay: null });
    const plan = completeDraft();
    const store = await openSection(user, plan, /^Aanmelding/);

    await user.click(screen.getByRole('button', { name: 'Bodemeis 1 verwijderen' }));
    let dialog = await findDialog('Bodemeis verwijderen');
    expect(within(dialog).getByRole('textbox', { name: /Eis zoals die nu luidt/, ...IN_DIALOG })).toHaveValue(plan.bottomLines[0]!.requirement);
    await user.click(within(dialog).getByRole('button', { name: 'Annuleren', ...IN_DIALOG }));
    await waitFor(() => expect(screen.queryByRole('alertdialog', IN_DIALOG)).not.toBeInTheDocument(), WAIT);
    expect(await screen.findByRole('group', { name: /^Bodemeis 1/ }, WAIT)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Bodemeis 1 verwijderen' }));
    dialog = await findDialog('Bodemeis verwijderen');
    await recordWith(user, dialog, 'Bodemeis verwijderen');
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Bodemeis 1/ })).not.toBeInTheDocument(), WAIT);
    const saved = await stored(store, plan.id, (p) => p.bottomLines.length === 0);
    expect(saved.removedConditions.at(-1)).toMatchObject({
      subject: 'bottomLine', change: 'removed', subjectId: 'bl-1', text: plan.bottomLines[0]!.requirement, professionalId: 'p-bram', date: '2026-11-24',
    });
  });

  it('typed in since the list was opened, is corrected freely, and once emptied removed freely', async () => {
    const user = userEvent.setup({ delay: null });
    const plan = completeDraft();
    const store = await openSection(user, plan, /^Aanmelding/);

    await user.click(screen.getByRole('button', { name: 'Bodemeis toevoegen' }));
    const line = await screen.findByRole('group', { name: /^Bodemeis 2/ }, WAIT);
    const requirement = within(line).getByRole('textbox', { name: /^Eis/ });
    await user.type(requirement, 'Geen alcohol in huis.');
    await user.clear(requirement);
    await user.type(requirement, 'Geen drank in huis.');
    expect(requirement).toHaveValue('Geen drank in huis.');
    await user.clear(requirement);
    await user.click(within(line).getByRole('button', { name: 'Bodemeis 2 verwijderen' }));
    expect(screen.queryByText('Bodemeis wijzigen', { selector: 'h2' })).not.toBeInTheDocument();
    expect(screen.queryByText('Bodemeis verwijderen', { selector: 'h2' })).not.toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('group', { name: /^Bodemeis 2/ })).not.toBeInTheDocument(), WAIT);
    const saved = await stored(store, plan.id, (p) => p.bottomLines.length === 1);
    expect(saved.removedConditions).toEqual(plan.removedConditions);
  });

  it('asks first for a professional in section 1 when the plan names none', async () => {
    const user = userEvent.setup({ delay: null });
    const plan = removePerson(removePerson(completeDraft(), 'p-lotte'), 'p-bram');
    await openSection(user, plan, /^Aanmelding/);
    await user.click(screen.getByRole('button', { name: 'Bodemeis 1 verwijderen' }));
    const dialog = await findDialog('Bodemeis verwijderen');
    expect(within(dialog).getByText(/Voeg bij onderdeel 1 eerst de professional toe/)).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /^Reden/, ...IN_DIALOG }), REASON);
    expect(within(dialog).getByRole('button', { name: 'Bodemeis verwijderen', ...IN_DIALOG })).toBeDisabled();
  });
});
