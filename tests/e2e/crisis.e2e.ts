import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { serializePlan, startEvaluation } from '../../src/domain';
import type { Plan } from '../../src/domain';
import { crisisPlan } from '../fixtures/crisisPlan';
import { axeViolations, goToSection, pickPerson, saved, screenshot, useBuildInChromium, seedLocalPlan } from './harness';

/**
 * The crisis variant (seed 002) in local mode, walked by a professional: 1) the referral with its bottom lines and the
 * neutral facilitator; 2) two conference sessions scheduled within the term counted from the referral (the app's
 * suggestions, into the calendar as an .ics); 3) the plan activated, with the private reflection; 4) an evaluation
 * with a broken agreement; 5) the hand-over to the regular helpers. The browser's clock is set per step.
 * Screenshots at 1280 and 400 px; axe finds nothing on any step.
 */

const chromium = useBuildInChromium();

const at = (iso: string) => new Date(`${iso}T10:00:00`);
const REFERRAL = '2026-11-02';
const REFLECTION = 'Ik heb vader nog niet concreet gezegd wat er moet veranderen.';
const INCIDENT = 'Vader bleef op 9 januari thuis tijdens een ruzie; oma haalde de kinderen op.';

/** A crisis plan as the family and network made it, before the referral data are filled in and before any session. */
function startingPlan(): Plan {
  const plan = crisisPlan();
  return {
    ...plan,
    id: 'crisis-walk',
    familyName: 'Jansen',
    status: 'draft',
    version: 1,
    referralDate: null,
    referrer: '',
    bottomLines: [],
    facilitatorId: null,
    handOverDate: null,
    handOverToIds: [],
    handOverNotes: '',
    networkMeetings: [],
    evaluations: [],
    madeOn: '2026-11-30',
    validFrom: '2026-11-30',
    validUntil: '2027-03-01',
    evaluationDate: '2027-01-20',
    evaluationEvent: null,
    // The authority was consulted on the day of the referral (structural unsafety, seed 003).
    authorityConsultedOn: REFERRAL,
    // Consent does not travel with an imported file; this plan has no copies yet.
    copyRecipients: [],
    copiesSentById: null,
  };
}

/** The same plan after the walk: referral, sessions, activation, an evaluation with a broken agreement, no hand-over yet. */
function evaluatedPlan(): Plan {
  const active: Plan = {
    ...startingPlan(), status: 'active', referralDate: REFERRAL, referrer: 'Veilig Thuis, team Oost',
    bottomLines: crisisPlan().bottomLines, facilitatorId: 'p-iris',
    networkMeetings: [
      { id: 's1', date: '2026-11-03', attendeeIds: [], notes: '', event: null },
      { id: 's2', date: '2026-11-30', attendeeIds: [], notes: '', event: null },
    ],
  };
  const started = startEvaluation(active, at('2027-01-20'), 'ev-1');
  if (!started.ok) throw new Error(started.reason);
  return started.plan;
}

async function newContext(width: number): Promise<BrowserContext> {
  return chromium.newContext({ viewport: { width, height: 900 }, locale: 'nl-NL', colorScheme: 'light', forcedColors: 'none', acceptDownloads: true });
}

/** The plan as it is, in force where it says so (an import would make it a draft: domain/import.ts). */
async function importPlan(page: Page, plan: Plan): Promise<void> {
  await seedLocalPlan(page, JSON.parse(serializePlan(plan)), /Veiligheidsplan van de familie Jansen/);
}


async function noAxe(page: Page, where: string): Promise<void> {
  assert.deepEqual(await axeViolations(page), [], `axe on ${where}`);
}

async function download(page: Page, start: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), start()]);
  const path = await file.path();
  return readFileSync(path);
}

const quality = (page: Page): Locator => page.getByRole('complementary', { name: /Kwaliteit/ });

