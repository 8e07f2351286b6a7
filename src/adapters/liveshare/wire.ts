import { z } from 'zod';
import { LIST_LIMIT, LIVE_FIELDS, MAX_LONG_TEXT, MAX_SHORT_TEXT } from '../../domain';
import type { LiveRole, Proposal } from '../../domain';
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
  sectionId: z.string().max(64).nullable(),
  typingIn: z.enum(LIVE_FIELDS).nullable(),
});

export interface PresenceData {
  v: 1;
  id: string;
  name: string | null;
  role: LiveRole;
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
