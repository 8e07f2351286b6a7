import { after, before } from 'node:test';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { existsSync, mkdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { headersFor, loadHeaders } from '../../hosting/headers';

/** Shared e2e plumbing: a static server over the production build, Debian's Chromium, screenshots and axe. */

export const DIST = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : path.resolve(__dirname, '../../dist');
export const SCREENSHOTS = path.resolve(__dirname, '__screenshots__');

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
  '--disable-component-update', '--no-first-run', '--disable-sync',
];

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.png': 'image/png', '.json': 'application/json', '.xml': 'application/xml',
};

/**
 * The live try-out page is not in a production build: webpack.config.js (TryOutAside) puts it and its entry script in
 * `<build>-tryout/` next to it, never deployed. The e2e server serves that folder behind the build, so live.e2e.ts and
 * the bench run the page against the same production bundle.
 */
export function tryOutFolder(dist: string): string {
  return `${dist.replace(/[\\/]+$/, '')}-tryout`;
}

/** The file for a request path: the build's own, else the try-out folder's; null for a path that leaves both. */
function fileOf(dist: string, urlPath: string): string | null {
  const own = path.join(dist, urlPath);
  if (!own.startsWith(dist)) return null;
  const aside = path.join(tryOutFolder(dist), urlPath);
  return !existsSync(own) && existsSync(aside) ? aside : own;
}

/**
 * Serves the build with the security headers a real host sends (hosting/headers.json, the one file the dev server and
 * the generated hosting config read too), so a CSP violation or a refused frame shows in the e2e tests.
 * `dist`: another build folder (a tenant build), by default E2E_DIST or dist/.
 */
export async function serveDist(dist: string = DIST): Promise<{ server: Server; baseUrl: string }> {
  const headerTable = loadHeaders();
  const server = createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = fileOf(dist, urlPath === '/' ? 'index.html' : urlPath);
    if (file === null) { res.writeHead(403).end(); return; }
    try {
      if (!statSync(file).isFile()) throw new Error('not a file');
      res.writeHead(200, { ...headersFor(urlPath, headerTable), 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
    } catch {
      res.writeHead(404, headersFor(urlPath, headerTable)).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { server, baseUrl: `http://127.0.0.1:${port}` };
}

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/** office.js comes from Microsoft's CDN, unreachable here: answer it with a stand-in that has no Word host. */
export async function stubOfficeJs(context: BrowserContext): Promise<void> {
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({
    contentType: 'text/javascript',
    body: 'window.Office = { onReady: function (cb) { var info = { host: null, platform: null }; if (cb) cb(info); return Promise.resolve(info); } };',
  }));
}

/**
 * A stand-in for office.js inside Word: the host is Word, and `Word.run` hands out a context on which every call
 * succeeds and every collection is empty (an empty document). Enough to render and drive the real pane in Chromium;
 * what the adapter writes is tested against the fake Word API in the unit tests. Served from office.js' own URL, so
 * the task pane's script-src is what lets it in.
 */
const WORD_STUB = `
  (function () {
    var anything = new Proxy(function () {}, {
      get: function (_t, key) { return key === 'items' ? [] : key === 'then' ? undefined : anything; },
      apply: function () { return anything; },
      set: function () { return true; },
    });
    window.Office = {
      context: { displayLanguage: 'nl-NL' },
      onReady: function (cb) { var info = { host: 'Word', platform: 'OfficeOnline' }; if (cb) cb(info); return Promise.resolve(info); },
    };
    window.Word = { run: function (batch) { return batch({ document: anything, sync: function () { return Promise.resolve(); } }); } };
  })();`;

export async function stubWordHost(context: BrowserContext): Promise<void> {
  await context.route('https://appsforoffice.microsoft.com/**', (route) => route.fulfill({ contentType: 'text/javascript', body: WORD_STUB }));
}

/** Blocks every request that is not to the local server: the app must need no other backend. */
export async function blockExternal(context: BrowserContext, baseUrl: string, allow: RegExp[] = []): Promise<string[]> {
  const blocked: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(baseUrl) || url.startsWith('data:') || url.startsWith('blob:') || allow.some((r) => r.test(url))) return route.fallback();
    blocked.push(url);
    return route.abort();
  });
  return blocked;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/**
 * axe violations as short strings, so an assertion message says what is wrong. The screen is judged once it stands
 * still: a dialog fading in, or a button whose colours are mid-transition (the quality check enables "Plan activeren" a
 * moment after typing stops), has too little contrast for that instant. A violation that is still there after half a
 * second is real and reported.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const first = await axeOnce(page);
  if (first.length === 0) return first;
  await page.waitForTimeout(500);
  return axeOnce(page);
}

async function axeOnce(page: Page): Promise<string[]> {
  await page.evaluate(() => Promise.all(document.getAnimations().map((animation) => animation.finished.catch(() => undefined))));
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterFocusBumper(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0)
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')} ${n.html.slice(0, 160)}`).slice(0, 3).join(' | ')})`);
}

/**
 * Fluent's focus manager (tabster) puts aria-hidden, focusable `<i data-tabster-dummy>` bumpers around arrow-key
 * groups such as TabList; they only pass focus on. A known false positive of aria-hidden-focus that Accessibility
 * Insights suppresses too (microsoft/accessibility-insights-web#7605, microsoft/fluentui#27517, "By Design").
 */
