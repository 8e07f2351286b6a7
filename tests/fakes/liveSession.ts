import { agendaItem, decideProposal, liveRoleOf, makeProposal, mayDo } from '../../src/domain';
import type { AgendaItemId, LiveFieldKey, LiveRole, Plan } from '../../src/domain';
import type { JoinOptions, LiveParticipant, LiveRefusal, LiveSession, LiveSnapshot, NewProposal } from '../../src/app/live/ports';

/**
 * An in-memory stand-in for one meeting's Live Share session, for component tests: every joined session sees the
 * same state at once. It applies the same domain rules as the Live Share adapter (src/adapters/liveshare); the
 * adapter itself is tested against a real local Fluid service (tests/e2e/liveSession.e2e.ts).
 */
export class FakeLiveMeeting {
  private shared: Omit<LiveSnapshot, 'participants'> = {
    connected: true, base: null, fields: {}, proposals: [], followSectionId: null,
    timer: { itemId: null, durationMs: 0, remainingMs: 0, running: false, at: 0 }, savedAt: null, dirty: false, meetingEntryId: null,
  };
  private readonly people = new Map<string, Omit<LiveParticipant, 'isSelf'>>();
  private readonly listeners = new Map<string, Set<(s: LiveSnapshot) => void>>();
  private counter = 0;

  join(options: JoinOptions): LiveSession {
    const id = `p${++this.counter}`;
    const role = liveRoleOf(options);
    this.people.set(id, { id, name: options.name, role, sectionId: null, typingIn: null });
    this.listeners.set(id, new Set());
    this.notify();
    return this.sessionFor(id, role);
  }

  snapshotFor(id: string): LiveSnapshot {
    return { ...this.shared, participants: [...this.people.values()].map((p) => ({ ...p, isSelf: p.id === id })) };
  }

  private cache = new Map<string, LiveSnapshot>();

  private notify(): void {
    this.cache.clear();
    for (const [id, set] of this.listeners) for (const listener of set) listener(this.current(id));
  }

  private current(id: string): LiveSnapshot {
    let snapshot = this.cache.get(id);
    if (!snapshot) {
      snapshot = this.snapshotFor(id);
      this.cache.set(id, snapshot);
    }
    return snapshot;
  }

  private change(update: Partial<Omit<LiveSnapshot, 'participants'>>, dirty = false): void {
    this.shared = { ...this.shared, ...update, ...(dirty ? { dirty: true } : {}) };
    this.notify();
  }

  private person(id: string, update: Partial<LiveParticipant>): void {
    const p = this.people.get(id);
    if (p) this.people.set(id, { ...p, ...update });
    this.notify();
  }

  private sessionFor(selfId: string, role: LiveRole): LiveSession {
    const lead = (work: () => void): Promise<LiveRefusal | null> => {
      if (!mayDo(role, 'lead')) return Promise.resolve('notAllowed');
      work();
      return Promise.resolve(null);
    };
    return {
      selfId, role,
      snapshot: () => this.current(selfId),
      subscribe: (listener) => {
        this.listeners.get(selfId)?.add(listener);
        return () => this.listeners.get(selfId)?.delete(listener);
      },
      shareBase: (plan: Plan) => lead(() => this.change({ base: plan })),
      viewSection: (sectionId) => this.person(selfId, { sectionId }),
      typing: (typingIn: LiveFieldKey | null) => this.person(selfId, { typingIn }),
      lead: (sectionId) => lead(() => this.change({ followSectionId: sectionId })),
      setField: async (field, text) => {
        this.change({ fields: { ...this.shared.fields, [field]: { text, by: selfId } } }, true);
        return null;
      },
      propose: async (input: NewProposal) => {
        const made = makeProposal(role, { ...input, id: `prop-${++this.counter}`, proposedBy: selfId });
        if (!made.ok) return made.reason;
        this.change({ proposals: [...this.shared.proposals, made.proposal] }, made.proposal.status === 'accepted');
        return null;
      },
      decide: async (proposalId, accept, who) => {
        const proposal = this.shared.proposals.find((p) => p.id === proposalId);
        if (!proposal) return 'notOpen';
        const decided = decideProposal(role, proposal, accept, who);
        if (!decided.ok) return decided.reason;
        this.change({ proposals: this.shared.proposals.map((p) => (p.id === proposalId ? decided.proposal : p)) }, accept);
        return null;
      },
      startAgendaItem: (itemId: AgendaItemId) => lead(() => {
        const item = agendaItem(itemId);
        if (item) this.change({ followSectionId: item.sectionId, timer: { itemId, durationMs: item.minutes * 60_000, remainingMs: item.minutes * 60_000, running: true, at: Date.now() } });
      }),
      pauseTimer: () => lead(() => this.change({ timer: { ...this.shared.timer, running: false } })),
      resumeTimer: () => lead(() => this.change({ timer: { ...this.shared.timer, running: true, at: Date.now() } })),
      markSaved: async (at, meetingEntryId) => this.change({
        savedAt: at, dirty: false, ...(meetingEntryId ? { meetingEntryId } : {}),
      }),
      leave: async () => {
        this.people.delete(selfId);
        this.listeners.delete(selfId);
        this.notify();
      },
    };
  }
}
