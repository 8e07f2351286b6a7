/**
 * `npm run package`: fills appPackage/manifest.json from the environment, validates it against the Teams JSON schema
 * that ships in the `@microsoft/app-manifest` npm package (offline, with ajv), checks the icons, and writes
 * build/appPackage.zip for "Upload a custom app" in Teams.
 *
 * Environment: VP_BASE_URL (https origin that serves tab.html), VP_CLIENT_ID (Entra app registration, optional: without it
 * the package has no SSO and the tab runs in local mode), VP_TEAMS_APP_ID (the Teams app's own id, stable across versions),
 * VP_DEVELOPER_NAME, VP_PRIVACY_URL, VP_TERMS_URL. The Agents Toolkit's names (TAB_ENDPOINT, AAD_APP_CLIENT_ID, TEAMS_APP_ID,
 * as in env/.env.<name>) are read when the VP_ ones are absent.
 *
 * The template uses the toolkit's placeholder form, `${{NAME}}`, so `teamsApp/zipAppPackage` in m365agents.yml and this
 * script fill the same file with the same values (tests/unit/deploy/toolkitProject.test.ts builds both and compares).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';
import JSZip from 'jszip';
import { PNG } from 'pngjs';

const ROOT = path.resolve(__dirname, '..');
const SCHEMA_DIR = path.join(ROOT, 'node_modules/@microsoft/app-manifest/build/json-schemas/teams');

/** The Teams app id of this product. Not a secret and not the Entra client id; override it per deployment with VP_TEAMS_APP_ID. */
export const DEFAULT_TEAMS_APP_ID = '9c6a4fcc-620d-4a93-bd94-492ada84c49e';
const GUID = /^[0-9a-f]{8}-([0-9a-f]{4}-){3}[0-9a-f]{12}$/i;

/** Every way a package can be refused; the messages say what to fix. */
export class PackageError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`The Teams app package was not written:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'PackageError';
  }
}

export type PackageEnv = Readonly<Record<string, string | undefined>>;

/** The first non-empty value among the given environment names. */
function first(env: PackageEnv, ...names: string[]): string {
  for (const name of names) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return '';
}

/**
 * The placeholder values, keyed by the toolkit's names (the manifest's `${{NAME}}`), derived from the environment.
 * Throws PackageError on values Teams would refuse.
 */
export function placeholderValues(env: PackageEnv, appVersion: string): Record<string, string> {
  const problems: string[] = [];
  const baseUrl = (first(env, 'VP_BASE_URL', 'TAB_ENDPOINT') || 'https://localhost:3000').replace(/\/+$/, '');
  let host = '';
  try {
    const url = new URL(baseUrl);
    if (url.protocol !== 'https:') problems.push(`VP_BASE_URL must use https (Teams loads tabs over https only), got ${baseUrl}`);
    if (url.pathname !== '/' || url.search || url.hash) problems.push(`VP_BASE_URL must be an origin without a path, got ${baseUrl}`);
    host = url.host;
  } catch {
    problems.push(`VP_BASE_URL is not a URL: ${baseUrl}`);
  }
  const clientId = first(env, 'VP_CLIENT_ID', 'AAD_APP_CLIENT_ID');
  if (clientId && !GUID.test(clientId)) problems.push('VP_CLIENT_ID must be the app registration\'s Application (client) ID, a GUID');
  const appId = first(env, 'VP_TEAMS_APP_ID', 'TEAMS_APP_ID') || DEFAULT_TEAMS_APP_ID;
  if (!GUID.test(appId)) problems.push('VP_TEAMS_APP_ID must be a GUID');
  if (problems.length) throw new PackageError(problems);
  return {
    TAB_ENDPOINT: baseUrl,
    TAB_DOMAIN: host,
    AAD_APP_CLIENT_ID: clientId,
    TEAMS_APP_ID: appId,
    APP_VERSION: first(env, 'APP_VERSION') || appVersion,
    DEVELOPER_NAME: first(env, 'VP_DEVELOPER_NAME', 'DEVELOPER_NAME') || 'Veiligheidsplan',
    PRIVACY_URL: first(env, 'VP_PRIVACY_URL', 'PRIVACY_URL') || `${baseUrl}/tab.html`,
    TERMS_URL: first(env, 'VP_TERMS_URL', 'TERMS_URL') || `${baseUrl}/tab.html`,
  };
}

/** The toolkit's placeholder: `${{NAME}}` (https://aka.ms/teamsfx-actions/teamsapp-zipAppPackage renders these from the environment). */
export const PLACEHOLDER = /\$\{\{(\w+)\}\}/g;

/**
 * Replaces `${{NAME}}` in the manifest template. Without a client id the SSO block is dropped rather than left
 * with an empty id, so a local-mode package still installs. A placeholder with no value is an error.
 */
export function fillManifest(template: string, values: Readonly<Record<string, string>>): Record<string, unknown> {
  const parsed = JSON.parse(template) as Record<string, unknown>;
  if (!values.AAD_APP_CLIENT_ID) delete parsed.webApplicationInfo;
  const missing = new Set<string>();
  const filled = JSON.stringify(parsed).replace(PLACEHOLDER, (_, key: string) => {
    const value = values[key];
    if (value === undefined || value === '') missing.add(key);
    // The value lands inside a JSON string: escape it as one.
    return JSON.stringify(value ?? '').slice(1, -1);
  });
  if (missing.size) throw new PackageError([...missing].map((k) => `manifest placeholder \${{${k}}} has no value; set ${k} in the environment`));
  return JSON.parse(filled) as Record<string, unknown>;
}

function schemaPath(manifestVersion: unknown): string {
  if (typeof manifestVersion !== 'string' || !/^\d+\.\d+$/.test(manifestVersion)) {
    throw new PackageError([`manifestVersion must be a schema version such as "1.24", got ${JSON.stringify(manifestVersion)}`]);
  }
  const file = path.join(SCHEMA_DIR, `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!existsSync(file)) throw new PackageError([`no Teams schema v${manifestVersion} in @microsoft/app-manifest (looked in ${file})`]);
  return file;
}

