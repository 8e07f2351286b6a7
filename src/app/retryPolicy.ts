import { ThrottledError } from '../domain';
import type { DomainError, DomainErrorCode } from '../domain';

/** Failures that pass by themselves: no network, Graph asking us to slow down, a server error, storage busy upgrading. */
const RETRYABLE: ReadonlySet<DomainErrorCode> = new Set(['NETWORK.OFFLINE', 'GRAPH.THROTTLED', 'GRAPH.SERVER', 'STORAGE.UNAVAILABLE']);

export const MAX_RETRY_DELAY_MS = 30_000;

export function isRetryable(error: DomainError): boolean {
  return RETRYABLE.has(error.code);
}

/**
 * Exponential backoff from 1 s up to 30 s. A 429 or 503 with Retry-After waits at least that long, as Graph asks
 * (https://learn.microsoft.com/en-us/graph/throttling#best-practices-to-handle-throttling).
 */
export function retryDelayMs(error: DomainError, attempt: number): number {
  const backoff = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** Math.max(0, attempt - 1));
  if (error instanceof ThrottledError && error.retryAfterSeconds !== null) return Math.max(backoff, error.retryAfterSeconds * 1000);
  return backoff;
}
