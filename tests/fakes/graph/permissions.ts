import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * A permission oracle for Microsoft Graph: which delegated (work or school) permissions grant a request.
 *
 * Its data is Microsoft's own permission map, `permissions.json` beside this file: an unchanged copy of
 * microsoftgraph/microsoft-graph-devx-content permissions/new/permissions.json at commit
 * 6cbd6bbd665a877560fdefbad74f3bdb5b57af88 (MIT, see LICENSE-permissions). Graph Explorer and Dev Proxy use the
 * same data. The copy lives in the repo so CI (which clones the repo alone) has it; /work/shared/graph is the source.
 *
 * The map's paths are lower-case templates: every id is `{id}`, every function argument `{value}`, and path-based
 * addressing keeps its shape (`/drives/{id}/root:/{id}:/content`, `/sites/{id}:/{id}`). A request is normalised to
 * that shape (lower-case; the query string, `$select` and friends, dropped; a `:/path:` part becomes `{id}`), then
 * matched segment by segment: a literal must match, a `{...}` matches any one segment. The most specific template
 * wins (the most literal segments), so `/me/events/delta` is not read as `/me/events/{id}`.
 *
 * Where the map has no template for a path-addressed form it has for the id form, the item addressed by path is the
 * same item as addressed by id ("You can address a driveItem by its unique ID or by its path":
 * https://learn.microsoft.com/en-us/graph/onedrive-addressing-driveitems), so `root:/{path}:` is looked up as
 * `items/{id}`, and `/sites/{id}/drive/...` as `/drives/{id}/...` (a site's default drive is a drive:
 * https://learn.microsoft.com/en-us/graph/api/drive-get). A driveItem's `listItem` is the item of the library's list
 * ("listItem: For drives in SharePoint, the associated document library list item",
 * https://learn.microsoft.com/en-us/graph/api/resources/driveitem), so `/drives/{id}/items/{id}/listitem/...` is
 * looked up as `/sites/{id}/lists/{id}/items/{id}/...`.
 *
 * MAP_GAPS adds the few documented requests the map does not list at all, each with its Microsoft doc page.
 */

export interface PermissionsFile {
  permissions: Record<string, {
    schemes: Partial<Record<'DelegatedWork' | 'DelegatedPersonal' | 'Application', { requiresAdminConsent: boolean }>>;
    pathSets?: Array<{ schemeKeys: string[]; methods: string[]; paths: Record<string, string> }>;
  }>;
}

interface Template {
  path: string;
  segments: RegExp[];
  literals: number;
  /** permission name -> is it marked least=DelegatedWork for this path */
  grants: Map<string, boolean>;
}

const DATA_FILE = path.join(__dirname, 'permissions.json');

/** Requests missing from the map, as the API reference documents them (least privileged first). */
const MAP_GAPS: ReadonlyArray<{ method: string; path: string; grantedBy: string[]; source: string }> = [
  {
    method: 'GET', path: '/me/calendar', grantedBy: ['Calendars.ReadBasic', 'Calendars.Read', 'Calendars.ReadWrite'],
    source: 'https://learn.microsoft.com/en-us/graph/api/calendar-get',
  },
];
const SCHEME = 'DelegatedWork';

let cache: { file: PermissionsFile; byKey: Map<string, Template[]> } | null = null;

function segmentPattern(segment: string): RegExp {
  const escaped = segment.replace(/[.*+?^$()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped.replace(/\{[^}]*\}/g, '[^/]+')}$`);
}

function load(): NonNullable<typeof cache> {
  if (cache) return cache;
  const file = JSON.parse(readFileSync(DATA_FILE, 'utf8')) as PermissionsFile;
  const byPath = new Map<string, Template>();
  for (const [name, permission] of Object.entries(file.permissions)) {
    for (const set of permission.pathSets ?? []) {
      if (!set.schemeKeys.includes(SCHEME)) continue;
      for (const method of set.methods) {
        for (const [rawPath, flags] of Object.entries(set.paths)) {
          const p = rawPath.toLowerCase();
          const key = `${method.toUpperCase()} ${p}`;
          let template = byPath.get(key);
          if (!template) {
            const parts = p.split('/').slice(1);
            template = { path: p, segments: parts.map(segmentPattern), literals: parts.filter((s) => !s.includes('{')).length, grants: new Map() };
            byPath.set(key, template);
          }
          const least = flags.startsWith('least=') && flags.slice('least='.length).split(',').map((f) => f.trim()).includes(SCHEME);
          template.grants.set(name, (template.grants.get(name) ?? false) || least);
        }
      }
    }
  }
  for (const gap of MAP_GAPS) {
    const key = `${gap.method} ${gap.path}`;
    if (byPath.has(key)) continue;
    const parts = gap.path.split('/').slice(1);
    byPath.set(key, {
      path: gap.path, segments: parts.map(segmentPattern), literals: parts.filter((x) => !x.includes('{')).length,
      grants: new Map(gap.grantedBy.map((g, i) => [g, i === 0])),
    });
  }
  // Index by method and segment count: a request only ever matches templates of its own length.
  const byKey = new Map<string, Template[]>();
  for (const [key, template] of byPath) {
    const method = key.slice(0, key.indexOf(' '));
    const k = `${method} ${template.segments.length}`;
    byKey.set(k, [...(byKey.get(k) ?? []), template]);
  }
  cache = { file, byKey };
  return cache;
}

/** The raw map (for docs tests: `requiresAdminConsent`). */
export function permissionsFile(): PermissionsFile {
  return load().file;
}

/** Whether an admin must consent to a delegated permission, per the map's DelegatedWork scheme. */
export function requiresAdminConsent(permission: string): boolean {
  const entry = load().file.permissions[permission];
  const scheme = entry?.schemes.DelegatedWork;
  if (!scheme) throw new Error(`${permission} is not a delegated (work or school) permission in the map`);
  return scheme.requiresAdminConsent;
}

/**
 * A request's path in the map's shape: no host, no version, no query; lower-case; each path-addressed part
 * (`root:/a/b.json:` or a trailing `host:/sites/x`) reduced to `{id}`.
 */
export function normalisePath(url: string): string {
  const parsed = new URL(url, 'https://graph.microsoft.com');
  let p = parsed.pathname;
  try {
    p = decodeURIComponent(p);
  } catch {
    // keep the raw path
  }
  p = p.replace(/^\/(v1\.0|beta)(?=\/|$)/i, '').toLowerCase();
  // `segment:/any/path:` -> `segment:/{id}:`, and a final `segment:/any/path` -> `segment:/{id}`.
  p = p.replace(/:\/[^:]*?:(?=\/|$)/g, ':/{id}:').replace(/(?<!\{id\}):\/(?!\{id\})[^:]*$/, ':/{id}');
  return p.replace(/\/+$/, '') || '/';
}

/** Paths the same request can be written as, most literal first (see the module comment for the sources). */
function equivalents(p: string): string[] {
  const out = [p];
  const add = (q: string) => { if (!out.includes(q)) out.push(q); };
  for (const q of [...out]) add(q.replace(/^\/sites\/([^/]+)\/drive(?=\/|$)/, '/drives/$1'));
  for (const q of [...out]) add(q.replace(/\/root:\/\{id\}:(?=\/|$)/, '/items/{id}').replace(/\/root:\/\{id\}$/, '/items/{id}'));
  for (const q of [...out]) add(q.replace(/\/items\/([^/]+):\/\{id\}:(?=\/|$)/, '/items/{id}'));
  for (const q of [...out]) add(q.replace(/^\/drives\/([^/]+)\/items\/([^/]+)\/listitem(?=\/|$)/, '/sites/{id}/lists/{id}/items/{id}'));
  return out;
}

function match(method: string, p: string): Template[] {
  const parts = p.split('/').slice(1);
  const candidates = load().byKey.get(`${method} ${parts.length}`) ?? [];
  const hits = candidates.filter((t) => t.segments.every((re, i) => re.test(parts[i]!)));
  if (hits.length === 0) return [];
  const best = Math.max(...hits.map((t) => t.literals));
  return hits.filter((t) => t.literals === best);
}

export interface Lookup {
  method: string;
  /** The normalised request path. */
  path: string;
  /** The map's template(s) it matched; empty when the map does not know the request. */
  templates: string[];
  /** Every delegated permission that grants it. */
  grantedBy: string[];
  /** Those marked least-privileged for it. */
  least: string[];
}

/** Which delegated permissions grant `method url`. A `$batch` must be unpacked first (unpackBatch). */
export function lookup(method: string, url: string): Lookup {
  const m = method.toUpperCase();
  const normalised = normalisePath(url);
  if (normalised === '/$batch') throw new Error('POST /$batch is authorised per inner request: unpack it with unpackBatch()');
  for (const candidate of equivalents(normalised)) {
    const templates = match(m, candidate);
    if (templates.length === 0) continue;
    const grants = new Map<string, boolean>();
    for (const t of templates) for (const [name, least] of t.grants) grants.set(name, (grants.get(name) ?? false) || least);
    return {
      method: m, path: normalised, templates: templates.map((t) => t.path),
      grantedBy: [...grants.keys()].sort(), least: [...grants].filter(([, l]) => l).map(([n]) => n).sort(),
    };
  }
  return { method: m, path: normalised, templates: [], grantedBy: [], least: [] };
}

function shortName(scope: string): string {
  return scope.replace(/^https:\/\/graph\.microsoft\.com\//i, '').trim();
}

/** Whether a token holding `scopes` (short or resource-qualified names) may make the request. */
export function isGranted(method: string, url: string, scopes: readonly string[]): boolean {
  const held = new Set(scopes.map((s) => shortName(s).toLowerCase()));
  return lookup(method, url).grantedBy.some((p) => held.has(p.toLowerCase()));
}

/** The inner requests of a JSON batch body (https://learn.microsoft.com/en-us/graph/json-batching). */
export function unpackBatch(body: string): Array<{ id: string; method: string; url: string }> {
  const parsed = JSON.parse(body) as { requests?: Array<{ id?: unknown; method?: unknown; url?: unknown }> };
  return (parsed.requests ?? []).map((r, i) => ({
    id: typeof r.id === 'string' ? r.id : String(i + 1),
    method: typeof r.method === 'string' ? r.method.toUpperCase() : 'GET',
    url: typeof r.url === 'string' ? (r.url.startsWith('/') ? r.url : `/${r.url}`) : '/',
  }));
}

export interface GraphErrorBody {
  error: { code: 'Authorization_RequestDenied' | 'accessDenied'; message: string; innerError: { date: string; 'request-id': string } };
}

/**
 * The 403 Graph answers a request the token's scopes do not grant, or null when they do.
 * Codes per https://learn.microsoft.com/en-us/graph/errors: directory objects (`/users`, `/me`) answer
 * `Authorization_RequestDenied` "Insufficient privileges to complete the operation."; other workloads `accessDenied`.
 */
export function denial(method: string, url: string, grantedScopes: readonly string[]): { status: 403; body: GraphErrorBody } | null {
  if (isGranted(method, url, grantedScopes)) return null;
  const p = normalisePath(url);
  const directory = p === '/me' || p === '/users' || p.startsWith('/users/');
  const needed = lookup(method, url).least.join(' or ') || 'a permission the map does not list';
  return {
    status: 403,
    body: {
      error: {
        code: directory ? 'Authorization_RequestDenied' : 'accessDenied',
        message: directory ? 'Insufficient privileges to complete the operation.' : `Access denied. The token lacks ${needed}.`,
        innerError: { date: '2026-11-24T10:00:00', 'request-id': 'permission-oracle' },
      },
    },
  };
}

/** msw-friendly: a 403 Response with Graph's error body when not granted, else null (let the fake answer). */
export function authorize(method: string, url: string, grantedScopes: readonly string[]): Response | null {
  const denied = denial(method, url, grantedScopes);
  return denied ? new Response(JSON.stringify(denied.body), { status: 403, headers: { 'Content-Type': 'application/json' } }) : null;
}

/**
 * The scopes a fake bearer token carries. The e2e login (tests/e2e/fixtures/graph/fakeLogin.ts) issues JWTs whose
 * `scp` claim lists the granted scopes, space-separated, as Entra ID does for delegated tokens
 * (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference). Returns null for a
 * token without a readable `scp`.
 */
export function scopesOfBearer(authorization: string | null): string[] | null {
  const token = authorization?.replace(/^Bearer\s+/i, '') ?? '';
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp?: unknown };
    return typeof claims.scp === 'string' ? claims.scp.split(' ').filter((s) => s.length > 0) : null;
  } catch {
    return null;
  }
}
