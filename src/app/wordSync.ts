import {
  DomainError, NotFoundError, PlanLockedError, checkPlan, differingSections, documentApplication, keepHistory, newId, proposedFromDocument,
  unrecordedBottomLineChanges, unrecordedConditionChanges,
} from '../domain';
import type { Finding, Locale, OrganisationSettings, Plan, Section } from '../domain';
import type { DocumentReader, PlanStore, StoredPlan } from './ports';

/**
 * Use cases that keep a Word document and the stored plan in step. Reading never writes to the store:
 * only `applyDocumentPlan`, which the user starts, does.
 */

export interface DocumentComparison {
  /** The stored plan the document belongs to; null when the store has none (a new plan, or a lost link). */
  stored: StoredPlan | null;
  /** Sections whose values differ between document and store; empty when nothing is stored. */
  differing: Section[];
  /** The quality check of the plan as read from the document. */
  findings: Finding[];
  /**
   * Ids of the stored plan's safety conditions that the document removed or changed without a recorded reason
   * (conditions.ts). Such a document is not applied: conditions change only with a reason, in the app.
   */
  unrecordedConditions: string[];
}

/**
 * Does the open document already hold a plan (readable or not)? Inserting a second one would give every field twice.
 */
export async function documentHasPlan(reader: DocumentReader, locale: Locale): Promise<boolean> {
  return (await reader.readPlan(locale)).kind !== 'empty';
}

async function loadOrNull(store: PlanStore, id: string): Promise<StoredPlan | null> {
  try {
    return await store.load(id);
  } catch (e) {
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}

export async function compareWithStore(
  store: PlanStore, documentPlan: Plan, planId: string | null, today: Date, settings?: OrganisationSettings,
): Promise<DocumentComparison> {
  const stored = await loadOrNull(store, planId ?? documentPlan.id);
  // What applying would propose: the document's form over the stored plan's records (domain documentApply.ts).
  const proposed = proposedFromDocument(stored?.plan ?? null, documentPlan);
  const findings = checkPlan(proposed, today, settings);
  const differing = stored ? differingSections(stored.plan, proposed) : [];
  const unrecordedConditions = stored ? unrecordedNonNegotiables(stored.plan, proposed) : [];
  return { stored, differing, findings, unrecordedConditions };
}

/** The conditions and bottom lines (ids) a document changed or dropped without a recorded reason. */
function unrecordedNonNegotiables(before: Plan, after: Plan): string[] {
  return [...unrecordedConditionChanges(before, after), ...unrecordedBottomLineChanges(before, after)];
}

/**
 * The label of the version frozen before a document is applied. Stored with the plan's history, in Dutch like the
 * other frozen-version labels (FROZEN_LABELS in savePlan.ts).
 */
export const WORD_APPLY_LABEL = 'Voor toepassen vanuit Word';

export type DocumentApplied =
  /** The stored plan (or a new one) now holds the document. */
  | { kind: 'saved'; stored: StoredPlan }
  /**
   * The stored plan is in force and the document changed its content: the changes are in a new adjusted version
   * (a draft beside the plan in force, revision.ts), to be activated in the app through the quality check.
   */
  | { kind: 'revision'; stored: StoredPlan; revision: StoredPlan }
  /** An adjusted version of the plan is already being prepared: nothing was saved (the user applies it there). */
  | { kind: 'revisionExists'; stored: StoredPlan; revisionId: string };

/**
 * Applies the plan read from the document to the stored revision the user compared with (domain documentApply.ts):
 * the document gives the form's content; the status, closure, shares, meetings and consent records stay the stored
 * plan's; the editor's edit rules run on it; and the status gate decides where it goes.
 * - A draft (or a new plan) is saved. The stored plan is frozen first (WORD_APPLY_LABEL), so whatever the document
 *   replaced stays in the history and can be brought back; when the freeze fails nothing is saved.
 * - A plan in force keeps its content: the document's changes become an adjusted version beside it, unless one is
 *   already being prepared (then nothing is saved, and the user is told).
 * - A closed plan never changes.
 * A document cannot shorten the history of conditions and bottom lines: records it lost or rewrote come back as stored.
 * A document that removed or changed a recorded safety condition or bottom line without a reason is refused: that is done in the app,
 * with a reason (conditions.ts).
 * @throws ConflictError when the plan was saved elsewhere since; nothing is overwritten.
 * @throws DomainError PLAN.INVALID (details.conditions: the goal ids) for an unrecorded condition change; nothing is saved.
 * @throws PlanLockedError (PLAN.LOCKED) for a closed plan; nothing is saved.
 */
export async function applyDocumentPlan(
  store: PlanStore, documentPlan: Plan, comparedWith: StoredPlan | null, today: Date, revisionId: string = newId(),
): Promise<DocumentApplied> {
  const application = documentApplication(comparedWith?.plan ?? null, documentPlan, today, revisionId);
  if (application.kind === 'refused') throw new PlanLockedError(application.verdict.status, application.verdict.keys);
  const unrecorded = comparedWith ? unrecordedNonNegotiables(comparedWith.plan, application.plan) : [];
  if (unrecorded.length > 0) {
    throw new DomainError('PLAN.INVALID', 'A safety condition was changed in the document without a reason.', { conditions: unrecorded.join(',') });
  }
  const applied = comparedWith ? keepHistory(application.plan, comparedWith.plan) : application.plan;
  if (application.kind === 'revision' && comparedWith) {
    const existing = (await store.list()).find((summary) => summary.revisionOf === comparedWith.plan.id);
    if (existing) return { kind: 'revisionExists', stored: comparedWith, revisionId: existing.id };
    return { kind: 'revision', stored: comparedWith, revision: await store.save(applied, null) };
  }
  if (comparedWith) await store.freezeVersion(comparedWith.plan, WORD_APPLY_LABEL);
  return { kind: 'saved', stored: await store.save(applied, comparedWith?.revision ?? null) };
}
