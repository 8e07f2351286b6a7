import type { AuthHost } from '../../auth';

/** What a host knows before it creates the services. */
export interface HostInfo {
  kind: AuthHost;
  /** The signed-in user's UPN from the host context; never shown or logged. */
  loginHint: string | null;
  teamSiteUrl: string | null;
  /** Resolves once the host SDK (teams-js / office.js) is initialised; MSAL must wait for it. */
  hostReady: Promise<unknown>;
}
