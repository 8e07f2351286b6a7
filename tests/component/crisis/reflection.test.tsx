import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { serializePlan } from '../../../src/domain';
import { completePlan } from '../../fixtures';
import { MemoryReflectionStore } from '../../fakes/reflectionStore';
import { renderSection } from './renderCrisis';

const active = () => ({ ...completePlan(), status: 'active' as const, evaluations: [] });
const CLARITY = 'Weten de ouders en opvoeders van mij precies wat er anders moet, en waarom?';
// In jsdom Tabster marks a dialog opened by a click aria-hidden a moment later (see tests/component/editor/conditions.test.tsx);
// the e2e walk checks the dialog in Chromium. Queries inside the dialog include hidden elements.
const IN_DIALOG = { hidden: true } as const;

async function openDialog(user: ReturnType<typeof userEvent.setup>): Promise<void> {
  await user.click(await screen.findByRole('button', { name: 'Reflectievragen' }));
  await screen.findByRole('alertdialog', IN_DIALOG);
}

describe('reflection questions for the professional', () => {
  it('are offered, not opened, once the plan is active: the family may be looking at the screen', async () => {
    renderSection('people', active(), { reflections: new MemoryReflectionStore() });
    expect(await screen.findByText('Nu het plan actief is, staan er reflectievragen voor je klaar, alleen voor jou.')).toBeInTheDocument();
    expect(screen.queryByRole('alertdialog', IN_DIALOG)).not.toBeInTheDocument();
  });

  it('keep the answers on the device, never in the plan', async () => {
    const user = userEvent.setup({ delay: null });
    const reflections = new MemoryReflectionStore();
    const plan = active();
    const { changes } = renderSection('people', plan, { reflections });
    await openDialog(user);
    expect(screen.getByRole('alertdialog', IN_DIALOG)).toHaveTextContent('niet in het plan, niet in kopieën, niet in Word en niet in de .docx');
    await user.type(screen.getByRole('textbox', { name: CLARITY, ...IN_DIALOG }), 'Nog niet scherp genoeg gezegd');
    await user.click(screen.getByRole('button', { name: 'Bewaren op dit apparaat', ...IN_DIALOG }));
    expect(await screen.findByText('Je antwoorden zijn bewaard op dit apparaat.')).toBeInTheDocument();
    expect(await reflections.get(plan.id, 'activation-v2')).toMatchObject({ status: 'answered', answers: { clarity: 'Nog niet scherp genoeg gezegd' } });
    // Nothing of it reached the plan: no change was made, and the plan file does not hold the words.
    expect(changes).toEqual([]);
    expect(serializePlan(plan)).not.toContain('Nog niet scherp genoeg gezegd');
    expect(screen.queryByText(/staan er reflectievragen voor je klaar/)).not.toBeInTheDocument();
  });

  it('are not offered again for an occasion that was answered, but open from their button with the answers', async () => {
    const user = userEvent.setup({ delay: null });
    const reflections = new MemoryReflectionStore();
    const plan = active();
    await reflections.put({ planId: plan.id, occasion: 'activation-v2', answers: { child: 'Mila gesproken.' }, status: 'answered' });
    renderSection('people', plan, { reflections });
    await openDialog(user);
    await waitFor(() => expect(screen.getByRole('textbox', { name: /het kind zelf gezien en gesproken/, ...IN_DIALOG })).toHaveValue('Mila gesproken.'));
    expect(screen.queryByText(/staan er reflectievragen voor je klaar/)).not.toBeInTheDocument();
  });

  it('are offered again after an evaluation', async () => {
    const reflections = new MemoryReflectionStore();
    const plan = completePlan();
    await reflections.put({ planId: plan.id, occasion: 'activation-v2', answers: {}, status: 'skipped' });
    renderSection('people', plan, { reflections });
    expect(await screen.findByText('Na de evaluatie staan er reflectievragen voor je klaar, alleen voor jou.')).toBeInTheDocument();
  });

  it('take "Not now" for an answer, so the offer does not nag', async () => {
    const user = userEvent.setup({ delay: null });
    const reflections = new MemoryReflectionStore();
    const plan = active();
    renderSection('people', plan, { reflections });
    await screen.findByText(/staan er reflectievragen voor je klaar/);
    await user.click(screen.getByRole('button', { name: 'Niet nu' }));
    expect(await reflections.get(plan.id, 'activation-v2')).toMatchObject({ status: 'skipped', answers: {} });
    await waitFor(() => expect(screen.queryByText(/staan er reflectievragen voor je klaar/)).not.toBeInTheDocument());
  });

  it('say so and keep the typed answers when the device cannot store them', async () => {
    const user = userEvent.setup({ delay: null });
    const reflections = new MemoryReflectionStore();
    reflections.failNextPut = true;
    renderSection('people', active(), { reflections });
    await openDialog(user);
    await user.type(screen.getByRole('textbox', { name: CLARITY, ...IN_DIALOG }), 'Belangrijk');
    await user.click(screen.getByRole('button', { name: 'Bewaren op dit apparaat', ...IN_DIALOG }));
    expect(await screen.findByText(/konden niet worden bewaard/)).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: CLARITY, ...IN_DIALOG })).toHaveValue('Belangrijk');
  });

  it('say they are readable on this device and how long they stay, and remove all of them on "Mijn reflecties verwijderen"', async () => {
    const user = userEvent.setup({ delay: null });
    const reflections = new MemoryReflectionStore();
    const plan = active();
    await reflections.put({ planId: plan.id, occasion: 'activation-v2', answers: { child: 'Mila gesproken.' }, status: 'answered' });
    await reflections.put({ planId: 'another-plan', occasion: 'activation-v1', answers: { network: 'Oma erbij.' }, status: 'answered' });
    renderSection('people', plan, { reflections });
    await openDialog(user);
    const dialog = screen.getByRole('alertdialog', IN_DIALOG);
    expect(dialog).toHaveTextContent('Wie deze browser gebruikt, kan ze wel lezen. Ze worden na 180 dagen verwijderd, en bij afmelden.');
    await waitFor(() => expect(screen.getByRole('textbox', { name: /het kind zelf gezien en gesproken/, ...IN_DIALOG })).toHaveValue('Mila gesproken.'));
    await user.click(screen.getByRole('button', { name: 'Mijn reflecties verwijderen', ...IN_DIALOG }));
    expect(await screen.findByText('Al je reflecties op dit apparaat zijn verwijderd, van alle plannen.')).toBeInTheDocument();
    expect(reflections.entries.size).toBe(0);
    expect(screen.getByRole('textbox', { name: /het kind zelf gezien en gesproken/, ...IN_DIALOG })).toHaveValue('');
  });

  it('are not there for a draft plan', () => {
    renderSection('people', { ...completePlan(), status: 'draft', evaluations: [] }, { reflections: new MemoryReflectionStore() });
    expect(screen.queryByRole('button', { name: 'Reflectievragen' })).not.toBeInTheDocument();
  });
});
