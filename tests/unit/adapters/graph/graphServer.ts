import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { TokenProvider } from '../../../../src/app/ports';
import { createGraphContext } from '../../../../src/adapters/graph/client';
import type { GraphContext } from '../../../../src/adapters/graph/client';
import { FakeDrive, fromFetchRequest, toFetchResponse } from '../../../fakes/graph/drive';
import type { DriveRequestLog, FakeDriveOptions } from '../../../fakes/graph/drive';

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

/**
 * An msw server that answers Graph (and SharePoint download URLs) from routes the test declares, and logs
 * every request. A test may also attach an in-memory SharePoint library (tests/fakes/graph/drive.ts) with
 * `useDrive`: it answers what no declared route does, as Microsoft 365 would. Anything else gets a 501, so a test
 * never passes on an unplanned call.
 */
export function graphServer() {
  const routes: Route[] = [];
  const log: LoggedRequest[] = [];
  let offline = false;
  let drive: FakeDrive | null = null;

  const handle = async ({ request }: { request: Request }): Promise<Response> => {
    if (offline) return HttpResponse.error();
    const url = new URL(request.url);
    const path = decodeURIComponent(url.pathname.replace(/^\/v1\.0/, ''));
    const entry: LoggedRequest = { method: request.method, url, path, headers: request.headers, body: await request.clone().text() };
    log.push(entry);
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
    },
    /** Attaches an in-memory library; `inner` collects every request it answers, batch inner requests included. */
    useDrive(options: Partial<FakeDriveOptions> = {}): { drive: FakeDrive; inner: DriveRequestLog[] } {
      const inner: DriveRequestLog[] = [];
      drive = new FakeDrive({ driveId: 'd1', ...options, onRequest: (e) => { inner.push(e); options.onRequest?.(e); } });
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

export const TOKEN = 'test-token';

export function fakeTokens(): TokenProvider & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async getToken(scopes: string[]) {
      calls.push(scopes);
      return TOKEN;
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
