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
