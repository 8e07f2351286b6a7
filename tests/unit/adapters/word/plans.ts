import { proposedFromDocument } from '../../../../src/domain';
import type { Agreement, Plan } from '../../../../src/domain';
import { completePlan } from '../../../fixtures';

/**
 * The complete example plan with `count` agreements, for the sync-count tests and `npm run bench`.
 * Agreements cycle over the plan's goals and people, so every row has a goal, people and text.
 */
export function planWithAgreements(count: number): Plan {
  const plan = completePlan();
  const people = plan.directPersons.map((p) => p.id);
  const agreements: Agreement[] = Array.from({ length: count }, (_, i) => ({
    id: `bench-a-${i + 1}`,
    goalId: plan.goals[i % plan.goals.length]?.id ?? null,
    who: [people[i % people.length] ?? 'd-sanne'],
    what: `Afspraak ${i + 1}: wie, wat en wanneer zo concreet mogelijk beschreven.`,
    when: 'Elke week op vrijdag',
    safety: i % 2 === 0 ? 'acute' : 'stable',
  }));
  return { ...plan, agreements };
}

/**
 * What a Word document carries of `plan`: the form and the ids (the hidden link holds ids only, issue 25). The status,
 * closure, shares, booked meetings, consent records and scale wording stay in the stored plan; applying a document puts
 * them back from there (domain documentApply.ts), so `proposedFromDocument(plan, documentPart(plan))` is `plan` again.
 */
export function documentPart(plan: Plan): Plan {
  return proposedFromDocument(null, plan);
}
