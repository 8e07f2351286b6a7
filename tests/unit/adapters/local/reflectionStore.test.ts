/** @jest-environment node */
import { createHash } from 'node:crypto';
import { openDB } from 'idb';
import { IndexedDbReflectionStore, draftDatabaseName } from '../../../../src/adapters/local';
import { accountKey, reflectionDatabaseName } from '../../../../src/adapters/local/reflectionStore';
import { freshDbName, steppingClock } from './localStore';

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

describe('IndexedDbReflectionStore (fake-indexeddb: the IndexedDB API as browsers implement it)', () => {
  let name: string;
  let account: string | null;
  let store: IndexedDbReflectionStore;

  beforeEach(() => {
    name = freshDbName();
    account = 'professional-a';
    store = new IndexedDbReflectionStore(() => account, name, steppingClock());
  });
  afterEach(() => store.close());

  it('keeps the answers per plan and occasion, and survives a new connection', async () => {
    await store.put({ planId: 'p1', occasion: 'activation-v1', answers: { clarity: 'Ja, in het gesprek van dinsdag.' }, status: 'answered' });
    await store.close();
    const reopened = new IndexedDbReflectionStore(() => account, name);
    try {
      expect((await reopened.get('p1', 'activation-v1'))?.answers).toEqual({ clarity: 'Ja, in het gesprek van dinsdag.' });
      expect(await reopened.get('p1', 'evaluation-e1')).toBeNull();
      expect(await reopened.get('p2', 'activation-v1')).toBeNull();
    } finally {
      await reopened.close();
    }
  });

  it('shows one account nothing of another account on the same browser', async () => {
    await store.put({ planId: 'p1', occasion: 'activation-v1', answers: { child: 'Nog niet gesproken.' }, status: 'answered' });
    account = 'professional-b';
    expect(await store.get('p1', 'activation-v1')).toBeNull();
    expect(await store.listForPlan('p1')).toEqual([]);
  });

  it('stores a hash of the account, never the account id itself', async () => {
    await store.put({ planId: 'p1', occasion: 'activation-v1', answers: {}, status: 'skipped' });
    await store.close();
    const raw = await openDB(await reflectionDatabaseName('professional-a', name));
    try {
      const records = await raw.getAll('reflections');
      expect(records).toHaveLength(1);
      expect(JSON.stringify(records)).not.toContain('professional-a');
    } finally {
      raw.close();
    }
  });

  it('lists the occasions of a plan oldest first, skipped ones included', async () => {
    await store.put({ planId: 'p1', occasion: 'activation-v1', answers: {}, status: 'skipped' });
    await store.put({ planId: 'p1', occasion: 'evaluation-e1', answers: { network: 'Oma Ria erbij gehaald.' }, status: 'answered' });
    expect((await store.listForPlan('p1')).map((e) => [e.occasion, e.status])).toEqual([['activation-v1', 'skipped'], ['evaluation-e1', 'answered']]);
  });

  it('reads and writes nothing without a signed-in account', async () => {
    account = null;
    expect(await store.get('p1', 'activation-v1')).toBeNull();
    await expect(store.put({ planId: 'p1', occasion: 'activation-v1', answers: {}, status: 'skipped' })).rejects.toMatchObject({ code: 'STORAGE.UNAVAILABLE' });
  });

  it('keeps only the six questions, as text', async () => {
    const odd = { clarity: 'ja', other: 'x', support: 3 } as unknown as Record<string, string>;
    await store.put({ planId: 'p1', occasion: 'activation-v1', answers: odd, status: 'answered' });
    expect((await store.get('p1', 'activation-v1'))?.answers).toEqual({ clarity: 'ja' });
  });

  it("removes all of the account's answers on the device (\"mijn reflecties verwijderen\", and sign-out): no database is left", async () => {
    await store.put({ planId: 'p1', occasion: 'activation-v1', answers: { child: 'Mila alleen gesproken.' }, status: 'answered' });
    await store.put({ planId: 'p2', occasion: 'evaluation-e1', answers: { network: 'Oma erbij.' }, status: 'answered' });
    account = 'professional-b';
    await store.put({ planId: 'p1', occasion: 'activation-v1', answers: { child: 'Van B.' }, status: 'answered' });
    account = 'professional-a';
    await store.removeAll();
    expect(await databaseNames()).not.toContain(await reflectionDatabaseName('professional-a', name));
    expect(await store.listForPlan('p1')).toEqual([]);
    expect(await store.listForPlan('p2')).toEqual([]);
    expect(await store.get('p1', 'activation-v1')).toBeNull();
    // A screen that asks once more before the sign-out reload does not bring the database back: a read never creates it.
    expect(await databaseNames()).not.toContain(await reflectionDatabaseName('professional-a', name));
    account = 'professional-b';
    expect((await store.get('p1', 'activation-v1'))?.answers).toEqual({ child: 'Van B.' });
  });

  it('keeps answers no longer than the retention rule (180 days): older ones are gone at the next opening', async () => {
    const now = new Date('2026-12-01T10:00:00Z');
    const old = new IndexedDbReflectionStore(() => account, name, { now: () => new Date(now.getTime() - 181 * 86_400_000) });
    await old.put({ planId: 'p1', occasion: 'activation-v1', answers: { clarity: 'Lang geleden.' }, status: 'answered' });
    await old.put({ planId: 'p1', occasion: 'evaluation-e1', answers: {}, status: 'skipped' });
    await old.close();
    const recent = new IndexedDbReflectionStore(() => account, name, { now: () => new Date(now.getTime() - 10 * 86_400_000) });
    await recent.put({ planId: 'p1', occasion: 'evaluation-e2', answers: { clarity: 'Kort geleden.' }, status: 'answered' });
    await recent.close();
    const later = new IndexedDbReflectionStore(() => account, name, { now: () => now });
    try {
      expect((await later.listForPlan('p1')).map((e) => e.occasion)).toEqual(['evaluation-e2']);
    } finally {
      await later.close();
    }
  });

  it('salts the account key per device: it matches neither the unsalted hash of the id nor the drafts database name', async () => {
    const key = await accountKey('professional-a');
    expect(key).not.toBe(createHash('sha256').update('professional-a').digest('hex').slice(0, 32));
    const draftSuffix = (await draftDatabaseName('professional-a')).slice('veiligheidsplan-drafts-'.length);
    expect(key.startsWith(draftSuffix)).toBe(false);
    expect(await reflectionDatabaseName('professional-a', name)).not.toContain(draftSuffix);
  });

  it('moves the account\'s records out of the shared database of before, and deletes it once nobody\'s are left', async () => {
    const unsalted = (id: string) => createHash('sha256').update(id).digest('hex').slice(0, 32);
    const shared = await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('reflections', { keyPath: ['account', 'planId', 'occasion'] }).createIndex('byAccountPlan', ['account', 'planId']);
      },
    });
    const record = (who: string, child: string) => ({ account: unsalted(who), planId: 'p1', occasion: 'activation-v1', answers: { child }, status: 'answered', savedAt: new Date().toISOString() });
    await shared.put('reflections', record('professional-a', 'Van A, van voor het zout.'));
    await shared.put('reflections', record('professional-b', 'Van B, van voor het zout.'));
    shared.close();

    expect((await store.get('p1', 'activation-v1'))?.answers).toEqual({ child: 'Van A, van voor het zout.' });
    expect(await databaseNames()).toContain(name);
    account = 'professional-b';
    await store.removeAll();
    expect(await databaseNames()).not.toContain(name);
    expect(await store.get('p1', 'activation-v1')).toBeNull();
  });
});
