import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { CaseloadRow } from '../../../src/app/ports';
import type { Locale } from '../../../src/domain';
import { CaseloadScreen } from '../../../src/ui/caseload/CaseloadScreen';
import { ServicesProvider } from '../../../src/ui/services';
import type { AppServices } from '../../../src/ui/services';
import { MemoryStore } from '../../fakes/memoryStore';
import { FakeDevice } from '../../fakes/deviceServices';
import { fakePlanExports } from '../../fakes/planExports';
import { MemoryCaseloadSource, caseloadRow } from '../../fakes/caseloadSource';

const TODAY = new Date('2026-12-04T10:00:00Z');
const ME = 'lotte@wijkteam.nl';

function rows(): CaseloadRow[] {
  return [
    caseloadRow({ id: 'jansen', familyName: 'Jansen', childFirstNames: ['Sem'], evaluationDate: '2026-12-10', savedAt: '2026-11-20T10:00:00Z',
      professionals: [{ id: 'pro-1', name: 'Lotte', email: 'Lotte@wijkteam.nl' }], roleHolders: { facilitator: 'pro-1', caseDirector: null, safetyDirector: null, evaluationInitiator: null, copiesSender: null } }),
    caseloadRow({ id: 'berg', familyName: 'van den Berg', childFirstNames: ['Chloë', 'Noah'], variant: 'crisis', validUntil: '2026-12-12',
      evaluationDate: '2027-01-15', savedAt: '2026-12-02T10:00:00Z' }),
    caseloadRow({ id: 'yilmaz', familyName: 'Yilmaz', status: 'draft', evaluationDate: null, validUntil: null, savedAt: '2026-11-28T10:00:00Z' }),
    caseloadRow({ id: 'yilmaz-2', familyName: 'Yilmaz', status: 'draft', revisionOf: 'jansen', caseId: 'jansen', evaluationDate: null, savedAt: '2026-11-10T10:00:00Z' }),
  ];
}

function renderCaseload(source: MemoryCaseloadSource | null, locale: Locale = 'nl') {
  const services: AppServices = {
    mode: 'local', store: new MemoryStore(), ...new FakeDevice().tab(), clock: { now: () => TODAY }, loadExports: async () => fakePlanExports({}),
    calendar: null, sharing: null, people: null, document: null, caseload: source ? async () => source : null,
  };
  return render(
    <FluentProvider theme={webLightTheme}>
      <ServicesProvider services={services} locale={locale}><CaseloadScreen backHref="#/" /></ServicesProvider>
    </FluentProvider>,
  );
}

