import type { Plan } from './plan';
import { TEMPLATE } from './template';
import type { Section } from './template';

/** The template sections whose values differ between two plans (a quick overview; versionDiff gives the detail). */
export function differingSections(a: Plan, b: Plan): Section[] {
  const ra = a as unknown as Record<string, unknown>;
  const rb = b as unknown as Record<string, unknown>;
  return TEMPLATE.filter((s) => s.fields.some((f) => JSON.stringify(ra[f.id]) !== JSON.stringify(rb[f.id])));
}
