import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { screenshot } from '../harness';
import { rng } from './prng';
import type { Rng } from './prng';
import type { ChaosWindow, Mismatch, ScreenVsStore, TextFieldInfo } from './inPage';

/**
 * The chaos engine shared by tests/e2e/chaos.e2e.ts (local mode, IndexedDB) and tests/e2e/chaosTenant.e2e.ts
 * (tenant mode, the SharePoint fake): a seeded random sequence of operations on one plan open in two tabs, a ledger
 * of every token typed, and the verdict (tokens lost, "Opgeslagen" shown while the store differs).
 * Needs IN_PAGE_SCRIPT (./inPage.ts) installed in every page (context.addInitScript).
 */

export const TOKEN = /[qP]\d{5}/g;

export type TabName = 'A' | 'B';

export interface Tab {
  name: TabName;
  page: Page;
  /** The browser context the tab lives in (tenant mode: one per user, to go offline alone). */
  context: BrowserContext;
  section: number;
  reloads: number;
}

export interface Token {
  text: string;
  op: number;
  tab: TabName;
  field: string;
  itemKeys: string[];
  kind: 'typed' | 'pasted';
  /** The field showed the token right after it was typed. */
  onScreen: boolean;
  /** The tab's save state just before the keys. */
  stateBefore?: string | null;
  /** Why the token is no longer expected (its item removed, its field cleared, a paste cut it...). */
  excused?: string;
  at: number;
}

export interface Violation {
  op: number;
  tab: TabName;
  revision: string | undefined;
  mismatches: Mismatch[];
}

/** What the store holds, read straight from it (never through the app). */
export interface StoreSnapshot {
  plan: unknown;
  revision: string | undefined;
  versions: Array<{ label: string; plan: unknown }>;
  /** Drafts left on the device (local mode), for the report only. */
  drafts: unknown[];
}

export interface ChaosOptions {
  seed: number;
  tabs: Record<TabName, Tab>;
  /** The editor's address for the plan (`…#/plan/<id>`): a tab that ended up elsewhere goes back there. */
  planUrl: string;
  /** Opens `url` in a new page of the tab's context, after the tab's page was closed. */
  reopen: (tab: Tab, url: string) => Promise<Page>;
  /** The stored plan and its frozen versions; `via` is a page of the test, for stores only a page can read. */
  read: (via: Page) => Promise<StoreSnapshot>;
  /** More operations (tenant mode: going offline), with their weights next to BASE_WEIGHTS. */
  extraOps?: Record<string, { weight: number; run: (tab: Tab) => Promise<void> }>;
  /** Errors the pages threw (pageerror), for the report. */
  pageErrors: string[];
  /** False while the tab cannot load pages (offline): reloads and Back are typed edits instead. */
  canNavigate?: (tab: Tab) => boolean;
  /**
   * The tabs are different devices (tenant mode): a save on one is not pushed to the other, so "Opgeslagen" cannot
   * mean "the store equals this screen", only "everything on this screen is kept". Local tabs follow each other.
   */
  crossDevice?: boolean;
  /** What the report calls the store ("IndexedDB", "SharePoint"). */
  storeName: string;
}

export const BASE_WEIGHTS: Readonly<Record<string, number>> = {
  type: 38, typeDuringSave: 4, collide: 6, paste: 3, clear: 2, add: 9, remove: 4, switch: 13, reload: 3, back: 2, wait: 7, sample: 4,
};

export const win = (page: Page) => ({
  fields: () => page.evaluate(() => (window as unknown as ChaosWindow).__chaos.textFields()),
  state: () => page.evaluate(() => (window as unknown as ChaosWindow).__chaos.saveState()),
  dump: (planId: string) => page.evaluate((id) => (window as unknown as ChaosWindow).__chaos.readAll(id), planId),
  waitForState: (state: string, ms: number) => page.evaluate(([s, t]) => (window as unknown as ChaosWindow).__chaos.waitForState(s as string, t as number), [state, ms] as const),
  paste: (id: string, text: string) => page.evaluate(([f, t]) => (window as unknown as ChaosWindow).__chaos.paste(f as string, t as string), [id, text]),
  slowNextLoad: (ms: number) => page.evaluate((m) => (window as unknown as ChaosWindow).__chaos.slowNextLoad(m), ms),
  slowLoadsWaiting: () => page.evaluate(() => (window as unknown as ChaosWindow).__chaos.slowLoadsWaiting()),
});

/** The plan value behind a field's DOM id (`f-agreements-0-what` -> plan.agreements[0].what). */
export function valueAt(plan: unknown, domId: string): unknown {
  let v: unknown = plan;
  for (const part of domId.slice(2).split('-')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = /^\d+$/.test(part) ? (v as unknown[])[Number(part)] : (v as Record<string, unknown>)[part];
  }
  return v;
}

