import type { JoinOptions, LiveSession, LiveSessionFactory } from './ports';

/**
 * How long to wait before each new try to join. In Teams, the windows that open together when the app goes on the
 * stage all look up the meeting's container at once; the host answers "retry after" to all but the one creating it,
 * and Live Share 1.2.2 gives up after three lookups (`LiveShareClient.getOrCreateContainer`, `maxContainerLookupTries`).
 * A little jitter keeps the windows from trying again all at the same moment.
 */
export const JOIN_RETRY_MS: ReadonlyArray<number> = [1000, 2000, 4000, 8000];

export type JoinProgress =
  | { kind: 'joining'; attempt: number; attempts: number }
  | { kind: 'waiting'; attempt: number; attempts: number; waitMs: number };

export interface JoinRetryOptions {
  delaysMs?: ReadonlyArray<number>;
  onProgress?: (progress: JoinProgress) => void;
  /** Stops waiting (the window closed); the join then rejects. */
  signal?: AbortSignal;
  random?: () => number;
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

function sleepFor(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new Error('aborted'));
    }, { once: true });
  });
}

/** Joins the meeting's session, trying again with growing waits; rejects with the last error after the last try. */
export async function joinWithRetry(factory: LiveSessionFactory, join: JoinOptions, options: JoinRetryOptions = {}): Promise<LiveSession> {
  const delays = options.delaysMs ?? JOIN_RETRY_MS;
  const attempts = delays.length + 1;
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? sleepFor;
  let lastError: unknown = new Error('not joined');
  for (let attempt = 1; attempt <= attempts; attempt += 1) {
    if (options.signal?.aborted) throw new Error('aborted');
    options.onProgress?.({ kind: 'joining', attempt, attempts });
    try {
      return await factory.join(join);
    } catch (error) {
      lastError = error;
    }
    const base = delays[attempt - 1];
    if (base === undefined) break;
    const waitMs = Math.round(base * (0.75 + random() * 0.5));
    options.onProgress?.({ kind: 'waiting', attempt, attempts, waitMs });
    await sleep(waitMs, options.signal);
  }
  throw lastError;
}
