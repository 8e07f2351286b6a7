import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { SUMMARY_COLUMNS } from '../../src/adapters/graph/drive.mappers';
import { CAPABILITY_SCOPES } from '../../src/auth/scopes';
import { parsePlanText, serializePlan } from '../../src/domain';
import type { Plan } from '../../src/domain';
import { eventsOf } from '../fakes/graph/calendar';
import { FakeGraph } from './fixtures/graph/fakeGraph';
import { ACCESS_TOKEN_PREFIX, routeLogin } from './fixtures/graph/fakeLogin';
import type { FakeUser, LoginLog } from './fixtures/graph/fakeLogin';
import type * as HarnessModule from './harness';
import { E2E_TENANT, ensureTenantBuild } from './tenantBuild';

type Harness = typeof HarnessModule;

/**
 * Tenant mode in Chromium against a production build made with an app registration configured. Sign-in runs
 * MSAL's real code against routed Entra ID endpoints; Microsoft Graph and SharePoint downloads are answered by an
 * in-memory fake (fixtures/graph). Nothing in the build knows it is being tested.
 */

const ROOT = path.resolve(__dirname, '../..');
// E2E_TENANT_DIST: another build folder (e.g. one per worktree or run); E2E_TENANT_BUILD=skip reuses the one there.
const DIST = path.resolve(process.env.E2E_TENANT_DIST ?? path.join(ROOT, 'dist-tenant'));
// Built by ensureTenantBuild() (tests/e2e/tenantBuild.ts), shared with security.e2e and chaosTenant.e2e.
const { clientId: CLIENT_ID, tenantId: TENANT_ID, driveId: DRIVE_ID } = E2E_TENANT;
const PLAN_ID = 'fixture-bakker-yilmaz';
const PLAN_PATH = `Veiligheidsplannen/${PLAN_ID}/plan.json`;

const LOTTE: FakeUser = { oid: '00000000-0000-4000-8000-00000000000a', name: 'Lotte Smit', upn: 'l.smit@wijkteam-voorbeeld.invalid' };
const BRAM: FakeUser = { oid: '00000000-0000-4000-8000-00000000000b', name: 'Bram Kuipers', upn: 'b.kuipers@veiligthuis-voorbeeld.invalid' };

/**
 * The complete fixture plan with three copy recipients: Ria Bakker (network member, outside the organisation) gets her
 * own overview, the team lead (inside) the whole plan, and the school's mentor did not consent.
 */
function seedPlan(): Plan {
  const parsed = parsePlanText(readFileSync(path.join(ROOT, 'tests/fixtures/plans/complete.json'), 'utf8'));
  if (!parsed.ok) throw new Error('fixture plan does not parse');
  const ria = parsed.plan.copyRecipients[0]!;
  return {
    ...parsed.plan,
    evaluationEvent: null,
    copyRecipients: [
      { ...ria, receives: { kind: 'overview', personId: null } },
      { ...ria, id: 'cr-3', name: 'Teamleider wijkteam', email: 't.jansen@wijkteam-voorbeeld.invalid', receives: { kind: 'plan' }, consentWithdrawnOn: null },
      { id: 'cr-2', name: 'Mentor school', email: 'mentor@school-voorbeeld.invalid', receives: { kind: 'sections', sections: [4] }, receivesNote: '', consentGiven: false, consentDate: null },
    ],
  };
}

/**
 * Puts the plan in the library as `status`. The tests that edit fields edit a draft: a plan in force changes only
 * through Bijstellen (statusGate.ts; lifecycle.e2e.ts walks that). Sharing is tested on the plan in force.
 */
function seedAs(status: Plan['status']): void {
  graph.seed(PLAN_PATH, serializePlan({ ...seedPlan(), status }));
}

let harness: Harness;
let server: Server;
let baseUrl: string;
let browser: Browser;
// The library has the plan list's columns (docs/tenant.md, "Library columns"); the seeded plan has none filled in yet.
const graph = new FakeGraph(DRIVE_ID, { columns: SUMMARY_COLUMNS, users: [LOTTE, BRAM] });

