import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { decideEvaluation, recordChildVoice, recordScore, serializePlan, startEvaluation, updateEvaluation } from '../../src/domain';
import type { Audience, Plan } from '../../src/domain';
import { evaluationPlan } from '../unit/domain/evaluationPlan';
import { withSubstance } from '../fixtures';
import { axeViolations, goToSection, saved, screenshot, SCREENSHOTS, useBuildInChromium, seedLocalPlan } from './harness';

/**
 * A new user in local mode runs two evaluations of an imported plan: a parent, a child and a professional score
 * independently; the chart and its table show their scores; the plan is adjusted, an agreement changed, and the
 * version comparison highlights that agreement. The browser's clock is set per step, so dates are fixed.
 */

const chromium = useBuildInChromium();

async function newContext(colorScheme: 'light' | 'dark'): Promise<BrowserContext> {
  return chromium.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', colorScheme, forcedColors: 'none' });
}

const at = (iso: string) => new Date(`${iso}T10:00:00`);

/** The plan as it is, in force where it says so (an import would make it a draft: domain/import.ts). */
async function importPlan(page: Page, plan: Plan): Promise<void> {
  await seedLocalPlan(page, JSON.parse(serializePlan(plan)), /Veiligheidsplan van de familie Jansen/);
}

async function openEvaluations(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Evaluaties', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: 'Evaluaties van het plan' }).waitFor();
}

async function scoreAs(page: Page, name: string, option: string, othersExpected: string[]): Promise<void> {
  await page.getByRole('combobox', { name: 'Wie vult nu in?' }).selectOption({ label: name });
  const turn = page.getByRole('region', { name: `Cijfer van ${name}` });
  await turn.getByText(/zie je pas als je zelf een cijfer hebt gegeven/).waitFor();
  // Before the own entry nothing of anyone else's score is on the page.
  assert.equal(await page.getByText(/^(Sanne Jansen|Noor|Karim de Boer): \d+$/).count(), 0, `${name} must not see other scores yet`);
  await turn.getByRole('radio', { name: option, exact: true }).check();
  if (name === 'Noor') {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await turn.screenshot({ path: path.join(SCREENSHOTS, 'evaluation-child-scale.png') });
  }
  await turn.getByRole('button', { name: 'Cijfer vastleggen' }).click();
  await turn.getByText(/^Jouw cijfer: \d+$/).waitFor();
  const others = turn.getByRole('listitem');
  assert.deepEqual(await others.allTextContents(), othersExpected);
  await turn.getByRole('button', { name: 'Verbergen en doorgeven' }).click();
}

async function runEvaluation(page: Page, scores: Array<[string, string]>, decide: (page: Page) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: 'Evaluatie starten' }).click();
  const first = page.getByRole('group', { name: /^Oma haalt Noor op/ });
  await first.getByRole('radio', { name: 'Ja' }).check();
  await first.getByRole('textbox', { name: 'Wat hielp of zat in de weg' }).fill('Vaste dagen in de agenda');
  // A decision looks at every agreement (domain evaluationGaps).
  await page.getByRole('group', { name: /^Moeder belt oma/ }).getByRole('radio', { name: 'Ja' }).check();
  const given: string[] = [];
  for (const [name, option] of scores) {
    await scoreAs(page, name, option, [...given]);
    given.push(`${name}: ${option.split(',')[0]}`);
  }
  const child = page.getByRole('region', { name: 'Wat zegt Noor?' });
  await child.getByRole('textbox', { name: 'Waar maak je je zorgen over?' }).fill('Dat mama weer boos wordt');
  await child.getByRole('textbox', { name: 'Wanneer voel je je veilig?' }).fill('Als oma komt');
  await decide(page);
}


async function chartScreenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.getByRole('tabpanel').screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) });
}

async function assertNoAxeViolations(page: Page, where: string): Promise<void> {
  const violations = await axeViolations(page);
  assert.deepEqual(violations, [], `axe on ${where}`);
}

