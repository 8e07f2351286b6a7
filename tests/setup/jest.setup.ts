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
