import {
  checkPlan, composeLivePlan, hasLiveChanges, liveViewOf, makeProposal, meetingView, parsePlan, recordLiveMeeting, resumeStep, stepsCovered,
} from '../../../src/domain';
import type { LiveWorkingCopy, Plan, Proposal } from '../../../src/domain';
import { completePlan } from '../../fixtures';
import { crisisPlan } from '../../fixtures/crisisPlan';

/** The whole netwerkberaad in the meeting (issue 22, item 7): what the view holds, and what the save makes of it. */

function stringsIn(value: unknown, into: Set<string> = new Set()): Set<string> {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) for (const item of value) stringsIn(item, into);
  else if (value && typeof value === 'object') for (const item of Object.values(value)) stringsIn(item, into);
  return into;
}

const proposal = (over: Partial<Proposal>): Proposal => ({
  id: 'prop-1', kind: 'strength', text: 'Buren helpen', goalId: null, when: '', who: [], status: 'accepted', proposedBy: 'x', ...over,
});

describe('the live view holds the agenda of the netwerkberaad, and only that', () => {
  const plan = crisisPlan();
  const view = liveViewOf(plan);

  it('has exactly the keys of the agenda', () => {
    expect(Object.keys(view).sort()).toEqual([
      'agreements', 'bottomLines', 'carriers', 'children', 'circumstances', 'concernFacts', 'dangerStatements', 'decided', 'exceptions', 'family',
      'fields', 'goals', 'informing', 'monitoring', 'people', 'planId', 'resumeAt', 'strengths', 'variant',
    ]);
    expect(Object.keys(view.fields).sort()).toEqual([
      'childSignal', 'childSignalResponse', 'evaluationDate', 'evaluationPlace', 'familyName', 'genogramNote', 'homeLocation', 'largeRelapse', 'smallRelapse',
    ]);
    expect(Object.keys(view.decided).sort()).toEqual(['informAuthorityWhen', 'safetyDecision']);
  });

  it('carries the analysis with whose view each item is, the conditions, bottom lines, acute/stable and sections 5 to 7', () => {
    expect(view.concernFacts[0]).toEqual({ id: 'cf-1', text: plan.concernFacts[0]!.text, perspective: 'family' });
    expect(view.strengths.map((s) => s.perspective)).toEqual(['family', 'network']);
    expect(view.exceptions).toEqual([{ id: 'ex-1', text: plan.exceptions[0]!.text }]);
    expect(view.goals.map((g) => g.kind)).toEqual(plan.goals.map((g) => g.kind));
    expect(view.bottomLines.map((b) => b.id)).toEqual(['bl-1', 'bl-2']);
    expect(view.agreements[0]?.safety).toBe('acute');
    expect(view.circumstances[0]?.agreement).toBe(plan.circumstances[0]!.agreement);
    expect(view.monitoring[0]).toEqual({ id: 'm-1', who: ['s-ria', 'p-lotte'], watches: plan.monitoring[0]!.watches });
    expect(view.informing.map((i) => i.personId)).toEqual(plan.informing.map((i) => i.personId));
    expect(view.fields.evaluationDate).toBe('2027-01-20');
    expect(view.decided).toEqual({ informAuthorityWhen: plan.informAuthorityWhen, safetyDecision: 'structural' });
    expect(view.children).toEqual(['d-mila', 'd-daan']);
  });

  it('shares none of the plan\'s other texts: violence notes, the children\'s words, contacts, e-mail addresses, notes', () => {
    const shown = stringsIn(view);
    const secrets = [...stringsIn(plan)].filter((text) => text.length >= 8 && /[\s@]/.test(text) && ![...shown].some((s) => s.includes(text)));
    expect(secrets).toEqual(expect.arrayContaining([plan.violencePhysicalAbuse, plan.professionals[0]!.email, plan.networkMeetings[0]!.notes]));
    for (const secret of secrets) expect(JSON.stringify(view)).not.toContain(secret);
  });

  it('leaves a standard plan\'s bottom lines out, and says where a crisis conference goes on', () => {
    expect(liveViewOf({ ...plan, variant: 'standard' }).bottomLines).toEqual([]);
    expect(view.resumeAt).toBeNull();
    const stopped: Plan = { ...plan, networkMeetings: plan.networkMeetings.map((m, i) => ({ ...m, agendaStep: i === 0 ? 'goals' : 'agreements' })) };
    expect(liveViewOf(stopped).resumeAt).toBe('agreements');
    expect(resumeStep({ ...stopped, variant: 'standard' })).toBeNull();
    expect(stepsCovered('agreements')).toEqual(['welcome', 'analysis', 'goals']);
  });
});

