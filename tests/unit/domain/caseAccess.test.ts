import { compareCaseAccess, createEmptyPlan } from '../../../src/domain';
import type { Plan } from '../../../src/domain';

const pro = (id: string, email: string) => ({ id, name: id, phone: '', email, organisation: '', role: '', workingDays: '', present: true });
const plan: Plan = {
  ...createEmptyPlan('p1'),
  professionals: [pro('f', 'fatima@contoso.nl'), pro('b', 'Bram@contoso.nl'), pro('police', 'agent@politie.nl')],
};
const input = { viewer: ['fatima@contoso.nl'], organisationDomains: ['contoso.nl'] };

describe('compareCaseAccess()', () => {
  it('finds nothing when as many people can open the case as the plan names colleagues, the viewer among them', () => {
    expect(compareCaseAccess(plan, { ...input, withAccess: 2 })).toEqual([]);
  });

  it('leaves out professionals of other organisations: they cannot be members of the case channel', () => {
    expect(compareCaseAccess(plan, { ...input, withAccess: 2 }).some((f) => f.kind === 'plannedWithoutAccess')).toBe(false);
  });

  it('warns that someone with access is not in the plan when more people can open it', () => {
    expect(compareCaseAccess(plan, { ...input, withAccess: 4 })).toEqual([{ kind: 'accessNotInPlan', atLeast: 2, withAccess: 4 }]);
  });

  it('warns that a professional of the plan has no access when fewer people can open it', () => {
    expect(compareCaseAccess(plan, { ...input, withAccess: 1 })).toEqual([{ kind: 'plannedWithoutAccess', atLeast: 1, withAccess: 1 }]);
  });

  it('names the viewer who can open the case but is not in the plan, and then counts one planned colleague without access', () => {
    expect(compareCaseAccess(plan, { ...input, viewer: ['ilse@contoso.nl'], withAccess: 2 })).toEqual([
      { kind: 'viewerNotInPlan' },
      { kind: 'plannedWithoutAccess', atLeast: 1, withAccess: 2 },
    ]);
  });

  it('compares addresses without regard to case', () => {
    expect(compareCaseAccess(plan, { ...input, viewer: ['BRAM@contoso.nl'], withAccess: 2 })).toEqual([]);
  });
});
