import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Clock, ReflectionEntry, ReflectionInput, ReflectionStore } from '../../app/ports';
import { REFLECTION_QUESTIONS } from '../../domain/reflection';
import type { ReflectionAnswers } from '../../domain/reflection';
import { reflectionCutoff } from '../../app/reflectionPolicy';
import { toDomainError } from './database';
import { databaseExists, deleteDatabase, legacyAccountHash, saltedAccountKey } from './deviceKey';

/**
 * Apart from the plans: nothing that reads, saves, shares or exports plans opens it. Each account has its own
 * database, `<prefix>-<salted hash>`, so sign-out deletes all of an account's answers at once. The bare prefix is the
 * shared database of every account used before (read once to move an account's records, then emptied).
 */
export const REFLECTION_DB_NAME = 'veiligheidsplan-reflecties';

interface ReflectionRecord extends ReflectionEntry {
  /** The salted account key (or its unsalted predecessor in the shared database): whose reflection it is. */
  account: string;
}

interface ReflectionDbSchema extends DBSchema {
  reflections: { key: [string, string, string]; value: ReflectionRecord; indexes: { byAccountPlan: [string, string] } };
}

const systemClock: Clock = { now: () => new Date() };

/** The account's salted key (deviceKey.ts): records and the database name say whose they are without a user id. */
export async function accountKey(accountId: string): Promise<string> {
  return (await saltedAccountKey('reflections', accountId)).slice(0, 32);
}

/** The account's own reflection database. */
export async function reflectionDatabaseName(accountId: string, prefix: string = REFLECTION_DB_NAME): Promise<string> {
  return `${prefix}-${(await accountKey(accountId)).slice(0, 24)}`;
}

type ReflectionDb = IDBPDatabase<ReflectionDbSchema>;

function openReflectionDb(name: string): Promise<ReflectionDb> {
  const opening: Promise<ReflectionDb> = openDB<ReflectionDbSchema>(name, 1, {
    // Another tab deletes this database (sign-out there): step aside, so the deletion is not blocked by this tab.
    blocking: () => void opening.then((db) => db.close()),
    upgrade(db) {
      db.createObjectStore('reflections', { keyPath: ['account', 'planId', 'occasion'] }).createIndex('byAccountPlan', ['account', 'planId']);
    },
  });
  return opening;
}

/**
 * Moves the account's records out of the shared database of before (keyed by an unsalted hash anyone can compute)
 * into its own database, and deletes the shared one once nobody's records are left in it.
 */
async function migrateShared(sharedName: string, accountId: string, into: ReflectionDb, account: string): Promise<void> {
  if (sharedName === into.name || !(await databaseExists(sharedName))) return;
  const legacy = (await legacyAccountHash(accountId)).slice(0, 32);
  const shared = await openReflectionDb(sharedName);
  let left: number;
  try {
    const all = await shared.getAll('reflections');
    const mine = all.filter((r) => r.account === legacy);
    const tx = into.transaction('reflections', 'readwrite');
    for (const record of mine) await tx.store.put({ ...record, account });
    await tx.done;
    const out = shared.transaction('reflections', 'readwrite');
    for (const record of mine) await out.store.delete([record.account, record.planId, record.occasion]);
    await out.done;
    left = all.length - mine.length;
  } finally {
    shared.close();
  }
  if (left === 0) await deleteDatabase(sharedName);
}

/** Removes the account's records from the shared database of before (sign-out when they were never moved). */
async function forgetInShared(sharedName: string, accountId: string): Promise<void> {
  if (!(await databaseExists(sharedName))) return;
  const legacy = (await legacyAccountHash(accountId)).slice(0, 32);
  const shared = await openReflectionDb(sharedName);
  let left: number;
  try {
    const tx = shared.transaction('reflections', 'readwrite');
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.account === legacy) await cursor.delete();
    }
    await tx.done;
    left = await shared.count('reflections');
  } finally {
    shared.close();
  }
  if (left === 0) await deleteDatabase(sharedName);
}

/** Only the six known questions, as text: a damaged or older record cannot put anything else on screen. */
function cleanAnswers(value: unknown): ReflectionAnswers {
  if (value === null || typeof value !== 'object') return {};
  const record = value as Record<string, unknown>;
  return Object.fromEntries(REFLECTION_QUESTIONS.flatMap((q) => (typeof record[q] === 'string' ? [[q, record[q]]] : []))) as ReflectionAnswers;
}

function toEntry(record: ReflectionRecord): ReflectionEntry {
  return {
    planId: record.planId, occasion: record.occasion, answers: cleanAnswers(record.answers),
    status: record.status === 'skipped' ? 'skipped' : 'answered', savedAt: record.savedAt,
  };
}

/**
 * The professional's reflections in IndexedDB, keyed by account, plan and occasion. `accountId` answers who is signed
 * in (tenant mode) or a fixed "device" (local mode); without an account nothing is read or written.
 */
