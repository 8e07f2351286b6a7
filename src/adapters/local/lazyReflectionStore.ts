import type { ReflectionStore } from '../../app/ports';

/**
 * The reflection store, loaded on its first use: its questions and its database code are not needed for the first
 * screen (the plan list), which must stay small.
 */
export function lazyReflectionStore(accountId: () => string | null): ReflectionStore {
  let store: Promise<ReflectionStore> | null = null;
  const load = (): Promise<ReflectionStore> => {
    store ??= import('./reflectionStore').then(({ IndexedDbReflectionStore }) => new IndexedDbReflectionStore(accountId));
    return store;
  };
  return {
    get: async (planId, occasion) => (await load()).get(planId, occasion),
    listForPlan: async (planId) => (await load()).listForPlan(planId),
    put: async (entry) => (await load()).put(entry),
    removeAll: async () => (await load()).removeAll(),
  };
}
