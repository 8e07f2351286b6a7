import { LiveSave } from '../../../../src/app/live/liveSave';
import type { SessionDeps } from '../../../../src/app/savePlan';
import type { Proposal } from '../../../../src/domain';
import { completeDraft, completePlan as planInForce } from '../../../fixtures';
import { FakeDevice } from '../../../fakes/deviceServices';
import { MemoryStore } from '../../../fakes/memoryStore';

/** The facilitator's save of the whole agenda (issue 22, item 7) goes through the one save path and the status gate. */

const clock = { now: () => new Date('2026-11-29T10:00:00') };

const accepted = (over: Partial<Proposal>): Proposal => ({
  id: 'x', kind: 'strength', text: '', goalId: null, when: '', who: [], status: 'accepted', proposedBy: 'w', ...over,
});

const MEETING: Proposal[] = [
  accepted({ id: 'c1', kind: 'concern', text: 'Geschreeuw op zondag', perspective: 'child' }),
  accepted({ id: 'a1', kind: 'agreement', text: 'Oma haalt op', safety: 'acute', who: ['s-ria'] }),
  accepted({ id: 'o1', kind: 'circumstance', text: 'Verhuizing in maart', detail: 'Een week bij oma' }),
  accepted({ id: 'i1', kind: 'inform', text: 'Met Woorden en Plaatjes', personId: 'd-mila', who: ['d-sanne'] }),
  accepted({ id: 'd1', kind: 'decision', field: 'informAuthorityWhen', text: 'Bij elk incident dezelfde dag', at: 1 }),
  // A participant's proposal for a decided field that no professional took: it never reaches the plan.
  { ...accepted({ id: 'd2', kind: 'decision', field: 'informAuthorityWhen', text: 'Nooit', at: 2 }), status: 'open' },
];

async function saved(plan: ReturnType<typeof completeDraft>) {
  const store = new MemoryStore();
  await store.save(plan, null);
  const deps: SessionDeps = { store, clock, ...new FakeDevice().tab() };
  const live = new LiveSave(deps, plan.id);
  const base = await live.open();
  const result = await live.save({ base, fields: { evaluationDate: '2027-02-03' }, proposals: MEETING }, { meetingEntryId: null, attendeeIds: [], agendaStep: 'informing' });
  await live.close();
  return { store, result };
}

describe('the live save of the whole agenda', () => {
  it('stores the analysis with whose view, acute or stable, sections 5 and 7, the accepted decision, the date and the step reached', async () => {
    const plan = completeDraft();
    const { store, result } = await saved(plan);
    expect(result.ok).toBe(true);
    const stored = (await store.load(plan.id)).plan;
    expect(stored.concernFacts.at(-1)).toEqual({ id: 'c1', text: 'Geschreeuw op zondag', perspective: 'child' });
    expect(stored.agreements.at(-1)).toMatchObject({ id: 'a1', safety: 'acute', who: ['s-ria'] });
    expect(stored.circumstances.at(-1)).toEqual({ id: 'o1', description: 'Verhuizing in maart', agreement: 'Een week bij oma' });
    expect(stored.informing.at(-1)).toMatchObject({ id: 'i1', personId: 'd-mila', byWhom: ['d-sanne'] });
    expect(stored.informAuthorityWhen).toBe('Bij elk incident dezelfde dag');
    expect(stored.evaluationDate).toBe('2027-02-03');
    expect(stored.networkMeetings.find((m) => m.date === '2026-11-29')?.agendaStep).toBe('informing');
  });

  it('into a plan in force: all of it goes into the adjusted version, the plan in force stays as it was', async () => {
    const plan = planInForce();
    const { store, result } = await saved(plan);
    if (!result.ok || !result.revision) throw new Error('the meeting is saved as an adjusted version');
    expect((await store.load(plan.id)).plan).toEqual(plan);
    const revision = (await store.load(result.revision.planId)).plan;
    expect(revision).toMatchObject({ status: 'draft', revisionOf: plan.id, informAuthorityWhen: 'Bij elk incident dezelfde dag', evaluationDate: '2027-02-03' });
    expect(revision.circumstances.some((c) => c.id === 'o1')).toBe(true);
    expect(revision.networkMeetings.find((m) => m.date === '2026-11-29')?.agendaStep).toBe('informing');
  });
});
