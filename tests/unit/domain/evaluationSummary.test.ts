import { withSubstance } from '../../fixtures';
import {
  SUMMARY_TEXT_LIMIT, decideEvaluation, evaluationSummary, hasSummaryContent, recordScore, shorten, startEvaluation, updateEvaluation,
} from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { evaluationPlan, onDay } from './evaluationPlan';

/**
 * The Jansen plan evaluated on 2027-01-15 by mother, child and professional, and decided `adjust`: version 2 as a draft,
 * with the history of the plan in force (as it is once activated, revision.ts).
 */
function adjustedPlan(): { evaluated: Plan; draft: Plan } {
  const started = startEvaluation(evaluationPlan(), onDay('2027-01-15'), 'ev1');
  if (!started.ok) throw new Error('evaluation did not start');
  const scored = updateEvaluation(started.plan, 'ev1', (e) =>
    recordScore(recordScore(recordScore(e, 'mother', 'parent', 6), 'child', 'child', 4), 'pro', 'professional', 5));
  const decided = decideEvaluation(withSubstance(scored), { decision: 'adjust' }, onDay('2027-01-15'));
  if (!decided.ok || !decided.revision) throw new Error('decision failed');
  return { evaluated: decided.frozen, draft: { ...decided.revision, evaluations: decided.plan.evaluations } };
}