/** Accepts "leave this page?" prompts (the editor asks while unsaved) and records page errors. */
export function watchPage(page: Page, pageErrors: string[]): Page {
  page.setDefaultTimeout(5000);
  page.on('dialog', (d) => void d.accept());
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  return page;
}

/** The editor is open. By CSS, not by role: a conflict dialog that opens at once hides the page from the role tree. */
export async function waitForEditor(page: Page, timeout = 15_000): Promise<void> {
  await page.locator('h1', { hasText: 'Veiligheidsplan van de familie' }).waitFor({ timeout });
  await page.locator('[data-save-state]').waitFor({ timeout });
}

export interface Verdict {
  ops: number;
  lost: string[];
  violations: Violation[];
  pasteProblems: string[];
  final: Record<TabName, string | null>;
  failedOps: number;
  logFile: string;
}

export class Chaos {
  readonly tokens = new Map<string, Token>();
  readonly log: string[] = [];
  readonly violations: Violation[] = [];
  readonly started = Date.now();
  op = 0;
  seq = 0;
  samples = 0;
  transient = 0;
  conflicts = { mine: 0, theirs: 0 };
  reloads = 0;
  offline = 0;
  /** Slow loads armed by opSlowFollow, and how many of them a load took while the op watched. */
  slowLoads = { armed: 0, taken: 0 };
  /** Cross-device: fields that showed an older value than the store while saved (no live sync between devices). */
  behind = 0;
  pasteProblems: string[] = [];
  failedOps = 0;
  private readonly dialogRng: Rng;
  private front: TabName | null = null;
  kind = '';
  readonly timing = new Map<string, { n: number; ms: number }>();

  readonly r: Rng;
  readonly tabs: Record<TabName, Tab>;

  constructor(readonly options: ChaosOptions) {
    this.r = rng(options.seed);
    this.tabs = options.tabs;
    // Dialog choices get their own stream: whether a dialog is open depends on timing, and must not shift the ops.
    this.dialogRng = rng((options.seed ^ 0x9e3779b9) >>> 0);
  }

  note(tab: TabName | '-', text: string): void {
    this.log.push(`#${this.op} +${Date.now() - this.started}ms ${tab} ${text}`);
  }

  nextToken(prefix: 'q' | 'P'): string {
    this.seq += 1;
    return `${prefix}${String(this.seq).padStart(5, '0')}`;
  }

  /** Tokens in `values` are deliberately deleted: no longer expected at the end. */
  excuse(values: string[], reason: string): string[] {
    const found: string[] = [];
    for (const v of values) {
      for (const text of v.match(TOKEN) ?? []) {
        const t = this.tokens.get(text);
        if (t && !t.excused) {
          t.excused = reason;
          found.push(text);
        }
      }
    }
    return found;
  }

  /**
   * The tab acted on comes to the front, as when a person switches tabs. (Chromium throttles animation frames in
   * the tab behind, which makes every Playwright action there wait seconds for the element to be "stable".)
   */
  async focus(tab: Tab): Promise<void> {
    if (this.front === tab.name) return;
    await tab.page.bringToFront();
    this.front = tab.name;
  }

  /** Resolves a conflict dialog (at random) and closes any other dialog; returns whether one was open. */
  async settleDialogs(tab: Tab): Promise<boolean> {
    const { page } = tab;
    await this.focus(tab);
    let handled = false;
    for (let i = 0; i < 3; i++) {
      if (!(await page.evaluate(() => document.querySelector('[role="alertdialog"]') !== null))) break;
      const conflict = page.getByRole('alertdialog').filter({ hasText: 'Dit plan is ook elders gewijzigd' }).first();
      if (await conflict.isVisible().catch(() => false)) {
        const prefer = this.dialogRng.chance(0.5) ? 'theirs' : 'mine';
        const button = prefer === 'theirs' ? 'Hun versie van deze velden' : 'Mijn versie van deze velden';
        const clashes = (await conflict.textContent().catch(() => '')) ?? '';
        await conflict.getByRole('button', { name: button }).click({ timeout: 3000 });
        await conflict.waitFor({ state: 'hidden', timeout: 5000 }).catch(() => undefined);
        this.conflicts[prefer] += 1;
        this.note(tab.name, `conflict resolved: ${prefer} (${clashes.replace(/\s+/g, ' ').slice(0, 160)})`);
        handled = true;
        continue;
      }
      const other = page.getByRole('alertdialog').first();
      if (await other.isVisible().catch(() => false)) {
        const cancel = other.getByRole('button', { name: 'Annuleren' });
        if (await cancel.isVisible().catch(() => false)) await cancel.click({ timeout: 2000 });
        else await page.keyboard.press('Escape');
        this.note(tab.name, 'other dialog closed');
        handled = true;
        continue;
      }
      break;
    }
    return handled;
  }

