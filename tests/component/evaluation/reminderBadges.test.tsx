import { screen, within } from '@testing-library/react';
import { App } from '../../../src/ui/App';
import { ReminderBadges } from '../../../src/ui/evaluation/ReminderBadges';
import { MemoryStore } from '../../fakes/memoryStore';
import { evaluationPlan, onDay } from '../../unit/domain/evaluationPlan';
import { localServices, renderWith } from './renderEvaluation';

beforeEach(() => { window.location.hash = ''; });

const summary = { status: 'active' as const, validUntil: '2027-02-01', evaluationDate: '2027-01-15', hasEvaluationDecision: false };

describe('ReminderBadges', () => {
  it.each([
    ['2027-01-01', ['Evaluatie over 14 dagen']],
    ['2026-12-31', []],
    ['2027-01-14', ['Evaluatie morgen']],
    ['2027-01-15', ['Evaluatie vandaag']],
    ['2027-01-18', ['Evaluatie 3 dagen te laat', 'Laatste geldige dag over 14 dagen']],
    ['2027-01-31', ['Evaluatie 16 dagen te laat', 'Laatste geldige dag: morgen']],
    ['2027-02-01', ['Evaluatie 17 dagen te laat', 'Laatste geldige dag']],
    ['2027-02-02', ['Verlopen zonder besluit', 'Evaluatie 18 dagen te laat']],
  ])('on %s shows %j, from the services\' clock', (day, expected) => {
    const { container } = renderWith(localServices(onDay(day)), <ReminderBadges summary={summary} />);
    expect([...container.querySelectorAll('[data-reminder]')].map((b) => b.textContent)).toEqual(expected);
  });

  it('shows the reminders in the plan list, next to each plan', async () => {
    const store = new MemoryStore({ now: () => onDay('2027-02-05') });
    await store.save(evaluationPlan(), null);
    await store.save(evaluationPlan({ id: 'plan-closed', familyName: 'De Wit', status: 'closed' }), null);
    renderWith(localServices(onDay('2027-02-05'), store), <App />);
    const jansen = (await screen.findByRole('heading', { name: 'Jansen' })).closest('li') as HTMLElement;
    // The badges' code loads after the list (App.tsx): they join the card a moment later.
    expect(await within(jansen).findByText('Verlopen zonder besluit')).toBeInTheDocument();
    const deWit = screen.getByRole('heading', { name: 'De Wit' }).closest('li') as HTMLElement;
    expect(within(deWit).queryByText(/Verlopen|Evaluatie .* te laat/)).not.toBeInTheDocument();
  });
});
