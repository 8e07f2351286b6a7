import { Client, HTTPMessageHandler, RetryHandler, RetryHandlerOptions, TelemetryHandler } from '@microsoft/microsoft-graph-client';
import type { Context, Middleware } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../app/ports';
import { GRAPH_RESOURCE, consentFor, scopesFor } from '../../auth/scopes';
import { capabilitiesFor } from './requestCapability';
import type { DomainError } from '../../domain';
import { isDomainError } from '../../domain';

export interface RetryPolicy {
  /** Seconds to wait when a 429/503/504 carries no Retry-After; Retry-After, when present, wins. */
  delaySeconds: number;
  maxRetries: number;
}

/** Production policy: the Graph SDK's defaults (3 s, 3 retries). Tests pass { delaySeconds: 0, ... }. */
export const DEFAULT_RETRY: RetryPolicy = { delaySeconds: 3, maxRetries: 3 };

/**
 * What every Graph call gets: the client, and the fetch used for pre-authenticated download URLs
 * (those must not carry our bearer token, so they bypass the client).
 */
export interface GraphContext {
  client: Client;
  download: (url: string) => Promise<Response>;
  /**
   * The graph client flattens errors thrown by the auth provider into a status -1 GraphError; the
   * original domain error (offline, not signed in) is kept here so the translation can rethrow it.
   */
  authFailure: { error: DomainError | null };
}

export interface GraphClientOptions {
  tokens: TokenProvider;
  /** Fixed scopes for every request (tests); by default each request gets its capability's scopes. */
  scopes?: readonly string[];
  retry?: RetryPolicy;
  fetchImpl?: (url: string) => Promise<Response>;
}

function setAuthorization(context: Context, value: string): void {
  if (typeof context.request !== 'string') {
    context.request.headers.set('Authorization', value);
    return;
  }
  const options = context.options ?? {};
  context.options = options;
  const headers = options.headers;
  if (headers instanceof Headers) headers.set('Authorization', value);
  else if (Array.isArray(headers)) options.headers = [...headers.filter(([k]) => k.toLowerCase() !== 'authorization'), ['Authorization', value]];
  else options.headers = { ...(headers ?? {}), Authorization: value };
}

/**
 * Auth middleware with incremental consent: it asks the token provider for the scopes of the capability this
 * request belongs to (requestCapability.ts), not for every scope the app may ever use. Tokens only go to Graph.
 */
class CapabilityAuthHandler implements Middleware {
  private next: Middleware | null = null;

  constructor(private readonly options: GraphClientOptions, private readonly authFailure: GraphContext['authFailure']) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (url.startsWith(`${GRAPH_RESOURCE}/`)) {
      const method = context.options?.method ?? (typeof context.request === 'string' ? 'GET' : context.request.method);
      const capabilities = capabilitiesFor(method, url, context.options?.body);
      const scopes = this.options.scopes ? [...this.options.scopes] : scopesFor(capabilities);
      try {
        setAuthorization(context, `Bearer ${await this.options.tokens.getToken(scopes, consentFor(capabilities))}`);
      } catch (e) {
        if (isDomainError(e)) this.authFailure.error = e;
        throw e;
      }
    }
    if (!this.next) throw new Error('CapabilityAuthHandler needs a next middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

/**
 * Builds the Graph client with an explicit middleware chain, so the retry policy is ours:
 * auth (per-capability scopes) -> retry (honours Retry-After on 429/503/504) -> telemetry -> fetch.
 *
 * No RedirectHandler: it fetches with `redirect: 'manual'`, which a browser answers with an opaque response
 * (status 0, read as "offline"). The one Graph call that redirects, a driveItem's `/content` (302 to a
 * pre-authenticated URL), is never made: downloads use `@microsoft.graph.downloadUrl` through `download`
 * (https://learn.microsoft.com/en-us/graph/api/driveitem-get-content).
 */
export function createGraphContext(options: GraphClientOptions): GraphContext {
  const authFailure: GraphContext['authFailure'] = { error: null };
  const retry = options.retry ?? DEFAULT_RETRY;
  const auth = new CapabilityAuthHandler(options, authFailure);
  const retryHandler = new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries));
  const telemetry = new TelemetryHandler();
  auth.setNext(retryHandler);
  retryHandler.setNext(telemetry);
  telemetry.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: auth, defaultVersion: 'v1.0' });
  const download = options.fetchImpl ?? ((url: string) => fetch(url));
  return { client, download, authFailure };
}
