import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { EvaluationSummary, Locale, Plan } from '../../../src/domain';
import type { DocumentReadResult, DocumentReader, DocumentWriter } from '../../../src/app/ports';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { TaskPane } from '../../../src/ui/word/TaskPane';
import { MemoryStore } from '../../fakes/memoryStore';
import { FIXTURE_TODAY, completePlan } from '../../fixtures';
import { FakeDevice } from '../../fakes/deviceServices';

/** Document ports that keep the summary the pane asked to insert. */
class SummaryDocument implements DocumentWriter, DocumentReader {
  summaries: Array<{ summary: EvaluationSummary; locale: Locale }> = [];
  async insertTemplate(): Promise<void> { throw new Error('not used'); }
  async insertPlan(): Promise<void> { throw new Error('not used'); }
  async updatePlan(): Promise<void> { throw new Error('not used'); }
  async insertEvaluationSummary(summary: EvaluationSummary, locale: Locale): Promise<void> {
    this.summaries.push({ summary, locale });
  }
  async readPlan(): Promise<DocumentReadResult> { return { kind: 'empty' }; }
}

async function setup() {
  const store = new MemoryStore();
  const current = completePlan();
  // Version 1 as it was evaluated: grandmother only at weekends. Then version 2 (the fixture) was activated.
  const evaluated: Plan = {
    ...current, version: 1, status: 'evaluated',
    agreements: current.agreements.map((a) => (a.id === 'a-2' ? { ...a, when: 'Alleen in het weekend' } : a)),
  };
  await store.freezeVersion(evaluated, 'Evaluatie: bijgesteld');
  await store.freezeVersion(current, 'Geactiveerd');
  await store.save(current, null);
  const doc = new SummaryDocument();
  const services: AppServices = {
    mode: 'local', store, ...new FakeDevice().tab(), clock: { now: () => FIXTURE_TODAY }, loadExports: async () => { throw new Error('not used'); },
    calendar: null, sharing: null, people: null, document: { writer: doc, reader: doc },
  };
  render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale="nl"><TaskPane /></ServicesProvider>
    </FluentProvider>,
  );
  return { doc, user: userEvent.setup() };
}

describe('<TaskPane /> "Evaluatiesamenvatting invoegen"', () => {
  it('asks for a plan first, and inserts nothing', async () => {
    const { doc, user } = await setup();
    await screen.findByRole('option', { name: 'Bakker-Yilmaz (versie 2)' });
    await user.click(screen.getByRole('button', { name: 'Evaluatiesamenvatting invoegen' }));
    expect(await screen.findByText('Kies eerst het plan waarvan u de evaluatiesamenvatting wilt invoegen.')).toBeInTheDocument();
    expect(doc.summaries).toEqual([]);
  });

  it('inserts the chosen plan’s summary, with the changed agreement compared with the evaluated version 1', async () => {
    const { doc, user } = await setup();
    const select = await screen.findByRole('combobox', { name: 'Plan' });
    await waitFor(() => expect(within(select).getByRole('option', { name: 'Bakker-Yilmaz (versie 2)' })).toBeInTheDocument());
    await user.selectOptions(select, 'Bakker-Yilmaz (versie 2)');
    await user.click(screen.getByRole('button', { name: 'Evaluatiesamenvatting invoegen' }));
    expect(await screen.findByText('De evaluatiesamenvatting staat aan het eind van het document.')).toBeInTheDocument();

    expect(doc.summaries).toHaveLength(1);
    const { summary, locale } = doc.summaries[0]!;
    expect(locale).toBe('nl');
    expect(summary.latest?.scores.map((s) => [s.name, s.score])).toEqual([['Bram Kuipers', 4], ['Sanne Bakker', 6], ['Mila Yilmaz', 5]]);
    expect(summary.decisions.map((d) => d.label)).toEqual(['Bijstellen']);
    expect(summary.changes?.fromVersion).toBe(1);
    expect(summary.changes?.lines).toHaveLength(1);
    expect(summary.changes?.lines[0]?.text).toMatch(/^Afspraak gewijzigd: Oma haalt de kinderen op.*\(Ria Bakker\)$/);
  });
});
