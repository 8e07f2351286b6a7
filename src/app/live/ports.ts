import type { AgendaItemId, AgreementSafety, DecidedField, FamilyStance, Perspective, LiveFieldKey, LivePlanView, LiveRole, LiveSay, Proposal, ProposalKind, WindowPersons } from '../../domain';

/**
 * The live meeting session: what the people in one Teams meeting share while they make the plan together. The Live
 * Share adapter implements it (src/adapters/liveshare); a fake of it serves the component tests. The store of record
 * stays the PlanStore: this holds the meeting's working copy only.
 */

export interface LiveParticipant {
  /** The live session's id of this person (stable while they stay in the meeting); never an e-mail address. */
  id: string;
  /** Null for anonymous joiners and guests without a name: the stage shows no name for them. */
  name: string | null;
  role: LiveRole;
  /** The plan section this person is looking at, null before the plan is shown. */
  sectionId: string | null;
  /** The field this person is typing in, so the others see a marker there. */
  typingIn: LiveFieldKey | null;
  /** The plan person (a family member, by id) this window says it is, so they can give their say; null when none chosen. */
  personId: string | null;
  isSelf: boolean;
}

export interface LiveTimerState {
  /** The agenda point the timer runs for; null before the facilitator starts the agenda. */
  itemId: AgendaItemId | null;
  durationMs: number;
  /** Remaining at `at` (epoch ms of this client's clock). */
  remainingMs: number;
  running: boolean;
  at: number;
}

export interface LiveFieldValue {
  text: string;
  /** Who wrote this value last (live participant id). */
  by: string;
}

export interface LiveSnapshot {
  /** False until the session is connected and the shared state has arrived. */
  connected: boolean;
  participants: LiveParticipant[];
  /**
   * What the meeting's windows know of the plan the facilitator brought in: its need-to-know view (domain
   * `LivePlanView`), never the plan itself; null until chosen.
   */
  base: LivePlanView | null;
  /**
   * How many typed fields and proposals the meeting's container holds for another plan (an earlier netwerkberaad in the
   * same meeting): they are never shown or saved, and the facilitator's window removes them when it shares a plan.
   */
  otherPlanEntries: number;
  /**
   * How many entries of the meeting's shared maps are unreadable (written by another version or a tampered client):
   * never shown, and the facilitator can remove them.
   */
  unreadableEntries: number;
  fields: Partial<Record<LiveFieldKey, LiveFieldValue>>;
  proposals: Proposal[];
  /**
   * Who leads (the facilitator's live participant id, since when on the meeting's clock) and whether they are still in
   * the meeting; null before anyone took the lead. Comes from Live Share's role-checked state only.
   */
  lead: { holderId: string; since: number; present: boolean } | null;
  /** The section everyone who follows sees (the facilitator's). */
  followSectionId: string | null;
  timer: LiveTimerState;
  /** Epoch ms of the facilitator's last save of this working copy; null while unsaved. */
  savedAt: number | null;
  /** The working copy changed after the last save (or was never saved). */
  dirty: boolean;
  /** The plan's network-meeting entry this session's saves write (domain `recordLiveMeeting`); null before the first save. */
  meetingEntryId: string | null;
  /**
   * Who of the plan's people the facilitator ticked as present (person ids only, never names), role-checked with the
   * lead, so a professional who takes over (or a reloaded facilitator window) starts with them; null while no
   * facilitator shared any (nobody ticked yet, or an older window leads).
   */
  attendeeIds: string[] | null;
  /** The family's say given live for the shared plan (domain `LiveSay`), at most one per window. */
  says: LiveSay[];
  /**
   * Which plan person each window said it is (from presence, and kept for windows that left): the save records a say
   * only when it was given from that person's own window (domain `countedSays`).
   */
  windowPersons: WindowPersons;
}

/** What a window proposes (domain `Proposal`); the kind's own attributes only for the kinds that use them. */
export interface NewProposal {
  kind: ProposalKind;
  text: string;
  goalId: string | null;
  when: string;
  /** The plan's people who do it (an agreement), watch (section 6) or tell (section 7). */
  who: string[];
  perspective?: Perspective | null;
  safety?: AgreementSafety | null;
  detail?: string;
  personId?: string | null;
  field?: DecidedField;
}

