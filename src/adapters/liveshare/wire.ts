import { z } from 'zod';
import { LIST_LIMIT, LIVE_FIELDS, MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../domain';
import type { FacilitatorClaim, LiveRole, PeopleCorrections, Proposal, ProposalDecisions } from '../../domain';
import type { LiveFieldValue } from '../../app/live/ports';

/**
 * What travels between the clients of one meeting, checked on arrival: another client may run another version of
 * the app, and a malformed value must never reach the screen or the plan.
 */

const roleSchema = z.enum(['facilitator', 'professional', 'participant']);
const idText = z.string().min(1).max(64);

const presenceSchema = z.object({
  v: z.literal(1),
  id: idText,
  name: z.string().max(MAX_SHORT_TEXT).nullable(),
  role: roleSchema,
  /** Absent in a window of an older version: such a window does not take the lead. */
  leadsFromHere: z.boolean().default(false),
  sectionId: z.string().max(64).nullable(),
  typingIn: z.enum(LIVE_FIELDS).nullable(),
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
}

const fieldSchema = z.object({ text: z.string().max(MAX_LONG_TEXT), by: idText });

const proposalSchema = z.object({
  id: idText,
  kind: z.enum(['strength', 'agreement']),
  text: z.string().max(MAX_LONG_TEXT),
  goalId: idText.nullable(),
  when: z.string().max(MAX_SHORT_TEXT),
  // Proposals made by a client from before the agreement's people were chosen live carry none.
  who: z.array(idText).max(LIST_LIMIT).default([]),
  status: z.enum(['open', 'accepted', 'declined']),
  proposedBy: idText,
});

export function parsePresenceData(value: unknown): PresenceData | null {
  const parsed = presenceSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseFieldValue(value: unknown): LiveFieldValue | null {
  const parsed = fieldSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseProposal(value: unknown): Proposal | null {
  const parsed = proposalSchema.safeParse(value);
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

export function parseLeadState(value: unknown): LeadState | null {
  const parsed = leadSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

export function parseDecisionsState(value: unknown): DecisionsState | null {
  const parsed = decisionsSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
