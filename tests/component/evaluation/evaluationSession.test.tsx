import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EMPTY_SIGNAL } from '../../../src/domain';
import { evaluationPlan, onDay } from '../../unit/domain/evaluationPlan';
import { openEvaluations, openPlanInApp } from './renderEvaluation';
import type { User } from './renderEvaluation';

beforeEach(() => { window.location.hash = ''; });

const TODAY = onDay('2027-01-15');

async function chooseParticipant(user: User, name: string) {
  await user.selectOptions(screen.getByRole('combobox', { name: 'Wie vult nu in?' }), screen.getByRole('option', { name: new RegExp(`^${name}`) }));
  return screen.getByRole('region', { name: `Cijfer van ${name}` });
}

async function score(user: User, turn: HTMLElement, radioName: string) {
  await user.click(within(turn).getByRole('radio', { name: radioName }));
  await user.click(within(turn).getByRole('button', { name: 'Cijfer vastleggen' }));
}

/** What a decision rests on: every agreement looked at, and (nobody scored here) why not. */
async function giveSubstance(user: User) {
  for (const name of ['Oma haalt Noor op dinsdag en donderdag van school', 'Moeder belt oma als het thuis spannend wordt']) {
    await user.click(within(screen.getByRole('group', { name })).getByRole('radio', { name: 'Ja' }));
  }
  await user.type(screen.getByRole('textbox', { name: 'Waarom zijn er geen cijfers gegeven?' }), 'Het gesprek kwam niet toe aan de schaalvraag.');
}

