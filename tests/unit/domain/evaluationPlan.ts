import { createEmptyPlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';

/**
 * A small fictional family for the evaluation tests: a mother, a child, a grandmother from the network and a
 * professional, with one goal and two agreements. Active from 2026-11-01 to 2027-02-01, evaluation on 2027-01-15.
 */
export function evaluationPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    ...createEmptyPlan('plan-jansen'),
    status: 'active',
    familyName: 'Jansen',
    directPersons: [
      { id: 'mother', name: 'Sanne Jansen', contact: '', birthDate: '1992-03-01', birthDateUnread: '', isChild: false, present: true, mustBeInformed: false },
      { id: 'child', name: 'Noor', contact: '', birthDate: '2017-05-12', birthDateUnread: '', isChild: true, present: true, mustBeInformed: false },
    ],
    socialNetwork: [
      { id: 'gran', name: 'Oma Riet', relation: 'grootmoeder', phone: '', address: '', participates: true, wantsChildrenWell: true, willingToThinkAlong: true, consentOfDirect: true },
    ],
    professionals: [
      { id: 'pro', name: 'Karim de Boer', phone: '', email: '', organisation: 'Wijkteam', role: 'jeugdhulp', workingDays: 'ma-do', present: true },
    ],
    madeOn: '2026-11-01',
    validFrom: '2026-11-01',
    validUntil: '2027-02-01',
    goals: [{ id: 'g1', text: 'Noor is na school veilig opgevangen', kind: 'family', source: '' }],
    agreements: [
      { id: 'a1', goalId: 'g1', who: ['gran'], what: 'Oma haalt Noor op dinsdag en donderdag van school', when: 'tot 1 februari' },
      { id: 'a2', goalId: 'g1', who: ['mother'], what: 'Moeder belt oma als het thuis spannend wordt', when: 'altijd' },
    ],
    evaluationDate: '2027-01-15',
    evaluationAttendeeIds: ['mother', 'child', 'gran', 'pro'],
    evaluationInitiatorId: 'pro',
    ...overrides,
  };
}

/** A local-time moment on a calendar day, so the tests do not depend on the machine's time zone. */
export function onDay(iso: string, hour = 10): Date {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d, hour);
}
