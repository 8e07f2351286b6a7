import type { Plan } from './plan';

/**
 * Does the plan's section 1 (its professionals) match who can open the case? In tenant mode the platform tells
 * how many people can (the case channel's owners, members and guests), not who: naming them needs an admin's
 * consent (docs/tenant.md). From the count, the signed-in professional (who can open it: they are looking at it) and
 * the plan, this says what must be true, as lower bounds:
 * - `viewerNotInPlan`: the signed-in professional can open the case but is not among the plan's professionals;
 * - `accessNotInPlan`: at least `atLeast` other people can open the case than the plan names;
 * - `plannedWithoutAccess`: at least `atLeast` professionals of the plan cannot open it.
 */
export type CaseAccessFinding =
  | { kind: 'viewerNotInPlan' }
  | { kind: 'accessNotInPlan'; atLeast: number; withAccess: number }
  | { kind: 'plannedWithoutAccess'; atLeast: number; withAccess: number };

export interface CaseAccessInput {
  /** How many people can open the case. */
  withAccess: number;
  /** The signed-in professional's addresses (lower case). */
  viewer: readonly string[];
  /**
   * The organisation's mail domains (lower case). Professionals with an address elsewhere cannot be members of the
   * case channel (members come from the team) and are left out of the comparison; [] when unknown.
   */
  organisationDomains: readonly string[];
}

function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/** The professionals who could be on the case channel: everyone with no address or one of the organisation's. */
export function plannedColleagues(plan: Pick<Plan, 'professionals'>, organisationDomains: readonly string[]): Plan['professionals'] {
  const domains = new Set(organisationDomains.map((d) => d.toLowerCase()));
  return plan.professionals.filter((p) => {
    const email = p.email.trim();
    return email === '' || domains.size === 0 || domains.has(domainOf(email));
  });
}

export function compareCaseAccess(plan: Pick<Plan, 'professionals'>, input: CaseAccessInput): CaseAccessFinding[] {
  const planned = plannedColleagues(plan, input.organisationDomains);
  const viewer = new Set(input.viewer.map((a) => a.toLowerCase()));
  const viewerPlanned = planned.some((p) => viewer.has(p.email.trim().toLowerCase()));
  // The viewer is one of those with access; when not planned, they account for one access outside the plan.
  const viewerOutside = viewerPlanned ? 0 : 1;
  const findings: CaseAccessFinding[] = [];
  if (!viewerPlanned) findings.push({ kind: 'viewerNotInPlan' });
  const others = input.withAccess - planned.length - viewerOutside;
  if (others > 0) findings.push({ kind: 'accessNotInPlan', atLeast: others, withAccess: input.withAccess });
  const missing = planned.length - input.withAccess + viewerOutside;
  if (missing > 0) findings.push({ kind: 'plannedWithoutAccess', atLeast: missing, withAccess: input.withAccess });
  return findings;
}
