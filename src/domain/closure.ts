import { isSubstantiveReason } from './history';
import type { Closure, ClosureOutcome, Plan } from './plan';
import { isoDay } from './reminders';
import { safeEnoughDoubts } from './rulesIntegrity';

/**
 * Closing a plan, honestly (seed 004, section 6: "Kan het plan nog worden bijgesteld? Moeten andere stappen genomen
 * worden?"). A plan is closed because it is safe enough, or because it did not work and the case goes elsewhere: back
 * to the authority, a report, or a request to the child-protection board to investigate. Each outcome needs a reason.
 * Closing does not move the phase: a plan that failed never reached stable safety.
 */

/** The words for each outcome; `{authority}` is the organisation's authority name. */
export const CLOSURE_OUTCOME_LABELS: Readonly<Record<ClosureOutcome, { nl: string; en: string }>> = {
  'safe-enough': { nl: 'Veilig genoeg: de betrokkenheid stopt', en: 'Safe enough: our involvement ends' },
  'back-to-authority': { nl: 'Het plan werkt niet: terug naar {authority}', en: 'The plan did not work: back to {authority}' },
  // A report (melding) under the Meldcode, not a consultation: the words say to whom it went.
  report: { nl: 'Het plan werkt niet: er is een melding gedaan bij {authority}', en: 'The plan did not work: a report was made to {authority}' },
  'protection-inquiry': {
    nl: 'Het plan werkt niet: verzoek tot onderzoek Raad voor de Kinderbescherming',
    en: 'The plan did not work: request for an inquiry by the Child Protection Board',
  },
};

/** How the plan ended, in words, for the documents and the screens. */
export function closureOutcomeText(outcome: ClosureOutcome, locale: 'nl' | 'en', authorityName: string): string {
  return CLOSURE_OUTCOME_LABELS[outcome][locale].replace('{authority}', authorityName);
}

export const CLOSURE_OUTCOMES: ReadonlyArray<ClosureOutcome> = ['safe-enough', 'back-to-authority', 'report', 'protection-inquiry'];

/** The outcomes that say the plan did not work. */
export function planFailed(outcome: ClosureOutcome): boolean {
  return outcome !== 'safe-enough';
}

export interface ClosureInput {
  outcome: ClosureOutcome;
  reason: string;
  /** Why it is safe enough despite what the plan says (schema version 5), and the professional who says so. */
  despiteReason?: string;
  despiteById?: string | null;
}

export type ClosureResult = { ok: true; plan: Plan } | { ok: false; reason: 'closure-reason' | 'closure-despite' | 'status' };

/** The closure record for `input` on the day `now`, or null when it has no reason. */
export function closureRecord(input: ClosureInput, now: Date): Closure | null {
  const reason = input.reason.trim();
  return reason.length === 0 ? null : {
    outcome: input.outcome, reason, date: isoDay(now), despiteReason: (input.despiteReason ?? '').trim(), despiteById: input.despiteById ?? null,
  };
}

/**
 * Seed 004 §6: closing as safe enough while an agreement is broken, a score is low or a large relapse is open
 * (`safeEnoughDoubts`) needs a professional's substantive reason. `plan` is the plan with the evaluation decided.
 * The quality check (`closure-safe-enough`) applies the same test to a plan that arrives closed (a file, a merge).
 */
export function closureNeedsDespite(plan: Plan, input: ClosureInput): boolean {
  if (input.outcome !== 'safe-enough' || safeEnoughDoubts(plan).length === 0) return false;
  const by = input.despiteById ?? null;
  return !(isSubstantiveReason(input.despiteReason ?? '') && by !== null && plan.professionals.some((p) => p.id === by));
}

/** Closes a plan with an outcome and its reason. A draft was never in force and is not closed (it is deleted or activated). */
export function closePlan(plan: Plan, input: ClosureInput, now: Date): ClosureResult {
  if (plan.status === 'draft' || plan.status === 'closed') return { ok: false, reason: 'status' };
  const closure = closureRecord(input, now);
  if (closure === null) return { ok: false, reason: 'closure-reason' };
  if (closureNeedsDespite(plan, input)) return { ok: false, reason: 'closure-despite' };
  return { ok: true, plan: { ...plan, status: 'closed', closure } };
}
