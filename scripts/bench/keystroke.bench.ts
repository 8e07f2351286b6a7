/**
 * Keystroke latency in the editor: `editor.keystroke.p95.ms.{empty,5,50,200}`, `editor.keystroke.p50.ms.*` and
 * `editor.keystroke.ratio.200` (p95 at 200 agreements / p95 on a new plan), all from one run of the production build.
 *
 * Per plan size, a fresh browser context imports a plan (scripts/bench/largePlan.ts), opens section 4 and types
 * 30 characters into the first agreement's "Wat", 120 ms apart. "empty" types the family name of a new plan.
 * Latency per key is Chromium's Event Timing API: per interaction (`interactionId`), the longest event entry, which
 * runs from the key press to the next paint. Entries shorter than the API's 16 ms floor are not reported; such a key
 * counts as 16 ms (an upper bound), so a fast editor is never reported faster than the API can see.
 */
import type { Browser, Page } from 'playwright-core';
import { serializePlan } from '../../src/domain';
import type { Figure } from '../bench';
import { largePlan } from './largePlan';
import { withBenchBrowser } from './tti.bench';

const KEYS = 30;
const KEY_DELAY_MS = 120;
const FLOOR_MS = 16;
const TEXT = ' en daarna belt zij de moeder.'.slice(0, KEYS).padEnd(KEYS, 'x');

export const KEY_OBSERVER = `(() => {
  const worst = new Map();
  window.__keyLatency = worst;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (!e.interactionId) continue;
      worst.set(e.interactionId, Math.max(worst.get(e.interactionId) ?? 0, e.duration));
    }
  }).observe({ type: 'event', durationThreshold: ${FLOOR_MS}, buffered: false });
})();`;

export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return 0;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))] ?? 0;
}

/** One latency per key typed: the interactions the API reported, and the floor for keys it did not report (faster than the floor). */
export function latenciesPerKey(reported: readonly number[], keys: number): number[] {
  return [...reported, ...Array.from({ length: Math.max(0, keys - reported.length) }, () => FLOOR_MS)];
}

/** p95 at 200 agreements over p95 on a new plan; the denominator is never below the API's floor. */
export function keystrokeRatio(p95Large: number, p95Empty: number): number {
  return Math.round((p95Large / Math.max(FLOOR_MS, p95Empty)) * 100) / 100;
}

/** Types KEYS characters into the focused control; returns one latency per key. */
async function typeAndMeasure(page: Page): Promise<number[]> {
  await page.evaluate(KEY_OBSERVER);
  for (const char of TEXT) {
    await page.keyboard.press(char === ' ' ? 'Space' : char);
    await page.waitForTimeout(KEY_DELAY_MS);
  }
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => [...(window as unknown as { __keyLatency: Map<number, number> }).__keyLatency.values()]);
  // One key press is one interaction; keys below the API's floor left no entry.
  return latenciesPerKey(seen, KEYS);
}

async function measurePlan(browser: Browser, base: string, agreements: number, network: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/index.html`);
    await page.getByRole('heading', { level: 1, name: 'Plannen' }).waitFor();
    const plan = largePlan(agreements, network);
    await page.getByTestId('import-input').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(serializePlan(plan)) });
    await page.getByRole('heading', { level: 1, name: new RegExp(`familie ${plan.familyName}`) }).waitFor({ timeout: 60_000 });
    await page.getByRole('tab', { name: /^4\./ }).click();
    const what = page.locator('#f-agreements-0-what');
    await what.waitFor({ timeout: 60_000 });
    await what.click();
    await page.keyboard.press('End');
    await page.waitForTimeout(1000);
    return await typeAndMeasure(page);
  } finally {
    await context.close();
  }
}

async function measureEmpty(browser: Browser, base: string): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    const page = await context.newPage();
    await page.goto(`${base}/index.html`);
    await page.getByRole('button', { name: 'Nieuw plan' }).click();
    const family = page.locator('#f-familyName');
    await family.waitFor({ timeout: 30_000 });
    await family.click();
    await page.waitForTimeout(1000);
    return await typeAndMeasure(page);
  } finally {
    await context.close();
  }
}

export async function run(): Promise<Figure[]> {
  return withBenchBrowser(async (browser, base) => {
    const figures: Figure[] = [];
    const p95: Record<string, number> = {};
    const runs: Array<[string, () => Promise<number[]>]> = [
      ['empty', () => measureEmpty(browser, base)],
      ['5', () => measurePlan(browser, base, 5, 3)],
      ['50', () => measurePlan(browser, base, 50, 10)],
      ['200', () => measurePlan(browser, base, 200, 40)],
    ];
    for (const [name, measure] of runs) {
      const latencies = await measure();
      // VP_BENCH_VERBOSE=1 shows each key's latency (reported keys in typing order, then those below the floor), to tell a trend from outliers.
      if (process.env.VP_BENCH_VERBOSE === '1') console.log(`# keystroke ${name}: ${latencies.join(' ')}`);
      p95[name] = percentile(latencies, 95);
      figures.push(
        { metric: `editor.keystroke.p95.ms.${name}`, value: p95[name] ?? 0, unit: 'ms' },
        { metric: `editor.keystroke.p50.ms.${name}`, value: percentile(latencies, 50), unit: 'ms' },
      );
    }
    figures.push({ metric: 'editor.keystroke.ratio.200', value: keystrokeRatio(p95['200'] ?? 0, p95.empty ?? 0), unit: 'x' });
    return figures;
  });
}
