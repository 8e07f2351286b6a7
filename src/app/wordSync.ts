import { DomainError, NotFoundError, checkPlan, differingSections, keepHistory, unrecordedBottomLineChanges, unrecordedConditionChanges } from '../domain';
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
  const findings = checkPlan(documentPlan, today, settings);
  const differing = stored ? differingSections(stored.plan, documentPlan) : [];
  const unrecordedConditions = stored ? unrecordedNonNegotiables(stored.plan, documentPlan) : [];
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

/**
 * Saves the plan read from the document over the stored revision the user compared with. That stored plan is frozen
 * first (WORD_APPLY_LABEL), so whatever the document replaced stays in the history and can be brought back: a
 * document that lost text cannot silently take it from the plan. When the freeze fails nothing is saved.
 * If the save then meets a conflict, the frozen copy stays in the history; it is the revision the user compared with.
 * A document that removed or changed a recorded safety condition or bottom line without a reason is refused: that is done in the app,
 * with a reason (conditions.ts).
 * @throws ConflictError when the plan was saved elsewhere since; nothing is overwritten.
 * @throws DomainError PLAN.INVALID (details.conditions: the goal ids) for an unrecorded condition change; nothing is saved.
 */
export async function applyDocumentPlan(store: PlanStore, documentPlan: Plan, comparedWith: StoredPlan | null): Promise<StoredPlan> {
  const unrecorded = comparedWith ? unrecordedNonNegotiables(comparedWith.plan, documentPlan) : [];
  if (unrecorded.length > 0) {
    throw new DomainError('PLAN.INVALID', 'A safety condition was changed in the document without a reason.', { conditions: unrecorded.join(',') });
  }
  if (comparedWith) await store.freezeVersion(comparedWith.plan, WORD_APPLY_LABEL);
  // A document cannot shorten the history of conditions and bottom lines: records it lost or rewrote come back as stored.
  const plan = comparedWith ? keepHistory(documentPlan, comparedWith.plan) : documentPlan;
  return store.save(plan, comparedWith?.revision ?? null);
}
