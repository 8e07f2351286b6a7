import type { Locale, OrganisationSettings, Plan } from '../domain';
import { ConsentError } from '../domain';
import { graphMessages as m } from '../i18n/areas/graph';
import type { PlanExports, ShareOutcome, ShareRecipient, Sharing } from './ports';

export interface ShareDeps {
  sharing: Sharing;
  loadExports: () => Promise<PlanExports>;
  /** The organisation's words for the shared document; the defaults when absent. */
  organisation?: OrganisationSettings;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Section 8's recipients as the Sharing port sees them. */
export function toShareRecipients(plan: Plan): ShareRecipient[] {
  return plan.copyRecipients.map((r) => ({ id: r.id, name: r.name, email: r.email.trim(), consentGiven: r.consentGiven, consentDate: r.consentDate }));
}

/** Why a recipient may not receive a copy, or null when they may. Checked before any request. */
export type ShareRefusal = Extract<ShareOutcome, { ok: false }>;

export function refusalOf(recipient: ShareRecipient): ShareRefusal | null {
  if (!recipient.consentGiven) {
    const e = new ConsentError(recipient.id);
    return { recipientId: recipient.id, ok: false, code: e.code, message: e.message };
  }
  if (!EMAIL.test(recipient.email)) return { recipientId: recipient.id, ok: false, code: 'SHARE.NO_EMAIL', message: 'No e-mail address.' };
  return null;
}

/**
 * Shares the plan's .docx with section 8's recipients (or the chosen ones). Recipients without recorded
 * consent are refused here, before any request, whatever the UI did. Requests: one upload of the
 * document, then one invite per allowed recipient (N + 1 at most). Results keep the recipients' order.
 */
export async function sharePlan(deps: ShareDeps, plan: Plan, locale: Locale, recipientIds?: readonly string[]): Promise<ShareOutcome[]> {
  const chosen = toShareRecipients(plan).filter((r) => !recipientIds || recipientIds.includes(r.id));
  const refusals = new Map<string, ShareOutcome>();
  for (const r of chosen) {
    const refusal = refusalOf(r);
    if (refusal) refusals.set(r.id, refusal);
  }
  const allowed = chosen.filter((r) => !refusals.has(r.id));
  const results = new Map<string, ShareOutcome>(refusals);
  if (allowed.length > 0) {
    if (deps.sharing.publishDocument) {
      const exports = await deps.loadExports();
      await deps.sharing.publishDocument(plan.id, await exports.toDocx(plan, locale, deps.organisation ? { organisation: deps.organisation } : {}));
    }
    for (const outcome of await deps.sharing.shareDocument(plan.id, allowed, m['share.message'][locale])) results.set(outcome.recipientId, outcome);
  }
  return chosen.map((r) => results.get(r.id)!);
}
