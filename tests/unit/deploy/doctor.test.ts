/** @jest-environment node */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadHeaders, ALL } from '../../../hosting/headers';
import { buildTeamsPackage } from '../../../scripts/package-teams';
import { renderManifest } from '../../../scripts/validate-office-manifest';
import { diagnose, formatLines } from '../../../scripts/deploy/doctor';

/**
 * `npm run doctor` on a complete example environment (as `atk provision` and `atk deploy` leave it: env file, Entra
 * manifest, built pages with staticwebapp.config.json, built Teams and Word manifests) and on copies with one fault each.
 */

const ROOT = path.resolve(__dirname, '../../..');
const ENV = 'contoso';
const HOST = 'veiligheidsplan.contoso.nl';
const CLIENT_ID = '3f0c8f7e-6a51-4c2e-9d7b-2b1f4a8c9e10';
const ENV_FILE = `TEAMSFX_ENV=${ENV}
AAD_APP_CLIENT_ID=${CLIENT_ID}
AAD_APP_OBJECT_ID=a1b2c3d4-0000-4000-8000-000000000001
AAD_APP_TENANT_ID=c0ffee00-1111-4222-8333-444455556666
TEAMS_APP_ID=5a2d7c1b-8e34-4f09-a6b2-0c9d3e4f5a61
TAB_DOMAIN=${HOST}
TAB_ENDPOINT=https://${HOST}
APP_VERSION=0.1.0
DEVELOPER_NAME=Gemeente Contoso
PRIVACY_URL=https://www.contoso.nl/privacy
TERMS_URL=https://www.contoso.nl/voorwaarden
VP_SITE_ACCESS=all
`;

async function writeTeamsManifest(dir: string, env: Record<string, string>): Promise<void> {
  const { manifest } = await buildTeamsPackage({ sourceDir: path.join(ROOT, 'appPackage'), outFile: path.join(dir, 'build/appPackage.zip'), env, appVersion: '0.1.0' });
  mkdirSync(path.join(dir, 'appPackage/build'), { recursive: true });
  writeFileSync(path.join(dir, `appPackage/build/manifest.${ENV}.json`), JSON.stringify(manifest, null, 2));
}

function writeWordManifest(dir: string, baseUrl: string, clientId: string): void {
  mkdirSync(path.join(dir, 'build'), { recursive: true });
  writeFileSync(path.join(dir, `build/manifest.${ENV}.xml`), renderManifest(readFileSync(path.join(ROOT, 'manifest/manifest.xml'), 'utf8'), baseUrl, clientId));
}

let template: Promise<string> | null = null;

/** A project folder as an organisation has it after provision and deploy: built once, copied for each test. */
async function completeExample(): Promise<string> {
  template ??= buildExample();
  const dir = mkdtempSync(path.join(tmpdir(), 'vp-doctor-'));
  cpSync(await template, dir, { recursive: true });
  return dir;
}

async function buildExample(): Promise<string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'vp-doctor-template-'));
  mkdirSync(path.join(dir, 'env'));
  writeFileSync(path.join(dir, `env/.env.${ENV}`), ENV_FILE);
  cpSync(path.join(ROOT, 'aad.manifest.json'), path.join(dir, 'aad.manifest.json'));
  cpSync(path.join(ROOT, 'hosting'), path.join(dir, 'hosting'), { recursive: true });
  mkdirSync(path.join(dir, 'dist'));
  for (const page of Object.keys(loadHeaders()).filter((p) => p !== ALL)) writeFileSync(path.join(dir, 'dist', page), '<!doctype html><title>x</title>');
  cpSync(path.join(ROOT, 'staticwebapp.config.json'), path.join(dir, 'dist/staticwebapp.config.json'));
  await writeTeamsManifest(dir, { VP_BASE_URL: `https://${HOST}`, VP_CLIENT_ID: CLIENT_ID, VP_TEAMS_APP_ID: '5a2d7c1b-8e34-4f09-a6b2-0c9d3e4f5a61' });
  writeWordManifest(dir, `https://${HOST}`, CLIENT_ID);
  return dir;
}

const run = (dir: string) => diagnose({ root: dir, envName: ENV, lang: 'en' });
const failing = (dir: string) => run(dir).lines.filter((l) => !l.ok);

const edit = (dir: string, file: string, change: (text: string) => string) => writeFileSync(path.join(dir, file), change(readFileSync(path.join(dir, file), 'utf8')));