describe('proposals of the whole agenda', () => {
  it('keeps only the attributes of their kind', () => {
    const made = makeProposal('participant', {
      id: 'p1', kind: 'concern', text: ' Ruzie ', goalId: 'g-1', when: 'ma', who: ['s-ria'], proposedBy: 'w', perspective: 'child', safety: 'acute',
    });
    expect(made).toEqual({ ok: true, proposal: { id: 'p1', kind: 'concern', text: 'Ruzie', goalId: null, when: '', who: [], proposedBy: 'w', status: 'open', perspective: 'child' } });
    const agreement = makeProposal('participant', { id: 'p2', kind: 'agreement', text: 'Oma belt', goalId: null, when: 'zo', who: [], proposedBy: 'w' });
    expect(agreement.ok && Object.keys(agreement.proposal).sort()).toEqual(['goalId', 'id', 'kind', 'proposedBy', 'status', 'text', 'when', 'who']);
  });

  it('takes a decision only for a decided field, with a value it can hold', () => {
    const base = { id: 'd1', kind: 'decision' as const, goalId: null, when: '', who: [], proposedBy: 'w', at: 5 };
    expect(makeProposal('participant', { ...base, text: 'Bij elk incident', field: 'informAuthorityWhen' })).toEqual({
      ok: true, proposal: expect.objectContaining({ status: 'open', field: 'informAuthorityWhen', at: 5 }),
    });
    expect(makeProposal('participant', { ...base, text: 'heel erg', field: 'safetyDecision' }).ok).toBe(false);
    expect(makeProposal('participant', { ...base, text: 'acute' }).ok).toBe(false);
    expect(makeProposal('professional', { ...base, text: 'acute', field: 'safetyDecision' })).toEqual({ ok: true, proposal: expect.objectContaining({ status: 'accepted' }) });
  });
});

