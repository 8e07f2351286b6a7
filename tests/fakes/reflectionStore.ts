import type { ReflectionEntry, ReflectionInput, ReflectionStore } from '../../src/app/ports';

/** An in-memory ReflectionStore for component tests: one account, entries by plan and occasion. */
export class MemoryReflectionStore implements ReflectionStore {
  readonly entries = new Map<string, ReflectionEntry>();
  failNextPut = false;

  async get(planId: string, occasion: string): Promise<ReflectionEntry | null> {
    return this.entries.get(`${planId}/${occasion}`) ?? null;
  }

  async listForPlan(planId: string): Promise<ReflectionEntry[]> {
    return [...this.entries.values()].filter((e) => e.planId === planId);
  }

  async put(entry: ReflectionInput): Promise<void> {
    if (this.failNextPut) {
      this.failNextPut = false;
      throw new Error('QuotaExceededError');
    }
    this.entries.set(`${entry.planId}/${entry.occasion}`, { ...entry, savedAt: new Date(0).toISOString() });
  }

  async removeAll(): Promise<void> {
    this.entries.clear();
  }
}
