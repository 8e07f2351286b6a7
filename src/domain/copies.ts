import type { CopyChoice, CopyRecipient, CopyShare, Plan, RevokeReason } from './plan';
import { allPeople, children } from './plan';
import type { Locale } from './template';

/**
 * Section 8: what each recipient of a copy gets, and the record of copies shared and taken back. One home for these
 * rules: the editor, Word, the .docx, the local export and tenant-mode sharing all call them.
 */

export const WHOLE_PLAN: CopyChoice = { kind: 'plan' };
export const COPY_KINDS = ['plan', 'overview', 'childBook', 'sections'] as const;
export type CopyKind = (typeof COPY_KINDS)[number];

const KIND_LABELS: Readonly<Record<CopyKind, { nl: string; en: string }>> = {
  plan: { nl: 'Het hele plan', en: 'The whole plan' },
  overview: { nl: 'Eigen overzicht', en: 'Own overview' },
  childBook: { nl: 'Kinderboek', en: "Children's book" },
  sections: { nl: 'Onderdelen', en: 'Sections' },
};
const OF = { nl: 'van', en: 'of' } as const;
/** One section is "Onderdeel 4", more are "Onderdelen 3 en 4". */
const ONE_SECTION = { nl: 'Onderdeel', en: 'Section' } as const;

export function copyKindLabel(kind: CopyKind, locale: Locale): string {
  return KIND_LABELS[kind][locale];
}

/** The empty choice of a kind, as the editor starts it when the user picks that kind. */
export function choiceOfKind(kind: CopyKind): CopyChoice {
  switch (kind) {
    case 'plan': return WHOLE_PLAN;
    case 'overview': return { kind, personId: null };
    case 'childBook': return { kind, childId: null };
    case 'sections': return { kind, sections: [] };
  }
}