describe('evaluation session', () => {
  it('lets a parent, a child and a professional score independently: nobody sees another score before giving their own', async () => {
    const user = userEvent.setup();
    const { store } = await openPlanInApp(evaluationPlan(), TODAY);
    await openEvaluations(user);
    expect(screen.getByText('Geplande evaluatie: 15 januari 2027')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Evaluatie starten' }));

    // The mother goes first: the others' scores are hidden, and there are none yet.
    let turn = await chooseParticipant(user, 'Sanne Jansen');
    expect(within(turn).getByText(/zie je pas als je zelf een cijfer hebt gegeven/)).toBeInTheDocument();
    expect(within(turn).getByText(/0 = Het is thuis helemaal niet veilig voor de kinderen/)).toBeInTheDocument();
    await score(user, turn, '6');
    expect(within(turn).getByText('Jouw cijfer: 6')).toBeInTheDocument();
    expect(within(turn).getByText('Nog niemand anders heeft een cijfer gegeven.')).toBeInTheDocument();
    await user.click(within(turn).getByRole('button', { name: 'Verbergen en doorgeven' }));
    expect(screen.queryByText('Jouw cijfer: 6')).not.toBeInTheDocument();

    // The child answers on the face scale and sees nothing of the mother's 6 beforehand.
    turn = await chooseParticipant(user, 'Noor');
    expect(within(turn).getByText('Hoe veilig voel jij je nu? Kies een gezichtje.')).toBeInTheDocument();
    expect(within(turn).getByText(/0 = Ik voel me helemaal niet veilig/)).toBeInTheDocument();
    expect(within(turn).getAllByRole('radio')).toHaveLength(11);
    expect(screen.queryByText(/Sanne Jansen: 6/)).not.toBeInTheDocument();
    await score(user, turn, '8, blij gezicht');
    expect(within(turn).getByText('Jouw cijfer: 8')).toBeInTheDocument();
    expect(within(turn).getByText('Sanne Jansen: 6')).toBeInTheDocument();
    await user.click(within(turn).getByRole('button', { name: 'Verbergen en doorgeven' }));

    // The professional: still nothing visible before the own entry, then both.
    turn = await chooseParticipant(user, 'Karim de Boer');
    expect(within(turn).getByText(/10 = Veilig genoeg om de betrokkenheid af te sluiten/)).toBeInTheDocument();
    expect(screen.queryByText(/Sanne Jansen: 6|Noor: 8/)).not.toBeInTheDocument();
    await score(user, turn, '4');
    const others = within(turn).getByRole('list');
    expect(within(others).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Sanne Jansen: 6', 'Noor: 8']);
    expect(screen.getByText('3 van 4 deelnemers hebben een cijfer gegeven.')).toBeInTheDocument();

    // A score, once given, is locked: choosing the mother again shows her score, not the scale.
    turn = await chooseParticipant(user, 'Sanne Jansen');
    expect(within(turn).queryByRole('radio')).not.toBeInTheDocument();
    expect(within(turn).getByText('Jouw cijfer: 6')).toBeInTheDocument();

    await waitFor(async () => {
      const { plan } = await store.load('plan-jansen');
      expect(plan.evaluations[0]?.scores).toEqual([
        { personId: 'mother', audience: 'parent', score: 6 },
        { personId: 'child', audience: 'child', score: 8 },
        { personId: 'pro', audience: 'professional', score: 4 },
      ]);
    });
  });

  it('records agreement reviews and the child\'s own words, then extends the plan and freezes the evaluated version', async () => {
    const user = userEvent.setup();
    const { store } = await openPlanInApp(evaluationPlan(), TODAY);
    await openEvaluations(user);
    await user.click(screen.getByRole('button', { name: 'Evaluatie starten' }));

    const first = screen.getByRole('group', { name: 'Oma haalt Noor op dinsdag en donderdag van school' });
    await user.click(within(first).getByRole('radio', { name: 'Deels' }));
    await user.type(within(first).getByRole('textbox', { name: 'Wat hielp of zat in de weg' }), 'Eén keer vergeten');
    const second = screen.getByRole('group', { name: 'Moeder belt oma als het thuis spannend wordt' });
    await user.click(within(second).getByRole('radio', { name: 'Ja' }));

    const child = screen.getByRole('region', { name: 'Wat zegt Noor?' });
    await user.type(within(child).getByRole('textbox', { name: 'Waar maak je je zorgen over?' }), 'Als mama boos is');
    await user.type(within(child).getByRole('textbox', { name: 'Wanneer voel je je veilig?' }), 'Bij oma');
    await user.type(screen.getByRole('textbox', { name: 'Wat ging goed?' }), 'Oma was er elke keer');
    await user.type(screen.getByRole('textbox', { name: 'Waarom zijn er geen cijfers gegeven?' }), 'Moeder wilde eerst de afspraken bespreken.');

    await user.click(screen.getByRole('radio', { name: /^Verlengen/ }));
    const until = screen.getByLabelText('Nieuw einde van de geldigheid');
    await user.clear(until);
    await user.type(until, '2027-05-01');
    const next = screen.getByLabelText('Nieuwe evaluatiedatum');
    await user.clear(next);
    await user.type(next, '2027-04-15');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    expect(await screen.findByText('Het plan is verlengd tot 1 mei 2027. De volgende evaluatie is op 15 april 2027.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Evaluatie starten' })).toBeInTheDocument();
    expect(screen.getByText(/15 januari 2027, versie 1: verlengd/)).toBeInTheDocument();

    const versions = await store.listVersions('plan-jansen');
    expect(versions.map((v) => [v.label, v.planVersion])).toEqual([['Evaluatie: verlengd', 1]]);
    const frozen = await store.loadVersion('plan-jansen', versions[0]!.versionId);
    expect(frozen.status).toBe('evaluated');
    expect(frozen.evaluations[0]?.agreementReviews).toEqual([
      { agreementId: 'a1', outcome: 'partly', notes: 'Eén keer vergeten', ...EMPTY_SIGNAL },
      { agreementId: 'a2', outcome: 'yes', notes: '', ...EMPTY_SIGNAL },
    ]);
    expect(frozen.evaluations[0]?.childVoices).toEqual([{ childId: 'child', worries: 'Als mama boos is', feelsSafeWhen: 'Bij oma', score: null }]);
    await waitFor(async () => {
      const { plan } = await store.load('plan-jansen');
      expect(plan).toMatchObject({ status: 'active', validFrom: '2027-01-15', validUntil: '2027-05-01', evaluationDate: '2027-04-15' });
    });
  });

  it('refuses an extension whose dates do not make a period, and says why', async () => {
    const user = userEvent.setup();
    await openPlanInApp(evaluationPlan(), TODAY);
    await openEvaluations(user);
    await user.click(screen.getByRole('button', { name: 'Evaluatie starten' }));
    await user.click(screen.getByRole('radio', { name: /^Verlengen/ }));
    const until = screen.getByLabelText('Nieuw einde van de geldigheid');
    await user.clear(until);
    await user.type(until, '2027-01-10');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(screen.getByText(/Kies een einddatum na vandaag/)).toBeInTheDocument();
  });

  it('refuses a decision without substance, says in Dutch what is missing, keeps the choice and its dates, and decides once it is there', async () => {
    const user = userEvent.setup();
    const { store } = await openPlanInApp(evaluationPlan({ goals: [{ id: 'g1', text: 'Noor is niet bij ruzies aanwezig', kind: 'condition', source: 'Veilig Thuis' }] }), TODAY);
    await openEvaluations(user);
    await user.click(screen.getByRole('button', { name: 'Evaluatie starten' }));
    await user.click(screen.getByRole('radio', { name: /^Verlengen/ }));
    const until = screen.getByLabelText('Nieuw einde van de geldigheid');
    await user.clear(until);
    await user.type(until, '2027-05-01');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));

    const refusal = await screen.findByText(/^Er is nog niets besloten/);
    expect(refusal.textContent).toContain('de schaalvraag (geef ieder een cijfer, of schrijf op waarom er geen cijfers zijn)');
    expect(refusal.textContent).toContain('afspraak 1, 2 nalopen');
    expect(refusal.textContent).toContain('opschrijven hoe het staat met de veiligheidsvoorwaarden en bodemeisen');
    expect(screen.getByRole('radio', { name: /^Verlengen/ })).toBeChecked();
    expect(screen.getByLabelText('Nieuw einde van de geldigheid')).toHaveValue('2027-05-01');
    expect((await store.listVersions('plan-jansen'))).toEqual([]);

    await giveSubstance(user);
    await user.type(screen.getByRole('textbox', { name: 'Hoe staat het met de voorwaarden en bodemeisen?' }), 'Er wordt aan voldaan.');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByText(/^Het plan is verlengd tot 1 mei 2027/)).toBeInTheDocument();
    expect(screen.queryByText(/^Er is nog niets besloten/)).not.toBeInTheDocument();
    const frozen = await store.loadVersion('plan-jansen', (await store.listVersions('plan-jansen'))[0]!.versionId);
    expect(frozen.evaluations[0]).toMatchObject({ noScoresReason: 'Het gesprek kwam niet toe aan de schaalvraag.', conditionsReview: 'Er wordt aan voldaan.' });
  });

  it('adjust keeps the plan in force and saves the next version as a draft beside it', async () => {
    const user = userEvent.setup();
    const { store } = await openPlanInApp(evaluationPlan(), TODAY);
    await openEvaluations(user);
    await user.click(screen.getByRole('button', { name: 'Evaluatie starten' }));
    await giveSubstance(user);
    await user.click(screen.getByRole('radio', { name: /^Bijstellen/ }));
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByText(/Het plan blijft gelden. Versie 2 staat als concept/)).toBeInTheDocument();
    expect(screen.getByText('versie 1 · Actief')).toBeInTheDocument();
    // The plan in force can still be evaluated (its reminders keep running).
    expect(screen.getByRole('button', { name: 'Evaluatie starten' })).toBeInTheDocument();
    expect((await store.listVersions('plan-jansen')).map((v) => v.label)).toEqual(['Evaluatie: bijgesteld']);
    const list = await store.list();
    const revision = list.find((s) => s.id !== 'plan-jansen');
    expect(revision).toMatchObject({ status: 'draft', version: 2, revisionOf: 'plan-jansen' });
    expect(list.find((s) => s.id === 'plan-jansen')).toMatchObject({ status: 'active', version: 1 });
  });

  it('close asks for an outcome and a reason; a plan that did not work goes back to the authority', async () => {
    const user = userEvent.setup();
    const { store } = await openPlanInApp(evaluationPlan(), TODAY);
    await openEvaluations(user);
    await user.click(screen.getByRole('button', { name: 'Evaluatie starten' }));
    await giveSubstance(user);
    await user.click(screen.getByRole('radio', { name: /^Afsluiten/ }));
    await user.click(screen.getByRole('radio', { name: 'Het plan werkt niet: terug naar Veilig Thuis' }));
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByText('Schrijf de reden van afsluiten op.')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: /Reden van afsluiten/ }), 'Vader ging drie keer niet weg');
    await user.click(screen.getByRole('button', { name: 'Besluit vastleggen' }));
    expect(await screen.findByText('Het plan is afgesloten: Het plan werkt niet: terug naar Veilig Thuis.')).toBeInTheDocument();
    const frozen = await store.loadVersion('plan-jansen', (await store.listVersions('plan-jansen'))[0]!.versionId);
    expect(frozen).toMatchObject({ status: 'closed', phase: 'acute', closure: { outcome: 'back-to-authority', reason: 'Vader ging drie keer niet weg' } });
  });

  it('an agreement not kept opens the signal plan, and the incidents since the last evaluation are shown', async () => {
    const user = userEvent.setup();
    const plan = {
      ...evaluationPlan(),
      smallRelapse: 'Oma belt moeder en spreekt af wat er anders moet.',
      incidents: [{ id: 'i1', date: '2027-01-05', what: 'Ruzie bij het avondeten', actedByIds: ['mother'], informedIds: [], relapse: 'small' as const }],
    };
    const { store } = await openPlanInApp(plan, TODAY);
    await openEvaluations(user);
    await user.click(screen.getByRole('button', { name: 'Evaluatie starten' }));
    const log = screen.getByRole('table', { name: 'Incidentenlogboek' });
    expect(within(log).getByText('Ruzie bij het avondeten')).toBeInTheDocument();

    const first = screen.getAllByRole('group')[0] as HTMLElement;
    await user.click(within(first).getByRole('radio', { name: 'Nee' }));
    const signal = await screen.findByRole('region', { name: 'Signaleringsplan: afspraak niet nagekomen' });
    expect(within(signal).getByText(/Nog niet vastgelegd: hoe groot de terugval was/)).toBeInTheDocument();
    await user.click(within(signal).getByRole('radio', { name: 'Kleine terugval' }));
    expect(within(signal).getByText(/Oma belt moeder/)).toBeInTheDocument();
    await user.click(within(within(signal).getByRole('group', { name: 'Wie kwam in actie?' })).getAllByRole('checkbox')[0]!);
    await user.click(within(within(signal).getByRole('group', { name: 'Wie is geïnformeerd?' })).getAllByRole('checkbox')[0]!);
    await user.type(within(signal).getByRole('textbox', { name: 'Wat is er gedaan?' }), 'Gesprek met beide ouders');
    expect(within(signal).queryByText(/Nog niet vastgelegd/)).not.toBeInTheDocument();
    await waitFor(async () => {
      const review = (await store.load('plan-jansen')).plan.evaluations[0]?.agreementReviews[0];
      expect(review).toMatchObject({ outcome: 'no', relapse: 'small', actionTaken: 'Gesprek met beide ouders' });
    });
  });
});
