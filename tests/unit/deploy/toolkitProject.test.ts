/** @jest-environment node */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, realpathSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv';
import { allScopes, capabilityTable } from '../../../src/auth/scopes';
import { buildTeamsPackage, placeholderValues } from '../../../scripts/package-teams';
import { parseEnvFile, placeholdersIn, renderPlaceholders } from '../../../scripts/deploy/toolkitEnv';

/**
 * The Microsoft 365 Agents Toolkit project (issue 23): m365agents(.local).yml against the toolkit's schema, the Entra
 * manifest against the scope table, the Teams package the toolkit builds against the one `npm run package` builds, and
 * `atk validate --manifest-file` on it where the CLI is installed.
 */

const ROOT = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const SCHEMA_FILE = 'tests/fixtures/toolkit/yaml.schema.v1.13.json';
// js-yaml is a devDependency of ours (only this test reads YAML); it ships no types, so the one call used is typed here.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };

const CLIENT_ID = '3f0c8f7e-6a51-4c2e-9d7b-2b1f4a8c9e10';
const TEAMS_APP_ID = '5a2d7c1b-8e34-4f09-a6b2-0c9d3e4f5a61';
/** What `atk provision --env dev` leaves in env/.env.dev: the committed file plus the values its actions write. */
function provisionedDev(): Record<string, string> {
  return {
    ...parseEnvFile(read('env/.env.dev')),
    AAD_APP_CLIENT_ID: CLIENT_ID,
    AAD_APP_OBJECT_ID: 'a1b2c3d4-0000-4000-8000-000000000001',
    AAD_APP_TENANT_ID: 'c0ffee00-1111-4222-8333-444455556666',
    TEAMS_APP_ID,
    TAB_DOMAIN: 'thankful-sea-0a1b2c3d4.westeurope.azurestaticapps.net',
    TAB_ENDPOINT: 'https://thankful-sea-0a1b2c3d4.westeurope.azurestaticapps.net',
    PRIVACY_URL: 'https://www.example.org/privacy',
    TERMS_URL: 'https://www.example.org/voorwaarden',
  };
}

describe('m365agents.yml and m365agents.local.yml', () => {
  const schema = JSON.parse(read(SCHEMA_FILE)) as { properties: { version: { const: string } } };
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it.each(['m365agents.yml', 'm365agents.local.yml'])('%s validates against the toolkit\'s schema, at its version', (file) => {
    const text = read(file);
    const project = yaml.load(text) as { version: string };
    const valid = validate(project);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    expect(project.version).toBe(schema.properties.version.const);
    expect(text).toContain(`$schema=https://aka.ms/m365-agents-toolkits/${project.version}/yaml.schema.json`);
  });

  it('the schema refuses what the toolkit would refuse (so the check above is not vacuous)', () => {
    const project = yaml.load(read('m365agents.yml')) as { provision: Array<Record<string, unknown>> };
    project.provision[0] = { uses: 'aadApp/create', with: { name: 'x', generateClientSecret: false } };
    expect(validate(project)).toBe(false);
    expect(validate({ version: 'v1.13', provision: [{ uses: 'teamsApp/zipAppPackage', with: { manifestPath: 'm.json' } }] })).toBe(false);
  });

  it('has the provision, deploy and publish stages the issue asks for', () => {
    const uses = (file: string, stage: string) => ((yaml.load(read(file)) as Record<string, Array<{ uses: string }>>)[stage] ?? []).map((a) => a.uses);
    expect(uses('m365agents.yml', 'provision')).toEqual(expect.arrayContaining(['aadApp/create', 'aadApp/update', 'teamsApp/create', 'arm/deploy', 'teamsApp/zipAppPackage', 'teamsApp/validateAppPackage', 'cli/runNpmCommand']));
    expect(uses('m365agents.yml', 'deploy')).toEqual(expect.arrayContaining(['azureStaticWebApps/getDeploymentToken', 'cli/runNpxCommand']));
    expect(uses('m365agents.yml', 'publish')).toEqual(expect.arrayContaining(['teamsApp/publishAppPackage']));
    expect(uses('m365agents.local.yml', 'deploy')).toEqual(expect.arrayContaining(['devTool/install', 'file/createOrUpdateEnvironmentFile']));
  });

  it.each([
    ['env/.env.dev', ['appPackage/manifest.json', 'aad.manifest.json', 'infra/azure.parameters.json']],
    ['env/.env.local', ['appPackage/manifest.json', 'aad.manifest.json']],
  ])('every variable the project files name is listed in %s', (env, files) => {
    const listed = new Set([...Object.keys(parseEnvFile(read(env))), 'TEAMSFX_ENV']);
    const missing = [...new Set(files.flatMap((f) => placeholdersIn(read(f))))].filter((v) => !listed.has(v));
    expect(missing).toEqual([]);
  });
});

interface EntraManifest {
  identifierUris: string[];
  spa: { redirectUris: string[] };
  requiredResourceAccess: Array<{ resourceAppId: string; resourceAccess: Array<{ id: string; type: string }> }>;
}

