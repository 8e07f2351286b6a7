import { checkPlan, parsePlan } from '../../../src/domain';
import { FIXTURE_TODAY, completePlan, firstDraftPlan, planWith, v1PrototypeJson } from '../../fixtures';

describe('fixtures', () => {
  it('the complete plan has no findings at all at the fixed date', () => {
    expect(checkPlan(completePlan(), FIXTURE_TODAY)).toEqual([]);
  });

  it('the first draft parses and still has errors to fix', () => {
    const findings = checkPlan(firstDraftPlan(), FIXTURE_TODAY);
    expect(findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(3);
  });

  it('every accessor returns a fresh copy', () => {
    const a = completePlan();
    a.directPersons[0]!.name = 'changed';
    expect(completePlan().directPersons[0]!.name).toBe('Sanne Bakker');
    expect(planWith({ familyName: 'X' }).familyName).toBe('X');
    expect(parsePlan(v1PrototypeJson()).ok).toBe(true);
  });
});