  section(page: Page): Locator {
    return page.locator('section[aria-labelledby="section-heading"]');
  }

  async switchTo(tab: Tab, index: number): Promise<void> {
    await this.focus(tab);
    await tab.page.locator('nav[aria-label="Onderdelen"] [role="tab"]').nth(index).click({ force: true, timeout: 2000 });
    tab.section = index;
    this.note(tab.name, `section ${index}`);
  }

  /** Types ` <token>` at the end of a text field; the token is expected from then on. */
  async typeInto(tab: Tab, field: TextFieldInfo, keys: boolean): Promise<string> {
    const { page } = tab;
    const locator = page.locator(`#${field.id}`);
    if (field.value.length + 7 > field.max) await this.clear(tab, field, 'full');
    const token = this.nextToken('q');
    await this.focus(tab);
    await locator.focus({ timeout: 1500 });
    // The editor moves focus itself one frame after a section switch (to the heading) or an add (to the new item):
    // a person clicks later than that, so let that frame pass and focus the field again if it was taken.
    const stateBefore = await page.evaluate(() => new Promise<string | null>((resolve) => requestAnimationFrame(
      () => resolve(document.querySelector('[data-save-state]')?.getAttribute('data-save-state') ?? null))));
    if (!(await locator.evaluate((el) => el === document.activeElement))) await locator.focus({ timeout: 1500 });
    await page.keyboard.press(field.multiline ? 'Control+End' : 'End');
    // Key by key (an edit per key, some during a save) or at once (one input event, as a dictation or IME does).
    if (keys) await page.keyboard.type(` ${token}`);
    else await page.keyboard.insertText(` ${token}`);
    const value = await locator.inputValue({ timeout: 2000 }).catch(() => '');
    const focused = await locator.evaluate((el) => el === document.activeElement).catch(() => false);
    const record: Token = {
      text: token, op: this.op, tab: tab.name, field: field.id, itemKeys: field.itemKeys, kind: 'typed', onScreen: value.includes(token), at: Date.now() - this.started,
      stateBefore,
    };
    this.tokens.set(token, record);
    if (!record.onScreen && (await page.getByRole('alertdialog').first().isVisible().catch(() => false))) {
      // A dialog that opened meanwhile took the keys: the user sees they did not arrive.
      record.excused = 'keys went to a dialog that opened while typing';
    } else if (!record.onScreen && !focused) {
      record.excused = 'focus left the field while typing: the keys went elsewhere';
    } else if (!record.onScreen && value.length + token.length + 1 > field.max) {
      // The other tab filled the field (a paste over the limit) after its length was read: the keys met maxLength, visibly.
      record.excused = 'the field was full when the keys came: maxLength took them';
    }
    this.note(tab.name, `${keys ? 'type' : 'insert'} ${token} into ${field.id} (state ${stateBefore} before)${record.onScreen ? '' : ` (NOT on screen right after typing; ${focused ? 'the field still had focus' : 'focus had left the field'})`}`);
    return token;
  }

  async clear(tab: Tab, field: TextFieldInfo, why: string): Promise<void> {
    const { page } = tab;
    const locator = page.locator(`#${field.id}`);
    await this.focus(tab);
    await locator.focus({ timeout: 1500 });
    const before = await locator.inputValue({ timeout: 2000 });
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    const excused = this.excuse([before], `field ${field.id} cleared in ${tab.name} at #${this.op}`);
    this.note(tab.name, `clear ${field.id} (${why}; ${excused.length} tokens deleted deliberately)`);
  }

  /** Types into a field with room; a field filled by a paste is left alone (with no room here, switches section). */
  async opType(tab: Tab, keys = this.r.chance(0.5)): Promise<void> {
    const fields = await win(tab.page).fields();
    if (fields.length === 0) return this.opAdd(tab);
    const roomy = fields.filter((f) => f.value.length + 7 <= f.max);
    // Every field here is full (the title section's one field after many reloads): go elsewhere rather than clear it.
    if (roomy.length === 0) return this.opSwitch(tab);
    await this.typeInto(tab, this.r.pick(roomy), keys);
  }

