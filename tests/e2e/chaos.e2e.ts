import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useBuildInChromium } from './harness';
import { seedFromEnv } from './chaos/prng';
import { IN_PAGE_SCRIPT } from './chaos/inPage';
import { Chaos, finishChaos, runChaos, waitForEditor, watchPage, win, writePartialLog } from './chaos/engine';
import type { Tab } from './chaos/engine';

/**
 * Chaos test of the save path (src/app/savePlan.ts) in local mode: one plan open in two tabs of one browser
 * (one IndexedDB), and a seeded random sequence of at least 500 operations: typing unique tokens, pasting over
 * the limit, adding and removing list items, switching sections, reloading a tab (sometimes inside the 500 ms
 * autosave pause), both tabs editing the same field so that merges and conflict dialogs happen (resolved at
 * random), and a slow store load while a tab follows the other's save (it lands after that tab saved anew). At the end every token typed, and not deliberately deleted since (its item removed, its field cleared),
 * must be in the stored plan or in a frozen version. Along the way, whenever a tab says "Opgeslagen", the plan in
 * IndexedDB must equal the text fields on its screen.
 *
 * Run:   npm run build && node --import tsx --test tests/e2e/chaos.e2e.ts
 *        CHAOS_SEED=1234 (or 0x..., or "random") replays or varies the choices; CHAOS_OPS=2000 runs longer.
 *        `npm run bench chaos` runs it too and relays its two figures (scripts/bench.ts).
 * Prints: `chaos seed <n>`, `bench edits.ops <n> ops`, `bench edits.lost <n> edits`, and a summary; the full
 * operation log goes to $TMPDIR/chaos-<seed>.log.
 * The seed fixes the choices; timing (when a save lands) still varies, so a replay is close but not identical.
 */

const chromium = useBuildInChromium();

const SEED = seedFromEnv();
const OPS = Math.max(1, Number(process.env.CHAOS_OPS ?? 500));

describe('chaos: one plan in two tabs, local mode', () => {
  it(`loses no edit over ${OPS} random operations (seed ${SEED})`, { timeout: 15 * 60_000 }, async () => {
    console.log('chaos seed', SEED);
    const context = await chromium.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    await context.addInitScript({ content: IN_PAGE_SCRIPT });
    const pageErrors: string[] = [];
    const open = async (url: string): Promise<Page> => {
      const page = watchPage(await context.newPage(), pageErrors);
      await page.goto(url);
      return page;
    };

    const a = await open(`${chromium.baseUrl}/index.html`);
    await a.getByRole('button', { name: 'Nieuw plan' }).click();
    await waitForEditor(a);
    const planId = /#\/plan\/(.+)$/.exec(a.url())?.[1];
    assert.ok(planId, `the editor's address names the plan: ${a.url()}`);
    // A plan nobody typed in yet is not in the store (nor in the list): give it a name first.
    await a.getByRole('textbox', { name: 'Familienaam' }).fill('Chaos');
    await a.locator('[data-save-state="saved"]').waitFor();
    const b = await open(a.url());
    await waitForEditor(b);

    const tab = (name: 'A' | 'B', page: Page): Tab => ({ name, page, context, section: 0, reloads: 0 });
    const chaos: Chaos = new Chaos({
      seed: SEED,
      planUrl: a.url(),
      tabs: { A: tab('A', a), B: tab('B', b) },
      reopen: (_tab, url) => open(url),
      // IndexedDB of the one browser context, read in a page: 'plans' (by plan id), 'versions' and 'drafts' (byPlan).
      read: async (via) => {
        const dump = await win(via).dump(planId);
        return { plan: dump.record?.plan, revision: dump.record?.revision, versions: dump.versions, drafts: dump.drafts.map((d) => d.plan) };
      },
      // A slow store load during following: the late load lands after this tab saved a newer revision (issue 24).
      extraOps: { slowFollow: { weight: 4, run: () => chaos.opSlowFollow() } },
      pageErrors,
      storeName: 'IndexedDB',
    });

    let finished = false;
    try {
      await runChaos(chaos, OPS);
      const verdict = await finishChaos(chaos, OPS, 'chaos');
      finished = true;
      assert.equal(verdict.final.A, 'saved', 'tab A ends saved');
      assert.equal(verdict.final.B, 'saved', 'tab B ends saved');
      // A LOST EDIT IS AN APP BUG: the token was typed (or pasted, in the part kept) and is neither in the stored plan
      // nor in any frozen version. Replay with CHAOS_SEED and read the log named above.
      assert.deepEqual(verdict.lost, [], `LOST EDITS with seed ${SEED} (app bug; log ${verdict.logFile})`);
      assert.deepEqual(verdict.violations, [], `"Opgeslagen" shown while IndexedDB differs from the screen (seed ${SEED})`);
      assert.deepEqual(verdict.pasteProblems, [], 'a paste over the limit fills the field to the limit and keeps its start');
      assert.ok(verdict.failedOps <= OPS / 10, `at most 10% of the operations fail to run (${verdict.failedOps})`);
    } finally {
      if (!finished) console.log(`chaos log (partial): ${writePartialLog(chaos, 'chaos')}`);
      await context.close();
    }
  });
});
