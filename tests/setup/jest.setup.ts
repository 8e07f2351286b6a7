// IndexedDB for the local store tests; jsdom has none.
import 'fake-indexeddb/auto';