function normalise(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** A person of the plan whose name or address is the recipient's: their overview is the default. */
export function recipientAsPerson(plan: Plan, recipient: Pick<CopyRecipient, 'name' | 'email'>): string | null {
  const email = normalise(recipient.email);
  if (email !== '') {
    const byMail = plan.professionals.find((p) => normalise(p.email) === email)
      ?? plan.directPersons.find((p) => normalise(p.contact) === email);
    if (byMail) return byMail.id;
  }
  const name = normalise(recipient.name);
  if (name === '') return null;
  return allPeople(plan).find((p) => normalise(p.name) === name)?.id ?? null;
}

/** What a choice comes to for one recipient: the person or child it is of, filled in where the choice leaves it open. */
export type ResolvedCopy =
  | { kind: 'plan' }
  | { kind: 'overview'; personId: string }
  | { kind: 'childBook'; childId: string }
  | { kind: 'sections'; sections: number[] };

export type CopyProblem = 'overview.noPerson' | 'childBook.noChild' | 'sections.none';

export function resolveCopy(plan: Plan, recipient: Pick<CopyRecipient, 'name' | 'email' | 'receives'>): { ok: true; copy: ResolvedCopy } | { ok: false; problem: CopyProblem } {
  const choice = recipient.receives;
  switch (choice.kind) {
    case 'plan':
      return { ok: true, copy: { kind: 'plan' } };
    case 'overview': {
      const known = choice.personId !== null && allPeople(plan).some((p) => p.id === choice.personId);
      const personId = known ? choice.personId : recipientAsPerson(plan, recipient);
      return personId ? { ok: true, copy: { kind: 'overview', personId } } : { ok: false, problem: 'overview.noPerson' };
    }
    case 'childBook': {
      const kids = children(plan);
      const childId = choice.childId !== null && kids.some((c) => c.id === choice.childId) ? choice.childId : kids.length === 1 ? kids[0]!.id : null;
      return childId ? { ok: true, copy: { kind: 'childBook', childId } } : { ok: false, problem: 'childBook.noChild' };
    }
    case 'sections': {
      const sections = [...new Set(choice.sections)].sort((a, b) => a - b);
      return sections.length > 0 ? { ok: true, copy: { kind: 'sections', sections } } : { ok: false, problem: 'sections.none' };
    }
  }
}

function joinNumbers(numbers: readonly number[], locale: Locale): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} ${locale === 'nl' ? 'en' : 'and'} ${numbers[numbers.length - 1]}`;
}

/**
 * The choice as one line of text (the Word column, the .docx cell, the confirmation): "Eigen overzicht van Ria Bakker",
 * "Onderdelen 3, 4 en 6". `personName` gives a person's name by id; an open person or child prints the kind alone.
 */
export function copyChoiceLabel(choice: CopyChoice, locale: Locale, personName: (id: string) => string | undefined): string {
  const kind = copyKindLabel(choice.kind, locale);
  switch (choice.kind) {
    case 'plan':
      return kind;
    case 'overview':
    case 'childBook': {
      const id = choice.kind === 'overview' ? choice.personId : choice.childId;
      const name = id === null ? undefined : personName(id);
      return name ? `${kind} ${OF[locale]} ${name}` : kind;
    }
    case 'sections': {
      const sorted = [...new Set(choice.sections)].sort((a, b) => a - b);
      if (sorted.length === 1) return `${ONE_SECTION[locale]} ${sorted[0]}`;
      return sorted.length > 0 ? `${kind} ${joinNumbers(sorted, locale)}` : kind;
    }
  }
}

/** A label read back: the choice, or why the text is not one (the reader turns it into a document problem). */
export type ParsedChoice = { ok: true; choice: CopyChoice } | { ok: false; reason: 'unknown' | 'person' | 'sections' };

/**
 * Reads a label as written by copyChoiceLabel, in either language, back into a choice. Never throws. A person's name
 * is looked up with `personIdByName`; sections are numbers 1-9 separated by commas, spaces or "en"/"and".
 */
export function parseCopyChoice(text: string, personIdByName: (name: string) => string | undefined): ParsedChoice {
  const wanted = normalise(text);
  if (wanted === '') return { ok: true, choice: WHOLE_PLAN };
  for (const kind of COPY_KINDS) {
    const labels = kind === 'sections' ? [KIND_LABELS.sections.nl, KIND_LABELS.sections.en, ONE_SECTION.nl, ONE_SECTION.en]
      : [KIND_LABELS[kind].nl, KIND_LABELS[kind].en];
    for (const written of labels) {
      const label = normalise(written);
      if (wanted !== label && !wanted.startsWith(`${label} `)) continue;
      const rest = wanted.slice(label.length).trim();
      if (kind === 'plan') return rest === '' ? { ok: true, choice: WHOLE_PLAN } : { ok: false, reason: 'unknown' };
      if (kind === 'sections') {
        const parts = rest.split(/\s*(?:,|\ben\b|\band\b|\s)\s*/).filter((p) => p !== '');
        const numbers = parts.map(Number);
        if (numbers.length === 0 || numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 9)) return { ok: false, reason: 'sections' };
        return { ok: true, choice: { kind, sections: [...new Set(numbers)].sort((a, b) => a - b) } };
      }
      if (rest === '') return { ok: true, choice: choiceOfKind(kind) };
      const of = [`${OF.nl} `, `${OF.en} `].find((p) => rest.startsWith(p));
      // The name as written (not lower-cased) for the lookup: the same tail of the original text.
      const original = text.trim().replace(/\s+/g, ' ');
      const name = of ? original.slice(original.length - rest.length + of.length).trim() : '';
      const id = name === '' ? undefined : personIdByName(name);
      if (id === undefined) return { ok: false, reason: 'person' };
      return { ok: true, choice: kind === 'overview' ? { kind, personId: id } : { kind, childId: id } };
    }
  }
  return { ok: false, reason: 'unknown' };
}

// ---- outside the organisation ----------------------------------------------------------------------------------

/** The domain of an address, lower case; '' when it has none. */
export function domainOf(email: string): string {
  const at = email.trim().lastIndexOf('@');
  return at < 0 ? '' : email.trim().slice(at + 1).toLowerCase();
}

/**
 * Whether an address is outside the organisation: its domain is none of the organisation's (the signed-in user's own
 * domains). Null when the organisation's domains are not known, so the confirmation says so instead of guessing.
 */
export function isOutsideOrganisation(email: string, organisationDomains: readonly string[]): boolean | null {
  if (organisationDomains.length === 0) return null;
  const domain = domainOf(email);
  return !organisationDomains.some((d) => d.toLowerCase() === domain);
}

// ---- consent and shares ---------------------------------------------------------------------------------------

export function sharesOf(plan: Plan): CopyShare[] {
  return plan.copyShares;
}

/**
 * Withdraws a recipient's consent: the consent (yes, date, who gave it) is cleared and the withdrawal's date recorded.
 * The access their shared copies give is taken away separately (pendingRevocations), as that needs the network.
 */
export function withdrawConsent(plan: Plan, recipientId: string, today: string): Plan {
  return {
    ...plan,
    copyRecipients: plan.copyRecipients.map((r) => (r.id === recipientId
      ? { ...r, consentGiven: false, consentDate: null, consentById: null, consentWithdrawnOn: today }
      : r)),
  };
}

/** Removes a recipient from section 8; their shares stay in the record, to be revoked (pendingRevocations). */
export function removeRecipient(plan: Plan, recipientId: string): Plan {
  return { ...plan, copyRecipients: plan.copyRecipients.filter((r) => r.id !== recipientId) };
}

const sameAddress = (a: string, b: string): boolean => normalise(a) === normalise(b);

/**
 * Why a share's access must be taken away now, or null when it may stay: the recipient was removed, their consent is
 * no longer given, or their address changed (consent covers one address).
 */
export function revocationReason(plan: Plan, share: CopyShare): RevokeReason | null {
  if (share.revokedOn !== null) return null;
  const recipient = plan.copyRecipients.find((r) => r.id === share.recipientId);
  if (!recipient) return 'recipientRemoved';
  if (!recipient.consentGiven) return 'consentWithdrawn';
  if (!sameAddress(recipient.email, share.email)) return 'addressChanged';
  return null;
}

export function pendingRevocations(plan: Plan): Array<{ share: CopyShare; reason: RevokeReason }> {
  return sharesOf(plan).flatMap((share) => {
    const reason = revocationReason(plan, share);
    return reason ? [{ share, reason }] : [];
  });
}

/** Shares that still give access (not revoked), for a recipient or all. */
export function activeShares(plan: Plan, recipientId?: string): CopyShare[] {
  return sharesOf(plan).filter((s) => s.revokedOn === null && (recipientId === undefined || s.recipientId === recipientId));
}

export function recordShares(plan: Plan, shares: readonly CopyShare[]): Plan {
  return shares.length === 0 ? plan : { ...plan, copyShares: [...sharesOf(plan), ...shares] };
}

export function recordRevocations(plan: Plan, revoked: ReadonlyArray<{ shareId: string; reason: RevokeReason }>, today: string): Plan {
  if (revoked.length === 0) return plan;
  const byId = new Map(revoked.map((r) => [r.shareId, r.reason]));
  return {
    ...plan,
    copyShares: sharesOf(plan).map((s) => {
      const reason = byId.get(s.id);
      return reason && s.revokedOn === null ? { ...s, revokedOn: today, revokedBecause: reason } : s;
    }),
  };
}

/** The name a share's file gets: no family or person name, a random id and the date ("Kopie k3x9q2 2026-11-29.docx"). */
export function copyFileName(randomId: string, today: string): string {
  return `Kopie ${randomId} ${today}.docx`;
}
