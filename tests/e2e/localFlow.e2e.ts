import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import JSZip from 'jszip';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { parsePlanText, serializePlan } from '../../src/domain';
import { withoutImportedOnlyParts } from '../../src/domain/import';
import { axeViolations, pickPerson, screenshot, useBuildInChromium } from './harness';

/**
 * A new user in local mode, keyboard only: fill a whole plan, activate it, reload, export and re-import.
 * Controls are reached with focus() (what Tab does) and operated with keys; no mouse clicks.
 */

const chromium = useBuildInChromium();

async function newContext(options: { width?: number; colorScheme?: 'light' | 'dark'; forcedColors?: 'active' | 'none' } = {}): Promise<BrowserContext> {
  return chromium.newContext({
    viewport: { width: options.width ?? 1280, height: 800 },
    locale: 'nl-NL',
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
    acceptDownloads: true,
  });
}

const key = async (locator: Locator, ...keys: string[]) => {
  await locator.focus();
  for (const k of keys) await locator.page().keyboard.press(k);
};
const type = async (locator: Locator, text: string) => {
  await locator.focus();
  await locator.page().keyboard.type(text);
};
const press = (locator: Locator) => key(locator, 'Enter');
const tick = (locator: Locator) => key(locator, 'Space');
/** Native selects take typed letters (typeahead) to pick an option. */
const choose = async (select: Locator, optionText: string) => {
  await select.focus();
  await select.page().keyboard.type(optionText.slice(0, 12));
  await select.page().waitForTimeout(50);
};
/** Local calendar date `days` from today, as an ISO string. */
function fromToday(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() + days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
// The app judges dates against the real clock (a draft's evaluation lies ahead, validity includes today): relative dates keep this walk valid.
const MADE_ON = fromToday(-1);
const VALID_UNTIL = fromToday(90);
const EVALUATION = fromToday(44);

/** Date inputs take their segment order from the browser's UI language (d-m-y or m-d-y); try one, then the other. */
const date = async (input: Locator, iso: string) => {
  const [y, m, d] = iso.split('-');
  for (const order of [`${d}${m}${y}`, `${m}${d}${y}`]) {
    await input.focus();
    // Back to the first segment: focus keeps the segment last edited.
    for (let i = 0; i < 3; i++) await input.page().keyboard.press('ArrowLeft');
    await input.page().keyboard.type(order);
    if ((await input.inputValue()) === iso) return;
  }
  assert.equal(await input.inputValue(), iso, 'date typed');
};

async function goToSection(page: Page, startsWith: string) {
  const select = page.getByRole('combobox', { name: 'Ga naar onderdeel' });
  if (await select.isVisible()) {
    await choose(select, startsWith);
  } else {
    const tab = page.getByRole('tab', { name: new RegExp(`^${startsWith.replace(/[.?]/g, '\\$&')}`) });
    await press(tab);
  }
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${startsWith.replace(/[.?]/g, '\\$&')}`) }).waitFor();
}

const group = (page: Page, name: string) => page.getByRole('group', { name: new RegExp(`^${name}`) });

async function addItem(page: Page, buttonName: string) {
  await press(page.getByRole('button', { name: buttonName }));
}

async function fillWholePlan(page: Page) {
  await type(page.getByRole('textbox', { name: 'Familienaam' }), 'Bakker-Yilmaz');

  await goToSection(page, '1. Wie maken');
  await addItem(page, 'Gezinslid toevoegen');
  await type(page.getByRole('textbox', { name: 'Naam' }).first(), 'Sanne Bakker');
  // Schema 5: a date of birth is a date; a child's age decides who consents to a copy.
  await date(group(page, 'Gezinslid 1').getByLabel('Geboortedatum'), '1992-03-01');
  await tick(group(page, 'Gezinslid 1').getByRole('checkbox', { name: 'Aanwezig' }));
  await addItem(page, 'Gezinslid toevoegen');
  await type(group(page, 'Gezinslid 2').getByRole('textbox', { name: 'Naam' }), 'Noor Bakker');
  await tick(group(page, 'Gezinslid 2').getByRole('checkbox', { name: 'Kind' }));
  await date(group(page, 'Gezinslid 2').getByLabel('Geboortedatum'), '2017-05-12');
  await tick(group(page, 'Gezinslid 2').getByRole('checkbox', { name: 'Aanwezig' }));
  await addItem(page, 'Gezinslid toevoegen');
  await type(group(page, 'Gezinslid 3').getByRole('textbox', { name: 'Naam' }), 'Mark Yilmaz');
  await addItem(page, 'Netwerklid toevoegen');
  const oma = group(page, 'Netwerklid 1');
  await type(oma.getByRole('textbox', { name: 'Naam' }), 'Els de Boer');
  await type(oma.getByRole('textbox', { name: 'Relatie' }), 'oma');
  for (const name of ['Doet mee aan het plan', 'Wil dat het goed gaat met de kinderen', 'Wil meedenken over het plan', 'Toestemming van directbetrokkenen']) {
    await tick(oma.getByRole('checkbox', { name }));
  }
  await addItem(page, 'Professional toevoegen');
  const pro = group(page, 'Professional 1');
  await type(pro.getByRole('textbox', { name: 'Naam' }), 'Karin Visser');
  await type(pro.getByRole('textbox', { name: 'Organisatie' }), 'Wijkteam Noord');
  await tick(pro.getByRole('checkbox', { name: 'Aanwezig' }));

  await goToSection(page, '2. Wanneer');
  await date(page.getByLabel('Datum', { exact: true }), MADE_ON);
  await date(page.getByLabel('Geldig van'), MADE_ON);
  await date(page.getByLabel('Geldig tot'), VALID_UNTIL);

  await goToSection(page, 'Zorgen, gevaar');
  await addItem(page, 'Feit toevoegen');
  // Concerns and danger statements say whose view they are (schema 4): each item is a group with its text and the perspective.
  await type(group(page, 'Feit 1').getByRole('textbox', { name: 'Feit' }), 'Bij ruzie werd er hard geschreeuwd en gegooid');
  await choose(group(page, 'Feit 1').getByRole('combobox', { name: 'Wiens kijk is dit?' }), 'Het gezin');
  await addItem(page, 'Gevaarsuitspraak toevoegen');
  await type(group(page, 'Gevaarsuitspraak 1').getByRole('textbox', { name: 'Gevaarsuitspraak' }), 'We zijn bang dat Noor gewond raakt bij een ruzie');
  await addItem(page, 'Uitzondering toevoegen');
  await type(page.getByRole('textbox', { name: 'Uitzondering 1' }), 'Toen oma er was, bleef het rustig');

  // The joint analysis asks about every form of violence and earlier violence, and for the decision (seeds 001, 003).
  await goToSection(page, 'Alle vormen van geweld');
  for (const form of ['Lichamelijke mishandeling', 'Psychische mishandeling', 'Lichamelijke verwaarlozing', 'Psychische verwaarlozing', 'Seksueel misbruik']) {
    await type(page.getByRole('textbox', { name: form }), 'Besproken met moeder');
  }
  await type(page.getByRole('textbox', { name: 'Eerder geweld' }), 'Geen eerder geweld bekend');
  await type(page.getByRole('textbox', { name: 'Wat is er toen besloten, en wat deed dat?' }), 'Niets te besluiten');
  await goToSection(page, 'Beslissing en casusregie');
  // An acute agreement follows below, so the decision is no "future risk": the authority is consulted (seed 003).
  await choose(page.getByRole('combobox', { name: 'Beslissing' }), 'Structurele onveiligheid');
  await tick(page.getByRole('checkbox', { name: 'Veilig Thuis is geraadpleegd' }));
  await date(page.getByLabel('Datum overleg met Veilig Thuis'), MADE_ON);

  await goToSection(page, '3. Wat zijn de doelen');
  await addItem(page, 'Doel toevoegen');
  const goal = group(page, 'Doel 1');
  await type(goal.getByRole('textbox', { name: 'Doel' }), 'Noor is veilig bij ruzie');
  // Every plan has a safety condition of the authority (schema 5, safety-condition).
  await choose(goal.getByRole('combobox', { name: 'Soort doel' }), 'Veiligheidsvoorwaarde');
  await type(goal.getByRole('textbox', { name: 'Bron' }), 'Rapport Veilig Thuis');

  await goToSection(page, '4. Welke afspraken');
  await addItem(page, 'Afspraak toevoegen');
  const agreement = group(page, 'Afspraak 1');
  await choose(agreement.getByRole('combobox', { name: 'Bij doel' }), '1. Noor');
  await pickPerson(agreement, 'Wie', 'Els de Boer');
  await type(agreement.getByRole('textbox', { name: 'Wat' }), 'Oma haalt Noor op als de spanning oploopt');
  await type(agreement.getByRole('textbox', { name: 'Wanneer / hoe lang' }), 'Tot de evaluatie');
  // Schema v4: each agreement serves acute or stable safety (seeds 000, 003).
  await choose(agreement.getByRole('combobox', { name: 'Acute of stabiele veiligheid' }), 'Acute');
  // Schema v3: a list of safety persons, each from the network, for named children, with the four qualities (seed 004).
  await addItem(page, 'Veiligheidspersoon toevoegen');
  const safety = group(page, 'Veiligheidspersoon 1');
  await choose(safety.getByRole('combobox', { name: 'Wie' }), 'Els');
  await pickPerson(safety, 'Voor welke kinderen', 'Noor Bakker');
  for (const name of ['Kent de situatie en het plan', 'Makkelijk bereikbaar voor het kind', 'Heeft geregeld contact met het kind', 'Komt in actie bij zorgen']) {
    await tick(safety.getByRole('checkbox', { name }));
  }

  await goToSection(page, '6. Wie checkt');
  await addItem(page, 'Controle toevoegen');
  const check = group(page, 'Controle 1');
  await pickPerson(check, 'Wie', 'Karin Visser');
  await type(check.getByRole('textbox', { name: 'Let op' }), 'Belt elke week met Sanne');
  await type(page.getByRole('textbox', { name: 'Bij een kleine terugval' }), 'Sanne belt oma');
  await type(page.getByRole('textbox', { name: 'Bij een grote terugval' }), 'Karin roept iedereen bij elkaar');
  await type(page.getByRole('textbox', { name: 'Wanneer wordt Veilig Thuis geïnformeerd?' }), 'Bij geweld direct, door Karin');
  await pickPerson(page.getByRole('region', { name: /^6\. Wie checkt/ }), 'Wie hoort het bij een grote terugval?', 'Karin Visser');

  await goToSection(page, '7. Hoe en door wie');
  await addItem(page, 'Wie informeren toevoegen');
  const inform = group(page, 'Wie informeren 1');
  await choose(inform.getByRole('combobox', { name: 'Wie wordt geïnformeerd' }), 'Mark');
  await pickPerson(inform, 'Door wie', 'Karin Visser');
  await type(inform.getByRole('textbox', { name: 'Wanneer' }), 'Binnen een week');
  await type(inform.getByRole('textbox', { name: 'Hoe' }), 'In een gesprek bij het wijkteam');
  // Noor was there, and still hears afterwards, in her own words, what was agreed (schema 5, child-informed).
  await addItem(page, 'Wie informeren toevoegen');
  const informNoor = group(page, 'Wie informeren 2');
  await choose(informNoor.getByRole('combobox', { name: 'Wie wordt geïnformeerd' }), 'Noor');
  await pickPerson(informNoor, 'Door wie', 'Sanne Bakker');
  await type(informNoor.getByRole('textbox', { name: 'Wanneer' }), 'Thuis, na het beraad');
  await type(informNoor.getByRole('textbox', { name: 'Hoe' }), 'Met tekeningen, samen met oma');

  await goToSection(page, '8. Waar ligt');
  await type(page.getByRole('textbox', { name: 'Waar ligt het plan in huis?' }), 'In de map op het prikbord in de keuken');
  await type(page.getByRole('textbox', { name: 'Signaal of voorwerp van het kind' }), 'Noor zet de knuffelbeer op de trap');
  await type(page.getByRole('textbox', { name: 'Wat gebeurt er dan?' }), 'Sanne belt oma');
  // A copy needs a recorded consent: yes, on which day, given by whom; and someone who sends the copies.
  await addItem(page, 'Ontvanger toevoegen');
  const copy = group(page, 'Ontvanger 1');
  await type(copy.getByRole('textbox', { name: 'Naam' }), 'Huisarts De Wit');
  // What the GP gets: only the agreements (section 4).
  await choose(copy.getByRole('combobox', { name: 'Soort kopie' }), 'Onderdelen');
  await tick(copy.getByRole('checkbox', { name: 'Onderdeel 4' }));
  await tick(copy.getByRole('checkbox', { name: 'Toestemming gegeven' }));
  await date(copy.getByLabel('Datum toestemming'), MADE_ON);
  await choose(copy.getByRole('combobox', { name: 'Toestemming gegeven door' }), 'Sanne');
  await choose(page.getByRole('combobox', { name: 'Wie verstuurt die?' }), 'Karin');

  await goToSection(page, '9. Wanneer wordt');
  await date(page.getByLabel('Datum', { exact: true }), EVALUATION);
  await type(page.getByRole('textbox', { name: 'Waar/hoe' }), 'Bij het wijkteam');
  const section9 = page.getByRole('region', { name: /^9\. Wanneer wordt/ });
  await pickPerson(section9, 'Wie aanwezig', 'Sanne Bakker');
  await pickPerson(section9, 'Wie aanwezig', 'Karin Visser');
  await choose(page.getByRole('combobox', { name: 'Initiatiefnemer' }), 'Karin');

  // Schema 5: each adult family member's agreement with the plan, with the day and how it was given.
  await goToSection(page, 'Instemming van het gezin');
  for (const [n, name, how] of [[1, 'Sanne', 'Tijdens het netwerkberaad'], [2, 'Mark', 'Telefonisch']] as const) {
    await addItem(page, 'Instemming toevoegen');
    const entry = group(page, `Instemming ${n}`);
    await choose(entry.getByRole('combobox', { name: 'Gezinslid' }), name);
    await choose(entry.getByRole('combobox', { name: 'Instemming', exact: true }), 'Stemt in');
    await date(entry.getByLabel('Datum'), MADE_ON);
    await choose(entry.getByRole('combobox', { name: 'Hoe gegeven' }), how);
  }

  await goToSection(page, 'Voor de kinderen');
  await type(page.getByRole('textbox', { name: 'Wie is je veiligheidspersoon?' }), 'Oma Els. Je mag haar altijd bellen.');

  // Noor's own words (seed 001, child-voice), and the network meeting in which the plan was made, with who was there.
  await goToSection(page, 'Zorgen, gevaar');
  await addItem(page, 'Drie Huizen toevoegen');
  const houses = group(page, 'Drie Huizen 1');
  await choose(houses.getByRole('combobox', { name: 'Kind' }), 'Noor');
  await type(houses.getByRole('textbox', { name: 'Huis van de dromen' }), 'Dat het thuis rustig is');
  await goToSection(page, 'Netwerkberaden');
  await addItem(page, 'Netwerkberaad toevoegen');
  const meeting = group(page, 'Netwerkberaad 1');
  await date(meeting.getByLabel('Datum'), MADE_ON);
  for (const name of ['Sanne Bakker', 'Noor Bakker', 'Els de Boer', 'Karin Visser']) await pickPerson(meeting, 'Aanwezig', name);
}

async function download(page: Page, item: string): Promise<Buffer> {
  await press(page.getByRole('button', { name: 'Exporteren' }));
  const menuItem = page.getByRole('menuitem', { name: item });
  const [file] = await Promise.all([page.waitForEvent('download'), press(menuItem)]);
  const filePath = await file.path();
  assert.ok(filePath, 'download has a path');
  return readFileSync(filePath);
}

describe('local mode, as a new user', () => {
  it('fills a whole plan by keyboard, activates it, finds it intact after a reload, and exports and re-imports it', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${chromium.baseUrl}/index.html`);
    await page.getByText('Er zijn nog geen plannen').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'list-empty-1280-light');

    await press(page.getByRole('button', { name: 'Nieuw plan' }));
    await page.getByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ }).waitFor();
    await fillWholePlan(page);
    // Not even advice: the safety person has all four qualities, every child has one (rulesPeople.ts).
    await page.getByText('Geen opmerkingen: het plan voldoet aan alle regels.').waitFor().catch(async (e: unknown) => {
      // Seen once in CI and not reproduced: say which findings stood, so the next failure explains itself.
      await screenshot(page, 'localflow-findings-left');
      const findings = await page.getByRole('complementary', { name: /Kwaliteit/ }).innerText().catch(() => '(no quality panel)');
      throw new Error(`findings left after filling the whole plan:\n${findings}`, { cause: e });
    });

    await press(page.getByRole('button', { name: 'Plan activeren' }));
    await page.getByText('Het plan is actief', { exact: false }).waitFor();
    await page.locator('[data-save-state="saved"]').waitFor().catch(async (e: unknown) => {
      await screenshot(page, 'failure-after-activation');
      throw new Error(`save state ${await page.locator('[data-save-state]').getAttribute('data-save-state')}: ${String(e)}`);
    });
    assert.deepEqual(await axeViolations(page), []);

    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsplan van de familie Bakker-Yilmaz' }).waitFor().catch(async (e: unknown) => {
      await screenshot(page, 'failure-after-reload');
      throw e;
    });
    assert.equal(await page.getByRole('textbox', { name: 'Familienaam' }).inputValue(), 'Bakker-Yilmaz');
    await page.getByText('Actief', { exact: true }).first().waitFor();
    await goToSection(page, '4. Welke afspraken');
    assert.equal(await group(page, 'Afspraak 1').getByRole('textbox', { name: 'Wat' }).inputValue(), 'Oma haalt Noor op als de spanning oploopt');

    const docx = await JSZip.loadAsync(await download(page, 'Word-document (.docx)'));
    const xml = (await docx.file('word/document.xml')?.async('string')) ?? '';
    for (const heading of ['1. Wie maken dit plan?', '2. Wanneer is dit plan gemaakt?', '3. Wat zijn de doelen', '4. Welke afspraken', '5. Wat zijn (voorziene) omstandigheden',
      '6. Wie checkt', '7. Hoe en door wie', '8. Waar ligt het veiligheidsplan in huis?', '9. Wanneer wordt het plan geëvalueerd']) {
      assert.ok(xml.includes(heading), `docx has heading ${heading}`);
    }
    for (const value of ['Bakker-Yilmaz', 'Oma haalt Noor op als de spanning oploopt', 'Els de Boer']) assert.ok(xml.includes(value), `docx has ${value}`);
    assert.ok(xml.includes('Onderdeel 4'), 'section 8 shows what the GP gets');

    // The GP's own copy: exactly their choice, under a name without names. Section 8 and the dialog pass axe.
    await goToSection(page, '8. Waar ligt');
    await page.getByRole('region', { name: 'Kopieën en toestemming' }).getByText('Krijgt: Onderdeel 4').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await press(page.getByRole('button', { name: 'Exporteren' }));
    await press(page.getByRole('menuitem', { name: /^Kopie voor een ontvanger/ }));
    const copyDialog = page.getByRole('dialog', { name: 'Kopie voor een ontvanger' });
    await copyDialog.getByText('Krijgt: Onderdeel 4').waitFor();
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'local-copy-export');
    const [copyFile] = await Promise.all([page.waitForEvent('download'), press(copyDialog.getByRole('button', { name: 'Downloaden' }))]);
    assert.match(copyFile.suggestedFilename(), /^Kopie [a-z0-9]{10} \d{4}-\d{2}-\d{2}\.docx$/);
    const copyXml = (await (await JSZip.loadAsync(readFileSync((await copyFile.path())!))).file('word/document.xml')?.async('string')) ?? '';
    assert.ok(copyXml.includes('Oma haalt Noor op als de spanning oploopt') && !copyXml.includes('1. Wie maken dit plan?'), 'the copy holds section 4 only');

    const ics = (await download(page, 'Agenda-afspraken (.ics)')).toString('utf8');
    assert.match(ics, /BEGIN:VCALENDAR/);
    assert.match(ics, new RegExp(`DTSTART[^:\\r\\n]*:${EVALUATION.replaceAll('-', '')}`));
    for (const secret of ['Noor', 'Bakker', 'Yilmaz', 'ruzie', 'gewond']) assert.ok(!ics.includes(secret), `ics holds no "${secret}"`);

    const json = (await download(page, 'Planbestand (.json)')).toString('utf8');
    await press(page.getByRole('button', { name: 'Terug naar plannen' }));
    await press(page.getByRole('button', { name: 'Verwijderen: Bakker-Yilmaz' }));
    await page.getByText(/familie Bakker-Yilmaz wordt met al zijn versies/).waitFor();
    await press(page.getByRole('button', { name: 'Ja, verwijderen' }));
    await page.getByText('Er zijn nog geen plannen').waitFor();

    await page.getByTestId('import-input').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    // The copy's consent stays behind (domain/import.ts): the list says so before the plan opens.
    await page.getByText('de toestemming om een kopie te sturen aan Huisarts De Wit').waitFor();
    await press(page.getByRole('button', { name: 'Geïmporteerd plan openen' }));
    await page.getByRole('heading', { level: 1, name: 'Veiligheidsplan van de familie Bakker-Yilmaz' }).waitFor().catch(async (e: unknown) => {
      await screenshot(page, 'failure-after-import');
      throw e;
    });
    const again = (await download(page, 'Planbestand (.json)')).toString('utf8');
    // An import is a new plan (domain/import.ts): a new random id, no calendar meeting references, no copy consent.
    // Everything else comes back exactly as it was exported.
    const [exported, reimported] = [parsePlanText(json), parsePlanText(again)];
    assert.ok(exported.ok && reimported.ok, 'both files are plans');
    // What the keyboard walk recorded in the v3 fields: the safety person and the copy's consent with its giver.
    const idOf = (name: string) => [...exported.plan.directPersons, ...exported.plan.socialNetwork, ...exported.plan.professionals].find((p) => p.name === name)?.id;
    assert.deepEqual(exported.plan.safetyPersons.map(({ id: _id, ...rest }) => rest), [{
      personId: idOf('Els de Boer'), childIds: [idOf('Noor Bakker')], wellInformed: true, easyToReach: true, regularContact: true, willingToAct: true,
    }]);
    assert.deepEqual(exported.plan.copyRecipients.map((r) => [r.name, r.consentGiven, r.consentDate, r.consentById]), [['Huisarts De Wit', true, MADE_ON, idOf('Sanne Bakker')]]);
    assert.equal(exported.plan.copiesSentById, idOf('Karin Visser'));
    assert.deepEqual(reimported.plan.copyRecipients.map((r) => [r.name, r.consentGiven, r.consentDate, r.consentById]), [['Huisarts De Wit', false, null, null]],
      'the copy\'s consent, its date and its giver are asked again after an import');
    assert.notEqual(reimported.plan.id, exported.plan.id, 'the re-imported plan has a new id');
    assert.match(reimported.plan.id, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'the new id is random');
    assert.equal(serializePlan(withoutImportedOnlyParts(reimported.plan)), serializePlan(withoutImportedOnlyParts(exported.plan)),
      're-imported plan is equal to the exported one, apart from id, meeting references, consent, status and shares');
    await context.close();
  });

  it('refuses a malformed import with a Dutch message and changes nothing', async () => {
    const context = await newContext();
    const page = await context.newPage();
    await page.goto(`${chromium.baseUrl}/index.html`);
    await page.getByText('Er zijn nog geen plannen').waitFor();
    await page.getByTestId('import-input').setInputFiles({ name: 'kapot.json', mimeType: 'application/json', buffer: Buffer.from('{"schemaVersion": 99}') });
    await page.getByText('Dit bestand is niet geïmporteerd. Er is niets gewijzigd.').waitFor();
    await page.getByText(/nieuwere versie van de app/).waitFor();
    await page.getByText('Er zijn nog geen plannen').waitFor();
    await context.close();
  });
});

