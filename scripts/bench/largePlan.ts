import { createEmptyPlan } from '../../src/domain';
import type { Plan } from '../../src/domain';

/**
 * A fictional plan of a given size for the keystroke bench: `agreements` agreements spread over five goals, each
 * carried out by two people, and `network` members in the informal network. All names are made up.
 */
export function largePlan(agreements: number, network: number): Plan {
  const goals = Array.from({ length: 5 }, (_, i) => ({ id: `goal-${i}`, text: `Doel ${i + 1}: de kinderen zijn veilig thuis`, kind: 'family' as const, source: '' }));
  const socialNetwork = Array.from({ length: network }, (_, i) => ({
    id: `net-${i}`, name: `Netwerklid ${i + 1}`, relation: 'buur', phone: '', address: '',
    participates: true, wantsChildrenWell: true, willingToThinkAlong: true, consentOfDirect: true,
  }));
  const people = ['mother', 'child', 'pro', ...socialNetwork.map((p) => p.id)];
  return {
    ...createEmptyPlan('bench-plan'),
    familyName: `Bench${agreements}`,
    directPersons: [
      { id: 'mother', name: 'Moeder Bench', contact: '', birthDate: '1992-03-01', birthDateUnread: '', isChild: false, present: true, mustBeInformed: false },
      { id: 'child', name: 'Kind Bench', contact: '', birthDate: '2017-05-12', birthDateUnread: '', isChild: true, present: true, mustBeInformed: false },
    ],
    socialNetwork,
    professionals: [{ id: 'pro', name: 'Professional Bench', phone: '', email: '', organisation: 'Wijkteam', role: 'jeugdhulp', workingDays: 'ma-do', present: true }],
    goals,
    agreements: Array.from({ length: agreements }, (_, i) => ({
      id: `agreement-${i}`,
      goalId: goals[i % goals.length]?.id ?? null,
      who: [people[i % people.length] ?? 'mother', people[(i + 7) % people.length] ?? 'pro'],
      what: `Afspraak ${i + 1}: iemand haalt de kinderen op`,
      when: 'elke week',
    })),
  };
}
