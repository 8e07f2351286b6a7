import { LIST_LIMIT, fitToLimit, maxLengthOf } from './limits';
import { allPeople, isIsoDate, safetyDecisionSchema } from './plan';
import type {
  AgendaStep, Agreement, AgreementSafety, AnalysisItem, Circumstance, FamilyAgreement, FamilyStance, GoalKind, InformItem, MonitorItem, NetworkMeeting,
  Perspective, Plan, PersonRef, SafetyDecision, TextItem,
} from './plan';
import { peopleFor } from './roles';
import { sectionById } from './template';
import type { PeopleFilter } from './template';

/**
 * The rules of a netwerkberaad held live in a meeting (seeds 000 and 002): who may change what, how a participant's
 * own contribution becomes part of the plan, and the agenda with its time-boxes. Pure: the live session adapter and
 * the screens apply these, they decide nothing themselves.
 */

/**
 * facilitator: the one professional who leads the session now (holds the lead, see `FacilitatorClaim`) and saves it;
 * professional: a tenant professional who is the meeting's organiser or a presenter; participant: everyone else
 * (family, network, guests, anonymous joiners).
 */
export type LiveRole = 'facilitator' | 'professional' | 'participant';

/** What the meeting says about someone, before the lead is taken into account. */
export type MeetingRole = 'professional' | 'participant';

/** What the meeting platform says about one person in the meeting. */
export interface MeetingMember {
  isOrganiser: boolean;
  isPresenter: boolean;
  /** A guest or anonymous joiner is not in the organisation's tenant. */
  inTenant: boolean;
}

/**
 * Only tenant professionals who lead the meeting (organiser or presenter) may change conditions and activate. A guest
 * who is made presenter stays a participant: being outside the tenant is what makes someone part of the network.
 */
export function meetingRoleOf(member: MeetingMember): MeetingRole {
  return member.inTenant && (member.isOrganiser || member.isPresenter) ? 'professional' : 'participant';
}

/**
 * Who leads the session: one professional at a time, the same for everyone in the meeting. `holderId` is the live
 * participant id of that professional's window; `since` the meeting's shared clock (epoch ms) when they took the lead.
 */
export interface FacilitatorClaim {
  holderId: string;
  since: number;
}

/** The role of one window in the session: the professional holding the lead is the facilitator. */
export function liveRoleOf(meetingRole: MeetingRole, participantId: string, claim: FacilitatorClaim | null): LiveRole {
  if (meetingRole === 'participant') return 'participant';
  return claim?.holderId === participantId ? 'facilitator' : 'professional';
}

/** Someone in the meeting as the lead rules see them. */
export interface LeadCandidate {
  id: string;
  role: MeetingRole;
  /** The window is one a professional leads from (Teams: the side panel, not the stage). */
  leadsFromHere: boolean;
}

/** Only a professional, in a window one leads from, may hold the lead. */
export function mayHoldLead(candidate: LeadCandidate): boolean {
  return candidate.role === 'professional' && candidate.leadsFromHere;
}

/** The facilitator is still in the meeting, as a professional. */
export function facilitatorPresent(claim: FacilitatorClaim | null, present: ReadonlyArray<LeadCandidate>): boolean {
  return claim !== null && present.some((p) => p.id === claim.holderId && mayHoldLead(p));
}

/**
 * Who takes the lead when nobody present holds it (the facilitator left, or nobody led yet): automatically, by one
 * rule every window applies alike, so exactly one window claims it without asking anyone. The rule is the present
 * professional with the lowest id; ids are random, so this picks no one for who they are. While the facilitator is
 * present nobody takes over automatically: another professional takes over only with the explicit button.
 */
export function automaticTakeOver(claim: FacilitatorClaim | null, present: ReadonlyArray<LeadCandidate>): string | null {
  if (facilitatorPresent(claim, present)) return null;
  const candidates = present.filter(mayHoldLead).map((p) => p.id).sort();
  return candidates[0] ?? null;
}

/**
 * How long a window waits before it takes over automatically: the facilitator may only be briefly away (a reload, a
 * network hiccup) and a window that just joined has not yet heard who leads.
 */
export const TAKE_OVER_GRACE_MS = 2000;

export type LiveAction =
  /** Type in one of the shared plan fields. */
  | 'editField'
  /** Add an agreement or a strength: for a participant it waits as a proposal. */
  | 'propose'
  | 'acceptProposal'
  | 'changeConditions'
  | 'activate'
  /** Move everyone to a section and run the agenda timer. */
  | 'lead'
  | 'save';

const ALLOWED: Readonly<Record<LiveRole, ReadonlySet<LiveAction>>> = {
  facilitator: new Set<LiveAction>(['editField', 'propose', 'acceptProposal', 'changeConditions', 'activate', 'lead', 'save']),
  professional: new Set<LiveAction>(['editField', 'propose', 'acceptProposal', 'changeConditions', 'activate']),
  participant: new Set<LiveAction>(['editField', 'propose']),
};

export function mayDo(role: LiveRole, action: LiveAction): boolean {
  return ALLOWED[role].has(action);
}

/**
 * The plan fields typed together in the meeting: free texts of one value each, so that concurrent typing in different
 * fields never meets, and within one field the later edit wins. Conditions (goals) are not among them: they change only
 * through the editor, where a changed condition needs its recorded reason.
 */
