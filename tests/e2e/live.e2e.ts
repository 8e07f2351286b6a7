import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { BrowserContext, Page } from 'playwright-core';
import { startLocalFluidService } from '../../scripts/live-service';
import type { LocalFluidService } from '../../scripts/live-service';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, axeViolations, screenshot, tryOutFolder, useBuildInChromium } from './harness';
import { closedAfterEachTest } from './liveCleanup';

/**
 * The live netwerkberaad with three people (facilitator, a network member, a professional), each in a browser context
 * of their own, on live.html against a local Fluid service this file starts and stops. The same screens run in a Teams
 * meeting's side panel and stage; only the Live Share host differs (the test host here).
 */

const chromium = useBuildInChromium();
let service: LocalFluidService;
before(async () => {
  service = await startLocalFluidService();
});
after(async () => {
  await service?.stop();
});
// Each test's browser contexts (with their Fluid clients) are closed after it, also when an assertion failed.
const cleanup = closedAfterEachTest();

const FAMILY = 'Jansen-Öztürk';

async function newContext(width: number): Promise<BrowserContext> {
  // Only the local Fluid service is reachable besides the app's own server.
  const escaped = service.endpoint.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return cleanup.track(await chromium.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL', colorScheme: 'light' }, [new RegExp(`^${escaped}/`)]));
}

function liveUrl(params: Record<string, string>): string {
  return `${chromium.baseUrl}/live.html?${new URLSearchParams({ service: service.endpoint, ...params }).toString()}`;
}

const MOTHER = 'Sanne Bakker';
const PROFESSIONAL = 'Karin Visser';

/** A plan in the facilitator's local store, made the way a user makes one: a family name, a mother and a professional. */
async function seedPlan(page: Page): Promise<void> {
  await page.goto(`${chromium.baseUrl}/index.html`);
  await page.getByRole('button', { name: 'Nieuw plan' }).click();
  await page.getByRole('textbox', { name: 'Familienaam' }).fill(FAMILY);
  const sections = page.getByRole('combobox', { name: 'Ga naar onderdeel' });
  if (await sections.isVisible()) await sections.selectOption({ label: (await sections.locator('option', { hasText: /^1\. Wie maken/ }).first().textContent()) ?? '' });
  else await page.getByRole('tab', { name: /^1\. Wie maken/ }).click();
  await page.getByRole('button', { name: 'Gezinslid toevoegen' }).click();
  await page.getByRole('group', { name: /^Gezinslid 1/ }).getByRole('textbox', { name: 'Naam' }).fill(MOTHER);
  await page.getByRole('button', { name: 'Professional toevoegen' }).click();
  await page.getByRole('group', { name: /^Professional 1/ }).getByRole('textbox', { name: 'Naam' }).fill(PROFESSIONAL);
  await page.getByText(/Opgeslagen|Alles is opgeslagen/).first().waitFor({ timeout: 10_000 });
}

async function join(page: Page, url: string, role: 'Begeleider' | 'Professional' | 'Deelnemer', name: string): Promise<void> {
  await page.goto(url);
  if (name) await page.getByRole('textbox', { name: /Uw naam/ }).fill(name);
  await page.getByRole('radio', { name: role }).check();
  await page.getByRole('button', { name: 'Meedoen' }).click();
  try {
    await page.getByRole('heading', { level: 1, name: 'Netwerkberaad live' }).waitFor({ timeout: 20_000 });
  } catch (e) {
    await screenshot(page, `live-join-failed-${role}`);
    throw e;
  }
}

const presenceCount = (page: Page) => page.getByTestId('live-presence').locator('li').count();
const field = (page: Page, key: string) => page.locator(`textarea[data-field="${key}"]`);

async function waitAll(pages: Page[], what: string, check: (page: Page) => Promise<boolean>, ms = 10_000): Promise<number> {
  const start = Date.now();
  for (;;) {
    const results = await Promise.all(pages.map(check));
    if (results.every(Boolean)) return Date.now() - start;
    if (Date.now() - start > ms) throw new Error(`timed out: ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

interface StoredPlanView {
  directPersons: Array<{ id: string; name: string }>;
  professionals: Array<{ id: string; name: string }>;
  agreements: Array<{ what: string; who: string[] }>;
  networkMeetings: Array<{ id: string; date: string | null; attendeeIds: string[] }>;
}

async function stored(page: Page): Promise<{ plans: number; netwerkberaad: number; plan: StoredPlanView | null }> {
  return page.evaluate(() => new Promise<{ plans: number; netwerkberaad: number; plan: StoredPlanView | null }>((resolve, reject) => {
    const open = indexedDB.open('veiligheidsplan');
    open.onerror = () => reject(new Error('no database'));
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(['plans', 'versions'], 'readonly');
      const plans = tx.objectStore('plans').getAll();
      const versions = tx.objectStore('versions').getAll();
      tx.oncomplete = () => {
        const labels = (versions.result as Array<{ label: string }>).map((v) => v.label);
        const records = plans.result as Array<{ plan: StoredPlanView }>;
        resolve({ plans: records.length, netwerkberaad: labels.filter((l) => l.startsWith('Netwerkberaad ')).length, plan: records[0]?.plan ?? null });
        db.close();
      };
    };
  }));
}

/** The browser's calendar day, as the app's clock gives it (the meeting's date). */
const browserDay = (page: Page) => page.evaluate(() => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
});

/** Copies the plan records (not the versions) of one browser's store into another's. */
async function copyStoredPlans(from: Page, to: Page): Promise<void> {
  const records = await from.evaluate(() => new Promise<Array<[string, unknown]>>((resolve, reject) => {
    const open = indexedDB.open('veiligheidsplan');
    open.onerror = () => reject(new Error('no database'));
    open.onsuccess = () => {
      const tx = open.result.transaction('plans', 'readonly');
      const keys = tx.objectStore('plans').getAllKeys();
      const values = tx.objectStore('plans').getAll();
      tx.oncomplete = () => { resolve((keys.result as string[]).map((k, i) => [k, values.result[i]])); open.result.close(); };
    };
  }));
  // The app makes its store when it first opens it: open the plan list once in that browser.
  const opener = await to.context().newPage();
  await opener.goto(`${chromium.baseUrl}/index.html`);
  await opener.locator('[data-listed="true"]').waitFor();
  await opener.close();
  await to.evaluate((entries) => new Promise<void>((resolve, reject) => {
    const open = indexedDB.open('veiligheidsplan');
    open.onerror = () => reject(new Error('no database'));
    open.onsuccess = () => {
      const tx = open.result.transaction('plans', 'readwrite');
      for (const [key, value] of entries) tx.objectStore('plans').put(value, key);
      tx.oncomplete = () => { open.result.close(); resolve(); };
    };
  }), records);
}

async function storedField(page: Page, key: string): Promise<unknown> {
  return page.evaluate((k) => new Promise<unknown>((resolve, reject) => {
    const open = indexedDB.open('veiligheidsplan');
    open.onerror = () => reject(new Error('no database'));
    open.onsuccess = () => {
      const all = open.result.transaction('plans', 'readonly').objectStore('plans').getAll();
      all.onsuccess = () => { resolve((all.result[0] as { plan: Record<string, unknown> } | undefined)?.plan[k]); open.result.close(); };
    };
  }), key);
}

interface AgendaPlan {
  concernFacts: Array<{ text: string; perspective: string | null }>;
  agreements: Array<{ what: string; safety?: string | null }>;
  circumstances: Array<{ description: string; agreement: string }>;
  informing: Array<{ how: string }>;
  informAuthorityWhen: string;
  evaluationDate: string | null;
  networkMeetings: Array<{ agendaStep?: string | null }>;
}

/** The one plan of the browser's store, as the whole-agenda walk reads it back. */
async function storedPlan(page: Page): Promise<AgendaPlan> {
  return page.evaluate(() => new Promise<AgendaPlan>((resolve, reject) => {
    const open = indexedDB.open('veiligheidsplan');
    open.onerror = () => reject(new Error('no database'));
    open.onsuccess = () => {
      const all = open.result.transaction('plans', 'readonly').objectStore('plans').getAll();
      all.onsuccess = () => { resolve((all.result[0] as { plan: AgendaPlan }).plan); open.result.close(); };
    };
  }));
}

describe('live netwerkberaad (three people, local Fluid service)', () => {
  it('runs on the try-out page, which the production build does not ship (issue 25): it lies next to the build', () => {
    assert.equal(existsSync(path.join(DIST, 'live.html')), false, 'no live.html in the build');
    assert.deepEqual(readdirSync(DIST).filter((f) => /^live\./.test(f)), [], 'no live entry script in the build');
    assert.ok(existsSync(path.join(tryOutFolder(DIST), 'live.html')), 'live.html in the try-out folder');
  });

  it('shares presence, follow, fields, proposals and the timer, catches up after a reconnect, saves one version, and a professional takes over', async () => {
    const facilitatorContext = await newContext(320);
    const memberContext = await newContext(1280);
    const professionalContext = await newContext(320);
    const facilitator = await facilitatorContext.newPage();
    await seedPlan(facilitator);

    await join(facilitator, liveUrl({ view: 'panel' }), 'Begeleider', 'Sanne (begeleider)');
    await facilitator.waitForURL(/live=/);
    const sessionId = new URL(facilitator.url()).searchParams.get('live') ?? '';
    assert.ok(sessionId, 'the session id is in the facilitator\'s address');
    await facilitator.getByRole('button', { name: `Delen in de vergadering: ${FAMILY}` }).click();
    // Sharing asks first: everyone in the meeting receives the plan's view.
    const confirm = facilitator.getByRole('alertdialog', { name: 'Delen met iedereen in deze vergadering?' });
    await confirm.waitFor();
    for (const scheme of ['light', 'dark'] as const) {
      await facilitator.emulateMedia({ colorScheme: scheme });
      assert.deepEqual(await axeViolations(facilitator), [], `axe on the share confirmation at 320 px (${scheme})`);
    }
    await facilitator.emulateMedia({ colorScheme: 'light' });
    await confirm.getByRole('button', { name: 'Delen', exact: true }).click();

    const member = await memberContext.newPage();
    await join(member, liveUrl({ live: sessionId }), 'Deelnemer', '');
    const professional = await professionalContext.newPage();
    await join(professional, liveUrl({ live: sessionId, view: 'panel' }), 'Professional', 'Wijkcoach');
    const everyone = [facilitator, member, professional];

    // Presence: all three, and no name for the member who joined without one.
    await waitAll(everyone, 'presence of three', async (p) => (await presenceCount(p)) === 3);
    // One facilitator: the professional sees who leads and may take over; the facilitator and the member get no such button.
    await professional.getByTestId('live-lead').getByText(/^Sanne \(begeleider\) leidt dit netwerkberaad, sinds \d{2}:\d{2}\.$/).waitFor();
    assert.equal(await professional.getByRole('button', { name: 'Leiding overnemen' }).count(), 1);
    assert.equal(await professional.getByRole('button', { name: 'Opslaan in het plan' }).count(), 0, 'only the facilitator saves');
    for (const p of [facilitator, member]) assert.equal(await p.getByRole('button', { name: 'Leiding overnemen' }).count(), 0);
    assert.equal(await member.getByTestId('live-presence').getByText('Deelnemer zonder naam').count(), 1);

    // Follow: the facilitator moves to the signal plan; the others' screens follow.
    await facilitator.getByRole('tab', { name: /^6\./ }).click();
    await waitAll([member, professional], 'stage follows', async (p) => (await p.locator('[data-section="monitoring"]').count()) === 1);

    // Concurrent typing in two fields, and the professional recording when Veilig Thuis is informed (no field: a
    // professional's own proposal counts at once), converge everywhere within 2 s.
    const texts = { smallRelapse: 'Oma belt de moeder', largeRelapse: 'De kinderen gaan naar oom' };
    const decided = (p: Page) => p.getByTestId('decided-informAuthorityWhen');
    const vtForm = professional.getByRole('region', { name: 'Wanneer wordt Veilig Thuis geïnformeerd?' });
    await vtForm.getByRole('textbox').fill('Bij elke terugval');
    await Promise.all([
      field(facilitator, 'smallRelapse').fill(texts.smallRelapse),
      field(member, 'largeRelapse').fill(texts.largeRelapse),
      vtForm.getByRole('button', { name: 'Vastleggen' }).click(),
    ]);
    const converged = await waitAll(everyone, 'two fields and a decision converge', async (p) => {
      const values = await Promise.all(Object.keys(texts).map((k) => field(p, k).inputValue()));
      return values.join('|') === Object.values(texts).join('|') && (await decided(p).textContent()) === 'Bij elke terugval';
    }, 5000);
    assert.ok(converged < 2000, `converged in ${converged} ms`);

    // Agenda: the facilitator starts "concerns, danger and strengths"; everyone goes there and the timer runs for all.
    await facilitator.getByRole('button', { name: 'Start: Zorgen, gevaar en krachten' }).click();
    await waitAll(everyone, 'timer running', async (p) => (await p.getByTestId('live-timer').getAttribute('data-running')) === 'true');
    const before = await Promise.all(everyone.map((p) => p.getByTestId('live-timer').textContent()));
    await new Promise((r) => setTimeout(r, 1600));
    const later = await Promise.all(everyone.map((p) => p.getByTestId('live-timer').textContent()));
    for (let i = 0; i < 3; i++) assert.notEqual(later[i], before[i], 'the clock counts down in every window');
    await waitAll([member, professional], 'follow to the analysis', async (p) => (await p.locator('[data-section="analysis"]').count()) === 1);

    // A proposal: the member adds a strength; it waits until the professional includes it.
    await member.getByRole('textbox', { name: 'Wat gaat goed, of wie helpt?' }).fill('De buurvrouw past elke woensdag op');
    await member.getByRole('button', { name: 'Toevoegen' }).click();
    await member.getByText('Uw voorstel wacht tot een professional het opneemt.').waitFor();
    await waitAll(everyone, 'open proposal', async (p) => (await p.locator('[data-testid="live-proposals"] [data-status="open"]').count()) === 1);
    assert.equal(await member.getByRole('button', { name: 'Opnemen in het plan' }).count(), 0, 'a network member cannot accept');
    await professional.getByRole('button', { name: 'Opnemen in het plan' }).click();
    await waitAll(everyone, 'accepted proposal', async (p) => (await p.locator('[data-testid="live-proposals"] [data-status="accepted"]').count()) === 1);

    // An agreement names who does it: the member picks the mother by keyboard, the professional adds herself before including it.
    await facilitator.getByRole('tab', { name: /^4\./ }).click();
    await waitAll(everyone, 'at the agreements', async (p) => (await p.locator('[data-section="agreements"]').count()) === 1);
    await member.getByRole('textbox', { name: 'Wat gaat er gebeuren?' }).fill('Moeder belt de wijkcoach als het thuis misgaat');
    await member.getByRole('combobox', { name: 'Wie voert het uit' }).click();
    await member.keyboard.type('Sanne');
    await member.getByRole('listbox', { name: 'Wie voert het uit' }).getByRole('option', { name: MOTHER }).waitFor();
    await member.keyboard.press('Enter');
    await member.getByRole('textbox', { name: 'Wanneer' }).fill('Meteen');
    await member.getByRole('button', { name: 'Toevoegen' }).click();
    await waitAll(everyone, 'the agreement proposal with its person', async (p) =>
      (await p.locator('[data-testid="live-proposals"] [data-status="open"] [data-testid="proposal-who"]').textContent().catch(() => null)) === `Wie: ${MOTHER}`);
    const correction = professional.getByRole('combobox', { name: /^Wie voert het uit \(Moeder belt/ });
    await correction.click();
    await professional.keyboard.type('Karin');
    await professional.getByRole('listbox', { name: /^Wie voert het uit/ }).getByRole('option', { name: PROFESSIONAL }).waitFor();
    await professional.keyboard.press('Enter');
    await professional.keyboard.press('Escape');
    await screenshot(professional, 'live-stage-1280-decision-light');
    assert.deepEqual(await axeViolations(professional), [], 'axe on the professional\'s decision with the people picker');
    await professional.getByRole('button', { name: 'Opnemen in het plan' }).click();
    await waitAll(everyone, 'the accepted agreement names both', async (p) =>
      (await p.locator('[data-testid="live-proposals"] [data-status="accepted"] [data-testid="proposal-who"]').textContent().catch(() => null)) === `Wie: ${MOTHER}, ${PROFESSIONAL}`);

    // The facilitator ticks who is present (by keyboard); the save records it. The panel shows the agreement form meanwhile.
    const attendance = facilitator.getByRole('group', { name: 'Aanwezig bij dit beraad' });
    await attendance.getByRole('checkbox', { name: MOTHER }).focus();
    await facilitator.keyboard.press('Space');
    await attendance.getByRole('checkbox', { name: PROFESSIONAL }).check();

    // Screenshots and axe: the side panel at 320 px and the stage at 1280 px, light and dark.
    for (const scheme of ['light', 'dark'] as const) {
      for (const [page, name] of [[facilitator, 'panel-320'], [member, 'stage-1280'], [professional, 'panel-320-professional']] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.waitForTimeout(150);
        await screenshot(page, `live-${name}-${scheme}`);
        assert.deepEqual(await axeViolations(page), [], `axe on ${name} (${scheme})`);
      }
    }

    // Reconnect: the member leaves; meanwhile the facilitator writes where the plan is kept; the member comes back and sees it.
    await member.close();
    await waitAll([facilitator], 'presence of two', async (p) => (await presenceCount(p)) === 2, 40_000);
    await facilitator.getByRole('tab', { name: /^8\./ }).click();
    await field(facilitator, 'homeLocation').fill('In de la van de keukenkast');
    const rejoined = await memberContext.newPage();
    await join(rejoined, liveUrl({ live: sessionId }), 'Deelnemer', '');
    await waitAll([rejoined], 'caught up', async (p) => (await field(p, 'homeLocation').count()) === 1
      && (await field(p, 'homeLocation').inputValue()) === 'In de la van de keukenkast'
      && (await p.locator('[data-section="home"]').count()) === 1
      && (await p.getByTestId('live-timer').getAttribute('data-running')) === 'true');
    await waitAll([facilitator], 'presence of three again', async (p) => (await presenceCount(p)) === 3);

    // The facilitator saves: one stored plan, one frozen version "Netwerkberaad <date>", the agreement with its people,
    // and the meeting once among the plan's network meetings with the date and the ticked people.
    await facilitator.getByRole('button', { name: 'Opslaan in het plan' }).click();
    await facilitator.getByText(/Opgeslagen als versie "Netwerkberaad \d{2}-\d{2}-\d{4}"/).waitFor({ timeout: 15_000 });
    const saved = await stored(facilitator);
    assert.equal(saved.plans, 1);
    assert.equal(saved.netwerkberaad, 1);
    const plan = saved.plan!;
    const idOf = (name: string) => [...plan.directPersons, ...plan.professionals].find((p) => p.name === name)?.id;
    const agreement = plan.agreements.find((a) => a.what.startsWith('Moeder belt'));
    assert.deepEqual(agreement?.who, [idOf(MOTHER), idOf(PROFESSIONAL)], 'the accepted agreement names who does it');
    assert.deepEqual(plan.networkMeetings.map((m) => ({ date: m.date, attendeeIds: m.attendeeIds })),
      [{ date: await browserDay(facilitator), attendeeIds: [idOf(MOTHER), idOf(PROFESSIONAL)] }], 'one network meeting with the date');

    // The facilitator leaves. In Teams both professionals see the team's SharePoint plans; here each browser has its own
    // store, so the saved plan is copied into the professional's first, as that shared store would hold it.
    await copyStoredPlans(facilitator, professional);
    await facilitatorContext.close();
    // The professional still present takes the lead by itself, and keeps the working copy as a draft from then on.
    await professional.getByTestId('live-lead').getByText(/^U leidt dit netwerkberaad/).waitFor({ timeout: 15_000 });
    await waitAll([rejoined], 'the member sees the new facilitator', async (p) =>
      (await p.getByTestId('live-lead').getByText(/^Wijkcoach leidt dit netwerkberaad/).count()) === 1);
    // An edit after the facilitator left, and the new facilitator's save: the stored plan has it.
    await field(rejoined, 'homeLocation').fill('In de map bij oma');
    await waitAll([professional], 'the edit arrives', async (p) => (await field(p, 'homeLocation').inputValue()) === 'In de map bij oma');
    await professional.getByRole('button', { name: 'Opslaan in het plan' }).click();
    await professional.getByText(/Opgeslagen als versie "Netwerkberaad \d{2}-\d{2}-\d{4}"/).waitFor({ timeout: 15_000 });
    const afterTakeOver = await stored(professional);
    assert.deepEqual([afterTakeOver.plans, afterTakeOver.netwerkberaad], [1, 1]);
    assert.equal(afterTakeOver.plan?.networkMeetings.length, 1, 'the new facilitator\'s save updates the meeting\'s one entry');
    assert.equal(await storedField(professional, 'homeLocation'), 'In de map bij oma');
    assert.equal(await storedField(professional, 'smallRelapse'), texts.smallRelapse, 'what was typed before the take-over is kept');

    for (const context of [memberContext, professionalContext]) await context.close();
  });
  it('walks the whole agenda: the analysis side by side, acute/stable, section 5, a decided field only by proposal, the evaluation date', async () => {
    const facilitatorContext = await newContext(320);
    const memberContext = await newContext(1280);
    const facilitator = await facilitatorContext.newPage();
    await seedPlan(facilitator);
    await join(facilitator, liveUrl({ view: 'panel' }), 'Begeleider', 'Sanne (begeleider)');
    await facilitator.waitForURL(/live=/);
    const sessionId = new URL(facilitator.url()).searchParams.get('live') ?? '';
    await facilitator.getByRole('button', { name: `Delen in de vergadering: ${FAMILY}` }).click();
    await facilitator.getByRole('alertdialog').getByRole('button', { name: 'Delen', exact: true }).click();
    const member = await memberContext.newPage();
    await join(member, liveUrl({ live: sessionId }), 'Deelnemer', '');
    const both = [facilitator, member];
    const accept = async () => {
      await facilitator.getByTestId('live-proposals').locator('[data-status="open"]').getByRole('button', { name: 'Opnemen in het plan' }).click();
    };
    const at = (section: string) => waitAll(both, `at ${section}`, async (p) => (await p.locator(`[data-section="${section}"]`).count()) === 1);

    // The analysis: the member names a concern as the child's view; accepted, it stands in the concerns with that view.
    await facilitator.getByRole('button', { name: 'Start: Zorgen, gevaar en krachten' }).click();
    await at('analysis');
    const analysisForm = member.getByRole('form', { name: /Inbreng toevoegen/ });
    await analysisForm.getByRole('combobox', { name: 'Wat voegt u toe?' }).selectOption('concern');
    await analysisForm.getByRole('textbox', { name: 'Wat is er gebeurd?' }).fill('Mila hoort elke avond geschreeuw');
    await analysisForm.getByRole('combobox', { name: 'Wiens kijk is dit?' }).selectOption('child');
    await analysisForm.getByRole('button', { name: 'Toevoegen' }).click();
    await accept();
    await waitAll(both, 'the concern with the child\'s view', async (p) =>
      (await p.locator('[data-list="concernFacts"] li', { hasText: 'Mila hoort elke avond geschreeuw' }).getByText('Kijk van: Kind').count()) === 1);
    for (const scheme of ['light', 'dark'] as const) {
      for (const [page, name] of [[member, 'stage-1280-analysis'], [facilitator, 'panel-320-analysis']] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await page.waitForTimeout(150);
        await screenshot(page, `live-${name}-${scheme}`);
        assert.deepEqual(await axeViolations(page), [], `axe on ${name} (${scheme})`);
      }
    }
    for (const page of both) await page.emulateMedia({ colorScheme: 'light' });

    // Goals and conditions: shown, nothing to type for anyone.
    await facilitator.getByRole('button', { name: 'Start: Doelen en voorwaarden' }).click();
    await at('goals');
    assert.equal(await member.locator('[data-section="goals"]').getByRole('textbox').count(), 0, 'conditions are not edited in the meeting');
    assert.deepEqual(await axeViolations(member), [], 'axe on the stage at the conditions');

    // An agreement for acute safety.
    await facilitator.getByRole('button', { name: 'Start: Afspraken per doel' }).click();
    await at('agreements');
    await member.getByRole('textbox', { name: 'Wat gaat er gebeuren?' }).fill('Moeder belt oma als het misgaat');
    await member.getByRole('combobox', { name: 'Acute of stabiele veiligheid' }).selectOption('acute');
    await member.getByRole('button', { name: 'Toevoegen' }).click();
    await accept();
    await waitAll(both, 'the acute agreement', async (p) => (await p.getByTestId('live-agreements').locator('[data-safety="acute"]').count()) === 1);

    // Section 5: a foreseen circumstance and its agreement.
    await facilitator.getByRole('tab', { name: /^5\./ }).click();
    await at('circumstances');
    await member.getByRole('textbox', { name: 'Wat gaat er gebeuren, en wanneer?' }).fill('Verhuizing in maart');
    await member.getByRole('textbox', { name: 'Wat is dan de afspraak?' }).fill('De kinderen slapen die week bij oma');
    await member.getByRole('button', { name: 'Toevoegen' }).click();
    await accept();
    await waitAll(both, 'the circumstance', async (p) => (await p.getByTestId('live-circumstances').getByText('Verhuizing in maart').count()) === 1);
    assert.deepEqual(await axeViolations(member), [], 'axe on the stage at section 5');

    // The signal plan: when Veilig Thuis is informed is a professional's decision. The member can only propose it.
    await facilitator.getByRole('button', { name: 'Start: Signaleringsplan' }).click();
    await at('monitoring');
    assert.equal(await member.locator('[data-field="informAuthorityWhen"]').count(), 0, 'no field to type it in');
    const proposeVt = member.getByRole('region', { name: 'Wanneer wordt Veilig Thuis geïnformeerd?' });
    await proposeVt.getByRole('textbox').fill('Dezelfde dag bij elk incident');
    await proposeVt.getByRole('button', { name: 'Voorstellen' }).click();
    await proposeVt.getByText('Uw voorstel wacht tot een professional het opneemt.').waitFor();
    assert.equal(await member.getByTestId('decided-informAuthorityWhen').textContent(), 'Nog niet vastgelegd.', 'a proposal changes nothing by itself');
    assert.deepEqual(await axeViolations(member), [], 'axe on the stage with a proposal for a decided field');
    await accept();
    await waitAll(both, 'the decision counts once accepted', async (p) => (await p.getByTestId('decided-informAuthorityWhen').textContent()) === 'Dezelfde dag bij elk incident');

    // Who tells whom: the member proposes who informs the mother, and how.
    await facilitator.getByRole('button', { name: 'Start: Wie informeert wie' }).click();
    await at('informing');
    await member.getByRole('combobox', { name: 'Wie wordt geïnformeerd' }).selectOption({ label: MOTHER });
    await member.getByRole('textbox', { name: 'Hoe wordt het verteld?' }).fill('Samen met de gezinsbegeleider, thuis');
    await member.getByRole('button', { name: 'Toevoegen' }).click();
    await accept();
    await waitAll(both, 'who tells whom', async (p) => (await p.getByTestId('live-informing').getByText(new RegExp(`^${MOTHER} hoort het van`)).count()) === 1);
    assert.deepEqual(await axeViolations(member), [], 'axe on the stage at section 7');

    // The evaluation date as a date.
    await facilitator.getByRole('button', { name: 'Start: Datum van de evaluatie' }).click();
    await at('evaluation');
    await facilitator.locator('input[data-field="evaluationDate"]').fill('2027-01-15');
    await waitAll([member], 'the date arrives', async (p) => (await p.locator('input[data-field="evaluationDate"]').inputValue()) === '2027-01-15');
    for (const scheme of ['light', 'dark'] as const) {
      for (const [page, name] of [[member, 'stage-1280-evaluation'], [facilitator, 'panel-320-evaluation']] as const) {
        await page.emulateMedia({ colorScheme: scheme });
        await screenshot(page, `live-${name}-${scheme}`);
        assert.deepEqual(await axeViolations(page), [], `axe on ${name} (${scheme})`);
      }
    }

    await facilitator.getByRole('button', { name: 'Opslaan in het plan' }).click();
    await facilitator.getByText(/Opgeslagen als versie "Netwerkberaad \d{2}-\d{2}-\d{4}"/).waitFor({ timeout: 15_000 });
    const plan = await storedPlan(facilitator);
    assert.deepEqual(plan.concernFacts.map((c) => [c.text, c.perspective]), [['Mila hoort elke avond geschreeuw', 'child']]);
    assert.deepEqual(plan.agreements.map((a) => [a.what, a.safety]), [['Moeder belt oma als het misgaat', 'acute']]);
    assert.deepEqual(plan.circumstances.map((c) => [c.description, c.agreement]), [['Verhuizing in maart', 'De kinderen slapen die week bij oma']]);
    assert.equal(plan.informAuthorityWhen, 'Dezelfde dag bij elk incident');
    assert.equal(plan.evaluationDate, '2027-01-15');
    assert.deepEqual(plan.informing.map((i) => i.how), ['Samen met de gezinsbegeleider, thuis']);
    assert.deepEqual(plan.networkMeetings.map((m) => m.agendaStep), ['evaluation'], 'the step reached is kept for a next session');
  });
});
