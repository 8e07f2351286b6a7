import {
  ConsentError, allPeople, copyChoiceLabel, copyFileName, isDomainError, isOutsideOrganisation, isoDay, newId, pendingRevocations,
  recordRevocations, recordShares, resolveCopy, withdrawConsent,
} from '../domain';
import type { CopyProblem, CopyShare, Locale, Plan, ResolvedCopy, RevokeReason } from '../domain';
import { graphMessages as m } from '../i18n/areas/graph';
import type { Clock, CopyShareOutcome, DocxOptions, LegacyGrant, PlanExports, ShareOutcome, ShareRecipient, Sharing } from './ports';

export interface ShareDeps {
  sharing: Sharing;
  loadExports: () => Promise<PlanExports>;
  clock: Clock;
  /** The random part of a copy's file name; a short piece of a UUID unless a test fixes it. */
  randomId?: () => string;
  /**
   * Records one share the moment its invite succeeded, before the next recipient's request goes out: the caller
   * applies it to the newest plan and saves it. A failure or a closed tab later in the run then leaves no invitation
   * that the plan does not know of (and so cannot revoke).
   */
  onShared?: (share: CopyShare) => void | Promise<void>;
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

const PROBLEM_CODES: Readonly<Record<CopyProblem, string>> = {
  'overview.noPerson': 'SHARE.CHOICE_OVERVIEW',
  'childBook.noChild': 'SHARE.CHOICE_CHILD',
  'sections.none': 'SHARE.CHOICE_SECTIONS',
};

/** One recipient as the confirmation shows them: what they get, whether they may get it, and whether the address is outside. */
export interface PlannedCopy {
  recipient: ShareRecipient;
  /** What the choice comes to, or null when it does not come to anything yet (refusal says why). */
  copy: ResolvedCopy | null;
  /** The copy in words, e.g. "Eigen overzicht van Ria Bakker". */
  label: string;
  refusal: ShareRefusal | null;
  /** Null when the organisation's domains are not known. */
  outside: boolean | null;
}

/** The copies a share would send, recipient by recipient, in section 8's order. Pure: the confirmation dialog shows this. */
export function planCopies(plan: Plan, locale: Locale, organisationDomains: readonly string[], recipientIds?: readonly string[]): PlannedCopy[] {
  const names = new Map(allPeople(plan).map((p) => [p.id, p.name.trim()]));
  const personName = (id: string) => names.get(id) || undefined;
  return plan.copyRecipients.filter((r) => !recipientIds || recipientIds.includes(r.id)).map((r) => {
    const recipient = toShareRecipients({ ...plan, copyRecipients: [r] })[0]!;
    const resolved = resolveCopy(plan, r);
    const copy = resolved.ok ? resolved.copy : null;
    const refusal = refusalOf(recipient)
      ?? (resolved.ok ? null : { recipientId: r.id, ok: false as const, code: PROBLEM_CODES[resolved.problem], message: resolved.problem });
    const label = copy ? copyChoiceLabel(copy, locale, personName) : copyChoiceLabel(r.receives, locale, personName);
    return { recipient, copy, label, refusal, outside: isOutsideOrganisation(recipient.email, organisationDomains) };
  });
}

/** The document a copy is: the whole plan, one person's overview, one child's book (A4), or some sections. */
export function documentFor(exports: PlanExports, plan: Plan, copy: ResolvedCopy, locale: Locale, options: DocxOptions = {}): Promise<Blob> {
  switch (copy.kind) {
    case 'plan': return exports.toDocx(plan, locale, options);
    case 'overview': return exports.overviewToDocx(plan, copy.personId, locale, options);
    case 'childBook': return exports.childBookToDocx(plan, copy.childId, locale, 'A4', options);
    case 'sections': return exports.sectionsToDocx(plan, copy.sections, locale, options);
  }
}

/** A short random part for a file name: no name, nothing from the plan. */
function shortRandomId(): string {
  return newId().replace(/-/g, '').slice(0, 10);
}

export interface ShareResult {
  /** The plan with the shares made recorded (save it: the record is what lets access be revoked later). */
  plan: Plan;
  outcomes: ShareOutcome[];
}

/**
 * Shares each chosen recipient's own copy: exactly what their choice says, as a new file of its own, read access for
 * them alone. Recipients without recorded consent, an address or a choice that comes to a document are refused here,
 * before any request, whatever the UI did. Requests: per allowed recipient one upload and one invite. Results keep
 * the recipients' order.
 */
export async function shareCopies(deps: ShareDeps, plan: Plan, locale: Locale, recipientIds?: readonly string[], options: DocxOptions = {}): Promise<ShareResult> {
  const planned = planCopies(plan, locale, [], recipientIds);
  const today = isoDay(deps.clock.now());
  const random = deps.randomId ?? shortRandomId;
  const outcomes: ShareOutcome[] = [];
  const made: CopyShare[] = [];
  const allowed = planned.filter((p) => p.refusal === null && p.copy !== null);
  const exports = allowed.length > 0 ? await deps.loadExports() : null;
  for (const p of planned) {
    if (p.refusal || !p.copy || !exports) {
      outcomes.push(p.refusal ?? { recipientId: p.recipient.id, ok: false, code: 'SHARE.NO_CONSENT', message: 'refused' });
      continue;
    }
    const outcome = await shareOne(deps, exports, plan, p, p.copy, { locale, fileName: copyFileName(random(), today), options });
    if (!outcome.ok) {
      outcomes.push({ recipientId: outcome.recipientId, ok: false, code: outcome.code, message: outcome.message });
      continue;
    }
    const recipient = plan.copyRecipients.find((r) => r.id === p.recipient.id)!;
    const share: CopyShare = {
      id: newId(), recipientId: p.recipient.id, email: p.recipient.email, what: recipient.receives, sharedOn: today,
      fileItemId: outcome.fileItemId, permissionIds: outcome.permissionIds, revokedOn: null, revokedBecause: null,
    };
    made.push(share);
    await deps.onShared?.(share);
    outcomes.push({ recipientId: p.recipient.id, ok: true });
  }
  return { plan: recordShares(plan, made), outcomes };
}

/**
 * One recipient's document and invite. Whatever goes wrong for them (an export that throws, an answer the adapter
 * did not expect) is their failure only: the recipients before them keep their recorded shares and the ones after
 * them still get theirs.
 */
async function shareOne(
  deps: ShareDeps, exports: PlanExports, plan: Plan, planned: PlannedCopy, copy: ResolvedCopy,
  how: { locale: Locale; fileName: string; options: DocxOptions },
): Promise<CopyShareOutcome> {
  try {
    const document = await documentFor(exports, plan, copy, how.locale, how.options);
    return await deps.sharing.shareCopy(plan.id, how.fileName, planned.recipient, document, m['share.message'][how.locale]);
  } catch (e) {
    // No plan content in the message: the code is what the screen turns into words.
    return { recipientId: planned.recipient.id, ok: false, code: isDomainError(e) ? e.code : 'SHARE.UNEXPECTED', message: 'The share failed.' };
  }
}

export interface RevokeResult {
  shareId: string;
  recipientId: string;
  reason: RevokeReason;
  ok: boolean;
  /** The error code when it failed (PERMISSION.403, THROTTLED, SERVER, OFFLINE...), to show and to retry. */
  code: string | null;
}

/**
 * Takes away the access of every share that must not give it any more (recipient removed, consent withdrawn, address
 * changed), or of the listed ones among them (what the user confirmed), and records each one taken away with today's
 * date. A failure leaves that share pending: calling this again is the retry. The returned plan is `plan` with the
 * revocations; a caller whose plan may have changed meanwhile applies `results` to its newest plan (withRevocations).
 */
export async function revokePending(
  deps: Pick<ShareDeps, 'sharing' | 'clock'>, plan: Plan, shareIds?: readonly string[],
): Promise<{ plan: Plan; results: RevokeResult[] }> {
  const results: RevokeResult[] = [];
  for (const { share, reason } of pendingRevocations(plan).filter((p) => !shareIds || shareIds.includes(p.share.id))) {
    const outcome = await deps.sharing.revokeShare(plan.id, share.fileItemId, share.permissionIds);
    results.push({ shareId: share.id, recipientId: share.recipientId, reason, ok: outcome.ok, code: outcome.ok ? null : outcome.code });
  }
  return { plan: withRevocations(plan, results, deps.clock), results };
}

/** Records a run's successful revocations, dated today, in a plan: the newest one, so edits made meanwhile stay. */
export function withRevocations(plan: Plan, results: readonly RevokeResult[], clock: Clock): Plan {
  const revoked = results.filter((r) => r.ok).map((r) => ({ shareId: r.shareId, reason: r.reason }));
  return recordRevocations(plan, revoked, isoDay(clock.now()));
}

/** Share records made from the invitations on the plan file of before schema 4 carry this prefix in their id. */
const LEGACY_SHARE_PREFIX = 'legacy-';

/** Whether a share record stands for invitations on the old shared plan file (see findLegacyShares), for the wording. */
export function isLegacyShare(share: CopyShare): boolean {
  return share.id.startsWith(LEGACY_SHARE_PREFIX);
}

/**
 * Copies shared before schema 4 went to every recipient as one file, `veiligheidsplan.docx`, and the plan kept no
 * record of them (migrateCopyChoices starts with none). This reads that file's invitations and returns a share
 * record for each address the plan does not know of yet: the recipient with that address, or, when no recipient has
 * it any more, a removed one (so its access is listed to be taken away). Once recorded, they are revoked like any
 * share, after the user confirmed. Recording them in the plan is the caller's (the newest plan, saved).
 */
export async function findLegacyShares(deps: { sharing: Sharing; clock: Clock }, plan: Plan): Promise<CopyShare[]> {
  return legacyShareRecords(plan, await deps.sharing.legacyGrants(plan.id), isoDay(deps.clock.now()));
}

/** The share records for grants the plan's active shares do not already hold, one per address. Pure. */
export function legacyShareRecords(plan: Plan, grants: readonly LegacyGrant[], today: string): CopyShare[] {
  const known = new Set(plan.copyShares.filter((s) => s.revokedOn === null).flatMap((s) => s.permissionIds));
  const byAddress = new Map<string, LegacyGrant[]>();
  for (const grant of grants.filter((g) => !known.has(g.permissionId))) {
    byAddress.set(grant.email, [...(byAddress.get(grant.email) ?? []), grant]);
  }
  return [...byAddress].map(([email, held]) => {
    const recipient = plan.copyRecipients.find((r) => r.email.trim().toLowerCase() === email);
    return {
      id: `${LEGACY_SHARE_PREFIX}${shortRandomId()}`, recipientId: recipient?.id ?? `${LEGACY_SHARE_PREFIX}${shortRandomId()}`,
      email, what: { kind: 'plan' }, sharedOn: /^\d{4}-\d{2}-\d{2}$/.test(held[0]!.sharedOn) ? held[0]!.sharedOn : today,
      fileItemId: held[0]!.fileItemId, permissionIds: held.map((g) => g.permissionId), revokedOn: null, revokedBecause: null,
    };
  });
}

/**
 * "Toestemming intrekken": records the withdrawal (date) and, with a Sharing port (tenant mode), takes away the
 * access the recipient's copies gave. Without one (local mode) the withdrawal is recorded only: copies already handed
 * over cannot be taken back.
 */
export async function withdrawConsentAndRevoke(
  deps: { sharing: Sharing | null; clock: Clock }, plan: Plan, recipientId: string,
): Promise<{ plan: Plan; results: RevokeResult[] }> {
  const withdrawn = withdrawConsent(plan, recipientId, isoDay(deps.clock.now()));
  if (!deps.sharing) return { plan: withdrawn, results: [] };
  return revokePending({ sharing: deps.sharing, clock: deps.clock }, withdrawn);
}

/**
 * The local export of one recipient's copy: exactly what their choice says, under a name without names. Refused,
 * as a share would be, for a recipient without consent or whose choice comes to no document.
 */
export async function localCopy(
  deps: { loadExports: () => Promise<PlanExports>; clock: Clock; randomId?: () => string }, plan: Plan, recipientId: string, locale: Locale,
  options: DocxOptions = {},
): Promise<{ ok: true; document: Blob; fileName: string } | ShareRefusal> {
  const planned = planCopies(plan, locale, [], [recipientId])[0];
  if (!planned) return { recipientId, ok: false, code: 'SHARE.NO_CONSENT', message: 'unknown recipient' };
  // An address is not needed to hand a copy over on paper or a stick; consent and a choice are.
  const refusal = planned.refusal?.code === 'SHARE.NO_EMAIL' ? null : planned.refusal;
  if (refusal) return refusal;
  if (!planned.copy) return { recipientId, ok: false, code: 'SHARE.NO_CONSENT', message: 'refused' };
  const document = await documentFor(await deps.loadExports(), plan, planned.copy, locale, options);
  return { ok: true, document, fileName: copyFileName((deps.randomId ?? shortRandomId)(), isoDay(deps.clock.now())) };
}