describe('aad.manifest.json (the Entra app)', () => {
  const render = (env: Record<string, string>) => JSON.parse(renderPlaceholders(read('aad.manifest.json'), env).text) as EntraManifest;

  it('asks exactly the delegated Graph scopes of src/auth/scopes.ts, in the toolkit\'s readable form', () => {
    const manifest = JSON.parse(read('aad.manifest.json')) as EntraManifest;
    expect(manifest.requiredResourceAccess).toEqual([
      { resourceAppId: 'Microsoft Graph', resourceAccess: allScopes(capabilityTable('all')).map((id) => ({ id, type: 'Scope' })) },
    ]);
  });

  it('in the local environment has the development redirect URIs docs/tenant.md lists, brk-multihub:// included', () => {
    const local = render({ ...parseEnvFile(read('env/.env.local')), TAB_DOMAIN: 'localhost:3000', TAB_ENDPOINT: 'https://localhost:3000', AAD_APP_CLIENT_ID: CLIENT_ID });
    expect(local.spa.redirectUris).toEqual(['brk-multihub://localhost:3000', 'https://localhost:3000/auth-redirect.html', 'https://localhost:3000/auth-dialog.html']);
    for (const uri of local.spa.redirectUris) expect(read('docs/tenant.md')).toContain(`\`${uri}\``);
  });

  it('exposes the API the Teams manifest names as the app\'s resource', async () => {
    const env = provisionedDev();
    const entra = render(env);
    const { manifest } = await buildTeamsPackage({ sourceDir: path.join(ROOT, 'appPackage'), outFile: path.join(mkdtempSync(path.join(tmpdir(), 'vp-atk-')), 'p.zip'), env, appVersion: '0.1.0' });
    expect(entra.identifierUris).toEqual([(manifest.webApplicationInfo as { resource: string }).resource]);
    expect(entra.spa.redirectUris).toEqual([`brk-multihub://${env.TAB_DOMAIN}`, `${env.TAB_ENDPOINT}/auth-redirect.html`, `${env.TAB_ENDPOINT}/auth-dialog.html`]);
  });
});

describe('one Teams package, whoever builds it', () => {
  it('the toolkit\'s rendering of appPackage/manifest.json equals what `npm run package` writes for the same environment', async () => {
    const env = provisionedDev();
    const toolkit = renderPlaceholders(read('appPackage/manifest.json'), env);
    expect(toolkit.missing).toEqual([]);
    const ours = await buildTeamsPackage({ sourceDir: path.join(ROOT, 'appPackage'), outFile: path.join(mkdtempSync(path.join(tmpdir(), 'vp-atk-')), 'p.zip'), env, appVersion: env.APP_VERSION! });
    expect(ours.manifest).toEqual(JSON.parse(toolkit.text));
    expect(placeholderValues(env, '0.1.0').TEAMS_APP_ID).toBe(TEAMS_APP_ID);
  });
});

/** The CLI, where installed: ATK_BIN (the `atk` executable), else `atk` on PATH. Never a dependency (TOOLCHAIN.md). */
function findAtk(): string | null {
  if (process.env.ATK_BIN && existsSync(process.env.ATK_BIN)) return process.env.ATK_BIN;
  const which = spawnSync('sh', ['-c', 'command -v atk'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

const atk = findAtk();
const withAtk = atk ? describe : describe.skip;
if (!atk) {
  console.log('toolkitProject: atk not found (set ATK_BIN, or put atk on PATH: npm install --prefix <dir> --ignore-scripts @microsoft/m365agentstoolkit-cli); skipping atk validate.');
}

withAtk('atk validate --manifest-file (Microsoft 365 Agents Toolkit CLI)', () => {
  async function builtManifest(change?: (m: Record<string, unknown>) => void): Promise<string> {
    const dir = mkdtempSync(path.join(tmpdir(), 'vp-atk-'));
    const { manifest } = await buildTeamsPackage({ sourceDir: path.join(ROOT, 'appPackage'), outFile: path.join(dir, 'appPackage.zip'), env: provisionedDev(), appVersion: '0.1.0' });
    change?.(manifest);
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
    for (const icon of ['color.png', 'outline.png']) copyFileSync(path.join(ROOT, 'appPackage', icon), path.join(dir, icon));
    return path.join(dir, 'manifest.json');
  }
  const validateWithAtk = (file: string) => spawnSync(atk!, ['validate', '--manifest-file', file, '--telemetry', 'false'], { encoding: 'utf8', cwd: path.dirname(file), timeout: 120_000 });

  it('passes the built Teams manifest', async () => {
    const result = validateWithAtk(await builtManifest());
    expect({ status: result.status, out: result.stdout + result.stderr }).toEqual({ status: 0, out: expect.stringContaining('All passed') });
  }, 180_000);

  it('refuses a manifest without a name (the check runs, it does not pass everything)', async () => {
    const result = validateWithAtk(await builtManifest((m) => delete m.name));
    expect(result.status).not.toBe(0);
  }, 180_000);

  it('the toolkit resolves every Graph scope name of aad.manifest.json to a permission id (aadApp/update)', () => {
    const cli = path.dirname(realpathSync(atk!));
    const file = [path.join(cli, '../teamsfx-core'), path.join(cli, 'node_modules/@microsoft/teamsfx-core')]
      .map((dir) => path.join(dir, 'build/component/driver/aad/permissions/permissions.json')).find((f) => existsSync(f));
    expect(file).toBeDefined();
    const services = (JSON.parse(readFileSync(file!, 'utf8')) as { value: Array<{ appId: string; oauth2PermissionScopes: Array<{ value: string }> }> }).value;
    const graph = new Set(services.find((s) => s.appId === '00000003-0000-0000-c000-000000000000')!.oauth2PermissionScopes.map((p) => p.value));
    const names = (JSON.parse(read('aad.manifest.json')) as EntraManifest).requiredResourceAccess.flatMap((r) => r.resourceAccess.map((a) => a.id));
    expect(names.filter((n) => !graph.has(n))).toEqual([]);
  });

  it('the vendored YAML schema is still the CLI\'s', () => {
    const cli = path.dirname(realpathSync(atk!));
    const shipped = path.join(cli, 'resource/yaml-schema/v1.13/yaml.schema.json');
    expect(existsSync(shipped)).toBe(true);
    expect(JSON.parse(readFileSync(shipped, 'utf8'))).toEqual(JSON.parse(read(SCHEMA_FILE)));
  });
});
