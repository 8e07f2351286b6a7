import type { Capability } from '../../auth/scopes';

/**
 * Which capability (and so which delegated scopes, src/auth/scopes.ts) a Graph request belongs to, decided
 * from its method and path. The client asks a token for exactly that capability per request, so adapters need
 * no auth code and one missing consent blocks only the feature that needs it (incremental consent).
 *
 * tests/unit/permissions walks every tenant flow and checks, against Microsoft's permission map, that the
 * scopes of the capability chosen here grant each request.
 */
const ROUTES: ReadonlyArray<{ pattern: RegExp; capability: Capability }> = [
  // A channel's files folder is a driveItem: the storage scope (Sites.ReadWrite.All) grants it.
  { pattern: /^\/teams\/[^/]+\/channels\/[^/]+\/filesfolder(\/|$)/, capability: 'storage' },
  { pattern: /^\/(me\/joinedteams|teams)(\/|$)/, capability: 'cases' },
  { pattern: /^\/me\/(findmeetingtimes|events|calendar|calendars|calendarview)(\/|$)/, capability: 'calendar' },
  { pattern: /^\/me\/people(\/|$)/, capability: 'people' },
  { pattern: /^\/users(\/|$|\?)/, capability: 'directory' },
  { pattern: /^\/(sites|drives|shares)(\/|$)/, capability: 'storage' },
  { pattern: /^\/me(\/|$)/, capability: 'profile' },
];

/** The Graph path of a URL: no host, no version segment, no query; lower-case. */
export function graphPath(url: string): string {
  const parsed = new URL(url, 'https://graph.microsoft.com');
  let path = parsed.pathname;
  try {
    path = decodeURIComponent(path);
  } catch {
    // A stray % stays as it is; the lower-cased raw path still routes.
  }
  return path.replace(/^\/(v1\.0|beta)(?=\/|$)/i, '').toLowerCase() || '/';
}

interface BatchBody {
  requests?: ReadonlyArray<{ method?: unknown; url?: unknown }>;
}

function batchUrls(body: unknown): string[] {
  if (typeof body !== 'string') return [];
  try {
    const parsed = JSON.parse(body) as BatchBody;
    return (parsed.requests ?? []).map((r) => (typeof r.url === 'string' ? r.url : '')).filter((u) => u.length > 0);
  } catch {
    return [];
  }
}

/**
 * The capabilities one request needs. A JSON batch (POST /$batch) needs the union of its inner requests'
 * capabilities: Graph authorises each inner request with the batch's one token. An unknown path falls to the
 * smallest capability (profile), so the permission test fails on it rather than the app asking for more.
 */
export function capabilitiesFor(method: string, url: string, body?: unknown): Capability[] {
  const path = graphPath(url);
  if (method.toUpperCase() === 'POST' && path === '/$batch') {
    const inner = batchUrls(body).flatMap((u) => capabilitiesFor('GET', u.startsWith('/') ? u : `/${u}`));
    return inner.length > 0 ? [...new Set(inner)] : ['storage'];
  }
  const route = ROUTES.find((r) => r.pattern.test(path));
  return [route ? route.capability : 'profile'];
}
