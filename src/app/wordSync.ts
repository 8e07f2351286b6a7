import { NotFoundError, checkPlan, differingSections } from '../domain';
import type { Finding, Locale, Plan, Section } from '../domain';
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
}

/** Does the open document already hold a plan? Inserting a second one would give every field twice. */
export async function documentHasPlan(reader: DocumentReader, locale: Locale): Promise<boolean> {
  return (await reader.readPlan(locale)).kind === 'plan';
}

async function loadOrNull(store: PlanStore, id: string): Promise<StoredPlan | null> {
  try {
    return await store.load(id);
  } catch (e) {
    if (e instanceof NotFoundError) return null;
    throw e;
  }
}

export async function compareWithStore(store: PlanStore, documentPlan: Plan, planId: string | null, today: Date): Promise<DocumentComparison> {
  const stored = await loadOrNull(store, planId ?? documentPlan.id);
  const findings = checkPlan(documentPlan, today);
  const differing = stored ? differingSections(stored.plan, documentPlan) : [];
  return { stored, differing, findings };
}

/**
 * Saves the plan read from the document over the stored revision the user compared with.
 * @throws ConflictError when the plan was saved elsewhere since; nothing is overwritten.
 */
export function applyDocumentPlan(store: PlanStore, documentPlan: Plan, comparedWith: StoredPlan | null): Promise<StoredPlan> {
  return store.save(documentPlan, comparedWith?.revision ?? null);
}
