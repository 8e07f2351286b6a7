/** @jest-environment node */
import { AccountDraftStore, draftDatabaseName } from '../../../../src/adapters/local';
import { completePlan } from '../../../fixtures';

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
