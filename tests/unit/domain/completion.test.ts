import { TEMPLATE, checkPlan, createEmptyPlan, sectionCompletion, sectionIdOfPath, topKeyOfPath } from '../../../src/domain';
import { FIXTURE_TODAY, completePlan, firstDraftPlan } from '../../fixtures';

describe('sectionCompletion', () => {
  it('marks every section of the complete plan complete', () => {
    const plan = completePlan();
    const states = sectionCompletion(plan, checkPlan(plan, FIXTURE_TODAY));
    expect(states.map((s) => s.sectionId)).toEqual(TEMPLATE.map((s) => s.id));
    expect(states.filter((s) => s.state !== 'complete')).toEqual([]);
  });

  it('marks untouched sections of a new plan empty, and counts findings where they belong', () => {
    const plan = createEmptyPlan('leeg');
    const findings = checkPlan(plan, FIXTURE_TODAY);
    const states = sectionCompletion(plan, findings);
    const byId = Object.fromEntries(states.map((s) => [s.sectionId, s]));
    // No family member, no adult who took part, and no informal network (or a reason why not).
    expect(byId.people).toEqual({ sectionId: 'people', state: 'empty', errors: 3, warnings: 0 });
    expect(byId.analysis?.state).toBe('empty');
    expect(byId.analysis?.errors).toBe(2);
    expect(byId.analysis?.warnings).toBe(1);
    const counted = states.reduce((n, s) => n + s.errors + s.warnings, 0);
    expect(counted).toBe(findings.length);
  });

  it('marks a filled section with errors incomplete', () => {
    const plan = firstDraftPlan();
    const states = Object.fromEntries(sectionCompletion(plan, checkPlan(plan, FIXTURE_TODAY)).map((s) => [s.sectionId, s]));
    expect(states.goals?.state).toBe('incomplete');
    expect(states.agreements?.state).toBe('incomplete');
    expect(states.title?.state).toBe('complete');
    expect(states.monitoring?.state).toBe('empty');
  });
});

describe('finding paths', () => {
  it('maps a finding path to its top key and section', () => {
    expect(topKeyOfPath('$.agreements[2].who')).toBe('agreements');
    expect(topKeyOfPath('$')).toBe('');
    expect(sectionIdOfPath('$.agreements[2].who')).toBe('agreements');
    expect(sectionIdOfPath('$.familyName')).toBe('title');
    expect(sectionIdOfPath('$.concernFacts')).toBe('analysis');
    expect(sectionIdOfPath('$.nietBestaand')).toBeUndefined();
  });

  it('links every finding the rules can give to a section', () => {
    const plans = [createEmptyPlan('leeg'), firstDraftPlan(), { ...completePlan(), copyRecipients: [{ ...completePlan().copyRecipients[0]!, consentGiven: false }] }];
    for (const plan of plans) {
      for (const f of checkPlan(plan, FIXTURE_TODAY)) expect({ path: f.path, section: sectionIdOfPath(f.path) !== undefined }).toEqual({ path: f.path, section: true });
    }
  });
});