export const LIVE_FIELDS = [
  'familyName', 'genogramNote', 'smallRelapse', 'largeRelapse', 'homeLocation', 'childSignal',
  'childSignalResponse', 'evaluationDate', 'evaluationPlace',
] as const satisfies ReadonlyArray<keyof Plan>;
export type LiveFieldKey = (typeof LIVE_FIELDS)[number];

export function isLiveField(key: string): key is LiveFieldKey {
  return (LIVE_FIELDS as ReadonlyArray<string>).includes(key);
}

const SHORT_LIVE_FIELDS: ReadonlySet<LiveFieldKey> = new Set(['familyName', 'evaluationDate']);

/** The live fields that hold a date (yyyy-mm-dd, or empty for none): the screens give them a date input. */
export const LIVE_DATE_FIELDS: ReadonlySet<LiveFieldKey> = new Set(['evaluationDate']);

/** A field's text cut to the plan's limit, so a live edit can never make the plan unsaveable. */
export function fitLiveText(key: LiveFieldKey, text: string): string {
  return fitToLimit(text, maxLengthOf(SHORT_LIVE_FIELDS.has(key) ? 'text' : 'textarea')).text;
}

/** A live field's value as the plan holds it, as text (a date field without a date is empty). */
export function liveFieldText(plan: Pick<Plan, LiveFieldKey>, key: LiveFieldKey): string {
  return key === 'evaluationDate' ? plan.evaluationDate ?? '' : plan[key];
}

/**
 * Writes a typed live field into the plan. A date field takes only a real date (or empty: no date); anything else
 * typed there (another version's window, a tampered client) leaves the plan's date as it was.
 */
function withLiveField(plan: Plan, key: LiveFieldKey, text: string): Plan {
  if (key !== 'evaluationDate') return { ...plan, [key]: fitLiveText(key, text) };
  const date = text.trim();
  if (date === '') return { ...plan, evaluationDate: null };
  return isIsoDate(date) ? { ...plan, evaluationDate: date } : plan;
}

/**
 * What only a professional decides (seeds 000, 003): when Veilig Thuis is informed (section 6) and the safety decision
 * after the analysis. In the meeting these never change by typing: anyone's suggestion is a proposal (`kind:
 * 'decision'`), and only a professional's acceptance, sent role-checked, makes it count.
 */
export const DECIDED_FIELDS = ['informAuthorityWhen', 'safetyDecision'] as const satisfies ReadonlyArray<keyof Plan>;
export type DecidedField = (typeof DECIDED_FIELDS)[number];

/** What the decided fields hold, as the meeting shows them. */
export interface LiveDecided {
  informAuthorityWhen: string;
  safetyDecision: SafetyDecision | null;
}

/** A proposed value for a decided field as the plan takes it; null when it is no value that field can hold. */
function decidedValue(field: DecidedField, text: string): Partial<LiveDecided> | null {
  if (field === 'informAuthorityWhen') return { informAuthorityWhen: fitToLimit(text, maxLengthOf('textarea')).text };
  const decision = safetyDecisionSchema.safeParse(text);
  return decision.success ? { safetyDecision: decision.data } : null;
}

/** The lists of the joint analysis a live proposal adds to (seeds 000, 001, 003), by the proposal's kind. */
export const ANALYSIS_KINDS = {
  concern: 'concernFacts', danger: 'dangerStatements', strength: 'strengths', exception: 'exceptions',
} as const satisfies Record<string, keyof Plan>;
export type AnalysisKind = keyof typeof ANALYSIS_KINDS;

export function isAnalysisKind(kind: string): kind is AnalysisKind {
  return Object.hasOwn(ANALYSIS_KINDS, kind);
}

/**
 * What a proposal adds: an item of the joint analysis (with whose view it is; an exception has no view in the plan), an
 * agreement (with acute or stable safety), a foreseen circumstance and its agreement (section 5), who watches what
 * (section 6), who tells whom (section 7), or a value of a field only a professional decides (`decision`).
 */
export type ProposalKind = AnalysisKind | 'agreement' | 'circumstance' | 'monitor' | 'inform' | 'decision';
export const PROPOSAL_KINDS = [
  'concern', 'danger', 'strength', 'exception', 'agreement', 'circumstance', 'monitor', 'inform', 'decision',
] as const satisfies ReadonlyArray<ProposalKind>;
export type ProposalStatus = 'open' | 'accepted' | 'declined';

/**
 * A contribution from the meeting. The attributes after `proposedBy` belong to some kinds only and are absent on the
 * others (so a proposal carries nothing its kind does not use).
 */
export interface Proposal {
  id: string;
  kind: ProposalKind;
  /**
   * The text: the analysis item; what the agreement says will be done; the circumstance; what is watched; how the
   * person is told; the proposed value of a decided field.
   */
  text: string;
  /** For an agreement: the goal it serves (null when not yet linked). */
  goalId: string | null;
  /** For an agreement or a talk of section 7: when, in the proposer's words. */
  when: string;
  /** The plan's people who do it: an agreement's doers, who watches, who tells (ids of section 1); empty otherwise. */
  who: string[];
  status: ProposalStatus;
  /** The live participant id of who proposed it (never a name: names of anonymous joiners are not kept). */
  proposedBy: string;
  /** A concern, danger statement or strength: whose view it is (null: not said). */
  perspective?: Perspective | null;
  /** An agreement: acute or stable safety (null: not chosen). */
  safety?: AgreementSafety | null;
  /** A circumstance: the agreement made about it. */
  detail?: string;
  /** A talk of section 7: who is told (a direct person of the plan). */
  personId?: string | null;
  /** A decision: the field it is for. */
  field?: DecidedField;
  /** A decision: when it was proposed on the meeting's clock (epoch ms); of two accepted, the later one stands. */
  at?: number;
}

