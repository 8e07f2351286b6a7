import type { PlanExports } from '../../app/ports';
import { childBookToDocx } from './childBookDocx';
import { planToDocx } from './docx';
import { planToIcs } from './ics';
import { overviewToDocx } from './overviewDocx';
import { sectionsToDocx } from './sectionsDocx';

export { planToDocx, buildPlanDocument } from './docx';
export { DOCX_MIME } from './docxFrame';
export { planToIcs, ICS_MIME } from './ics';
export { overviewToDocx } from './overviewDocx';
export { overviewToHtml } from './overviewHtml';
export { childBookToDocx } from './childBookDocx';
export { sectionsToDocx } from './sectionsDocx';

/**
 * The file exports, for local and tenant mode alike. The UI loads this module with import() on the first
 * export, so it must stay free of side effects at load time.
 */
export const planExports: PlanExports = {
  toDocx: planToDocx,
  overviewToDocx,
  childBookToDocx,
  sectionsToDocx,
  toIcs: (plan, locale) => Promise.resolve(planToIcs(plan, locale)),
};
