import { LivePresence, LiveShareClient, LiveState, LiveTimer, UserMeetingRole } from '@microsoft/live-share';
import type { ILiveShareHost, ILiveShareJoinResults, ITimerConfig, LivePresenceUser } from '@microsoft/live-share';
import type { AzureLocalConnectionConfig } from '@fluidframework/azure-client';
import { ConnectionState, SharedMap } from 'fluid-framework';
import type { ContainerSchema, IFluidContainer } from 'fluid-framework';
import {
  agendaItem, decideProposal, idSchema, isLiveField, liveRoleOf, makeProposal, mayDo, newId, parsePlan, presenceName,
} from '../../domain';
import type { AgendaItemId, LiveAction, LiveFieldKey, LiveRole, Plan, Proposal } from '../../domain';
import type {
  JoinOptions, LiveFieldValue, LiveParticipant, LiveRefusal, LiveSession, LiveSessionFactory, LiveSnapshot, LiveTimerState, NewProposal,
} from '../../app/live/ports';
import { parseFieldValue, parsePresenceData, parseProposal } from './wire';
import type { PresenceData } from './wire';

/**
 * The live meeting session on Microsoft Live Share (1.x, on Fluid Framework 1.x): one Fluid container per meeting.
 * - presence (`LivePresence`): each person's role, section and the field they type in; a name only when they share one;
 * - follow (`LiveState`): the facilitator's section and agenda point, which everyone who follows shows;
 * - the agenda's time-box (`LiveTimer`), started and paused by the facilitator;
 * - the plan's shared fields (`SharedMap`, one key per field: the later edit wins within a field, fields never meet);
 * - proposals (`SharedMap`, one key per proposal) and the base plan and save marks (`SharedMap`).
 * In Teams the host is teams-js' `LiveShareHost` (Azure Fluid Relay managed by Microsoft); outside Teams the test
 * host and a local Fluid service (docs/teams.md).
 * https://learn.microsoft.com/microsoftteams/platform/apps-in-teams-meetings/teams-live-share-capabilities
 */

const SCHEMA = {
  initialObjects: {
    presence: LivePresence,
    follow: LiveState,
    timer: LiveTimer,
    fields: SharedMap,
    proposals: SharedMap,
    meta: SharedMap,
  },
} as unknown as ContainerSchema;

interface Objects {
  presence: LivePresence<PresenceData>;
  follow: LiveState<FollowState>;
  timer: LiveTimer;
  fields: SharedMap;
  proposals: SharedMap;
  meta: SharedMap;
}

interface FollowState {
  sectionId: string | null;
  itemId: AgendaItemId | null;
}

/** Meeting roles that may lead (move everyone, run the timer): Live Share checks them on every client. */
const LEADING_ROLES = [UserMeetingRole.organizer, UserMeetingRole.presenter];

const META = { base: 'base', changeToken: 'changeToken', savedToken: 'savedToken', savedAt: 'savedAt', meetingEntryId: 'meetingEntryId' } as const;

export interface LiveShareOptions {
  host: ILiveShareHost;
  /** Outside Teams: the local Fluid service to use instead of the host's tenant. */
  localConnection?: AzureLocalConnectionConfig;
  /**
   * Outside Teams nobody is signed in and the test host reports every role for everyone, so each window's declared
   * role is taken as it is. Never set in Teams, where the meeting's roles decide.
   */
  trustDeclaredRoles: boolean;
}

export function liveShareSessions(options: LiveShareOptions): LiveSessionFactory {
  return {
    async join(join: JoinOptions): Promise<LiveSession> {
      const client = new LiveShareClient(options.host, options.localConnection ? { connection: options.localConnection } : undefined);
      const results = await client.joinContainer(SCHEMA);
      const session = new LiveShareSession(results, join, options.trustDeclaredRoles);
      await session.start();
      return session;
    },
  };
}

function roleOfUser(user: LivePresenceUser<PresenceData>, data: PresenceData, trustDeclared: boolean): LiveRole {
  if (trustDeclared) return data.role;
  const roles = user.roles;
  const member = {
    isOrganiser: roles.includes(UserMeetingRole.organizer),
    isPresenter: roles.includes(UserMeetingRole.presenter),
    inTenant: !roles.includes(UserMeetingRole.guest),
    startedSession: data.role === 'facilitator',
  };
  return liveRoleOf(member);
}