/** The plan after two evaluations (1 December extended, 15 March adjusted), built with the domain as the app would. */
function twiceEvaluatedPlan(): Plan {
  const hold = (plan: Plan, day: string, scores: Array<[string, Audience, number]>, decision: 'extend' | 'adjust') => {
    const started = startEvaluation(plan, at(day), `ev-${day}`);
    if (!started.ok) throw new Error(started.reason);
    const scored = updateEvaluation(started.plan, started.evaluation.id, (e) => scores.reduce((acc, [who, audience, score]) => (
      audience === 'child' ? recordChildVoice(acc, who, { worries: '', feelsSafeWhen: '', score }) : recordScore(acc, who, audience, score)
    ), e));
    const decided = decideEvaluation(withSubstance(scored), decision === 'extend' ? { decision, validUntil: '2027-04-01', evaluationDate: '2027-03-15' } : { decision }, at(day));
    if (!decided.ok) throw new Error(decided.reason);
    return decided.plan;
  };
  const first = hold(evaluationPlan(), '2026-12-01', [['mother', 'parent', 4], ['child', 'child', 5], ['pro', 'professional', 3]], 'extend');
  return { ...hold(first, '2027-03-15', [['mother', 'parent', 7], ['child', 'child', 8], ['pro', 'professional', 6]], 'adjust'), status: 'active' };
}