describe('evaluationSummary()', () => {
  it('lists the latest evaluation’s scores by name and audience, in the order they were given', () => {
    const { draft } = adjustedPlan();
    const summary = evaluationSummary(draft, null, 'nl');
    expect(summary.latest).toEqual({
      date: '2027-01-15',
      planVersion: 1,
      scores: [
        { name: 'Sanne Jansen', audience: 'parent', audienceLabel: 'Ouder', score: 6 },
        { name: 'Noor', audience: 'child', audienceLabel: 'Kind', score: 4 },
        { name: 'Karim de Boer', audience: 'professional', audienceLabel: 'Professional', score: 5 },
      ],
    });
  });

  it('takes the scores of the most recent evaluation by date, not the first one recorded', () => {
    const { draft } = adjustedPlan();
    const earlier = { ...draft.evaluations[0]!, id: 'ev0', date: '2026-12-01', scores: [{ personId: 'gran', audience: 'parent' as const, score: 2 }], childVoices: [] };
    const plan: Plan = { ...draft, evaluations: [...draft.evaluations, earlier] };
    const summary = evaluationSummary(plan, null, 'nl');
    expect(summary.latest?.date).toBe('2027-01-15');
    expect(summary.latest?.scores.map((s) => s.name)).toEqual(['Sanne Jansen', 'Noor', 'Karim de Boer']);
    expect(summary.decisions.map((d) => [d.date, d.label])).toEqual([['2026-12-01', 'Bijstellen'], ['2027-01-15', 'Bijstellen']]);
  });

  it('gives the decision of every evaluation in the form’s words, and "Nog geen besluit" for one still running', () => {
    const { draft } = adjustedPlan();
    const active: Plan = { ...draft, status: 'active' };
    const again = startEvaluation(active, onDay('2027-03-01'), 'ev2');
    if (!again.ok) throw new Error('second evaluation did not start');
    expect(evaluationSummary(again.plan, null, 'nl').decisions).toEqual([
      { date: '2027-01-15', planVersion: 1, decision: 'adjust', label: 'Bijstellen' },
      { date: '2027-03-01', planVersion: 2, decision: null, label: 'Nog geen besluit' },
    ]);
    expect(evaluationSummary(again.plan, null, 'en').decisions.map((d) => d.label)).toEqual(['Adjust', 'No decision yet']);
  });

  it('has no scores, no decisions and no changes for a plan that was never evaluated and has no earlier version', () => {
    const summary = evaluationSummary(evaluationPlan(), null, 'nl');
    expect(summary).toEqual({ latest: null, decisions: [], changes: null });
    expect(hasSummaryContent(summary)).toBe(false);
  });

  it('describes a changed agreement by its text and people, with the changed fields before and after', () => {
    const { evaluated, draft } = adjustedPlan();
    const newer: Plan = {
      ...draft,
      agreements: draft.agreements.map((a) => (a.id === 'a1' ? { ...a, who: ['gran', 'pro'], when: 'tot 1 mei' } : a)),
    };
    const changes = evaluationSummary(newer, evaluated, 'nl').changes;
    expect(changes?.fromVersion).toBe(1);
    expect(changes?.toVersion).toBe(2);
    expect(changes?.lines).toEqual([{
      subject: 'agreement',
      kind: 'changed',
      text: 'Afspraak gewijzigd: Oma haalt Noor op dinsdag en donderdag van school (Oma Riet, Karim de Boer)',
      details: ['Wie: Oma Riet → Oma Riet, Karim de Boer', 'Wanneer / hoe lang: „tot 1 februari” → „tot 1 mei”'],
    }]);
  });

  it('names added and removed goals, agreements and people without ids, people with their list', () => {
    const { evaluated, draft } = adjustedPlan();
    const newer: Plan = {
      ...draft,
      socialNetwork: [],
      professionals: [...draft.professionals, {
        id: 'teacher', name: 'Juf Ellen', phone: '', email: '', organisation: 'School', role: 'leerkracht', workingDays: '', present: false,
      }],
      goals: [...draft.goals, { id: 'g2', text: 'Moeder heeft hulp bij stress', kind: 'family', source: '' }],
      agreements: [
        ...draft.agreements.filter((a) => a.id !== 'a2'),
        { id: 'a3', goalId: 'g2', who: ['teacher'], what: 'Juf Ellen vraagt Noor elke maandag hoe het gaat', when: 'tot de zomer' },
      ],
    };
    const lines = evaluationSummary(newer, evaluated, 'nl').changes!.lines;
    expect(lines.map((l) => [l.subject, l.kind, l.text])).toEqual([
      ['person', 'removed', 'Niet meer betrokken: Oma Riet (Sociaal netwerk)'],
      ['person', 'added', 'Nieuwe betrokkene: Juf Ellen (Professioneel netwerk)'],
      ['goal', 'added', 'Nieuw doel: Moeder heeft hulp bij stress'],
      ['agreement', 'removed', 'Afspraak vervallen: Moeder belt oma als het thuis spannend wordt (Sanne Jansen)'],
      ['agreement', 'added', 'Nieuwe afspraak: Juf Ellen vraagt Noor elke maandag hoe het gaat (Juf Ellen)'],
    ]);
    // Oma Riet was removed from the plan, yet the unchanged agreement a1 does not show up; no line carries an id.
    const all = JSON.stringify(lines);
    for (const id of ['gran', 'teacher', 'g2', 'a2', 'a3', 'mother']) expect(all).not.toContain(`"${id}"`);
  });

  it('shows a changed person’s fields in the plan’s words (yes/no, goal by its text) and reports nothing for unchanged lists', () => {
    const { evaluated, draft } = adjustedPlan();
    const newer: Plan = {
      ...draft,
      professionals: draft.professionals.map((p) => ({ ...p, present: false })),
      agreements: draft.agreements.map((a) => (a.id === 'a2' ? { ...a, goalId: null } : a)),
    };
    const lines = evaluationSummary(newer, evaluated, 'en').changes!.lines;
    expect(lines).toEqual([
      { subject: 'person', kind: 'changed', text: 'Details changed: Karim de Boer (Professional network)', details: ['Present: yes → no'] },
      {
        subject: 'agreement', kind: 'changed', text: 'Agreement changed: Moeder belt oma als het thuis spannend wordt (Sanne Jansen)',
        details: ['For goal: “Noor is na school veilig opgevangen” → (empty)'],
      },
    ]);
  });

  it('has an empty list of changes when nothing changed in goals, agreements or people (an extension only moves dates)', () => {
    const { evaluated } = adjustedPlan();
    const extended: Plan = { ...evaluated, status: 'active', validUntil: '2027-06-01', evaluationDate: '2027-05-15' };
    const summary = evaluationSummary(extended, evaluated, 'nl');
    expect(summary.changes).toEqual({ fromVersion: 1, toVersion: 1, lines: [] });
    expect(hasSummaryContent(summary)).toBe(true);
  });

  it('keeps long texts short, cutting at a word', () => {
    const long = 'woord '.repeat(40).trim();
    const short = shorten(long);
    expect(short.length).toBeLessThanOrEqual(SUMMARY_TEXT_LIMIT);
    expect(short.endsWith('woord…')).toBe(true);
    expect(shorten('  twee\nregels  ')).toBe('twee regels');
  });
});
