import { TestLiveShareHost } from '@microsoft/live-share';
import { newId } from '../../domain';
import type { LiveSessionFactory } from '../../app/live/ports';
import { liveShareSessions } from './liveShareSession';
import { localTokenProvider } from './localToken';

export interface LocalLiveOptions {
  /** The local Fluid service (`npm run live:service`), e.g. http://127.0.0.1:7070. Only a loopback address is used. */
  endpoint: string;
  /** The session to join; null creates a new one. */
  sessionId: string | null;
  /** Called with the new session's id once it is created, so a second window can join it. */
  onCreated: (sessionId: string) => void;
}

/** Accepts only a loopback service: the local try-out never sends a plan off this machine. */
export function isLoopbackEndpoint(endpoint: string): boolean {
  try {
    const url = new URL(endpoint);
    return (url.protocol === 'http:' || url.protocol === 'https:') && ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
  } catch {
    return false;
  }
}

/**
 * The live session outside Teams: Live Share's test host against a local Fluid service. The test host stands in for
 * the meeting (no sign-in, every role for everyone), so each window declares its role itself. For trying out and tests only.
 */
export function localLiveSessions(options: LocalLiveOptions): LiveSessionFactory {
  if (!isLoopbackEndpoint(options.endpoint)) throw new Error('The local live session only uses a Fluid service on this machine.');
  const host = TestLiveShareHost.create(() => options.sessionId ?? undefined, (id) => options.onCreated(id));
  // The user id is random and carries no name.
  const tokenProvider = localTokenProvider(newId());
  return liveShareSessions({ host, localConnection: { type: 'local', endpoint: options.endpoint, tokenProvider }, trustDeclaredRoles: true });
}
