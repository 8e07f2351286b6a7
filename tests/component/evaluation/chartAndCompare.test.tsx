import { withSubstance } from '../../fixtures';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { decideEvaluation, startRevision, recordChildVoice, recordScore, startEvaluation, updateEvaluation } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { ScoreChart } from '../../../src/ui/evaluation/ScoreChart';
import { VersionCompare } from '../../../src/ui/evaluation/VersionCompare';
import { MemoryStore } from '../../fakes/memoryStore';
import { evaluationPlan, onDay } from '../../unit/domain/evaluationPlan';
import { localServices, openEvaluations, openPlanInApp, renderWith } from './renderEvaluation';

beforeEach(() => { window.location.hash = ''; });

/** Two evaluations held: on 1 December (extended) and on 15 March (adjusted), with the scores each person gave. */
function twiceEvaluated(): { evaluated: Plan; frozen: Plan[]; current: Plan } {
  const frozen: Plan[] = [];
  const hold = (plan: Plan, day: string, id: string, scores: Array<[string, 'parent' | 'child' | 'professional', number]>, decision: 'extend' | 'adjust') => {
    const started = startEvaluation(plan, onDay(day), id);
    if (!started.ok) throw new Error(started.reason);
    const scored = updateEvaluation(started.plan, id, (e) => scores.reduce((acc, [who, audience, score]) => (
      audience === 'child' ? recordChildVoice(acc, who, { worries: '', feelsSafeWhen: '', score }) : recordScore(acc, who, audience, score)
    ), e));
    const input = decision === 'extend' ? { decision, validUntil: '2027-04-01', evaluationDate: '2027-03-15' } as const : { decision } as const;
    const decided = decideEvaluation(withSubstance(scored), input, onDay(day));
    if (!decided.ok) throw new Error(decided.reason);
    frozen.push(decided.frozen);
    return decided.plan;
  };
  const first = hold(evaluationPlan(), '2026-12-01', 'ev1', [['mother', 'parent', 4], ['child', 'child', 5], ['pro', 'professional', 3]], 'extend');
  const adjusted = hold(first, '2027-03-15', 'ev2', [['mother', 'parent', 7], ['child', 'child', 8], ['pro', 'professional', 6]], 'adjust');
  // Adjusting keeps the evaluated plan in force; the next version (2) is a draft of its own, which is what gets edited.
  const revision = startRevision(adjusted, 'plan-revision');
  const current: Plan = {
    ...revision,
    agreements: revision.agreements.map((a) => (a.id === 'a1' ? { ...a, what: 'Oma haalt Noor op maandag, dinsdag en donderdag' } : a)),
  };
  return { evaluated: adjusted, frozen, current };
}

