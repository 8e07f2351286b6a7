import { LiveSave } from '../../../../src/app/live/liveSave';
import type { SessionDeps } from '../../../../src/app/savePlan';
import { PlanEditSession } from '../../../../src/app/savePlan';
import type { LiveWorkingCopy, Plan } from '../../../../src/domain';
// The live save of a draft; the save into a plan in force (a revision draft) has its own tests below.
import { completeDraft as completePlan } from '../../../fixtures';
import { FakeDevice } from '../../../fakes/deviceServices';
import { MemoryStore } from '../../../fakes/memoryStore';

const clock = { now: () => new Date('2026-11-29T10:00:00') };

async function setup() {
  const store = new MemoryStore();
  const plan = completePlan();
  await store.save(plan, null);
  const device = new FakeDevice();
  const deps: SessionDeps = { store, clock, ...device.tab() };
  return { store, plan, device, deps };
}

const copyOf = (base: Plan, over: Partial<LiveWorkingCopy> = {}): LiveWorkingCopy => ({ base, fields: {}, proposals: [], ...over });

describe('LiveSave', () => {
  it('saves the meeting\'s plan once and freezes one version labelled with the date', async () => {
    const { store, plan, deps } = await setup();
    const live = new LiveSave(deps, plan.id);
    const base = await live.open();
    const result = await live.save(copyOf(base, {
      fields: { smallRelapse: 'Bel oma' },
      proposals: [{ id: 'prop-1', kind: 'strength', text: 'Buren helpen', goalId: null, when: '', who: [], status: 'accepted', proposedBy: 'x' }],
    }));
    expect(result.ok).toBe(true);
    const stored = await store.load(plan.id);
    expect(stored.plan.smallRelapse).toBe('Bel oma');
    expect(stored.plan.strengths.some((s) => s.id === 'prop-1')).toBe(true);
    const versions = await store.listVersions(plan.id);
    expect(versions.map((v) => v.label)).toEqual(['Netwerkberaad 29-11-2026']);
    expect((await store.list()).length).toBe(1);
    await live.close();
  });

  it('records the meeting once in the plan\'s network meetings, however often it is saved', async () => {
    const { store, plan, deps } = await setup();
    const live = new LiveSave(deps, plan.id);
    const base = await live.open();
    const first = await live.save(copyOf(base, { fields: { smallRelapse: 'Bel oma' } }), { meetingEntryId: null, attendeeIds: ['d-sanne', 's-ria'] });
    expect(first.ok).toBe(true);
    const entryId = first.ok ? first.meetingEntryId : null;
    expect(entryId).not.toBeNull();
    const again = await live.save(copyOf(base, { fields: { smallRelapse: 'Bel oma eerst' } }), { meetingEntryId: entryId, attendeeIds: ['d-sanne'] });
    expect(again.ok && again.meetingEntryId).toBe(entryId);
    const stored = (await store.load(plan.id)).plan;
    expect(stored.networkMeetings.filter((m) => m.date === '2026-11-29')).toEqual([{ id: entryId, date: '2026-11-29', attendeeIds: ['d-sanne'], notes: '', event: null }]);
    expect(stored.networkMeetings).toHaveLength(plan.networkMeetings.length + 1);
    await live.close();

    // A reloaded facilitator window takes the ticks from what the meeting's earlier save recorded.
    const reopened = new LiveSave(deps, plan.id);
    await reopened.open();
    expect(reopened.recordedAttendees(entryId)).toEqual(['d-sanne']);
    expect(reopened.recordedAttendees(null)).toBeNull();
    await reopened.close();
  });

  it('keeps an unsaved meeting as a draft that the editor restores next time', async () => {
    const { store, plan, device, deps } = await setup();
    const live = new LiveSave(deps, plan.id);
    const base = await live.open();
    await live.keep(copyOf(base, { fields: { homeLocation: 'In de keukenla' } }));
    await live.close();
    expect((await store.load(plan.id)).plan.homeLocation).toBe(plan.homeLocation);

    const editor = new PlanEditSession({ store, clock, ...device.tab() }, plan.id);
    await editor.open();
    expect(editor.snapshot.plan?.homeLocation).toBe('In de keukenla');
    expect(editor.snapshot.notices).toContainEqual({ kind: 'restored', count: 1 });
    await editor.close();
  });

  it('merges with a colleague who saved during the meeting, as every save does', async () => {
    const { store, plan, deps } = await setup();
    const live = new LiveSave(deps, plan.id);
    const base = await live.open();
    const theirs = await store.load(plan.id);
    await store.save({ ...theirs.plan, largeRelapse: 'Door collega' }, theirs.revision);
    const result = await live.save(copyOf(base, { fields: { smallRelapse: 'Bel oma' } }));
    expect(result.ok).toBe(true);
    const stored = (await store.load(plan.id)).plan;
    expect([stored.smallRelapse, stored.largeRelapse]).toEqual(['Bel oma', 'Door collega']);
    await live.close();
  });
});
