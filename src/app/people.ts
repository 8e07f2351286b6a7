import { newId } from '../domain';
import type { Plan, Professional } from '../domain';
import type { PersonSuggestion } from './ports';

export type AddColleagueResult = { added: true; plan: Plan } | { added: false; reason: 'alreadyInPlan' };

/**
 * Adds a colleague found in the directory as a professional of section 1. The e-mail address identifies a
 * colleague: the same person twice would get two invitations and two lines in the plan.
 */
export function addColleague(plan: Plan, colleague: PersonSuggestion, id: string = newId()): AddColleagueResult {
  const email = colleague.email.trim().toLowerCase();
  if (email && plan.professionals.some((p) => p.email.trim().toLowerCase() === email)) return { added: false, reason: 'alreadyInPlan' };
  const professional: Professional = {
    id, name: colleague.name, email: colleague.email, role: colleague.jobTitle, phone: '', organisation: '', workingDays: '', present: false,
  };
  return { added: true, plan: { ...plan, professionals: [...plan.professionals, professional] } };
}