before(async () => {
  ensureTenantBuild();
  // The harness reads the build folder when it is loaded.
  process.env.E2E_DIST = DIST;
  harness = await import('./harness');
  ({ server, baseUrl } = await harness.serveDist());
  browser = await harness.launch();
  graph.seed(PLAN_PATH, serializePlan(seedPlan()));
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function signedInContext(user: FakeUser): Promise<{ context: BrowserContext; login: LoginLog }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  await harness.blockExternal(context, baseUrl);
  await harness.stubOfficeJs(context);
  const login = await routeLogin(context, { tenantId: TENANT_ID, clientId: CLIENT_ID, user });
  await graph.attach(context);
  return { context, login };
}

async function openPlan(page: Page): Promise<void> {
  await page.goto(`${baseUrl}/#/plan/${PLAN_ID}`);
  await page.getByRole('heading', { level: 1, name: 'Veiligheidsplan van de familie Bakker-Yilmaz' }).waitFor({ timeout: 20_000 });
}

async function goToSection(page: Page, startsWith: string): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${startsWith.replace(/[.?]/g, '\\$&')}`) }).click();
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${startsWith.replace(/[.?]/g, '\\$&')}`) }).waitFor();
}

/** Polls the fake library until the stored plan satisfies the check (autosave runs after a short pause). */
async function storedPlanWhere(check: (plan: Plan) => boolean, timeoutMs = 10_000): Promise<Plan> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const text = graph.text(PLAN_PATH);
    const parsed = text ? parsePlanText(text) : null;
    if (parsed?.ok && check(parsed.plan)) return parsed.plan;
    if (Date.now() > end) throw new Error('the stored plan never reached the expected state');
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * axe over the whole page. Only Fluent's focus sentinels are left out: tabster's `<i data-tabster-dummy>` elements
 * are focusable and aria-hidden on purpose (they bounce focus into the TabList's arrow-key group and must not be
 * announced). Fluent treats the aria-hidden-focus report on them as a false positive, by design:
 * microsoft/fluentui#27517, microsoft/tabster#288.
 */
async function assertNoAxeViolations(page: Page, screen: string): Promise<void> {
  assert.deepEqual(await harness.axeViolations(page), [], `axe on ${screen}`);
}

