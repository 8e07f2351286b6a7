/**
 * The parts of the Web Locks API the editor presence uses, for jsdom (which has none). Behaviour as MDN documents it
 * (https://developer.mozilla.org/en-US/docs/Web/API/LockManager/request): an exclusive lock is granted when no one
 * holds it, and is held until the promise returned by the callback settles; `query()` lists the held locks
 * (https://developer.mozilla.org/en-US/docs/Web/API/LockManager/query). One instance stands for one browser
 * profile: every tab of the origin sees the same locks. `dropHeldBy` models a tab that is closed or reloaded,
 * whose locks the browser releases.
 */
export class FakeLockManager {
  private readonly held = new Map<string, string>();
  private readonly waiting = new Map<string, Array<() => void>>();

  async request(name: string, callback: () => Promise<unknown>, owner = 'tab'): Promise<unknown> {
    while (this.held.has(name)) await new Promise<void>((resolve) => this.waiting.set(name, [...(this.waiting.get(name) ?? []), resolve]));
    this.held.set(name, owner);
    try {
      return await callback();
    } finally {
      this.release(name);
    }
  }

  async query(): Promise<LockManagerSnapshot> {
    return { held: [...this.held.keys()].map((name) => ({ name, mode: 'exclusive' as LockMode, clientId: 'test' })), pending: [] };
  }

  /** A page went away: the browser releases what it held without running its code any further. */
  dropAll(): void {
    for (const name of [...this.held.keys()]) this.release(name);
  }

  private release(name: string): void {
    this.held.delete(name);
    const next = this.waiting.get(name)?.shift();
    next?.();
  }
}

/**
 * An in-process BroadcastChannel hub: a message reaches every other channel of the same name, never the sender,
 * asynchronously (https://developer.mozilla.org/en-US/docs/Web/API/BroadcastChannel/postMessage).
 */
export class FakeChannelHub {
  private readonly channels = new Set<EventTarget & { name: string }>();

  create(name: string): BroadcastChannel {
    const target = new EventTarget() as EventTarget & { name: string };
    target.name = name;
    this.channels.add(target);
    const channel = Object.assign(target, {
      postMessage: (data: unknown) => {
        for (const other of this.channels) {
          if (other !== target && other.name === name) setTimeout(() => other.dispatchEvent(new MessageEvent('message', { data })), 0);
        }
      },
      close: () => this.channels.delete(target),
    });
    return channel as unknown as BroadcastChannel;
  }
}
