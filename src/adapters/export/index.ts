import type { PlanExports } from '../../app/ports';
import { childBookToDocxStandIn, overviewToDocxStandIn, sectionsToDocxStandIn } from './copyDocuments';
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
  // STAND-INS until the branch `docx` lands (see copyDocuments.ts): the integrator swaps in the real documents.
  overviewToDocx: (plan, personId, locale) => overviewToDocxStandIn(plan, personId, locale),
  childBookToDocx: (plan, childId, locale) => childBookToDocxStandIn(plan, childId, locale),
  sectionsToDocx: (plan, sections, locale) => sectionsToDocxStandIn(plan, sections, locale),
  toIcs: (plan, locale) => Promise.resolve(planToIcs(plan, locale)),
};
