import type { Plan } from './plan';

/**
 * Reflection for the professional (seed 003): six questions about their own part in the work on safety with this
 * family. The answers are the professional's alone: they live on the device, per plan and account, and never in the
 * plan, so no copy, .docx or Word document can carry them. The question texts are in src/i18n/areas/crisis.ts.
 */
export const REFLECTION_QUESTIONS = ['clarity', 'child', 'safetySeen', 'network', 'cooperation', 'support'] as const;
export type ReflectionQuestion = (typeof REFLECTION_QUESTIONS)[number];
export type ReflectionAnswers = Partial<Record<ReflectionQuestion, string>>;

/** The moment the questions are asked: when the plan became active (per plan version), or after an evaluation. */
export type ReflectionOccasion = { kind: 'activation'; key: string; version: number } | { kind: 'evaluation'; key: string; evaluationId: string };

/**
 * The occasion a plan is at now: the latest evaluation held, else the activation of the current version; null for a
 * draft that was never evaluated. The key is stable, so the question is asked once per occasion.
 */
export function reflectionOccasion(plan: Pick<Plan, 'status' | 'version' | 'evaluations'>): ReflectionOccasion | null {
  const held = plan.evaluations.filter((e) => e.date !== null);
  const latest = held.reduce<(typeof held)[number] | null>((last, e) => (last === null || (e.date ?? '') >= (last.date ?? '') ? e : last), null);
  if (latest !== null) return { kind: 'evaluation', key: `evaluation-${latest.id}`, evaluationId: latest.id };
  if (plan.status === 'active') return { kind: 'activation', key: `activation-v${plan.version}`, version: plan.version };
  return null;
}

/** Answers without blank ones: an untouched question is not stored as an empty answer. */
export function writtenAnswers(answers: ReflectionAnswers): ReflectionAnswers {
  return Object.fromEntries(Object.entries(answers).filter(([, v]) => typeof v === 'string' && v.trim().length > 0)) as ReflectionAnswers;
}
