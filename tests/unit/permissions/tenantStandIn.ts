import { http } from 'msw';
import { setupServer } from 'msw/node';
import { createCalendarState, handleCalendarRequest } from '../../fakes/graph/calendar';
import type { CalendarState } from '../../fakes/graph/calendar';
import { scopesOfBearer, unpackBatch } from '../../fakes/graph/permissions';

/**
 * A forgiving Graph stand-in for the permission walk: it answers every request of the tenant flows with a body of
 * the documented shape, so each flow runs to its end, and records each request with the scopes its token carried.
 * It checks nothing itself (the test asks the permission oracle); calendar paths go to the shared calendar fake.
 */

export interface RecordedRequest {
  method: string;
  url: string;
  /** The scopes of the bearer token the request carried; null when it carried none (a pre-authenticated URL). */
  scopes: string[] | null;
  /** For an inner request of a $batch: the batch's own request. */
  batch: boolean;
}

export const GRAPH = 'https://graph.microsoft.com/v1.0';
export const DOWNLOAD = 'https://contoso.sharepoint.com/_download';
export const ME = { id: 'u-fatima', displayName: 'F', mail: 'fatima@contoso.nl', userPrincipalName: 'fatima@contoso.nl' };

interface Item {
  id: string;
  path: string;
  folder: boolean;
  content: string;
  version: number;
}

interface Answer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  raw?: string;
}

/** A fake JWT whose `scp` claim lists the scopes, as Entra ID's delegated access tokens do. */
export function fakeJwt(scopes: readonly string[]): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const scp = scopes.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//, '')).join(' ');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ aud: 'https://graph.microsoft.com', scp })}.`;
}

function itemPathOf(path: string): { base: string; itemPath: string; rest: string } | null {
  // /drives/{d}/root:/a/b:/rest  or  /drives/{d}/root:/a/b  or  /sites/{s}/drive/root:/...
  const m = /^(\/drives\/[^/]+|\/sites\/[^/]+\/drive)\/root:\/([^:]*?)(?::(\/.*)?)?$/.exec(path);
  if (!m) return null;
  return { base: m[1]!, itemPath: m[2]!.replace(/\/$/, ''), rest: m[3] ?? '' };
}

function jsonOrNull(body: string): unknown {
  try {
    return body ? (JSON.parse(body) as unknown) : null;
  } catch {
    return null;
  }
}