const families = () => within(screen.getByRole('list', { name: 'Plannen' })).getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('CaseloadScreen', () => {
  it('lists every plan with what is due next and a link to the plan, sorted by next evaluation', async () => {
    renderCaseload(new MemoryCaseloadSource(rows(), { addresses: [], teamLead: false }));
    await screen.findByRole('list', { name: 'Plannen' });
    expect(families()).toEqual(['Jansen', 'van den Berg', 'Yilmaz', 'Yilmaz']);
    expect(screen.getByRole('link', { name: 'Plan van familie Jansen openen' })).toHaveAttribute('href', '#/plan/jansen');
    const jansen = screen.getByRole('link', { name: 'Plan van familie Jansen openen' }).closest('li')!;
    expect(within(jansen).getByText('Nu aan de beurt: Evaluatie over 6 dagen')).toBeInTheDocument();
    expect(within(jansen).getByText('Bijstelling wacht')).toBeInTheDocument();
    const berg = screen.getByRole('link', { name: 'Plan van familie van den Berg openen' }).closest('li')!;
    expect(within(berg).getByText('Nu aan de beurt: Laatste geldige dag over 8 dagen')).toBeInTheDocument();
    expect(within(berg).getByText('Kinderen: Chloë, Noah')).toBeInTheDocument();
    expect(within(berg).getByText('Crisis')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('4 van 4 plannen');
  });

  it('searches as you type by family name or a child\'s first name, without accents', async () => {
    const user = userEvent.setup({ delay: null });
    renderCaseload(new MemoryCaseloadSource(rows(), { addresses: [], teamLead: false }));
    const search = await screen.findByRole('searchbox', { name: 'Zoeken op familienaam of voornaam van een kind' });
    await user.type(search, 'chloe');
    await waitFor(() => expect(families()).toEqual(['van den Berg']));
    await user.clear(search);
    await user.type(search, 'yil');
    await waitFor(() => expect(families()).toEqual(['Yilmaz', 'Yilmaz']));
    expect(screen.getByRole('status')).toHaveTextContent('2 van 4 plannen');
    await user.clear(search);
    await user.type(search, 'xyz');
    expect(await screen.findByText('Geen plannen gevonden met deze zoekterm en filters.')).toBeInTheDocument();
  });

  it('filters by status, evaluation due, validity ending, crisis and revisions waiting, and clears them', async () => {
    const user = userEvent.setup({ delay: null });
    renderCaseload(new MemoryCaseloadSource(rows(), { addresses: [], teamLead: false }));
    await screen.findByRole('list', { name: 'Plannen' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Concept');
    expect(families()).toEqual(['Yilmaz', 'Yilmaz']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'Alle statussen');
    for (const [label, expected] of [
      ['Evaluatie binnen 14 dagen', ['Jansen']], ['Geldigheid eindigt binnen 14 dagen', ['van den Berg']], ['Crisisvariant', ['van den Berg']],
      ['Bijstelling wacht', ['Jansen']],
    ] as const) {
      const box = screen.getByRole('checkbox', { name: label });
      await user.click(box);
      expect(families()).toEqual(expected);
      await user.click(box);
    }
    await user.click(screen.getByRole('checkbox', { name: 'Crisisvariant' }));
    await user.click(screen.getByRole('button', { name: 'Filters wissen' }));
    expect(families()).toHaveLength(4);
  });

  it('filters by my role once the device knows my address, and refuses an address that is not one', async () => {
    const user = userEvent.setup({ delay: null });
    const source = new MemoryCaseloadSource(rows(), { addresses: [], teamLead: false });
    renderCaseload(source);
    await screen.findByRole('list', { name: 'Plannen' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Mijn rol in het plan' }), 'Procesbegeleider');
    expect(await screen.findByText('Geen plannen gevonden met deze zoekterm en filters.')).toBeInTheDocument();
    const address = screen.getByRole('textbox', { name: /Uw e-mailadres/ });
    await user.type(address, 'lotte@');
    await user.click(screen.getByRole('button', { name: 'Onthouden op dit apparaat' }));
    expect(await screen.findByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@organisatie.nl.')).toBeInTheDocument();
    expect(source.remembered).toEqual([]);
    await user.clear(address);
    await user.type(address, ME);
    await user.click(screen.getByRole('button', { name: 'Onthouden op dit apparaat' }));
    await waitFor(() => expect(families()).toEqual(['Jansen']));
    expect(source.remembered).toEqual([ME]);
    expect(screen.getByText('Mijn rol: Professional in het plan, Procesbegeleider')).toBeInTheDocument();
  });

  it('sorts by last change and by family name (Dutch order: van den Berg under B)', async () => {
    const user = userEvent.setup({ delay: null });
    renderCaseload(new MemoryCaseloadSource(rows(), { addresses: [], teamLead: false }));
    await screen.findByRole('list', { name: 'Plannen' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'Laatste wijziging');
    expect(families()).toEqual(['van den Berg', 'Yilmaz', 'Jansen', 'Yilmaz']);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'Familienaam');
    expect(families()).toEqual(['van den Berg', 'Jansen', 'Yilmaz', 'Yilmaz']);
  });

  it('shows a team lead counts per status and due date, naming only the plans of their own cases', async () => {
    const user = userEvent.setup({ delay: null });
    const other = { caseId: 'x', planId: 'hidden-1', status: 'active' as const, validUntil: '2027-01-01', evaluationDate: '2026-11-30', hasEvaluationDecision: false };
    renderCaseload(new MemoryCaseloadSource(rows().slice(0, 2), { addresses: [ME], teamLead: true }, [other]));
    await user.click(await screen.findByRole('button', { name: 'Teamoverzicht tonen' }));
    const team = await screen.findByRole('region', { name: 'Teamoverzicht' });
    const byStatus = await within(team).findByRole('table', { name: 'Per status' });
    expect(within(byStatus).getByRole('row', { name: 'Actief 3' })).toBeInTheDocument();
    expect(within(byStatus).getByRole('row', { name: 'Totaal 3' })).toBeInTheDocument();
    const byDue = within(team).getByRole('table', { name: 'Per termijn' });
    expect(within(byDue).getByRole('row', { name: 'Te laat 1' })).toBeInTheDocument();
    expect(within(byDue).getByRole('row', { name: 'Binnen 14 dagen 2' })).toBeInTheDocument();
    expect(within(within(team).getByRole('list', { name: 'Uw eigen casussen' })).getAllByRole('link').map((l) => l.textContent)).toEqual(['Jansen', 'van den Berg']);
    expect(within(team).getByText('1 plannen van casussen waar u niet bij hoort: alleen meegeteld.')).toBeInTheDocument();
  });

  it('offers no team overview to someone who is not a team lead', async () => {
    renderCaseload(new MemoryCaseloadSource(rows(), { addresses: [ME], teamLead: false }, [], false));
    await screen.findByRole('list', { name: 'Plannen' });
    expect(screen.queryByRole('button', { name: 'Teamoverzicht tonen' })).not.toBeInTheDocument();
    expect(screen.queryByRole('textbox', { name: /Uw e-mailadres/ })).not.toBeInTheDocument();
  });

  it('shows 25 plans at a time, and the next 25 on "Meer tonen"', async () => {
    const user = userEvent.setup({ delay: null });
    const many = Array.from({ length: 120 }, (_, i) => caseloadRow({ id: `p${i}`, familyName: `Familie ${String(i).padStart(3, '0')}` }));
    renderCaseload(new MemoryCaseloadSource(many, { addresses: [], teamLead: false }));
    await screen.findByRole('list', { name: 'Plannen' });
    expect(families()).toHaveLength(25);
    await user.click(screen.getByRole('button', { name: 'Meer tonen (95 over)' }));
    expect(families()).toHaveLength(50);
    expect(screen.getByRole('status')).toHaveTextContent('120 van 120 plannen');
  });

  it('says plainly when the caseload could not load, and loads on retry', async () => {
    const user = userEvent.setup({ delay: null });
    const source = new MemoryCaseloadSource(rows(), { addresses: [], teamLead: false });
    source.failNext = true;
    renderCaseload(source);
    expect(await screen.findByRole('alert')).toHaveTextContent('De caseload kon niet worden geladen.');
    await user.click(screen.getByRole('button', { name: 'Opnieuw proberen' }));
    expect(await screen.findByRole('list', { name: 'Plannen' })).toBeInTheDocument();
  });

  it('says the caseload is not available where the mode has none', () => {
    renderCaseload(null);
    expect(screen.getByText(/De caseload is in deze omgeving nog niet beschikbaar/)).toBeInTheDocument();
  });

  it('speaks English from an English locale', async () => {
    renderCaseload(new MemoryCaseloadSource(rows(), { addresses: [], teamLead: false }), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'My caseload' })).toBeInTheDocument();
    expect(await screen.findByRole('searchbox', { name: 'Search by family name or a child\'s first name' })).toBeInTheDocument();
    expect(screen.getByText('Due next: Evaluation in 6 days')).toBeInTheDocument();
  });
});
