import type { OrganisationSettings } from './organisation';
import type { Plan } from './plan';
import { toJsonPath } from './planFile';

/** The shared vocabulary of the quality check (rules.ts and its parts): ids, findings, and small helpers. */

export type Severity = 'error' | 'warning';

export const RULE_IDS = [
  'family-name', 'direct-person', 'concern-facts', 'danger-statement', 'strengths', 'goal-count', 'goal-count-preferred',
  'goal-source', 'goal-agreement', 'agreement-complete', 'validity-period', 'safety-person', 'child-signal', 'monitoring',
  'absent-informed', 'home-location', 'copy-consent', 'evaluation', 'network-conditions',
  'agreement-safety', 'broken-agreement', 'incident-complete', 'closure',
  // The referral, the crisis variant (seed 002) and the joint analysis (seeds 001, 003).
  'referral-conditions', 'crisis-referral', 'crisis-facilitator', 'crisis-sessions', 'crisis-hand-over', 'violence-forms',
  'safety-decision', 'case-direction',
  // A plan that holds (schema version 5, issue 20): the non-negotiables, the family and its network, fitting people for every
  // duty, evaluations with substance, the phase, the children, and the family's agreement.
  'condition-history', 'safety-condition', 'family-took-part', 'informal-network', 'network-meeting-held', 'presence-records',
  'self-check', 'duty-person', 'child-not-alone', 'large-relapse-informs', 'consent-age', 'birth-date', 'evaluation-substance',
  'score-context', 'closure-safe-enough', 'acute-agreement', 'phase', 'child-informed', 'child-voice', 'child-book-safe',
  'family-agreement',
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** JSON path of the field to fix, e.g. `$.agreements[1].who`. */
  path: string;
  message: string;
}

/** `today` is the calendar day where the user is (ISO date), from the clock the caller passed in. */
export type Rule = (plan: Plan, today: string, settings: OrganisationSettings) => Finding[];

export const blank = (s: string): boolean => s.trim().length === 0;
export const finding = (ruleId: RuleId, severity: Severity, path: ReadonlyArray<PropertyKey>, message: string): Finding =>
  ({ ruleId, severity, path: toJsonPath(path), message });
export const label = (name: string, fallback: string): string => (blank(name) ? fallback : name);