describe('ScoreChart', () => {
  it('shows the scores per person across evaluations as an SVG image with a title and description, and the same numbers in a table', () => {
    const { evaluated } = twiceEvaluated();
    renderWith(localServices(onDay('2027-03-15')), <ScoreChart plan={evaluated} />);

    const chart = screen.getByRole('img', { name: /Schaalscores per persoon per evaluatie/ });
    expect(chart.tagName.toLowerCase()).toBe('svg');
    expect(chart).toHaveAccessibleName(/Lijngrafiek van 3 personen over 2 evaluaties/);
    // One marker per score given, carrying its value; one line per person joining their two scores.
    expect([...chart.querySelectorAll('[data-score]')].map((n) => n.getAttribute('data-score'))).toEqual(['4', '7', '5', '8', '3', '6']);
    expect(chart.querySelectorAll('polyline')).toHaveLength(3);
    expect(document.querySelector('canvas')).toBeNull();

    const table = screen.getByRole('table', { name: 'Scores per persoon per evaluatie' });
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(['Persoon', 'Groep', '1 dec 2026', '15 mrt 2027']);
    const rows = within(table).getAllByRole('row').slice(1).map((r) => within(r).getAllByRole('cell').map((c) => c.textContent));
    const names = within(table).getAllByRole('rowheader').map((h) => h.textContent);
    expect(names).toEqual(['Sanne Jansen', 'Noor', 'Karim de Boer']);
    expect(rows).toEqual([['ouders en netwerk', '4', '7'], ['kinderen', '5', '8'], ['professionals', '3', '6']]);
    expect(within(screen.getByRole('list', { name: 'Legenda' })).getAllByRole('listitem')).toHaveLength(3);
  });

  it('marks a score that was not given as such in the table and breaks the line there', () => {
    const { evaluated } = twiceEvaluated();
    const withGap: Plan = { ...evaluated, evaluations: evaluated.evaluations.map((e) => (e.id === 'ev1' ? { ...e, scores: e.scores.filter((s) => s.personId !== 'pro') } : e)) };
    renderWith(localServices(onDay('2027-03-15')), <ScoreChart plan={withGap} />);
    const row = screen.getByRole('rowheader', { name: 'Karim de Boer' }).closest('tr') as HTMLElement;
    expect(within(row).getByText('geen score')).toBeInTheDocument();
    expect(screen.getByRole('img').querySelectorAll('polyline')).toHaveLength(2);
  });

  it('says there is nothing to show before the first evaluation', () => {
    renderWith(localServices(onDay('2027-03-15')), <ScoreChart plan={evaluationPlan()} />);
    expect(screen.getByText(/Er zijn nog geen scores/)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });
});

describe('VersionCompare', () => {
  it('compares the frozen version with the current one and highlights the changed agreement', async () => {
    const { frozen, current } = twiceEvaluated();
    const store = new MemoryStore({ now: () => onDay('2027-03-15') });
    for (const [i, plan] of frozen.entries()) await store.freezeVersion(plan, i === 0 ? 'Evaluatie: verlengd' : 'Evaluatie: bijgesteld');
    renderWith(localServices(onDay('2027-03-15'), store), <VersionCompare plan={current} />);

    expect(await screen.findByText(/Versie 1 vergeleken met versie 2/)).toBeInTheDocument();
    const older = screen.getByRole('combobox', { name: 'Oudere versie' });
    expect((older as HTMLSelectElement).selectedOptions[0]?.textContent).toMatch(/^Versie 1: Evaluatie: bijgesteld/);

    const agreements = screen.getByRole('region', { name: '4. Welke afspraken worden er per doel gemaakt?' });
    const items = within(within(agreements).getByRole('list', { name: 'Afspraken' })).getAllByRole('listitem').filter((li) => li.hasAttribute('data-change'));
    expect(items).toHaveLength(1);
    const changed = items[0] as HTMLElement;
    expect(changed).toHaveAttribute('data-change', 'changed');
    expect(within(changed).getByText('Oma haalt Noor op maandag, dinsdag en donderdag', { selector: 'ins' })).toBeInTheDocument();
    expect(within(changed).getByText('Gewijzigd')).toBeInTheDocument();
    expect(within(changed).getByText('Oma haalt Noor op dinsdag en donderdag van school').tagName).toBe('DEL');
    // The untouched agreement is not listed as a change.
    expect(within(agreements).queryByText(/Moeder belt oma/)).not.toBeInTheDocument();
    expect(screen.getByText(/Ongewijzigd: .*3\. Wat zijn de doelen/)).toBeInTheDocument();
  });

  it('lets the user pick any two versions', async () => {
    const user = userEvent.setup();
    const { frozen, current } = twiceEvaluated();
    const store = new MemoryStore({ now: () => onDay('2027-03-15') });
    await store.freezeVersion(frozen[0]!, 'Evaluatie: verlengd');
    await store.freezeVersion(frozen[1]!, 'Evaluatie: bijgesteld');
    renderWith(localServices(onDay('2027-03-15'), store), <VersionCompare plan={current} />);
    await screen.findByText(/vergeleken met/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Oudere versie' }), screen.getAllByRole('option', { name: /Evaluatie: verlengd/ })[0]!);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Nieuwere versie' }), screen.getAllByRole('option', { name: /Evaluatie: bijgesteld/ })[1]!);
    await waitFor(() => expect(screen.getByText(/Versie 1 vergeleken met versie 1/)).toBeInTheDocument());
    // Between the two frozen versions the validity period and the second evaluation differ, the agreements do not.
    expect(screen.getByRole('region', { name: /2\. Wanneer is dit plan gemaakt/ })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: /4\. Welke afspraken/ })).not.toBeInTheDocument();
  });

  it('explains that versions appear on activation and decisions when there are none yet', async () => {
    renderWith(localServices(onDay('2027-03-15')), <VersionCompare plan={evaluationPlan()} />);
    expect(await screen.findByText(/Er zijn nog geen bewaarde versies/)).toBeInTheDocument();
  });
});

describe('chart and comparison inside the app', () => {
  it('opens from the editor\'s Evaluaties button and shows the chart and table on their tab', async () => {
    const user = userEvent.setup();
    const { evaluated } = twiceEvaluated();
    await openPlanInApp({ ...evaluated, status: 'active' }, onDay('2027-03-20'));
    await openEvaluations(user);
    await user.click(screen.getByRole('tab', { name: 'Scores door de tijd' }));
    expect(screen.getByRole('img', { name: /Schaalscores/ })).toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Scores per persoon per evaluatie' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Terug naar het plan' }));
    expect(await screen.findByRole('heading', { level: 1, name: /Veiligheidsplan van de familie Jansen/ })).toBeInTheDocument();
  });
});