describe('evaluations in local mode', () => {
  it('two evaluations with independent scores, the chart and table, an adjusted plan and its versions compared', async () => {
    const context = await newContext('light');
    const page = await context.newPage();
    await page.clock.setFixedTime(at('2027-01-10'));
    await page.goto(chromium.baseUrl);
    await importPlan(page, evaluationPlan());

    // The plan list reminds of the evaluation five days ahead.
    await page.getByRole('button', { name: 'Terug naar plannen' }).click();
    await page.getByText('Evaluatie over 5 dagen').waitFor();
    await assertNoAxeViolations(page, 'plan list with reminders');
    await page.getByRole('button', { name: 'Openen: Jansen' }).click();

    // First evaluation on the planned day: extended.
    await page.clock.setFixedTime(at('2027-01-15'));
    await openEvaluations(page);
    await runEvaluation(page, [['Sanne Jansen', '4'], ['Noor', '5, neutraal gezicht'], ['Karim de Boer', '3']], async (p) => {
      await p.getByRole('radio', { name: /^Verlengen/ }).check();
      await p.getByLabel('Nieuw einde van de geldigheid').fill('2027-05-01');
      await p.getByLabel('Nieuwe evaluatiedatum').fill('2027-04-15');
      await p.getByRole('button', { name: 'Besluit vastleggen' }).click();
      await p.getByText('Het plan is verlengd tot 1 mei 2027. De volgende evaluatie is op 15 april 2027.').waitFor();
    });
    await assertNoAxeViolations(page, 'evaluation session after a decision');

    // Second evaluation three months later: adjusted.
    await page.clock.setFixedTime(at('2027-04-15'));
    await runEvaluation(page, [['Noor', '8, blij gezicht'], ['Karim de Boer', '6'], ['Sanne Jansen', '7']], async (p) => {
      await p.getByRole('radio', { name: /^Bijstellen/ }).check();
      await p.getByRole('button', { name: 'Besluit vastleggen' }).click();
      // The plan stays in force; the next version is a draft of its own beside it.
      await p.getByText(/Het plan blijft gelden\. Versie 2 staat als concept/).waitFor();
    });

    // The chart and the table show each person's two scores.
    await page.getByRole('tab', { name: 'Scores door de tijd' }).click();
    const chart = page.getByRole('img', { name: /Schaalscores per persoon per evaluatie/ });
    await chart.waitFor();
    assert.equal(await page.locator('canvas').count(), 0);
    assert.deepEqual(await chart.locator('[data-score]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-score'))), ['4', '7', '5', '8', '3', '6']);
    const table = page.getByRole('table', { name: 'Scores per persoon per evaluatie' });
    const rows = await table.getByRole('row').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    assert.deepEqual(rows, [
      ['Persoon', 'Groep', '15 jan 2027', '15 apr 2027'],
      ['Sanne Jansen', 'ouders en netwerk', '4', '7'],
      ['Noor', 'kinderen', '5', '8'],
      ['Karim de Boer', 'professionals', '3', '6'],
    ]);
    await assertNoAxeViolations(page, 'score chart (light)');
    await chartScreenshot(page, 'evaluation-chart-light');

    // Adjust the plan: open the adjusted version from the list, beside the plan in force, and change an agreement.
    await page.getByRole('button', { name: 'Terug naar het plan' }).click();
    await page.getByRole('heading', { level: 1, name: /Veiligheidsplan van de familie Jansen/ }).waitFor();
    await page.getByRole('button', { name: 'Terug naar plannen' }).click();
    const adjusted = page.getByRole('listitem').filter({ hasText: 'Bijstelling van een geldend plan' });
    await assertNoAxeViolations(page, 'plan list with an adjusted version');
    await adjusted.getByRole('button', { name: 'Openen: Jansen' }).click();
    await page.getByText(/Dit is een bijstelling: versie 2 van een plan dat nu geldt/).waitFor();
    await goToSection(page, /^4\. Welke afspraken/);
    const agreement = page.getByRole('group', { name: /^Afspraak 1/ });
    await agreement.getByRole('textbox', { name: 'Wat', exact: true }).fill('Oma haalt Noor op maandag, dinsdag en donderdag');
    await saved(page);

    // Compare the evaluated version with the adjusted one.
    await openEvaluations(page);
    await page.getByRole('tab', { name: 'Versies vergelijken' }).click();
    await page.getByText('Versie 1 vergeleken met versie 2', { exact: false }).waitFor();
    const agreements = page.getByRole('region', { name: /^4\. Welke afspraken/ });
    const changed = agreements.locator('li[data-change="changed"]');
    assert.equal(await changed.count(), 1);
    assert.match((await changed.textContent()) ?? '', /Gewijzigd.*Oma haalt Noor op maandag, dinsdag en donderdag/);
    assert.equal(await changed.locator('del', { hasText: 'Oma haalt Noor op dinsdag en donderdag van school' }).count(), 1);
    const background = await changed.evaluate((li) => getComputedStyle(li).backgroundColor);
    assert.notEqual(background, 'rgba(0, 0, 0, 0)', 'the changed agreement is highlighted');
    await assertNoAxeViolations(page, 'version comparison');
    await screenshot(page, 'evaluation-compare-light');

    // The history holds every decision as a version.
    const options = await page.getByRole('combobox', { name: 'Oudere versie' }).locator('option').allTextContents();
    assert.equal(options.filter((o) => /Evaluatie: verlengd/.test(o)).length, 1);
    assert.equal(options.filter((o) => /Evaluatie: bijgesteld/.test(o)).length, 1);
    await context.close();
  });

  it('shows the chart in the dark theme with no axe violations', async () => {
    const context = await newContext('dark');
    const page = await context.newPage();
    await page.clock.setFixedTime(at('2027-03-20'));
    await page.goto(chromium.baseUrl);
    await importPlan(page, twiceEvaluatedPlan());
    await openEvaluations(page);
    await page.getByRole('tab', { name: 'Scores door de tijd' }).click();
    await page.getByRole('img', { name: /Schaalscores/ }).waitFor();
    const background = await page.evaluate(() => getComputedStyle(document.querySelector('[data-ready]') ?? document.body).backgroundColor);
    const [r, g, b] = (background.match(/\d+/g) ?? []).map(Number) as [number, number, number];
    assert.ok(r + g + b < 150, `dark background expected, got ${background}`);
    await assertNoAxeViolations(page, 'score chart (dark)');
    await chartScreenshot(page, 'evaluation-chart-dark');
    await context.close();
  });
});