/** `notFamily`: this window's person is not an adult family member of the shared plan (or none was chosen). */
export type LiveRefusal = 'notAllowed' | 'empty' | 'notOpen' | 'noPlan' | 'notFamily';

export interface LiveSession {
  readonly selfId: string;
  /** Changes when this window takes or loses the lead; every change comes with a new snapshot. */
  readonly role: LiveRole;
  /** This window may hold the lead: a professional in a window one leads from (domain `mayHoldLead`). */
  readonly canLead: boolean;
  snapshot(): LiveSnapshot;
  /** Called after every change, local or remote. Returns the unsubscribe. */
  subscribe(listener: (snapshot: LiveSnapshot) => void): () => void;
  /** A professional takes the lead from whoever holds it (the facilitator is still here, or nobody leads). */
  takeLead(): Promise<LiveRefusal | null>;
  /**
   * The facilitator brings a plan into the meeting as its need-to-know view. Another plan's typed fields and proposals
   * are removed from the meeting: the new plan starts from empty.
   */
  shareBase(view: LivePlanView): Promise<LiveRefusal | null>;
  /** Presence: which section this person looks at. */
  viewSection(sectionId: string): void;
  typing(field: LiveFieldKey | null): void;
  /** The facilitator moves everyone who follows. */
  lead(sectionId: string): Promise<LiveRefusal | null>;
  setField(field: LiveFieldKey, text: string): Promise<LiveRefusal | null>;
  propose(proposal: NewProposal): Promise<LiveRefusal | null>;
  /** Accepting an agreement, `who` corrects who does it; without it the proposer's choice stands. */
  decide(proposalId: string, accept: boolean, who?: string[]): Promise<LiveRefusal | null>;
  /** Starts the time-box of an agenda point (and leads everyone to its section). */
  startAgendaItem(itemId: AgendaItemId): Promise<LiveRefusal | null>;
  pauseTimer(): Promise<LiveRefusal | null>;
  resumeTimer(): Promise<LiveRefusal | null>;
  /**
   * Records that the facilitator saved the working copy as it was at `at`, and the plan's network-meeting entry that
   * save wrote, so the next save of this meeting writes the same entry.
   */
  markSaved(at: number, meetingEntryId?: string | null): Promise<void>;
  /** The facilitator shares who of the plan's people is present (person ids), for whoever takes over the lead. */
  shareAttendance(attendeeIds: ReadonlyArray<string>): Promise<LiveRefusal | null>;
  /** This window says which adult family member of the plan it is (null: nobody), so that person can give their say here. */
  choosePerson(personId: string | null): Promise<LiveRefusal | null>;
  /**
   * The person this window is (`choosePerson`) gives their say: agreement, or disagreement in their own words. Never for
   * another person: the say is always this window's person's.
   */
  giveSay(stance: FamilyStance, words: string): Promise<LiveRefusal | null>;
  /** The facilitator removes one proposal from the meeting (one that cannot be shown, see the live screens' error boundary). */
  removeProposal(proposalId: string): Promise<LiveRefusal | null>;
  /** The facilitator removes the entries counted in `unreadableEntries`. */
  removeUnreadable(): Promise<LiveRefusal | null>;
  /** Leaves the meeting's session (the others keep it). */
  leave(): Promise<void>;
}

export interface JoinOptions {
  /** What the meeting says about this person; the role follows from it (domain/live.ts). */
  isOrganiser: boolean;
  isPresenter: boolean;
  inTenant: boolean;
  /**
   * This window is one a professional leads from (Teams: the side panel; outside Teams: a professional's window), so it
   * may hold the facilitator's lead. A professional's stage window never takes the lead.
   */
  leadsFromHere: boolean;
  /** Shown to others unless null (anonymous). */
  name: string | null;
  /** Teams' context says this is an anonymous joiner (`licenseType` "Anonymous"): never a professional, whatever the roles. */
  anonymous?: boolean;
}

/** Joins the meeting's one session (Live Share: one Fluid container per meeting). */
export interface LiveSessionFactory {
  join(options: JoinOptions): Promise<LiveSession>;
}
