import type { PlanExports } from '../../src/app/ports';

/** Exports that answer at once with placeholder files: for tests about the flow around an export, not its content. */
export function fakePlanExports(overrides: Partial<PlanExports> = {}): PlanExports {
  return {
    toDocx: async () => new Blob(['docx']),
    overviewToDocx: async () => new Blob(['overview']),
    childBookToDocx: async () => new Blob(['book']),
    sectionsToDocx: async () => new Blob(['sections']),
    toIcs: async () => '',
    ...overrides,
  };
}
