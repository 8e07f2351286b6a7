import { LiveSave } from '../../../../src/app/live/liveSave';
import type { SessionDeps } from '../../../../src/app/savePlan';
import { PlanEditSession } from '../../../../src/app/savePlan';
import { putRevisionInForce } from '../../../../src/app/revision';
import { BEFORE_MEETING_LABEL } from '../../../../src/app/live/liveSave';
import type { LiveWorkingCopy, Plan } from '../../../../src/domain';
// The live save of a draft; the save into a plan in force (a revision draft) has its own tests below.
import { FIXTURE_TODAY, completeDraft as completePlan, completePlan as planInForce } from '../../../fixtures';
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

  /** A colleague saves right after the store answered this device (after a load, or after a version was frozen). */
  class ColleagueRightAfter extends MemoryStore {
    after: 'load' | 'freezeVersion' | null = null;
    colleague: ((plan: Plan) => Plan) | null = null;

    override async load(id: string) {
      const answer = await super.load(id);
      await this.colleagueSaves('load', id);
      return answer;
    }

    override async freezeVersion(plan: Plan, label: string) {
      const answer = await super.freezeVersion(plan, label);
      await this.colleagueSaves('freezeVersion', plan.id);
      return answer;
    }

    private async colleagueSaves(after: 'load' | 'freezeVersion', id: string): Promise<void> {
      const change = this.colleague;
      if (this.after !== after || !change) return;
      this.colleague = null;
      await this.saveAsSomeoneElse(change((await super.load(id)).plan));
    }
  }

  async function restoredInEditor(store: MemoryStore, device: FakeDevice, planId: string): Promise<Plan | null> {
    const editor = new PlanEditSession({ store, clock, ...device.tab() }, planId);
    await editor.open();
    const plan = editor.snapshot.plan;
    await editor.close();
    return plan;
  }

  it('keeps the meeting\'s draft against the plan it opened, so a colleague\'s save right after the open is not undone on restore', async () => {
    const store = new ColleagueRightAfter();
    const plan = completePlan();
    await store.save(plan, null);
    const device = new FakeDevice();
    const live = new LiveSave({ store, clock, ...device.tab() }, plan.id);
    store.after = 'load';
    store.colleague = (p) => ({ ...p, largeRelapse: 'Door collega' });
    const base = await live.open();
    await live.keep(copyOf(base, { fields: { homeLocation: 'In de keukenla' } }));
    await live.close();
    expect(await restoredInEditor(store, device, plan.id)).toMatchObject({ largeRelapse: 'Door collega', homeLocation: 'In de keukenla' });
  });

  it('keeps later meeting edits against what its save stored, so a colleague\'s save right after it is not undone on restore', async () => {
    const store = new ColleagueRightAfter();
    const plan = completePlan();
    await store.save(plan, null);
    const device = new FakeDevice();
    const live = new LiveSave({ store, clock, ...device.tab() }, plan.id);
    const base = await live.open();
    store.after = 'freezeVersion';
    store.colleague = (p) => ({ ...p, largeRelapse: 'Door collega' });
    expect((await live.save(copyOf(base, { fields: { smallRelapse: 'Bel oma' } }))).ok).toBe(true);
    await live.keep(copyOf(base, { fields: { smallRelapse: 'Bel oma', homeLocation: 'In de keukenla' } }));
    await live.close();
    expect(await restoredInEditor(store, device, plan.id)).toMatchObject({ largeRelapse: 'Door collega', smallRelapse: 'Bel oma', homeLocation: 'In de keukenla' });
  });

  describe('into a plan in force (the status gate)', () => {
    async function setupInForce() {
      const store = new MemoryStore();
      const plan = planInForce();
      await store.save(plan, null);
      const deps: SessionDeps = { store, clock, ...new FakeDevice().tab() };
      return { store, plan, deps };
    }

    it('saves the meeting as an adjusted version beside the plan, which stays as it was; the next save goes to the same version', async () => {
      const { store, plan, deps } = await setupInForce();
      const live = new LiveSave(deps, plan.id);
      const base = await live.open();
      const first = await live.save(copyOf(base, { fields: { smallRelapse: 'Bel oma' } }), { meetingEntryId: null, attendeeIds: ['d-sanne'] });
      if (!first.ok || !first.revision) throw new Error('the meeting is saved as an adjusted version');
      expect((await store.load(plan.id)).plan).toEqual(plan);
      const revision = (await store.load(first.revision.planId)).plan;
      expect(revision).toMatchObject({ status: 'draft', revisionOf: plan.id, version: plan.version + 1, smallRelapse: 'Bel oma' });
      expect(revision.networkMeetings.some((m) => m.id === first.meetingEntryId)).toBe(true);
      const again = await live.save(copyOf(base, { fields: { smallRelapse: 'Bel oma eerst' } }), { meetingEntryId: first.meetingEntryId, attendeeIds: ['d-sanne'] });
      expect(again.ok && again.revision?.planId).toBe(first.revision.planId);
      expect((await store.list()).filter((s) => s.revisionOf === plan.id)).toHaveLength(1);
      await live.close();
    });

    it('goes into force only through the quality check (putRevisionInForce)', async () => {
      const { store, plan, deps } = await setupInForce();
      const live = new LiveSave(deps, plan.id);
      const base = await live.open();
      const saved = await live.save(copyOf(base, { fields: { smallRelapse: 'Bel oma' } }));
      if (!saved.ok || !saved.revision) throw new Error('saved as an adjusted version');
      const revision = (await store.load(saved.revision.planId)).plan;
      const inForce = await putRevisionInForce(store, revision, FIXTURE_TODAY);
      expect(inForce).toMatchObject({ ok: true });
      expect((await store.load(plan.id)).plan).toMatchObject({ status: 'active', smallRelapse: 'Bel oma', version: plan.version + 1 });
      const emptied = await live.save(copyOf(base, { fields: { largeRelapse: '' } }));
      expect(emptied.ok).toBe(true);
      await live.close();
    });

    it('merges into an adjusted version already being prepared, after freezing it, instead of replacing it', async () => {
      const { store, plan, deps } = await setupInForce();
      await store.save({ ...plan, id: 'rev-1', status: 'draft', version: plan.version + 1, revisionOf: plan.id, evaluations: [], incidents: [], evaluationEvent: null, homeLocation: 'Van de bijstelling' }, null);
      const live = new LiveSave(deps, plan.id);
      const base = await live.open();
      const saved = await live.save(copyOf(base, { fields: { smallRelapse: 'Uit het beraad' } }));
      expect(saved.ok && saved.revision?.planId).toBe('rev-1');
      expect((await store.load('rev-1')).plan).toMatchObject({ homeLocation: 'Van de bijstelling', smallRelapse: 'Uit het beraad', revisionOf: plan.id });
      expect((await store.listVersions('rev-1')).map((v) => v.label)).toContain(BEFORE_MEETING_LABEL);
      expect((await store.load(plan.id)).plan).toEqual(plan);
      await live.close();
    });
  });
});

