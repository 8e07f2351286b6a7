import { LivePresence, LiveShareClient, LiveState, PresenceState, UserMeetingRole } from '@microsoft/live-share';
import type { ILiveShareHost, ILiveShareJoinResults, LivePresenceUser } from '@microsoft/live-share';
import type { AzureLocalConnectionConfig } from '@fluidframework/azure-client';
import { ConnectionState, SharedMap } from 'fluid-framework';
import type { ContainerSchema, IFluidContainer } from 'fluid-framework';
import {
  TAKE_OVER_GRACE_MS, agendaItem, automaticTakeOver, decideProposal, facilitatorPresent, idSchema, liveRoleOf, makeProposal,
  makeSay, mayDo, mayHoldLead, meetingRoleOf, mergeDecisions, newId, presenceName, withDecisions,
} from '../../domain';
import type {
  AgendaItemId, FacilitatorClaim, FamilyStance, LeadCandidate, LiveAction, LiveFieldKey, LivePlanView, LiveRole, LiveSay, MeetingRole, PeopleCorrections, Proposal,
  ProposalDecisions,
} from '../../domain';
import type {
  JoinOptions, LiveParticipant, LiveRefusal, LiveSession, LiveSessionFactory, LiveSnapshot, LiveTimerState, NewProposal,
} from '../../app/live/ports';
import { DecidingRoleVerifier, RegisteringHost, meetingRoleOfClient } from './meetingRoles';
import {
  isFieldKey, parseDecisionsState, parseFieldValue, parseSay, parseLeadState, parseLiveView, parsePresenceData, parseProposal, parseTimebox,
} from './wire';
import type { DecisionsState, LeadState, PresenceData, StoredField, StoredProposal, StoredSay, TimeboxState } from './wire';

/**
 * The live meeting session on Microsoft Live Share (1.x, on Fluid Framework 1.x): one Fluid container per meeting.
 * - presence (`LivePresence`): each person's role, section and the field they type in; a name only when they share one;
 * - follow (`LiveState`): the facilitator's section and agenda point, which everyone who follows shows;
 * - the agenda's time-box (`LiveState`: the point, its time left at a moment of the meeting's clock, running or
 *   paused), started and paused by the facilitator; every screen counts down itself, so nothing ticks in the SDK;
 * - lead (`LiveState`): who leads (the facilitator's claim), the seal of the base plan they shared, and their last save;
 * - decisions (`LiveState`): the professionals' accepted/declined per proposal id;
 * - the plan's shared fields (`SharedMap`, one key per field: the later edit wins within a field, fields never meet);
 * - proposals (`SharedMap`, one key per proposal), the base plan and the change token (`SharedMap`);
 * - the family's say (in the `meta` map, one key per window that gave one: `say:<window id>`, so the container's schema
 *   stays the one older windows created).
 *
 * What only professionals decide lives in the live objects initialised with `allowedRoles`: every receiving client asks
 * the host for the sender's meeting roles (`getClientInfo`/`getClientRoles`, in Teams from the meeting itself) and drops
 * the change when none is allowed (Live Share 1.2.2: `LiveState.onReceivedStateEvent` -> `RoleVerifier.verifyRolesAllowed`;
 * "Role verification for live data structures" in
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities).
 * A `SharedMap` write is checked by no one, so a tampered participant's client could write anything there: a proposal's
 * status therefore comes only from the decisions, and the base plan in the map counts only when its SHA-256 matches the
 * seal. Live objects hold their state in the connected clients (signals), not in the container: the facilitator's window
 * sends the lead and the decisions again as its own whenever another professional changed them or it took the lead (with
 * the followed section and the agenda's time-box), so a window that joins later hears them from whoever leads.
 * In Teams the host is teams-js' `LiveShareHost` (Azure Fluid Relay managed by Microsoft); outside Teams the test
 * host and a local Fluid service (docs/teams.md).
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities
 */

/** The container's shared objects; exported for the adapter's tests, which also play a tampered client. */
export const LIVE_CONTAINER_SCHEMA = {
  initialObjects: {
    presence: LivePresence,
    follow: LiveState,
    timebox: LiveState,
    lead: LiveState,
    decisions: LiveState,
    fields: SharedMap,
    proposals: SharedMap,
    meta: SharedMap,
  },
} as unknown as ContainerSchema;

interface Objects {
  presence: LivePresence<PresenceData>;
  follow: LiveState<FollowState>;
  timebox: LiveState<TimeboxState>;
  lead: LiveState<LeadState>;
  decisions: LiveState<DecisionsState>;
  fields: SharedMap;
  proposals: SharedMap;
  meta: SharedMap;
}