describe('composeLivePlan() with the whole agenda', () => {
  const base = completePlan();
  const copy = (over: Partial<LiveWorkingCopy> = {}): LiveWorkingCopy => ({ base, fields: {}, proposals: [], ...over });

  it('puts each accepted proposal in its list, with whose view, acute or stable, and the people of the plan only', () => {
    const plan = composeLivePlan(copy({ proposals: [
      proposal({ id: 'c1', kind: 'concern', text: 'Geschreeuw', perspective: 'child' }),
      proposal({ id: 'd1', kind: 'danger', text: 'Bang voor slaan', perspective: 'professional' }),
      proposal({ id: 'e1', kind: 'exception', text: 'Vader ging weg' }),
      proposal({ id: 'a1', kind: 'agreement', text: 'Oma haalt op', safety: 'stable', who: ['s-ria'] }),
      proposal({ id: 'o1', kind: 'circumstance', text: 'Verhuizing in maart', detail: 'Kinderen een week bij oma' }),
      proposal({ id: 'w1', kind: 'monitor', text: 'Let op de ochtenden', who: ['s-ria', 'gone'] }),
      proposal({ id: 'i1', kind: 'inform', text: 'Met Woorden en Plaatjes', personId: 'd-mila', who: ['d-sanne'], when: 'zaterdag' }),
      proposal({ id: 'i2', kind: 'inform', text: 'Gesprek', personId: 's-ria', who: [] }),
      proposal({ id: 'x1', kind: 'concern', text: 'Open', status: 'open' }),
    ] }));
    expect(plan.concernFacts.at(-1)).toEqual({ id: 'c1', text: 'Geschreeuw', perspective: 'child' });
    expect(plan.dangerStatements.at(-1)).toEqual({ id: 'd1', text: 'Bang voor slaan', perspective: 'professional' });
    expect(plan.exceptions.at(-1)).toEqual({ id: 'e1', text: 'Vader ging weg' });
    expect(plan.agreements.at(-1)).toEqual({ id: 'a1', goalId: null, who: ['s-ria'], what: 'Oma haalt op', when: '', safety: 'stable' });
    expect(plan.circumstances.at(-1)).toEqual({ id: 'o1', description: 'Verhuizing in maart', agreement: 'Kinderen een week bij oma' });
    expect(plan.monitoring.at(-1)).toEqual({ id: 'w1', who: ['s-ria'], watches: 'Let op de ochtenden' });
    // Section 7 tells a directly involved person: someone else named there is left unchosen rather than kept.
    expect(plan.informing.slice(-2)).toEqual([
      { id: 'i1', personId: 'd-mila', byWhom: ['d-sanne'], when: 'zaterdag', how: 'Met Woorden en Plaatjes' },
      { id: 'i2', personId: null, byWhom: [], when: '', how: 'Gesprek' },
    ]);
    expect(plan.concernFacts.some((c) => c.id === 'x1')).toBe(false);
    expect(parsePlan(plan).ok).toBe(true);
  });

  it('takes a decided field only from an accepted decision, the latest proposed standing', () => {
    const decision = (over: Partial<Proposal>) => proposal({ kind: 'decision', field: 'informAuthorityWhen', ...over });
    const plan = composeLivePlan(copy({ proposals: [
      decision({ id: 'late', text: 'Bij elke terugval', at: 20 }),
      decision({ id: 'early', text: 'Bij geweld', at: 10 }),
      decision({ id: 'open', text: 'Nooit', at: 30, status: 'open' }),
      decision({ id: 'sd', field: 'safetyDecision', text: 'acute', at: 1 }),
      decision({ id: 'bad', field: 'safetyDecision', text: 'nonsense', at: 40 }),
    ] }));
    expect(plan.informAuthorityWhen).toBe('Bij elke terugval');
    expect(plan.safetyDecision).toBe('acute');
    expect(hasLiveChanges(copy({ proposals: [decision({ id: 'd', text: 'Bij elke terugval' })] }))).toBe(true);
    expect(hasLiveChanges(copy({ proposals: [decision({ id: 'd', text: 'Nooit', status: 'open' })] }))).toBe(false);
  });

  it('takes the evaluation date as a date: a real one, none, or else the plan\'s date stays', () => {
    expect(composeLivePlan(copy({ fields: { evaluationDate: '2027-02-03' } })).evaluationDate).toBe('2027-02-03');
    expect(composeLivePlan(copy({ fields: { evaluationDate: '' } })).evaluationDate).toBeNull();
    expect(composeLivePlan(copy({ fields: { evaluationDate: 'volgende week' } })).evaluationDate).toBe(base.evaluationDate);
    expect(composeLivePlan(copy({ fields: { evaluationDate: '2027-02-30' } })).evaluationDate).toBe(base.evaluationDate);
    expect(hasLiveChanges(copy({ fields: { evaluationDate: base.evaluationDate ?? '' } }))).toBe(false);
    expect(hasLiveChanges(copy({ fields: { evaluationDate: '2027-02-03' } }))).toBe(true);
  });

  it('keeps the plan within its list limits and leaves a plan the rules accepted without new findings from the meeting', () => {
    const many = Array.from({ length: 80 }, (_, i) => proposal({ id: `c${i}`, kind: 'concern', text: `Zorg ${i}` }));
    expect(parsePlan(composeLivePlan(copy({ proposals: many }))).ok).toBe(true);
    const before = checkPlan(base, new Date('2026-11-25T10:00:00Z')).map((f) => f.ruleId);
    const after = checkPlan(composeLivePlan(copy({ fields: { evaluationDate: '2027-01-21' }, proposals: [proposal({ id: 'c1', kind: 'concern', text: 'Zorg', perspective: 'family' })] })),
      new Date('2026-11-25T10:00:00Z')).map((f) => f.ruleId);
    expect(after).toEqual(before);
  });
});

describe('meetingView()', () => {
  it('shows the view with what the meeting accepted, as the save will make it', () => {
    const view = liveViewOf(completePlan());
    const made = meetingView(view, [
      proposal({ id: 'c1', kind: 'concern', text: 'Geschreeuw', perspective: 'child' }),
      proposal({ id: 'open', kind: 'strength', text: 'Nog open', status: 'open' }),
      proposal({ id: 'd1', kind: 'decision', field: 'safetyDecision', text: 'acute' }),
    ]);
    expect(made.concernFacts.at(-1)).toEqual({ id: 'c1', text: 'Geschreeuw', perspective: 'child' });
    expect(made.strengths).toEqual(view.strengths);
    expect(made.decided.safetyDecision).toBe('acute');
  });
});

describe('a crisis conference goes on where the last session stopped', () => {
  it('records the step the session reached in its meeting entry, and keeps an earlier one when the agenda was not run', () => {
    const plan = crisisPlan();
    const first = recordLiveMeeting(plan, { entryId: null, date: '2026-11-25', attendeeIds: [], agendaStep: 'agreements' }, 'nm-3');
    expect(first.ok && first.plan.networkMeetings.find((m) => m.id === 'nm-3')?.agendaStep).toBe('agreements');
    expect(resumeStep(first.plan)).toBe('agreements');
    const again = recordLiveMeeting(first.plan, { entryId: 'nm-3', date: '2026-11-25', attendeeIds: ['d-sanne'], agendaStep: null }, 'x');
    expect(again.ok && again.plan.networkMeetings.find((m) => m.id === 'nm-3')?.agendaStep).toBe('agreements');
    expect(parsePlan(again.plan).ok).toBe(true);
  });
});
