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
// they are Node's, which keep the process alive after the last test (jest runs in band on 2 cores): unref them.
if (typeof globalThis.BroadcastChannel === 'function') {
  const NodeBroadcastChannel = globalThis.BroadcastChannel;
  class PageBroadcastChannel extends NodeBroadcastChannel {
    constructor(name: string) {
      super(name);
      (this as unknown as { unref?: () => void }).unref?.();
    }
  }
  globalThis.BroadcastChannel = PageBroadcastChannel;
}
