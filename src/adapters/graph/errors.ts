import { GraphError } from '@microsoft/microsoft-graph-client';
import { ConflictError, NotFoundError, OfflineError, PermissionError, ServerError, ThrottledError, isDomainError } from '../../domain';
import type { DomainError } from '../../domain';
import type { GraphContext } from './client';

function retryAfterSeconds(headers: Headers | undefined): number | null {
  const value = headers?.get('Retry-After');
  if (!value) return null;
  const seconds = Number(value);
  return Number.isFinite(seconds) ? seconds : null;
}

/**
 * Turns a failure of a Graph call into a domain error. `consent` names the delegated permission the call
 * needs, so a 403 can tell the admin exactly what to consent to.
 */
export function translateGraphError(e: unknown, consent: string, ctx?: GraphContext): DomainError {
  if (isDomainError(e)) return e;
  if (e instanceof GraphError) {
    const status = e.statusCode;
    if (status === -1 || status === 0) {
      const authError = ctx?.authFailure.error;
      if (authError) {
        ctx.authFailure.error = null;
        return authError;
      }
      return new OfflineError();
    }
    if (status === 401) return new PermissionError(401, consent);
    if (status === 403) return new PermissionError(403, consent);
    if (status === 404) return new NotFoundError();
    if (status === 409 || status === 412) return new ConflictError();
    if (status === 429) return new ThrottledError(retryAfterSeconds(e.headers));
    return new ServerError(status);
  }
  // fetch rejects with a TypeError when there is no network at all.
  if (e instanceof TypeError) return new OfflineError();
  return new ServerError(0);
}

/** Runs one Graph call and rethrows its failure as a domain error. */
export async function graphCall<T>(ctx: GraphContext, consent: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    throw translateGraphError(e, consent, ctx);
  }
}

/** Translates a sub-response of a JSON batch (status + body) like a direct response. */
export function translateStatus(status: number, consent: string, retryAfter: string | null = null): DomainError {
  const headers = new Headers(retryAfter ? { 'Retry-After': retryAfter } : {});
  const error = new GraphError(status, `HTTP ${status}`);
  error.headers = headers;
  return translateGraphError(error, consent);
}
