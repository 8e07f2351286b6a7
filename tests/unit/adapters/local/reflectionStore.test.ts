/** @jest-environment node */
import { openDB } from 'idb';
import { IndexedDbReflectionStore } from '../../../../src/adapters/local';
import { freshDbName, steppingClock } from './localStore';

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
    const raw = await openDB(name);
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
});
