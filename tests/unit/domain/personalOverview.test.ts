import { organisationSettings, overviewCandidates, personalOverview } from '../../../src/domain';
import type { PersonalOverview } from '../../../src/domain';
import { completePlan, planWith } from '../../fixtures';

function overviewOf(personId: string, plan = completePlan()): PersonalOverview {
  const overview = personalOverview(plan, personId);
  if (!overview) throw new Error(`no overview for ${personId}`);
  return overview;
}

describe('personalOverview()', () => {
  it('is null for someone who is not in the plan', () => {
    expect(personalOverview(completePlan(), 'nobody')).toBeNull();
  });

  it("lists a network member's own agreements with when, and the others who share them, not anyone else's", () => {
    const ria = overviewOf('s-ria');
    expect(ria).toMatchObject({ name: 'Ria Bakker', role: 'network', familyName: 'Bakker-Yilmaz', validUntil: '2027-02-18' });
    expect(ria.tasks).toEqual([{
      what: 'Oma haalt de kinderen op en laat ze bij haar slapen als een van de ouders belt dat het thuis niet goed gaat.',
      when: "Zo nodig, ook 's avonds en in het weekend",
      together: [],
    }]);
    expect(overviewOf('d-sanne').tasks.map((t) => t.together)).toEqual([['Emre Yilmaz'], ['Lotte Smit']]);
  });

  it('lists what the person watches, with whom, and the children they are a safety person for', () => {
    const ria = overviewOf('s-ria');
    expect(ria.watches).toHaveLength(1);
    expect(ria.watches[0]?.together).toEqual(['Lotte Smit']);
    expect(ria.safetyPersonFor).toEqual(['Mila Yilmaz', 'Daan Yilmaz']);
    expect(overviewOf('s-joke').safetyPersonFor).toEqual(['Mila Yilmaz']);
    expect(overviewOf('p-bram').watches).toEqual([]);
  });

  it('says whom to call: the relapse responses, the safety director (or that it is me), the authority by its regional name', () => {
    const lotte = overviewOf('p-lotte');
    expect(lotte.calls.smallRelapse).toMatch(/^Bij een ruzie zonder geweld/);
    expect(lotte.calls.largeRelapse).toMatch(/^Bij geweld of dreiging/);
    expect(lotte.calls.safetyDirector).toEqual({ name: 'Ria Bakker', contact: '06-00000003' });
    expect(lotte.calls.iAmSafetyDirector).toBe(false);
    expect(lotte.calls.authorityName).toBe('Veilig Thuis');
    expect(lotte.calls.authorityWhen).toMatch(/dezelfde dag geïnformeerd/);

    const ria = overviewOf('s-ria');
    expect(ria.calls.safetyDirector).toBeNull();
    expect(ria.calls.iAmSafetyDirector).toBe(true);

    const regional = personalOverview(completePlan(), 'p-lotte', organisationSettings('Samen Veilig'));
    expect(regional?.calls.authorityName).toBe('Samen Veilig');
  });

  it("gives the child's signal to those who answer it (safety persons, parents, anyone the response names), not to others", () => {
    expect(overviewOf('s-ria').childSignal).toEqual({
      children: ['Mila Yilmaz', 'Daan Yilmaz'],
      signal: 'Mila zet haar knuffelkonijn met de rug naar de deur op de vensterbank.',
      response: 'Moeder of oma vraagt Mila dezelfde dag rustig wat er is; als het nodig is, gaan de kinderen naar oma.',
    });
    expect(overviewOf('s-joke').childSignal).not.toBeNull();
    expect(overviewOf('d-emre').childSignal).not.toBeNull();
    expect(overviewOf('p-bram').childSignal).toBeNull();
    expect(overviewOf('s-kees').childSignal).toBeNull();
    const named = planWith({ childSignalResponse: 'Bram belt dezelfde dag met moeder.' });
    expect(overviewOf('p-bram', named).childSignal).not.toBeNull();
    // A name inside another word does not count: "Abrams" is not Bram.
    expect(overviewOf('p-bram', planWith({ childSignalResponse: 'Mevrouw Abrams belt.' })).childSignal).toBeNull();
    expect(overviewOf('s-ria', planWith({ childSignal: '', childSignalResponse: '' })).childSignal).toBeNull();
  });

  it('holds the next evaluation: date, place, who invites (or that I do), whether I am invited', () => {
    expect(overviewOf('s-ria').evaluation).toEqual({
      date: '2027-01-20',
      place: 'Kantoor Wijkteam Voorbeelddorp, spreekkamer 2',
      initiator: { name: 'Lotte Smit', contact: '020-0000001' },
      iTakeTheInitiative: false,
      iAmInvited: true,
    });
    expect(overviewOf('p-lotte').evaluation).toMatchObject({ initiator: null, iTakeTheInitiative: true });
    expect(overviewOf('s-joke').evaluation?.iAmInvited).toBe(false);
    expect(overviewOf('s-ria', planWith({ evaluationDate: null, evaluationPlace: '' })).evaluation).toBeNull();
  });

  it('leaves out blank agreements and names, and reads a plan without any of it without failing', () => {
    const plan = planWith({
      agreements: [{ id: 'a-x', goalId: null, who: ['s-ria', 'gone'], what: '   ', when: '' }],
      monitoring: [],
      safetyPersons: [],
      safetyDirectorId: 'gone',
    });
    const ria = overviewOf('s-ria', plan);
    expect(ria.tasks).toEqual([]);
    expect(ria.watches).toEqual([]);
    expect(ria.calls.safetyDirector).toBeNull();
  });

  it('can be made for everyone in section 1 who has a name', () => {
    const candidates = overviewCandidates(completePlan());
    expect(candidates.map((c) => c.id)).toEqual(['d-sanne', 'd-emre', 'd-mila', 'd-daan', 's-ria', 's-joke', 's-kees', 'p-lotte', 'p-bram']);
    expect(candidates.find((c) => c.id === 'd-mila')?.role).toBe('child');
    expect(candidates.find((c) => c.id === 'p-bram')?.role).toBe('professional');
  });
});
