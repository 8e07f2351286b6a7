// IndexedDB for the local store tests; jsdom has none.
import 'fake-indexeddb/auto';

// Fluent's MessageBar and overflow components observe their size; jsdom has no layout, so nothing ever changes size.
class NoLayoutResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = NoLayoutResizeObserver as unknown as typeof ResizeObserver;
}

// A page's BroadcastChannels end with the page (the app's sign-out channel, MSAL's event and cache channels). Under jest
// they are Node's: they keep the process alive after the last test (jest runs in band on 2 cores), so they are unref'd,
// and they are process-wide, so a listener one test file left open would hear the next file's messages: every channel
// a file opened is closed after it (jest.afterEnv.ts), as the page's would be.
if (typeof globalThis.BroadcastChannel === 'function') {
  const NodeBroadcastChannel = globalThis.BroadcastChannel;
  const open = new Set<BroadcastChannel>();
  class PageBroadcastChannel extends NodeBroadcastChannel {
    constructor(name: string) {
      super(name);
      (this as unknown as { unref?: () => void }).unref?.();
      open.add(this);
    }

    override close(): void {
      open.delete(this);
      super.close();
    }
  }
  globalThis.BroadcastChannel = PageBroadcastChannel;
  (globalThis as { closePageChannels?: () => void }).closePageChannels = () => {
    for (const channel of [...open]) channel.close();
  };
}