export interface ProposalInput {
  id: string;
  kind: ProposalKind;
  text: string;
  goalId: string | null;
  when: string;
  who: ReadonlyArray<string>;
  proposedBy: string;
  perspective?: Perspective | null;
  safety?: AgreementSafety | null;
  detail?: string;
  personId?: string | null;
  field?: DecidedField;
  at?: number;
}

/**
 * Whom a live agreement may name as its doer: the same people the editor's "Wie" of an agreement offers (the template's
 * filter for `agreements.who`, applied by roles.ts), plus whoever is already chosen (`keep`), so a choice that no longer
 * fits stays visible; the quality check names it, as in the editor.
 */
export function liveAgreementPeople(plan: Plan, keep: ReadonlyArray<string> = []): PersonRef[] {
  return peopleFor(plan, AGREEMENT_WHO_FILTER, keep);
}

const AGREEMENT_WHO_FILTER: PeopleFilter = (() => {
  const group = sectionById('agreements')?.fields.find((f) => f.id === 'agreements');
  const who = group?.kind === 'group' ? group.fields.find((f) => f.id === 'who') : undefined;
  return who?.kind === 'personRefs' ? who.people : 'all';
})();

/** Person ids as a proposal keeps them: each once, within the plan's list limit. */
function cleanWho(who: ReadonlyArray<string>): string[] {
  return [...new Set(who)].slice(0, LIST_LIMIT);
}

export type ProposalResult = { ok: true; proposal: Proposal } | { ok: false; reason: 'empty' };

/**
 * The kind's own attributes of a proposal, cleaned; the others are left off, and so is an attribute nobody filled in
 * (readers take absent as none), so a proposal carries only what was said.
 */
function kindAttributes(input: ProposalInput): Partial<Proposal> | null {
  const given = <K extends keyof Proposal>(key: K, value: Proposal[K] | null | undefined): Partial<Proposal> =>
    (value === null || value === undefined || value === '' ? {} : { [key]: value });
  switch (input.kind) {
    case 'concern': case 'danger': case 'strength':
      return given('perspective', input.perspective);
    case 'exception': case 'monitor':
      return {};
    case 'agreement':
      return given('safety', input.safety);
    case 'circumstance':
      return given('detail', fitToLimit((input.detail ?? '').trim(), maxLengthOf('textarea')).text);
    case 'inform':
      return given('personId', input.personId);
    case 'decision':
      // A decision names its field and a value that field can hold: a safety decision is one of its three choices.
      if (!input.field || !(DECIDED_FIELDS as ReadonlyArray<string>).includes(input.field) || !decidedValue(input.field, input.text.trim())) return null;
      return { field: input.field, at: input.at ?? 0 };
    default:
      return null;
  }
}

/** Which kinds name people (`who`), and which have a `when` or a goal. */
const WITH_WHO: ReadonlySet<ProposalKind> = new Set(['agreement', 'monitor', 'inform']);
const WITH_WHEN: ReadonlySet<ProposalKind> = new Set(['agreement', 'inform']);

/** A professional's own addition counts at once; a participant's waits until a professional accepts it. */
export function makeProposal(role: LiveRole, input: ProposalInput): ProposalResult {
  const text = fitToLimit(input.text.trim(), maxLengthOf('textarea')).text;
  if (text === '') return { ok: false, reason: 'empty' };
  const attributes = kindAttributes({ ...input, text });
  if (!attributes) return { ok: false, reason: 'empty' };
  const when = WITH_WHEN.has(input.kind) ? fitToLimit(input.when.trim(), maxLengthOf('text')).text : '';
  const status: ProposalStatus = mayDo(role, 'acceptProposal') ? 'accepted' : 'open';
  const { perspective: _p, safety: _s, detail: _d, personId: _i, field: _f, at: _a, ...common } = input;
  return {
    ok: true,
    proposal: {
      ...common, text, when, goalId: input.kind === 'agreement' ? input.goalId : null, who: WITH_WHO.has(input.kind) ? cleanWho(input.who) : [], status, ...attributes,
    },
  };
}

export type ProposalDecision = { ok: true; proposal: Proposal } | { ok: false; reason: 'notAllowed' | 'notOpen' };

/**
 * What professionals decided about proposals, by proposal id. Only these make a proposal accepted or declined: the
 * status a proposal carries in the shared map is whatever its writer put there and is never believed.
 */
export type ProposalDecisions = Readonly<Record<string, Exclude<ProposalStatus, 'open'>>>;

/**
 * Joins two sets of decisions (or of the people corrections that come with them). A decision is final (there is no undo in the meeting), so the first one known for a
 * proposal stays: two professionals deciding at once end with the same result in every window.
 */
export function mergeDecisions<T>(known: Readonly<Record<string, T>>, incoming: Readonly<Record<string, T>>): Readonly<Record<string, T>> {
  // Without a prototype, and only safe ids: a key such as `constructor` can never look like a decision.
  const merged: Record<string, T> = Object.create(null) as Record<string, T>;
  for (const source of [incoming, known]) {
    for (const [id, value] of Object.entries(source)) if (isSafeLiveId(id)) merged[id] = value;
  }
  return merged;
}

