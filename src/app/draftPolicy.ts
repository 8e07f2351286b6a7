import type { Clock } from './ports';

/** Unsaved drafts older than this are offered for removal: on a shared device they should not linger. */
export const DRAFT_MAX_AGE_DAYS = 30;

export function staleDraftCutoff(clock: Clock): string {
  return new Date(clock.now().getTime() - DRAFT_MAX_AGE_DAYS * 24 * 60 * 60 * 1000).toISOString();
}
