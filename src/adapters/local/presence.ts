import type { EditorPresence } from '../../app/ports';

/**
 * Editors open on this device, across tabs. Each editor holds a Web Lock named after it for as long as it is open
 * (https://developer.mozilla.org/en-US/docs/Web/API/Web_Locks_API: a lock is released when its page goes away, also
 * on a crash or reload), so `alive` can tell a draft left by a closed tab from one that another tab is still
 * writing. Saves are announced over a BroadcastChannel
 * (https://developer.mozilla.org/en-US/docs/Web/API/BroadcastChannel: same-origin tabs, not the sender itself).
 * Without Web Locks every other editor counts as closed: the drafts are then merged in, which loses nothing.
 */

const LOCK_PREFIX = 'veiligheidsplan-editor:';
const CHANNEL = 'veiligheidsplan-saves';

interface SavedMessage {
  planId: string;
  revision: string;
  editorId: string;
}

function isSavedMessage(value: unknown): value is SavedMessage {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return typeof v.planId === 'string' && typeof v.revision === 'string' && typeof v.editorId === 'string';
}

export interface PresenceGlobals {
  locks?: LockManager | undefined;
  createChannel?: ((name: string) => BroadcastChannel) | undefined;
}

function browserGlobals(): PresenceGlobals {
  return {
    locks: typeof navigator !== 'undefined' ? navigator.locks : undefined,
    createChannel: typeof BroadcastChannel === 'function' ? (name) => new BroadcastChannel(name) : undefined,
  };
}

export class BrowserEditorPresence implements EditorPresence {
  private channel: BroadcastChannel | null = null;

  constructor(private readonly globals: PresenceGlobals = browserGlobals()) {}

  async hold(editorId: string): Promise<() => void> {
    const locks = this.globals.locks;
    if (!locks) return () => undefined;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    await new Promise<void>((granted) => {
      void locks.request(LOCK_PREFIX + editorId, () => {
        granted();
        return held;
      }).catch(() => granted());
    });
    return release;
  }

  async alive(editorIds: string[]): Promise<Set<string>> {
    const locks = this.globals.locks;
    if (!locks) return new Set();
    const snapshot = await locks.query().catch(() => ({ held: [] as LockInfo[] }));
    const held = new Set((snapshot.held ?? []).map((lock) => lock.name));
    return new Set(editorIds.filter((id) => held.has(LOCK_PREFIX + id)));
  }

  announceSaved(planId: string, revision: string, editorId: string): void {
    const message: SavedMessage = { planId, revision, editorId };
    this.open()?.postMessage(message);
  }

  onSaved(planId: string, listener: (revision: string, editorId: string) => void): () => void {
    const channel = this.open();
    if (!channel) return () => undefined;
    const handle = (event: MessageEvent<unknown>) => {
      if (isSavedMessage(event.data) && event.data.planId === planId) listener(event.data.revision, event.data.editorId);
    };
    channel.addEventListener('message', handle);
    return () => channel.removeEventListener('message', handle);
  }

  private open(): BroadcastChannel | null {
    if (!this.channel && this.globals.createChannel) this.channel = this.globals.createChannel(CHANNEL);
    return this.channel;
  }
}
