import type { CalendarEventRef, EvaluationSummary, Locale, OrganisationSettings, ParseError, Plan, PlanStatus, PlanVariant, ReflectionAnswers } from '../domain';
import type { PlanRoleHolders } from '../domain/caseload';

/**
 * The ports: interfaces named for a capability. Adapters (local IndexedDB, Microsoft Graph, Word) implement them;
 * hosts wire one adapter per port; the UI and the use cases only see these.
 */

/** A plan as stored, with the store's revision token (IndexedDB counter or SharePoint eTag). */
export interface StoredPlan {
  plan: Plan;
  revision: string;
  /** ISO date-time of the save. */
  savedAt: string;
}

export interface PlanSummary {
  id: string;
  familyName: string;
  status: PlanStatus;
  version: number;
  validFrom: string | null;
  validUntil: string | null;
  evaluationDate: string | null;
  hasEvaluationDecision: boolean;
  /**
   * For an adjusted version being prepared beside the plan in force: that plan's id (domain/revision.ts). Absent where
   * the store cannot tell (a SharePoint list row read without plan.json), so the list then shows it as a plain draft.
   */
  revisionOf?: string | null;
  revision: string;
  savedAt: string;
}

/** A professional of the plan's section 1, as far as the caseload needs them: to tell the viewer's role in the plan. */
export interface CaseloadProfessional {
  id: string;
  name: string;
  /** As written in the plan; compared case-insensitively with the viewer's addresses. */
  email: string;
}

/**
 * One plan in the signed-in professional's caseload: the plan list's summary plus what search, the filters, the sort
 * and "what is due next" need (src/domain/caseload.ts computes those; no component does).
 */
export interface CaseloadRow extends PlanSummary {
  /** The case the plan belongs to (tenant: the case's private channel; local: the plan in force, `revisionOf ?? id`). */
  caseId: string;
  /** A neutral case code where the case has one (tenant: the channel's name); '' when none. Never the family's name. */
  caseLabel: string;
  /** The children's first names (section 1, directly involved persons marked as child), for search. */
  childFirstNames: string[];
  variant: PlanVariant;
  /** Section 1's professional network. */
  professionals: CaseloadProfessional[];
  /** Who holds which role in the plan, by person id (section 1, 6, 8, 9 and the crisis variant). */
  roleHolders: PlanRoleHolders;
  /** Required here (optional on PlanSummary): "revisions waiting" counts the drafts whose `revisionOf` names a plan. */
  revisionOf: string | null;
  /** Where the row's link opens the plan: a relative URL (local: `#/plan/<id>`) or a Teams deep link. Ids only. */
  href: string;
}

/** Who looks at the caseload. */
export interface CaseloadViewer {
  /** The viewer's lower-case mail addresses (UPN included); empty when unknown (local mode before the user says). */
  addresses: string[];
  /** Whether the viewer may see the team overview (tenant: an owner of the team; local: the device's one user). */
  teamLead: boolean;
}

/**
 * One plan of the team as the team overview counts it: no family name, no child, no person. The overview names a
 * plan only by joining it with the lead's own caseload rows (`planId`), i.e. where the lead is on the case.
 */
export interface TeamPlanFacts {
  caseId: string;
  planId: string;
  status: PlanStatus;
  validUntil: string | null;
  evaluationDate: string | null;
  hasEvaluationDecision: boolean;
}

/** Every plan of every case the signed-in professional is on (tenant: their case channels; local: the device). */
export interface CaseloadSource {
  viewer(): Promise<CaseloadViewer>;
  /** The viewer's caseload: only plans of cases the viewer is on, each with its row. */
  listCaseload(): Promise<CaseloadRow[]>;
  /** For a team lead: every plan of the team, cases the lead is not on included, without names. [] for others. */
  listTeamPlans(): Promise<TeamPlanFacts[]>;
  /**
   * Local mode only (absent in tenant mode, where the account says who it is): remembers the viewer's mail address
   * on this device, so "my role in the plan" can be told.
   */
  rememberViewerAddress?(address: string): Promise<void>;
}

export interface PlanVersionInfo {
  versionId: string;
  /** ISO date-time. */
  savedAt: string;
  /** Why the version was frozen, e.g. "Geactiveerd" or "Evaluatie: bijstellen"; empty for plain saves. */
  label: string;
  planVersion: number;
}

