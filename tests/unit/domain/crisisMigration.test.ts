import { migrate } from '../../../src/domain/migrations';
import { parsePlan } from '../../../src/domain';
import { completePlan } from '../../fixtures';

/** A schema version 3 document as written before the crisis variant: the complete plan without the version 4 fields. */
function v3Document(): Record<string, unknown> {
  const plan = completePlan() as unknown as Record<string, unknown>;
  const v4Keys = [
    'variant', 'referralDate', 'referrer', 'bottomLines', 'facilitatorId', 'handOverDate', 'handOverToIds', 'handOverNotes',
    'violencePhysicalAbuse', 'violencePsychologicalAbuse', 'violencePhysicalNeglect', 'violencePsychologicalNeglect', 'violenceSexualAbuse',
    'earlierViolence', 'earlierDecisions', 'safetyDecision', 'authorityConsulted', 'authorityConsultedOn', 'threeHouses', 'caseDirectorId',
    'professionalAgreements',
  ];
  const doc = Object.fromEntries(Object.entries(plan).filter(([k]) => !v4Keys.includes(k)));
  const strip = (items: unknown) => (items as Array<Record<string, unknown>>).map(({ perspective: _p, ...rest }) => rest);
  return { ...doc, schemaVersion: 3, concernFacts: strip(plan.concernFacts), dangerStatements: strip(plan.dangerStatements), strengths: strip(plan.strengths) };
}

describe('migrate() from schema version 3: the crisis variant and the joint analysis', () => {
  it('makes every older plan a standard plan without a referral, bottom lines, facilitator or hand-over', () => {
    const result = migrate(v3Document());
    if (!result.ok) throw new Error('migration failed');
    expect(result.value).toMatchObject({
      variant: 'standard', referralDate: null, referrer: '', bottomLines: [], facilitatorId: null, handOverDate: null, handOverToIds: [], handOverNotes: '',
    });
  });

  it('gives concerns, danger statements and strengths an unknown perspective and keeps their text', () => {
    const doc = v3Document();
    const result = migrate(doc);
    if (!result.ok) throw new Error('migration failed');
    const value = result.value as Record<string, Array<{ text: string; perspective: unknown }>>;
    for (const key of ['concernFacts', 'dangerStatements', 'strengths']) {
      expect(value[key]?.map((i) => i.perspective)).toEqual((doc[key] as unknown[]).map(() => null));
      expect(value[key]?.map((i) => i.text)).toEqual((doc[key] as Array<{ text: string }>).map((i) => i.text));
    }
    // Lists that have no perspective stay as they were.
    expect(value.exceptions).toEqual(doc.exceptions);
  });

  it('starts the analysis questions blank, so the quality check asks them', () => {
    const result = migrate(v3Document());
    if (!result.ok) throw new Error('migration failed');
    expect(result.value).toMatchObject({
      violencePhysicalAbuse: '', violenceSexualAbuse: '', earlierViolence: '', earlierDecisions: '', safetyDecision: null,
      authorityConsulted: false, authorityConsultedOn: null, threeHouses: [], caseDirectorId: null, professionalAgreements: '',
    });
  });

  it('yields a plan the current schema accepts', () => {
    const parsed = parsePlan(v3Document());
    expect(parsed.ok).toBe(true);
  });
});
