/**
 * Time to interactive of the Teams tab page against the bare React + Fluent baseline: `tti.{tab,baseline}.ms`,
 * the median of 5 cold loads each, measured side by side (alternating) in one headless Chromium. Also
 * `tti.tab.listed.ms`: when the tab's plan list has answered (`[data-listed="true"]`), which in a fresh profile
 * includes creating the IndexedDB database. The tab is usable before that: "Nieuw plan" and "Importeren" work while the
 * list still shows its skeleton (they wait for the store when clicked), so the list is reported, not counted in TTI.
 *
 * Definition (ours, made explicit so the two pages are measured alike), all times from navigation start
 * (`performance.timeOrigin`, so `performance.now()` in the page):
 *   1. ready  = the first moment an element `[data-ready="true"]` is in the DOM and holds an enabled interactive control
 *               (button, link, form field). A page whose marker never gets a control (the placeholder tab) counts as
 *               ready when its marker appeared, once the DOM has been still for NO_CONTROL_GRACE_MS.
 *   2. idle   = the main thread is idle: no long task (> 50 ms, Chromium's Long Tasks API) for QUIET_MS after the
 *               later of `ready` and the end of the last long task.
 *   TTI = max(ready, end of the last long task) once that quiet window has passed.
 * This follows the idea of Lighthouse's TTI (interactive content, then a quiet main thread) with a shorter window,
 * because these pages have no network activity after load that could delay it.
 *
 * Each load uses a fresh browser context (empty HTTP cache, empty IndexedDB), like a first visit.
 * Outside Teams the tab's teams-js rejects at once (no parent window), so the tab measures its standalone path.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import type { Figure } from '../bench';
import { BENCH_DIST, ensureBenchBuild } from './bundle.bench';

const RUNS = 5;
const QUIET_MS = 500;
const NO_CONTROL_GRACE_MS = 1000;
const TIMEOUT_MS = 20_000;
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'];

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.json': 'application/json', '.css': 'text/css' };

/** A tiny static server for the built pages; no caching headers, so each fresh context fetches everything. */
export function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    const file = path.join(dir, path.normalize(pathname).replace(/^([/\\])+/, ''));
    if (!file.startsWith(dir) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs in the page before its own scripts: records the marker, the first control and every long task. */
const PROBE = `(() => {
  const CONTROL = 'button:not([disabled]), a[href], input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [role="button"]:not([aria-disabled="true"])';
  const state = { markerAt: null, controlAt: null, listedAt: null, lastMutationAt: 0, longTaskEnd: 0 };
  window.__tti = state;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) state.longTaskEnd = Math.max(state.longTaskEnd, e.startTime + e.duration);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { /* no Long Tasks API: every task counts as short */ }
  const check = () => {
    if (state.listedAt === null && document.querySelector('[data-listed="true"]')) state.listedAt = performance.now();
    const marker = document.querySelector('[data-ready="true"]');
    if (!marker) return;
    const now = performance.now();
    if (state.markerAt === null) state.markerAt = now;
    if (state.controlAt === null && marker.querySelector(CONTROL)) state.controlAt = now;
  };
  new MutationObserver(() => { state.lastMutationAt = performance.now(); check(); })
    .observe(document, { subtree: true, childList: true, attributes: true });
})();`;

interface ProbeState {
  markerAt: number | null;
  controlAt: number | null;
  listedAt: number | null;
  lastMutationAt: number;
  longTaskEnd: number;
  now: number;
}

/** Applies the definition above to one probe reading; null while the page is not yet interactive. */
export function ttiFrom(s: ProbeState): number | null {
  const noControlReady = s.markerAt !== null && s.now - Math.max(s.markerAt, s.lastMutationAt) >= NO_CONTROL_GRACE_MS ? s.markerAt : null;
  const ready = s.controlAt ?? noControlReady;
  if (ready === null) return null;
  const busyUntil = Math.max(ready, s.longTaskEnd);
  return s.now - busyUntil >= QUIET_MS ? busyUntil : null;
}

interface Load {
  tti: number;
  /** When the plan list answered; null for a page without one (the baseline). */
  listed: number | null;
}

async function measureOnce(browser: Browser, url: string, hasList: boolean): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    await context.addInitScript(PROBE);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    const deadline = Date.now() + TIMEOUT_MS;
    while (Date.now() < deadline) {
      const state = await page.evaluate(() => ({ ...(window as unknown as { __tti: Omit<ProbeState, 'now'> }).__tti, now: performance.now() }));
      const tti = ttiFrom(state);
      if (tti !== null && (!hasList || state.listedAt !== null)) return { tti: Math.round(tti), listed: state.listedAt === null ? null : Math.round(state.listedAt) };
      await page.waitForTimeout(50);
    }
    throw new Error(`${url} did not become interactive within ${TIMEOUT_MS} ms (no [data-ready="true"] marker?)`);
  } finally {
    await context.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/**
 * Builds the bench pages (once per process), serves them and starts Chromium with the project's flags; `measure`
 * gets the browser and the pages' base URL. Everything is closed afterwards, whatever `measure` does.
 */
export async function withBenchBrowser<T>(measure: (browser: Browser, base: string) => Promise<T>): Promise<T> {
  await ensureBenchBuild();
  const server = await serve(BENCH_DIST);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    return await measure(browser, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  } finally {
    await browser.close();
    server.close();
  }
}

export async function run(): Promise<Figure[]> {
  return withBenchBrowser(async (browser, base) => {
    const pages = { tab: `${base}/tab.html`, baseline: `${base}/baseline.html` };
    const hasList = { tab: true, baseline: false };
    // One discarded load of each warms the browser process itself, which would otherwise bill the first page only.
    for (const name of ['tab', 'baseline'] as const) await measureOnce(browser, pages[name], hasList[name]);
    const times: Record<keyof typeof pages, number[]> = { tab: [], baseline: [] };
    const listed: number[] = [];
    // Alternating, so drift in machine load hits both pages alike.
    for (let i = 0; i < RUNS; i++) {
      for (const name of ['tab', 'baseline'] as const) {
        const load = await measureOnce(browser, pages[name], hasList[name]);
        times[name].push(load.tti);
        if (load.listed !== null) listed.push(load.listed);
      }
    }
    return [
      { metric: 'tti.tab.ms', value: median(times.tab), unit: 'ms' },
      { metric: 'tti.baseline.ms', value: median(times.baseline), unit: 'ms' },
      { metric: 'tti.tab.listed.ms', value: median(listed), unit: 'ms' },
    ];
  });
}
