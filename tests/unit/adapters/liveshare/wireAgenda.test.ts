import { isFieldKey, parseLiveView, parseProposal } from '../../../../src/adapters/liveshare/wire';
import { liveViewOf } from '../../../../src/domain';
import { crisisPlan } from '../../../fixtures/crisisPlan';

/** The whole netwerkberaad on the wire (issue 22, item 7): the view stays strict, proposals carry their kind's attributes. */

describe('the live view on the wire', () => {
  const view = liveViewOf(crisisPlan());

  it('takes the view of the whole agenda as it is', () => {
    expect(parseLiveView(JSON.parse(JSON.stringify(view)))).toEqual(view);
  });

  it('refuses a view with any key outside the projection, at every level', () => {
    const plan = crisisPlan();
    const tampered: Array<Record<string, unknown>> = [
      { ...view, violencePhysicalAbuse: plan.violencePhysicalAbuse },
      { ...view, concernFacts: [{ ...view.concernFacts[0], notes: 'x' }] },
      { ...view, informing: [{ ...view.informing[0], phone: '0612345678' }] },
      { ...view, decided: { ...view.decided, earlierDecisions: 'x' } },
      { ...view, bottomLines: [{ ...view.bottomLines[0], referrer: 'Veilig Thuis' }] },
      { ...view, fields: { ...view.fields, informAuthorityWhen: 'x' } },
    ];
    for (const value of tampered) expect(parseLiveView(value)).toBeNull();
    expect(parseLiveView({ ...view, resumeAt: 'somewhere' })).toBeNull();
    expect(parseLiveView({ ...view, decided: { ...view.decided, safetyDecision: 'maybe' } })).toBeNull();
  });
});

describe('proposals of the whole agenda on the wire', () => {
  const common = { plan: 'plan-1', id: 'p1', text: 'x', goalId: null, when: '', who: [], status: 'open', proposedBy: 'w1' };

  it('takes each kind with its own attributes', () => {
    expect(parseProposal({ ...common, kind: 'concern', perspective: 'child' })?.perspective).toBe('child');
    expect(parseProposal({ ...common, kind: 'agreement', safety: 'acute' })?.safety).toBe('acute');
    expect(parseProposal({ ...common, kind: 'circumstance', detail: 'Bij oma' })?.detail).toBe('Bij oma');
    expect(parseProposal({ ...common, kind: 'inform', personId: 'd-mila', who: ['d-sanne'] })?.personId).toBe('d-mila');
    expect(parseProposal({ ...common, kind: 'decision', field: 'informAuthorityWhen', at: 12 })).toEqual(expect.objectContaining({ field: 'informAuthorityWhen', at: 12 }));
  });

  it('drops an unknown kind, a field nobody may decide this way, and a bad attribute', () => {
    expect(parseProposal({ ...common, kind: 'bottomLine' })).toBeNull();
    expect(parseProposal({ ...common, kind: 'decision', field: 'goals' })).toBeNull();
    expect(parseProposal({ ...common, kind: 'concern', perspective: 'neighbour' })).toBeNull();
    expect(parseProposal({ ...common, kind: 'inform', personId: 'constructor' })).toBeNull();
  });

  it('types the evaluation date in the fields map, but never what only a professional decides (such an entry is unreadable)', () => {
    expect(isFieldKey('evaluationDate')).toBe(true);
    expect(isFieldKey('informAuthorityWhen')).toBe(false);
    expect(isFieldKey('safetyDecision')).toBe(false);
  });
});
