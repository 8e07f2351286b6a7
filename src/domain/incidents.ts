import { newId } from './factory';
import type { AgreementReview, Evaluation, Incident, Plan, Relapse } from './plan';

/**
 * Broken agreements and the incident log (seed 004, section 6; seed 002: the bottom lines say "op welk punt het
 * noodzakelijk is om actie te ondernemen, mochten de afspraken uit het veiligheidsplan niet worden nageleefd").
 * An agreement reviewed as not kept opens the signal plan: small or large relapse, who acted, who was informed, and what
 * was done. Incidents logged while the plan is in force are shown at the next evaluation.
 */

/** What was done about an agreement that was not kept. */
export interface SignalRecord {
  relapse: Relapse | null;
  actedByIds: string[];
  informedIds: string[];
  actionTaken: string;
}

export const EMPTY_SIGNAL: SignalRecord = { relapse: null, actedByIds: [], informedIds: [], actionTaken: '' };

/** Whether the review says the agreement was not kept, which opens the signal plan. */
export function isBroken(review: Pick<AgreementReview, 'outcome'>): boolean {
  return review.outcome === 'no';
}

/** The signal-plan part of a review, with the defaults of reviews written before schema version 4. */
export function signalOf(review: AgreementReview | undefined): SignalRecord {
  return {
    relapse: review?.relapse ?? null,
    actedByIds: review?.actedByIds ?? [],
    informedIds: review?.informedIds ?? [],
    actionTaken: review?.actionTaken ?? '',
  };
}

/** Records what was done about a broken agreement. The review is created when the agreement had none yet. */
export function recordSignal(evaluation: Evaluation, agreementId: string, signal: SignalRecord): Evaluation {
  const existing = evaluation.agreementReviews.find((r) => r.agreementId === agreementId);
  const review: AgreementReview = { agreementId, outcome: existing?.outcome ?? 'no', notes: existing?.notes ?? '', ...signal };
  return {
    ...evaluation,
    agreementReviews: existing
      ? evaluation.agreementReviews.map((r) => (r.agreementId === agreementId ? review : r))
      : [...evaluation.agreementReviews, review],
  };
}

/** What is missing from the signal record of a broken agreement; empty when it is complete. */
export function missingSignal(signal: SignalRecord): Array<'relapse' | 'actedByIds' | 'informedIds' | 'actionTaken'> {
  const missing: Array<'relapse' | 'actedByIds' | 'informedIds' | 'actionTaken'> = [];
  if (signal.relapse === null) missing.push('relapse');
  if (signal.actedByIds.length === 0) missing.push('actedByIds');
  if (signal.informedIds.length === 0) missing.push('informedIds');
  if (signal.actionTaken.trim().length === 0) missing.push('actionTaken');
  return missing;
}

/** What the signal plan of section 6 says for the relapse: the text the plan agreed for a small or a large one. */
export function signalPlanText(plan: Plan, relapse: Relapse): string {
  return relapse === 'small' ? plan.smallRelapse : plan.largeRelapse;
}

export function emptyIncident(date: string | null, id: string = newId()): Incident {
  return { id, date, what: '', actedByIds: [], informedIds: [], relapse: null };
}

/**
 * The incidents to go through at `evaluation`: those logged since the last decided evaluation before it (all of them
 * when there was none), up to the evaluation's day. Undated incidents are always shown: nobody knows when they were.
 */
export function incidentsForEvaluation(plan: Plan, evaluation: Evaluation): Incident[] {
  const day = evaluation.date;
  const previous = plan.evaluations
    .filter((e) => e.id !== evaluation.id && e.decision !== null && e.date !== null && (day === null || e.date < day))
    .map((e) => e.date as string)
    .sort()
    .at(-1);
  return plan.incidents
    .filter((i) => i.date === null || ((previous === undefined || i.date > previous) && (day === null || i.date <= day)))
    .sort((a, b) => (a.date ?? '9999-12-31').localeCompare(b.date ?? '9999-12-31'));
}