/** `record[id]` only when the record itself holds `id` (never a property it inherits, such as `constructor`). */
function ownEntry<T>(record: Readonly<Record<string, T>>, id: string): T | undefined {
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

/**
 * The ids that travel in a live meeting (proposals, people, goals, windows): letters, digits, `-` and `_`, at most 64,
 * and never the name of a property every object has (`constructor`, `toString`, `__proto__`...), so a value written by
 * a tampered client can never be mistaken for something the screens look up.
 */
export function isSafeLiveId(id: string): boolean {
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) && !(id in Object.prototype);
}

/**
 * Who does an accepted agreement, as the accepting professional corrected it, by proposal id. Sent with the decisions
 * (role-checked), so a participant cannot change the people of an agreement once it was accepted.
 */
export type PeopleCorrections = Readonly<Record<string, ReadonlyArray<string>>>;

/**
 * The proposals with the status the decisions give them, and the people the accepting professional chose. A proposal
 * the shared plan already holds (its id is among the base's strengths or agreements: a facilitator brought back in a
 * plan saved with it) counts as accepted.
 */
export function withDecisions(
  proposals: ReadonlyArray<Proposal>, decisions: ProposalDecisions, base: WithItemIds | null, corrections: PeopleCorrections = {},
): Proposal[] {
  const inBase = new Set(base ? itemIdsOf(base) : []);
  return proposals.map((p) => {
    const decided = ownEntry(decisions, p.id);
    const status: ProposalStatus = decided === 'accepted' || decided === 'declined' ? decided : inBase.has(p.id) ? 'accepted' : 'open';
    const corrected = status === 'accepted' && p.kind === 'agreement' ? ownEntry(corrections, p.id) : undefined;
    return { ...p, status, ...(corrected ? { who: cleanWho(corrected) } : {}) };
  });
}

/**
 * A professional accepts or declines an open proposal. Accepting an agreement, they may correct who does it (`who`);
 * without a correction the proposer's choice stands.
 */
export function decideProposal(role: LiveRole, proposal: Proposal, accept: boolean, who?: ReadonlyArray<string>): ProposalDecision {
  if (!mayDo(role, 'acceptProposal')) return { ok: false, reason: 'notAllowed' };
  if (proposal.status !== 'open') return { ok: false, reason: 'notOpen' };
  const corrected = accept && proposal.kind === 'agreement' && who !== undefined ? { who: cleanWho(who) } : {};
  return { ok: true, proposal: { ...proposal, ...corrected, status: accept ? 'accepted' : 'declined' } };
}

/** What a plan or its live view holds that a proposal may already be (by id). */
export interface WithItemIds {
  strengths: ReadonlyArray<{ id: string }>;
  agreements: ReadonlyArray<{ id: string }>;
  concernFacts?: ReadonlyArray<{ id: string }>;
  dangerStatements?: ReadonlyArray<{ id: string }>;
  exceptions?: ReadonlyArray<{ id: string }>;
  circumstances?: ReadonlyArray<{ id: string }>;
  monitoring?: ReadonlyArray<{ id: string }>;
  informing?: ReadonlyArray<{ id: string }>;
}

/** The ids of every item a proposal can become (see `composeLivePlan`). */
function itemIdsOf(base: WithItemIds): string[] {
  const lists = [base.strengths, base.agreements, base.concernFacts, base.dangerStatements, base.exceptions, base.circumstances, base.monitoring, base.informing];
  return lists.flatMap((list) => (list ?? []).map((item) => item.id));
}

/** Someone of the plan as the meeting's windows know them: an id and a name, nothing else. */
export interface LivePerson {
  id: string;
  name: string;
}

/** An item of the joint analysis as the meeting shows it: its text and whose view it is. */
export interface LiveAnalysisItem {
  id: string;
  text: string;
  perspective: Perspective | null;
}

/**
 * What the meeting's windows receive of a plan: only what the agenda shows (need to know), the netwerkberaad of seeds
 * 000 and 002 in full: the joint analysis (concerns, danger statements, strengths, exceptions, each with whose view it is),
 * the goals with the conditions and the bottom lines, the agreements, the foreseen circumstances, who watches what, who
 * tells whom, the signal plan and the evaluation's date and place. Every window in the meeting gets it, the family's and
 * the network's included, and the relay keeps it for hours, so nothing else of the plan (the violence notes, the
 * children's own words and Three Houses, addresses, phones, e-mail addresses, evaluations, incidents) is ever shared.
 * The facilitator's save composes the plan from the stored plan plus the meeting's changes (`composeLivePlan`).
 */