describe('the crisis variant in local mode', () => {
  it('referral with bottom lines, two sessions in the term, the plan, an evaluation with a broken agreement, and the hand-over', async () => {
    const context = await newContext(1280);
    const page = await context.newPage();
    await page.clock.setFixedTime(at(REFERRAL));
    await page.goto(chromium.baseUrl);
    await importPlan(page, startingPlan());

    // 1. The referral: date, referrer, a bottom line with its point of action, and the neutral facilitator.
    await goToSection(page, /^Aanmelding/);
    await page.getByLabel('Datum aanmelding').fill(REFERRAL);
    await page.getByRole('textbox', { name: 'Aanmelder' }).fill('Veilig Thuis, team Oost');
    await page.getByRole('button', { name: 'Bodemeis toevoegen' }).click();
    const line = page.getByRole('group', { name: /^Bodemeis 1/ });
    await line.getByRole('textbox', { name: 'Eis' }).fill('Geen geweld waar de kinderen bij zijn.');
    await line.getByRole('textbox', { name: 'Actie nodig als' }).fill('Bij een nieuw incident belt de procesbegeleider dezelfde dag de aanmelder.');
    await page.getByRole('combobox', { name: 'Procesbegeleider' }).selectOption({ label: 'Iris de Wit' });
    await saved(page);
    assert.equal(await quality(page).getByText(/Crisisvariant:/).count(), 0, 'the referral is complete');
    await noAxe(page, 'referral');
    await screenshot(page, 'crisis-1-referral-1280');

    // The bottom lines stand beside the conditions of section 3.
    await goToSection(page, /^3\. Wat zijn de doelen/);
    const beside = page.getByRole('region', { name: 'Bodemeisen van de aanmelding' });
    await beside.getByText('Geen geweld waar de kinderen bij zijn.').waitFor();
    await beside.getByText(/2 november 2026/).waitFor();
    await noAxe(page, 'goals with bottom lines');

    // 2. The conference: two sessions proposed within the term counted from the referral, then into the calendar as .ics.
    await goToSection(page, /^Netwerkberaden en netwerkconferentie/);
    const planner = page.getByRole('region', { name: 'Netwerkconferentie (crisisvariant)' });
    await planner.getByText('liefst vóór 30 november 2026, uiterlijk 14 december 2026', { exact: false }).waitFor();
    await planner.getByRole('button', { name: 'Voorgestelde sessies toevoegen' }).click();
    await planner.getByText('2 sessie(s) toegevoegd aan de netwerkberaden.').waitFor();
    assert.equal(await page.getByLabel('Datum', { exact: true }).nth(0).inputValue(), '2026-11-03');
    assert.equal(await page.getByLabel('Datum', { exact: true }).nth(1).inputValue(), '2026-11-30');
    // The first session was held with these people: the plan comes out of a session recorded with who was there.
    const first = page.getByRole('group', { name: /^Netwerkberaad 1/ });
    for (const name of ['Sanne Bakker', 'Mila Yilmaz', 'Lotte Smit', 'Iris de Wit']) await pickPerson(first, 'Aanwezig', name);
    await saved(page);
    const ics = (await download(page, () => planner.getByRole('button', { name: 'Agenda-bestand (.ics) downloaden' }).click())).toString('utf8');
    assert.match(ics, /DTSTART;VALUE=DATE:20261103/);
    assert.match(ics, /DTSTART;VALUE=DATE:20261130/);
    for (const name of ['Jansen', 'Mila', 'Iris', 'Veilig Thuis, team Oost']) assert.ok(!ics.includes(name), `the .ics holds no ${name}`);
    // The term's findings (rulesCrisis.ts `crisis-sessions`); that no session has been held yet is another rule's finding.
    assert.equal(await quality(page).getByText(/buiten de termijn|Plan de netwerkconferentie|de crisisvariant gaat uit van/i).count(), 0, 'the sessions lie in the term');
    await noAxe(page, 'conference planner');
    await screenshot(page, 'crisis-2-sessions-1280');

    // 3. The plan, made at the second session: activated, and the professional's reflection opens (private).
    await page.clock.setFixedTime(at('2026-11-30'));
    await page.getByRole('button', { name: 'Plan activeren' }).click();
    await page.getByText('Het plan is actief. Er is een versie vastgelegd.').waitFor();
    // Offered, not opened: the family may be looking at the screen.
    await page.getByText('Nu het plan actief is, staan er reflectievragen voor je klaar, alleen voor jou.').waitFor();
    assert.equal(await page.getByRole('alertdialog').count(), 0);
    await page.getByRole('button', { name: 'Reflectievragen' }).click();
    const reflection = page.getByRole('alertdialog', { name: 'Even stilstaan bij je eigen rol' });
    await reflection.waitFor();
    await reflection.getByText(/Alleen voor jou/).waitFor();
    await noAxe(page, 'reflection dialog');
    await screenshot(page, 'crisis-3-reflection-1280');
    await reflection.getByRole('textbox', { name: /precies wat er anders moet/ }).fill(REFLECTION);
    await reflection.getByRole('button', { name: 'Bewaren op dit apparaat' }).click();
    await reflection.getByText('Je antwoorden zijn bewaard op dit apparaat.').waitFor();
    await reflection.getByRole('button', { name: 'Niet nu' }).click();
    await reflection.waitFor({ state: 'hidden' });
    // The answer is in no file the plan goes out as.
    const json = (await download(page, async () => {
      await page.getByRole('button', { name: 'Exporteren' }).click();
      await page.getByRole('menuitem', { name: 'Planbestand (.json)' }).click();
    })).toString('utf8');
    assert.ok(json.includes('"variant":"crisis"') || json.includes('"variant": "crisis"'));
    assert.ok(!json.includes(REFLECTION), 'the reflection is not in the plan file');
    const docx = await JSZip.loadAsync(await download(page, async () => {
      await page.getByRole('button', { name: 'Exporteren' }).click();
      await page.getByRole('menuitem', { name: 'Word-document (.docx)' }).click();
    }));
    const documentXml = await docx.file('word/document.xml')!.async('string');
    assert.ok(documentXml.includes('Geen geweld waar de kinderen bij zijn.'), 'the .docx holds the bottom line');
    assert.ok(!documentXml.includes(REFLECTION), 'the reflection is not in the .docx');
    // Its properties (SharePoint's Title column, Explorer) name the kind of document, not the family (issue 25).
    const properties = await docx.file('docProps/core.xml')!.async('string');
    assert.match(properties, /<dc:title>Veiligheidsplan<\/dc:title>/);
    for (const name of ['Jansen', 'Mila']) assert.ok(!properties.includes(name), `the .docx properties hold no ${name}`);

    // 4. An incident in the plan's log, then the evaluation: an agreement that was not kept.
    await page.clock.setFixedTime(at('2027-01-10'));
    await goToSection(page, /^Incidentenlogboek/);
    await page.getByRole('button', { name: 'Incident toevoegen' }).click();
    const incident = page.getByRole('group', { name: /^Incident 2/ });
    await incident.getByLabel('Datum').fill('2027-01-09');
    await incident.getByRole('textbox', { name: 'Wat is er gebeurd' }).fill(INCIDENT);
    await pickPerson(incident, 'Wie kwam in actie', 'Ria Bakker');
    await saved(page);
    await page.clock.setFixedTime(at('2027-01-20'));
    await page.getByRole('button', { name: 'Evaluaties', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Evaluaties van het plan' }).waitFor();
    await page.getByRole('button', { name: 'Evaluatie starten' }).click();
    const broken = page.getByRole('group', { name: /^Als een gesprek uit de hand dreigt te lopen/ });
    await broken.getByRole('radio', { name: 'Nee' }).check();
    await broken.getByRole('textbox', { name: 'Wat hielp of zat in de weg' }).fill('Vader bleef op 9 januari thuis tijdens de ruzie.');
    // The incidents since the last evaluation come first; the broken agreement opens the signal plan.
    await page.getByRole('heading', { name: 'Incidenten sinds de vorige evaluatie' }).waitFor();
    await page.getByRole('table', { name: 'Incidentenlogboek' }).getByText(INCIDENT).waitFor();
    const signal = page.getByRole('region', { name: 'Signaleringsplan: afspraak niet nagekomen' });
    await signal.getByRole('radio', { name: 'Grote terugval' }).check();
    await signal.getByRole('group', { name: 'Wie kwam in actie?' }).getByRole('checkbox', { name: 'Ria Bakker' }).check();
    await signal.getByRole('group', { name: 'Wie is geïnformeerd?' }).getByRole('checkbox', { name: 'Iris de Wit' }).check();
    await signal.getByRole('textbox', { name: 'Wat is er gedaan?' }).fill('Oma haalde de kinderen op; de procesbegeleider belde dezelfde dag de aanmelder.');
    await noAxe(page, 'evaluation with a broken agreement');
    await screenshot(page, 'crisis-4-evaluation-1280');
    await page.getByRole('button', { name: 'Terug naar het plan' }).click();
    await page.getByRole('heading', { level: 1, name: /Veiligheidsplan van de familie Jansen/ }).waitFor();
    // After the evaluation the reflection is offered again; not now.
    const offer = page.getByText('Na de evaluatie staan er reflectievragen voor je klaar, alleen voor jou.');
    await offer.waitFor();
    await page.getByRole('button', { name: 'Niet nu' }).click();
    await offer.waitFor({ state: 'detached' });

    // 5. The hand-over: the facilitator steps out; the regular helpers and the network carry on.
    await page.clock.setFixedTime(at('2027-01-21'));
    await goToSection(page, /^Overdracht na de evaluatie/);
    assert.ok(await quality(page).getByText(/wanneer de procesbegeleider het plan heeft overgedragen/).count() > 0, 'the check asks for the hand-over');
    await page.getByLabel('Datum overdracht').fill('2027-01-21');
    const handOver = page.getByRole('region', { name: /^Overdracht na de evaluatie/ });
    await pickPerson(handOver, 'Overgedragen aan', 'Lotte Smit');
    await pickPerson(handOver, 'Overgedragen aan', 'Ria Bakker');
    await page.getByRole('textbox', { name: 'Notities bij de overdracht' }).fill('Lotte houdt de casusregie; oma Ria blijft veiligheidspersoon.');
    await saved(page);
    await quality(page).getByText(/procesbegeleider het plan heeft overgedragen|aan wie het plan is overgedragen/).waitFor({ state: 'detached' });
    await noAxe(page, 'hand-over');
    await screenshot(page, 'crisis-5-hand-over-1280');
    await context.close();
  });

  it('shows every crisis and analysis view at 400 px without axe violations', async () => {
    const context = await newContext(400);
    const page = await context.newPage();
    await page.clock.setFixedTime(at('2027-01-21'));
    await page.goto(chromium.baseUrl);
    await importPlan(page, evaluatedPlan());
    // The evaluation's reflection is offered; the dialog at 400 px first.
    await page.getByText(/staan er reflectievragen voor je klaar/).waitFor();
    await page.getByRole('button', { name: 'Reflectievragen' }).click();
    const reflection = page.getByRole('alertdialog', { name: 'Even stilstaan bij je eigen rol' });
    await reflection.waitFor();
    await noAxe(page, 'reflection at 400 px');
    await screenshot(page, 'crisis-3-reflection-400');
    await reflection.getByRole('button', { name: 'Niet nu' }).click();
    await reflection.waitFor({ state: 'hidden' });

    await goToSection(page, /^Aanmelding/);
    await page.getByRole('group', { name: /^Bodemeis 1/ }).waitFor();
    await noAxe(page, 'referral at 400 px');
    await screenshot(page, 'crisis-1-referral-400');

    await goToSection(page, /^Zorgen, gevaar en krachten/);
    await page.getByRole('button', { name: 'Naast elkaar tonen' }).click();
    await page.getByRole('group', { name: /Krachten en steunbronnen: Het netwerk/ }).waitFor();
    await page.getByRole('region', { name: 'Wat de kinderen zeggen (Drie Huizen)' }).waitFor();
    await noAxe(page, 'analysis side by side at 400 px');
    await screenshot(page, 'crisis-analysis-400');

    await goToSection(page, /^Netwerkberaden en netwerkconferentie/);
    await page.getByRole('region', { name: 'Netwerkconferentie (crisisvariant)' }).getByText('Er staan genoeg sessies gepland.').waitFor();
    await noAxe(page, 'conference at 400 px');
    await screenshot(page, 'crisis-2-sessions-400');

    await goToSection(page, /^Overdracht na de evaluatie/);
    await noAxe(page, 'hand-over at 400 px');
    await screenshot(page, 'crisis-5-hand-over-400');
    await context.close();
  });
});
