import { normalizeAfterEdit } from './editing';
import type { CopyRecipient, DirectPerson, Evaluation, NetworkMeeting, Plan } from './plan';
import { startRevision } from './revision';
import { checkChange } from './statusGate';
import type { GateVerdict } from './statusGate';

/**
 * A plan read back from a Word document, applied to the stored plan it is compared with (issue 25 item 3, issue 20).
 * The document carries the form: what people can read and type. Its hidden link carries ids only, and even those are
 * only a pointer: whoever edits the document can edit the link. So what is not on the form comes from the stored plan,
 * never from the document: the status and closure, the version, the adjusted-version link, the share records, the
 * booked meetings, the record of a withdrawn consent, an evaluation's scale wording, a retired form field. The edit rules of the editor then
 * run on the result (`normalizeAfterEdit`: a new address clears the consent given for the old one), and the status
 * gate decides whether it may go into the stored plan at all.
 */

const byId = <T extends { id: string }>(list: readonly T[], id: string): T | undefined => list.find((item) => item.id === id);

function meetingsFromStore(stored: readonly NetworkMeeting[], document: readonly NetworkMeeting[]): NetworkMeeting[] {
  return document.map((m) => ({ ...m, event: byId(stored, m.id)?.event ?? null }));
}

function evaluationsFromStore(stored: readonly Evaluation[], document: readonly Evaluation[]): Evaluation[] {
  return document.map((e) => {
    const { scaleLabels: _fromDocument, ...rest } = e;
    const labels = byId(stored, e.id)?.scaleLabels;
    return labels === undefined ? rest : { ...rest, scaleLabels: labels };
  });
}

/** `mustBeInformed` left the form (schema 5, template.ts RETIRED_FORM_FIELDS): a document does not carry it, the store does. */
function directPersonsFromStore(stored: readonly DirectPerson[], document: readonly DirectPerson[]): DirectPerson[] {
  return document.map((p) => {
    const known = byId(stored, p.id);
    return known === undefined || known.mustBeInformed === p.mustBeInformed ? p : { ...p, mustBeInformed: known.mustBeInformed };
  });
}

function recipientsFromStore(stored: readonly CopyRecipient[], document: readonly CopyRecipient[]): CopyRecipient[] {
  return document.map((r) => {
    const { consentWithdrawnOn: _fromDocument, ...rest } = r;
    const withdrawn = byId(stored, r.id)?.consentWithdrawnOn;
    return withdrawn === undefined ? rest : { ...rest, consentWithdrawnOn: withdrawn };
  });
}

/**
 * The plan the document proposes: its form content over the stored plan's records. With no stored plan (a document
 * without a known link) it is a new draft with no records at all.
 */
export function proposedFromDocument(stored: Plan | null, document: Plan): Plan {
  if (stored === null) {
    return {
      ...document, status: 'draft', closure: null, revisionOf: null, copyShares: [], evaluationEvent: null,
      networkMeetings: meetingsFromStore([], document.networkMeetings),
      evaluations: evaluationsFromStore([], document.evaluations),
      copyRecipients: recipientsFromStore([], document.copyRecipients),
    };
  }
  const proposed: Plan = {
    ...document,
    schemaVersion: stored.schemaVersion,
    id: stored.id,
    version: stored.version,
    status: stored.status,
    closure: stored.closure,
    revisionOf: stored.revisionOf,
    copyShares: stored.copyShares,
    evaluationEvent: stored.evaluationEvent,
    networkMeetings: meetingsFromStore(stored.networkMeetings, document.networkMeetings),
    evaluations: evaluationsFromStore(stored.evaluations, document.evaluations),
    copyRecipients: recipientsFromStore(stored.copyRecipients, document.copyRecipients),
    directPersons: directPersonsFromStore(stored.directPersons, document.directPersons),
  };
  return normalizeAfterEdit(stored, proposed);
}

export type DocumentApplication =
  /** Save `plan` over the stored plan (or as a new plan). */
  | { kind: 'save'; plan: Plan }
  /** The stored plan is in force and the document changes its content: `plan` is a revision draft beside it. */
  | { kind: 'revision'; plan: Plan }
  /** The stored plan is closed (or the change is one no path may make): nothing is saved. */
  | { kind: 'refused'; verdict: Extract<GateVerdict, { ok: false }> };

/**
 * What applying the document does (the status gate): a draft takes the document; a plan in force takes what it may
 * record, and a content change becomes an adjusted version (revision.ts) with id `revisionId`, activated later through
 * the quality check; a closed plan takes nothing.
 */
export function documentApplication(stored: Plan | null, document: Plan, today: Date, revisionId: string): DocumentApplication {
  const proposed = proposedFromDocument(stored, document);
  if (stored === null) return { kind: 'save', plan: proposed };
  const verdict = checkChange(stored, proposed, today);
  if (verdict.ok) return { kind: 'save', plan: proposed };
  if (verdict.reason !== 'in-force') return { kind: 'refused', verdict };
  const revision = startRevision(stored, revisionId);
  return {
    kind: 'revision',
    plan: {
      ...proposed,
      // Who the revision is (a draft of the next version beside the plan in force), and what stays with the plan in force.
      id: revision.id, status: revision.status, version: revision.version, revisionOf: revision.revisionOf,
      evaluations: revision.evaluations, incidents: revision.incidents, closure: revision.closure, evaluationEvent: revision.evaluationEvent,
    },
  };
}