export interface LivePlanView {
  planId: string;
  /** A crisis plan (seed 002) has bottom lines and a conference of 2 or 3 sessions. */
  variant: Plan['variant'];
  /** The live fields' values as the plan holds them (a date field without a date is empty). */
  fields: Record<LiveFieldKey, string>;
  /** What only a professional decides, shown to everyone, changed only through an accepted proposal. */
  decided: LiveDecided;
  concernFacts: LiveAnalysisItem[];
  dangerStatements: LiveAnalysisItem[];
  strengths: LiveAnalysisItem[];
  exceptions: Array<{ id: string; text: string }>;
  /** The goals with their kind: a condition (or a joint goal, which carries one) is the authority's and not negotiable. */
  goals: Array<{ id: string; text: string; kind: GoalKind | null }>;
  /** A crisis plan's bottom lines (seed 002): the requirement and when action is taken. */
  bottomLines: Array<{ id: string; requirement: string; actionWhen: string }>;
  agreements: Array<{ id: string; goalId: string | null; what: string; when: string; who: string[]; safety: AgreementSafety | null }>;
  /** Section 5: foreseen circumstances and the agreement about each. */
  circumstances: Array<{ id: string; description: string; agreement: string }>;
  /** Section 6: who watches what. */
  monitoring: Array<{ id: string; who: string[]; watches: string }>;
  /** Section 7: who is told (a direct person), by whom, when and how. */
  informing: Array<{ id: string; personId: string | null; byWhom: string[]; when: string; how: string }>;
  /** The plan's people by group (section 1), as `{id, name}`. */
  people: { direct: LivePerson[]; social: LivePerson[]; professional: LivePerson[] };
  /** Who an agreement may name as its doer (the editor's rule for an agreement's "Wie"), by id. */
  carriers: string[];
  /** The adult family members (ids of section 1's direct persons), whose agreement with the plan it records (`familyAgreement`). */
  family: string[];
  /** The children (ids of section 1's direct persons): section 7 asks who tells them what. */
  children: string[];
  /** A crisis conference's next session: the agenda step where the last session stopped (`resumeStep`); null otherwise. */
  resumeAt: AgendaStep | null;
}

/** The plan's need-to-know projection for the meeting (see `LivePlanView`). */
export function liveViewOf(plan: Plan): LivePlanView {
  const fields = Object.fromEntries(LIVE_FIELDS.map((key) => [key, liveFieldText(plan, key)])) as Record<LiveFieldKey, string>;
  const person = (p: { id: string; name: string }): LivePerson => ({ id: p.id, name: p.name });
  const analysis = (items: ReadonlyArray<AnalysisItem>): LiveAnalysisItem[] => items.map((i) => ({ id: i.id, text: i.text, perspective: i.perspective }));
  return {
    planId: plan.id,
    variant: plan.variant,
    fields,
    decided: { informAuthorityWhen: plan.informAuthorityWhen, safetyDecision: plan.safetyDecision },
    concernFacts: analysis(plan.concernFacts),
    dangerStatements: analysis(plan.dangerStatements),
    strengths: analysis(plan.strengths),
    exceptions: plan.exceptions.map((e) => ({ id: e.id, text: e.text })),
    goals: plan.goals.map((g) => ({ id: g.id, text: g.text, kind: g.kind })),
    bottomLines: plan.variant === 'crisis' ? plan.bottomLines.map((b) => ({ id: b.id, requirement: b.requirement, actionWhen: b.actionWhen })) : [],
    agreements: plan.agreements.map((a) => ({ id: a.id, goalId: a.goalId, what: a.what, when: a.when, who: [...a.who], safety: a.safety ?? null })),
    circumstances: plan.circumstances.map((c) => ({ id: c.id, description: c.description, agreement: c.agreement })),
    monitoring: plan.monitoring.map((m) => ({ id: m.id, who: [...m.who], watches: m.watches })),
    informing: plan.informing.map((i) => ({ id: i.id, personId: i.personId, byWhom: [...i.byWhom], when: i.when, how: i.how })),
    people: { direct: plan.directPersons.map(person), social: plan.socialNetwork.map(person), professional: plan.professionals.map(person) },
    carriers: liveAgreementPeople(plan).map((p) => p.id),
    family: plan.directPersons.filter((p) => !p.isChild).map((p) => p.id),
    children: plan.directPersons.filter((p) => p.isChild).map((p) => p.id),
    resumeAt: resumeStep(plan),
  };
}

/**
 * Where a crisis conference (seed 002: 2 or 3 sessions) goes on: the agenda step the last saved session reached, as the
 * plan keeps it in that session's network-meeting entry. Null for a plan that is no crisis plan, or before any session
 * recorded a step. The latest session by date counts (undated ones before dated ones, in list order).
 */
export function resumeStep(plan: Pick<Plan, 'variant' | 'networkMeetings'>): AgendaStep | null {
  if (plan.variant !== 'crisis') return null;
  const withStep = plan.networkMeetings.filter((m) => m.agendaStep !== undefined && m.agendaStep !== null);
  const latest = withStep.reduce<NetworkMeeting | null>((last, m) => (last === null || (m.date ?? '') >= (last.date ?? '') ? m : last), null);
  return latest?.agendaStep ?? null;
}

/** The view's people in the plan's order, as the pickers and name lists take them. */
export function liveViewPeople(view: LivePlanView): PersonRef[] {
  return [
    ...view.people.direct.map((p) => ({ ...p, group: 'direct' as const })),
    ...view.people.social.map((p) => ({ ...p, group: 'social' as const })),
    ...view.people.professional.map((p) => ({ ...p, group: 'professional' as const })),
  ];
}

/** Whom a live agreement may name (see `liveAgreementPeople`), from the view; `keep` stays offered. */
export function liveViewAgreementPeople(view: LivePlanView, keep: ReadonlyArray<string> = []): PersonRef[] {
  const carriers = new Set(view.carriers);
  return liveViewPeople(view).filter((p) => carriers.has(p.id) || keep.includes(p.id));
}