class LiveShareSession implements LiveSession {
  readonly selfId: string;
  private ownRole: LiveRole;
  private readonly objects: Objects;
  private readonly container: IFluidContainer;
  private readonly listeners = new Set<(snapshot: LiveSnapshot) => void>();
  private state: LiveSnapshot;
  private presenceData: PresenceData;
  private timerState: LiveTimerState = { itemId: null, durationMs: 0, remainingMs: 0, running: false, at: Date.now() };
  private basePlan: { json: string; plan: Plan } | null = null;
  private readonly cleanups: Array<() => void> = [];

  constructor(private readonly results: ILiveShareJoinResults, join: JoinOptions, private readonly trustDeclared: boolean) {
    this.container = results.container;
    this.objects = results.container.initialObjects as unknown as Objects;
    this.ownRole = liveRoleOf(join);
    this.selfId = newId();
    this.presenceData = { v: 1, id: this.selfId, name: join.name, role: this.ownRole, sectionId: null, typingIn: null };
    this.state = this.compute();
  }

  async start(): Promise<void> {
    const { presence, follow, timer, fields, proposals, meta } = this.objects;
    const refresh = () => this.refresh();
    presence.on('presenceChanged', refresh);
    follow.on('stateChanged', refresh);
    const onTimer = (config: ITimerConfig) => this.timerChanged(config);
    timer.on('started', onTimer);
    timer.on('played', onTimer);
    timer.on('paused', onTimer);
    timer.on('finished', onTimer);
    for (const map of [fields, proposals, meta]) map.on('valueChanged', refresh);
    this.container.on('connected', refresh);
    this.container.on('disconnected', refresh);
    this.cleanups.push(() => {
      presence.off('presenceChanged', refresh);
      follow.off('stateChanged', refresh);
      for (const map of [fields, proposals, meta]) map.off('valueChanged', refresh);
    });
    // The screens count down from the last start, pause or play; the timer's own ticks only need to notice the end.
    timer.tickRate = 1000;
    await Promise.all([
      presence.initialize(this.presenceData),
      follow.initialize({ sectionId: null, itemId: null }, this.trustDeclared ? undefined : LEADING_ROLES),
      timer.initialize(this.trustDeclared ? undefined : LEADING_ROLES),
    ]);
    // In a meeting the meeting's roles decide, not what the joining page assumed.
    const self = presence.localUser;
    if (!this.trustDeclared && self) {
      this.ownRole = roleOfUser(self, this.presenceData, false);
      this.presenceData = { ...this.presenceData, role: this.ownRole };
      await presence.update(this.presenceData);
    }
    this.refresh();
  }

  get role(): LiveRole {
    return this.ownRole;
  }

  snapshot(): LiveSnapshot {
    return this.state;
  }

  subscribe(listener: (snapshot: LiveSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async shareBase(plan: Plan): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    this.objects.meta.set(META.base, JSON.stringify(plan));
    this.touch();
    return null;
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

  async lead(sectionId: string): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    await this.objects.follow.set({ ...this.objects.follow.state, sectionId });
    return null;
  }

  async setField(field: LiveFieldKey, text: string): Promise<LiveRefusal | null> {
    if (!this.allowed('editField')) return 'notAllowed';
    if (!this.basePlan) return 'noPlan';
    const value: LiveFieldValue = { text, by: this.selfId };
    this.objects.fields.set(field, value);
    this.touch();
    return null;
  }

  async propose(input: NewProposal): Promise<LiveRefusal | null> {
    if (!this.allowed('propose')) return 'notAllowed';
    if (!this.basePlan) return 'noPlan';
    const made = makeProposal(this.role, { ...input, id: newId(), proposedBy: this.selfId });
    if (!made.ok) return made.reason;
    this.objects.proposals.set(made.proposal.id, made.proposal);
    if (made.proposal.status === 'accepted') this.touch();
    return null;
  }

  async decide(proposalId: string, accept: boolean, who?: string[]): Promise<LiveRefusal | null> {
    const proposal = parseProposal(this.objects.proposals.get(proposalId));
    if (!proposal) return 'notOpen';
    const decided = decideProposal(this.role, proposal, accept, who);
    if (!decided.ok) return decided.reason;
    this.objects.proposals.set(proposalId, decided.proposal);
    if (accept) this.touch();
    return null;
  }

  async startAgendaItem(itemId: AgendaItemId): Promise<LiveRefusal | null> {
    const item = agendaItem(itemId);
    if (!item || !mayDo(this.role, 'lead')) return 'notAllowed';
    await this.objects.follow.set({ sectionId: item.sectionId, itemId });
    await this.objects.timer.start(item.minutes * 60_000);
    return null;
  }

  async pauseTimer(): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    await this.objects.timer.pause();
    return null;
  }