export function tenantStandIn(plans: Record<string, string>) {
  const recorded: RecordedRequest[] = [];
  const calendar: CalendarState = createCalendarState([ME, { id: 'u-pro', displayName: 'P', mail: 'pro@contoso.nl', userPrincipalName: 'pro@contoso.nl' }]);
  const items = new Map<string, Item>();
  let sequence = 0;
  const put = (path: string, content: string, folder = false): Item => {
    const existing = items.get(path.toLowerCase());
    if (existing) {
      existing.content = content;
      existing.version += 1;
      return existing;
    }
    sequence += 1;
    const item: Item = { id: `item${sequence}`, path, folder, content, version: 1 };
    items.set(path.toLowerCase(), item);
    const parent = path.split('/').slice(0, -1).join('/');
    if (parent && !items.has(parent.toLowerCase())) put(parent, '', true);
    return item;
  };
  for (const [planId, json] of Object.entries(plans)) put(`Veiligheidsplannen/${planId}/plan.json`, json);
  const byId = (id: string) => [...items.values()].find((i) => i.id === id) ?? null;
  const etag = (i: Item) => `"{${i.id}},${i.version}"`;
  const driveItem = (i: Item) => ({
    id: i.id, name: i.path.split('/').pop(), eTag: etag(i), cTag: etag(i), size: i.content.length,
    lastModifiedDateTime: '2026-11-24T10:00:00Z', parentReference: { driveId: 'd1', path: `/drive/root:/${i.path.split('/').slice(0, -1).join('/')}` },
    ...(i.folder ? { folder: { childCount: [...items.values()].filter((c) => c.path.startsWith(`${i.path}/`)).length } } : { file: { mimeType: 'application/json' } }),
    '@microsoft.graph.downloadUrl': `${DOWNLOAD}/${i.id}`,
    listItem: { id: i.id, fields: {} },
    sharepointIds: { siteId: '11111111-1111-1111-1111-111111111111', webId: '22222222-2222-2222-2222-222222222222', siteUrl: 'https://contoso.sharepoint.com/sites/J', listId: '33333333-3333-3333-3333-333333333333', listItemId: String(i.id.replace(/\D/g, '') || '1') },
  });
  const children = (i: Item) => [...items.values()].filter((c) => c.path.toLowerCase().startsWith(`${i.path.toLowerCase()}/`) && !c.path.slice(i.path.length + 1).includes('/'));

  const grants = new Map<string, Array<{ id: string; roles: string[]; invitation: { email: string; signInRequired: boolean } }>>();
  const itemRequest = (method: string, item: Item | null, rest: string, body: string, createPath: string | null): Answer => {
    if (rest === '/content' && method === 'PUT') return { status: item ? 200 : 201, body: driveItem(put(item?.path ?? createPath ?? 'x', body)) };
    if (!item) return { status: 404, body: { error: { code: 'itemNotFound', message: 'The resource could not be found.' } } };
    if (rest === '' && method === 'GET') return { status: 200, body: driveItem(item) };
    if (rest === '' && method === 'DELETE') { items.delete(item.path.toLowerCase()); return { status: 204 }; }
    if (rest === '/content' && method === 'GET') return { status: 200, raw: item.content };
    if (rest === '/children' && method === 'GET') return { status: 200, body: { value: children(item).map(driveItem) } };
    if (rest === '/children' && method === 'POST') {
      const name = (JSON.parse(body || '{}') as { name?: string }).name ?? 'folder';
      return { status: 201, body: driveItem(put(`${item.path}/${name}`, '', true)) };
    }
    if (rest === '/versions' && method === 'GET') {
      return { status: 200, body: { value: Array.from({ length: item.version }, (_, v) => ({ id: `${item.version - v}.0`, lastModifiedDateTime: '2026-11-24T10:00:00Z' })) } };
    }
    if (/^\/versions\/[^/]+\/content$/.test(rest)) return { status: 200, raw: item.content };
    if (/^\/versions\/[^/]+\/restoreversion$/i.test(rest)) return { status: 204 };
    if (rest === '/invite') {
      const r = JSON.parse(body || '{}') as { recipients?: Array<{ email: string }> };
      const granted = (r.recipients ?? []).map((x, n) => ({ id: `perm${n}`, roles: ['read'], invitation: { email: x.email, signInRequired: true } }));
      grants.set(item.id, [...(grants.get(item.id) ?? []), ...granted]);
      return { status: 200, body: { value: granted } };
    }
    // List permissions answers a collection in `value` (https://learn.microsoft.com/graph/api/driveitem-list-permissions);
    // delete permission answers 204 No Content (https://learn.microsoft.com/graph/api/permission-delete).
    if (rest === '/permissions' && method === 'GET') return { status: 200, body: { value: grants.get(item.id) ?? [] } };
    const permission = /^\/permissions\/([^/]+)$/.exec(rest);
    if (permission && method === 'DELETE') {
      grants.set(item.id, (grants.get(item.id) ?? []).filter((g) => g.id !== permission[1]));
      return { status: 204 };
    }
    if (/^\/listitem(\/fields)?$/i.test(rest)) return { status: 200, body: rest.toLowerCase().endsWith('fields') ? {} : { id: item.id, fields: {} } };
    if (rest === '/copy') return { status: 202, headers: { Location: 'https://contoso.sharepoint.com/_monitor' } };
    return { status: 200, body: {} };
  };

  const answer = (method: string, rawPath: string, query: URLSearchParams, body: string): Answer => {
    const path = rawPath.replace(/^\/v1\.0/, '');
    const cal = handleCalendarRequest(calendar, { method, path, query, body: jsonOrNull(body), userId: ME.id });
    if (cal) return cal;
    if (/^\/sites\/[^/]+:\/.+/.test(path)) return { status: 200, body: { id: 'contoso.sharepoint.com,11111111-1111-1111-1111-111111111111,22222222-2222-2222-2222-222222222222', webUrl: 'https://contoso.sharepoint.com/sites/x' } };
    if (/^\/sites\/[^/]+\/drive$/.test(path) || /^\/drives\/[^/]+$/.test(path)) return { status: 200, body: { id: 'd1', driveType: 'documentLibrary' } };
    if (path === '/me/people' || path === '/users') return { status: 200, body: { value: [{ id: 'u-pro', displayName: 'P', mail: 'pro@contoso.nl', scoredEmailAddresses: [{ address: 'pro@contoso.nl' }] }] } };
    const addressed = itemPathOf(path);
    if (addressed) {
      const item = addressed.itemPath ? items.get(addressed.itemPath.toLowerCase()) ?? null : { id: 'root', path: '', folder: true, content: '', version: 1 };
      return itemRequest(method, item, addressed.rest.toLowerCase() === addressed.rest ? addressed.rest : addressed.rest.replace(/\/restoreVersion$/, '/restoreversion'), body, addressed.itemPath);
    }
    const byIdPath = /^(?:\/drives\/[^/]+|\/sites\/[^/]+\/drive)\/items\/([^/:]+)(?::\/([^:]*):)?(\/.*)?$/.exec(path);
    if (byIdPath) {
      const parent = byId(byIdPath[1]!);
      if (byIdPath[2] !== undefined) {
        const full = `${parent?.path ?? ''}/${byIdPath[2]}`;
        return itemRequest(method, items.get(full.toLowerCase()) ?? null, byIdPath[3] ?? '', body, full);
      }
      return itemRequest(method, parent, byIdPath[3] ?? '', body, null);
    }
    return { status: 200, body: {} };
  };

  const toResponse = (a: Answer): Response => {
    if (a.raw !== undefined) return new Response(a.raw, { status: a.status, headers: { 'Content-Type': 'application/octet-stream', ...(a.headers ?? {}) } });
    if (a.body === undefined) return new Response(null, { status: a.status, headers: a.headers ?? {} });
    return new Response(JSON.stringify(a.body), { status: a.status, headers: { 'Content-Type': 'application/json', ...(a.headers ?? {}) } });
  };

  const handle = async ({ request }: { request: Request }): Promise<Response> => {
    const url = new URL(request.url);
    const body = request.method === 'GET' ? '' : await request.clone().text();
    const scopes = scopesOfBearer(request.headers.get('Authorization'));
    if (url.origin === new URL(DOWNLOAD).origin) {
      recorded.push({ method: request.method, url: request.url, scopes, batch: false });
      const item = byId(url.pathname.split('/').pop() ?? '');
      return item ? new Response(item.content) : new Response(null, { status: 404 });
    }
    const path = decodeURIComponent(url.pathname);
    if (request.method === 'POST' && path.replace(/^\/v1\.0/, '') === '/$batch') {
      const inner = unpackBatch(body);
      const parsed = JSON.parse(body) as { requests: Array<{ body?: unknown }> };
      const responses = inner.map((r, n) => {
        recorded.push({ method: r.method, url: `${GRAPH}${r.url}`, scopes, batch: true });
        const innerUrl = new URL(`${GRAPH}${r.url}`);
        const innerBody = parsed.requests[n]?.body;
        const a = answer(r.method, decodeURIComponent(innerUrl.pathname), innerUrl.searchParams, innerBody === undefined ? '' : typeof innerBody === 'string' ? innerBody : JSON.stringify(innerBody));
        return { id: r.id, status: a.status, headers: { 'Content-Type': 'application/json', ...(a.headers ?? {}) }, body: a.raw !== undefined ? Buffer.from(a.raw).toString('base64') : a.body };
      });
      return new Response(JSON.stringify({ responses }), { status: 200, headers: { 'Content-Type': 'application/json' } });
    }
    recorded.push({ method: request.method, url: request.url, scopes, batch: false });
    return toResponse(answer(request.method, path, url.searchParams, body));
  };

  const server = setupServer(http.all('https://graph.microsoft.com/*', handle), http.all(`${new URL(DOWNLOAD).origin}/*`, handle));
  return { server, recorded, items, calendar };
}