/** The live state a session holds for one plan, as the save needs it. */
export interface LiveWorkingCopy {
  /** The plan as the facilitator brought it into the meeting. */
  base: Plan;
  /** Only the fields someone typed in; the others keep the base's value. */
  fields: Partial<Record<LiveFieldKey, string>>;
  proposals: ReadonlyArray<Proposal>;
  /** The family's say given live (absent: none given). */
  says?: ReadonlyArray<LiveSay>;
  /** Which plan person each window said it is (see `LiveSay`); absent: none. */
  windowPersons?: WindowPersons;
}

/**
 * One adult family member's say on the plan, given live from their own window (seeds 002, 003: the plan becomes the
 * family's own): agreement, or disagreement in their own words. `by` is the live participant id of the window it was
 * given from; a window gives only the say of the person it says it is (`personId`).
 */
export interface LiveSay {
  personId: string;
  stance: FamilyStance;
  /** In their own words; required when they disagree. */
  words: string;
  by: string;
}

/** The plan person each window says it is, by live participant id (the window's own choice, shared with its presence). */
export type WindowPersons = Readonly<Record<string, string>>;

export type SayResult = { ok: true; say: LiveSay } | { ok: false; reason: 'notFamily' | 'empty' };

/**
 * A say as the meeting keeps it: only an adult family member of the plan gives one, and a disagreement needs their own
 * words (as the editor's quality check asks, rulesIntegrity `familyAgreement`).
 */
export function makeSay(family: ReadonlyArray<string>, input: LiveSay): SayResult {
  if (!family.includes(input.personId)) return { ok: false, reason: 'notFamily' };
  const words = fitToLimit(input.words.trim(), maxLengthOf('textarea')).text;
  if (input.stance === 'disagrees' && words === '') return { ok: false, reason: 'empty' };
  return { ok: true, say: { ...input, words } };
}

/**
 * The says the save records: each given from the window of the person it is for (`windows[by]` is that person), so a
 * window never speaks for someone else; one per person, the last one given standing.
 */
export function countedSays(says: ReadonlyArray<LiveSay>, windows: WindowPersons): LiveSay[] {
  const byPerson = new Map<string, LiveSay>();
  for (const say of says) if (ownEntry(windows, say.by) === say.personId) byPerson.set(say.personId, say);
  return [...byPerson.values()];
}

/**
 * Writes the family's say given live into the plan's record of the family's agreement (the record the editor and the
 * documents use): per adult family member of the plan, their stance and words, the meeting's date and "in het
 * netwerkberaad" as how it was given. An existing entry for that person is updated (its id stays); a say for someone who
 * is not an adult family member of the plan, or given from another person's window, is not recorded.
 */
export function recordFamilySays(plan: Plan, copy: Pick<LiveWorkingCopy, 'says' | 'windowPersons'>, isoDay: string, newEntryId: () => string): Plan {
  const adults = new Set(plan.directPersons.filter((p) => !p.isChild).map((p) => p.id));
  const says = countedSays(copy.says ?? [], copy.windowPersons ?? {}).filter((s) => adults.has(s.personId));
  if (says.length === 0) return plan;
  let record: FamilyAgreement[] = [...plan.familyAgreement];
  for (const say of says) {
    const given = { personId: say.personId, stance: say.stance, words: fitToLimit(say.words, maxLengthOf('textarea')).text, date: isoDay, how: 'meeting' as const };
    const existing = record.find((f) => f.personId === say.personId);
    if (existing) record = record.map((f) => (f === existing ? { ...f, ...given } : f));
    else if (record.length < LIST_LIMIT) record = [...record, { id: newEntryId(), ...given }];
  }
  return { ...plan, familyAgreement: record };
}

/**
 * The plan the meeting made: the base with the typed fields and the accepted proposals. An accepted proposal becomes an
 * item of its list with the proposal's id, so applying it twice adds it once. A goal that was removed meanwhile leaves
 * the agreement unlinked rather than dangling, and a chosen person who is no longer in the plan is left out. Of the
 * accepted proposals for a decided field, the latest proposed stands.
 */
export function composeLivePlan(copy: LiveWorkingCopy): Plan {
  let plan: Plan = { ...copy.base };
  for (const key of LIVE_FIELDS) {
    const text = copy.fields[key];
    if (text !== undefined) plan = withLiveField(plan, key, text);
  }
  const goalIds = new Set(plan.goals.map((g) => g.id));
  const personIds = new Set(allPeople(plan).map((p) => p.id));
  const directIds = new Set(plan.directPersons.map((p) => p.id));
  const people = (ids: ReadonlyArray<string>) => ids.filter((id) => personIds.has(id));
  const taken = new Set(itemIdsOf(plan));
  const lists = {
    concernFacts: [...plan.concernFacts], dangerStatements: [...plan.dangerStatements], strengths: [...plan.strengths],
    exceptions: [...plan.exceptions], agreements: [...plan.agreements], circumstances: [...plan.circumstances],
    monitoring: [...plan.monitoring], informing: [...plan.informing],
  };
  const decisions: Proposal[] = [];
  for (const p of copy.proposals) {
    if (p.status !== 'accepted') continue;
    if (p.kind === 'decision') {
      decisions.push(p);
      continue;
    }
    if (taken.has(p.id)) continue;
    taken.add(p.id);
    if (p.kind === 'exception') lists.exceptions.push({ id: p.id, text: p.text } satisfies TextItem);
    else if (isAnalysisKind(p.kind)) lists[ANALYSIS_KINDS[p.kind]].push({ id: p.id, text: p.text, perspective: p.perspective ?? null } satisfies AnalysisItem);
    else if (p.kind === 'agreement') {
      lists.agreements.push({
        id: p.id, goalId: p.goalId !== null && goalIds.has(p.goalId) ? p.goalId : null, who: people(p.who), what: p.text, when: p.when, safety: p.safety ?? null,
      } satisfies Agreement);
    } else if (p.kind === 'circumstance') lists.circumstances.push({ id: p.id, description: p.text, agreement: p.detail ?? '' } satisfies Circumstance);
    else if (p.kind === 'monitor') lists.monitoring.push({ id: p.id, who: people(p.who), watches: p.text } satisfies MonitorItem);
    else if (p.kind === 'inform') {
      const personId = p.personId !== undefined && p.personId !== null && directIds.has(p.personId) ? p.personId : null;
      lists.informing.push({ id: p.id, personId, byWhom: people(p.who), when: p.when, how: p.text } satisfies InformItem);
    }
  }
  // Each list within the plan's limit: a meeting can never make the plan unsaveable.
  const fitted = Object.fromEntries(Object.entries(lists).map(([key, list]) => [key, list.slice(0, LIST_LIMIT)])) as typeof lists;
  return { ...plan, ...fitted, ...decidedOf(decisions) };
}

