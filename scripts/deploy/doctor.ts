/**
 * The configuration check behind `npm run doctor` (issue 23): reads one environment (env/.env.<name>, the process
 * environment on top) and the built files, and says line by line what is right and what is not. Offline: it reads
 * files only. Every failing line says how to fix it.
 *
 * Checks: the GUIDs; the https base URL; the Entra app's redirect URIs and Application ID URI on that base URL; the
 * security headers (hosting/headers.json) applied to every built page; the Teams and Word manifests on the same host and
 * client id; the Entra manifest's Graph scopes equal to the scope table (src/auth/scopes.ts).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL, loadHeaders, pinStaticWebAppConfig, sharePointHostOf } from '../../hosting/headers';
import { allScopes, capabilityTable } from '../../src/auth/scopes';
import { renderStaticWebAppConfig } from '../hosting-config';
import { readEnvironment, renderPlaceholders } from './toolkitEnv';


/** The SharePoint host the build pins in connect-src; a value the build would refuse counts as none here (the build says why). */
function sharePointHostOrNull(env: Readonly<Record<string, string | undefined>>): string | null {
  try {
    return sharePointHostOf(env);
  } catch {
    return null;
  }
}
export interface DoctorLine {
  /** A stable id for tests and scripts, e.g. `guid.AAD_APP_CLIENT_ID`. */
  id: string;
  ok: boolean;
  text: string;
  /** How to fix it; failing lines only. */
  fix?: string;
}

