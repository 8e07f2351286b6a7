/**
 * The caseload (issue 21): one list of every plan of every case a professional is on. The rules of search, the
 * filters, the sort, "what is due next" and the team overview live here, pure, so the UI only renders them.
 */

/** The roles a person can hold in a plan, besides being one of its professionals (section 1). */
export const HELD_ROLES = ['facilitator', 'caseDirector', 'safetyDirector', 'evaluationInitiator', 'copiesSender'] as const;
export type HeldRole = (typeof HELD_ROLES)[number];
/** `professional`: named in section 1's professional network. */
export type PlanRole = 'professional' | HeldRole;

/** Who holds which role in the plan, by person id (the plan's `facilitatorId`, `caseDirectorId`, ...); null when nobody. */
export type PlanRoleHolders = Record<HeldRole, string | null>;
