import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { axeViolations, screenshot, useBuildInChromium } from './harness';
import { dayFromToday, seedIndexedDb, seedPlan } from './caseloadSeed';

/**
 * The caseload (issue 21) in local mode, in Chromium over the real IndexedDB: six plans of five cases seeded straight
 * into the database, then search, each filter, each sort, the team overview, the link to a plan, and the Teams personal
 * tab's address. Screenshots and axe at 1280 and 400 px.
 */

const chromium = useBuildInChromium();
const ME = 'lotte.smit@wijkteam.example';

function plans() {
  return [
    seedPlan('jansen', 'Jansen', ['Sem', 'Mila'], {
      status: 'active', validFrom: dayFromToday(-60), validUntil: dayFromToday(120), evaluationDate: dayFromToday(5), facilitatorId: 'jansen-pro',
    }, 3),
    seedPlan('jansen-rev', 'Jansen', ['Sem', 'Mila'], { status: 'draft', version: 2, revisionOf: 'jansen', evaluationDate: dayFromToday(60) }, 0),
    seedPlan('berg', 'van den Berg', ['Chloë', 'Noah'], {
      status: 'active', variant: 'crisis', validFrom: dayFromToday(-20), validUntil: dayFromToday(8), evaluationDate: dayFromToday(30),
    }, 1),
    seedPlan('yilmaz', 'Yilmaz', ['Elif'], { status: 'draft', evaluationDate: null }, 2),
    seedPlan('devries', 'de Vries', ['Daan'], { status: 'closed', validUntil: dayFromToday(-10), evaluationDate: dayFromToday(-40) }, 20),
    seedPlan('bakker', 'Bakker', ['Julia'], {
      status: 'evaluated', validFrom: dayFromToday(-90), validUntil: dayFromToday(90), evaluationDate: dayFromToday(-2),
    }, 5),
  ];
}

const families = (page: Page) => page.getByRole('list', { name: 'Plannen' }).getByRole('heading', { level: 2 }).allTextContents();

async function expectFamilies(page: Page, expected: string[]): Promise<void> {
  await page.waitForFunction((want) => {
    const list = document.querySelector('ul[aria-label="Plannen"]');
    const got = list ? [...list.querySelectorAll('h2')].map((h) => h.textContent) : [];
    return JSON.stringify(got) === JSON.stringify(want);
  }, expected, { timeout: 10_000 }).catch(async () => assert.deepEqual(await families(page), expected));
}

