import type { z } from 'zod';
import { checkPlan, parsePlan, planSchema } from '../../../src/domain';
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

/** Paths of every schema key (optional ones included) that the value leaves missing, null, empty or blank. */
function unfilled(schema: z.core.$ZodType, value: unknown, path: string): string[] {
  const def = schema._zod.def as z.core.$ZodTypeDef & Record<string, unknown>;
  switch (def.type) {
    case 'optional':
    case 'nullable':
      return value === undefined || value === null ? [path] : unfilled(def.innerType as z.core.$ZodType, value, path);
    case 'object':
      return Object.entries(def.shape as Record<string, z.core.$ZodType>).flatMap(([key, sub]) =>
        unfilled(sub, (value as Record<string, unknown>)[key], `${path}.${key}`));
    case 'array': {
      const list = value as unknown[];
      return list.length === 0 ? [path] : list.flatMap((item, i) => unfilled(def.element as z.core.$ZodType, item, `${path}[${i}]`));
    }
    case 'string':
      return typeof value === 'string' && value.trim().length > 0 ? [] : [path];
    default:
      return value === undefined ? [path] : [];
  }
}

describe('the complete example plan', () => {
  it('fills every field of the model, down to the last nested and optional one', () => {
    // Empty by their meaning in an active plan: the signal plan of an agreement that was kept, the closure of a plan that is
    // not closed, and `revisionOf` of a plan that is not an adjusted version. Their own tests fill them.
    const emptyByMeaning = [
      '$.evaluations[0].agreementReviews[1].relapse', '$.evaluations[0].agreementReviews[1].actedByIds',
      '$.evaluations[0].agreementReviews[1].informedIds', '$.evaluations[0].agreementReviews[1].actionTaken', '$.closure', '$.revisionOf',
      // Schema version 5: the reasons that stand in for a missing part are empty where nothing is missing (every birth date
      // was read, every child is informed, the network takes part, both parents agreed, everyone scored); the record of a
      // condition has no bottom line's point of action; the one check watches every agreement; children under 12 do not consent.
      ...[0, 1, 2, 3].flatMap((i) => [`$.directPersons[${i}].birthDateUnread`, `$.directPersons[${i}].noInformingReason`]),
      '$.noInformalNetworkReason', '$.removedConditions[0].actionWhen', '$.removedConditions[0].newActionWhen', '$.monitoring[0].agreementIds',
      '$.copyRecipients[0].consentAlsoByIds', '$.familyAgreementReason', '$.evaluations[0].noScoresReason',
      // The agenda step a live session reached: written only by a live meeting's save, and read only for a crisis conference's
      // next session; this standard plan's meeting was not held live. The live tests fill it (liveAgenda, liveSaveAgenda).
      '$.networkMeetings[0].agendaStep',
    ];
    expect(unfilled(planSchema, completePlan(), '$').filter((p) => !emptyByMeaning.includes(p))).toEqual([]);
  });

  it('shows both values of every yes/no field somewhere among the people', () => {
    const plan = completePlan();
    for (const key of ['isChild', 'present', 'mustBeInformed'] as const) {
      expect(new Set(plan.directPersons.map((p) => p[key]))).toEqual(new Set([true, false]));
    }
    for (const key of ['participates', 'willingToThinkAlong', 'consentOfDirect'] as const) {
      expect(new Set(plan.socialNetwork.map((p) => p[key]))).toEqual(new Set([true, false]));
    }
    expect(new Set(plan.professionals.map((p) => p.present))).toEqual(new Set([true, false]));
  });

  it('has children, an absent parent who must be informed, a social network and professionals', () => {
    const plan = completePlan();
    expect(plan.directPersons.filter((p) => p.isChild).length).toBeGreaterThanOrEqual(2);
    expect(plan.directPersons.some((p) => !p.isChild && !p.present && p.mustBeInformed)).toBe(true);
    expect(plan.socialNetwork.length).toBeGreaterThanOrEqual(2);
    expect(plan.professionals.length).toBeGreaterThanOrEqual(2);
    expect(plan.status).toBe('active');
  });
});