/** Where plans live: IndexedDB in local mode, SharePoint in tenant mode. */
export interface PlanStore {
  list(): Promise<PlanSummary[]>;
  /** @throws NotFoundError */
  load(id: string): Promise<StoredPlan>;
  /**
   * Saves when `expectedRevision` still matches the stored one (`null` for a new plan).
   * @throws ConflictError when someone else saved in between; nothing is overwritten.
   */
  save(plan: Plan, expectedRevision: string | null): Promise<StoredPlan>;
  delete(id: string): Promise<void>;
  /** The plan's history (groeidocument), newest first. */
  listVersions(id: string): Promise<PlanVersionInfo[]>;
  loadVersion(id: string, versionId: string): Promise<Plan>;
  /** Freezes the plan as it is now, e.g. on activation or an evaluation decision. */
  freezeVersion(plan: Plan, label: string): Promise<PlanVersionInfo>;
  /** Where the plan lives, by ids (tenant mode); absent where a plan has no place beyond this device. */
  placeOf?(id: string): Promise<PlanPlace>;
}

/** One editor's unsaved edits as kept on the device. */
export interface Draft {
  planId: string;
  /** The editor (one per open tab or pane) that wrote it; two tabs on one plan never share a draft. */
  editorId: string;
  plan: Plan;
  /** What keeps `plan` from being saved as it is (a limit, a dangling reference); empty when it can be saved. */
  problems: ParseError[];
  /** The stored plan the edits started from, so they can be merged three-way with whatever was saved since. */
  base: Plan | null;
  baseRevision: string | null;
  /** ISO date-time of the last write. */
  savedAt: string;
}

export type DraftInput = Pick<Draft, 'planId' | 'editorId' | 'plan' | 'base' | 'baseRevision'>;

/** Unsaved edits kept on the device until a save holds them; survives reloads and crashes. */
export interface DraftStore {
  /** @throws DomainError STORAGE.FULL when the device has no room left. */
  put(draft: DraftInput): Promise<void>;
  /** Every editor's draft for the plan, oldest first. A draft that is not plan-shaped at all is left out. */
  listForPlan(planId: string): Promise<Draft[]>;
  /** Deletes the editor's draft only if it still holds `saved` (compare, then delete, in one transaction). */
  clearIfSaved(planId: string, editorId: string, saved: Plan): Promise<boolean>;
  clear(planId: string, editorId: string): Promise<void>;
  /** How many drafts this device holds, and how many of them were last written before `cutoff` (ISO date-time). */
  census(cutoff: string): Promise<{ total: number; older: number }>;
  /** Deletes drafts last written before `cutoff`; returns how many. */
  removeOlderThan(cutoff: string): Promise<number>;
}

/**
 * Which editors are open on this device (any tab), and news of saves between them. Lets a second tab know about
 * the first, so a reload never takes over the draft of an editor that is still open.
 */
export interface EditorPresence {
  /** Marks this editor as open until the returned release is called (or the page goes away). */
  hold(editorId: string): Promise<() => void>;
  /** The editors that are open now, of the given ones. */
  alive(editorIds: string[]): Promise<Set<string>>;
  announceSaved(planId: string, revision: string, editorId: string): void;
  onSaved(planId: string, listener: (revision: string, editorId: string) => void): () => void;
}

/** One professional's reflection at one occasion (domain/reflection.ts); `skipped` when they chose not to answer now. */
export interface ReflectionEntry {
  planId: string;
  /** ReflectionOccasion.key: `activation-v2`, `evaluation-<id>`. */
  occasion: string;
  answers: ReflectionAnswers;
  status: 'answered' | 'skipped';
  /** ISO date-time of the last write. */
  savedAt: string;
}

export type ReflectionInput = Omit<ReflectionEntry, 'savedAt'>;

/**
 * The professional's private reflections, on this device only, per plan and per signed-in account (or per device in
 * local mode). Never part of the plan: nothing that shares, exports or saves a plan reads this store.
 */
export interface ReflectionStore {
  get(planId: string, occasion: string): Promise<ReflectionEntry | null>;
  /** Every occasion of the plan this account answered or skipped, oldest first. */
  listForPlan(planId: string): Promise<ReflectionEntry[]>;
  /** @throws DomainError STORAGE.FULL when the device has no room left. */
  put(entry: ReflectionInput): Promise<void>;
  /** Deletes every reflection of this account on this device (the user's "remove my reflections", and sign-out). */
  removeAll(): Promise<void>;
}

/** A part of sign-out on this device (src/hosts/shared/signOut.ts); a failed one is named to the user after the reload. */
export type SignOutStep = 'otherTabs' | 'drafts' | 'legacyDrafts' | 'reflections' | 'signIn';

