import { planSchema } from './plan';
import type { Plan } from './plan';
import { migrate } from './migrations';
import { parsePlan, toJsonPath } from './planFile';
import type { ParseError } from './planFile';

/** A draft read back from the device: the plan as the user left it, and what keeps it from being saved. */
export interface DraftPlan {
  plan: Plan;
  /** Empty when the plan can be saved as it is. */
  problems: ParseError[];
}

/** Problems that leave the plan's shape intact: too long, too many, or a dangling reference. The editor can show those. */
const SHAPE_KEEPING = new Set(['too_big']);

/**
 * Reads unsaved edits. Unlike a plan file, a draft that breaks only a limit (a 3,000-character paste, an imported
 * plan over a list maximum) is returned as it is, with its problems: throwing it away would lose the user's work.
 * Returns null only when the value is not plan-shaped at all, so the editor cannot render it.
 */
export function readDraftPlan(value: unknown): DraftPlan | null {
  const strict = parsePlan(value);
  if (strict.ok) return { plan: strict.plan, problems: [] };
  const migrated = migrate(value);
  if (!migrated.ok) return null;
  const loose = planSchema.safeParse(migrated.value);
  if (loose.success) return { plan: loose.data, problems: strict.errors };
  if (!loose.error.issues.every((issue) => SHAPE_KEEPING.has(issue.code))) return null;
  const problems = strict.errors.length > 0 ? strict.errors : loose.error.issues.map((i) => ({ path: toJsonPath(i.path), message: i.message }));
  // Only limits failed, so every field has its declared type: the structure the editor relies on holds.
  return { plan: migrated.value as Plan, problems };
}
