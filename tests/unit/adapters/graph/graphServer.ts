import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { TokenProvider } from '../../../../src/app/ports';
import { createGraphContext } from '../../../../src/adapters/graph/client';
import type { GraphContext } from '../../../../src/adapters/graph/client';
import { FakeDrive, fromFetchRequest, toFetchResponse } from '../../../fakes/graph/drive';
import type { Authorize, DriveRequestLog, FakeDriveOptions } from '../../../fakes/graph/drive';
import { denial, scopesOfBearer } from '../../../fakes/graph/permissions';

/** One request as the test sees it: everything the assertions need. */
export interface LoggedRequest {
  method: string;
  url: URL;
  /** Decoded path after /v1.0, e.g. `/drives/d1/root:/Veiligheidsplannen/p1/plan.json:/content`. */
  path: string;
  headers: Headers;
  body: string;
}

type Responder = (req: LoggedRequest, attempt: number) => Response | Promise<Response>;

interface Route {
  method: string;
  path: string | RegExp;
  respond: Responder;
  calls: number;
}

export const GRAPH = 'https://graph.microsoft.com/v1.0';
export const DOWNLOAD_HOST = 'https://contoso.sharepoint.com';

export interface GraphServerOptions {
  /**
   * Enforce Microsoft's permission map (tests/fakes/graph/permissions.ts) on every Graph request: these are the
   * delegated scopes the tenant granted (short or resource-qualified, e.g. `scopesFor('storage')`). See
   * `enforceScopes` for how a request's scopes are decided. Off when absent.
   */
  scopes?: readonly string[];
}

/**
 * An msw server that answers Graph (and SharePoint download URLs) from routes the test declares, and logs
 * every request. A test may also attach an in-memory SharePoint library (tests/fakes/graph/drive.ts) with
 * `useDrive`: it answers what no declared route does, as Microsoft 365 would. Anything else gets a 501, so a test
 * never passes on an unplanned call.
 *
 * With scopes (the `scopes` option, or `enforceScopes` for one test) the permission map is enforced before any
 * route or the library answers: a request its token's scopes do not grant gets the documented 403
 * (https://learn.microsoft.com/en-us/graph/errors: `Authorization_RequestDenied` for /me and /users, `accessDenied`
 * elsewhere; the body comes from the oracle's `denial`). Graph authorises each inner request of a JSON batch on its
 * own (https://learn.microsoft.com/en-us/graph/json-batching): the library's batch asks the same check per inner
 * request and answers a 403 inside the 200. A `$batch` a test declares itself is answered as the test wrote it.
 * Pre-authenticated download URLs carry no token and are not checked.
 */