  /** Pastes over the limit, preferably into a field without tokens, so the later clearing of the full field deletes few. */
  async opPaste(tab: Tab): Promise<void> {
    const fields = await win(tab.page).fields();
    const clean = fields.filter((f) => !/[qP]\d{5}/.test(f.value));
    const pool = clean.length > 0 && this.r.chance(0.8) ? clean : fields;
    const single = pool.filter((f) => !f.multiline);
    const field = pool.length === 0 ? null : this.r.pick(single.length > 0 && this.r.chance(0.75) ? single : pool);
    if (!field) return this.opAdd(tab);
    const token = this.nextToken('P');
    const text = ` ${token} ${'x'.repeat(field.max + 50)}`;
    const locator = tab.page.locator(`#${field.id}`);
    await locator.focus({ timeout: 1500 });
    const { before } = await win(tab.page).paste(field.id, text);
    const after = await locator.inputValue({ timeout: 2000 });
    const room = field.max - before;
    const fits = room >= token.length + 1;
    const record: Token = {
      text: token, op: this.op, tab: tab.name, field: field.id, itemKeys: field.itemKeys, kind: 'pasted', onScreen: after.includes(token), at: Date.now() - this.started,
    };
    if (!fits) record.excused = `paste cut before the token (room ${room})`;
    this.tokens.set(token, record);
    if (after.length !== field.max) this.pasteProblems.push(`#${this.op} ${tab.name} ${field.id}: ${after.length} characters after a paste over the limit of ${field.max}`);
    if (fits && !record.onScreen) this.pasteProblems.push(`#${this.op} ${tab.name} ${field.id}: the kept part of the paste lacks ${token}`);
    const notice = await tab.page.getByText(/niet geplakt|weggelaten|ingekort|past niet/i).first().isVisible().catch(() => false);
    this.note(tab.name, `paste ${token} + ${field.max + 50} x into ${field.id} (room ${room}, now ${after.length}/${field.max}, notice ${notice})`);
  }

  async opClear(tab: Tab): Promise<void> {
    // A field holding few tokens: clearing one with dozens would leave little for the final check to look for.
    const fields = (await win(tab.page).fields()).filter((f) => f.value.length > 0 && (f.value.match(TOKEN) ?? []).length <= 3);
    if (fields.length === 0) return;
    await this.clear(tab, this.r.pick(fields), 'chaos');
  }

  async opAdd(tab: Tab): Promise<void> {
    // Only the list editors' buttons (GroupEditor/TextListEditor sections), not a tenant panel's.
    const buttons = this.section(tab.page).locator('section[id^="f-"] button:not([disabled])', { hasText: /toevoegen$/ });
    const n = await buttons.count();
    if (n === 0) return this.opSwitch(tab);
    const button = buttons.nth(this.r.int(0, n - 1));
    const label = (await button.textContent()) ?? '';
    await button.click({ force: true, timeout: 2000 });
    this.note(tab.name, `add: ${label}`);
  }

  async opRemove(tab: Tab): Promise<void> {
    const buttons = this.section(tab.page).locator('section[id^="f-"] li button', { hasText: /verwijderen$/ });
    const n = await buttons.count();
    if (n === 0) return this.opAdd(tab);
    const button = buttons.nth(this.r.int(0, n - 1));
    const label = (await button.textContent()) ?? '';
    const item = await button.evaluate((b) => (window as unknown as ChaosWindow).__chaos.itemOf(b));
    await button.click({ force: true, timeout: 2000 });
    const key = item.keys[item.keys.length - 1] ?? '';
    if (await tab.page.evaluate((k) => (window as unknown as ChaosWindow).__chaos.hasItem(k), key)) {
      this.note(tab.name, `remove: ${label} did not happen (item ${key} still there)`);
      return;
    }
    const excused = this.excuse(item.values, `item ${item.keys.join('/')} removed in ${tab.name} at #${this.op}`);
    this.note(tab.name, `remove: ${label} (item ${item.keys.join('/')}; ${excused.length} tokens deleted deliberately: ${excused.join(' ')})`);
  }

  async opSwitch(tab: Tab): Promise<void> {
    const count = await tab.page.locator('nav[aria-label="Onderdelen"] [role="tab"]').count();
    if (count < 2) return;
    let index = this.r.int(0, count - 2);
    if (index >= tab.section) index += 1;
    await this.switchTo(tab, index);
  }

