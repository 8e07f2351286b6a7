/**
 * The caseload's search as you type (issue 21): `caseload.filter.keystroke.p95.ms.{10,5000}` (and p50) and
 * `caseload.filter.ratio.5000` (p95 with 5,000 plans on the device over p95 with 10, one run of the production build).
 *
 * Per size, a fresh browser context opens the app once (so its IndexedDB exists), the plans are written straight into
 * IndexedDB (tests/e2e/caseloadSeed.ts; making them through the UI is not what is measured), and the caseload is
 * opened. Then family names and a child's name are typed into the search box and erased again, 120 ms apart, so the
 * list narrows and widens. Latency per key is Chromium's Event Timing, as in keystroke.bench.ts (the longest event of
 * each interaction, key press to next paint; a key below the API's 16 ms floor counts as 16 ms).
 */
import type { Browser, Page } from 'playwright-core';
import type { Figure } from '../bench';
import { manyPlans, seedIndexedDb } from '../../tests/e2e/caseloadSeed';
import { KEY_OBSERVER, keystrokeRatio, latenciesPerKey, percentile } from './keystroke.bench';
import { withBenchBrowser } from './tti.bench';

const KEY_DELAY_MS = 120;
const WORDS = ['jansen', 'chloe', 'visser'];
/** Each word typed, then erased key by key: the list narrows, then widens back to every plan. */
const KEYS: string[] = WORDS.flatMap((word) => [...word, ...Array.from(word, () => 'Backspace')]);

async function typeAndMeasure(page: Page): Promise<number[]> {
  await page.evaluate(KEY_OBSERVER);
  for (const key of KEYS) {
    await page.keyboard.press(key);
    await page.waitForTimeout(KEY_DELAY_MS);
  }
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => [...(window as unknown as { __keyLatency: Map<number, number> }).__keyLatency.values()]);
  return latenciesPerKey(seen, KEYS.length);
}

async function measure(browser: Browser, base: string, plans: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/index.html`);
    await page.getByRole('heading', { level: 1, name: 'Plannen' }).waitFor();
    await seedIndexedDb(page, manyPlans(plans));
    await page.goto(`${base}/index.html#/caseload`);
    await page.reload();
    await page.getByRole('status').getByText(`${plans} van ${plans} plannen`).waitFor({ timeout: 120_000 });
    const search = page.getByRole('searchbox', { name: 'Zoeken op familienaam of voornaam van een kind' });
    await search.click();
    await page.waitForTimeout(Number(process.env.VP_CASELOAD_SETTLE_MS ?? 1000));
    return await typeAndMeasure(page);
  } finally {
    await context.close();
  }
}

export async function run(): Promise<Figure[]> {
  return withBenchBrowser(async (browser, base) => {
    const figures: Figure[] = [];
    const p95: Record<number, number> = {};
    for (const plans of [10, 5000]) {
      const latencies = await measure(browser, base, plans);
      if (process.env.VP_BENCH_VERBOSE === '1') console.log(`# caseload keystroke ${plans}: ${latencies.join(' ')}`);
      p95[plans] = percentile(latencies, 95);
      figures.push(
        { metric: `caseload.filter.keystroke.p95.ms.${plans}`, value: p95[plans] ?? 0, unit: 'ms' },
        { metric: `caseload.filter.keystroke.p50.ms.${plans}`, value: percentile(latencies, 50), unit: 'ms' },
      );
    }
    figures.push({ metric: 'caseload.filter.ratio.5000', value: keystrokeRatio(p95[5000] ?? 0, p95[10] ?? 0), unit: 'x' });
    return figures;
  });
}
