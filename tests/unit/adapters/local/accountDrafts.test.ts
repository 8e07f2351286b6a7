/** @jest-environment node */
import { createHash } from 'node:crypto';
import { AccountDraftStore, PlanDatabase, draftDatabaseName } from '../../../../src/adapters/local';
import { forgetDeviceSaltForTests } from '../../../../src/adapters/local/deviceKey';
import { legacyDraftDatabaseName } from '../../../../src/adapters/local/accountDrafts';
import { announceSignOut, onSignOutElsewhere } from '../../../../src/hosts/shared/signOut';
import { completePlan } from '../../../fixtures';

const databaseNames = async () => (await indexedDB.databases()).map((d) => d.name);

const draftOf = (familyName: string) => {
  const plan = { ...completePlan(), familyName };
  return { planId: plan.id, editorId: 'e1', plan, base: null, baseRevision: '1' };
};

describe('AccountDraftStore', () => {
  it("keeps each account's drafts apart: the next account on a shared browser sees none of the first's", async () => {
    let account: string | null = `a-${Date.now()}.tenant`;
    const store = new AccountDraftStore(() => account);
    await store.put(draftOf('Van A'));
    const planId = completePlan().id;
    expect((await store.listForPlan(planId)).map((d) => d.plan.familyName)).toEqual(['Van A']);
    account = `b-${Date.now()}.tenant`;
    expect(await store.listForPlan(planId)).toEqual([]);
  });

  it("sign-out deletes the account's draft database; signing in again finds nothing", async () => {
    const account = `c-${Date.now()}.tenant`;
    const store = new AccountDraftStore(() => account);
    await store.put(draftOf('Onopgeslagen'));
    await store.forgetAccount();
    const names = (await indexedDB.databases()).map((d) => d.name);
    expect(names).not.toContain(await draftDatabaseName(account));
    expect(await new AccountDraftStore(() => account).listForPlan(completePlan().id)).toEqual([]);
  });

  it('names databases by a hash, never by the account id', async () => {
    const name = await draftDatabaseName('00000000-aaaa.11111111-bbbb');
    expect(name).toMatch(/^veiligheidsplan-drafts-[0-9a-f]{24}$/);
    expect(name).not.toContain('aaaa');
  });

  it('salts the name per device: knowing the account id is not enough to find its database', async () => {
    const id = '00000000-aaaa.11111111-bbbb';
    const unsalted = createHash('sha256').update(id).digest('hex').slice(0, 24);
    const name = await draftDatabaseName(id);
    expect(name).not.toContain(unsalted);
    expect(await draftDatabaseName(id)).toBe(name);
    // Another device (another browser profile) has another salt, so another name for the same account.
    indexedDB.deleteDatabase('veiligheidsplan-apparaat');
    forgetDeviceSaltForTests();
    expect(await draftDatabaseName(id)).not.toBe(name);
  });

  it('moves drafts from the unsalted database of before into the salted one, and deletes the old one', async () => {
    const account = `m-${Date.now()}.tenant`;
    const legacyName = await legacyDraftDatabaseName(account);
    const legacy = new PlanDatabase(legacyName);
    const draft = draftOf('Van voor het zout');
    await legacy.run((db) => db.put('drafts', { ...draft, savedAt: '2026-11-01T00:00:00.000Z' }));
    await legacy.close();
    const store = new AccountDraftStore(() => account);
    expect((await store.listForPlan(draft.planId)).map((d) => d.plan.familyName)).toEqual(['Van voor het zout']);
    expect(await databaseNames()).not.toContain(legacyName);
  });

  it('after sign-out in another tab, this tab stops writing: the deleted database is not re-created', async () => {
    const account = `t-${Date.now()}.tenant`;
    const here = new AccountDraftStore(() => account);
    const otherTab = new AccountDraftStore(() => account);
    await otherTab.put(draftOf('Tab 2'));
    const stopped = new Promise<void>((resolve) => {
      const stop = onSignOutElsewhere(() => { otherTab.stopWriting(); stop(); resolve(); }, 'the-other-tab');
    });
    announceSignOut();
    await here.forgetAccount();
    await stopped;
    await expect(otherTab.put(draftOf('Late autosave'))).rejects.toMatchObject({ code: 'GRAPH.UNAUTHENTICATED' });
    expect(await databaseNames()).not.toContain(await draftDatabaseName(account));
  });

  it('refuses to keep drafts with no signed-in account, and counts none', async () => {
    const store = new AccountDraftStore(() => null);
    await expect(store.put(draftOf('x'))).rejects.toMatchObject({ code: 'GRAPH.UNAUTHENTICATED' });
    await expect(store.census('2026-01-01T00:00:00Z')).resolves.toEqual({ total: 0, older: 0 });
  });

  it('counts and removes drafts older than the cutoff', async () => {
    const account = `d-${Date.now()}.tenant`;
    const store = new AccountDraftStore(() => account);
    await store.put(draftOf('Oud'));
    const future = new Date(Date.now() + 60_000).toISOString();
    await expect(store.census(future)).resolves.toEqual({ total: 1, older: 1 });
    await expect(store.census('2000-01-01T00:00:00Z')).resolves.toEqual({ total: 1, older: 0 });
    await expect(store.removeOlderThan(future)).resolves.toBe(1);
    await expect(store.census(future)).resolves.toEqual({ total: 0, older: 0 });
  });
});
