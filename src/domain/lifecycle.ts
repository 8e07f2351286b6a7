import type { OrganisationSettings } from './organisation';
import type { Plan, PlanStatus } from './plan';
import { checkPlan, hasErrors } from './rules';
import type { Finding } from './rules';

/** The moves a plan's status may make. Evaluated plans go back to active when extended or adjusted. */
const TRANSITIONS: Record<PlanStatus, ReadonlyArray<PlanStatus>> = {
  draft: ['active'],
  active: ['evaluated', 'closed'],
  evaluated: ['active', 'closed'],
  closed: [],
};

export function canTransition(from: PlanStatus, to: PlanStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export type ActivationResult = { ok: true; plan: Plan } | { ok: false; findings: Finding[]; reason: 'errors' | 'status' };

/**
 * Draft (or evaluated) -> active, refused while any error finding remains at `today`. Among them: a validity period
 * that has already ended (validity-period), so an expired plan cannot be put in force.
 */
export function activatePlan(plan: Plan, today: Date, settings?: OrganisationSettings): ActivationResult {
  if (!canTransition(plan.status, 'active')) return { ok: false, findings: [], reason: 'status' };
  const findings = checkPlan(plan, today, settings);
  if (hasErrors(findings)) return { ok: false, findings: findings.filter((f) => f.severity === 'error'), reason: 'errors' };
  return { ok: true, plan: { ...plan, status: 'active' } };
}
