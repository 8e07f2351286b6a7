import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { Locale, Plan } from '../../../src/domain';
import type { DocumentProblem, DocumentReadResult, DocumentReader, DocumentWriter } from '../../../src/app/ports';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { TaskPane } from '../../../src/ui/word/TaskPane';
import { MemoryStore } from '../../fakes/memoryStore';
// Applying to a draft; a plan in force takes a document as an adjusted version (the last test).
import { FIXTURE_TODAY, completeDraft as completePlan, completePlan as planInForce } from '../../fixtures';
import { FakeDevice } from '../../fakes/deviceServices';

/** Document ports that keep what was written and answer reads with a plan (or nothing) set by the test. */
class FakeDocument implements DocumentWriter, DocumentReader {
  calls: string[] = [];
  written: Plan | null = null;
  result: DocumentReadResult = { kind: 'empty' };

  async insertTemplate(_locale: Locale): Promise<void> {
    this.calls.push('insertTemplate');
    this.result = { kind: 'plan', planId: null, schemaVersion: 2, plan: { ...completePlan(), id: 'new' }, problems: [] };
  }
  async insertPlan(plan: Plan, _locale: Locale): Promise<void> {
    this.calls.push('insertPlan');
    this.written = plan;
  }
  async updatePlan(plan: Plan, _locale: Locale): Promise<void> {
    this.calls.push('updatePlan');
    this.written = plan;
  }
  async insertEvaluationSummary(): Promise<void> {
    this.calls.push('insertEvaluationSummary');
  }
  async readPlan(_locale: Locale): Promise<DocumentReadResult> {
    this.calls.push('readPlan');
    return this.result;
  }
}

async function setup(options: { stored?: Plan[] } = {}) {
  const store = new MemoryStore();
  for (const plan of options.stored ?? []) await store.save(plan, null);
  const doc = new FakeDocument();
  const services: AppServices = {
    mode: 'local', store, ...new FakeDevice().tab(), clock: { now: () => FIXTURE_TODAY }, loadExports: async () => { throw new Error('not used'); },
    calendar: null, sharing: null, people: null, document: { writer: doc, reader: doc },
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale="nl"><TaskPane /></ServicesProvider>
    </FluentProvider>,
  );
  return { store, doc, user: userEvent.setup() };
}

const problem: DocumentProblem = {
  sectionId: 'period', sectionHeading: '2. Wanneer is dit plan gemaakt? Voor welke periode?', fieldLabel: 'Geldig tot', path: '$.validUntil',
  message: '"na de zomer" is geen datum. Schrijf bijvoorbeeld 18-11-2026. Het veld blijft leeg.',
};