  /** Reload, often right after typing: inside the autosave pause, or just after it. */
  async opReload(tab: Tab): Promise<void> {
    if (this.options.canNavigate?.(tab) === false) return this.opType(tab, true);
    if (this.r.chance(0.6)) await this.opType(tab, true);
    const when = this.r.weighted({ instant: 15, pause: 60, later: 25 });
    const delay = when === 'instant' ? this.r.int(0, 20) : when === 'pause' ? this.r.int(21, 480) : this.r.int(520, 900);
    const stateBefore = delay > 0 ? null : await win(tab.page).state();
    if (delay > 0) await tab.page.waitForTimeout(delay);
    const state = stateBefore ?? await win(tab.page).state().catch(() => '?');
    const how = this.r.chance(0.7) ? 'reload' : 'close and reopen';
    if (how === 'reload') {
      await tab.page.reload({ waitUntil: 'domcontentloaded', timeout: 15_000 });
    } else {
      const url = tab.page.url();
      const closed = new Promise<void>((resolve) => tab.page.once('close', () => resolve()));
      // runBeforeUnload: the "leave the page?" prompt is shown (and accepted) as when a person closes the tab.
      await tab.page.close({ runBeforeUnload: true });
      await closed;
      tab.page = await this.options.reopen(tab, url);
      this.front = null;
    }
    await waitForEditor(tab.page);
    tab.section = 0;
    tab.reloads += 1;
    this.reloads += 1;
    this.note(tab.name, `${how} after ${delay} ms (state was ${state})`);
  }

  /** A tab that is not in the editor (an op that failed half-way) opens the plan again by its address. */
  async ensureEditor(tab: Tab): Promise<void> {
    if ((await tab.page.locator('[data-save-state]').count()) > 0) return;
    await this.focus(tab);
    await tab.page.goto(this.options.planUrl);
    await waitForEditor(tab.page);
    tab.section = 0;
    this.note(tab.name, 'not in the editor: opened the plan again by its address');
  }

  /** Back to the plan list (which waits for the save) and open the plan again. */
  async opBackAndOpen(tab: Tab): Promise<void> {
    if (this.options.canNavigate?.(tab) === false) return this.opType(tab, true);
    const { page } = tab;
    const state = await win(page).state();
    await page.getByRole('button', { name: 'Terug naar plannen' }).click({ timeout: 2000 });
    const open = page.getByRole('button', { name: /^Openen:/ });
    const anyway = page.getByRole('button', { name: /toch|anyway/i });
    await open.or(anyway).first().waitFor({ timeout: 10_000 });
    if (await anyway.isVisible().catch(() => false)) {
      this.note(tab.name, `back: the save failed (${await win(page).state()}), staying`);
      return;
    }
    await open.first().click({ timeout: 2000 });
    await waitForEditor(page);
    tab.section = 0;
    this.note(tab.name, `back to the list and open again (state was ${state})`);
  }

  /** Both tabs type into the same field of the same section, each inside its pause: a clash when both save. */
  async opCollide(): Promise<void> {
    const { A, B } = this.tabs;
    const [first, second] = this.r.chance(0.5) ? [A, B] : [B, A];
    await this.settleDialogs(second);
    if (second.section !== first.section) await this.switchTo(second, first.section);
    const [f1, f2] = await Promise.all([win(first.page).fields(), win(second.page).fields()]);
    const common = f1.filter((f) => f2.some((g) => g.id === f.id));
    if (common.length === 0) return this.opAdd(first);
    const field = this.r.pick(common);
    this.note('-', `collide on ${field.id}`);
    await this.typeInto(first, field, true);
    const mirror = f2.find((g) => g.id === field.id);
    if (mirror) await this.typeInto(second, mirror, true);
  }

  /**
   * The other tab saves first; then this tab's autosave fires, finds the revision changed and merges, and the user
   * types on right then, while the save and the merge are under way.
   */
  async opTypeDuringSave(): Promise<void> {
    const { A, B } = this.tabs;
    const [x, y] = this.r.chance(0.5) ? [A, B] : [B, A];
    const [fx, fy] = await Promise.all([win(x.page).fields(), win(y.page).fields()]);
    const roomy = (fs: TextFieldInfo[]) => fs.filter((f) => f.value.length + 20 <= f.max);
    if (roomy(fx).length === 0 || roomy(fy).length === 0) return this.opSwitch(x);
    await this.typeInto(y, this.r.pick(roomy(fy)), false);
    await this.focus(y);
    const ySaved = await win(y.page).waitForState('saved', 2000);
    const field = this.r.pick(roomy(fx));
    await this.typeInto(x, field, false);
    const state = await win(x.page).waitForState('saving', 1500);
    await this.typeInto(x, field, true);
    this.note(x.name, `typed on as its save began (other tab ${ySaved}, this tab ${state} when the keys started)`);
  }

