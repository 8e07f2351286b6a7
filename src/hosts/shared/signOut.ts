/**
 * Tenant mode's sign-out on this device, as steps that each may fail without stopping the others: whatever happens,
 * the page reloads (no plan left in memory), and a step that failed is named on the next screen.
 */
import type { SignOutStep } from '../../app/ports';

export type { SignOutStep };

export const SIGN_OUT_CHANNEL = 'veiligheidsplan-afmelden';
const REPORT_KEY = 'vp.signOut.failed';
const STEPS: readonly SignOutStep[] = ['otherTabs', 'drafts', 'legacyDrafts', 'reflections', 'signIn'];

export interface SignOutWork {
  /** Tells the profile's other tabs to close their plan and stop writing (they reload). */
  otherTabs(): void;
  /** Stops this tab's writes, then deletes the account's drafts. */
  drafts(): Promise<void>;
  /** Deletes the tenant drafts left in the unscoped database of before per-account drafts. */
  legacyDrafts(): Promise<void>;
  /** Deletes the account's reflection answers. */
  reflections(): Promise<void>;
  /** Forgets the sign-in (the token provider's signOut). */
  signIn(): Promise<void>;
}

export interface SignOutEnvironment {
  /** Keeps the report across the reload (sessionStorage: this tab only). */
  report: Pick<Storage, 'setItem'>;
  reload(): void;
}

/** Runs every step, each after the one before, records which failed, and always ends with the reload. */
export async function signOutOnThisDevice(work: SignOutWork, env: SignOutEnvironment): Promise<SignOutStep[]> {
  const failed: SignOutStep[] = [];
  for (const step of STEPS) {
    try {
      await work[step]();
    } catch {
      // Said on the next screen; the error itself may hold an account name, so it is not kept.
      failed.push(step);
    }
  }
  try {
    if (failed.length > 0) env.report.setItem(REPORT_KEY, JSON.stringify(failed));
  } finally {
    env.reload();
  }
  return failed;
}

/** The steps the last sign-out in this tab could not do, read once (the notice shows them after the reload). */
export function takeSignOutReport(storage: Pick<Storage, 'getItem' | 'removeItem'> | null): SignOutStep[] {
  if (!storage) return [];
  let raw: string | null;
  try {
    raw = storage.getItem(REPORT_KEY);
    storage.removeItem(REPORT_KEY);
  } catch {
    return [];
  }
  if (!raw) return [];
  try {
    const value: unknown = JSON.parse(raw);
    return Array.isArray(value) ? STEPS.filter((s) => value.includes(s)) : [];
  } catch {
    return [];
  }
}

/**
 * This page's name in the sign-out messages. A BroadcastChannel delivers a message to every other channel object of
 * its name, this page's own listener included (https://html.spec.whatwg.org/multipage/web-messaging.html#broadcasting-to-other-browsing-contexts):
 * without it, the tab signing out would hear itself, forget its tokens and reload halfway through its own steps.
 */
const THIS_TAB = typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;

interface SignOutMessage {
  kind: 'signedOut';
  from: string;
}

function isSignOutFrom(data: unknown): data is SignOutMessage {
  return typeof data === 'object' && data !== null && (data as { kind?: unknown }).kind === 'signedOut' && typeof (data as { from?: unknown }).from === 'string';
}

/** Listens for a sign-out in another tab of this profile; returns the way to stop listening. `self` names this tab (tests). */
export function onSignOutElsewhere(handle: () => void, self: string = THIS_TAB): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => undefined;
  const channel = new BroadcastChannel(SIGN_OUT_CHANNEL);
  channel.onmessage = (event: MessageEvent<unknown>) => {
    if (isSignOutFrom(event.data) && event.data.from !== self) handle();
  };
  return () => channel.close();
}

/** Tells the other tabs of this profile; `from` names this tab (tests). */
export function announceSignOut(from: string = THIS_TAB): void {
  if (typeof BroadcastChannel === 'undefined') throw new Error('BroadcastChannel unavailable');
  const channel = new BroadcastChannel(SIGN_OUT_CHANNEL);
  const message: SignOutMessage = { kind: 'signedOut', from };
  channel.postMessage(message);
  channel.close();
}
