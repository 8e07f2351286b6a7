import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { DomainError, isDomainError } from '../../domain';
import type { Plan } from '../../domain';
import type * as PlanFile from '../../domain/planFile';
import type * as DraftFile from '../../domain/draftPlan';

/** The default IndexedDB name; tests pass their own so that each starts empty. */
export const DEFAULT_DB_NAME = 'veiligheidsplan';
/** 2: drafts keyed by [planId, editorId], so two tabs on one plan never overwrite or delete each other's draft. */
const DB_VERSION = 2;
/** The editor id given to drafts kept from version 1, when drafts were one per plan. */
export const LEGACY_EDITOR_ID = 'legacy';

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
  planId: string;
  editorId: string;
  plan: unknown;
  base: unknown;
  baseRevision: string | null;
  savedAt: string;
}

export interface PlanDbSchema extends DBSchema {
  plans: { key: string; value: PlanRecord };
  versions: { key: number; value: VersionRecord; indexes: { byPlan: string } };
  drafts: { key: [string, string]; value: DraftRecord; indexes: { byPlan: string } };
}

export type PlanDb = IDBPDatabase<PlanDbSchema>;

/**
 * One lazily opened connection shared by the plan store and the draft store. Opening is deferred to the first
 * use so that creating the stores (at host start-up) never touches storage, and a failed open can be retried.
 */
export class PlanDatabase {
  private opening: Promise<PlanDb> | null = null;
  private persistenceRequested = false;
  private persistence: Promise<boolean | null> | null = null;
  private readonly interruptionListeners = new Set<(reason: 'blocked' | 'versionchange') => void>();

  constructor(readonly name: string = DEFAULT_DB_NAME) {}

  /** Runs `work` with the open database; storage failures become DomainErrors with a user message. */
  async run<T>(work: (db: PlanDb) => Promise<T>): Promise<T> {
    try {
      // Asked on first use, not on the warm-up at start-up: some browsers show the user a prompt for it.
      if (!this.persistenceRequested) {
        this.persistenceRequested = true;
        this.persistence = requestPersistentStorage();
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

  /**
   * Whether the browser keeps the data under storage pressure. The answer of the first request when there was one,
   * else what the browser says now; null when it cannot say.
   */
  persistent(): Promise<boolean | null> {
    return this.persistence ?? persistedNow();
  }

  onInterrupted(listener: (reason: 'blocked' | 'versionchange') => void): () => void {
    this.interruptionListeners.add(listener);
    return () => this.interruptionListeners.delete(listener);
  }

  private notify(reason: 'blocked' | 'versionchange'): void {
    for (const listener of this.interruptionListeners) listener(reason);
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
      upgrade: (db, oldVersion, _newVersion, tx) => upgrade(db, oldVersion, tx),
      // An older tab still has the database open and has not stepped aside yet: tell the user what waits.
      blocked: () => this.notify('blocked'),
      // Another tab wants a newer schema: step aside so it can upgrade; the next call here reopens.
      blocking: () => {
        void this.close();
        this.notify('versionchange');
      },
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

type UpgradeTx = IDBPTransaction<PlanDbSchema, Array<StoreNames<PlanDbSchema>>, 'versionchange'>;

function upgrade(db: PlanDb, oldVersion: number, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    db.createObjectStore('plans');
    db.createObjectStore('versions', { keyPath: 'seq', autoIncrement: true }).createIndex('byPlan', 'planId');
  }
  if (oldVersion === 1) {
    // Version 1 kept one draft per plan under the plan id. Carry each over, so an upgrade loses no unsaved edit.
    const legacy = (tx as unknown as IDBPTransaction<LegacySchema, ['drafts'], 'versionchange'>).objectStore('drafts');
    const carried: DraftRecord[] = [];
    void legacy.openCursor().then(async function collect(cursor): Promise<void> {
      if (!cursor) {
        db.deleteObjectStore('drafts');
        const drafts = createDraftStore(db);
        for (const record of carried) void drafts.put(record);
        return;
      }
      const old = cursor.value;
      carried.push({ planId: String(cursor.key), editorId: LEGACY_EDITOR_ID, plan: old.plan, base: null, baseRevision: old.baseRevision, savedAt: old.savedAt });
      return collect(await cursor.continue());
    });
    return;
  }
  if (oldVersion < 2) createDraftStore(db);
}

function createDraftStore(db: PlanDb) {
  const drafts = db.createObjectStore('drafts', { keyPath: ['planId', 'editorId'] });
  drafts.createIndex('byPlan', 'planId');
  return drafts;
}

interface LegacySchema extends DBSchema {
  drafts: { key: string; value: { plan: unknown; baseRevision: string | null; savedAt: string } };
}

/**
 * Plans live only on this device in local mode, so ask the browser not to evict them under storage pressure.
 * The answer is kept for the storage-health notice; called on first use, not on load (some browsers prompt).
 */
function requestPersistentStorage(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persist !== 'function') return Promise.resolve(null);
  return storage.persist().catch(() => null);
}

function persistedNow(): Promise<boolean | null> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (typeof storage?.persisted !== 'function') return Promise.resolve(null);
  return storage.persisted().catch(() => null);
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

let draftParser: Promise<typeof DraftFile> | null = null;

/** The lenient draft reader, fetched with the plan parser on first use. */
export function loadDraftParser(): Promise<typeof DraftFile> {
  draftParser ??= import(/* webpackChunkName: "plan-parser" */ '../../domain/draftPlan').catch((e: unknown) => {
    draftParser = null;
    throw e;
  });
  return draftParser;
}

/** Reads a stored plan value. The message names no plan content: it may end up in an error report. */
export async function readStoredPlan(value: unknown, what: string): Promise<Plan> {
  const { parsePlan } = await loadPlanParser();
  const result = parsePlan(value);
  if (!result.ok) throw new DomainError('STORAGE.DAMAGED', `${what} in IndexedDB is not a valid plan`);
  return result.plan;
}