describe('npm run doctor', () => {
  it('passes a complete example environment, every check on a line of its own', async () => {
    const { ok, lines } = run(await completeExample());
    expect(lines.filter((l) => !l.ok)).toEqual([]);
    expect(ok).toBe(true);
    expect(lines.map((l) => l.id)).toEqual(expect.arrayContaining([
      'guid.AAD_APP_CLIENT_ID', 'guid.AAD_APP_TENANT_ID', 'guid.TEAMS_APP_ID', 'baseUrl.https', 'teams.PRIVACY_URL', 'teams.TERMS_URL', 'redirect.brk-multihub', 'redirect.auth-redirect.html',
      'redirect.auth-dialog.html', 'redirect.host', 'entra.identifierUri', 'scopes.entra', 'headers.pages', 'headers.staticWebApp', 'hosts.teams', 'teams.sso', 'hosts.word', 'word.sso',
    ]));
  });

  const faults: Array<[string, (dir: string) => void | Promise<void>, string[]]> = [
    ['a tenant id that is not a GUID', (d) => edit(d, `env/.env.${ENV}`, (t) => t.replace(/AAD_APP_TENANT_ID=.*/, 'AAD_APP_TENANT_ID=contoso.onmicrosoft.com')), ['guid.AAD_APP_TENANT_ID']],
    ['an empty Teams app id', (d) => edit(d, `env/.env.${ENV}`, (t) => t.replace(/TEAMS_APP_ID=.*/, 'TEAMS_APP_ID=')), ['guid.TEAMS_APP_ID']],
    ['an empty privacy statement address', (d) => edit(d, `env/.env.${ENV}`, (t) => t.replace(/PRIVACY_URL=.*/, 'PRIVACY_URL=')), ['teams.PRIVACY_URL']],
    ['terms of use over http', (d) => edit(d, `env/.env.${ENV}`, (t) => t.replace(/TERMS_URL=.*/, 'TERMS_URL=http://www.contoso.nl/voorwaarden')), ['teams.TERMS_URL']],
    ['a TAB_DOMAIN that is not the base URL\'s host', (d) => edit(d, `env/.env.${ENV}`, (t) => t.replace(/TAB_DOMAIN=.*/, 'TAB_DOMAIN=old.contoso.nl')),
      // The Entra manifest is rendered from TAB_DOMAIN, so its brk-multihub:// redirect and Application ID URI go wrong with it.
      ['baseUrl.domain', 'redirect.brk-multihub', 'redirect.host', 'entra.identifierUri']],
    ['no brk-multihub:// redirect', (d) => edit(d, 'aad.manifest.json', (t) => t.replace('"brk-multihub://${{TAB_DOMAIN}}",', '')), ['redirect.brk-multihub']],
    ['a redirect URI on another host', (d) => edit(d, 'aad.manifest.json', (t) => t.replace('"brk-multihub://${{TAB_DOMAIN}}",', '"brk-multihub://${{TAB_DOMAIN}}", "https://old.contoso.nl/auth-redirect.html",')), ['redirect.host']],
    ['an application permission and a scope too many', (d) => edit(d, 'aad.manifest.json', (t) => t.replace('{ "id": "User.Read", "type": "Scope" },', '{ "id": "User.Read", "type": "Scope" }, { "id": "Sites.Manage.All", "type": "Scope" }, { "id": "Sites.Read.All", "type": "Role" },')), ['scopes.entra']],
    ['a built page hosting/headers.json does not name', (d) => writeFileSync(path.join(d, 'dist/extra.html'), '<!doctype html>'), ['headers.pages']],
    ['a stale staticwebapp.config.json', (d) => edit(d, 'dist/staticwebapp.config.json', (t) => t.replace('nosniff', 'sniff')), ['headers.staticWebApp']],
    ['no staticwebapp.config.json in the build', (d) => rmSync(path.join(d, 'dist/staticwebapp.config.json')), ['headers.staticWebApp']],
    ['a Teams package built for another host', (d) => writeTeamsManifest(d, { VP_BASE_URL: 'https://old.contoso.nl', VP_CLIENT_ID: CLIENT_ID }), ['hosts.teams', 'teams.sso']],
    ['a Word manifest for another host', (d) => writeWordManifest(d, 'https://old.contoso.nl', CLIENT_ID), ['hosts.word', 'word.sso']],
    ['a Word manifest with the placeholder client id', (d) => writeWordManifest(d, `https://${HOST}`, '00000000-0000-0000-0000-000000000000'), ['word.sso']],
    ['no Word manifest built', (d) => rmSync(path.join(d, `build/manifest.${ENV}.xml`)), ['word.manifest']],
  ];

  it.each(faults)('names %s, and only that, with how to fix it', async (_name, breakIt, expected) => {
    const dir = await completeExample();
    await breakIt(dir);
    const lines = failing(dir);
    expect(lines.map((l) => l.id).sort()).toEqual([...expected].sort());
    for (const line of lines) expect(line.fix).toMatch(/\w{3,}/);
  });

  it('names every fault of a broken environment at once, and an http base URL among them', async () => {
    const dir = await completeExample();
    edit(dir, `env/.env.${ENV}`, (t) => t.replace(/TAB_ENDPOINT=.*/, `TAB_ENDPOINT=http://${HOST}`).replace(/AAD_APP_CLIENT_ID=.*/, 'AAD_APP_CLIENT_ID=my-app'));
    writeFileSync(path.join(dir, 'dist/extra.html'), '<!doctype html>');
    const ids = failing(dir).map((l) => l.id);
    expect(ids).toEqual(expect.arrayContaining(['guid.AAD_APP_CLIENT_ID', 'baseUrl.https', 'redirect.brk-multihub', 'headers.pages', 'hosts.teams', 'hosts.word', 'entra.identifierUri']));
    const printed = formatLines(failing(dir), 'en').join('\n');
    expect(printed).toMatch(/FAIL {2}base URL "http:\/\/veiligheidsplan\.contoso\.nl" is not an https origin/);
    expect(printed).toMatch(/fix: run `atk provision --env contoso`/);
  });

  it('speaks Dutch by default', async () => {
    const dir = await completeExample();
    edit(dir, `env/.env.${ENV}`, (t) => t.replace(/TEAMS_APP_ID=.*/, 'TEAMS_APP_ID='));
    const lines = diagnose({ root: dir, envName: ENV }).lines;
    expect(formatLines(lines.filter((l) => !l.ok)).join('\n')).toMatch(/FOUT {2}TEAMS_APP_ID is geen GUID[\s\S]*oplossing: voer `atk provision --env contoso` uit/);
  });
});