function isTabsterFocusBumper(ruleId: string, html: string): boolean {
  return ruleId === 'aria-hidden-focus' && /^<i [^>]*data-tabster-dummy/.test(html);
}

export interface BuildInChromium {
  readonly baseUrl: string;
  readonly browser: Browser;
  /** A fresh context (empty storage) whose requests never leave the local server (but `allow`), with office.js stubbed. */
  newContext(options?: BrowserContextOptions, allow?: RegExp[]): Promise<BrowserContext>;
}

/** Registers the file's before/after hooks: the production build is served and Chromium launched once per file. */
export function useBuildInChromium(): BuildInChromium {
  let server: Server | undefined;
  let baseUrl = '';
  let browser: Browser | undefined;
  before(async () => {
    ({ server, baseUrl } = await serveDist());
    browser = await launch();
  });
  after(async () => {
    await browser?.close();
    server?.close();
  });
  const launched = (): Browser => {
    if (!browser) throw new Error('Chromium is launched in before(); use it inside a test');
    return browser;
  };
  return {
    get baseUrl() { return baseUrl; },
    get browser() { return launched(); },
    async newContext(options = {}, allow = []) {
      const context = await launched().newContext(options);
      await blockExternal(context, baseUrl, allow);
      await stubOfficeJs(context);
      return context;
    },
  };
}

/** A people picker (Fluent TagPicker): type part of the name, take the option with Enter, and see the person's tag appear. */
export async function pickPerson(scope: Locator, label: string, name: string): Promise<void> {
  const input = scope.getByRole('combobox', { name: label, exact: true });
  await input.focus();
  await input.page().keyboard.type(name.slice(0, 4));
  await input.page().getByRole('listbox', { name: label, exact: true }).getByRole('option', { name }).waitFor();
  await input.page().keyboard.press('Enter');
  await scope.getByRole('listbox', { name: `Gekozen: ${label}` }).getByText(name).waitFor();
}

/** The editor's section navigation is a tab list on wide screens and a select on narrow ones. */
export async function goToSection(page: Page, name: RegExp): Promise<void> {
  const select = page.getByRole('combobox', { name: 'Ga naar onderdeel' });
  if (await select.isVisible()) {
    const label = await select.locator('option').evaluateAll((os, source) => os.map((o) => o.textContent ?? '').find((t) => new RegExp(source).test(t)), name.source);
    await select.selectOption({ label: label ?? '' });
  } else {
    await page.getByRole('tab', { name }).click();
  }
  await page.getByRole('heading', { level: 2, name }).waitFor();
}

/** Waits until the editor says its edits are stored. */
export async function saved(page: Page): Promise<void> {
  await page.getByText('Opgeslagen', { exact: true }).first().waitFor({ timeout: 10_000 });
}

/**
 * Puts `plan` into the local store as it is (status included) and opens it: for specs about what is done with a plan
 * in force, where the import (which always makes a draft, domain/import.ts) is not what is tested. Writes the plan
 * record the way the IndexedDB store does (src/adapters/local/database.ts `PlanRecord`), into the database the page
 * has already opened, then reloads so the app reads it through its own store.
 */
export async function seedLocalPlan(page: Page, plan: unknown, familyHeading: RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: 'Plannen' }).waitFor();
  await page.evaluate(async (record) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('veiligheidsplan');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('plans', 'readwrite');
        tx.objectStore('plans').put({ plan: record, revision: '1', savedAt: new Date().toISOString() }, (record as { id: string }).id);
        tx.oncomplete = () => { db.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
    });
  }, plan);
  await page.goto(`${new URL(page.url()).origin}/index.html#/plan/${(plan as { id: string }).id}`);
  await page.getByRole('heading', { level: 1, name: familyHeading }).waitFor();
}
