import { agendaItem, decideProposal, liveRoleOf, makeProposal, makeSay, mayDo, mayHoldLead, meetingRoleOf } from '../../src/domain';
import type { AgendaItemId, FacilitatorClaim, LiveFieldKey, LivePlanView, MeetingRole } from '../../src/domain';
import type { JoinOptions, LiveParticipant, LiveRefusal, LiveSession, LiveSnapshot, NewProposal } from '../../src/app/live/ports';

/**
 * An in-memory stand-in for one meeting's Live Share session, for component tests: every joined session sees the
 * same state at once. It applies the same domain rules as the Live Share adapter (src/adapters/liveshare); the
 * adapter itself is tested against a real local Fluid service (tests/e2e/liveSession.e2e.ts). Simplified where the
 * adapter waits: the first professional who may lead takes the lead at once when nobody holds it (the adapter waits
 * `TAKE_OVER_GRACE_MS`), and leaving hands it on at once.
 */
export class FakeLiveMeeting {
  private shared: Omit<LiveSnapshot, 'participants'> = {
    connected: true, base: null, otherPlanEntries: 0, unreadableEntries: 0, fields: {}, proposals: [], followSectionId: null, lead: null,
    timer: { itemId: null, durationMs: 0, remainingMs: 0, running: false, at: 0 }, savedAt: null, dirty: false, meetingEntryId: null,
    attendeeIds: null, says: [], windowPersons: {},
  };
  private readonly people = new Map<string, Omit<LiveParticipant, 'isSelf' | 'role'> & { meetingRole: MeetingRole; leadsFromHere: boolean }>();
  private claim: FacilitatorClaim | null = null;
  private readonly listeners = new Map<string, Set<(s: LiveSnapshot) => void>>();
  private counter = 0;

  join(options: JoinOptions): LiveSession {
    const id = `p${++this.counter}`;
    const meetingRole = meetingRoleOf(options);
    this.people.set(id, { id, name: options.name, meetingRole, leadsFromHere: options.leadsFromHere, sectionId: null, typingIn: null, personId: null });
    this.listeners.set(id, new Set());
    this.handOn();
    this.notify();
    return this.sessionFor(id);
  }

  /** Puts an entry into the meeting as a tampered client would (for the screens' robustness tests). */
  inject(change: Partial<Omit<LiveSnapshot, 'participants'>>): void {
    this.change(change);
  }

  snapshotFor(id: string): LiveSnapshot {
    return {
      ...this.shared,
      lead: this.claim ? { ...this.claim, present: this.people.has(this.claim.holderId) } : null,
      participants: [...this.people.values()].map(({ meetingRole, leadsFromHere: _leads, ...p }) => ({
        ...p, role: liveRoleOf(meetingRole, p.id, this.claim), isSelf: p.id === id,
      })),
    };
  }

  private roleOf(id: string) {
    const person = this.people.get(id);
    return person ? liveRoleOf(person.meetingRole, id, this.claim) : 'participant';
  }

  /** Nobody present leads: the first professional who may lead takes it. */
  private handOn(): void {
    if (this.claim && this.people.has(this.claim.holderId)) return;
    const next = [...this.people.values()].find((p) => mayHoldLead({ id: p.id, role: p.meetingRole, leadsFromHere: p.leadsFromHere }));
    this.claim = next ? { holderId: next.id, since: Date.now() } : this.claim;
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

  private sessionFor(selfId: string): LiveSession {
    const roleOf = () => this.roleOf(selfId);
    const people = this.people;
    const lead = (work: () => void): Promise<LiveRefusal | null> => {
      if (!mayDo(this.roleOf(selfId), 'lead')) return Promise.resolve('notAllowed');
      work();
      return Promise.resolve(null);
    };
    return {
      selfId,
      get role() {
        return roleOf();
      },
      get canLead() {
        const person = people.get(selfId);
        return !!person && mayHoldLead({ id: selfId, role: person.meetingRole, leadsFromHere: person.leadsFromHere });
      },
      takeLead: async () => {
        const person = this.people.get(selfId);
        if (!person || !mayHoldLead({ id: selfId, role: person.meetingRole, leadsFromHere: person.leadsFromHere })) return 'notAllowed';
        this.claim = { holderId: selfId, since: Date.now() };
        this.notify();
        return null;
      },
      snapshot: () => this.current(selfId),
      subscribe: (listener) => {
        this.listeners.get(selfId)?.add(listener);
        return () => this.listeners.get(selfId)?.delete(listener);
      },
      shareBase: (view: LivePlanView) => lead(() => this.change({ base: view })),
      viewSection: (sectionId) => this.person(selfId, { sectionId }),
      typing: (typingIn: LiveFieldKey | null) => this.person(selfId, { typingIn }),
      // As the adapter: the window says which adult family member it is; the say is always that person's, one per window.
      choosePerson: async (personId) => {
        const base = this.shared.base;
        if (!base) return 'noPlan';
        if (personId !== null && !base.family.includes(personId)) return 'notFamily';
        this.person(selfId, { personId });
        if (personId !== null) this.change({ windowPersons: { ...this.shared.windowPersons, [selfId]: personId } });
        return null;
      },
      giveSay: async (stance, words) => {
        const base = this.shared.base;
        const personId = this.people.get(selfId)?.personId ?? null;
        if (!base) return 'noPlan';
        if (personId === null) return 'notFamily';
        const made = makeSay(base.family, { personId, stance, words, by: selfId });
        if (!made.ok) return made.reason;
        this.change({ says: [...this.shared.says.filter((s) => s.by !== selfId), made.say] }, true);
        return null;
      },
      lead: (sectionId) => lead(() => this.change({ followSectionId: sectionId })),
      setField: async (field, text) => {
        this.change({ fields: { ...this.shared.fields, [field]: { text, by: selfId } } }, true);
        return null;
      },
      propose: async (input: NewProposal) => {
        const made = makeProposal(this.roleOf(selfId), {
          ...input, id: `prop-${++this.counter}`, proposedBy: selfId, ...(input.kind === 'decision' ? { at: Date.now() + this.counter } : {}),
        });
        if (!made.ok) return made.reason;
        this.change({ proposals: [...this.shared.proposals, made.proposal] }, made.proposal.status === 'accepted');
        return null;
      },
      decide: async (proposalId, accept, who) => {
        const proposal = this.shared.proposals.find((p) => p.id === proposalId);
        if (!proposal) return 'notOpen';
        const decided = decideProposal(this.roleOf(selfId), proposal, accept, who);
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
      // As the adapter: the ticks travel with the role-checked lead state, so whoever leads next has them.
      shareAttendance: async (attendeeIds) => {
        if (!mayDo(this.roleOf(selfId), 'save')) return 'notAllowed';
        this.change({ attendeeIds: [...attendeeIds] });
        return null;
      },
      removeProposal: (proposalId) => lead(() => this.change({ proposals: this.shared.proposals.filter((p) => p.id !== proposalId) })),
      removeUnreadable: () => lead(() => this.change({ unreadableEntries: 0 })),
      leave: async () => {
        this.people.delete(selfId);
        this.listeners.delete(selfId);
        this.handOn();
        this.notify();
      },
    };
  }
}
