import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { serializePlan } from '../../src/domain';
import { largePlan } from '../../scripts/bench/largePlan';
import { axeViolations, screenshot, useBuildInChromium } from './harness';

/**
 * A plan of 200 agreements with 40 network members (the bench's largest): the list items far off screen are skipped
 * by layout (content-visibility), yet find, the Tab key and the quality panel's links still reach every one of them.
 */
const chromium = useBuildInChromium();

describe('a large plan', () => {
  it('reaches the 200th agreement by find, by Tab and by a finding\'s link', async () => {
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    const page = await context.newPage();
    await page.goto(`${chromium.baseUrl}/index.html`);
    await page.getByRole('heading', { level: 1, name: 'Plannen' }).waitFor();
    const plan = largePlan(200, 40);
    // The last agreement misses its people, so the quality panel links to its picker.
    const agreements = plan.agreements.map((a, i) => (i === 199 ? { ...a, who: [] } : a));
    await page.getByTestId('import-input').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(serializePlan({ ...plan, agreements })) });
    await page.getByRole('heading', { level: 1, name: /familie Bench200/ }).waitFor({ timeout: 60_000 });

    // From section 1, the finding's link opens section 4 and focuses the 200th agreement's people picker.
    await page.getByRole('button', { name: 'Kies bij afspraak 200 wie de afspraak uitvoert, uit de mensen van onderdeel 1.' }).click({ timeout: 30_000 });
    await page.waitForFunction(() => document.activeElement?.id === 'f-agreements-199-who', undefined, { timeout: 10_000 });
    assert.equal(await page.getByRole('group', { name: /^Afspraak \d+/ }).count(), 200, 'every agreement is in the page');

    // Find (what Ctrl+F uses) sees text in items that were never laid out.
    await page.evaluate(() => { window.scrollTo(0, 0); (document.activeElement as HTMLElement | null)?.blur(); window.getSelection()?.removeAllRanges(); });
    type Find = (text: string, caseSensitive: boolean, backwards: boolean, wrapAround: boolean) => boolean;
    const found = await page.evaluate(() => (window as unknown as { find: Find }).find('Afspraak 150 verwijderen', false, false, true));
    assert.equal(found, true, 'find reaches item 150');

    // Tab from the 199th agreement's last button lands in the 200th agreement.
    await page.getByRole('button', { name: 'Afspraak 199 verwijderen' }).focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'f-agreements-199-goalId');

    // Typing there works as anywhere else.
    await page.locator('#f-agreements-199-what').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' ook op zondag');
    assert.match(await page.locator('#f-agreements-199-what').inputValue(), /ook op zondag$/);
    await screenshot(page, 'large-plan-agreement-200');
    assert.deepEqual(await axeViolations(page), []);
    await context.close();
  });
});