function describe(error: ErrorObject): string {
  const where = error.instancePath || '(root)';
  const extra = error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})` : '';
  return `manifest ${where} ${error.message ?? 'is invalid'}${extra}`;
}

/** Validates against the Teams schema (draft-04) for the manifest's own manifestVersion. Returns the problems; empty means valid. */
export function validateManifest(manifest: Readonly<Record<string, unknown>>): string[] {
  const schema = JSON.parse(readFileSync(schemaPath(manifest.manifestVersion), 'utf8')) as Record<string, unknown>;
  // The schemas carry keywords ajv does not know (e.g. "deprecated"); strict mode would refuse the schema itself.
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return [];
  return (validate.errors ?? []).map(describe);
}

export interface IconRule {
  width: number;
  height: number;
  /** Teams' outline icon: white on a transparent background. */
  whiteOnTransparent: boolean;
}

export const ICON_RULES: Readonly<Record<'color' | 'outline', IconRule>> = {
  color: { width: 192, height: 192, whiteOnTransparent: false },
  outline: { width: 32, height: 32, whiteOnTransparent: true },
};

/** Checks a PNG against Teams' icon rules. Returns the problems; empty means it passes. */
export function checkIcon(name: string, png: Buffer, rule: IconRule): string[] {
  let image: PNG;
  try {
    image = PNG.sync.read(png);
  } catch {
    return [`${name} is not a readable PNG`];
  }
  const problems: string[] = [];
  if (image.width !== rule.width || image.height !== rule.height) {
    problems.push(`${name} must be ${rule.width}x${rule.height} pixels, it is ${image.width}x${image.height}`);
  }
  if (rule.whiteOnTransparent) {
    let transparent = 0;
    let coloured = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r = 0, g = 0, b = 0, a = 0] = image.data.subarray(i, i + 4);
      if (a === 0) transparent++;
      else if (r < 250 || g < 250 || b < 250) coloured++;
    }
    if (transparent === 0) problems.push(`${name} must have a transparent background`);
    if (coloured > 0) problems.push(`${name} must be white on transparent; ${coloured} pixels have another colour`);
  }
  return problems;
}

export interface PackageOptions {
  /** Folder with manifest.json, color.png and outline.png. */
  sourceDir: string;
  outFile: string;
  env: PackageEnv;
  appVersion: string;
}

/** Builds the zip; throws PackageError listing every problem found, and writes nothing then. */
export async function buildTeamsPackage(options: PackageOptions): Promise<{ outFile: string; manifest: Record<string, unknown> }> {
  const manifest = fillManifest(readFileSync(path.join(options.sourceDir, 'manifest.json'), 'utf8'), placeholderValues(options.env, options.appVersion));
  const problems = validateManifest(manifest);
  const icons = manifest.icons as Record<string, string> | undefined;
  const files: Record<string, Buffer> = {};
  for (const kind of ['color', 'outline'] as const) {
    const file = icons?.[kind];
    if (!file) continue; // the schema check already reports a missing icon
    const full = path.join(options.sourceDir, file);
    if (!existsSync(full)) {
      problems.push(`icon ${file} is missing from ${options.sourceDir}`);
      continue;
    }
    files[file] = readFileSync(full);
    problems.push(...checkIcon(file, files[file], ICON_RULES[kind]));
  }
  if (problems.length) throw new PackageError(problems);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const [name, data] of Object.entries(files)) zip.file(name, data);
  const bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  mkdirSync(path.dirname(options.outFile), { recursive: true });
  writeFileSync(options.outFile, bytes);
  return { outFile: options.outFile, manifest };
}

async function main(): Promise<void> {
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  try {
    const { outFile, manifest } = await buildTeamsPackage({
      sourceDir: path.join(ROOT, 'appPackage'),
      outFile: path.join(ROOT, 'build/appPackage.zip'),
      env: process.env,
      appVersion: version,
    });
    // The filled manifest beside the zip: what `npm run doctor` reads and `atk validate --manifest-file` checks.
    writeFileSync(path.join(ROOT, 'build/manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    console.log(`Wrote ${path.relative(ROOT, outFile)} and build/manifest.json (manifest v${String(manifest.manifestVersion)}, valid against the Teams schema).`);
    if (!manifest.webApplicationInfo) console.log('Note: VP_CLIENT_ID is not set, so the package has no SSO (webApplicationInfo) and the tab runs in local mode.');
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  }
}

if (require.main === module) void main();
