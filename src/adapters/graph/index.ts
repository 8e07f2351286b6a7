import type { Calendar, CaseAccess, CaseloadSource, Clock, People, PlanStore, Sharing, TokenProvider } from '../../app/ports';
import type { TenantConfig } from '../../config';
import { GraphCalendar } from './calendar';
import { GraphCaseAccess } from './caseAccess';
import { GraphCaseloadSource } from './caseload';
import { createGraphContext } from './client';
import type { RetryPolicy } from './client';
import { GraphPeople } from './people';
import { GraphSharing } from './sharing';
import { SharePointPlanStore } from './sharePointPlanStore';

export interface GraphAdapters {
  store: PlanStore;
  calendar: Calendar;
  sharing: Sharing;
  people: People;
  caseload: CaseloadSource;
  /** Set in a private case channel: who can open the case, to compare with the plan's professionals. */
  caseAccess: CaseAccess | null;
}

/** The private case channel the tab runs in (Teams context); `teamId` is null there, as Teams gives no groupId. */
export interface CaseChannelContext {
  channelId: string;
  teamId: string | null;
}

export interface GraphAdapterOptions {
  tokens: TokenProvider;
  tenant: TenantConfig;
  teamSiteUrl: string | null;
  clock: Clock;
  retry?: RetryPolicy;
  /** The tab runs in a private case channel: its site is the case's, and SharePoint's refusals mean "not on the case". */
  caseChannel?: CaseChannelContext | null;
  /**
   * The plan was opened where it lives (a caseload row, a link or a Word document): its library's drive id. Wins over
   * the configured and the channel's library, and makes the library a case's (refusals mean "not on the case").
   */
  caseDriveId?: string | null;
  /** The Teams context says the user owns the team (the caseload's team overview). */
  teamLead?: boolean;
}

/** Hosts call this in tenant mode; each adapter shares one Graph client (one token cache, one retry policy). */
export function createGraphAdapters(options: GraphAdapterOptions): GraphAdapters & { sharePoint: SharePointPlanStore } {
  const ctx = createGraphContext({ tokens: options.tokens, ...(options.retry ? { retry: options.retry } : {}) });
  const caseDriveId = options.caseDriveId ?? null;
  const location = {
    driveId: caseDriveId ?? options.tenant.driveId, siteId: options.tenant.siteId, teamSiteUrl: options.teamSiteUrl,
    libraryFolder: options.tenant.libraryFolder, perCase: Boolean(caseDriveId ?? options.caseChannel),
  };
  const sharePoint = new SharePointPlanStore(ctx, location, options.clock);
  const people = new GraphPeople(ctx);
  return {
    store: sharePoint,
    sharePoint,
    calendar: new GraphCalendar(ctx),
    sharing: new GraphSharing(ctx, location),
    people,
    caseload: new GraphCaseloadSource(ctx, {
      libraryFolder: options.tenant.libraryFolder, teamLead: options.teamLead ?? false,
      me: () => ctx.client.api('/me').select(['mail', 'userPrincipalName']).get() as Promise<{ mail?: string | null; userPrincipalName?: string | null }>,
    }),
    caseAccess: options.caseChannel ? new GraphCaseAccess(ctx, options.caseChannel) : null,
  };
}

export { createGraphContext, DEFAULT_RETRY } from './client';
export type { GraphContext, RetryPolicy } from './client';
export { SharePointPlanStore } from './sharePointPlanStore';
export { PlanLocationError, CaseNotReadyError } from './planLocation';
export { GraphCalendar } from './calendar';
export { GraphSharing } from './sharing';
export { GraphPeople } from './people';
export { GraphCaseloadSource } from './caseload';