/** How durable the device's storage is; local mode holds the only copy there. */
export interface StorageHealth {
  /** True when the browser promised not to evict the data; null when it cannot say. */
  persistent(): Promise<boolean | null>;
  /** Called when another tab needs this one to close its connection (a newer version), or an open is blocked. */
  onInterrupted(listener: (reason: 'blocked' | 'versionchange') => void): () => void;
}

export interface Attendee {
  name: string;
  email: string;
  /** Tenant users have a calendar we can query; network members do not. */
  inTenant: boolean;
  optional?: boolean;
}

export type Availability = 'free' | 'tentative' | 'busy' | 'oof' | 'workingElsewhere' | 'unknown';

export interface MeetingSuggestion {
  /** ISO date-times in UTC. */
  start: string;
  end: string;
  confidence: number;
  attendeeAvailability: Array<{ email: string; availability: Availability }>;
}

export interface FindTimesRequest {
  attendees: Attendee[];
  durationMinutes: number;
  /** ISO date-times bounding the search. */
  windowStart: string;
  windowEnd: string;
  isOrganizerOptional: boolean;
}

export type MeetingKind = 'evaluation' | 'network';

export interface EventRequest {
  kind: MeetingKind;
  start: string;
  end: string;
  timeZone: string;
  /**
   * Invited by address only: the invitation names no one, and it has no place (a plan's evaluation place is plan
   * content) and no plan text. The adapter writes the neutral texts.
   */
  attendees: Attendee[];
  /** Same id on a retry, so the calendar cannot create the meeting twice. */
  transactionId: string;
  locale: Locale;
}

/** The signed-in user's mailbox, as far as the calendar needs it: the addresses an event's organiser may carry. */
export interface MailboxOwner {
  /** Lower-case e-mail address and user principal name (often the same). */
  addresses: string[];
}

/**
 * Outlook/Teams calendars through Graph in tenant mode. Events live per mailbox: an event id addresses the
 * organiser's copy, so only the organiser can move or cancel the meeting with it.
 */
export interface Calendar {
  findMeetingTimes(request: FindTimesRequest): Promise<MeetingSuggestion[]>;
  /** The reference carries the organiser and the iCalUId, so the plan knows whose meeting it is. */
  createEvent(request: EventRequest): Promise<CalendarEventRef>;
  /** @throws NotFoundError when the event is not in the signed-in user's mailbox (someone else organises it). */
  updateEventTime(eventId: string, start: string, end: string, timeZone: string): Promise<void>;
  /** @throws NotFoundError as updateEventTime. */
  cancelEvent(eventId: string, comment: string): Promise<void>;
  /** Who is signed in, to compare with an event's organiser. Asked once per session. */
  mailboxOwner(): Promise<MailboxOwner>;
}

export interface ShareRecipient {
  id: string;
  name: string;
  email: string;
  consentGiven: boolean;
  consentDate: string | null;
}

export type ShareOutcome =
  | { recipientId: string; ok: true }
  | { recipientId: string; ok: false; code: string; message: string };

/** A copy shared: the file made for it and the permissions its invitation gave (their ids revoke it later). */
export type CopyShareOutcome =
  | { recipientId: string; ok: true; fileItemId: string; permissionIds: string[] }
  | { recipientId: string; ok: false; code: string; message: string };

export type RevokeOutcome = { ok: true } | { ok: false; code: string; message: string };

/**
 * An invitation on the plan file that versions before schema 4 shared with every recipient (`veiligheidsplan.docx`
 * in the plan's folder): one address's grant, which the plan has no record of.
 */
export interface LegacyGrant {
  fileItemId: string;
  permissionId: string;
  /** The invited address, lower case. */
  email: string;
  /** The day the file was last written (the last old-style share): the newest content the grant shows. */
  sharedOn: string;
}

/** Sharing copies with specific people (never links for anyone). */
export interface Sharing {
  /**
   * Stores `document` as a new file of its own, named `fileName` (no names of people), in the plan's folder, and
   * gives the recipient read access to that file only. A later copy is another file: earlier recipients never see it.
   */
  shareCopy(planId: string, fileName: string, recipient: ShareRecipient, document: Blob, message: string): Promise<CopyShareOutcome>;
  /**
   * Takes away the access a share of plan `planId` gave: refused (SHARE.NOT_THIS_PLAN) when the file does not lie in
   * that plan's folder, a failure (SHARE.NOTHING_RECORDED) without recorded permissions. A file or permission already
   * gone counts as taken away.
   */
  revokeShare(planId: string, fileItemId: string, permissionIds: readonly string[]): Promise<RevokeOutcome>;
  /**
   * The invitations on plan `planId`'s shared file of before schema 4, read from the file's permissions; [] when there
   * is no such file. Only addressed grants of the file's own (not inherited, not the owner's, no links).
   */
  legacyGrants(planId: string): Promise<LegacyGrant[]>;
  /** The signed-in user's own mail domains (lower case), to tell which addresses are outside the organisation; [] when unknown. */
  organisationDomains(): Promise<string[]>;
}

