import { createLocalStores } from '../../../../src/adapters/local';

async function databaseNames(): Promise<string[]> {
  return (await indexedDB.databases()).map((d) => d.name ?? '');
}

describe('createLocalStores warm-up', () => {
  it('opens nothing until the first call by default', async () => {
    createLocalStores('warm-default');
    await new Promise((r) => setTimeout(r, 20));
    expect(await databaseNames()).not.toContain('warm-default');
  });

  it('starts opening the database at once when asked, so the first read finds it ready', async () => {
    const { store } = createLocalStores('warm-eager', { warmUp: true });
    // No call on the store yet: only the warm-up can have created the database. Polled, as opening takes a moment under load.
    for (let i = 0; i < 100 && !(await databaseNames()).includes('warm-eager'); i++) await new Promise((r) => setTimeout(r, 20));
    expect(await databaseNames()).toContain('warm-eager');
    await expect(store.list()).resolves.toEqual([]);
  });
});