export function graphServer(options: GraphServerOptions = {}) {
  const routes: Route[] = [];
  const log: LoggedRequest[] = [];
  let offline = false;
  let drive: FakeDrive | null = null;
  let granted: readonly string[] | null = options.scopes ?? null;

  /**
   * The scopes a request holds: those its bearer token's `scp` claim lists (what the client asked for; fakeTokens
   * writes them) that the tenant granted, as Entra ID issues a delegated token
   * (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference, `scp`). A token
   * without a readable `scp` holds every granted scope.
   */
  const heldScopes = (authorization: string | null, grant: readonly string[]): string[] => {
    const short = (s: string) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, '');
    const tenant = grant.map(short);
    const inToken = scopesOfBearer(authorization);
    if (!inToken) return tenant;
    const allowed = new Set(tenant.map((s) => s.toLowerCase()));
    return inToken.map(short).filter((s) => allowed.has(s.toLowerCase()));
  };

  /** The permission check, or null when scopes are not enforced. Same shape as the library's authorize hook. */
  const scopeCheck: Authorize = ({ method, url, authorization }) => (granted ? denial(method, url, heldScopes(authorization, granted)) : null);

  const handle = async ({ request }: { request: Request }): Promise<Response> => {
    if (offline) return HttpResponse.error();
    const url = new URL(request.url);
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    const entry: LoggedRequest = { method: request.method, url, path, headers: request.headers, body: await request.clone().text() };
    log.push(entry);
    if (granted && url.origin === 'https://graph.microsoft.com' && path !== '/$batch') {
      const refused = scopeCheck({ method: request.method, url: request.url, authorization: request.headers.get('Authorization') });
      if (refused) return toFetchResponse({ status: refused.status, headers: {}, body: refused.body });
    }
    const route = routes.find((r) => r.method === request.method && (typeof r.path === 'string' ? r.path === path : r.path.test(path)));
    if (!route && drive) {
      if (drive.ownsDownload(request.url)) return toFetchResponse(drive.download(request.url));
      const answer = await drive.handle(await fromFetchRequest(request));
      if (answer) return toFetchResponse(answer);
    }
    if (!route) return HttpResponse.json({ error: { code: 'notPlanned', message: `${request.method} ${path}` } }, { status: 501 });
    route.calls += 1;
    return route.respond(entry, route.calls);
  };

  const server = setupServer(http.all(`${GRAPH}/*`, handle), http.all(`${DOWNLOAD_HOST}/*`, handle));

  return {
    server,
    log,
    on(method: string, path: string | RegExp, respond: Responder) {
      routes.push({ method, path, respond, calls: 0 });
    },
    reset() {
      routes.length = 0;
      log.length = 0;
      offline = false;
      drive = null;
      granted = options.scopes ?? null;
    },
    /**
     * Enforces the permission map for this test (reset() goes back to the server's `scopes` option): `scopes` are
     * what the tenant granted; each request holds those of them its token asked for. `null` turns the check off.
     */
    enforceScopes(scopes: readonly string[] | null) {
      granted = scopes;
    },
    /**
     * Attaches an in-memory library; `inner` collects every request it answers, batch inner requests included.
     * The library's authorize hook is the test's (if any), after the enforced scopes (if any).
     */
    useDrive(driveOptions: Partial<FakeDriveOptions> = {}): { drive: FakeDrive; inner: DriveRequestLog[] } {
      const inner: DriveRequestLog[] = [];
      const authorize: Authorize = (request) => scopeCheck(request) ?? driveOptions.authorize?.(request) ?? null;
      drive = new FakeDrive({ driveId: 'd1', ...driveOptions, authorize, onRequest: (e) => { inner.push(e); driveOptions.onRequest?.(e); } });
      return { drive, inner };
    },
    goOffline() {
      offline = true;
    },
    /** Requests made since `from` (an index into the log). */
    since(from: number) {
      return log.slice(from);
    },
  };
}

/**
 * A fake delegated access token: JWT-shaped, its `scp` claim the scopes asked for (short form, space-separated), as
 * Entra ID's delegated tokens carry them (https://learn.microsoft.com/en-us/entra/identity-platform/access-token-claims-reference).
 * Not signed: nothing in the app reads a token, and the server reads it with `scopesOfBearer`.
 */
export function tokenFor(scopes: readonly string[]): string {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const scp = scopes.map((s) => s.replace(/^https:\/\/graph\.microsoft\.com\//i, '')).join(' ');
  return `${b64({ typ: 'JWT', alg: 'none' })}.${b64({ aud: 'https://graph.microsoft.com', scp })}.`;
}

/** A token provider that hands out a token for exactly the scopes each request asks (see tokenFor). */
export function fakeTokens(): TokenProvider & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async getToken(scopes: string[]) {
      calls.push(scopes);
      return tokenFor(scopes);
    },
  };
}

/** A Graph context that retries immediately (Retry-After still wins when a response carries it). */
export function testContext(tokens: TokenProvider = fakeTokens()): GraphContext {
  return createGraphContext({ tokens, retry: { delaySeconds: 0, maxRetries: 3 } });
}

/** Graph's error body shape. */
export function graphError(status: number, code: string, message = code, headers: Record<string, string> = {}): Response {
  return HttpResponse.json({ error: { code, message, innerError: { date: '2026-11-24T10:00:00', 'request-id': 'r1' } } }, { status, headers });
}
