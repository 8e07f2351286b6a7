import { DEFAULT_ORGANISATION } from './organisation';
import type { OrganisationSettings } from './organisation';
import type { Plan } from './plan';

/**
 * "Mijn afspraken": one person's part of the plan (seed 004 section 8: everyone gets what their role needs). The
 * model holds only what that person does, watches and whom they call, in the plan's own words; the wording around
 * it (plain Dutch, B1) is the documents' business.
 */

/** direct: a directly involved adult (a parent, or another family member the plan is about); child: a child of the family. */
export type OverviewRole = 'direct' | 'child' | 'network' | 'professional';

export interface OverviewContact {
  name: string;
  /** A phone number or other contact detail as the plan has it; empty when the plan has none. */
  contact: string;
}

export interface OverviewTask {
  what: string;
  when: string;
  /** The others who share this agreement, so the person knows whom to do it with. */
  together: string[];
}

export interface OverviewWatch {
  what: string;
  together: string[];
}

export interface OverviewCalls {
  smallRelapse: string;
  largeRelapse: string;
  /** The safety director, unless that is the person themself (then `iAmSafetyDirector`). */
  safetyDirector: OverviewContact | null;
  iAmSafetyDirector: boolean;
  authorityName: string;
  authorityWhen: string;
}

export interface OverviewSignal {
  /** The children whose signal it is (all children of the plan: the plan keeps one signal for them). */
  children: string[];
  signal: string;
  response: string;
}

export interface OverviewEvaluation {
  /** ISO date, or null while no date is set. */
  date: string | null;
  place: string;
  initiator: OverviewContact | null;
  iTakeTheInitiative: boolean;
  iAmInvited: boolean;
}

export interface PersonalOverview {
  personId: string;
  name: string;
  role: OverviewRole;
  familyName: string;
  planVersion: number;
  validUntil: string | null;
  tasks: OverviewTask[];
  watches: OverviewWatch[];
  /** The children for whom this person is a safety person. */
  safetyPersonFor: string[];
  calls: OverviewCalls;
  /** Present only when this person responds to the child's signal. */
  childSignal: OverviewSignal | null;
  evaluation: OverviewEvaluation | null;
  planLocation: string;
}

interface Person {
  id: string;
  name: string;
  contact: string;
  role: OverviewRole;
}

function people(plan: Plan): Person[] {
  return [
    ...plan.directPersons.map((p): Person => ({ id: p.id, name: p.name, contact: p.contact, role: p.isChild ? 'child' : 'direct' })),
    ...plan.socialNetwork.map((p): Person => ({ id: p.id, name: p.name, contact: p.phone, role: 'network' })),
    ...plan.professionals.map((p): Person => ({ id: p.id, name: p.name, contact: p.phone || p.email, role: 'professional' })),
  ];
}

const trimmed = (text: string): string => text.trim();

/**
 * Whether the person is among those who answer the child's signal. The plan keeps the response as free text, not as
 * people: the safety persons, the directly involved adults and anyone named in the response answer it (a child reads its own signal).
 */
function respondsToSignal(plan: Plan, person: Person): boolean {
  if (person.role === 'direct' || person.role === 'child') return true;
  if (plan.safetyPersons.some((sp) => sp.personId === person.id && sp.childIds.length > 0)) return true;
  const firstName = person.name.trim().split(/\s+/)[0] ?? '';
  if (firstName.length < 2) return false;
  const escaped = firstName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(^|[^\\p{L}])${escaped}($|[^\\p{L}])`, 'iu').test(plan.childSignalResponse);
}

/** The overview of one person of the plan, or null when the plan has no person with this id. */
export function personalOverview(plan: Plan, personId: string, settings: OrganisationSettings = DEFAULT_ORGANISATION): PersonalOverview | null {
  const everyone = people(plan);
  const byId = new Map(everyone.map((p) => [p.id, p]));
  const me = byId.get(personId);
  if (!me) return null;
  const namesOf = (ids: ReadonlyArray<string>): string[] =>
    ids.filter((id) => id !== personId).map((id) => byId.get(id)?.name.trim() ?? '').filter((name) => name !== '');
  const contactOf = (id: string | null): OverviewContact | null => {
    const person = id ? byId.get(id) : undefined;
    return person && person.name.trim() !== '' ? { name: person.name.trim(), contact: person.contact.trim() } : null;
  };

  const tasks = plan.agreements
    .filter((a) => a.who.includes(personId) && a.what.trim() !== '')
    .map((a): OverviewTask => ({ what: trimmed(a.what), when: trimmed(a.when), together: namesOf(a.who) }));
  const watches = plan.monitoring
    .filter((item) => item.who.includes(personId) && item.watches.trim() !== '')
    .map((item): OverviewWatch => ({ what: trimmed(item.watches), together: namesOf(item.who) }));
  const safetyPersonFor = [...new Set(plan.safetyPersons.filter((sp) => sp.personId === personId).flatMap((sp) => namesOf(sp.childIds)))];
  const childNames = plan.directPersons.filter((p) => p.isChild && p.name.trim() !== '').map((p) => p.name.trim());
  const hasSignal = plan.childSignal.trim() !== '' || plan.childSignalResponse.trim() !== '';
  const childSignal = hasSignal && respondsToSignal(plan, me)
    ? { children: childNames, signal: trimmed(plan.childSignal), response: trimmed(plan.childSignalResponse) }
    : null;
  const hasEvaluation = plan.evaluationDate !== null || plan.evaluationPlace.trim() !== '';

  return {
    personId,
    name: me.name.trim(),
    role: me.role,
    familyName: plan.familyName.trim(),
    planVersion: plan.version,
    validUntil: plan.validUntil,
    tasks,
    watches,
    safetyPersonFor,
    calls: {
      smallRelapse: trimmed(plan.smallRelapse),
      largeRelapse: trimmed(plan.largeRelapse),
      safetyDirector: plan.safetyDirectorId === personId ? null : contactOf(plan.safetyDirectorId),
      iAmSafetyDirector: plan.safetyDirectorId === personId,
      authorityName: settings.authorityName,
      authorityWhen: trimmed(plan.informAuthorityWhen),
    },
    childSignal,
    evaluation: hasEvaluation
      ? {
        date: plan.evaluationDate,
        place: trimmed(plan.evaluationPlace),
        initiator: plan.evaluationInitiatorId === personId ? null : contactOf(plan.evaluationInitiatorId),
        iTakeTheInitiative: plan.evaluationInitiatorId === personId,
        iAmInvited: plan.evaluationAttendeeIds.includes(personId),
      }
      : null,
    planLocation: trimmed(plan.homeLocation),
  };
}

/** The people an overview can be made for: everyone in section 1 with a name. */
export function overviewCandidates(plan: Plan): Array<{ id: string; name: string; role: OverviewRole }> {
  return people(plan).filter((p) => p.name.trim() !== '').map(({ id, name, role }) => ({ id, name: name.trim(), role }));
}
