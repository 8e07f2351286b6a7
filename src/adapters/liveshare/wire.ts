import { z } from 'zod';
import {
  DECIDED_FIELDS, LIST_LIMIT, LIVE_FIELDS, MAX_LIST_ITEMS, MAX_LONG_TEXT, MAX_SHORT_TEXT, PROPOSAL_KINDS, agendaStepSchema, agreementSafetySchema, goalKindSchema,
  isSafeLiveId, perspectiveSchema, planVariantSchema, safetyDecisionSchema,
} from '../../domain';
import type {
  AgendaItemId, FacilitatorClaim, LiveFieldKey, LivePlanView, LiveRole, LiveSay, PeopleCorrections, Proposal, ProposalDecisions,
} from '../../domain';
import type { LiveFieldValue } from '../../app/live/ports';

/**
 * What travels between the clients of one meeting, checked on arrival: another client may run another version of
 * the app, and a malformed value must never reach the screen or the plan.
 */

const roleSchema = z.enum(['facilitator', 'professional', 'participant']);
/** Ids from a safe alphabet, never a property name every object has (domain `isSafeLiveId`). */
const idText = z.string().refine(isSafeLiveId);

const presenceSchema = z.object({
  v: z.literal(1),
  id: idText,
  name: z.string().max(MAX_SHORT_TEXT).nullable(),
  role: roleSchema,
  /** Absent in a window of an older version: such a window does not take the lead. */
  leadsFromHere: z.boolean().default(false),
  sectionId: idText.nullable(),
  typingIn: z.enum(LIVE_FIELDS).nullable(),
  /** Absent in a window of an older version. */
  personId: idText.nullable().default(null),
});

export interface PresenceData {
  v: 1;
  id: string;
  name: string | null;
  /** The role the window declared when joining; outside Teams only it counts (in Teams the meeting's roles do). */
  role: LiveRole;
  leadsFromHere: boolean;
  sectionId: string | null;
  typingIn: (typeof LIVE_FIELDS)[number] | null;
  /** The plan person this window says it is (a family member giving their say), null when none. */
  personId: string | null;
}

/** A typed field, for the plan it was typed for (`plan`): a value for another plan never counts. */
const fieldSchema = z.object({ text: z.string().max(MAX_LONG_TEXT), by: idText, plan: idText }).strict();

/** A field as the map holds it. */
export interface StoredField extends LiveFieldValue {
  plan: string;
}

const proposalSchema = z.object({
  /** The plan it was proposed for. */
  plan: idText,
  id: idText,
  kind: z.enum(PROPOSAL_KINDS),
  text: z.string().max(MAX_LONG_TEXT),
  goalId: idText.nullable(),
  when: z.string().max(MAX_SHORT_TEXT),
  // Proposals made by a client from before the agreement's people were chosen live carry none.
  who: z.array(idText).max(LIST_LIMIT).default([]),
  status: z.enum(['open', 'accepted', 'declined']),
  proposedBy: idText,
  // Each kind's own attributes (domain `Proposal`); absent on kinds that do not use them, and on older windows' proposals.
  perspective: perspectiveSchema.nullable().optional(),
  safety: agreementSafetySchema.nullable().optional(),
  detail: z.string().max(MAX_LONG_TEXT).optional(),
  personId: idText.nullable().optional(),
  field: z.enum(DECIDED_FIELDS).optional(),
  at: z.number().finite().optional(),
}).strict();

/**
 * A family member's say (domain `LiveSay`) as the says map holds it, under the key of the window that gave it (`by`),
 * for the plan it was given for.
 */
const saySchema = z.object({
  plan: idText,
  personId: idText,
  stance: z.enum(['agrees', 'disagrees']),
  words: z.string().max(MAX_LONG_TEXT),
  by: idText,
}).strict();

export type StoredSay = LiveSay & { plan: string };

