import type { Plan, PlanStatus } from './plan';

/**
 * What an imported plan file may not bring along. The rule: an import is a new plan that starts from the file's
 * content, not a continuation of the plan it was exported from.
 *
 * - The id is new and random (as the factory makes them): an id such as `fixture-bakker-yilmaz` can carry a family
 *   name into URLs and SharePoint folder names, and a kept id would overwrite or shadow the original plan.
 * - Calendar meeting references point into someone's mailbox. In another store, or another tenant, they address the
 *   wrong event or none; rescheduling through them would move a meeting the importer does not own.
 * - Consent to send a copy was given for the original plan, by the people at that table. A file can be edited
 *   by anyone, so a consent that arrives in one is not a consent: it is asked again.
 * - The family's agreement (or disagreement) was given to the plan they saw, likewise, and so was a professional's
 *   reason why it is missing (which activation accepts in its place): both are asked again for this plan.
 * - The status: an import is always a draft (the status gate, statusGate.ts). Only the quality check puts a plan in
 *   force, so a file that says "active" or "closed" does not make it so; a closed plan's closure goes with it.
 * - Share records name the original plan's copy files and their permissions. Only the plan that made a share may
 *   revoke it (issue 25): kept in a copy, they would let this plan take away the original's recipients' access.
 *
 * Whatever is dropped is listed, so the user is told (never silently).
 */
export type DroppedOnImport =
  | { kind: 'evaluationMeeting'; date: string | null }
  | { kind: 'networkMeeting'; index: number; date: string | null }
  | { kind: 'copyConsent'; index: number; name: string }
  /** The family's recorded agreement or disagreement (`count` records), and/or the recorded reason why it was missing. */
  | { kind: 'familyAgreement'; count: number; reason: boolean }
  /** The file's status was not draft; the plan is imported as a draft (and a closure record is dropped with it). */
  | { kind: 'status'; status: Exclude<PlanStatus, 'draft'> }
  /** How many share records of the original plan were dropped. */
  | { kind: 'shares'; count: number };

export interface PreparedImport {
  plan: Plan;
  dropped: DroppedOnImport[];
}

/** The plan to store for an imported file (see above). Pure: `newId` is an argument, and `plan` is not changed. */
export function prepareImport(plan: Plan, newId: string): PreparedImport {
  const dropped: DroppedOnImport[] = [];
  if (plan.evaluationEvent !== null) dropped.push({ kind: 'evaluationMeeting', date: plan.evaluationDate });
  const networkMeetings = plan.networkMeetings.map((meeting, index) => {
    if (meeting.event === null) return meeting;
    dropped.push({ kind: 'networkMeeting', index, date: meeting.date });
    return { ...meeting, event: null };
  });
  const copyRecipients = plan.copyRecipients.map((recipient, index) => {
    // Any trace of a consent goes: the flag, its date and who gave it (a giver alone, without the flag, too).
    const also = recipient.consentAlsoByIds ?? [];
    if (!recipient.consentGiven && recipient.consentDate === null && (recipient.consentById ?? null) === null && also.length === 0) return recipient;
    dropped.push({ kind: 'copyConsent', index, name: recipient.name });
    return { ...recipient, consentGiven: false, consentDate: null, consentById: null, ...(recipient.consentAlsoByIds ? { consentAlsoByIds: [] } : {}) };
  });
  const agreementReason = plan.familyAgreementReason.trim() !== '';
  if (plan.familyAgreement.length > 0 || agreementReason) dropped.push({ kind: 'familyAgreement', count: plan.familyAgreement.length, reason: agreementReason });
  if (plan.status !== 'draft') dropped.push({ kind: 'status', status: plan.status });
  if (plan.copyShares.length > 0) dropped.push({ kind: 'shares', count: plan.copyShares.length });
  return {
    plan: {
      ...plan, id: newId, evaluationEvent: null, networkMeetings, copyRecipients, familyAgreement: [], familyAgreementReason: '',
      status: 'draft', closure: null, copyShares: [],
      // `revisionOf` names a plan in the store the file came from; here the import is a plan of its own (revision.ts).
      revisionOf: null,
    },
    dropped,
  };
}

/**
 * The parts of a plan that an import resets (id, meeting references, consent with its date and givers, the family's
 * agreement, status, shares), blanked, so that two plans can be
 * compared for everything else: an export, re-imported, equals the original apart from these.
 */
export function withoutImportedOnlyParts(plan: Plan): Plan {
  return prepareImport(plan, 'imported').plan;
}