interface FollowState {
  sectionId: string | null;
  itemId: AgendaItemId | null;
}

/** The least time between two sends of one field by one window (Live Share FAQ: debounce to one message per 50 ms or more). */
const FIELD_SEND_MS = 50;

/** How often a window asks the host for its own roles again (Live Share 1.x tells no one when a role changes). */
const OWN_ROLE_RECHECK_MS = 5000;

/** Meeting roles that may lead, decide and share the plan: Live Share checks them on every client. */
const LEADING_ROLES = [UserMeetingRole.organizer, UserMeetingRole.presenter];

/** In the map: the plan's live view (domain `LivePlanView`), counted only when sealed. */
const META = { base: 'base' } as const;
/** The prefix of a say's key in the meta map: `say:` plus the id of the window that gave it. */
const SAY_KEY = 'say:';

/**
 * A digest of the working copy as every window sees it (the plan's typed fields, its proposals and the decisions): the
 * facilitator's save mark records it, and the copy is unsaved while it differs. Computed alike on every window, so a
 * change needs no op of its own to mark the copy unsaved. Not a security seal (the save mark is role-checked).
 */
function contentDigest(parts: unknown): string {
  const text = JSON.stringify(parts);
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `${text.length.toString(36)}-${hash.toString(36)}`;
}

export interface LiveShareOptions {
  host: ILiveShareHost;
  /** Outside Teams: the local Fluid service to use instead of the host's tenant. */
  localConnection?: AzureLocalConnectionConfig;
  /**
   * Outside Teams nobody is signed in and the test host reports every role for everyone, so each window's declared
   * role is taken as it is for what the screens show. Never set in Teams, where the meeting's roles decide. The live
   * objects' role checks run either way, against whatever the host answers.
   */
  trustDeclaredRoles: boolean;
}

export function liveShareSessions(options: LiveShareOptions): LiveSessionFactory {
  return {
    async join(join: JoinOptions): Promise<LiveSession> {
      const host = new RegisteringHost(options.host);
      // Every receiving client checks who may decide: an in-tenant organiser or presenter, never a guest or anonymous.
      const roles = new DecidingRoleVerifier(options.host);
      const client = new LiveShareClient(host, {
        ...(options.localConnection ? { connection: options.localConnection } : {}), roleVerifier: roles,
      });
      const results = await client.joinContainer(LIVE_CONTAINER_SCHEMA);
      const session = new LiveShareSession(results, join, options.trustDeclaredRoles, { host, roles });
      await session.start();
      return session;
    },
  };
}

function meetingRoleOfUser(user: LivePresenceUser<PresenceData>, data: PresenceData, trustDeclared: boolean): MeetingRole {
  if (trustDeclared) return data.role === 'participant' ? 'participant' : 'professional';
  return meetingRoleOfClient({ roles: user.roles, userId: user.userId });
}

/** The seal of a shared base plan: SHA-256 of its JSON, hex. */
async function sealOf(json: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(json));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The window that stands for a person with several: the lead's, else one they lead from, else the lowest client id. */
function steadyWindow(windows: ReadonlyArray<{ clientId: string; data: PresenceData }>, holderId: string | null): PresenceData | null {
  const sorted = [...windows].sort((a, b) => a.clientId.localeCompare(b.clientId));
  return (sorted.find((w) => w.data.id === holderId) ?? sorted.find((w) => w.data.leadsFromHere) ?? sorted[0])?.data ?? null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}

/** A stored proposal as the screens see it: the plan it belongs to is the shared one. */
function withoutPlan({ plan: _plan, ...proposal }: StoredProposal): Proposal {
  return proposal;
}

const NO_TIMEBOX: TimeboxState = { v: 1, itemId: null, durationMs: 0, remainingMs: 0, running: false, at: 0 };

const NOBODY_LEADS: LeadState = { v: 1, claim: null, baseDigest: null, saved: null };
const NO_DECISIONS: DecisionsState = { v: 1, decisions: {} };