describe('caseload (local mode)', () => {
  it('searches, filters, sorts and opens the plans of every case on the device, accessible at 1280 and 400 px', { timeout: 240_000 }, async () => {
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    try {
      const page = await context.newPage();
      await page.goto(`${chromium.baseUrl}/index.html`);
      await page.getByRole('heading', { level: 1, name: 'Plannen' }).waitFor();
      await seedIndexedDb(page, plans());

      // From the plan list's header to the caseload.
      await page.reload();
      await page.getByRole('link', { name: 'Mijn caseload' }).click();
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor();
      await expectFamilies(page, ['Bakker', 'Jansen', 'van den Berg', 'Jansen', 'de Vries', 'Yilmaz']);
      const jansen = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Plan van familie Jansen openen' }) }).first();
      await jansen.getByText('Nu aan de beurt: Evaluatie over 5 dagen').waitFor();
      await jansen.getByText('Bijstelling wacht').waitFor();
      const bakker = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Plan van familie Bakker openen' }) });
      await bakker.getByText('Nu aan de beurt: Evaluatie 2 dagen te laat').waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe at 1280 px');
      await screenshot(page, 'caseload-1280');

      // Search as you type: a family name, a child's first name without its accent.
      const search = page.getByRole('searchbox', { name: 'Zoeken op familienaam of voornaam van een kind' });
      await search.pressSequentially('chloe');
      await expectFamilies(page, ['van den Berg']);
      await search.fill('');
      await search.pressSequentially('jans');
      await expectFamilies(page, ['Jansen', 'Jansen']);
      await page.getByRole('status').filter({ hasText: '2 van 6 plannen' }).waitFor();
      await search.fill('');

      // Each filter, one at a time.
      const status = page.getByRole('combobox', { name: 'Status' });
      await status.selectOption({ label: 'Concept' });
      await expectFamilies(page, ['Jansen', 'Yilmaz']);
      await status.selectOption({ label: 'Afgesloten' });
      await expectFamilies(page, ['de Vries']);
      await status.selectOption({ label: 'Alle statussen' });
      for (const [label, expected] of [
        ['Evaluatie binnen 14 dagen', ['Bakker', 'Jansen']],
        ['Geldigheid eindigt binnen 14 dagen', ['van den Berg']],
        ['Crisisvariant', ['van den Berg']],
        ['Bijstelling wacht', ['Jansen']],
      ] as const) {
        const box = page.getByRole('checkbox', { name: label });
        await box.check();
        await expectFamilies(page, [...expected]);
        await box.uncheck();
      }
      // My role: the device learns the user's address once; then the facilitator's plan is found by role.
      const role = page.getByRole('combobox', { name: 'Mijn rol in het plan' });
      await page.getByRole('textbox', { name: /Uw e-mailadres/ }).fill(ME);
      await page.getByRole('button', { name: 'Onthouden op dit apparaat' }).click();
      await role.selectOption({ label: 'Procesbegeleider' });
      await expectFamilies(page, ['Jansen']);
      await role.selectOption({ label: 'Professional in het plan' });
      await expectFamilies(page, ['Bakker', 'Jansen', 'van den Berg', 'Jansen', 'de Vries', 'Yilmaz']);
      await role.selectOption({ label: 'Elke rol' });

      // Each sort.
      const sort = page.getByRole('combobox', { name: 'Sorteren op' });
      await sort.selectOption({ label: 'Laatste wijziging' });
      await expectFamilies(page, ['Jansen', 'van den Berg', 'Yilmaz', 'Jansen', 'Bakker', 'de Vries']);
      await sort.selectOption({ label: 'Familienaam' });
      await expectFamilies(page, ['Bakker', 'van den Berg', 'Jansen', 'Jansen', 'de Vries', 'Yilmaz']);
      await sort.selectOption({ label: 'Volgende evaluatie' });
      await expectFamilies(page, ['Bakker', 'Jansen', 'van den Berg', 'Jansen', 'de Vries', 'Yilmaz']);

      // The team overview: on the device every plan is the user's own, so each is named.
      await page.getByRole('button', { name: 'Teamoverzicht tonen' }).click();
      const team = page.getByRole('region', { name: 'Teamoverzicht' });
      await team.getByRole('table', { name: 'Per status' }).getByRole('row', { name: 'Totaal 6' }).waitFor();
      await team.getByRole('table', { name: 'Per termijn' }).getByRole('row', { name: 'Te laat 1' }).waitFor();
      assert.deepEqual(await axeViolations(page), [], 'axe at 1280 px with the team overview');
      await screenshot(page, 'caseload-team-1280');
      await page.getByRole('button', { name: 'Teamoverzicht verbergen' }).click();

      // Narrow: the same screen at 400 px.
      await page.setViewportSize({ width: 400, height: 800 });
      assert.deepEqual(await axeViolations(page), [], 'axe at 400 px');
      await screenshot(page, 'caseload-400');

      // A row's link opens the plan.
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.getByRole('link', { name: 'Plan van familie van den Berg openen' }).click();
      await page.waitForURL(/#\/plan\/berg$/);
      await page.getByRole('heading', { level: 1, name: /van den Berg/ }).waitFor({ timeout: 30_000 });

      // The Teams personal tab's address (tab.html?view=caseload) opens the caseload on the same build.
      await page.goto(`${chromium.baseUrl}/tab.html?view=caseload`);
      await page.getByRole('heading', { level: 1, name: 'Mijn caseload' }).waitFor({ timeout: 30_000 });
      await expectFamilies(page, ['Bakker', 'Jansen', 'van den Berg', 'Jansen', 'de Vries', 'Yilmaz']);
    } finally {
      await context.close();
    }
  });
});