export interface DoctorOptions {
  root: string;
  envName: string;
  /** Values that win over the env file (the process environment). */
  overrides?: Readonly<Record<string, string | undefined>>;
  lang?: 'nl' | 'en';
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ZERO_GUID = '00000000-0000-0000-0000-000000000000';

class Report {
  readonly lines: DoctorLine[] = [];
  constructor(private readonly lang: 'nl' | 'en') {}
  t(nl: string, en: string): string {
    return this.lang === 'en' ? en : nl;
  }
  pass(id: string, nl: string, en: string): void {
    this.lines.push({ id, ok: true, text: this.t(nl, en) });
  }
  fail(id: string, text: [string, string], fix: [string, string]): void {
    this.lines.push({ id, ok: false, text: this.t(...text), fix: this.t(...fix) });
  }
  check(id: string, ok: boolean, good: [string, string], bad: [string, string], fix: [string, string]): boolean {
    if (ok) this.pass(id, ...good);
    else this.fail(id, bad, fix);
    return ok;
  }
}

function readText(root: string, file: string): string | null {
  const full = path.join(root, file);
  return existsSync(full) ? readFileSync(full, 'utf8') : null;
}

function parseJson<T>(text: string | null): T | null {
  if (text === null) return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

interface EntraManifest {
  appId?: string;
  identifierUris?: string[];
  spa?: { redirectUris?: string[] };
  requiredResourceAccess?: Array<{ resourceAppId: string; resourceAccess: Array<{ id: string; type: string }> }>;
}

interface TeamsManifest {
  staticTabs?: Array<{ contentUrl?: string; websiteUrl?: string }>;
  configurableTabs?: Array<{ configurationUrl?: string }>;
  validDomains?: string[];
  webApplicationInfo?: { id?: string; resource?: string };
}

/** Runs every check; `ok` is true when every line is. */
export function diagnose(options: DoctorOptions): { ok: boolean; lines: DoctorLine[] } {
  const { root, envName } = options;
  const r = new Report(options.lang ?? 'nl');
  const envFile = `env/.env.${envName}`;
  const fileEnv = readEnvironment(path.join(root, 'env'), envName);
  const env: Record<string, string> = { TEAMSFX_ENV: envName, ...fileEnv };
  for (const [k, v] of Object.entries(options.overrides ?? {})) if (v !== undefined && v !== '') env[k] = v;
  const provision = `atk provision --env ${envName}`;

  r.check('env.file', readText(root, envFile) !== null, [`${envFile} gelezen`, `read ${envFile}`], [`${envFile} ontbreekt`, `${envFile} is missing`],
    [`kopieer env/.env.dev naar ${envFile} en vul het in`, `copy env/.env.dev to ${envFile} and fill it in`]);

  // GUIDs
  const clientId = env.AAD_APP_CLIENT_ID || env.VP_CLIENT_ID || '';
  const guids: Array<[string, string, [string, string]]> = [
    ['AAD_APP_CLIENT_ID', clientId, [`voer \`${provision}\` uit, of zet de Application (client) ID van de app-registratie in ${envFile}`, `run \`${provision}\`, or put the app registration's Application (client) ID in ${envFile}`]],
    ['AAD_APP_TENANT_ID', env.AAD_APP_TENANT_ID || env.VP_TENANT_ID || '', [`voer \`${provision}\` uit, of zet de Directory (tenant) ID in ${envFile}`, `run \`${provision}\`, or put the Directory (tenant) ID in ${envFile}`]],
    ['TEAMS_APP_ID', env.TEAMS_APP_ID || env.VP_TEAMS_APP_ID || '', [`voer \`${provision}\` uit (teamsApp/create), of zet de id van de Teams-app in ${envFile}`, `run \`${provision}\` (teamsApp/create), or put the Teams app's id in ${envFile}`]],
  ];
  for (const [name, value, fix] of guids) {
    r.check(`guid.${name}`, GUID.test(value) && value !== ZERO_GUID, [`${name} is een GUID`, `${name} is a GUID`],
      [`${name} is geen GUID: ${JSON.stringify(value)}`, `${name} is not a GUID: ${JSON.stringify(value)}`], fix);
  }

  // Base URL
  const baseUrl = (env.TAB_ENDPOINT || env.VP_BASE_URL || '').replace(/\/+$/, '');
  let base: URL | null = null;
  try {
    base = new URL(baseUrl);
  } catch {
    base = null;
  }
  const baseFix: [string, string] = [`voer \`${provision}\` uit (de Static Web App schrijft TAB_ENDPOINT), of zet TAB_ENDPOINT=https://<host> in ${envFile}`,
    `run \`${provision}\` (the Static Web App writes TAB_ENDPOINT), or set TAB_ENDPOINT=https://<host> in ${envFile}`];
  const httpsOk = r.check('baseUrl.https', base?.protocol === 'https:' && base.pathname === '/' && !base.search && !base.hash,
    [`basis-URL ${baseUrl} is https, zonder pad`, `base URL ${baseUrl} is https, without a path`],
    [`basis-URL ${JSON.stringify(baseUrl)} is geen https-origin zonder pad`, `base URL ${JSON.stringify(baseUrl)} is not an https origin without a path`], baseFix);
  const host = httpsOk && base ? base.host : '';
  if (env.TAB_DOMAIN !== undefined && env.TAB_DOMAIN !== '') {
    r.check('baseUrl.domain', env.TAB_DOMAIN === host, [`TAB_DOMAIN is de host van de basis-URL`, `TAB_DOMAIN is the base URL's host`],
      [`TAB_DOMAIN (${env.TAB_DOMAIN}) is niet de host van ${baseUrl}`, `TAB_DOMAIN (${env.TAB_DOMAIN}) is not the host of ${baseUrl}`],
      [`zet TAB_DOMAIN=${host || '<host>'} in ${envFile}`, `set TAB_DOMAIN=${host || '<host>'} in ${envFile}`]);
  }

  // The publisher's links on the app's page in Teams: the toolkit fills them from the env file, and Teams requires https URLs.
  for (const name of ['PRIVACY_URL', 'TERMS_URL']) {
    const value = env[name] ?? '';
    r.check(`teams.${name}`, hostOf(value) !== null && value.startsWith('https://'), [`${name} is een https-adres`, `${name} is an https address`],
      [`${name} is geen https-adres: ${JSON.stringify(value)}`, `${name} is not an https address: ${JSON.stringify(value)}`],
      [`zet ${name}=https://… (de privacyverklaring of gebruiksvoorwaarden van uw organisatie) in ${envFile}`, `set ${name}=https://… (your organisation's privacy statement or terms of use) in ${envFile}`]);
  }

  // Entra app: redirect URIs, Application ID URI, scopes
  const builtEntra = `build/aad.manifest.${envName}.json`;
  const entraText = readText(root, builtEntra) ?? (() => {
    const source = readText(root, 'aad.manifest.json');
    return source === null ? null : renderPlaceholders(source, env).text;
  })();
  const entra = parseJson<EntraManifest>(entraText);
  if (r.check('entra.manifest', entra !== null, [`Entra-manifest gelezen (${readText(root, builtEntra) !== null ? builtEntra : 'aad.manifest.json'})`, `read the Entra manifest (${readText(root, builtEntra) !== null ? builtEntra : 'aad.manifest.json'})`],
    ['geen leesbaar Entra-manifest (aad.manifest.json)', 'no readable Entra manifest (aad.manifest.json)'], ['herstel aad.manifest.json uit git', 'restore aad.manifest.json from git'])) {
    const redirects = entra!.spa?.redirectUris ?? [];
    const wanted = [`brk-multihub://${host}`, `${baseUrl}/auth-redirect.html`, `${baseUrl}/auth-dialog.html`];
    for (const uri of wanted) {
      r.check(`redirect.${uri.startsWith('brk') ? 'brk-multihub' : uri.slice(uri.lastIndexOf('/') + 1)}`, host !== '' && redirects.includes(uri),
        [`redirect-URI ${uri} staat in de app-registratie`, `redirect URI ${uri} is in the app registration`],
        [`redirect-URI ${uri} ontbreekt (SPA-platform)`, `redirect URI ${uri} is missing (SPA platform)`],
        [`voer \`${provision}\` uit (aadApp/update), of voeg hem toe onder Authentication > Single-page application`, `run \`${provision}\` (aadApp/update), or add it under Authentication > Single-page application`]);
    }
    const foreign = redirects.filter((u) => !u.includes('${{') && hostOf(u.replace(/^brk-multihub:\/\//, 'https://')) !== host);
    r.check('redirect.host', foreign.length === 0, ['elke redirect-URI ligt op de basis-URL', 'every redirect URI is on the base URL'],
      [`redirect-URI's op een andere host: ${foreign.join(', ')}`, `redirect URIs on another host: ${foreign.join(', ')}`],
      ['haal ze weg uit de app-registratie, of gebruik een eigen omgeving per host', 'remove them from the app registration, or use an environment per host']);
    const idUri = `api://${host}/${clientId}`;
    r.check('entra.identifierUri', host !== '' && GUID.test(clientId) && (entra!.identifierUris ?? []).includes(idUri), [`Application ID URI is ${idUri}`, `the Application ID URI is ${idUri}`],
      [`Application ID URI ${idUri} ontbreekt (gevonden: ${(entra!.identifierUris ?? []).join(', ') || 'geen'})`, `Application ID URI ${idUri} is missing (found: ${(entra!.identifierUris ?? []).join(', ') || 'none'})`],
      [`voer \`${provision}\` uit, of zet hem onder Expose an API`, `run \`${provision}\`, or set it under Expose an API`]);
    const siteAccess = env.VP_SITE_ACCESS === 'selected' ? 'selected' : 'all';
    const table = allScopes(capabilityTable(siteAccess)).sort();
    const graph = (entra!.requiredResourceAccess ?? []).filter((a) => a.resourceAppId === 'Microsoft Graph' || a.resourceAppId === '00000003-0000-0000-c000-000000000000');
    const asked = graph.flatMap((a) => a.resourceAccess.filter((x) => x.type === 'Scope').map((x) => x.id)).sort();
    const roles = graph.flatMap((a) => a.resourceAccess.filter((x) => x.type !== 'Scope').map((x) => x.id));
    r.check('scopes.entra', JSON.stringify(asked) === JSON.stringify(table) && roles.length === 0,
      [`Graph-scopes van de app-registratie = de scopetabel (${siteAccess})`, `the app registration's Graph scopes equal the scope table (${siteAccess})`],
      [`Graph-scopes wijken af: ${asked.join(', ') || 'geen'}${roles.length ? `; applicatierechten ${roles.join(', ')}` : ''}; verwacht ${table.join(', ')}`,
        `Graph scopes differ: ${asked.join(', ') || 'none'}${roles.length ? `; application permissions ${roles.join(', ')}` : ''}; expected ${table.join(', ')}`],
      ['zet in aad.manifest.json precies de scopes van src/auth/scopes.ts (docs/tenant.md) en voer provision opnieuw uit', 'put exactly the scopes of src/auth/scopes.ts (docs/tenant.md) in aad.manifest.json and provision again']);
  }

  // Headers on every built page
  const dist = path.join(root, 'dist');
  const pages = existsSync(dist) ? readdirSync(dist).filter((f) => f.endsWith('.html')).map((f) => `/${f}`) : [];
  const buildFix: [string, string] = [`bouw opnieuw: \`npm run build\` (met de waarden van ${envFile})`, `build again: \`npm run build\` (with the values of ${envFile})`];
  if (r.check('build.pages', pages.length > 0, [`dist/ heeft ${pages.length} pagina's`, `dist/ has ${pages.length} pages`], ['dist/ heeft geen pagina\'s', 'dist/ has no pages'], buildFix)) {
    const table = loadHeaders(path.join(root, 'hosting/headers.json'));
    const bare = pages.filter((p) => !(p in table));
    r.check('headers.pages', bare.length === 0, ['hosting/headers.json noemt elke pagina', 'hosting/headers.json names every page'],
      [`pagina's zonder eigen headers (krijgen alleen "${ALL}", die alles blokkeert): ${bare.join(', ')}`, `pages without headers of their own (they get only "${ALL}", which blocks everything): ${bare.join(', ')}`],
      ['voeg ze toe aan hosting/headers.json en voer `npx tsx scripts/hosting-config.ts` uit', 'add them to hosting/headers.json and run `npx tsx scripts/hosting-config.ts`']);
    const deployed = readText(root, 'dist/staticwebapp.config.json');
    // The build pins connect-src to the tenant's SharePoint host when the environment names it (hosting/headers.js).
    r.check('headers.staticWebApp', deployed === pinStaticWebAppConfig(renderStaticWebAppConfig(table), sharePointHostOrNull(env)),
      ['dist/staticwebapp.config.json past de headers toe op elke pagina', 'dist/staticwebapp.config.json applies the headers to every page'],
      [deployed === null ? 'dist/staticwebapp.config.json ontbreekt' : 'dist/staticwebapp.config.json volgt hosting/headers.json niet',
        deployed === null ? 'dist/staticwebapp.config.json is missing' : 'dist/staticwebapp.config.json does not follow hosting/headers.json'],
      ['voer `npx tsx scripts/hosting-config.ts` en `npm run build` uit', 'run `npx tsx scripts/hosting-config.ts` and `npm run build`']);
  }

  // Teams and Word manifests on one host
  const teamsFile = [`appPackage/build/manifest.${envName}.json`, 'build/manifest.json'].find((f) => readText(root, f) !== null);
  const teams = parseJson<TeamsManifest>(teamsFile ? readText(root, teamsFile) : null);
  if (r.check('teams.manifest', teams !== null, [`Teams-manifest gelezen (${teamsFile})`, `read the Teams manifest (${teamsFile})`],
    [`geen gebouwd Teams-manifest (appPackage/build/manifest.${envName}.json)`, `no built Teams manifest (appPackage/build/manifest.${envName}.json)`],
    [`voer \`${provision}\` uit (teamsApp/zipAppPackage)`, `run \`${provision}\` (teamsApp/zipAppPackage)`])) {
    const urls = [...(teams!.staticTabs ?? []).flatMap((t) => [t.contentUrl, t.websiteUrl]), ...(teams!.configurableTabs ?? []).map((t) => t.configurationUrl)].filter((u): u is string => !!u);
    const hosts = [...new Set([...urls.map(hostOf), ...(teams!.validDomains ?? [])])];
    r.check('hosts.teams', host !== '' && hosts.length > 0 && hosts.every((h) => h === host), [`Teams-manifest wijst naar ${host}`, `the Teams manifest points to ${host}`],
      [`Teams-manifest wijst naar ${hosts.join(', ')}, niet (alleen) naar ${host || 'de basis-URL'}`, `the Teams manifest points to ${hosts.join(', ')}, not (only) to ${host || 'the base URL'}`],
      [`bouw het pakket opnieuw met deze omgeving: \`${provision}\` of \`npm run package\``, `build the package again with this environment: \`${provision}\` or \`npm run package\``]);
    const sso = teams!.webApplicationInfo;
    r.check('teams.sso', sso?.id === clientId && sso.resource === `api://${host}/${clientId}`, ['Teams-manifest noemt de app-registratie als resource', 'the Teams manifest names the app registration as its resource'],
      [`webApplicationInfo is ${JSON.stringify(sso ?? null)}, verwacht id ${clientId} en resource api://${host}/${clientId}`, `webApplicationInfo is ${JSON.stringify(sso ?? null)}, expected id ${clientId} and resource api://${host}/${clientId}`],
      [`bouw het pakket opnieuw met AAD_APP_CLIENT_ID gezet: \`${provision}\``, `build the package again with AAD_APP_CLIENT_ID set: \`${provision}\``]);
  }
  const wordFile = `build/manifest.${envName}.xml`;
  const word = readText(root, wordFile);
  if (r.check('word.manifest', word !== null, [`Word-manifest gelezen (${wordFile})`, `read the Word manifest (${wordFile})`], [`${wordFile} ontbreekt`, `${wordFile} is missing`],
    [`voer \`${provision}\` uit, of \`VP_BASE_URL=${baseUrl || 'https://<host>'} VP_CLIENT_ID=<id> npm run validate:manifest -- --out ${wordFile}\``, `run \`${provision}\`, or \`VP_BASE_URL=${baseUrl || 'https://<host>'} VP_CLIENT_ID=<id> npm run validate:manifest -- --out ${wordFile}\``])) {
    const urls = [...word!.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => m[1]!);
    const hosts = [...new Set(urls.map(hostOf))];
    r.check('hosts.word', host !== '' && hosts.length > 0 && hosts.every((h) => h === host), [`Word-manifest wijst naar ${host}`, `the Word manifest points to ${host}`],
      [`Word-manifest wijst naar ${hosts.join(', ')}, niet (alleen) naar ${host || 'de basis-URL'}`, `the Word manifest points to ${hosts.join(', ')}, not (only) to ${host || 'the base URL'}`],
      [`maak het opnieuw voor deze basis-URL: \`VP_BASE_URL=${baseUrl || 'https://<host>'} npm run validate:manifest -- --out ${wordFile}\``, `make it again for this base URL: \`VP_BASE_URL=${baseUrl || 'https://<host>'} npm run validate:manifest -- --out ${wordFile}\``]);
    const id = /<WebApplicationInfo>\s*<Id>([^<]+)<\/Id>/.exec(word!)?.[1]?.trim();
    const resource = /<WebApplicationInfo>[\s\S]*?<Resource>([^<]+)<\/Resource>/.exec(word!)?.[1]?.trim();
    r.check('word.sso', id === clientId && resource === `api://${host}/${clientId}`, ['Word-manifest noemt dezelfde app-registratie', 'the Word manifest names the same app registration'],
      [`WebApplicationInfo is ${id ?? '-'} / ${resource ?? '-'}, verwacht ${clientId} / api://${host}/${clientId}`, `WebApplicationInfo is ${id ?? '-'} / ${resource ?? '-'}, expected ${clientId} / api://${host}/${clientId}`],
      [`maak het opnieuw met VP_CLIENT_ID=${clientId || '<id>'}: \`npm run validate:manifest -- --out ${wordFile}\``, `make it again with VP_CLIENT_ID=${clientId || '<id>'}: \`npm run validate:manifest -- --out ${wordFile}\``]);
  }
  return { ok: r.lines.every((l) => l.ok), lines: r.lines };
}

/** The lines as printed. */
export function formatLines(lines: readonly DoctorLine[], lang: 'nl' | 'en' = 'nl'): string[] {
  return lines.map((l) => (l.ok ? `  ok    ${l.text}` : `  ${lang === 'en' ? 'FAIL' : 'FOUT'}  ${l.text}\n        ${lang === 'en' ? 'fix' : 'oplossing'}: ${l.fix ?? ''}`));
}