class LiveShareSession implements LiveSession {
  readonly selfId: string;
  private meetingRole: MeetingRole;
  private readonly leadsFromHere: boolean;
  /** Teams' context says this window is an anonymous joiner: whatever the host's roles, it never decides. */
  private readonly declaredAnonymous: boolean;
  private left = false;
  /** Per field: when its text last went out, and the newest text waiting for the next 50 ms slot. */
  private readonly fieldSends = new Map<LiveFieldKey, { timer: ReturnType<typeof setTimeout> | null; lastAt: number; pending: { text: string; plan: string } | null }>();
  private claim: FacilitatorClaim | null = null;
  private baseSeal: string | null = null;
  private saved: LeadState['saved'] = null;
  /** The facilitator's ticks of who is present (person ids), role-checked with the lead; null while none were shared. */
  private attendees: string[] | null = null;
  /** Every decision heard from a professional (role-checked), joined: see `mergeDecisions`. */
  private decided: ProposalDecisions = {};
  /** The people of accepted agreements as the accepting professional chose them (role-checked, with the decisions). */
  private corrected: PeopleCorrections = {};
  private readonly seals = new Map<string, string>();
  private readonly joinedAt = Date.now();
  private leaderlessSince: number | null = null;
  private readonly objects: Objects;
  private readonly container: IFluidContainer;
  private readonly listeners = new Set<(snapshot: LiveSnapshot) => void>();
  private state: LiveSnapshot;
  private presenceData: PresenceData;
  private timerState: LiveTimerState = { itemId: null, durationMs: 0, remainingMs: 0, running: false, at: Date.now() };
  /** Entries of the shared maps that failed validation (by map and key; the key is never shown). */
  private unreadable: Array<{ map: 'fields' | 'proposals' | 'meta'; key: string }> = [];
  /** Which plan person each window said it is, kept for windows that left (their say still counts). */
  private readonly windowPersons: Record<string, string> = Object.create(null) as Record<string, string>;
  /** The working copy's digest as last computed (see `contentDigest`). */
  private digest = '';
  private verifiedBase: { json: string; seal: string; view: LivePlanView } | null = null;
  private readonly cleanups: Array<() => void> = [];

  constructor(
    private readonly results: ILiveShareJoinResults, join: JoinOptions, private readonly trustDeclared: boolean,
    private readonly meeting: { host: RegisteringHost; roles: DecidingRoleVerifier },
  ) {
    this.container = results.container;
    this.objects = results.container.initialObjects as unknown as Objects;
    // In a meeting a window is a participant until the host confirms more (`recheckOwnRole`).
    this.meetingRole = trustDeclared ? meetingRoleOf(join) : 'participant';
    this.declaredAnonymous = join.anonymous === true;
    this.leadsFromHere = join.leadsFromHere;
    this.selfId = newId();
    this.presenceData = {
      v: 1, id: this.selfId, name: join.name, role: this.meetingRole, leadsFromHere: join.leadsFromHere, sectionId: null, typingIn: null, personId: null,
    };
    this.state = this.compute();
  }

  async start(): Promise<void> {
    const { presence, follow, timebox, lead, decisions, fields, proposals, meta } = this.objects;
    const refresh = () => this.refresh();
    const onLead = (state: unknown) => this.leadChanged(state);
    const onDecisions = (state: unknown, local: boolean) => this.decisionsChanged(state, local);
    presence.on('presenceChanged', refresh);
    follow.on('stateChanged', refresh);
    lead.on('stateChanged', onLead);
    decisions.on('stateChanged', onDecisions);
    const onTimebox = (state: unknown) => this.timeboxChanged(state);
    timebox.on('stateChanged', onTimebox);
    for (const map of [fields, proposals, meta]) map.on('valueChanged', refresh);
    this.container.on('connected', refresh);
    this.container.on('disconnected', refresh);
    this.results.services.audience.on('membersChanged', refresh);
    const leadCheck = setInterval(() => this.checkLead(), 500);
    // The window's own role follows the host: when it registers this client (each connection) and, as Live Share 1.x
    // has no event for a changed role, every few seconds.
    const recheck = () => void this.recheckOwnRole();
    const stopRegistered = this.meeting.host.onRegistered(recheck);
    const roleCheck = setInterval(recheck, OWN_ROLE_RECHECK_MS);
    this.cleanups.push(() => {
      clearInterval(leadCheck);
      clearInterval(roleCheck);
      stopRegistered();
      presence.off('presenceChanged', refresh);
      follow.off('stateChanged', refresh);
      lead.off('stateChanged', onLead);
      decisions.off('stateChanged', onDecisions);
      timebox.off('stateChanged', onTimebox);
      for (const pending of this.fieldSends.values()) if (pending.timer !== null) clearTimeout(pending.timer);
      for (const map of [fields, proposals, meta]) map.off('valueChanged', refresh);
      this.results.services.audience.off('membersChanged', refresh);
    });
    // The role checks run outside Teams too: the test host answers every role for everyone unless a test says otherwise.
    await Promise.all([
      presence.initialize(this.presenceData),
      follow.initialize({ sectionId: null, itemId: null }, LEADING_ROLES),
      timebox.initialize(NO_TIMEBOX, LEADING_ROLES),
      lead.initialize(NOBODY_LEADS, LEADING_ROLES),
      decisions.initialize(NO_DECISIONS, LEADING_ROLES),
    ]);
    // In a meeting the meeting's roles decide, not what the joining page assumed.
    await this.recheckOwnRole();
    this.refresh();
  }

