import type { Clock } from './ports';

/**
 * A reflection is the professional's own look back at one moment in a plan. It is readable by anyone with this
 * browser profile, so it does not stay longer than a working year's evaluations need: older answers are deleted
 * when the reflections are next opened.
 */
export const REFLECTION_MAX_AGE_DAYS = 180;

export function reflectionCutoff(clock: Clock): string {
  return new Date(clock.now().getTime() - REFLECTION_MAX_AGE_DAYS * 24 * 60 * 60 * 1000).toISOString();
}
