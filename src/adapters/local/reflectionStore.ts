import { openDB } from 'idb';
import type { DBSchema, IDBPDatabase } from 'idb';
import type { Clock, ReflectionEntry, ReflectionInput, ReflectionStore } from '../../app/ports';
import { REFLECTION_QUESTIONS } from '../../domain/reflection';
import type { ReflectionAnswers } from '../../domain/reflection';
import { toDomainError } from './database';

/** Its own database, apart from the plans: nothing that reads, saves, shares or exports plans opens it. */
export const REFLECTION_DB_NAME = 'veiligheidsplan-reflecties';

interface ReflectionRecord extends ReflectionEntry {
  /** A hash of the account id (or "device" in local mode): whose reflection it is, without the id itself. */
  account: string;
}

interface ReflectionDbSchema extends DBSchema {
  reflections: { key: [string, string, string]; value: ReflectionRecord; indexes: { byAccountPlan: [string, string] } };
}

const systemClock: Clock = { now: () => new Date() };

/** SHA-256 of the account id, hex: records say whose they are without holding a user id. */
export async function accountKey(accountId: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(accountId));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32);
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
  private db: Promise<IDBPDatabase<ReflectionDbSchema>> | null = null;

  constructor(
    private readonly accountId: () => string | null,
    private readonly dbName: string = REFLECTION_DB_NAME,
    private readonly clock: Clock = systemClock,
  ) {}

  private open(): Promise<IDBPDatabase<ReflectionDbSchema>> {
    this.db ??= openDB<ReflectionDbSchema>(this.dbName, 1, {
      upgrade(db) {
        db.createObjectStore('reflections', { keyPath: ['account', 'planId', 'occasion'] }).createIndex('byAccountPlan', ['account', 'planId']);
      },
    }).catch((e: unknown) => {
      this.db = null;
      throw toDomainError(e);
    });
    return this.db;
  }

  private async account(): Promise<string | null> {
    const id = this.accountId();
    return id === null ? null : accountKey(id);
  }

  async get(planId: string, occasion: string): Promise<ReflectionEntry | null> {
    const account = await this.account();
    if (account === null) return null;
    try {
      const record = await (await this.open()).get('reflections', [account, planId, occasion]);
      return record ? toEntry(record) : null;
    } catch (e) {
      throw toDomainError(e);
    }
  }

  async listForPlan(planId: string): Promise<ReflectionEntry[]> {
    const account = await this.account();
    if (account === null) return [];
    try {
      const records = await (await this.open()).getAllFromIndex('reflections', 'byAccountPlan', [account, planId]);
      return records.map(toEntry).sort((a, b) => a.savedAt.localeCompare(b.savedAt));
    } catch (e) {
      throw toDomainError(e);
    }
  }

  async put(entry: ReflectionInput): Promise<void> {
    const account = await this.account();
    if (account === null) throw toDomainError(new DOMException('no account', 'InvalidStateError'));
    const record: ReflectionRecord = { ...entry, answers: cleanAnswers(entry.answers), account, savedAt: this.clock.now().toISOString() };
    try {
      await (await this.open()).put('reflections', record);
    } catch (e) {
      throw toDomainError(e);
    }
  }

  /** Closes the connection (tests, and a tab that is going away). */
  async close(): Promise<void> {
    const db = this.db;
    this.db = null;
    if (db) (await db).close();
  }
}
