import { allPeople, children } from './plan';
import type { Plan, PersonRef } from './plan';
import type { PeopleFilter } from './template';

/**
 * Who may hold which role in the plan (seed 004 section 1 and footnote 2). One home for the rule that the quality check
 * (network-conditions, safety-person) and the editor's person pickers both apply.
 */

/** An informal-network member carries part of the plan only when they take part and the family consented (seed 004 §1). */
export function mayCarryPlan(plan: Plan, personId: string): boolean {
  const member = plan.socialNetwork.find((p) => p.id === personId);
  return member === undefined || (member.participates && member.consentOfDirect);
}

/**
 * Whether the person may be a child's safety person: someone from the child's social or professional network, besides
 * the parents (so no directly involved person, parent or child), and from the informal network only when they take
 * part with the family's consent.
 */
export function mayBeSafetyPerson(plan: Plan, personId: string): boolean {
  if (plan.professionals.some((p) => p.id === personId)) return true;
  return plan.socialNetwork.some((p) => p.id === personId) && mayCarryPlan(plan, personId);
}

/**
 * The people a picker offers for `filter`. Whoever is already chosen (`keep`) stays offered, so a choice that no longer
 * fits stays visible until it is changed; the quality check names it.
 */
/** `offered` plus whoever of `everyone` is already chosen (`keep`), in the plan's order. */
export function withChosen(offered: ReadonlyArray<PersonRef>, everyone: ReadonlyArray<PersonRef>, keep: ReadonlyArray<string>): PersonRef[] {
  if (keep.every((id) => offered.some((p) => p.id === id))) return [...offered];
  return everyone.filter((p) => keep.includes(p.id) || offered.some((o) => o.id === p.id));
}

export function peopleFor(plan: Plan, filter: PeopleFilter, keep: ReadonlyArray<string> = []): PersonRef[] {
  const everyone = allPeople(plan);
  const fits = (id: string): boolean => {
    switch (filter) {
      case 'all': return true;
      case 'children': return children(plan).some((p) => p.id === id);
      case 'absentDirect': return plan.directPersons.some((p) => p.id === id && !p.present);
      case 'direct': return plan.directPersons.some((p) => p.id === id);
      case 'professionals': return plan.professionals.some((p) => p.id === id);
      case 'safetyPerson': return mayBeSafetyPerson(plan, id);
      case 'carriesPlan': return mayCarryPlan(plan, id);
    }
  };
  return everyone.filter((p) => fits(p.id) || keep.includes(p.id));
}

/** What each kind of picker offers, worked out once for a plan (the editor recomputes it only when section 1 changes). */
export function peopleByFilter(plan: Plan): Record<PeopleFilter, ReadonlyArray<PersonRef>> {
  return {
    all: peopleFor(plan, 'all'), direct: peopleFor(plan, 'direct'), children: peopleFor(plan, 'children'),
    absentDirect: peopleFor(plan, 'absentDirect'), professionals: peopleFor(plan, 'professionals'),
    safetyPerson: peopleFor(plan, 'safetyPerson'), carriesPlan: peopleFor(plan, 'carriesPlan'),
  };
}