  /**
   * A slow store load during following (issue 24). The other tab saves; this tab, with nothing pending, follows it
   * with a load that answers late; right then the user types here, so this tab merges and saves a newer revision
   * before the late load lands. When it lands it must change nothing: sampled then, the screen equals the store.
   * Local mode only: tabs on one device follow each other's saves (the presence's BroadcastChannel).
   */
  async opSlowFollow(): Promise<void> {
    const { A, B } = this.tabs;
    const [x, y] = this.r.chance(0.5) ? [A, B] : [B, A];
    const ms = this.r.int(800, 2500);
    const [fx, fy] = await Promise.all([win(x.page).fields(), win(y.page).fields()]);
    const roomy = (fs: TextFieldInfo[]) => fs.filter((f) => f.value.length + 20 <= f.max);
    if (roomy(fx).length === 0 || roomy(fy).length === 0) return this.opSwitch(x);
    const before = await win(x.page).waitForState('saved', 2000);
    await win(x.page).slowNextLoad(ms);
    this.slowLoads.armed += 1;
    await this.typeInto(y, this.r.pick(roomy(fy)), false);
    await this.focus(y);
    const ySaved = await win(y.page).waitForState('saved', 2000);
    // The news of the save reaches this tab, which starts following.
    await x.page.waitForTimeout(100);
    await this.typeInto(x, this.r.pick(roomy(fx)), false);
    const xSaved = await win(x.page).waitForState('saved', 3000);
    const taken = (await win(x.page).slowLoadsWaiting()) === 0;
    if (taken) this.slowLoads.taken += 1;
    this.note(x.name, `slow follow: next load ${ms} ms late (${taken ? 'taken' : 'not taken yet'}); this tab ${before} before, the other ${ySaved}, this tab ${xSaved} after typing`);
    // The late load lands; the screen must still equal the store.
    await x.page.waitForTimeout(ms);
    await this.sample(x);
  }

  async opWait(tab: Tab): Promise<void> {
    const ms = this.r.int(50, 500);
    await tab.page.waitForTimeout(ms);
    this.note(tab.name, `wait ${ms} ms`);
  }

  /** The tab's text fields against the stored plan, when the tab says "Opgeslagen". */
  async screenVsStore(tab: Tab): Promise<ScreenVsStore> {
    const state = await win(tab.page).state();
    if (state !== 'saved') return { state };
    const fields = await win(tab.page).fields();
    const stored = await this.options.read(tab.page);
    const after = await win(tab.page).state();
    const mismatches: Mismatch[] = [];
    for (const f of fields) {
      const value = valueAt(stored.plan, f.id);
      const s = value === null || value === undefined ? '' : String(value);
      if (s !== f.value) mismatches.push({ id: f.id, screenLen: f.value.length, storedLen: s.length, screenTail: f.value.slice(-60), storedTail: s.slice(-60) });
    }
    if (this.options.crossDevice && mismatches.length > 0) {
      // Another device's save is not pushed to this one (the next save merges it): a field may show an older value.
      // What "Opgeslagen" still promises is that every token on this screen is kept (in the plan or a frozen version).
      const kept = JSON.stringify([stored.plan, ...stored.versions.map((v) => v.plan)]);
      const missing = (value: string) => (value.match(TOKEN) ?? []).filter((t) => !kept.includes(t));
      const unkept = mismatches.filter((m) => missing(fields.find((f) => f.id === m.id)?.value ?? '').length > 0);
      this.behind += mismatches.length - unkept.length;
      return { state, after, revision: stored.revision, checked: fields.length, mismatches: unkept };
    }
    return { state, after, revision: stored.revision, checked: fields.length, mismatches };
  }

  /**
   * Whenever the tab says "Opgeslagen", the store must hold the text fields it shows. A difference may last a moment
   * when the other tab has just saved (this tab follows it when the news arrives); one that lasts 1.5 s with
   * nothing typed is a violation.
   */
  async sample(tab: Tab): Promise<void> {
    const first = await this.screenVsStore(tab);
    if (first.state !== 'saved') return;
    this.samples += 1;
    if (!first.mismatches?.length || first.after !== 'saved') return;
    this.transient += 1;
    await tab.page.waitForTimeout(1500);
    const again = await this.screenVsStore(tab);
    const lasting = (again.mismatches ?? []).filter((m) => first.mismatches?.some((f) => f.id === m.id));
    if (again.state === 'saved' && again.after === 'saved' && lasting.length > 0) {
      this.violations.push({ op: this.op, tab: tab.name, revision: again.revision, mismatches: lasting });
      this.note(tab.name, `VIOLATION: says saved, but the store (revision ${again.revision}) differs in ${lasting.map((m) => m.id).join(', ')}`);
      await screenshot(tab.page, `chaos-violation-${this.options.seed}-${this.op}`).catch(() => undefined);
    } else {
      this.note(tab.name, `transient screen/store difference in ${first.mismatches.map((m) => m.id).join(', ')} (gone after 1.5 s)`);
    }
  }

