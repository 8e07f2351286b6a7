import type { AuthHost } from '../../auth';

/** What a host knows before it creates the services. */
export interface HostInfo {
  kind: AuthHost;
  /** The signed-in user's UPN from the host context; never shown or logged. */
  loginHint: string | null;
  teamSiteUrl: string | null;
  /**
   * The private case channel the tab runs in (Teams context), or null/absent elsewhere. Its site is the case's:
   * only the channel's owners and members can open it (docs/tenant.md, "Need-to-know per case").
   */
  caseChannel?: { channelId: string; teamId: string | null } | null;
  /** The Teams context says the user owns the team (its role 0, admin): the caseload's team overview. */
  teamLead?: boolean;
  /** Resolves once the host SDK (teams-js / office.js) is initialised; MSAL must wait for it. */
  hostReady: Promise<unknown>;
}
