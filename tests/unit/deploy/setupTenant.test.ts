/** @jest-environment node */
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { FakeDrive, fromFetchRequest, toFetchResponse } from '../../fakes/graph/drive';
import type { DriveRequestLog } from '../../fakes/graph/drive';
import { denial, scopesOfBearer } from '../../fakes/graph/permissions';
import { SUMMARY_COLUMNS } from '../../../src/adapters/graph/drive.mappers';
import { allScopes } from '../../../src/auth/scopes';
import { GRAPH_CLI_CLIENT_ID, runSetup } from '../../../scripts/setup-tenant';
import { COLUMN_TYPES, SETUP_STEPS, columnsStep, setupScopes } from '../../../scripts/deploy/tenantSetup';
import type { SetupStep } from '../../../scripts/deploy/tenantSetup';

/**
 * `npm run setup:tenant` against the documented fakes: the Microsoft identity platform's device-code endpoints
 * (https://learn.microsoft.com/en-us/entra/identity-platform/v2-oauth2-device-code: the devicecode answer, then
 * `authorization_pending` with HTTP 400 until the user signs in, then the token) and the SharePoint library of
 * tests/fakes/graph/drive.ts behind msw, with Microsoft's permission map enforced on every Graph request.
 */

const LOGIN = 'https://login.microsoftonline.com';
const SITE = 'https://contoso.sharepoint.com/sites/Wijkteam';

