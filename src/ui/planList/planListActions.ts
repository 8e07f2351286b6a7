/**
 * The domain functions behind the plan list's buttons (new, duplicate, import). They pull in the plan schema and
 * zod, so PlanList fetches this module on the first click instead of with the first screen.
 */
export { createEmptyPlan, duplicateAsNewVersion, newId, parsePlanText } from '../../domain';
export { prepareImport } from '../../domain/import';
