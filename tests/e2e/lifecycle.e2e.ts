import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { serializePlan } from '../../src/domain';
import type { Plan } from '../../src/domain';
import { evaluationPlan } from '../unit/domain/evaluationPlan';
import { axeViolations, screenshot, useBuildInChromium } from './harness';

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
      await page.getByRole('heading', { level: 1, name: 'Plannen' }).waitFor();
      await page.getByTestId('import-input').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(serializePlan(planWithIncident())) });
      await page.getByRole('heading', { level: 1, name: /Veiligheidsplan van de familie Jansen/ }).waitFor();

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