  async step(): Promise<void> {
    const extra = this.options.extraOps ?? {};
    const weights: Record<string, number> = { ...BASE_WEIGHTS };
    for (const [name, op] of Object.entries(extra)) weights[name] = op.weight;
    const kind = this.r.weighted(weights);
    const tab = this.r.chance(0.5) ? this.tabs.A : this.tabs.B;
    this.kind = kind;
    await this.ensureEditor(tab);
    await this.settleDialogs(tab);
    const custom = extra[kind];
    if (custom) return custom.run(tab);
    switch (kind) {
      case 'type': return this.opType(tab);
      case 'collide': return this.opCollide();
      case 'typeDuringSave': return this.opTypeDuringSave();
      case 'paste': return this.opPaste(tab);
      case 'clear': return this.opClear(tab);
      case 'add': return this.opAdd(tab);
      case 'remove': return this.opRemove(tab);
      case 'switch': return this.opSwitch(tab);
      case 'reload': return this.opReload(tab);
      case 'back': return this.opBackAndOpen(tab);
      case 'wait': return this.opWait(tab);
      case 'sample': return this.sample(tab);
    }
  }

  /** Until both tabs say "Opgeslagen" for a while, resolving any conflict on the way. */
  async settle(timeoutMs = 45_000): Promise<Record<TabName, string | null>> {
    const deadline = Date.now() + timeoutMs;
    let states: Record<TabName, string | null> = { A: null, B: null };
    while (Date.now() < deadline) {
      let dialogs = false;
      for (const tab of [this.tabs.A, this.tabs.B]) dialogs = (await this.settleDialogs(tab)) || dialogs;
      states = { A: await win(this.tabs.A.page).state(), B: await win(this.tabs.B.page).state() };
      if (!dialogs && states.A === 'saved' && states.B === 'saved') {
        await this.tabs.A.page.waitForTimeout(800);
        const again = { A: await win(this.tabs.A.page).state(), B: await win(this.tabs.B.page).state() };
        const open = (await this.tabs.A.page.getByRole('alertdialog').count()) + (await this.tabs.B.page.getByRole('alertdialog').count());
        if (again.A === 'saved' && again.B === 'saved' && open === 0) return again;
        continue;
      }
      await this.tabs.A.page.waitForTimeout(300);
    }
    return states;
  }
}


/** Runs `ops` operations, sampling screen against store every `sampleEvery`. */
export async function runChaos(chaos: Chaos, ops: number, sampleEvery = 5): Promise<void> {
  for (chaos.op = 1; chaos.op <= ops; chaos.op++) {
    const t0 = Date.now();
    try {
      await chaos.step();
    } catch (e) {
      chaos.failedOps += 1;
      chaos.note('-', `op failed: ${String(e).split('\n')[0]}`);
    }
    const spent = chaos.timing.get(chaos.kind) ?? { n: 0, ms: 0 };
    chaos.timing.set(chaos.kind, { n: spent.n + 1, ms: spent.ms + Date.now() - t0 });
    if (chaos.op % sampleEvery === 0) {
      for (const tab of [chaos.tabs.A, chaos.tabs.B]) await chaos.sample(tab).catch((e: unknown) => chaos.note(tab.name, `sample failed: ${String(e).split('\n')[0]}`));
    }
  }
  chaos.op = ops;
  if (process.env.CHAOS_TRACE) for (const [k, v] of chaos.timing) console.log('timing', k, v.n, Math.round(v.ms / v.n), 'ms');
}

/**
 * Settles both tabs, checks every section of both against the store, reads the store and says which tokens are
 * lost. Prints the summary, `bench edits.ops`, `bench edits.lost` and where the log is; asserts nothing.
 */