  /**
   * Asks the host for this window's own roles again (domain `meetingRoleOf` via `meetingRoleOfClient`) and, when they
   * changed, shows the controls that go with them. An anonymous joiner (declared by Teams' context) stays a participant.
   */
  private async recheckOwnRole(): Promise<void> {
    const clientId = this.meeting.host.ownClientId;
    if (this.trustDeclared || clientId === null || this.left) return;
    this.meeting.roles.forget(clientId);
    const info = await this.meeting.roles.clientInfo(clientId);
    if (!info || this.left) return;
    const role = this.declaredAnonymous ? 'participant' : meetingRoleOfClient(info);
    if (role === this.meetingRole && this.presenceData.role === role) return;
    this.meetingRole = role;
    this.presenceData = { ...this.presenceData, role };
    await this.objects.presence.update(this.presenceData).catch(() => undefined);
    this.refresh();
  }

  get role(): LiveRole {
    return liveRoleOf(this.meetingRole, this.selfId, this.claim);
  }

  snapshot(): LiveSnapshot {
    return this.state;
  }

  subscribe(listener: (snapshot: LiveSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get canLead(): boolean {
    return mayHoldLead({ id: this.selfId, role: this.meetingRole, leadsFromHere: this.leadsFromHere });
  }

  async takeLead(): Promise<LiveRefusal | null> {
    if (!this.canLead) return 'notAllowed';
    if (this.role === 'facilitator') return null;
    return this.claimLead();
  }

  async shareBase(view: LivePlanView): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    // Only the view travels, and only what the view's own schema holds (a caller's extra keys never reach the meeting).
    const checked = parseLiveView(view);
    if (!checked) return 'noPlan';
    const json = JSON.stringify(checked);
    const seal = await sealOf(json);
    this.seals.set(json, seal);
    this.verifiedBase = { json, seal, view: checked };
    try {
      await this.objects.lead.set(this.leadState({ baseDigest: seal }));
    } catch {
      return 'notAllowed';
    }
    this.objects.meta.set(META.base, json);
    this.removeOtherPlansEntries(checked.planId);
    return null;
  }

  async removeProposal(proposalId: string): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    this.objects.proposals.delete(proposalId);
    return null;
  }

