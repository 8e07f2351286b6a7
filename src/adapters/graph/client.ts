import { AuthenticationHandler, Client, HTTPMessageHandler, RedirectHandler, RetryHandler, RetryHandlerOptions, TelemetryHandler } from '@microsoft/microsoft-graph-client';
import type { AuthenticationProvider } from '@microsoft/microsoft-graph-client';
import type { TokenProvider } from '../../app/ports';
import { GRAPH_SCOPES } from '../../auth/scopes';
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
  scopes?: readonly string[];
  retry?: RetryPolicy;
  fetchImpl?: (url: string) => Promise<Response>;
}

/**
 * Builds the Graph client with an explicit middleware chain, so the retry policy is ours:
 * auth -> retry (honours Retry-After on 429/503/504) -> redirect -> telemetry -> fetch.
 */
export function createGraphContext(options: GraphClientOptions): GraphContext {
  const authFailure: GraphContext['authFailure'] = { error: null };
  const scopes = [...(options.scopes ?? GRAPH_SCOPES)];
  const authProvider: AuthenticationProvider = {
    getAccessToken: async () => {
      try {
        return await options.tokens.getToken(scopes);
      } catch (e) {
        if (isDomainError(e)) authFailure.error = e;
        throw e;
      }
    },
  };
  const retry = options.retry ?? DEFAULT_RETRY;
  const auth = new AuthenticationHandler(authProvider);
  const retryHandler = new RetryHandler(new RetryHandlerOptions(retry.delaySeconds, retry.maxRetries));
  const redirect = new RedirectHandler();
  const telemetry = new TelemetryHandler();
  auth.setNext(retryHandler);
  retryHandler.setNext(redirect);
  redirect.setNext(telemetry);
  telemetry.setNext(new HTTPMessageHandler());
  const client = Client.initWithMiddleware({ middleware: auth, defaultVersion: 'v1.0' });
  const download = options.fetchImpl ?? ((url: string) => fetch(url));
  return { client, download, authFailure };
}