export async function finishChaos(chaos: Chaos, ops: number, logName: string): Promise<Verdict> {
  const { seed, storeName, pageErrors } = chaos.options;
  const logFile = path.join(os.tmpdir(), `${logName}-${seed}.log`);
  const final = await chaos.settle();
  chaos.note('-', `settled: A ${final.A}, B ${final.B}`);
  if (final.A !== 'saved' || final.B !== 'saved') {
    await screenshot(chaos.tabs.A.page, `${logName}-unsettled-A-${seed}`).catch(() => undefined);
    await screenshot(chaos.tabs.B.page, `${logName}-unsettled-B-${seed}`).catch(() => undefined);
  }

  // Every section in both tabs, once everything is quiet: the screen equals the store.
  const screens: Record<TabName, string> = { A: '', B: '' };
  for (const tab of [chaos.tabs.A, chaos.tabs.B]) {
    const count = await tab.page.locator('nav[aria-label="Onderdelen"] [role="tab"]').count();
    for (let i = 0; i < count; i++) {
      await chaos.switchTo(tab, i);
      await chaos.sample(tab);
      screens[tab.name] += (await win(tab.page).fields()).map((f) => f.value).join('\n');
    }
  }

  const stored = await chaos.options.read(chaos.tabs.A.page);
  const planJson = JSON.stringify(stored.plan ?? null);
  const versionJson = stored.versions.map((v) => JSON.stringify(v.plan));
  const draftJson = JSON.stringify(stored.drafts);
  const inVersions = (token: string) => versionJson.some((json) => json.includes(token));
  const tokens = [...chaos.tokens.values()];
  const expected = tokens.filter((t) => !t.excused);
  const inPlan = expected.filter((t) => planJson.includes(t.text));
  const onlyFrozen = expected.filter((t) => !planJson.includes(t.text) && inVersions(t.text));
  const lost = expected.filter((t) => !planJson.includes(t.text) && !inVersions(t.text));
  const seconds = ((Date.now() - chaos.started) / 1000).toFixed(1);

  const report = [
    `chaos: ${ops} ops in ${seconds} s (${chaos.failedOps} failed), ${tokens.length} tokens (${tokens.filter((t) => t.kind === 'pasted').length} pasted), ` +
      `${expected.length} expected, ${inPlan.length} in the plan, ${onlyFrozen.length} only in frozen versions, ${tokens.length - expected.length} deliberately deleted`,
    `chaos: ${chaos.reloads} reloads, ${chaos.offline} times offline, ${chaos.slowLoads.armed} slow loads while following (${chaos.slowLoads.taken} taken during the op), conflicts resolved mine ${chaos.conflicts.mine} / theirs ${chaos.conflicts.theirs}, ` +
      `${stored.versions.length} frozen versions (${[...new Set(stored.versions.map((v) => v.label))].join('; ')}), ${stored.drafts.length} drafts left, revision ${stored.revision}`,
    `chaos: screen vs ${storeName}: ${chaos.samples} samples while saved, ${chaos.transient} transient differences, ${chaos.violations.length} violations${chaos.options.crossDevice ? ` (${chaos.behind} fields seen behind the other device)` : ''}; ` +
      `paste problems ${chaos.pasteProblems.length}; page errors ${pageErrors.length}; final states A ${final.A}, B ${final.B}`,
  ];
  const lostReport = lost.map((t) => {
    const where = [draftJson.includes(t.text) ? 'in a draft' : '', screens.A.includes(t.text) ? 'on screen A' : '', screens.B.includes(t.text) ? 'on screen B' : '']
      .filter(Boolean).join(', ') || 'nowhere';
    const around = chaos.log.filter((line) => {
      const op = Number(/^#(\d+)/.exec(line)?.[1]);
      return op >= t.op - 4 && op <= t.op + 1;
    });
    return `LOST ${t.text}: ${t.kind} in ${t.tab} at #${t.op} (+${t.at} ms) into ${t.field} (item ${t.itemKeys.join('/') || '-'}), ` +
      `state ${t.stateBefore ?? '?'} before, ${t.onScreen ? 'on screen after typing' : 'NOT on screen after typing'}; now ${where}\n    ${around.join('\n    ')}`;
  });
  for (const line of [...report, ...lostReport, ...chaos.pasteProblems.map((p) => `PASTE ${p}`), ...pageErrors.slice(0, 5).map((e) => `PAGE ERROR ${e}`)]) console.log(line);
  for (const v of chaos.violations) console.log(`VIOLATION at #${v.op} in ${v.tab} (revision ${v.revision}): ${JSON.stringify(v.mismatches)}`);
  console.log(`bench edits.ops ${ops} ops`);
  console.log(`bench edits.lost ${lost.length} edits`);
  writeFileSync(logFile, [...chaos.log, '', ...report, ...lostReport, '', 'tokens:', ...tokens.map((t) => JSON.stringify(t))].join('\n') + '\n');
  console.log(`chaos log: ${logFile}`);
  return { ops, lost: lostReport, violations: chaos.violations, pasteProblems: chaos.pasteProblems, final, failedOps: chaos.failedOps, logFile };
}

/** Writes what the log holds so far (a run that threw before its verdict). */
export function writePartialLog(chaos: Chaos, logName: string): string {
  const logFile = path.join(os.tmpdir(), `${logName}-${chaos.options.seed}.log`);
  writeFileSync(logFile, chaos.log.join('\n') + '\n');
  return logFile;
}
