import type { StoredPlan } from '../../src/app/ports';
import { MemoryStore } from './memoryStore';

/**
 * The in-memory store whose next load can answer late, as a slow or throttled GET does (Graph answers 429 with
 * Retry-After, https://learn.microsoft.com/en-us/graph/throttling; a busy disk slows an IndexedDB read): the load
 * reads the store when asked and answers only on `release()`, so what it answers may be older than the store by then.
 */
export class LateLoadStore extends MemoryStore {
  private late: Array<() => Promise<void>> = [];

  /** The next load answers on `release()`; `asked` resolves once someone asked. */
  answerNextLoadLate(): { asked: Promise<void>; release: () => void } {
    let release: () => void = () => undefined;
    const answer = new Promise<void>((r) => { release = r; });
    let asked: () => void = () => undefined;
    const wasAsked = new Promise<void>((r) => { asked = r; });
    this.late.push(async () => {
      asked();
      await answer;
    });
    return { asked: wasAsked, release };
  }

  override async load(id: string): Promise<StoredPlan> {
    const late = this.late.shift();
    const result = await super.load(id);
    if (late) await late();
    return result;
  }
}
