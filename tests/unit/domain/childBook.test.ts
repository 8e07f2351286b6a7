import { childBook } from '../../../src/domain';
import { completePlan, planWith } from '../../fixtures';

describe('childBook()', () => {
  it('is null for an id that is no child of the plan (an adult, or nobody)', () => {
    expect(childBook(completePlan(), 'd-sanne')).toBeNull();
    expect(childBook(completePlan(), 'nobody')).toBeNull();
  });

  it("gathers Mila's pages: what happened, the grown-ups, the agreements, her safety persons, her signal and where the plan is", () => {
    const book = childBook(completePlan(), 'd-mila');
    expect(book).toMatchObject({ childName: 'Mila Yilmaz', siblings: ['Daan Yilmaz'], familyName: 'Bakker-Yilmaz' });
    expect(book?.whatHappened).toHaveLength(2);
    // Network members who do not take part (Kees) are not among the grown-ups who made the plan.
    expect(book?.worriedGrownUps.map((p) => p.name)).toEqual(['Sanne Bakker', 'Emre Yilmaz', 'Ria Bakker', 'Joke de Wit', 'Lotte Smit', 'Bram Kuipers']);
    expect(book?.agreements[0]).toEqual({ who: ['Sanne Bakker', 'Emre Yilmaz'], what: expect.stringMatching(/^Als een gesprek/) as unknown });
    expect(book?.safetyPersons).toEqual([
      { name: 'Ria Bakker', about: 'Oma (moeder van Sanne)', contact: '06-00000003' },
      { name: 'Joke de Wit', about: 'Buurvrouw', contact: '06-00000004' },
    ]);
    expect(book?.signal).toMatch(/knuffelkonijn/);
    expect(book?.planLocationInChildWords).toMatch(/la van de kast/);
  });

  it("tells what happened in the words written for children, never in the adults' concern facts", () => {
    const plan = completePlan();
    const book = childBook(plan, 'd-mila');
    expect(book?.whatHappened).toEqual(plan.childWhatHappenedWords.split('\n'));
    for (const fact of plan.concernFacts) expect(book?.whatHappened.join(' ')).not.toContain(fact.text);
  });

  it("has each child's own safety persons only, and the child's own words from the evaluations", () => {
    const daan = childBook(completePlan(), 'd-daan');
    expect(daan?.safetyPersons.map((p) => p.name)).toEqual(['Ria Bakker']);
    expect(daan?.ownWords).toEqual([]);
    const mila = childBook(completePlan(), 'd-mila');
    expect(mila?.ownWords).toEqual([{ date: expect.any(String) as unknown, worries: 'Dat papa en mama weer ruzie maken als ik slaap.', feelsSafeWhen: 'Als oma er is.', score: 5 }]);
  });

  it('reads a plan with no analysis, no safety person and no evaluations without failing', () => {
    const book = childBook(planWith({ childWhatHappenedWords: '', safetyPersons: [], evaluations: [], childSignal: '', agreements: [] }), 'd-mila');
    expect(book).toMatchObject({ whatHappened: [], safetyPersons: [], ownWords: [], signal: '', agreements: [] });
  });
});
