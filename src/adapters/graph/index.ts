import type { Calendar, Clock, People, PlanStore, Sharing, TokenProvider } from '../../app/ports';
import type { TenantConfig } from '../../config';
import { GraphCalendar } from './calendar';
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
}

/** Hosts call this in tenant mode; each adapter shares one Graph client (one token cache, one retry policy). */
export function createGraphAdapters(options: {
  tokens: TokenProvider; tenant: TenantConfig; teamSiteUrl: string | null; clock: Clock; retry?: RetryPolicy;
}): GraphAdapters & { sharePoint: SharePointPlanStore } {
  const ctx = createGraphContext({ tokens: options.tokens, ...(options.retry ? { retry: options.retry } : {}) });
  const location = {
    driveId: options.tenant.driveId, siteId: options.tenant.siteId, teamSiteUrl: options.teamSiteUrl, libraryFolder: options.tenant.libraryFolder,
  };
  const sharePoint = new SharePointPlanStore(ctx, location, options.clock);
  return {
    store: sharePoint,
    sharePoint,
    calendar: new GraphCalendar(ctx),
    sharing: new GraphSharing(ctx, location),
    people: new GraphPeople(ctx),
  };
}

export { createGraphContext, DEFAULT_RETRY } from './client';
export type { GraphContext, RetryPolicy } from './client';
export { SharePointPlanStore } from './sharePointPlanStore';
export { PlanLocationError } from './planLocation';
export { GraphCalendar } from './calendar';
export { GraphSharing } from './sharing';
export { GraphPeople } from './people';