  async removeUnreadable(): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    for (const { map, key } of this.unreadable) this.objects[map].delete(key);
    return null;
  }

  /** Another plan's typed fields and proposals (or unreadable ones) leave the meeting: a newly shared plan starts from empty. */
  private removeOtherPlansEntries(planId: string): void {
    const { fields, proposals, meta } = this.objects;
    for (const [key, value] of [...meta.entries()]) if (key.startsWith(SAY_KEY) && parseSay(value)?.plan !== planId) meta.delete(key);
    for (const [key, value] of [...fields.entries()]) if (parseFieldValue(value)?.plan !== planId) fields.delete(key);
    for (const [key, value] of [...proposals.entries()]) if (parseProposal(value)?.plan !== planId) proposals.delete(key);
  }

  viewSection(sectionId: string): void {
    if (this.presenceData.sectionId === sectionId) return;
    this.presenceData = { ...this.presenceData, sectionId };
    void this.objects.presence.update(this.presenceData).catch(() => undefined);
  }

  typing(field: LiveFieldKey | null): void {
    if (this.presenceData.typingIn === field) return;
    this.presenceData = { ...this.presenceData, typingIn: field };
    void this.objects.presence.update(this.presenceData).catch(() => undefined);
  }

  async choosePerson(personId: string | null): Promise<LiveRefusal | null> {
    const base = this.currentBase();
    if (!base) return 'noPlan';
    if (personId !== null && !base.family.includes(personId)) return 'notFamily';
    this.presenceData = { ...this.presenceData, personId };
    if (personId !== null) this.windowPersons[this.selfId] = personId;
    await this.objects.presence.update(this.presenceData).catch(() => undefined);
    this.refresh();
    return null;
  }

  async giveSay(stance: FamilyStance, words: string): Promise<LiveRefusal | null> {
    const base = this.currentBase();
    if (!base) return 'noPlan';
    const personId = this.presenceData.personId;
    if (personId === null) return 'notFamily';
    const made = makeSay(base.family, { personId, stance, words, by: this.selfId });
    if (!made.ok) return made.reason;
    const stored: StoredSay = { ...made.say, plan: base.planId };
    this.objects.meta.set(`${SAY_KEY}${this.selfId}`, stored);
    return null;
  }

  async lead(sectionId: string): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    await this.objects.follow.set({ ...this.objects.follow.state, sectionId });
    return null;
  }

  async setField(field: LiveFieldKey, text: string): Promise<LiveRefusal | null> {
    if (!this.allowed('editField')) return 'notAllowed';
    const base = this.currentBase();
    if (!base) return 'noPlan';
    // Microsoft asks for at most one message per 50 ms: a field's typing goes out at most that often, with its latest
    // text, as one op; this window shows its own text at once.
    const send = this.fieldSends.get(field) ?? { timer: null, lastAt: 0, pending: null };
    send.pending = { text, plan: base.planId };
    this.fieldSends.set(field, send);
    if (send.timer === null) {
      const wait = send.lastAt + FIELD_SEND_MS - Date.now();
      if (wait <= 0) this.sendField(field);
      else send.timer = setTimeout(() => this.sendField(field), wait);
    }
    this.refresh();
    return null;
  }

  /** Sends a field's latest typed text (see `setField`). */
  private sendField(field: LiveFieldKey): void {
    const send = this.fieldSends.get(field);
    if (!send) return;
    send.timer = null;
    if (!send.pending || this.left) return;
    const value: StoredField = { text: send.pending.text, by: this.selfId, plan: send.pending.plan };
    send.pending = null;
    send.lastAt = Date.now();
    this.objects.fields.set(field, value);
  }

  async propose(input: NewProposal): Promise<LiveRefusal | null> {
    if (!this.allowed('propose')) return 'notAllowed';
    const base = this.currentBase();
    if (!base) return 'noPlan';
    // A decision is dated on the meeting's clock: of two accepted for one field, the later one stands.
    const made = makeProposal(this.role, { ...input, id: newId(), proposedBy: this.selfId, ...(input.kind === 'decision' ? { at: this.sharedNow() } : {}) });
    if (!made.ok) return made.reason;
    // The map holds what was proposed; whether it counts is a professional's decision, sent role-checked.
    const stored: StoredProposal = { ...made.proposal, status: 'open', plan: base.planId };
    this.objects.proposals.set(made.proposal.id, stored);
    if (made.proposal.status === 'accepted') return this.recordDecision(made.proposal.id, 'accepted');
    return null;
  }

  async decide(proposalId: string, accept: boolean, who?: string[]): Promise<LiveRefusal | null> {
    const base = this.currentBase();
    const stored = parseProposal(this.objects.proposals.get(proposalId));
    if (!stored || !base || stored.plan !== base.planId) return 'notOpen';
    const [proposal] = withDecisions([withoutPlan(stored)], this.decided, base, this.corrected);
    const decided = decideProposal(this.role, proposal!, accept, who);
    if (!decided.ok) return decided.reason;
    // The people of an accepted agreement are fixed with the decision, so the shared map cannot change them afterwards.
    const people = accept && decided.proposal.kind === 'agreement' ? decided.proposal.who : undefined;
    return this.recordDecision(proposalId, accept ? 'accepted' : 'declined', people);
  }

  async startAgendaItem(itemId: AgendaItemId): Promise<LiveRefusal | null> {
    const item = agendaItem(itemId);
    if (!item || !mayDo(this.role, 'lead')) return 'notAllowed';
    await this.objects.follow.set({ sectionId: item.sectionId, itemId });
    const durationMs = item.minutes * 60_000;
    await this.objects.timebox.set({ v: 1, itemId, durationMs, remainingMs: durationMs, running: true, at: this.sharedNow() });
    return null;
  }

  async pauseTimer(): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    const box = this.timebox();
    if (!box.running) return null;
    const now = this.sharedNow();
    await this.objects.timebox.set({ ...box, remainingMs: box.remainingMs - (now - box.at), running: false, at: now });
    return null;
  }

  async resumeTimer(): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    const box = this.timebox();
    if (box.running || box.itemId === null) return null;
    await this.objects.timebox.set({ ...box, running: true, at: this.sharedNow() });
    return null;
  }

  async markSaved(at: number, meetingEntryId?: string | null): Promise<void> {
    // Role-checked, so no one else can make the working copy look saved (the facilitator's device stops keeping a
    // draft of a copy that is not dirty). The meeting's entry in the plan goes with it, so a later save updates it.
    if (this.role !== 'facilitator') return;
    const token = this.digest;
    const entry = meetingEntryId ?? this.saved?.meetingEntryId ?? null;
    await this.objects.lead.set(this.leadState({ saved: { token, at, meetingEntryId: entry } })).catch(() => undefined);
  }

  async shareAttendance(attendeeIds: ReadonlyArray<string>): Promise<LiveRefusal | null> {
    if (!this.allowed('save')) return 'notAllowed';
    this.attendees = [...attendeeIds];
    try {
      await this.objects.lead.set(this.leadState({ attendees: this.attendees }));
    } catch {
      return 'notAllowed';
    }
    return null;
  }

  async leave(): Promise<void> {
    // What was typed last still goes out.
    for (const field of this.fieldSends.keys()) this.sendField(field);
    this.left = true;
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
    // The live objects run timers of their own (presence expiry, timer ticks); the container does not stop them.
    this.objects.presence.dispose();
    this.objects.follow.dispose();
    this.objects.timebox.dispose();
    this.objects.lead.dispose();
    this.objects.decisions.dispose();
    this.container.dispose();
  }

  private allowed(action: LiveAction): boolean {
    return mayDo(this.role, action);
  }

  /** `who`: the people the accepting professional chose for an agreement, sent with the decision (role-checked). */
  private async recordDecision(proposalId: string, status: 'accepted' | 'declined', who?: ReadonlyArray<string>): Promise<LiveRefusal | null> {
    const corrections = who ? { ...this.corrected, [proposalId]: [...who] } : this.corrected;
    try {
      await this.objects.decisions.set({ v: 1, decisions: { ...this.decided, [proposalId]: status }, who: corrections });
    } catch {
      return 'notAllowed';
    }
    return null;
  }

  /** The lead state as this window knows it, with `change` applied: every send carries all of it. */
  private leadState(change: Partial<LeadState>): LeadState {
    return { v: 1, claim: this.claim, baseDigest: this.baseSeal, saved: this.saved, ...(this.attendees ? { attendees: this.attendees } : {}), ...change };
  }

  /**
   * Takes the lead, and from now on sends the lead (with the seal, the save mark and the ticks of who is present), the
   * decisions, the followed section and the agenda's time-box as this window's own.
   */
  private async claimLead(): Promise<LiveRefusal | null> {
    const claim: FacilitatorClaim = { holderId: this.selfId, since: this.results.timestampProvider.getTimestamp() };
    try {
      await this.objects.lead.set(this.leadState({ claim }));
      await this.objects.decisions.set({ v: 1, decisions: this.decided, who: this.corrected });
      const follow = this.objects.follow.state;
      if (follow.sectionId !== null || follow.itemId !== null) await this.objects.follow.set({ ...follow });
    } catch {
      return 'notAllowed';
    }
    await this.carryTimerOn().catch(() => undefined);
    return null;
  }

  /**
   * The time-box, like the lead, is held by the connected clients and counts only from a professional's client: the
   * new facilitator sends it again as its own (the same point, time left and moment), so a late joiner hears it.
   */
  private async carryTimerOn(): Promise<void> {
    const box = this.timebox();
    if (box.itemId === null) return;
    await this.objects.timebox.set({ ...box });
  }

  /** The meeting's shared clock (Teams: the host's NTP time), the same on every window. */
  private sharedNow(): number {
    return this.results.timestampProvider.getTimestamp();
  }

  /** The time-box as this window last accepted it (role-checked). */
  private timebox(): TimeboxState {
    return (this.objects.timebox.isInitialized ? parseTimebox(this.objects.timebox.state) : null) ?? NO_TIMEBOX;
  }

  /** A role-checked change of who leads or of the base's seal (Live Share only emits changes from allowed senders). */
  private leadChanged(value: unknown): void {
    const state = parseLeadState(value);
    if (!state) return;
    this.claim = state.claim;
    this.baseSeal = state.baseDigest;
    this.saved = state.saved;
    this.attendees = state.attendees ?? null;
    this.refresh();
  }

  private decisionsChanged(value: unknown, local: boolean): void {
    const state = parseDecisionsState(value);
    if (!state) return;
    this.decided = mergeDecisions(this.decided, state.decisions);
    this.corrected = mergeDecisions(this.corrected, state.who ?? {});
    // The facilitator holds the decisions for those who join later (live objects live in the connected clients).
    if (!local && this.role === 'facilitator') {
      void this.objects.decisions.set({ v: 1, decisions: this.decided, who: this.corrected }).catch(() => undefined);
    }
    this.refresh();
  }

  /**
   * The windows in the meeting now, each connection apart (one person's side panel and stage are two windows). A
   * window that left the container's audience is gone at once, before its presence expires (about 20 s later).
   */
  private presentWindows(): LeadCandidate[] {
    const windows: LeadCandidate[] = [];
    const connected = new Set<string>();
    for (const member of this.results.services.audience.getMembers().values()) for (const c of member.connections) connected.add(c.id);
    for (const user of this.objects.presence.getUsers(PresenceState.online)) {
      for (const connection of user.getConnections(PresenceState.online)) {
        if (connected.size > 0 && !connected.has(connection.clientId)) continue;
        const data = parsePresenceData(connection.data);
        if (data) windows.push({ id: data.id, role: meetingRoleOfUser(user, data, this.trustDeclared), leadsFromHere: data.leadsFromHere });
      }
    }
    if (!windows.some((w) => w.id === this.selfId)) windows.push({ id: this.selfId, role: this.meetingRole, leadsFromHere: this.leadsFromHere });
    return windows;
  }

  /** The automatic take-over (domain `automaticTakeOver`): this window claims once it is the one, for a grace period. */
  private checkLead(): void {
    const { lead, decisions, follow } = this.objects;
    if (!lead.isInitialized || !decisions.isInitialized || !follow.isInitialized) return;
    const now = Date.now();
    if (automaticTakeOver(this.claim, this.presentWindows()) !== this.selfId) {
      this.leaderlessSince = null;
      return;
    }
    this.leaderlessSince ??= now;
    if (now - this.leaderlessSince < TAKE_OVER_GRACE_MS || now - this.joinedAt < TAKE_OVER_GRACE_MS) return;
    this.leaderlessSince = null;
    void this.claimLead();
  }

  /** A role-checked change of the time-box: the screens count down from `timerState.at` on this device's clock. */
  private timeboxChanged(value: unknown): void {
    const box = parseTimebox(value);
    if (!box) return;
    const elapsed = box.running ? Math.max(0, this.sharedNow() - box.at) : 0;
    this.timerState = {
      itemId: box.itemId, durationMs: box.durationMs, remainingMs: Math.max(0, box.remainingMs - elapsed), running: box.running, at: Date.now(),
    };
    this.refresh();
  }

  private refresh(): void {
    this.state = this.compute();
    for (const listener of this.listeners) listener(this.state);
  }

  /**
   * The base plan: the map's, only when it is the one the facilitator sealed. A base written around the seal (by a
   * tampered client) is ignored, and the last sealed base stays on every screen; the facilitator writes it back.
   */
  private currentBase(): LivePlanView | null {
    if (this.baseSeal === null) return null;
    const json = this.objects.meta.get<unknown>(META.base);
    if (typeof json === 'string' && this.verifiedBase?.json !== json && this.sealFor(json) === this.baseSeal) {
      const view = parseLiveView(parseJson(json));
      if (view) this.verifiedBase = { json, seal: this.baseSeal, view };
    }
    if (this.verifiedBase?.seal !== this.baseSeal) return null;
    if (json !== this.verifiedBase.json && this.role === 'facilitator') this.objects.meta.set(META.base, this.verifiedBase.json);
    return this.verifiedBase.view;
  }

  /** The seal of a JSON text, once known (it is computed in the background, then the screens refresh). */
  private sealFor(json: string): string | undefined {
    const known = this.seals.get(json);
    if (known !== undefined) return known === '' ? undefined : known;
    this.seals.set(json, '');
    void sealOf(json).then((seal) => { this.seals.set(json, seal); this.refresh(); }, () => undefined);
    return undefined;
  }

  private compute(): LiveSnapshot {
    const { presence, follow, fields, proposals, meta } = this.objects;
    const participants: LiveParticipant[] = [];
    for (const user of presence.getUsers()) {
      if (user.state !== 'online') continue;
      const windows = user.getConnections(PresenceState.online)
        .map((c) => ({ clientId: c.clientId, data: parsePresenceData(c.data) }))
        .filter((w): w is { clientId: string; data: PresenceData } => w.data !== null);
      const data = steadyWindow(windows, this.claim?.holderId ?? null) ?? parsePresenceData(user.data);
      if (!data) continue;
      // One row per person, however many windows (side panel and stage): the window that holds the lead, else the one
      // they lead from, else always the same one, so the row does not flip with whichever window spoke last.
      for (const w of windows) if (w.data.personId !== null) this.windowPersons[w.data.id] = w.data.personId;
      const meetingRole = meetingRoleOfUser(user, data, this.trustDeclared);
      const typingIn = windows.find((w) => w.data.typingIn !== null)?.data.typingIn ?? data.typingIn;
      participants.push({
        id: data.id, name: presenceName({ displayName: data.name, anonymous: data.name === null }),
        role: liveRoleOf(meetingRole, data.id, this.claim), sectionId: data.sectionId, typingIn,
        personId: windows.find((w) => w.data.personId !== null)?.data.personId ?? data.personId, isSelf: user.isLocalUser,
      });
    }
    const base = this.currentBase();
    const planId = base?.planId ?? null;
    // Only entries for the shared plan count; anything else (another plan's, or unreadable) is counted, never shown.
    let otherPlanEntries = 0;
    const unreadable: Array<{ map: 'fields' | 'proposals' | 'meta'; key: string }> = [];
    const fieldValues: LiveSnapshot['fields'] = {};
    for (const [key, value] of fields.entries()) {
      const parsed = parseFieldValue(value);
      if (parsed && isFieldKey(key) && parsed.plan === planId) fieldValues[key] = { text: parsed.text, by: parsed.by };
      else if (parsed && isFieldKey(key)) otherPlanEntries += 1;
      else unreadable.push({ map: 'fields', key });
    }
    for (const [key, send] of this.fieldSends) if (send.pending && send.pending.plan === planId) fieldValues[key] = { text: send.pending.text, by: this.selfId };
    const stored: Proposal[] = [];
    for (const [key, value] of proposals.entries()) {
      const parsed = parseProposal(value);
      if (parsed && parsed.id === key && parsed.plan === planId) stored.push(withoutPlan(parsed));
      else if (parsed && parsed.id === key) otherPlanEntries += 1;
      else unreadable.push({ map: 'proposals', key });
    }
    const says: LiveSay[] = [];
    for (const [key, value] of meta.entries()) {
      if (!key.startsWith(SAY_KEY)) continue;
      // A say counts under its own window's key only: a window cannot put its say where another window's is.
      const parsed = parseSay(value);
      if (parsed && `${SAY_KEY}${parsed.by}` === key && parsed.plan === planId) says.push({ personId: parsed.personId, stance: parsed.stance, words: parsed.words, by: parsed.by });
      else if (parsed && `${SAY_KEY}${parsed.by}` === key) otherPlanEntries += 1;
      else unreadable.push({ map: 'meta', key });
    }
    says.sort((a, b) => a.by.localeCompare(b.by));
    // A window this one never saw (it gave its say and left before this window joined, e.g. while the facilitator's
    // killed window was being reopened) is known only by its own say; a window seen in presence keeps what it said there.
    const saidInSays: Record<string, string> = Object.create(null) as Record<string, string>;
    for (const say of says) if (!Object.hasOwn(this.windowPersons, say.by)) saidInSays[say.by] = say.personId;
    this.unreadable = unreadable;
    const followState = follow.isInitialized ? follow.state : null;
    const withStatus = withDecisions(stored, this.decided, base, this.corrected);
    // In a fixed order: the maps' iteration order can differ between windows.
    const digest = contentDigest([
      planId, Object.entries(fieldValues).sort(([a], [b]) => a.localeCompare(b)), [...withStatus].sort((a, b) => a.id.localeCompare(b.id)), says,
    ]);
    this.digest = digest;
    const meetingEntryId = this.saved?.meetingEntryId ?? null;
    return {
      connected: this.container.connectionState === ConnectionState.Connected,
      participants,
      base,
      otherPlanEntries,
      unreadableEntries: unreadable.length,
      fields: fieldValues,
      proposals: withStatus,
      lead: this.claim ? { ...this.claim, present: facilitatorPresent(this.claim, this.presentWindows()) } : null,
      followSectionId: followState?.sectionId ?? null,
      timer: this.timerState,
      savedAt: this.saved?.at ?? null,
      dirty: base !== null && digest !== (this.saved?.token ?? null),
      meetingEntryId: meetingEntryId !== null && idSchema.safeParse(meetingEntryId).success ? meetingEntryId : null,
      attendeeIds: this.attendees,
      says,
      windowPersons: { ...saidInSays, ...this.windowPersons },
    };
  }
}
