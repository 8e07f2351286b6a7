import { addColleague } from '../../../src/app/people';
import { createEmptyPlan, parsePlan } from '../../../src/domain';

const fatima = { name: 'Fatima el Amrani', email: 'Fatima@contoso.nl', jobTitle: 'Jeugdprofessional' };

describe('addColleague', () => {
  it('adds a directory colleague as a professional with name, e-mail and role, and the plan stays valid', () => {
    const result = addColleague(createEmptyPlan('p1'), fatima, 'pro1');
    expect(result.added).toBe(true);
    if (!result.added) return;
    expect(result.plan.professionals).toEqual([
      { id: 'pro1', name: 'Fatima el Amrani', email: 'Fatima@contoso.nl', role: 'Jeugdprofessional', phone: '', organisation: '', workingDays: '', present: false },
    ]);
    expect(parsePlan(result.plan).ok).toBe(true);
  });

  it('refuses the same colleague twice, matching the e-mail address without regard to case', () => {
    const first = addColleague(createEmptyPlan('p1'), fatima, 'pro1');
    if (!first.added) throw new Error('first add failed');
    const again = addColleague(first.plan, { ...fatima, email: ' fatima@CONTOSO.nl ' }, 'pro2');
    expect(again).toEqual({ added: false, reason: 'alreadyInPlan' });
  });
});
