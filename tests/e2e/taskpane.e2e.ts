import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext } from 'playwright-core';
import { axeViolations, blockExternal, screenshot, useBuildInChromium, stubWordHost } from './harness';

/**
 * The Word task pane outside Word: Chromium loads taskpane.html with office.js stubbed (host null), as a browser
 * would that opens the page directly. It must say plainly that Word is needed, not crash, and pass axe.
 */

const chromium = useBuildInChromium();

async function paneContext(locale: string): Promise<BrowserContext> {
  return chromium.newContext({ viewport: { width: 350, height: 800 }, locale }, [/^https:\/\/appsforoffice\.microsoft\.com\//]);
}

describe('taskpane.html in Word (office.js stand-in)', () => {
  it('shows the pane at 350 px, reads an empty document, inserts the template, with 0 axe violations', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 350, height: 800 }, locale: 'nl-NL' });
    await blockExternal(context, chromium.baseUrl, [/^https:\/\/appsforoffice\.microsoft\.com\//]);
    await stubWordHost(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${chromium.baseUrl}/taskpane.html`);
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsplan in Word' }).waitFor();
    await page.getByText('Er zijn nog geen plannen bewaard.').waitFor();

    await page.getByRole('button', { name: 'Document lezen' }).click();
    await page.getByText(/Dit document bevat geen veiligheidsplan/).waitFor();
    await page.getByRole('button', { name: 'Leeg sjabloon invoegen' }).click();
    await page.getByText('Het lege sjabloon staat in het document.').waitFor();

    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 350, `no horizontal scrolling at 350 px (scrollWidth ${width})`);
    await screenshot(page, 'taskpane-word-350');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe('taskpane.html outside Word', () => {
  it('says plainly in Dutch that Word is needed, at 350 px wide, with no errors and 0 axe violations', async () => {
    const context = await paneContext('nl-NL');
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${chromium.baseUrl}/taskpane.html`);
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsplan in Word' }).waitFor();
    await page.getByText('Word is nodig').waitFor();
    assert.match(await page.locator('main').innerText(), /Dit deelvenster werkt alleen in Microsoft Word/);
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'nl');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 350, `no horizontal scrolling at 350 px (scrollWidth ${width})`);
    await screenshot(page, 'taskpane-350');
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });

  it('says it in English for an English browser', async () => {
    const context = await paneContext('en-US');
    const page = await context.newPage();
    await page.goto(`${chromium.baseUrl}/taskpane.html`);
    await page.getByText('Word is needed').waitFor();
    await context.close();
  });

  it('still says Word is needed when office.js cannot be loaded at all', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 350, height: 800 }, locale: 'nl-NL' });
    await blockExternal(context, chromium.baseUrl);
    const page = await context.newPage();
    await page.goto(`${chromium.baseUrl}/taskpane.html`);
    await page.getByText('Word is nodig').waitFor();
    await context.close();
  });
});
