import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createEmptyPlan, serializePlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { completePlan } from '../../fixtures';
import { MemoryStore } from '../../fakes/memoryStore';
import { renderApp } from '../editor/renderApp';

beforeEach(() => { window.location.hash = ''; });

/** A .json file as the browser hands it over; jsdom's File has no text(), which browsers have. */
function planFile(plan: Plan): File {
  const content = serializePlan(plan);
  const file = new File([content], 'plan.json', { type: 'application/json' });
  Object.defineProperty(file, 'text', { value: async () => content });
  return file;
}

async function importPlan(plan: Plan) {
  const user = userEvent.setup({ delay: null });
  const rendered = renderApp();
  await screen.findByText(/Er zijn nog geen plannen/);
  await user.upload(screen.getByTestId('import-input'), planFile(plan));
  return { user, ...rendered };
}

describe('importing a plan file', () => {
  it('says a file that cannot be read was not imported, instead of nothing', async () => {
    const user = userEvent.setup({ delay: null });
    const { store } = renderApp();
    await screen.findByText(/Er zijn nog geen plannen/);
    const file = new File(['{}'], 'plan.json', { type: 'application/json' });
    Object.defineProperty(file, 'text', { value: async () => { throw new DOMException('gone', 'NotReadableError'); } });
    await user.upload(screen.getByTestId('import-input'), file);
    await screen.findByText('Dit bestand is niet geïmporteerd. Er is niets gewijzigd.');
    expect(await store.list()).toEqual([]);
  });

  it('gives the plan a new random id, so a family name in the file\'s id goes nowhere', async () => {
    const { store } = await importPlan({ ...createEmptyPlan('fixture-bakker-yilmaz'), familyName: 'Bakker-Yilmaz' });
    await screen.findByRole('heading', { level: 1, name: 'Veiligheidsplan van de familie Bakker-Yilmaz' });
    const [summary] = await store.list();
    expect(summary?.id).not.toBe('fixture-bakker-yilmaz');
    expect(summary?.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(window.location.hash).not.toContain('bakker');
  });

  it('imports the same file twice as two plans', async () => {
    const plan = { ...createEmptyPlan('same-id'), familyName: 'De Vries' };
    const { user, store } = await importPlan(plan);
    await screen.findByRole('heading', { level: 1, name: 'Veiligheidsplan van de familie De Vries' });
    await user.click(screen.getByRole('button', { name: 'Terug naar plannen' }));
    await user.upload(await screen.findByTestId('import-input'), planFile(plan));
    await screen.findByRole('heading', { level: 1, name: 'Veiligheidsplan van de familie De Vries' });
    const ids = (await store.list()).map((s) => s.id);
    expect(new Set(ids).size).toBe(2);
    expect(ids).not.toContain('same-id');
  });

  it('drops meeting references and copy consent, says so in Dutch, and opens the plan when asked', async () => {
    // A draft: an active plan would also show reminder badges in the list, which are not what this test is about.
    const file: Plan = { ...completePlan(), status: 'draft' };
    const { user, store } = await importPlan(file);

    const notice = await screen.findByText(/Het plan is geïmporteerd als nieuw plan, als concept/);
    expect(notice).toHaveTextContent('Agenda-afspraken, toestemmingen, de instemming van het gezin, de status en gedeelde kopieën horen bij het oorspronkelijke plan');
    expect(screen.getByText(/^de instemming van het gezin \(2 vastgelegd\): die gold het oorspronkelijke plan/)).toBeInTheDocument();
    expect(screen.getByText('de agenda-afspraak voor de evaluatie (20 januari 2027)')).toBeInTheDocument();
    expect(screen.getByText('de agenda-afspraak van netwerkberaad 1 (18 november 2026)')).toBeInTheDocument();
    expect(screen.getByText('de toestemming om een kopie te sturen aan Ria Bakker')).toBeInTheDocument();
    expect(screen.getByText(/vraag de toestemming opnieuw/)).toBeInTheDocument();
    expect(screen.getByText(/de gegevens van 1 gedeelde kopie/)).toBeInTheDocument();

    const [summary] = await store.list();
    if (!summary) throw new Error('the plan was stored');
    const { plan } = await store.load(summary.id);
    expect(plan.id).not.toBe(file.id);
    expect(plan.evaluationEvent).toBeNull();
    expect(plan.networkMeetings.every((m) => m.event === null)).toBe(true);
    expect(plan.copyRecipients.every((r) => !r.consentGiven && r.consentDate === null)).toBe(true);
    expect(plan.familyName).toBe(file.familyName);
    expect(plan.copyShares).toEqual([]);
    expect(plan.familyAgreement).toEqual([]);

    const open = screen.getByRole('button', { name: 'Geïmporteerd plan openen' });
    await waitFor(() => expect(open).toHaveFocus());
    await user.click(open);
    await screen.findByRole('heading', { level: 1, name: 'Veiligheidsplan van de familie Bakker-Yilmaz' });
  });

  it.each([
    ['active', /de status "actief"/],
    ['closed', /de status "afgesloten"/],
  ] as const)('imports a file marked %s as a draft, and says so', async (status, line) => {
    const closure = status === 'closed' ? { outcome: 'safe-enough' as const, reason: 'Veilig genoeg', date: '2026-11-20' } : null;
    const { store } = await importPlan({ ...completePlan(), status, closure });
    expect(await screen.findByText(line)).toBeInTheDocument();
    const [summary] = await store.list();
    if (!summary) throw new Error('the plan was stored');
    const { plan } = await store.load(summary.id);
    expect(plan.status).toBe('draft');
    expect(plan.closure).toBeNull();
  });

  it('keeps the imported plan listed when the first list answers only after the import (the screen is usable before it)', async () => {
    const user = userEvent.setup({ delay: null });
    const store = new MemoryStore();
    const list = store.list.bind(store);
    let releaseFirst: () => void = () => undefined;
    const firstAnswer = new Promise<void>((resolve) => { releaseFirst = resolve; });
    let calls = 0;
    // The first answer is taken before the import and held back; later calls answer at once.
    store.list = async () => {
      calls += 1;
      if (calls > 1) return list();
      const before = await list();
      await firstAnswer;
      return before;
    };
    renderApp({ store });
    await user.upload(await screen.findByTestId('import-input'), planFile({ ...completePlan(), status: 'draft' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Bakker-Yilmaz' })).toBeInTheDocument();
    releaseFirst();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.getByRole('heading', { level: 2, name: 'Bakker-Yilmaz' })).toBeInTheDocument();
  });
});