export class IndexedDbReflectionStore implements ReflectionStore {
  private readonly dbs = new Map<string, Promise<ReflectionDb>>();
  /**
   * Bumped when a removal starts and when it ends. A read or write that began before (or during) a removal must not
   * open the database again once it is deleted: that would bring the account's database back after a sign-out.
   */
  private epoch = 0;

  constructor(
    private readonly accountId: () => string | null,
    private readonly dbName: string = REFLECTION_DB_NAME,
    private readonly clock: Clock = systemClock,
  ) {}

  /** The account's database, migrated and pruned to the retention rule once per page. */
  private open(accountId: string): Promise<ReflectionDb> {
    let db = this.dbs.get(accountId);
    if (!db) {
      db = this.openFor(accountId);
      db.catch(() => this.dbs.delete(accountId));
      this.dbs.set(accountId, db);
    }
    return db.catch((e: unknown) => {
      throw toDomainError(e);
    });
  }

  private async openFor(accountId: string): Promise<ReflectionDb> {
    const started = this.epoch;
    const account = await accountKey(accountId);
    const name = await reflectionDatabaseName(accountId, this.dbName);
    // Removed while the names were worked out: opening now would create the deleted database again.
    if (started !== this.epoch) throw new DOMException('the reflections were removed', 'InvalidStateError');
    const db = await openReflectionDb(name);
    // A failed move or prune leaves the old records for the next start; this account's own database works either way.
    await migrateShared(this.dbName, accountId, db, account).catch(() => undefined);
    await this.prune(db).catch(() => undefined);
    return db;
  }

  /** The retention rule (reflectionPolicy.ts): older answers go. */
  private async prune(db: ReflectionDb): Promise<void> {
    const cutoff = reflectionCutoff(this.clock);
    const tx = db.transaction('reflections', 'readwrite');
    for (let cursor = await tx.store.openCursor(); cursor; cursor = await cursor.continue()) {
      if (cursor.value.savedAt < cutoff) await cursor.delete();
    }
    await tx.done;
  }

  /**
   * The account's database for a read, or null when it has none: a read never creates it. So whatever asks for
   * reflections after a removal (a screen that renders once more before the sign-out reload) cannot bring it back.
   */
  private async openForRead(accountId: string): Promise<ReflectionDb | null> {
    if (this.dbs.has(accountId)) return this.open(accountId);
    const own = await databaseExists(await reflectionDatabaseName(accountId, this.dbName));
    // Records of before may still wait in the shared database; opening moves them in.
    if (!own && !(await databaseExists(this.dbName))) return null;
    return this.open(accountId);
  }

  private async account(): Promise<{ id: string; key: string } | null> {
    const started = this.epoch;
    const id = this.accountId();
    if (id === null) return null;
    const key = await accountKey(id);
    // A removal started or ended meanwhile: this call belongs to the account's data as it was, which is gone.
    return started === this.epoch ? { id, key } : null;
  }

  async get(planId: string, occasion: string): Promise<ReflectionEntry | null> {
    const who = await this.account();
    if (who === null) return null;
    try {
      const db = await this.openForRead(who.id);
      const record = db === null ? undefined : await db.get('reflections', [who.key, planId, occasion]);
      return record ? toEntry(record) : null;
    } catch (e) {
      throw toDomainError(e);
    }
  }

  async listForPlan(planId: string): Promise<ReflectionEntry[]> {
    const who = await this.account();
    if (who === null) return [];
    try {
      const db = await this.openForRead(who.id);
      const records = db === null ? [] : await db.getAllFromIndex('reflections', 'byAccountPlan', [who.key, planId]);
      return records.map(toEntry).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    } catch (e) {
      throw toDomainError(e);
    }
  }

  async put(entry: ReflectionInput): Promise<void> {
    const who = await this.account();
    if (who === null) throw toDomainError(new DOMException('no account', 'InvalidStateError'));
    const record: ReflectionRecord = { ...entry, answers: cleanAnswers(entry.answers), account: who.key, savedAt: this.clock.now().toISOString() };
    try {
      await (await this.open(who.id)).put('reflections', record);
    } catch (e) {
      throw toDomainError(e);
    }
  }

  /**
   * "Mijn reflecties verwijderen", and sign-out: the account's database goes, and its records in the shared database
   * of before. Nothing of the account's answers stays on the device.
   */
  async removeAll(): Promise<void> {
    const id = this.accountId();
    if (id === null) return;
    this.epoch += 1;
    const opened = this.dbs.get(id);
    this.dbs.delete(id);
    if (opened) (await opened.catch(() => null))?.close();
    try {
      await deleteDatabase(await reflectionDatabaseName(id, this.dbName));
      await forgetInShared(this.dbName, id);
    } catch (e) {
      throw toDomainError(e);
    } finally {
      this.epoch += 1;
    }
  }

  /** Closes the connections (tests, and a tab that is going away). */
  async close(): Promise<void> {
    const dbs = [...this.dbs.values()];
    this.dbs.clear();
    for (const db of dbs) (await db.catch(() => null))?.close();
  }
}
