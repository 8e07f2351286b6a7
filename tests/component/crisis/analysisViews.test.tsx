import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { completePlan } from '../../fixtures';
import { crisisPlan } from '../../fixtures/crisisPlan';
import { renderSection } from './renderCrisis';

const draft = () => ({ ...completePlan(), status: 'draft' as const, evaluations: [] });

describe('the joint analysis in the editor', () => {
  it('puts the views of the family, the network and the professionals side by side', async () => {
    const user = userEvent.setup({ delay: null });
    const plan = { ...draft(), concernFacts: [
      { id: 'c1', text: 'Mama schreeuwt vaak.', perspective: 'family' as const },
      { id: 'c2', text: 'School ziet Mila moe binnenkomen.', perspective: 'professional' as const },
      { id: 'c3', text: 'Nog niet toegewezen.', perspective: null },
    ] };
    renderSection('analysis', plan);
    await user.click(screen.getByRole('button', { name: 'Naast elkaar tonen' }));
    expect(within(screen.getByRole('group', { name: 'Zorgen: wat is er gebeurd?: Het gezin' })).getByText('Mama schreeuwt vaak.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Zorgen: wat is er gebeurd?: Een professional' })).getByText('School ziet Mila moe binnenkomen.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Zorgen: wat is er gebeurd?: Het netwerk' })).getByText('Niets genoteerd.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Zorgen: wat is er gebeurd?: Nog niet gezegd wiens kijk' })).getByText('Nog niet toegewezen.')).toBeInTheDocument();
  });

  it("takes a child's worries from the Three Houses into the concerns, as the family's view, once", async () => {
    const user = userEvent.setup({ delay: null });
    const { changes } = renderSection('analysis', draft());
    const worries = screen.getByRole('group', { name: 'Drie Huizen van Mila Yilmaz: Huis van de zorgen' });
    expect(within(worries).getByText('Dat papa en mama weer schreeuwen.')).toBeInTheDocument();
    await user.click(within(worries).getByRole('button', { name: 'Opnemen bij de zorgen' }));
    expect(changes.at(-1)?.concernFacts.at(-1)).toMatchObject({ text: 'Mila Yilmaz: Dat papa en mama weer schreeuwen.', perspective: 'child' });
    expect(within(worries).getByText('Staat in de analyse')).toBeInTheDocument();
    expect(within(worries).queryByRole('button')).not.toBeInTheDocument();
    // Dreams are shown, not fed: they are no concern or strength.
    expect(within(screen.getByRole('group', { name: 'Drie Huizen van Mila Yilmaz: Huis van de dromen' })).queryByRole('button')).not.toBeInTheDocument();
  });
});

describe('the crisis variant in the editor', () => {
  it('shows the bottom lines of the referral beside the conditions of section 3', () => {
    renderSection('goals', { ...crisisPlan(), status: 'draft', evaluations: [] });
    const beside = screen.getByRole('region', { name: 'Bodemeisen van de aanmelding' });
    expect(within(beside).getByText('Geen geweld waar Mila en Daan bij zijn.')).toBeInTheDocument();
    expect(within(beside).getByText(/Actie nodig als: Bij een nieuw incident/)).toBeInTheDocument();
    expect(within(beside).getByText(/28 oktober 2026/)).toBeInTheDocument();
  });

  it('shows no bottom lines in section 3 of a regular plan', () => {
    renderSection('goals', draft());
    expect(screen.queryByRole('region', { name: 'Bodemeisen van de aanmelding' })).not.toBeInTheDocument();
  });

  it('proposes two conference sessions within the term counted from the referral, and adds them', async () => {
    const user = userEvent.setup({ delay: null });
    const { changes } = renderSection('meetings', { ...crisisPlan(), status: 'draft', evaluations: [], networkMeetings: [] });
    const panel = screen.getByRole('region', { name: 'Netwerkconferentie (crisisvariant)' });
    expect(within(panel).getByText(/na de aanmelding van 28 oktober 2026: liefst vóór 25 november 2026, uiterlijk 9 december 2026/)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Voorgestelde sessies toevoegen' }));
    const dates = changes.at(-1)?.networkMeetings.map((m) => m.date);
    expect(dates).toEqual(['2026-10-31', '2026-11-25']);
    expect(within(panel).getByRole('status')).toHaveTextContent('2 sessie(s) toegevoegd');
    expect(within(panel).getByRole('button', { name: 'Agenda-bestand (.ics) downloaden' })).toBeInTheDocument();
  });

  it('asks for the referral date before it proposes anything', () => {
    renderSection('meetings', { ...crisisPlan(), status: 'draft', evaluations: [], referralDate: null, networkMeetings: [] });
    expect(screen.getByText(/Vul bij Aanmelding de datum van de aanmelding in/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voorgestelde sessies toevoegen' })).not.toBeInTheDocument();
  });
});
