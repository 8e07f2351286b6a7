import type { CaseloadProfessional, CaseloadRow, TeamPlanFacts } from '../../app/ports';
import { childFirstNamesOf, roleHoldersOf } from '../../domain/caseload';
import type { RoleHolderFields } from '../../domain/caseload';
import type { PlanVariant } from '../../domain';
import { summaryOfStoredPlan } from './summary';

/**
 * The caseload's row of a stored plan, read structurally like the plan list's summary (summary.ts): without zod, so
 * listing 5,000 plans stays a loop over records. Local mode keeps no summaries of its own: every row is read from the
 * plan record itself, so plans stored by earlier versions need no migration. Fields that older schema versions lack
 * (the crisis variant and the role holders came with version 4) read as their defaults, as the migration would set them.
 */

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function idOrNull(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function records(value: unknown): Json[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

function professionalsOf(plan: Json): CaseloadProfessional[] {
  return records(plan.professionals).map((p) => ({ id: text(p.id), name: text(p.name), email: text(p.email) }));
}

function childrenOf(plan: Json): Array<{ name: string; isChild: boolean }> {
  return records(plan.directPersons).map((p) => ({ name: text(p.name), isChild: p.isChild === true }));
}

function roleHolderFields(plan: Json): RoleHolderFields {
  return {
    facilitatorId: idOrNull(plan.facilitatorId),
    caseDirectorId: idOrNull(plan.caseDirectorId),
    safetyDirectorId: idOrNull(plan.safetyDirectorId),
    evaluationInitiatorId: idOrNull(plan.evaluationInitiatorId),
    copiesSentById: idOrNull(plan.copiesSentById),
  };
}

/** The local route of a plan: its id only, never a name. */
export function localPlanHref(id: string): string {
  return `#/plan/${encodeURIComponent(id)}`;
}

/** The row, or null when the plan list would skip the record too (the same structural check decides). */
export function caseloadRowOfStoredPlan(id: string, value: unknown, stored: { revision: string; savedAt: string }): CaseloadRow | null {
  const summary = summaryOfStoredPlan(id, value, stored);
  if (summary === null || !isRecord(value)) return null;
  const revisionOf = summary.revisionOf ?? null;
  const variant: PlanVariant = value.variant === 'crisis' ? 'crisis' : 'standard';
  return {
    ...summary,
    revisionOf,
    // On the device a case is the plan in force with its adjusted versions: they share the id of the plan in force.
    caseId: revisionOf ?? id,
    caseLabel: '',
    childFirstNames: childFirstNamesOf(childrenOf(value)),
    variant,
    professionals: professionalsOf(value),
    roleHolders: roleHoldersOf(roleHolderFields(value)),
    href: localPlanHref(id),
  };
}

/** What the team overview counts of a row: no names. */
export function teamFactsOf(row: CaseloadRow): TeamPlanFacts {
  return {
    caseId: row.caseId, planId: row.id, status: row.status, validUntil: row.validUntil, evaluationDate: row.evaluationDate,
    hasEvaluationDecision: row.hasEvaluationDecision,
  };
}
