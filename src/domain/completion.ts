import type { Plan } from './plan';
import type { Finding } from './rules';
import { TEMPLATE } from './template';
import type { Field, Section } from './template';

export type CompletionState = 'empty' | 'incomplete' | 'complete';

export interface SectionCompletion {
  sectionId: string;
  state: CompletionState;
  errors: number;
  warnings: number;
}

/** The top-level plan key a finding path points to: `$.agreements[2].who` -> `agreements`. */
export function topKeyOfPath(path: string): string {
  const match = /^\$\.([A-Za-z_$][A-Za-z0-9_$]*)/.exec(path);
  return match?.[1] ?? '';
}

export function sectionIdOfPath(path: string): string | undefined {
  const key = topKeyOfPath(path);
  return TEMPLATE.find((s) => s.fields.some((f) => f.id === key))?.id;
}

function isFilled(field: Field, value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === 'string') return value.trim().length > 0;
  if (field.kind === 'boolean') return value === true;
  return value !== null && value !== undefined;
}

function sectionFilled(section: Section, plan: Plan): boolean {
  const record = plan as unknown as Record<string, unknown>;
  return section.fields.some((f) => isFilled(f, record[f.id]));
}

/** Per section: empty (nothing entered), incomplete (findings remain) or complete. */
export function sectionCompletion(plan: Plan, findings: ReadonlyArray<Finding>): SectionCompletion[] {
  return TEMPLATE.map((section) => {
    const own = findings.filter((f) => sectionIdOfPath(f.path) === section.id);
    const errors = own.filter((f) => f.severity === 'error').length;
    const warnings = own.length - errors;
    const filled = sectionFilled(section, plan);
    const state: CompletionState = !filled ? 'empty' : errors > 0 ? 'incomplete' : 'complete';
    return { sectionId: section.id, state, errors, warnings };
  });
}
