import { afterEach } from 'node:test';

/** Anything a live test opens that keeps the process running until it is let go: a Fluid client, a browser context. */
export interface Closable {
  close(): Promise<void> | void;
}

const CLOSE_WITHIN_MS = 5000;

/**
 * Lets go, after each test of the file and also when an assertion failed, of every live client the test opened.
 * A Fluid client left connected (or one reconnecting to a service already stopped) keeps the node process running:
 * one red live test then ran on until the CI time limit instead of ending the file in seconds (issue 24).
 * Call it at the top level of a test file; `track` what each test opens. A test may close things itself; each is
 * closed once, and a close that hangs is given up after a few seconds so that the file still ends.
 */
export function closedAfterEachTest(): { track<T extends Closable>(opened: T): T } {
  const open = new Set<Closable>();
  afterEach(async () => {
    const pending = [...open].reverse();
    open.clear();
    for (const item of pending) {
      await Promise.race([Promise.resolve().then(() => item.close()), new Promise((r) => setTimeout(r, CLOSE_WITHIN_MS).unref())]).catch(() => undefined);
    }
  });
  return {
    track<T extends Closable>(opened: T): T {
      open.add(opened);
      return opened;
    },
  };
}

/** A live session as a Closable that is left once, whether the test or the clean-up leaves it first. */
export function leftOnce<T extends { leave(): Promise<void> }>(session: T): T & Closable {
  let left: Promise<void> | null = null;
  const leave = session.leave.bind(session);
  return Object.assign(session, { leave: () => (left ??= leave()), close: () => (left ??= leave()) });
}
