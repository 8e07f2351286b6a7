import type { PlanSummary } from '../../app/ports';
import type { PlanStatus } from '../../domain';

/**
 * The plan list's fields, read from a stored plan without the zod schema: the list is the first screen, and
 * parsing every plan in full would put the whole schema (and zod) in the first download. This check is
 * structural and covers only the fields the list shows; a record that fails it is skipped like before, and a
 * record that passes it but is damaged elsewhere is still caught by the full parse when it is opened.
 */

type Json = Record<string, unknown>;

const STATUSES: readonly PlanStatus[] = ['draft', 'active', 'evaluated', 'closed'];
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/**
 * The schema versions this build can read (src/domain/migrations.ts migrates 1 to 4). Written out rather than taken
 * from CURRENT_SCHEMA_VERSION, which lives next to zod; tests/unit/domain/planFile.test.ts keeps the two in step.
 */
const READABLE_SCHEMA_VERSIONS = new Set([1, 2, 3, 4, 5]);

function isRecord(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isOptionalDate(value: unknown): value is string | null {
  return value === null || (typeof value === 'string' && ISO_DATE.test(value));
}

function isStatus(value: unknown): value is PlanStatus {
  return STATUSES.includes(value as PlanStatus);
}

/** Version 1 called the family `family`; later versions call it `familyName`. */
function familyNameOf(plan: Json): unknown {
  return plan.schemaVersion === 1 ? plan.family : plan.familyName;
}

function hasDecision(evaluations: unknown[]): boolean {
  return evaluations.some((e) => isRecord(e) && e.decision !== null && e.decision !== undefined);
}

/** The summary of a stored plan value, or null when the fields the list shows are missing or malformed. */
export function summaryOfStoredPlan(id: string, value: unknown, stored: { revision: string; savedAt: string }): PlanSummary | null {
  if (!isRecord(value) || !READABLE_SCHEMA_VERSIONS.has(value.schemaVersion as number)) return null;
  const familyName = familyNameOf(value);
  const { status, version, validFrom, validUntil, evaluationDate, evaluations } = value;
  if (typeof familyName !== 'string' || !isStatus(status) || !Number.isInteger(version) || (version as number) < 1) return null;
  if (!isOptionalDate(validFrom) || !isOptionalDate(validUntil) || !isOptionalDate(evaluationDate) || !Array.isArray(evaluations)) return null;
  return {
    id,
    familyName,
    status,
    version: version as number,
    validFrom,
    validUntil,
    evaluationDate,
    hasEvaluationDecision: hasDecision(evaluations),
    revisionOf: typeof value.revisionOf === 'string' ? value.revisionOf : null,
    revision: stored.revision,
    savedAt: stored.savedAt,
  };
}
