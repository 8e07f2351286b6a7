/**
 * The live netwerkberaad (Live Share on a local Fluid service, three Chromium contexts on live.html):
 * - `live.join.ms`: from "Meedoen" to the first render of the shared plan, for someone joining a running session: the
 *   median of JOINS joins (the member, the professional, and extra windows that join and leave again), because one
 *   join alone swings between 0.4 and 1 s with the machine's load;
 * - `live.converge.ms.p95`: an edit typed in one context until it shows in both others, p95 over 100 edits that go
 *   round the three contexts (in-page polling on every animation frame, so the figure is what a person would see).
 * The same walk as tests/e2e/live.e2e.ts, which asserts the behaviour; this only measures.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Figure } from '../bench';
import { BENCH_DIST, ensureBenchBuild } from './bundle.bench';
import { blockExternal, launch, serveDist } from '../../tests/e2e/harness';
import { startLocalFluidService } from '../live-service';

const EDITS = 100;
const JOINS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function p95(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] ?? 0;
}

async function context(browser: Browser, baseUrl: string, service: string): Promise<BrowserContext> {
  const c = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  await blockExternal(c, baseUrl, [new RegExp(`^${service.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`)]);
  return c;
}

async function join(page: Page, url: string, role: string): Promise<number> {
  await page.goto(url);
  await page.getByRole('radio', { name: role }).check();
  const start = Date.now();
  await page.getByRole('button', { name: 'Meedoen' }).click();
  await page.locator('[data-section]').waitFor({ timeout: 30_000 });
  return Date.now() - start;
}

export async function run(): Promise<Figure[]> {
  await ensureBenchBuild();
  const service = await startLocalFluidService();
  const { server, baseUrl } = await serveDist(BENCH_DIST);
  const browser = await launch();
  try {
    const url = (params: Record<string, string>) => `${baseUrl}/live.html?${new URLSearchParams({ service: service.endpoint, ...params }).toString()}`;
    const [a, b, c] = await Promise.all([0, 1, 2].map(() => context(browser, baseUrl, service.endpoint)));
    const facilitator = await a!.newPage();
    await facilitator.goto(`${baseUrl}/index.html`);
    await facilitator.getByRole('button', { name: 'Nieuw plan' }).click();
    await facilitator.getByRole('textbox', { name: 'Familienaam' }).fill('Bench');
    await facilitator.waitForTimeout(1500);
    await facilitator.goto(url({}));
    await facilitator.getByRole('button', { name: 'Meedoen' }).click();
    await facilitator.waitForURL(/live=/);
    const sessionId = new URL(facilitator.url()).searchParams.get('live') ?? '';
    await facilitator.getByRole('button', { name: /^Delen in de vergadering/ }).click();
    await facilitator.getByRole('alertdialog').getByRole('button', { name: 'Delen', exact: true }).click();
    await facilitator.getByRole('tab', { name: /^6\./ }).click();
    const member = await b!.newPage();
    const joins = [await join(member, url({ live: sessionId }), 'Deelnemer')];
    const professional = await c!.newPage();
    joins.push(await join(professional, url({ live: sessionId }), 'Professional'));
    while (joins.length < JOINS) {
      const extra = await context(browser, baseUrl, service.endpoint);
      joins.push(await join(await extra.newPage(), url({ live: sessionId }), 'Deelnemer'));
      await extra.close();
    }
    const pages = [facilitator, member, professional];
    for (const page of pages) await page.locator('textarea[data-field="smallRelapse"]').waitFor();

    const times: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const editor = pages[i % 3]!;
      const others = pages.filter((p) => p !== editor);
      const text = `bewerking ${i}`;
      const seen = others.map((p) => p.waitForFunction(
        (expected) => (document.querySelector('textarea[data-field="smallRelapse"]') as HTMLTextAreaElement | null)?.value === expected,
        text, { polling: 'raf', timeout: 10_000 },
      ));
      const start = Date.now();
      await editor.locator('textarea[data-field="smallRelapse"]').fill(text);
      await Promise.all(seen);
      times.push(Date.now() - start);
    }
    if (process.env.VP_BENCH_VERBOSE) console.log(`# live.join.ms each: ${joins.join(', ')}`);
    return [
      { metric: 'live.converge.ms.p95', value: p95(times), unit: 'ms' },
      // The page's whole join (load, Fluid, first render); the session's own join of 20 clients is `live.join.ms` (live20.bench.ts).
      { metric: 'live.join.browser.ms', value: median(joins), unit: 'ms' },
    ];
  } finally {
    await browser.close();
    server.close();
    await service.stop();
  }
}