  async resumeTimer(): Promise<LiveRefusal | null> {
    if (!mayDo(this.role, 'lead')) return 'notAllowed';
    await this.objects.timer.play();
    return null;
  }

  async markSaved(at: number, meetingEntryId?: string | null): Promise<void> {
    const token = this.objects.meta.get<string>(META.changeToken) ?? '';
    this.objects.meta.set(META.savedToken, token);
    this.objects.meta.set(META.savedAt, at);
    if (meetingEntryId) this.objects.meta.set(META.meetingEntryId, meetingEntryId);
  }

  async leave(): Promise<void> {
    for (const cleanup of this.cleanups.splice(0)) cleanup();
    this.listeners.clear();
    // The live objects run timers of their own (presence expiry, timer ticks); the container does not stop them.
    this.objects.presence.dispose();
    this.objects.follow.dispose();
    this.objects.timer.dispose();
    this.container.dispose();
  }

  private allowed(action: LiveAction): boolean {
    return mayDo(this.role, action);
  }

  /** A new token on every change of the working copy: "unsaved" is the last token differing from the saved one. */
  private touch(): void {
    this.objects.meta.set(META.changeToken, newId());
  }

  private timerChanged(config: ITimerConfig): void {
    const elapsedSinceChange = config.running ? Math.max(0, this.results.timestampProvider.getTimestamp() - config.configChangedAt) : 0;
    this.timerState = {
      itemId: this.objects.follow.state?.itemId ?? null,
      durationMs: config.duration,
      remainingMs: Math.max(0, config.duration - config.position - elapsedSinceChange),
      running: config.running && config.position < config.duration,
      at: Date.now(),
    };
    this.refresh();
  }

  private refresh(): void {
    this.state = this.compute();
    for (const listener of this.listeners) listener(this.state);
  }

  private currentBase(): Plan | null {
    const json = this.objects.meta.get<string>(META.base);
    if (typeof json !== 'string') return null;
    if (this.basePlan?.json === json) return this.basePlan.plan;
    const parsed = parsePlan(JSON.parse(json) as unknown);
    this.basePlan = parsed.ok ? { json, plan: parsed.plan } : null;
    return this.basePlan?.plan ?? null;
  }

  private compute(): LiveSnapshot {
    const { presence, follow, fields, proposals, meta } = this.objects;
    const participants: LiveParticipant[] = [];
    for (const user of presence.getUsers()) {
      if (user.state !== 'online') continue;
      const data = parsePresenceData(user.data);
      if (!data) continue;
      participants.push({
        id: data.id, name: presenceName({ displayName: data.name, anonymous: data.name === null }), role: roleOfUser(user, data, this.trustDeclared),
        sectionId: data.sectionId, typingIn: data.typingIn, isSelf: user.isLocalUser,
      });
    }
    const fieldValues: LiveSnapshot['fields'] = {};
    for (const [key, value] of fields.entries()) {
      const parsed = parseFieldValue(value);
      if (isLiveField(key) && parsed) fieldValues[key] = parsed;
    }
    const proposalList: Proposal[] = [];
    for (const value of proposals.values()) {
      const parsed = parseProposal(value);
      if (parsed) proposalList.push(parsed);
    }
    const followState = follow.isInitialized ? follow.state : null;
    const changeToken = meta.get<string>(META.changeToken) ?? null;
    const savedAt = meta.get<number>(META.savedAt) ?? null;
    const meetingEntryId = meta.get<string>(META.meetingEntryId) ?? null;
    return {
      connected: this.container.connectionState === ConnectionState.Connected,
      participants,
      base: this.currentBase(),
      fields: fieldValues,
      proposals: proposalList,
      followSectionId: followState?.sectionId ?? null,
      timer: { ...this.timerState, itemId: followState?.itemId ?? this.timerState.itemId },
      savedAt: typeof savedAt === 'number' ? savedAt : null,
      dirty: changeToken !== null && changeToken !== (meta.get<string>(META.savedToken) ?? null),
      meetingEntryId: typeof meetingEntryId === 'string' && idSchema.safeParse(meetingEntryId).success ? meetingEntryId : null,
    };
  }
}