describe('LiveSave records the family\'s say given live', () => {
  it('writes a say given from the person\'s own window into the family\'s agreement, dated, as given in the meeting', async () => {
    const { store, plan, deps } = await setup();
    const live = new LiveSave(deps, plan.id);
    const base = await live.open();
    const result = await live.save(copyOf(base, {
      says: [
        { personId: 'd-emre', stance: 'disagrees', words: 'Ik ga niet weg uit mijn eigen huis.', by: 'w-emre' },
        // Given from Emre's window for Sanne: a window never speaks for someone else.
        { personId: 'd-sanne', stance: 'disagrees', words: 'Sanne is het niet eens.', by: 'w-emre' },
        // A child is not asked for the plan's agreement (the record is the adults').
        { personId: 'd-mila', stance: 'agrees', words: '', by: 'w-mila' },
      ],
      windowPersons: { 'w-emre': 'd-emre', 'w-mila': 'd-mila' },
    }));
    expect(result.ok).toBe(true);
    const stored = (await store.load(plan.id)).plan;
    expect(stored.familyAgreement).toEqual([
      plan.familyAgreement.find((f) => f.personId === 'd-sanne'),
      { id: 'fa-emre', personId: 'd-emre', stance: 'disagrees', words: 'Ik ga niet weg uit mijn eigen huis.', date: '2026-11-29', how: 'meeting' },
    ]);
    await live.close();
  });

  it('adds an entry for an adult family member the record does not hold yet', async () => {
    const { store, plan, deps } = await setup();
    await store.save({ ...plan, familyAgreement: [] }, (await store.load(plan.id)).revision);
    const live = new LiveSave(deps, plan.id);
    const base = await live.open();
    await live.save(copyOf(base, { says: [{ personId: 'd-sanne', stance: 'agrees', words: '', by: 'w1' }], windowPersons: { w1: 'd-sanne' } }));
    const stored = (await store.load(plan.id)).plan;
    expect(stored.familyAgreement).toEqual([{ id: expect.any(String), personId: 'd-sanne', stance: 'agrees', words: '', date: '2026-11-29', how: 'meeting' }]);
    await live.close();
  });
});
