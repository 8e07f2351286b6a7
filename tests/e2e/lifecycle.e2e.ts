import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { serializePlan } from '../../src/domain';
import type { Plan } from '../../src/domain';
import { evaluationPlan } from '../unit/domain/evaluationPlan';
import { axeViolations, screenshot, seedLocalPlan, useBuildInChromium } from './harness';

/**
 * The lifecycle in local mode: an evaluation goes through the incidents logged since the plan started, an agreement
 * not kept opens the signal plan, and the plan is closed because it did not work, with a reason. At 1280 and 400 px,
 * with axe on every screen. The browser's clock is fixed, so the dates are too.
 */

const chromium = useBuildInChromium();
const at = (iso: string) => new Date(`${iso}T10:00:00`);

function planWithIncident(): Plan {
  return {
    ...evaluationPlan(),
    smallRelapse: 'Oma belt moeder dezelfde avond en ze spreken af wat er anders moet.',
    largeRelapse: 'Oma haalt Noor direct op; de hulpverlener belt de volgende dag.',
    informAuthorityWhen: 'Bij geweld of dreiging dezelfde dag.',
    incidents: [{ id: 'inc-1', date: '2027-01-05', what: 'Noor is niet opgehaald; ze wachtte een uur bij school.', actedByIds: ['pro'], informedIds: ['mother'], relapse: 'small' }],
  };
}

async function noAxe(page: Page, where: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
}

for (const width of [1280, 400]) {
  describe(`lifecycle at ${width} px`, () => {
    it('an incident at the evaluation, a broken agreement with its signal plan, and an honest closure', async () => {
      const context = await chromium.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL', colorScheme: 'light', forcedColors: 'none' });
      const page = await context.newPage();
      await page.clock.setFixedTime(at('2027-01-15'));
      await page.goto(chromium.baseUrl);
      // Seeded in force as it is: an import would make it a draft (the status gate; see the test below).
      await seedLocalPlan(page, JSON.parse(serializePlan(planWithIncident())), /Veiligheidsplan van de familie Jansen/);

      await page.getByRole('button', { name: 'Evaluaties', exact: true }).click();
      await page.getByRole('button', { name: 'Evaluatie starten' }).click();
      const log = page.getByRole('table', { name: 'Incidentenlogboek' });
      await log.getByText('Noor is niet opgehaald; ze wachtte een uur bij school.').waitFor();

      const first = page.getByRole('group', { name: /^Oma haalt Noor op/ });
      await first.getByRole('radio', { name: 'Nee' }).check();
      const signal = page.getByRole('region', { name: 'Signaleringsplan: afspraak niet nagekomen' });
      await signal.getByText(/Dit is het punt waarop actie nodig is/).waitFor();
      await signal.getByRole('radio', { name: 'Kleine terugval' }).check();
      await signal.getByText(/Oma belt moeder dezelfde avond/).waitFor();
      await signal.getByRole('group', { name: 'Wie kwam in actie?' }).getByRole('checkbox', { name: 'Karim de Boer' }).check();
      await signal.getByRole('group', { name: 'Wie is geïnformeerd?' }).getByRole('checkbox', { name: 'Sanne Jansen' }).check();
      await signal.getByRole('textbox', { name: 'Wat is er gedaan?' }).fill('Gesprek met moeder en oma over vaste ophaaldagen.');
      assert.equal(await signal.getByText(/Nog niet vastgelegd/).count(), 0);
      await noAxe(page, 'evaluation with a broken agreement');
      await screenshot(page, `lifecycle-signal-${width}`);

      // A decision looks at every agreement, and says why nobody scored (domain evaluationGaps).
      await page.getByRole('group', { name: /^Moeder belt oma/ }).getByRole('radio', { name: 'Ja' }).check();
      await page.getByRole('textbox', { name: 'Waarom zijn er geen cijfers gegeven?' }).fill('We hebben de tijd besteed aan het ophalen van Noor.');
      await page.getByRole('radio', { name: /^Afsluiten/ }).check();
      await page.getByRole('radio', { name: 'Het plan werkt niet: terug naar Veilig Thuis' }).check();
      await page.getByRole('textbox', { name: /Reden van afsluiten/ }).fill('De afspraken over ophalen lukten niet; de zorgen zijn groter geworden.');
      await noAxe(page, 'closing with an outcome');
      await page.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await page.getByText('Het plan is afgesloten: Het plan werkt niet: terug naar Veilig Thuis.').waitFor();
      await page.getByText(/Reden: De afspraken over ophalen lukten niet/).waitFor();
      await noAxe(page, 'closed plan');
      await screenshot(page, `lifecycle-closed-${width}`);
      await context.close();
    });
  });
}