/** The accepted values of the decided fields, the latest proposed per field standing. */
function decidedOf(accepted: ReadonlyArray<Proposal>): Partial<LiveDecided> {
  const sorted = [...accepted].sort((a, b) => (a.at ?? 0) - (b.at ?? 0) || a.id.localeCompare(b.id));
  let decided: Partial<LiveDecided> = {};
  for (const p of sorted) {
    const value = p.field ? decidedValue(p.field, p.text) : null;
    if (value) decided = { ...decided, ...value };
  }
  return decided;
}

/** True when the meeting changed anything the base does not hold. */
export function hasLiveChanges(copy: LiveWorkingCopy): boolean {
  const composed = composeLivePlan({ ...copy, says: [] });
  const typed = LIVE_FIELDS.some((key) => liveFieldText(composed, key) !== liveFieldText(copy.base, key));
  const decided = DECIDED_FIELDS.some((key) => composed[key] !== copy.base[key]);
  const inBase = new Set(itemIdsOf(copy.base));
  return typed || decided || copy.proposals.some((p) => p.status === 'accepted' && p.kind !== 'decision' && !inBase.has(p.id));
}

/** What the facilitator's save records of the meeting in the plan's list of network meetings. */
export interface LiveMeetingRecord {
  /** The entry this live session wrote at an earlier save (kept in the session), null before its first save. */
  entryId: string | null;
  /** The meeting's date (yyyy-mm-dd). */
  date: string;
  /** The plan's people the facilitator ticked as present; none is allowed. */
  attendeeIds: ReadonlyArray<string>;
  /** The agenda step the session reached (the time-box's point), kept so a next session goes on there; absent or null: none. */
  agendaStep?: AgendaStep | null;
}

export type LiveMeetingResult =
  | { ok: true; plan: Plan; entryId: string }
  /** The plan's list of network meetings is full: the plan is saved without the meeting. */
  | { ok: false; plan: Plan; reason: 'full' };

/**
 * Which network-meeting entry a live save writes, so one meeting is one entry however often it is saved:
 * 1. the entry this session wrote before (`entryId`), if the plan still has it;
 * 2. else a meeting scheduled for that date (one with a calendar event);
 * 3. else a meeting planned for that date with no attendance recorded yet (such as a crisis conference's session);
 * 4. else a new entry, with the session's earlier id if it had one (a colleague removed it meanwhile) or `newEntryId`.
 * The entry gets the date and the ticked attendees who are people of the plan; its notes and calendar event stay.
 */
export function recordLiveMeeting(plan: Plan, record: LiveMeetingRecord, newEntryId: string): LiveMeetingResult {
  const personIds = new Set(allPeople(plan).map((p) => p.id));
  const attendeeIds = cleanWho(record.attendeeIds.filter((id) => personIds.has(id)));
  const onDate = plan.networkMeetings.filter((m) => m.date === record.date);
  const existing = (record.entryId !== null ? plan.networkMeetings.find((m) => m.id === record.entryId) : undefined)
    ?? onDate.find((m) => m.event !== null)
    ?? onDate.find((m) => m.attendeeIds.length === 0);
  if (existing) {
    const updated: NetworkMeeting = { ...existing, date: record.date, attendeeIds, ...stepOf(record) };
    return { ok: true, plan: { ...plan, networkMeetings: plan.networkMeetings.map((m) => (m.id === existing.id ? updated : m)) }, entryId: existing.id };
  }
  if (plan.networkMeetings.length >= LIST_LIMIT) return { ok: false, plan, reason: 'full' };
  const entry: NetworkMeeting = { id: record.entryId ?? newEntryId, date: record.date, attendeeIds, notes: '', event: null, ...stepOf(record) };
  return { ok: true, plan: { ...plan, networkMeetings: [...plan.networkMeetings, entry] }, entryId: entry.id };
}

/** The step a save records; none when the agenda was not started (an earlier save's step then stays). */
function stepOf(record: LiveMeetingRecord): Pick<NetworkMeeting, 'agendaStep'> {
  return record.agendaStep ? { agendaStep: record.agendaStep } : {};
}