describe('the Teams tab page outside Teams', () => {
  it('falls back to the standalone app with the Teams palette, with no axe violations', async () => {
    const context = await newContext({ width: 400 });
    const page = await context.newPage();
    await page.goto(`${chromium.baseUrl}/tab.html`);
    await page.getByText('Er zijn nog geen plannen').waitFor();
    assert.equal(await page.locator('html').getAttribute('lang'), 'nl');
    assert.deepEqual(await axeViolations(page), []);
    await screenshot(page, 'tab-standalone-400-light');
    await context.close();
  });
});

describe('local mode, every look', () => {
  const looks: Array<{ name: string; colorScheme: 'light' | 'dark'; forcedColors: 'active' | 'none' }> = [
    { name: 'light', colorScheme: 'light', forcedColors: 'none' },
    { name: 'dark', colorScheme: 'dark', forcedColors: 'none' },
    { name: 'contrast', colorScheme: 'dark', forcedColors: 'active' },
  ];
  const complete = readFileSync(new URL('../fixtures/plans/complete.json', `file://${__filename}`), 'utf8');

  for (const width of [1280, 400]) {
    for (const look of looks) {
      it(`shows the plan list and the editor at ${width} px in ${look.name} with no axe violations`, async () => {
        const context = await newContext({ width, colorScheme: look.colorScheme, forcedColors: look.forcedColors });
        const page = await context.newPage();
        await page.goto(`${chromium.baseUrl}/index.html`);
        await page.getByText('Er zijn nog geen plannen').waitFor();
        await page.getByTestId('import-input').setInputFiles({ name: 'plan.json', mimeType: 'application/json', buffer: Buffer.from(complete) });
        // The fixture holds meeting references and a consent: the list says they were not imported, then opens the plan.
        await page.getByText('Het plan is geïmporteerd als nieuw plan', { exact: false }).waitFor();
        if (look.name === 'light') assert.deepEqual(await axeViolations(page), [], 'import notice');
        await press(page.getByRole('button', { name: 'Geïmporteerd plan openen' }));
        await page.getByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ }).waitFor();
        assert.deepEqual(await axeViolations(page), [], 'editor');
        await screenshot(page, `editor-${width}-${look.name}`);
        await goToSection(page, '4. Welke afspraken');
        assert.deepEqual(await axeViolations(page), [], 'agreements');
        await screenshot(page, `agreements-${width}-${look.name}`);
        // The people picker with its list open (grouped options), by keyboard: still no violations, and it fits the width.
        const who = page.getByRole('group', { name: /^Afspraak 1/ }).getByRole('combobox', { name: 'Wie', exact: true });
        await key(who, 'ArrowDown');
        await page.getByRole('listbox', { name: 'Wie', exact: true }).waitFor();
        assert.deepEqual(await axeViolations(page), [], 'people picker open');
        await screenshot(page, `people-picker-${width}-${look.name}`);
        await key(who, 'Escape');
        if (look.name === 'light') {
          await press(page.getByRole('button', { name: 'Exporteren' }));
          await press(page.getByRole('menuitem', { name: 'Kinderversie' }));
          await page.getByRole('heading', { level: 1, name: 'Mijn veiligheidsplan' }).waitFor();
          assert.deepEqual(await axeViolations(page), [], 'child version');
          await screenshot(page, `child-version-${width}-light`);
          await press(page.getByRole('button', { name: 'Terug naar het plan' }));
          await page.getByRole('heading', { level: 1, name: /Veiligheidsplan van de familie/ }).waitFor();
        }
        await press(page.getByRole('button', { name: 'Terug naar plannen' }));
        await page.locator('[data-listed="true"]').waitFor();
        assert.deepEqual(await axeViolations(page), [], 'list');
        await screenshot(page, `list-${width}-${look.name}`);
        await context.close();
      });
    }
  }
});
