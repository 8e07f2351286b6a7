import type { PlanExports } from '../../src/app/ports';
import { fakeExports } from './exports';

/** Exports that answer at once with placeholder files: for tests about the flow around an export, not its content. */
export function fakePlanExports(overrides: Partial<PlanExports> = {}): PlanExports {
  const { made: _made, ...exports } = fakeExports();
  return { ...exports, ...overrides };
}
