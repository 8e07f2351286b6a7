import { screen } from '@testing-library/react';
import type { CaseAccess, CaseRoster } from '../../../src/app/ports';
import { createEmptyPlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';
import { CaseAccessNotice } from '../../../src/ui/tenant/CaseAccessNotice';
import { renderTenant } from './renderTenant';

const pro = (id: string, email: string) => ({ id, name: id, phone: '', email, organisation: '', role: '', workingDays: '', present: true });
const plan: Plan = { ...createEmptyPlan('p1'), familyName: 'Jansen', professionals: [pro('f', 'fatima@contoso.nl'), pro('b', 'bram@contoso.nl')] };

function access(roster: CaseRoster, viewer = ['fatima@contoso.nl']): CaseAccess {
  return { roster: async () => roster, viewer: async () => viewer };
}

describe('<CaseAccessNotice>', () => {
  it('says the count matches the plan\'s professionals', async () => {
    renderTenant(<CaseAccessNotice plan={plan} caseAccess={access({ kind: 'counted', people: 2 })} />);
    expect(await screen.findByText(/2 mensen kunnen deze casus openen; dat klopt/)).toBeInTheDocument();
  });

  it('warns when someone with access is not in the plan', async () => {
    renderTenant(<CaseAccessNotice plan={plan} caseAccess={access({ kind: 'counted', people: 3 })} />);
    expect(await screen.findByText(/Minstens 1 van hen staat niet bij de professionals in het plan/)).toBeInTheDocument();
    expect(screen.getByText(/niet wie/)).toBeInTheDocument();
    expect(screen.queryByText(/Jansen/)).toBeNull();
  });

  it('warns when a professional of the plan has no access, and that the viewer is not in the plan, in English too', async () => {
    renderTenant(<CaseAccessNotice plan={plan} caseAccess={access({ kind: 'counted', people: 2 }, ['ilse@contoso.nl'])} />, {}, 'en');
    expect(await screen.findByText(/You can open this case, but you are not among the professionals/)).toBeInTheDocument();
    expect(screen.getByText(/At least 1 professional\(s\) in the plan cannot open this case/)).toBeInTheDocument();
  });

  it('says plainly when it cannot tell', async () => {
    renderTenant(<CaseAccessNotice plan={plan} caseAccess={{ roster: async () => { throw new Error('x'); }, viewer: async () => [] }} />);
    expect(await screen.findByText(/kon niet nagaan wie deze casus kan openen/)).toBeInTheDocument();
  });
});