/** A plan in force that passes the quality check at 2027-01-15, so an adjusted version of it can be activated. */
function planInForce(): Plan {
  return {
    ...planWithIncident(),
    monitoring: [{ id: 'mon-1', who: ['gran', 'pro'], watches: 'Of Noor op dinsdag en donderdag is opgehaald.' }],
    // What the schema-5 rules ask of a plan in force: a condition from the referral, a netwerkberaad held, the family's
    // agreement, who hears of a large relapse, and who tells the child.
    safetyDecision: 'structural',
    authorityConsulted: true,
    authorityConsultedOn: '2026-10-28',
    goals: [{ id: 'g1', text: 'Noor is na school veilig opgevangen', kind: 'joint', source: 'Rapport Veilig Thuis, 20 oktober 2026' }],
    networkMeetings: [{ id: 'nm-1', date: '2026-11-01', attendeeIds: ['mother', 'child', 'gran', 'pro'], notes: 'Plan samen gemaakt.', event: null }],
    familyAgreement: [{ id: 'fa-1', personId: 'mother', stance: 'agrees', words: 'Ik doe mee, zodat Noor na school veilig is.', date: '2026-11-01', how: 'meeting' }],
    largeRelapseInformIds: ['pro'],
    informing: [{ id: 'i-1', personId: 'child', byWhom: ['mother', 'gran'], when: 'In de week na het beraad', how: 'Moeder en oma vertellen Noor thuis wat er is afgesproken.' }],
    concernFacts: [{ id: 'cf-1', text: 'Noor werd twee keer niet van school gehaald.', perspective: 'professional' }],
    dangerStatements: [{ id: 'ds-1', text: 'We zijn bang dat Noor alleen op straat staat als niemand haar ophaalt.', perspective: 'family' }],
    evaluationPlace: 'Bij oma thuis',
    // After the browser's fixed day, so the adjusted version passes the check.
    evaluationDate: '2027-01-29',
  };
}

describe('the status gate (issue 20)', () => {
  it('a plan in force is read-only; Bijstellen makes an adjusted version that goes into force through the check; an import marked active lands as a draft', async () => {
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', colorScheme: 'light', forcedColors: 'none' });
    const page = await context.newPage();
    await page.clock.setFixedTime(at('2027-01-15'));
    await page.goto(chromium.baseUrl);
    const plan = planInForce();
    await seedLocalPlan(page, JSON.parse(serializePlan(plan)), /Veiligheidsplan van de familie Jansen/);

    // Read-only, and Bijstellen where "edit" would be.
    await page.getByText(/Dit plan is in werking en is hier alleen te lezen/).waitFor();
    assert.equal(await page.getByRole('textbox', { name: 'Familienaam' }).isDisabled(), true, 'the fields of a plan in force are disabled');
    await noAxe(page, 'plan in force, read-only');
    await screenshot(page, 'gate-read-only');
    await page.getByRole('button', { name: 'Bijstellen' }).first().click();
    await page.getByText(/Dit is een bijstelling: versie 2/).waitFor();
    const name = page.getByRole('textbox', { name: 'Familienaam' });
    assert.equal(await name.isDisabled(), false, 'the adjusted version is a draft, and editable');
    await name.fill('Jansen-de Boer');
    await page.getByText(/Opgeslagen|Alles is opgeslagen/).first().waitFor({ timeout: 10_000 });
    await page.getByRole('button', { name: 'Plan activeren' }).click();
    // Put in force, the adjusted version's own record goes and the editor returns to the list, which holds one plan.
    await page.getByRole('button', { name: 'Openen: Jansen-de Boer' }).waitFor().catch(async (e: unknown) => {
      await screenshot(page, 'gate-activation-failed');
      throw e;
    });
    assert.equal(await page.getByRole('button', { name: /^Openen: / }).count(), 1, 'the adjusted version replaced the plan in force; no second plan');
    await page.getByRole('button', { name: 'Openen: Jansen-de Boer' }).click();
    await page.getByRole('heading', { level: 1, name: /Veiligheidsplan van de familie Jansen-de Boer/ }).waitFor();
    await page.getByText(/Dit plan is in werking en is hier alleen te lezen/).waitFor();
    await screenshot(page, 'gate-adjusted-in-force');

    // A file that says "active" is imported as a draft, and the notice says so.
    await page.getByRole('button', { name: 'Terug naar plannen' }).click();
    await page.getByTestId('import-input').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(serializePlan({ ...plan, familyName: 'Import' })) });
    await page.getByText(/de status "actief": het geïmporteerde plan is een concept/).waitFor();
    await page.getByRole('button', { name: 'Geïmporteerd plan openen' }).click();
    await page.getByRole('heading', { level: 1, name: /Veiligheidsplan van de familie Import/ }).waitFor();
    assert.equal(await page.getByText(/Dit plan is in werking/).count(), 0, 'the imported plan is no plan in force');
    assert.equal(await page.getByRole('textbox', { name: 'Familienaam' }).isDisabled(), false, 'the imported plan is an editable draft');
    await context.close();
  });
});