describe('tenant mode (Graph intercepted)', { timeout: 180_000 }, () => {
  it('signs in with MSAL (PKCE) and lists the plans from SharePoint: one page with the list columns, no Graph /content', async () => {
    const { context, login } = await signedInContext(LOTTE);
    const page = await context.newPage();
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Openen: Bakker-Yilmaz' }).waitFor({ timeout: 20_000 });
    assert.ok(login.tokenRequests.some((r) => r.grantType === 'authorization_code' && r.hasCodeVerifier), 'the code was redeemed with PKCE');
    const scopes = [...login.authorizeRequests, ...login.tokenRequests].map((r) => r.scope).join(' ');
    for (const s of CAPABILITY_SCOPES.storage) assert.ok(scopes.includes(s), `storage scope ${s} asked for`);
    const listing = graph.requestsTo('GET', `/drives/${DRIVE_ID}/root:/Veiligheidsplannen:/children`);
    assert.ok(listing.length > 0);
    for (const page of listing) assert.match(page.query['$expand'] ?? '', /^listItem\(.*fields\(\$select=VpPlanId,/, 'the columns come with the listing');
    assert.ok(!graph.requests.some((r) => r.method === 'GET' && r.path.endsWith('/content')), 'no file content is read through Graph /content');
    assert.ok(listing.every((r) => r.headers['authorization'] === `Bearer ${ACCESS_TOKEN_PREFIX}${LOTTE.oid}`), 'Graph gets the signed-in user\'s token');
    await assertNoAxeViolations(page, 'the plan list');
    await harness.screenshot(page, 'tenant-plan-list');
    await context.close();
  });

  it('schedules the evaluation from section 9: suggestions, one booking, a neutral invitation, the event in the plan', async () => {
    seedAs('draft');
    const { context } = await signedInContext(LOTTE);
    const page = await context.newPage();
    await openPlan(page);
    await goToSection(page, '9. Wanneer');
    const panel = page.getByRole('region', { name: 'Evaluatie plannen' });
    await panel.getByRole('button', { name: 'Zoek tijden' }).click();
    const list = panel.getByRole('list', { name: 'Voorgestelde tijden' });
    await list.waitFor();
    const find = graph.requestsTo('POST', '/me/findMeetingTimes').at(-1)!;
    const window = (find.body as { timeConstraint: { activityDomain: string; timeSlots: Array<{ start: { dateTime: string } }> } }).timeConstraint;
    assert.equal(window.activityDomain, 'unrestricted');
    assert.ok(window.timeSlots[0]!.start.dateTime.startsWith('2027-01-20'), 'the evaluation day is searched');
    await assertNoAxeViolations(page, 'section 9 with suggestions');
    await harness.screenshot(page, 'tenant-evaluation-suggestions');

    await list.getByRole('button', { name: /^Uitnodiging versturen voor/ }).first().click();
    await panel.getByRole('status').getByText('De uitnodiging is verstuurd.').waitFor();
    const creates = graph.requestsTo('POST', /^\/v1\.0\/me\/events$/);
    assert.equal(creates.length, 1);
    const event = creates[0]!.body as { subject: string; body: { content: string }; attendees: Array<{ emailAddress: { address: string } }>; isOnlineMeeting: boolean; onlineMeetingProvider: string; transactionId: string };
    assert.equal(event.subject, 'Evaluatiegesprek');
    const invitation = JSON.stringify({ subject: event.subject, body: event.body });
    for (const word of ['Bakker', 'Yilmaz', 'Mila', 'Daan']) assert.ok(!invitation.includes(word), `the invitation does not mention ${word}`);
    assert.deepEqual(event.attendees.map((a) => a.emailAddress.address).sort(), ['b.kuipers@veiligthuis-voorbeeld.invalid', 'l.smit@wijkteam-voorbeeld.invalid']);
    assert.equal(event.isOnlineMeeting, true);
    assert.equal(event.onlineMeetingProvider, 'teamsForBusiness');
    assert.ok(event.transactionId.length > 0);

    const stored = await storedPlanWhere((p) => p.evaluationEvent !== null);
    const booked = eventsOf(graph.calendar, LOTTE.oid);
    assert.equal(booked.length, 1, 'one event in the organiser\'s calendar');
    const eventId = booked[0]!.id!;
    assert.equal(stored.evaluationEvent?.eventId, eventId);
    assert.equal(stored.evaluationEvent?.organizerEmail, LOTTE.upn);
    assert.match(stored.evaluationEvent?.joinUrl ?? '', /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//);
    assert.equal(eventsOf(graph.calendar, BRAM.oid)[0]?.iCalUId, booked[0]!.iCalUId, 'the invited colleague has a copy in their own calendar');
    await page.getByRole('link', { name: 'Deelnamelink (Teams)' }).waitFor();
    await harness.screenshot(page, 'tenant-evaluation-booked');

    // The organiser may move (find times) and cancel; no organiser hint.
    const hint = 'Alleen de organisator kan de afspraak verplaatsen of annuleren';
    await panel.getByRole('button', { name: 'Afspraak annuleren' }).waitFor();
    assert.equal(await panel.getByRole('button', { name: 'Zoek tijden' }).count(), 1, 'the organiser can look for another time');
    assert.equal(await panel.getByText(hint, { exact: false }).count(), 0, 'no organiser hint for the organiser');

    // A colleague who opens the plan sees who organises it and cannot move or cancel it: no such buttons, no request.
    const colleague = await signedInContext(BRAM);
    const colleaguePage = await colleague.context.newPage();
    await openPlan(colleaguePage);
    await goToSection(colleaguePage, '9. Wanneer');
    const colleaguePanel = colleaguePage.getByRole('region', { name: 'Evaluatie plannen' });
    await colleaguePanel.getByText(`Georganiseerd door ${LOTTE.name} (${LOTTE.upn}). ${hint}`, { exact: false }).waitFor();
    await colleaguePanel.getByRole('link', { name: 'Deelnamelink (Teams)' }).waitFor();
    for (const name of ['Afspraak annuleren', 'Zoek tijden', /^Afspraak verplaatsen/]) {
      assert.equal(await colleaguePanel.getByRole('button', { name }).count(), 0, `no ${String(name)} button for a colleague`);
    }
    const bramAsked = graph.requests.filter((r) => r.headers['authorization'] === `Bearer ${ACCESS_TOKEN_PREFIX}${BRAM.oid}` && r.path.startsWith('/v1.0/me'));
    assert.deepEqual(bramAsked.map((r) => `${r.method} ${r.path}`), ['GET /v1.0/me'], 'the colleague\'s app only asked who is signed in');
    await assertNoAxeViolations(colleaguePage, 'section 9 for a colleague of the organiser');
    await colleague.context.close();

    // Clearing the date in the plan offers to cancel the meeting.
    await page.getByLabel('Datum', { exact: true }).fill('');
    await page.getByText('Wilt u de afspraak annuleren?', { exact: false }).waitFor();
    await assertNoAxeViolations(page, 'section 9 with the cancel offer');
    await harness.screenshot(page, 'tenant-evaluation-cancel-offer');
    await panel.getByRole('button', { name: 'Afspraak annuleren' }).click();
    await panel.getByRole('status').getByText('De afspraak is geannuleerd.').waitFor();
    assert.equal(graph.requestsTo('POST', `/me/events/${eventId}/cancel`).length, 1);
    await storedPlanWhere((p) => p.evaluationEvent === null && p.evaluationDate === null);
    assert.deepEqual(graph.unexpected, []);
    await context.close();
  });

  it('shares each recipient their own copy after a confirmation, withdraws consent with the access, and a later share skips the withdrawn', async () => {
    seedAs('active');
    const { context } = await signedInContext(LOTTE);
    const page = await context.newPage();
    await openPlan(page);
    await goToSection(page, '8. Waar ligt');
    const panel = page.getByRole('region', { name: 'Kopie delen' });
    const mentor = panel.getByRole('listitem').filter({ hasText: 'Mentor school' });
    await mentor.getByText('Geen toestemming vastgelegd: wordt niet gedeeld.').waitFor();
    await assertNoAxeViolations(page, 'section 8 before sharing');

    // The confirmation: each recipient, what they get, inside or outside the organisation (the signed-in user's domain).
    await panel.getByRole('button', { name: 'Delen met 2 ontvanger(s)' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Controleer wat er wordt gedeeld' });
    await dialog.waitFor();
    const cards = dialog.getByRole('listitem');
    assert.deepEqual(await cards.allInnerTexts().then((texts) => texts.map((t) => t.replace(/\s+/g, ' ').trim())), [
      'Ria Bakker Adres: ria.bakker@voorbeeld.invalid Krijgt: Eigen overzicht van Ria Bakker Buiten de organisatie',
      'Teamleider wijkteam Adres: t.jansen@wijkteam-voorbeeld.invalid Krijgt: Het hele plan Binnen de organisatie',
      'Mentor school Adres: mentor@school-voorbeeld.invalid Wordt niet gedeeld: Geen toestemming vastgelegd: wordt niet gedeeld.',
    ]);
    assert.equal(graph.requestsTo('POST', /\/invite$/).length, 0, 'nothing is sent before the confirmation');
    await assertNoAxeViolations(page, 'the share confirmation at 1280 px');
    await harness.screenshot(page, 'tenant-share-confirm');
    await page.setViewportSize({ width: 400, height: 900 });
    await assertNoAxeViolations(page, 'the share confirmation at 400 px');
    await harness.screenshot(page, 'tenant-share-confirm-400');
    await page.setViewportSize({ width: 1280, height: 900 });
    await dialog.getByRole('button', { name: 'Ja, delen' }).click();
    const ria = panel.getByRole('listitem').filter({ hasText: 'Ria Bakker' });
    const lead = panel.getByRole('listitem').filter({ hasText: 'Teamleider wijkteam' });
    await ria.getByText('Gedeeld', { exact: true }).waitFor({ timeout: 20_000 });
    await lead.getByText('Gedeeld', { exact: true }).waitFor({ timeout: 20_000 });

    // Each copy is its own file, named without names, shared read-only with its one recipient.
    const folder = `Veiligheidsplannen/${PLAN_ID}`;
    const copies = graph.under(folder).filter((p) => p.startsWith(`${folder}/Kopie `));
    assert.equal(copies.length, 2);
    for (const file of copies) {
      assert.match(file.slice(folder.length + 1), /^Kopie [a-z0-9]{10} \d{4}-\d{2}-\d{2}\.docx$/, 'no names in the file name');
      assert.equal(Buffer.from(graph.item(file)!.content.subarray(0, 2)).toString(), 'PK', 'a .docx (zip)');
    }
    const invitesTo = (email: string) => graph.requestsTo('POST', /\/invite$/).filter((r) => JSON.stringify(r.body).includes(email));
    const riaFile = copies.find((f) => graph.drive.permissionsOf(f).some((p) => p.invitation?.email === 'ria.bakker@voorbeeld.invalid'))!;
    const leadFile = copies.find((f) => f !== riaFile)!;
    assert.deepEqual(graph.drive.permissionsOf(riaFile).map((p) => p.invitation?.email), ['ria.bakker@voorbeeld.invalid']);
    assert.deepEqual(graph.drive.permissionsOf(leadFile).map((p) => p.invitation?.email), ['t.jansen@wijkteam-voorbeeld.invalid']);
    assert.deepEqual(invitesTo('ria.bakker@')[0]!.body, {
      recipients: [{ email: 'ria.bakker@voorbeeld.invalid' }], message: 'U krijgt leesrechten op een document. Meld u aan met uw eigen account om het te openen.',
      requireSignIn: true, sendInvitation: true, roles: ['read'],
    });
    assert.equal(invitesTo('mentor@').length, 0, 'no request shares with the recipient without consent');
    assert.ok(!graph.requests.some((r) => /createLink/i.test(r.path)), 'no sharing link is created');
    const shared = await storedPlanWhere((p) => p.copyShares.filter((s) => s.revokedOn === null).length === 2);
    assert.deepEqual(shared.copyShares.filter((s) => s.revokedOn === null).map((s) => [s.recipientId, s.what.kind]), [['cr-1', 'overview'], ['cr-3', 'plan']]);
    await harness.screenshot(page, 'tenant-share-result');

    // Withdrawing Ria's consent asks first, naming her copy; then deletes her permission (DELETE …/permissions/{id})
    // and records the withdrawal.
    const deletesBefore = graph.requestsTo('DELETE', /\/permissions\//).length;
    await ria.getByRole('button', { name: 'Toestemming intrekken' }).click();
    const revokeDialog = page.getByRole('alertdialog', { name: 'Toestemming en toegang intrekken?' });
    await revokeDialog.waitFor();
    assert.match((await revokeDialog.getByRole('listitem').allInnerTexts()).join(' | ').replace(/\s+/g, ' '),
      /^Ria Bakker Adres: ria\.bakker@voorbeeld\.invalid Bestand: kopie van \d+ \w+ \d{4} \(Eigen overzicht van Ria Bakker\) Reden: toestemming ingetrokken$/);
    assert.equal(graph.requestsTo('DELETE', /\/permissions\//).length, deletesBefore, 'nothing is revoked before the answer');
    await assertNoAxeViolations(page, 'the revocation question');
    await harness.screenshot(page, 'tenant-revoke-confirm');
    await revokeDialog.getByRole('button', { name: 'Ja, intrekken' }).click();
    await panel.getByText('De toegang is ingetrokken en in het plan vastgelegd.').waitFor({ timeout: 20_000 });
    assert.deepEqual(graph.drive.permissionsOf(riaFile), [], 'her permission is gone');
    assert.equal(graph.drive.permissionsOf(leadFile).length, 1, 'the other recipient keeps theirs');
    assert.equal(graph.requestsTo('DELETE', /\/permissions\//).length, 1);
    // (The fixture already holds an older withdrawal and a share revoked then: share-1.)
    const withdrawn = await storedPlanWhere((p) => !p.copyRecipients[0]!.consentGiven
      && p.copyShares.filter((s) => s.recipientId === 'cr-1' && s.id !== 'share-1').every((s) => s.revokedBecause === 'consentWithdrawn'));
    assert.notEqual(withdrawn.copyRecipients[0]!.consentWithdrawnOn, '2026-11-10', 'the new withdrawal date is recorded');
    await ria.getByText(/^Toestemming ingetrokken op /).waitFor();
    await assertNoAxeViolations(page, 'section 8 after withdrawing consent');
    await harness.screenshot(page, 'tenant-share-withdrawn');

    // A later share reaches only the recipient who still consents.
    const invitesBefore = graph.requestsTo('POST', /\/invite$/).length;
    await panel.getByRole('button', { name: 'Delen met 1 ontvanger(s)' }).click();
    await dialog.waitFor();
    await dialog.getByText('Wordt niet gedeeld: Geen toestemming vastgelegd: wordt niet gedeeld.').first().waitFor();
    await dialog.getByRole('button', { name: 'Ja, delen' }).click();
    await storedPlanWhere((p) => p.copyShares.filter((s) => s.recipientId === 'cr-3').length === 2);
    const later = graph.requestsTo('POST', /\/invite$/).slice(invitesBefore);
    assert.equal(later.length, 1);
    assert.ok(JSON.stringify(later[0]!.body).includes('t.jansen@'), 'the later share goes to the team lead');
    assert.equal(invitesTo('ria.bakker@').length, 1, 'no later invite reaches the withdrawn recipient');
    const riaAccess = graph.under(folder).flatMap((f) => graph.drive.permissionsOf(f)).filter((p) => p.invitation?.email === 'ria.bakker@voorbeeld.invalid');
    assert.deepEqual(riaAccess, [], 'the withdrawn recipient has access to no file');
    assert.deepEqual(graph.unexpected, []);
    await context.close();
  });

  it('two editors save the same plan: other fields merge silently, the same field asks, and nothing is lost', async () => {
    seedAs('draft');
    const a = await signedInContext(LOTTE);
    const b = await signedInContext(BRAM);
    const pageA = await a.context.newPage();
    const pageB = await b.context.newPage();
    await openPlan(pageA);
    await openPlan(pageB);

    // Different fields: SharePoint refuses B's save (If-Match 412 inside the batch), B merges and saves both edits.
    await goToSection(pageA, '9. Wanneer');
    await pageA.getByRole('textbox', { name: 'Waar/hoe' }).fill('Wijkcentrum De Linde, zaal 2');
    await storedPlanWhere((p) => p.evaluationPlace === 'Wijkcentrum De Linde, zaal 2');
    await goToSection(pageB, '8. Waar ligt');
    await pageB.getByRole('textbox', { name: 'Waar ligt het plan in huis?' }).fill('In de la van de keukenkast');
    await storedPlanWhere((p) => p.homeLocation === 'In de la van de keukenkast' && p.evaluationPlace === 'Wijkcentrum De Linde, zaal 2');
    assert.equal(await pageB.getByRole('alertdialog').count(), 0, 'no question when the edits do not overlap');

    // The same field: A (who has not seen B's save) changes it too and is asked whose version applies.
    await goToSection(pageA, '8. Waar ligt');
    const home = pageA.getByRole('textbox', { name: 'Waar ligt het plan in huis?' });
    await home.fill('Bij oma, in de map op de kast');
    const homeField = await home.elementHandle();
    const dialog = pageA.getByRole('alertdialog', { name: 'Dit plan is ook elders gewijzigd' });
    await dialog.waitFor({ timeout: 10_000 });
    assert.equal(await homeField?.inputValue(), 'Bij oma, in de map op de kast', 'A still sees their edit');
    // The stored field, not the file's text: the children's own words elsewhere in the plan may say "bij oma" too.
    assert.equal((JSON.parse(graph.text(PLAN_PATH) ?? '{}') as { homeLocation?: string }).homeLocation, 'In de la van de keukenkast', 'nothing was overwritten silently');
    await assertNoAxeViolations(pageA, 'the conflict dialog');
    await harness.screenshot(pageA, 'tenant-conflict-dialog');

    await dialog.getByRole('button', { name: 'Mijn versie van deze velden' }).click();
    await storedPlanWhere((p) => p.homeLocation === 'Bij oma, in de map op de kast' && p.evaluationPlace === 'Wijkcentrum De Linde, zaal 2');
    const frozen = graph.under(`Veiligheidsplannen/${PLAN_ID}/versions`).map((p) => graph.text(p) ?? '');
    assert.ok(frozen.some((text) => text.includes('In de la van de keukenkast')), 'B\'s version is kept in the history');
    // Every save wrote the plan list's columns in the same batch as plan.json.
    assert.ok(graph.requests.some((r) => r.inBatch && r.method === 'PATCH' && r.path.endsWith('/fields')), 'a save wrote the list columns');
    assert.equal(graph.item(`Veiligheidsplannen/${PLAN_ID}`)?.fields['VpFamilyName'], 'Bakker-Yilmaz');
    assert.deepEqual(graph.unexpected, []);
    await a.context.close();
    await b.context.close();
  });
});