/** A token as Entra ID issues it for the device-code grant: `scp` lists the granted delegated scopes. */
function fakeJwt(scopes: readonly string[]): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part({ scp: scopes.join(' '), aud: 'https://graph.microsoft.com' })}.sig`;
}

let drive: FakeDrive;
let log: DriveRequestLog[];
let tokenRequests: Array<Record<string, string>>;
/** What the tenant's administrator consented to for the sign-in client. */
let granted: readonly string[];

const server = setupServer(
  http.post(`${LOGIN}/:tenant/oauth2/v2.0/devicecode`, async ({ request }) => {
    const form = Object.fromEntries(new URLSearchParams(await request.text()));
    tokenRequests.push({ step: 'devicecode', ...form });
    return HttpResponse.json({
      device_code: 'DEVICE-CODE-1', user_code: 'ABCD-EFGH', verification_uri: 'https://microsoft.com/devicelogin', expires_in: 900, interval: 5,
      message: 'To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH to authenticate.',
    });
  }),
  http.post(`${LOGIN}/:tenant/oauth2/v2.0/token`, async ({ request }) => {
    const form = Object.fromEntries(new URLSearchParams(await request.text()));
    tokenRequests.push({ step: 'token', ...form });
    const polls = tokenRequests.filter((r) => r.step === 'token').length;
    if (polls === 1) return HttpResponse.json({ error: 'authorization_pending', error_description: 'AADSTS70016: pending' }, { status: 400 });
    const asked = (tokenRequests.find((r) => r.step === 'devicecode')?.scope ?? '').split(' ').map((s) => s.replace('https://graph.microsoft.com/', ''));
    return HttpResponse.json({ token_type: 'Bearer', scope: asked.join(' '), expires_in: 3600, access_token: fakeJwt(asked.filter((s) => granted.includes(s))) });
  }),
  http.all('https://graph.microsoft.com/*', async ({ request }) => {
    const authorization = request.headers.get('authorization');
    const denied = denial(request.method, request.url, scopesOfBearer(authorization) ?? []);
    if (denied) return HttpResponse.json(denied.body, { status: denied.status });
    const answer = await drive.handle(await fromFetchRequest(request));
    return answer ? toFetchResponse(answer) : HttpResponse.json({ error: { code: 'notInFake' } }, { status: 501 });
  }),
);

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());
beforeEach(() => {
  log = [];
  tokenRequests = [];
  granted = setupScopes();
  drive = new FakeDrive({ driveId: 'drive-1', onRequest: (entry) => log.push(entry) });
});

async function run(args: string[] = ['--site', SITE], steps?: readonly SetupStep[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await runSetup({ args, env: {}, print: (line) => lines.push(line), sleep: async () => undefined, ...(steps ? { steps } : {}) });
  return { code, lines };
}

const writes = () => log.filter((r) => r.method !== 'GET');

describe('npm run setup:tenant', () => {
  it('first run creates the plans folder and every summary column with its type; the second changes nothing and says so', async () => {
    const first = await run();
    expect(first.code).toBe(0);
    expect(drive.nodes.get('Veiligheidsplannen')?.kind).toBe('folder');
    expect(drive.columnTypes()).toEqual(COLUMN_TYPES);
    expect(first.lines.filter((l) => l.startsWith('+ '))).toHaveLength(1 + SUMMARY_COLUMNS.length);
    expect(first.lines).toContain('To sign in, use a web browser to open the page https://microsoft.com/devicelogin and enter the code ABCD-EFGH to authenticate.');

    log = [];
    const second = await run();
    expect(second.code).toBe(0);
    expect(writes()).toEqual([]);
    expect(second.lines.some((l) => l.startsWith('+ '))).toBe(false);
    expect(second.lines.join('\n')).toMatch(/Nothing to change/);
    expect(drive.columnTypes()).toEqual(COLUMN_TYPES);
  });

  it('adds only what is missing, and leaves a column of another type alone with a line that says what to do', async () => {
    drive.seed('Veiligheidsplannen/p1/plan.json', '{}');
    drive.addColumns(['VpPlanId', 'VpFamilyName']);
    drive.addColumns(['VpVersion'], 'text');
    const { code, lines } = await run();
    expect(code).toBe(1);
    expect(writes().map((r) => `${r.method} ${(r.body as { name?: string }).name ?? r.path}`).sort()).toEqual(
      SUMMARY_COLUMNS.filter((c) => !['VpPlanId', 'VpFamilyName', 'VpVersion'].includes(c)).map((c) => `POST ${c}`).sort(),
    );
    expect(drive.columnTypes().VpVersion).toBe('text');
    expect(lines.find((l) => l.startsWith('!'))).toMatch(/VpVersion .*text.*number.*library settings/);
  });

  it('signs in by device code with only the set-up scopes, through a client that is not the app', async () => {
    await run();
    const start = tokenRequests.find((r) => r.step === 'devicecode')!;
    expect(start.client_id).toBe(GRAPH_CLI_CLIENT_ID);
    expect(start.scope!.split(' ').sort()).toEqual(['https://graph.microsoft.com/Sites.Manage.All', 'https://graph.microsoft.com/Sites.ReadWrite.All']);
    expect(tokenRequests.filter((r) => r.step === 'token').map((r) => r.grant_type)).toEqual(['urn:ietf:params:oauth:grant-type:device_code', 'urn:ietf:params:oauth:grant-type:device_code']);
    // The app never asks Sites.Manage.All: only this administrator's script does.
    expect(allScopes()).not.toContain('Sites.Manage.All');
  });

  it('without Sites.Manage.All consented, stops at the columns and says an administrator must consent', async () => {
    granted = ['Sites.ReadWrite.All'];
    const { code, lines } = await run();
    expect(code).toBe(1);
    expect(drive.columnTypes()).toEqual({});
    expect(lines.at(-1)).toMatch(/no permission: an administrator must consent/);
  });

  it('asks for the site when none is given, and refuses an address that is not SharePoint', async () => {
    expect((await run([])).lines[0]).toMatch(/--site https:\/\/<tenant>\.sharepoint\.com/);
    const wrong = await run(['--site', 'https://example.org/sites/x']);
    expect(wrong.code).toBe(1);
    expect(wrong.lines.at(-1)).toMatch(/Not a SharePoint site/);
  });

  it('runs a step another set-up adds (the per-case hook), e.g. a multi-line text column, just as idempotently', async () => {
    const caseStep: SetupStep = { ...columnsStep({ VpNotes: 'multilineText' }), name: 'case columns' };
    const steps = [...SETUP_STEPS, caseStep];
    expect((await run(['--site', SITE], steps)).code).toBe(0);
    expect(drive.columnTypes()).toEqual({ ...COLUMN_TYPES, VpNotes: 'multilineText' });
    log = [];
    const again = await run(['--site', SITE], steps);
    expect(again.code).toBe(0);
    expect(writes()).toEqual([]);
  });
});
