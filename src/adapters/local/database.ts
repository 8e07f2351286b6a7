import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import { DomainError, isDomainError } from '../../domain';
import type { Plan } from '../../domain';
import type * as PlanFile from '../../domain/planFile';

/** The default IndexedDB name; tests pass their own so that each starts empty. */
export const DEFAULT_DB_NAME = 'veiligheidsplan';
const DB_VERSION = 1;

/**
 * Records hold `plan: unknown` on purpose: whatever comes back from the browser's storage is read
 * through parsePlan before the app sees it, so a damaged or hand-edited record cannot crash the UI.
 */
export interface PlanRecord {
  plan: unknown;
  /** A counter kept as a string (the port's revision token), "1" after the first save. */
  revision: string;
  savedAt: string;
}

export interface VersionRecord {
  /** Assigned by IndexedDB (autoIncrement); gives history its order even when two freezes share a timestamp. */
  seq?: number;
  planId: string;
  plan: unknown;
  label: string;
  savedAt: string;
  planVersion: number;
}

export interface DraftRecord {
  plan: unknown;
  baseRevision: string | null;
  savedAt: string;
}

export interface PlanDbSchema extends DBSchema {
  plans: { key: string; value: PlanRecord };
  versions: { key: number; value: VersionRecord; indexes: { byPlan: string } };
  drafts: { key: string; value: DraftRecord };
}

export type PlanDb = IDBPDatabase<PlanDbSchema>;

/**
 * One lazily opened connection shared by the plan store and the draft store. Opening is deferred to the first
 * use so that creating the stores (at host start-up) never touches storage, and a failed open can be retried.
 */
export class PlanDatabase {
  private opening: Promise<PlanDb> | null = null;
  private persistenceRequested = false;

  constructor(readonly name: string = DEFAULT_DB_NAME) {}

  /** Runs `work` with the open database; storage failures become DomainErrors with a user message. */
  async run<T>(work: (db: PlanDb) => Promise<T>): Promise<T> {
    try {
      // Asked on first use, not on the warm-up at start-up: some browsers show the user a prompt for it.
      if (!this.persistenceRequested) {
        this.persistenceRequested = true;
        requestPersistentStorage();
      }
      return await work(await this.open());
    } catch (e) {
      throw toDomainError(e);
    }
  }

  /**
   * Starts opening the connection now, so that the first screen's read does not wait for it. A failure is left for
   * that first real call to report (a failed open is retried there).
   */
  warmUp(): void {
    this.open().catch(() => undefined);
  }

  /** Closes the connection (tests, and tabs that upgrade the schema). */
  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    if (opening) (await opening.catch(() => null))?.close();
  }

  private open(): Promise<PlanDb> {
    if (typeof indexedDB === 'undefined') {
      return Promise.reject(new DomainError('STORAGE.UNAVAILABLE', 'IndexedDB is not available'));
    }
    this.opening ??= openDB<PlanDbSchema>(this.name, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) {
          db.createObjectStore('plans');
          db.createObjectStore('versions', { keyPath: 'seq', autoIncrement: true }).createIndex('byPlan', 'planId');
          db.createObjectStore('drafts');
        }
      },
      // Another tab wants a newer schema: step aside so it can upgrade; the next call here reopens.
      blocking: () => void this.close(),
      terminated: () => {
        this.opening = null;
      },
    }).catch((e: unknown) => {
      this.opening = null;
      throw e;
    });
    return this.opening;
  }
}

/**
 * Plans live only on this device in local mode, so ask the browser not to evict them under storage pressure.
 * Best effort: the answer (or a browser without the API) changes nothing else. Called on first use, not on load.
 */
function requestPersistentStorage(): void {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return;
  storage.persist().catch(() => undefined);
}

function errorName(e: unknown): string {
  return typeof e === 'object' && e !== null && 'name' in e && typeof e.name === 'string' ? e.name : '';
}

/** IndexedDB's DOMException names, mapped to what the user can do about them. */
const UNAVAILABLE_NAMES = new Set([
  'InvalidStateError', 'SecurityError', 'UnknownError', 'VersionError', 'AbortError', 'NotFoundError', 'TransactionInactiveError',
  'InvalidAccessError', 'NotAllowedError',
]);

export function toDomainError(e: unknown): unknown {
  if (isDomainError(e)) return e;
  const name = errorName(e);
  if (name === 'QuotaExceededError') return new DomainError('STORAGE.FULL', 'IndexedDB quota exceeded');
  if (name === 'DataCloneError') return new DomainError('PLAN.INVALID', 'plan cannot be stored');
  if (UNAVAILABLE_NAMES.has(name)) return new DomainError('STORAGE.UNAVAILABLE', `IndexedDB failed (${name})`);
  // Not a storage failure (a programming error): keep it as it is so it is not mistaken for a full disk.
  return e;
}

let planParser: Promise<typeof PlanFile> | null = null;

/**
 * The full plan parser (zod schema and migrations), fetched on first use: the plan list reads summaries without it
 * (summary.ts), so only opening a plan waits for it. A failed fetch is retried on the next call.
 */
function loadPlanParser(): Promise<typeof PlanFile> {
  planParser ??= import(/* webpackChunkName: "plan-parser" */ '../../domain/planFile').catch((e: unknown) => {
    planParser = null;
    throw e;
  });
  return planParser;
}

/** Reads a stored plan value. The message names no plan content: it may end up in an error report. */
export async function readStoredPlan(value: unknown, what: string): Promise<Plan> {
  const { parsePlan } = await loadPlanParser();
  const result = parsePlan(value);
  if (!result.ok) throw new DomainError('STORAGE.DAMAGED', `${what} in IndexedDB is not a valid plan`);
  return result.plan;
}
