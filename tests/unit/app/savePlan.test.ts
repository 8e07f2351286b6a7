import { PlanEditSession, FROZEN_LABELS } from '../../../src/app/savePlan';
import type { SessionDeps, SessionState } from '../../../src/app/savePlan';
import type { PlanStore } from '../../../src/app/ports';
import { DomainError, OfflineError, ThrottledError, MAX_SHORT_TEXT } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
// The session's save behaviours are those of a draft (a plan in force changes only through Bijstellen: statusGate.ts);
// the status gate's own cases are at the end.
import { completeDraft as completePlan, completePlan as planInForce } from '../../fixtures';
import { FakeDevice } from '../../fakes/deviceServices';
import { LateLoadStore } from '../../fakes/lateLoadStore';

/** A plan store whose next saves can fail or wait and whose next load can answer late, around the in-memory one. */
class ControlledStore extends LateLoadStore {
  failures: Error[] = [];
  gate: Promise<void> | null = null;

  override async save(plan: Plan, expected: string | null) {
    if (this.gate) await this.gate;
    const failure = this.failures.shift();
    if (failure) throw failure;
    return super.save(plan, expected);
  }
}

const clock = { now: () => new Date('2026-11-25T10:00:00Z') };

async function until(session: PlanEditSession, done: (s: SessionState) => boolean, ms = 5000): Promise<SessionState> {
  const start = Date.now();
  while (!done(session.snapshot)) {
    if (Date.now() - start > ms) throw new Error(`timed out in ${JSON.stringify(session.snapshot.status.kind)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return session.snapshot;
}

async function setup() {
  const store = new ControlledStore();
  const plan = completePlan();
  await store.save(plan, null);
  const device = new FakeDevice();
  const deps = (d: FakeDevice = device, s: PlanStore = store): SessionDeps => ({ store: s, clock, ...d.tab() });
  const open = async (d: FakeDevice = device) => {
    const session = new PlanEditSession(deps(d), plan.id);
    await session.open();
    return session;
  };
  return { store, plan, device, open };
}

const isSaved = (s: SessionState) => s.status.kind === 'saved';

describe('PlanEditSession', () => {
  it('writes every edit to this editor\'s draft at once, saves after the pause, then clears the draft', async () => {
    const { store, plan, device, open } = await setup();
    const session = await open();
    session.edit({ ...plan, genogramNote: 'Nieuw' });
    expect(session.snapshot.status).toEqual({ kind: 'pending', unsaved: 1 });
    await new Promise((r) => setTimeout(r, 50));
    expect((await device.tab().drafts.listForPlan(plan.id))[0]?.plan.genogramNote).toBe('Nieuw');
    await until(session, isSaved);
    expect((await store.load(plan.id)).plan.genogramNote).toBe('Nieuw');
    await new Promise((r) => setTimeout(r, 50));
    expect(await device.tab().drafts.listForPlan(plan.id)).toEqual([]);
    await session.close();
  });

  it('keeps an edit made while a save is in flight: the draft survives, the base revision follows the save', async () => {
    const { store, plan, device, open } = await setup();
    const session = await open();
    let release: () => void = () => undefined;
    store.gate = new Promise((r) => { release = r; });
    session.edit({ ...plan, genogramNote: 'Eerste' });
    const saving = session.flush();
    await until(session, (s) => s.status.kind === 'saving');
    session.edit({ ...plan, genogramNote: 'Tweede' });
    store.gate = null;
    release();
    await saving;
    let releaseSecond: () => void = () => undefined;
    store.gate = new Promise((r) => { releaseSecond = r; });
    await new Promise((r) => setTimeout(r, 30));
    const [draft] = await device.tab().drafts.listForPlan(plan.id);
    expect(draft?.plan.genogramNote).toBe('Tweede');
    expect(draft?.baseRevision).toBe('2');
    store.gate = null;
    releaseSecond();
    await until(session, isSaved);
    expect((await store.load(plan.id))).toMatchObject({ revision: '3', plan: { genogramNote: 'Tweede' } });
    await session.close();
  });

  it('never shows saved while the store differs from the screen', async () => {
    const { store, plan, open } = await setup();
    const session = await open();
    const seen: SessionState[] = [];
    session.subscribe((s) => seen.push(s));
    for (let i = 0; i < 5; i += 1) session.edit({ ...plan, genogramNote: `v${i}` });
    await until(session, isSaved);
    const stored = (await store.load(plan.id)).plan;
    for (const state of seen.filter(isSaved)) expect(state.plan).toEqual(stored);
    await session.close();
  });

  it("two editors on one device never delete each other's drafts, and both edits reach the store", async () => {
    const { store, plan, device, open } = await setup();
    const a = await open();
    const b = await open();
    b.edit({ ...plan, smallRelapse: 'Van B' });
    a.edit({ ...plan, genogramNote: 'Van A' });
    await a.flush();
    expect(a.snapshot.status.kind).toBe('saved');
    await new Promise((r) => setTimeout(r, 30));
    const drafts = await device.tab().drafts.listForPlan(plan.id);
    expect(drafts.map((d) => d.plan.smallRelapse)).toContain('Van B');
    await until(b, isSaved);
    expect((await store.load(plan.id)).plan).toMatchObject({ smallRelapse: 'Van B', genogramNote: 'Van A' });
    await a.close();
    await b.close();
  });

  it('after a reload inside the autosave pause, the next editor restores the left draft and saves it', async () => {
    const { store, plan, device, open } = await setup();
    const first = await open();
    first.edit({ ...plan, genogramNote: 'Getypt vlak voor herladen' });
    await new Promise((r) => setTimeout(r, 20));
    device.locks.dropAll(); // the page went away: no close(), no save
    const second = await open();
    expect(second.snapshot.notices).toContainEqual({ kind: 'restored', count: 1 });
    await until(second, isSaved);
    expect((await store.load(plan.id)).plan.genogramNote).toBe('Getypt vlak voor herladen');
    await second.close();
  });

  it('keeps and restores an invalid plan, names the problem, and does not ask the store', async () => {
    const { store, plan, device, open } = await setup();
    const session = await open();
    const tooLong = 'x'.repeat(MAX_SHORT_TEXT + 2500);
    session.edit({ ...plan, familyName: tooLong });
    session.edit({ ...plan, familyName: tooLong, genogramNote: 'Geldige notitie' });
    const state = await until(session, (s) => s.status.kind === 'invalid');
    expect(state.status).toMatchObject({ kind: 'invalid', unsaved: 2, problems: [expect.objectContaining({ path: '$.familyName' })] });
    expect(store.saves).toBe(1);
    device.locks.dropAll();
    const reopened = await open();
    expect(reopened.snapshot.plan).toMatchObject({ familyName: tooLong, genogramNote: 'Geldige notitie' });
    await until(reopened, (s) => s.status.kind === 'invalid');
    await reopened.close();
  });

  it('reports a failing draft write as storage full, with the number of unsaved changes', async () => {
    const { plan, open } = await setup();
    const session = await open();
    const put = jest.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('quota', 'QuotaExceededError');
    });
    try {
      session.edit({ ...plan, genogramNote: 'Vol' });
      const state = await until(session, (s) => s.notices.some((n) => n.kind === 'draftFailed'));
      expect(state.notices).toContainEqual({ kind: 'draftFailed', error: expect.objectContaining({ code: 'STORAGE.FULL' }) });
    } finally {
      put.mockRestore();
    }
    await session.close();
  });

  it('retries offline and throttled saves with backoff, honouring Retry-After, and at once on retryNow()', async () => {
    const { store, plan, open } = await setup();
    const session = await open();
    store.failures = [new OfflineError(), new ThrottledError(7)];
    session.edit({ ...plan, genogramNote: 'Onderweg' });
    let state = await until(session, (s) => s.status.kind === 'retrying');
    expect(state.status).toMatchObject({ kind: 'retrying', unsaved: 1, retryAt: clock.now().getTime() + 1000 });
    session.retryNow();
    state = await until(session, (s) => s.status.kind === 'retrying' && s.status.error.code === 'GRAPH.THROTTLED');
    expect(state.status).toMatchObject({ retryAt: clock.now().getTime() + 7000 });
    session.retryNow();
    await until(session, isSaved);
    expect((await store.load(plan.id)).plan.genogramNote).toBe('Onderweg');
    await session.close();
  });

  it('does not retry what waiting will not cure (a permission error), but shows it and keeps the edit', async () => {
    const { store, plan, open } = await setup();
    const session = await open();
    store.failures = [new DomainError('GRAPH.PERMISSION', 'no')];
    session.edit({ ...plan, genogramNote: 'Mag niet' });
    await until(session, (s) => s.status.kind === 'failed');
    session.retryNow();
    await until(session, isSaved);
    await session.close();
  });

  it('merges a colleague\'s save of other fields automatically and says so', async () => {
    const { store, plan, open } = await setup();
    const session = await open();
    await store.saveAsSomeoneElse({ ...plan, smallRelapse: 'Van collega' });
    session.edit({ ...plan, genogramNote: 'Van mij' });
    const state = await until(session, isSaved);
    expect(state.notices).toContainEqual({ kind: 'merged', sections: 1 });
    expect((await store.load(plan.id)).plan).toMatchObject({ smallRelapse: 'Van collega', genogramNote: 'Van mij' });
    await session.close();
  });

  it.each([['mine', 'Mijn naam', FROZEN_LABELS.theirsReplaced, 'Hun naam'], ['theirs', 'Hun naam', FROZEN_LABELS.mineNotChosen, 'Mijn naam']] as const)(
    'on a clash, choosing %s keeps the other side frozen in the history and both sides\' other edits live',
    async (prefer, live, label, frozenName) => {
      const { store, plan, open } = await setup();
      const session = await open();
      await store.saveAsSomeoneElse({ ...plan, familyName: 'Hun naam', smallRelapse: 'Hun veld' });
      session.edit({ ...plan, familyName: 'Mijn naam', genogramNote: 'Mijn veld' });
      const state = await until(session, (s) => s.status.kind === 'conflict');
      expect(state.status).toMatchObject({ clashes: ['$.familyName'] });
      await session.resolve(prefer);
      await until(session, isSaved);
      expect((await store.load(plan.id)).plan).toMatchObject({ familyName: live, smallRelapse: 'Hun veld', genogramNote: 'Mijn veld' });
      const [version] = await store.listVersions(plan.id);
      expect(version?.label).toBe(label);
      expect((await store.loadVersion(plan.id, version!.versionId)).familyName).toBe(frozenName);
      await session.close();
    },
  );

  it('keeps keys typed while a merge loads the other version (found by the chaos e2e)', async () => {
    const { store, plan, open } = await setup();
    const session = await open();
    await store.saveAsSomeoneElse({ ...plan, smallRelapse: 'Van collega' });
    const load = store.load.bind(store);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => { release = r; });
    store.load = async (id: string) => { await gate; return load(id); };
    session.edit({ ...plan, familyName: 'q1' });
    const saving = session.flush();
    await new Promise((r) => setTimeout(r, 20));
    session.edit({ ...session.snapshot.plan!, familyName: 'q1 q2' });
    release();
    await saving;
    store.load = load;
    await until(session, isSaved);
    expect(session.snapshot.plan?.familyName).toBe('q1 q2');
    expect((await store.load(plan.id)).plan).toMatchObject({ familyName: 'q1 q2', smallRelapse: 'Van collega' });
    await session.close();
  });

  it('follows another tab\'s save when nothing is pending here', async () => {
    const { plan, open } = await setup();
    const a = await open();
    const b = await open();
    a.edit({ ...plan, genogramNote: 'Uit tab A' });
    await until(a, isSaved);
    const state = await until(b, (s) => s.plan?.genogramNote === 'Uit tab A');
    expect(state.notices).toContainEqual({ kind: 'followed' });
    b.edit({ ...state.plan!, smallRelapse: 'Uit tab B' });
    await until(b, isSaved);
    await a.close();
    await b.close();
  });

  it('drops a late load while following once this tab has saved meanwhile: the saved screen is not rewound (issue 24)', async () => {
    const { store, plan, open } = await setup();
    const a = await open();
    const b = await open();
    const late = store.answerNextLoadLate();
    a.edit({ ...plan, genogramNote: 'Uit tab A' });
    await until(a, isSaved);
    await late.asked; // B follows A's revision 2; its load answers late
    b.edit({ ...b.snapshot.plan!, smallRelapse: 'Uit tab B' });
    await until(b, isSaved);
    const third = await store.load(plan.id);
    expect(third).toMatchObject({ revision: '3', plan: { genogramNote: 'Uit tab A', smallRelapse: 'Uit tab B' } });
    late.release();
    await new Promise((r) => setTimeout(r, 50));
    expect(b.snapshot.status.kind).toBe('saved');
    expect(b.snapshot.plan).toEqual(third.plan);
    expect(b.snapshot.notices).not.toContainEqual({ kind: 'followed' });
    // B's next edit starts from revision 3: it saves without another merge.
    b.edit({ ...b.snapshot.plan!, largeRelapse: 'Daarna uit tab B' });
    await until(b, isSaved);
    expect(b.snapshot.notices.filter((n) => n.kind === 'merged')).toHaveLength(1);
    expect(await store.load(plan.id)).toMatchObject({ revision: '4', plan: { smallRelapse: 'Uit tab B', largeRelapse: 'Daarna uit tab B' } });
    await a.close();
    await b.close();
  });

  it('a second choice in a conflict, answered first, wins alone: the late first one freezes nothing and rewinds nothing', async () => {
    const { store, plan, open } = await setup();
    const session = await open();
    await store.saveAsSomeoneElse({ ...plan, familyName: 'Hun naam', smallRelapse: 'Hun veld' });
    session.edit({ ...plan, familyName: 'Mijn naam', genogramNote: 'Mijn veld' });
    await until(session, (s) => s.status.kind === 'conflict');
    const late = store.answerNextLoadLate();
    const first = session.resolve('mine');
    await late.asked;
    await session.resolve('theirs');
    await until(session, isSaved);
    late.release();
    await first;
    await new Promise((r) => setTimeout(r, 50));
    expect(session.snapshot.status.kind).toBe('saved');
    const stored = await store.load(plan.id);
    expect(stored).toMatchObject({ revision: '3', plan: { familyName: 'Hun naam', smallRelapse: 'Hun veld', genogramNote: 'Mijn veld' } });
    expect(session.snapshot.plan).toEqual(stored.plan);
    expect((await store.listVersions(plan.id)).map((v) => v.label)).toEqual([FROZEN_LABELS.mineNotChosen]);
    await session.close();
  });

  it('an editor closed while its plan loads does not come alive when the load lands (no plan shown, no following)', async () => {
    const { store, plan, device, open } = await setup();
    const a = await open();
    const late = store.answerNextLoadLate();
    const closing = new PlanEditSession({ store, clock, ...device.tab() }, plan.id);
    const opening = closing.open();
    await late.asked;
    await closing.close();
    late.release();
    await opening;
    a.edit({ ...plan, genogramNote: 'Uit tab A' });
    await until(a, isSaved);
    await new Promise((r) => setTimeout(r, 50));
    expect(closing.snapshot).toMatchObject({ plan: null, notices: [] });
    await a.close();
  });

  it('follows two quick saves of another tab in order and ends on the newest, even when the first load answers last', async () => {
    const { store, plan, open } = await setup();
    const a = await open();
    const b = await open();
    const late = store.answerNextLoadLate();
    a.edit({ ...plan, genogramNote: 'Eerste' });
    await until(a, isSaved);
    await late.asked;
    a.edit({ ...a.snapshot.plan!, genogramNote: 'Tweede' });
    await until(a, isSaved);
    late.release();
    const state = await until(b, (s) => s.plan?.genogramNote === 'Tweede');
    expect(state.status.kind).toBe('saved');
    await new Promise((r) => setTimeout(r, 50));
    expect(b.snapshot.plan?.genogramNote).toBe('Tweede');
    b.edit({ ...b.snapshot.plan!, smallRelapse: 'Uit tab B' });
    await until(b, isSaved);
    expect(b.snapshot.notices.some((n) => n.kind === 'merged')).toBe(false);
    await a.close();
    await b.close();
  });

  it('an editor closed while it restores a left draft stays closed, and the next editor restores that draft', async () => {
    const { store, plan, device, open } = await setup();
    const first = await open();
    first.edit({ ...plan, genogramNote: 'Getypt vlak voor herladen' });
    await new Promise((r) => setTimeout(r, 20));
    device.locks.dropAll();
    const tab = device.tab();
    const put = tab.drafts.put.bind(tab.drafts);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => { release = r; });
    let asked: () => void = () => undefined;
    const writing = new Promise<void>((r) => { asked = r; });
    tab.drafts.put = async (input) => { asked(); await gate; return put(input); };
    const closing = new PlanEditSession({ store, clock, ...tab }, plan.id);
    const opening = closing.open();
    await writing;
    await closing.close();
    release();
    await opening;
    expect(closing.snapshot).toMatchObject({ plan: null, status: { kind: 'saved' } });
    const next = await open();
    expect(next.snapshot.plan?.genogramNote).toBe('Getypt vlak voor herladen');
    await until(next, isSaved);
    await next.close();
  });

  describe('the status gate', () => {
    async function setupInForce() {
      const store = new ControlledStore();
      const plan = planInForce();
      await store.save(plan, null);
      const device = new FakeDevice();
      const session = new PlanEditSession({ store, clock, ...device.tab() }, plan.id);
      await session.open();
      return { store, plan, device, session };
    }

    it('refuses an edit to the content of a plan in force: nothing changes on screen, in the draft or in the store', async () => {
      const { store, plan, device, session } = await setupInForce();
      const verdict = session.edit({ ...plan, monitoring: [], evaluationDate: null });
      expect(verdict).toMatchObject({ ok: false, code: 'PLAN.LOCKED', reason: 'in-force' });
      expect(session.snapshot.plan).toEqual(plan);
      expect(session.snapshot.status).toEqual({ kind: 'saved' });
      expect(session.snapshot.notices).toContainEqual({ kind: 'locked', status: 'active', frozenAs: null });
      await new Promise((r) => setTimeout(r, 30));
      expect(await device.tab().drafts.listForPlan(plan.id)).toEqual([]);
      expect(store.saves).toBe(1);
      await session.close();
    });

    it('takes what a plan in force records (an incident) and saves it', async () => {
      const { store, plan, session } = await setupInForce();
      const incident = { id: 'inc-9', date: '2026-11-24', what: 'Ruzie', actedByIds: [], informedIds: [], relapse: null };
      expect(session.edit({ ...plan, incidents: [...plan.incidents, incident] })).toEqual({ ok: true });
      await until(session, isSaved);
      expect((await store.load(plan.id)).plan.incidents.at(-1)).toEqual(incident);
      await session.close();
    });

    it('never changes a closed plan', async () => {
      const store = new ControlledStore();
      const plan: Plan = { ...planInForce(), status: 'closed', closure: { outcome: 'safe-enough', reason: 'Veilig genoeg', date: '2026-11-20' } };
      await store.save(plan, null);
      const session = new PlanEditSession({ store, clock, ...new FakeDevice().tab() }, plan.id);
      await session.open();
      expect(session.edit({ ...plan, status: 'active', closure: null })).toMatchObject({ ok: false, reason: 'closed' });
      expect(session.edit({ ...plan, incidents: [] })).toMatchObject({ ok: false, reason: 'closed' });
      expect(session.snapshot.plan).toEqual(plan);
      await session.close();
    });

    it('does not carry edits into a plan a colleague put in force meanwhile: they are frozen, the plan in force stays as it is', async () => {
      const { store, plan, open } = await setup();
      const session = await open();
      await store.saveAsSomeoneElse({ ...plan, status: 'active' });
      session.edit({ ...plan, monitoring: [], genogramNote: 'Van mij' });
      const state = await until(session, isSaved);
      expect(state.notices).toContainEqual({ kind: 'locked', status: 'active', frozenAs: FROZEN_LABELS.lockedEdits });
      const stored = (await store.load(plan.id)).plan;
      expect(stored).toEqual({ ...plan, status: 'active' });
      const versions = await store.listVersions(plan.id);
      expect(versions.map((v) => v.label)).toContain(FROZEN_LABELS.lockedEdits);
      const frozen = await store.loadVersion(plan.id, versions.find((v) => v.label === FROZEN_LABELS.lockedEdits)!.versionId);
      expect(frozen.genogramNote).toBe('Van mij');
      await session.close();
    });

    it('restores no draft edit into a plan that went into force after the draft was left behind', async () => {
      const { store, plan, device, open } = await setup();
      const first = await open();
      first.edit({ ...plan, genogramNote: 'Getypt in het concept' });
      await new Promise((r) => setTimeout(r, 20));
      device.locks.dropAll(); // the page went away before the save
      await store.saveAsSomeoneElse({ ...plan, status: 'active' });
      const second = await open();
      expect(second.snapshot.notices).toContainEqual({ kind: 'locked', status: 'active', frozenAs: FROZEN_LABELS.lockedEdits });
      expect(second.snapshot.plan).toEqual({ ...plan, status: 'active' });
      expect((await store.load(plan.id)).plan.genogramNote).toBe(plan.genogramNote);
      expect((await store.listVersions(plan.id)).map((v) => v.label)).toContain(FROZEN_LABELS.lockedEdits);
      await new Promise((r) => setTimeout(r, 30));
      expect(await device.tab().drafts.listForPlan(plan.id)).toEqual([]);
      await second.close();
    });
  });
});