/** The label of the version frozen when the facilitator saves the meeting's plan. `isoDay` is the meeting's date. */
export function netwerkberaadLabel(isoDay: string): string {
  const [y, m, d] = isoDay.split('-');
  return `Netwerkberaad ${d}-${m}-${y}`;
}

/** One point of the netwerkberaad's agenda, with the plan section the stage shows meanwhile. */
export interface AgendaItem {
  id: AgendaItemId;
  sectionId: string;
  minutes: number;
}

export type AgendaItemId = AgendaStep;

/**
 * The order of a netwerkberaad (seeds 000, 002): welcome and ground rules; concerns, danger statements and strengths;
 * goals and conditions; agreements per goal; the signal plan; informing those not present; copies; the evaluation
 * date. The minutes are a starting point for a meeting of about two hours.
 */
export const NETWERKBERAAD_AGENDA: ReadonlyArray<AgendaItem> = [
  { id: 'welcome', sectionId: 'people', minutes: 10 },
  { id: 'analysis', sectionId: 'analysis', minutes: 25 },
  { id: 'goals', sectionId: 'goals', minutes: 15 },
  { id: 'agreements', sectionId: 'agreements', minutes: 25 },
  { id: 'signalPlan', sectionId: 'monitoring', minutes: 15 },
  { id: 'informing', sectionId: 'informing', minutes: 10 },
  { id: 'copies', sectionId: 'home', minutes: 5 },
  { id: 'evaluation', sectionId: 'evaluation', minutes: 5 },
];

export function agendaItem(id: string): AgendaItem | undefined {
  return NETWERKBERAAD_AGENDA.find((item) => item.id === id);
}

export function nextAgendaItem(id: string): AgendaItem | undefined {
  const index = NETWERKBERAAD_AGENDA.findIndex((item) => item.id === id);
  return index < 0 ? undefined : NETWERKBERAAD_AGENDA[index + 1];
}

export interface TimeBox {
  remainingMs: number;
  /** Past the time-box: the facilitator decides whether to move on. */
  overrun: boolean;
  /** Share of the time-box used, 0 to 1. */
  used: number;
}

export function timeBox(durationMs: number, remainingMs: number): TimeBox {
  const remaining = Math.max(0, remainingMs);
  const used = durationMs <= 0 ? 1 : Math.min(1, Math.max(0, (durationMs - remaining) / durationMs));
  return { remainingMs: remaining, overrun: remaining === 0, used };
}

/** "mm:ss", minutes rounded up so the clock never shows 00:00 while time is left. */
export function formatRemaining(remainingMs: number): string {
  const seconds = Math.ceil(Math.max(0, remainingMs) / 1000);
  return `${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}

/** How someone appears in the presence list: anonymous joiners and guests without a name are shown without one. */
export function presenceName(member: { displayName: string | null; anonymous: boolean }): string | null {
  if (member.anonymous) return null;
  const name = member.displayName?.trim() ?? '';
  return name === '' ? null : name;
}

/**
 * The view as the meeting made it so far: the shared view with the accepted proposals in their lists and the accepted
 * decisions applied, the same way the facilitator's save applies them to the plan (`composeLivePlan`). What the screens
 * show; open and declined proposals are not in it.
 */
export function meetingView(view: LivePlanView, proposals: ReadonlyArray<Proposal>): LivePlanView {
  const accepted = proposals.filter((p) => p.status === 'accepted');
  const known = new Set(itemIdsOf(view));
  const fresh = accepted.filter((p) => p.kind !== 'decision' && !known.has(p.id));
  const of = (kind: ProposalKind) => fresh.filter((p) => p.kind === kind);
  const analysis = (kind: AnalysisKind): LiveAnalysisItem[] => of(kind).map((p) => ({ id: p.id, text: p.text, perspective: p.perspective ?? null }));
  const goals = new Set(view.goals.map((g) => g.id));
  return {
    ...view,
    decided: { ...view.decided, ...decidedOf(accepted.filter((p) => p.kind === 'decision')) },
    concernFacts: [...view.concernFacts, ...analysis('concern')],
    dangerStatements: [...view.dangerStatements, ...analysis('danger')],
    strengths: [...view.strengths, ...analysis('strength')],
    exceptions: [...view.exceptions, ...of('exception').map((p) => ({ id: p.id, text: p.text }))],
    agreements: [...view.agreements, ...of('agreement').map((p) => ({
      id: p.id, goalId: p.goalId !== null && goals.has(p.goalId) ? p.goalId : null, what: p.text, when: p.when, who: [...p.who], safety: p.safety ?? null,
    }))],
    circumstances: [...view.circumstances, ...of('circumstance').map((p) => ({ id: p.id, description: p.text, agreement: p.detail ?? '' }))],
    monitoring: [...view.monitoring, ...of('monitor').map((p) => ({ id: p.id, who: [...p.who], watches: p.text }))],
    informing: [...view.informing, ...of('inform').map((p) => ({ id: p.id, personId: p.personId ?? null, byWhom: [...p.who], when: p.when, how: p.text }))],
  };
}

/** The agenda steps a crisis conference's earlier session covered (those before `resumeAt`), in agenda order. */
export function stepsCovered(resumeAt: AgendaItemId | null): AgendaItemId[] {
  if (resumeAt === null) return [];
  const index = NETWERKBERAAD_AGENDA.findIndex((item) => item.id === resumeAt);
  return NETWERKBERAAD_AGENDA.slice(0, Math.max(0, index)).map((item) => item.id);
}