export function parseSay(value: unknown): StoredSay | null {
  const parsed = saySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A proposal as the map holds it. */
export type StoredProposal = Proposal & { plan: string };

export function parsePresenceData(value: unknown): PresenceData | null {
  const parsed = presenceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseFieldValue(value: unknown): StoredField | null {
  const parsed = fieldSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseProposal(value: unknown): StoredProposal | null {
  const parsed = proposalSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The map key of a proposal or a field: only safe ids and the live fields' names count. */
export function isFieldKey(key: string): key is LiveFieldKey {
  return (LIVE_FIELDS as ReadonlyArray<string>).includes(key);
}

const liveText = z.string().max(MAX_LONG_TEXT);
const personSchema = z.object({ id: idText, name: z.string().max(MAX_SHORT_TEXT) }).strict();
const items = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST_ITEMS);

/**
 * The plan's live view (domain `LivePlanView`), strict: a key outside the projection makes the whole value unreadable,
 * so nothing more than the view can reach a window's screens through this adapter.
 */
const analysisSchema = items(z.object({ id: idText, text: liveText, perspective: perspectiveSchema.nullable() }).strict());
const shortLive = z.string().max(MAX_SHORT_TEXT);
const refs = z.array(idText).max(LIST_LIMIT);

const viewSchema = z.object({
  planId: idText,
  variant: planVariantSchema,
  fields: z.object(Object.fromEntries(LIVE_FIELDS.map((key) => [key, liveText])) as Record<LiveFieldKey, typeof liveText>).strict(),
  decided: z.object({ informAuthorityWhen: liveText, safetyDecision: safetyDecisionSchema.nullable() }).strict(),
  concernFacts: analysisSchema,
  dangerStatements: analysisSchema,
  strengths: analysisSchema,
  exceptions: items(z.object({ id: idText, text: liveText }).strict()),
  goals: items(z.object({ id: idText, text: liveText, kind: goalKindSchema.nullable() }).strict()),
  bottomLines: items(z.object({ id: idText, requirement: liveText, actionWhen: liveText }).strict()),
  agreements: items(z.object({
    id: idText, goalId: idText.nullable(), what: liveText, when: shortLive, who: refs, safety: agreementSafetySchema.nullable(),
  }).strict()),
  circumstances: items(z.object({ id: idText, description: liveText, agreement: liveText }).strict()),
  monitoring: items(z.object({ id: idText, who: refs, watches: liveText }).strict()),
  informing: items(z.object({ id: idText, personId: idText.nullable(), byWhom: refs, when: shortLive, how: liveText }).strict()),
  people: z.object({ direct: items(personSchema), social: items(personSchema), professional: items(personSchema) }).strict(),
  carriers: items(idText),
  // A window of an older version shares no family: nobody can give their say live then.
  family: items(idText).default([]),
  children: items(idText),
  resumeAt: agendaStepSchema.nullable(),
}).strict();

export function parseLiveView(value: unknown): LivePlanView | null {
  const parsed = viewSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/**
 * Who leads, the seal (SHA-256, hex) of the base plan the facilitator shared, the facilitator's last save (the
 * change token saved, and when) and their ticks of who is present; set only by professionals (role-checked).
 */
export interface LeadState {
  v: 1;
  claim: FacilitatorClaim | null;
  baseDigest: string | null;
  /** `meetingEntryId`: the plan's network meeting this session's saves write (domain recordLiveMeeting). */
  saved: { token: string; at: number; meetingEntryId?: string | null | undefined } | null;
  /** The person ids the facilitator ticked as present; absent from older windows and before anyone ticked. */
  attendees?: string[] | undefined;
}

/** What professionals decided about proposals; set only by professionals (role-checked). */
export interface DecisionsState {
  v: 1;
  decisions: ProposalDecisions;
  /** The people of accepted agreements as the accepting professional chose them; absent from older windows. */
  who?: PeopleCorrections | undefined;
}

const leadSchema = z.object({
  v: z.literal(1),
  claim: z.object({ holderId: idText, since: z.number().finite() }).nullable(),
  baseDigest: z.string().regex(/^[0-9a-f]{64}$/).nullable(),
  saved: z.object({ token: z.string().max(64), at: z.number().finite(), meetingEntryId: idText.nullable().optional() }).nullable(),
  attendees: z.array(idText).max(LIST_LIMIT).optional(),
});

const decisionsSchema = z.object({
  v: z.literal(1),
  decisions: z.record(idText, z.enum(['accepted', 'declined'])),
  who: z.record(idText, z.array(idText).max(LIST_LIMIT)).optional(),
});

/**
 * The agenda's time-box: the point, its length, what was left of it at `at` (the meeting's shared clock, epoch ms) and
 * whether it runs from then on. Set only by professionals (role-checked).
 */
export interface TimeboxState {
  v: 1;
  itemId: AgendaItemId | null;
  durationMs: number;
  remainingMs: number;
  running: boolean;
  at: number;
}

const DAY_MS = 24 * 60 * 60_000;

const timeboxSchema = z.object({
  v: z.literal(1),
  itemId: agendaStepSchema.nullable(),
  durationMs: z.number().finite().min(0).max(DAY_MS),
  remainingMs: z.number().finite().min(-DAY_MS).max(DAY_MS),
  running: z.boolean(),
  at: z.number().finite(),
}).strict();

export function parseTimebox(value: unknown): TimeboxState | null {
  const parsed = timeboxSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseLeadState(value: unknown): LeadState | null {
  const parsed = leadSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseDecisionsState(value: unknown): DecisionsState | null {
  const parsed = decisionsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