/**
 * Who can open the plan's case, as far as the platform says without an admin's consent: in tenant mode the case
 * channel's headcount (owners, members and guests); `unknown` where it cannot tell.
 */
export type CaseRoster = { kind: 'counted'; people: number } | { kind: 'unknown' };

/** The case the open plan belongs to (tenant mode in a private case channel). */
export interface CaseAccess {
  roster(): Promise<CaseRoster>;
  /** The signed-in professional's mail addresses (lower case), to find them among the plan's professionals. */
  viewer(): Promise<string[]>;
}

export interface PersonSuggestion {
  name: string;
  email: string;
  jobTitle: string;
}

export interface People {
  search(query: string): Promise<PersonSuggestion[]>;
}

/** A problem found while reading a Word document, named by section and field. */
export interface DocumentProblem {
  sectionId: string;
  sectionHeading: string;
  fieldLabel: string;
  path: string;
  message: string;
}

export type DocumentReadResult =
  | { kind: 'empty' }
  | { kind: 'plan'; planId: string | null; schemaVersion: number | null; plan: Plan; problems: DocumentProblem[]; place?: PlanPlace | null }
  /**
   * A plan is there, but past `limit` problems it could not be read well enough to be applied: no plan is offered,
   * so an emptied plan can never replace the stored one. `problems` says what to fix in Word.
   */
  | { kind: 'unusable'; planId: string | null; schemaVersion: number | null; problems: DocumentProblem[]; limit: number };

/**
 * Where a plan lives in tenant mode, by ids only (no names): its library's drive id and its plan folder's item id.
 * A Word document keeps it in its hidden link, so Word (which has no channel) reopens the plan where it lives.
 */
export interface PlanPlace {
  driveId: string;
  itemId: string;
}

export interface DocumentWriter {
  insertTemplate(locale: Locale): Promise<void>;
  /** `place`: where the plan lives (tenant mode), written into the document's hidden link. */
  insertPlan(plan: Plan, locale: Locale, place?: PlanPlace | null): Promise<void>;
  /** Writes the plan's values into the existing controls only; text outside them stays. Keeps the link's place unless given. */
  updatePlan(plan: Plan, locale: Locale, place?: PlanPlace | null): Promise<void>;
  /** Appends the evaluation summary (scores, decisions, changes since the previous version) as plain text at the end. */
  insertEvaluationSummary(summary: EvaluationSummary, locale: Locale): Promise<void>;
}

export interface DocumentReader {
  readPlan(locale: Locale): Promise<DocumentReadResult>;
}

export interface TokenProvider {
  /**
   * An access token for these (resource-qualified) scopes. `capability` names what the scopes are for
   * (e.g. `calendar`), so a failed sign-in or consent can tell the user which permission was asked.
   */
  getToken(scopes: string[], capability?: string): Promise<string>;
}

export interface Clock {
  now(): Date;
}

export interface DocxOptions {
  /** An earlier version of the plan: the document then lists what changed since it in goals, agreements and people. */
  previous?: Plan | null;
  /** The organisation's settings (the authority's regional name, VP_AUTHORITY_NAME); without them the default name is used. */
  organisation?: OrganisationSettings;
}

/** File exports (lazy-loaded in the UI). */
export interface PlanExports {
  toDocx(plan: Plan, locale: Locale, options?: DocxOptions): Promise<Blob>;
  /** "Mijn afspraken": one person's own part of the plan on one page. Throws DomainError EXPORT.NO_PERSON for an unknown person. */
  overviewToDocx(plan: Plan, personId: string, locale: Locale, options?: DocxOptions): Promise<Blob>;
  /** The Words & Pictures book of one child, at A4 or A5 (booklet) size. Throws DomainError EXPORT.NO_PERSON for an unknown child. */
  childBookToDocx(plan: Plan, childId: string, locale: Locale, size: 'A4' | 'A5', options?: DocxOptions): Promise<Blob>;
  /** The title part and a chosen set of the template's 9 sections (1-based section numbers), in template order. */
  sectionsToDocx(plan: Plan, sections: readonly number[], locale: Locale, options?: DocxOptions): Promise<Blob>;
  /** An .ics with the evaluation and network meetings; holds no plan content. */
  toIcs(plan: Plan, locale: Locale): Promise<string>;
}
