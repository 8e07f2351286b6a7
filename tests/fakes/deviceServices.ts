import { BrowserEditorPresence, IndexedDbDraftStore, PlanDatabase } from '../../src/adapters/local';
import type { Clock, DraftStore, EditorPresence, StorageHealth } from '../../src/app/ports';
import { FakeChannelHub, FakeLockManager } from './browser/webLocks';

let counter = 0;

/** One browser profile: a real IndexedDB (fake-indexeddb under jest), its Web Locks and its BroadcastChannels. */
export class FakeDevice {
  readonly db: PlanDatabase;
  readonly locks = new FakeLockManager();
  readonly channels = new FakeChannelHub();

  constructor(name = `device-${Date.now()}-${counter++}`) {
    this.db = new PlanDatabase(name);
  }

  /** What one tab of this device gets: the shared database, and presence over the shared locks and channels. */
  tab(clock?: Clock): { drafts: DraftStore; presence: EditorPresence; storageHealth: StorageHealth } {
    return {
      drafts: new IndexedDbDraftStore(this.db, clock),
      presence: new BrowserEditorPresence({ locks: this.locks as unknown as LockManager, createChannel: (n) => this.channels.create(n) }),
      storageHealth: this.db,
    };
  }
}
