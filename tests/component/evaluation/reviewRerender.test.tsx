import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderCounts } from '../../../src/ui/editor/renderCount';
import { evaluationPlan, onDay } from '../../unit/domain/evaluationPlan';
import { openEvaluations, openPlanInApp } from './renderEvaluation';

beforeEach(() => { window.location.hash = ''; });

const AGREEMENTS = Array.from({ length: 5 }, (_, i) => ({
  id: `r${i + 1}`, goalId: 'g1', who: ['gran'], what: `Afspraak ${i + 1}`, when: 'elke week', safety: null,
}));

describe('a key press in an evaluation\'s agreement review', () => {
  it('re-renders the agreement typed in and none of the others', async () => {
    const user = userEvent.setup({ delay: null });
    const { store } = await openPlanInApp(evaluationPlan({ agreements: AGREEMENTS }), onDay('2027-01-15'));
    await openEvaluations(user);
    await user.click(screen.getByRole('button', { name: 'Evaluatie starten' }));
    const third = await screen.findByRole('group', { name: 'Afspraak 3' });
    const notes = within(third).getByRole('textbox', { name: 'Wat hielp of zat in de weg' });
    await user.click(notes);
    act(() => renderCounts.clear());

    await user.type(notes, 'Ging goed');

    expect(renderCounts.get('review/r3')).toBeGreaterThan(0);
    for (const id of ['r1', 'r2', 'r4', 'r5']) expect(renderCounts.get(`review/${id}`) ?? 0).toBe(0);
    expect(notes).toHaveValue('Ging goed');
    // Every character reached the plan: the items apply their change to the newest evaluation, not a stale one.
    await user.click(within(screen.getByRole('group', { name: 'Afspraak 1' })).getByRole('radio', { name: 'Ja' }));
    await waitFor(async () => {
      const { plan } = await store.load('plan-jansen');
      const reviews = plan.evaluations.at(-1)?.agreementReviews ?? [];
      expect(reviews.map((r) => [r.agreementId, r.outcome, r.notes])).toEqual([['r3', null, 'Ging goed'], ['r1', 'yes', '']]);
    }, { timeout: 5000 });
  });
});
