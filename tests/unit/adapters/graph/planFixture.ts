import { createEmptyPlan } from '../../../../src/domain';
import type { Plan } from '../../../../src/domain';

/** A plan with a family name, a child, a parent with e-mail, a professional and copy recipients. */
export const basePlan: Plan = {
  ...createEmptyPlan('p1'),
  familyName: 'Jansen',
  directPersons: [
    { id: 'mother', name: 'Anna Jansen', contact: 'anna@example.net', birthDate: '1992-03-01', birthDateUnread: '', isChild: false, present: true, mustBeInformed: false },
    { id: 'child', name: 'Sem Jansen', contact: '', birthDate: '2019-02-20', birthDateUnread: '', isChild: true, present: false, mustBeInformed: true },
  ],
  socialNetwork: [
    { id: 'grandpa', name: 'Opa Kees', relation: 'opa', phone: '0612345678', address: '', participates: true, wantsChildrenWell: true, willingToThinkAlong: true, consentOfDirect: true },
  ],
  professionals: [
    { id: 'pro', name: 'Fatima El Amrani', phone: '', email: 'fatima@contoso.nl', organisation: 'Wijkteam', role: 'regisseur', workingDays: 'ma-do', present: true },
  ],
  concernFacts: [{ id: 'c1', text: 'Zorg die nooit in een uitnodiging mag staan', perspective: null }],
  evaluationDate: '2027-01-15',
  copyRecipients: [
    { id: 'r1', name: 'Huisarts', email: 'huisarts@example.org', receives: { kind: 'plan' }, receivesNote: '', consentGiven: true, consentDate: '2026-11-20' },
    { id: 'r2', name: 'School', email: 'school@example.org', receives: { kind: 'sections', sections: [4] }, receivesNote: '', consentGiven: false, consentDate: null },
  ],
};