describe('<TaskPane />', () => {
  it('inserts the empty template into an empty document', async () => {
    const { doc, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Leeg sjabloon invoegen' }));
    expect(await screen.findByText('Het lege sjabloon staat in het document.')).toBeInTheDocument();
    expect(doc.calls).toEqual(['readPlan', 'insertTemplate']);
  });

  it('refuses to insert a second plan into a document that already holds one', async () => {
    const { doc, user } = await setup();
    doc.result = { kind: 'plan', planId: 'x', schemaVersion: 2, plan: completePlan(), problems: [] };
    await user.click(screen.getByRole('button', { name: 'Leeg sjabloon invoegen' }));
    expect(await screen.findByText(/bevat al een veiligheidsplan/)).toBeInTheDocument();
    expect(doc.calls).toEqual(['readPlan']);
  });

  it('inserts the plan picked from the store', async () => {
    const { doc, user } = await setup({ stored: [completePlan()] });
    const select = await screen.findByRole('combobox', { name: 'Plan' });
    await waitFor(() => expect(within(select).getByRole('option', { name: 'Bakker-Yilmaz (versie 2)' })).toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Plan invoegen' })).toBeDisabled();
    await user.selectOptions(select, 'Bakker-Yilmaz (versie 2)');
    await user.click(screen.getByRole('button', { name: 'Plan invoegen' }));
    expect(await screen.findByText('Het plan staat in het document.')).toBeInTheDocument();
    expect(doc.written).toEqual(completePlan());
  });

  it('says plainly when the document holds no plan', async () => {
    const { user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    expect(await screen.findByText(/Dit document bevat geen veiligheidsplan/)).toBeInTheDocument();
  });

  it('shows what could not be read, the plan check and the changed sections, and saves nothing until asked', async () => {
    const { doc, store, user } = await setup({ stored: [completePlan()] });
    doc.result = {
      kind: 'plan', planId: 'fixture-bakker-yilmaz', schemaVersion: 2, problems: [problem],
      plan: { ...completePlan(), validUntil: null, homeLocation: 'In de keukenla.' },
    };
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    const problems = await screen.findByRole('list', { name: 'Wat niet goed gelezen kon worden (1)' });
    expect(problems).toHaveTextContent('2. Wanneer is dit plan gemaakt? Voor welke periode?, Geldig tot: "na de zomer" is geen datum.');
    expect(screen.getByRole('list', { name: /^Kwaliteitscheck/ })).toHaveTextContent(/geldig/i);
    const diff = screen.getByRole('list', { name: 'Verschil met het bewaarde plan' });
    expect(within(diff).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      '2. Wanneer is dit plan gemaakt? Voor welke periode?', '8. Waar ligt het veiligheidsplan in huis? Wie krijgen een kopie? Wie verstuurt die?',
    ]);
    expect(store.saves).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Toepassen op plan' }));
    expect(await screen.findByText('Het plan is bewaard.')).toBeInTheDocument();
    expect(store.saves).toBe(2);
    expect((await store.load('fixture-bakker-yilmaz')).plan.homeLocation).toBe('In de keukenla.');
    // The plan as stored before is kept in the history, so what the document replaced can be brought back.
    expect((await store.listVersions('fixture-bakker-yilmaz')).map((v) => v.label)).toEqual(['Voor toepassen vanuit Word']);
  });

  it('names a safety condition the document changed without a reason, and does not apply the document', async () => {
    const { doc, store, user } = await setup({ stored: [completePlan()] });
    const plan = completePlan();
    doc.result = {
      kind: 'plan', planId: plan.id, schemaVersion: 4, problems: [],
      plan: { ...plan, goals: plan.goals.map((g, i) => (i === 0 ? { ...g, text: 'De kinderen zijn zo min mogelijk bij ruzies.' } : g)) },
    };
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    expect(await screen.findByText(/In het document is een veiligheidsvoorwaarde gewijzigd of weggehaald zonder reden/)).toHaveTextContent(plan.goals[0]!.text);
    const apply = screen.getByRole('button', { name: 'Toepassen op plan' });
    expect(apply).toBeDisabled();
    expect(apply).toHaveAccessibleDescription(/zonder reden/);
    expect(store.saves).toBe(1);
  });

  it('shows the problems of a document read past the problem limit and offers nothing to apply', async () => {
    const { doc, store, user } = await setup({ stored: [completePlan()] });
    doc.result = { kind: 'unusable', planId: 'fixture-bakker-yilmaz', schemaVersion: 2, problems: [problem, problem], limit: 50 };
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    expect(await screen.findByRole('heading', { name: 'Dit document kan niet worden toegepast' })).toBeInTheDocument();
    expect(screen.getByText(/meer dan 50 problemen/)).toHaveTextContent(/Het bewaarde plan blijft zoals het is/);
    expect(within(screen.getByRole('list', { name: 'Wat niet goed gelezen kon worden (2)' })).getAllByRole('listitem')).toHaveLength(2);
    const apply = screen.getByRole('button', { name: 'Toepassen op plan' });
    expect(apply).toHaveAttribute('aria-disabled', 'true');
    expect(apply).toHaveAccessibleDescription(/meer dan 50 problemen/);
    await user.click(apply);
    expect(store.saves).toBe(1);
    expect(await store.listVersions('fixture-bakker-yilmaz')).toEqual([]);
  });

  it('on a conflict keeps the read plan on screen, overwrites nothing and says so', async () => {
    const { doc, store, user } = await setup({ stored: [completePlan()] });
    doc.result = { kind: 'plan', planId: 'fixture-bakker-yilmaz', schemaVersion: 2, problems: [], plan: { ...completePlan(), homeLocation: 'Op de kast.' } };
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    await screen.findByRole('list', { name: 'Verschil met het bewaarde plan' });
    // Someone else saves in between.
    await store.save({ ...completePlan(), homeLocation: 'Bij oma.' }, '1');

    await user.click(screen.getByRole('button', { name: 'Toepassen op plan' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/intussen ergens anders gewijzigd\. Er is niets overschreven/);
    expect((await store.load('fixture-bakker-yilmaz')).plan.homeLocation).toBe('Bij oma.');
    expect(screen.getByRole('list', { name: 'Verschil met het bewaarde plan' })).toBeInTheDocument();
  });

  it('stores a plan read from a document without a stored counterpart as a new plan, and links the document to it', async () => {
    const { doc, store, user } = await setup();
    doc.result = { kind: 'plan', planId: null, schemaVersion: 2, problems: [], plan: { ...completePlan(), id: 'from-word' } };
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    expect(await screen.findByText(/nog niet bewaard/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Toepassen op plan' }));
    await screen.findByText('Het plan is bewaard als nieuw plan, en het document is eraan gekoppeld.');
    expect((await store.load('from-word')).plan.familyName).toBe('Bakker-Yilmaz');
    // The document is linked to the saved plan, so the next read finds it instead of making yet another plan.
    expect(doc.calls.at(-1)).toBe('updatePlan');
    expect(doc.written?.id).toBe('from-word');
  });

  it('updates the document with the stored plan it was read against', async () => {
    const { doc, user } = await setup({ stored: [completePlan()] });
    doc.result = { kind: 'plan', planId: 'fixture-bakker-yilmaz', schemaVersion: 2, problems: [], plan: completePlan() };
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    await screen.findByText('Het document komt overeen met het bewaarde plan.');
    await user.click(screen.getByRole('button', { name: 'Document bijwerken' }));
    expect(await screen.findByText(/De invulvelden zijn bijgewerkt/)).toBeInTheDocument();
    expect(doc.calls.at(-1)).toBe('updatePlan');
    expect(doc.written).toEqual(completePlan());
  });

  it('asks for a plan before updating when none is chosen', async () => {
    const { doc, user } = await setup();
    await user.click(screen.getByRole('button', { name: 'Document bijwerken' }));
    expect(await screen.findByText(/Kies eerst het plan/)).toBeInTheDocument();
    expect(doc.calls).toEqual([]);
  });

  it('turns a failing Word command into a plain message', async () => {
    const { doc, user } = await setup();
    doc.readPlan = async () => { throw new Error('GeneralException'); };
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(/Word kon de opdracht niet uitvoeren/);
  });

  it('applied to a plan in force, leaves it as it is and puts the document\'s changes in an adjusted version', async () => {
    const { doc, store, user } = await setup({ stored: [planInForce()] });
    doc.result = { kind: 'plan', planId: 'fixture-bakker-yilmaz', schemaVersion: 4, problems: [], plan: { ...planInForce(), homeLocation: 'Op de kast.' } };
    await user.click(screen.getByRole('button', { name: 'Document lezen' }));
    await screen.findByRole('list', { name: 'Verschil met het bewaarde plan' });
    await user.click(screen.getByRole('button', { name: 'Toepassen op plan' }));
    expect(await screen.findByText(/De wijzigingen uit het document staan nu in een bijstelling \(versie 3\)/)).toBeInTheDocument();
    expect((await store.load('fixture-bakker-yilmaz')).plan).toEqual(planInForce());
    const revision = (await store.list()).find((s) => s.revisionOf === 'fixture-bakker-yilmaz');
    expect(revision).toBeDefined();
    expect((await store.load(revision!.id)).plan.homeLocation).toBe('Op de kast.');
  });
});
