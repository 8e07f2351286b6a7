import type { PlanExports } from '../../app/ports';
import { planToDocx } from './docx';
import { planToIcs } from './ics';

export { planToDocx, buildPlanDocument, DOCX_MIME } from './docx';
export { planToIcs, ICS_MIME } from './ics';

/**
 * The file exports, for local and tenant mode alike. The UI loads this module with import() on the first
 * export, so it must stay free of side effects at load time.
 */
export const planExports: PlanExports = {
  toDocx: planToDocx,
  toIcs: (plan, locale) => Promise.resolve(planToIcs(plan, locale)),
};
