import type { AppServices } from '../../ui/services';
import type { TenantConfig } from '../../config';
import { createTokenProvider } from '../../auth';
import { createGraphAdapters } from '../../adapters/graph';
import { AccountDraftStore, lazyReflectionStore } from '../../adapters/local';
import type { HostInfo } from './services';

/**
 * Tenant mode: plans in SharePoint, meetings in Outlook, sharing by invitation; drafts stay on the device.
 *
 * The generated .docx is uploaded next to plan.json by the sharePlan use case (through `sharing.publishDocument`)
 * right before the invitations, so the shared document always matches the plan at that moment. It is not
 * uploaded on every save: autosave stays one request, and a conflict resolution never publishes a colleague's version.
 *
 * Tokens: the Graph client asks, per request, for the scopes of that request's capability (src/auth/scopes.ts,
 * src/adapters/graph/requestCapability.ts), so each capability is consented when it is first used.
 */
export async function tenantServices(host: HostInfo, tenant: TenantConfig, local: AppServices): Promise<AppServices> {
  const tokens = await createTokenProvider({
    tenant, host: host.kind, hostReady: host.hostReady, loginHint: host.loginHint, origin: window.location.origin,
  });
  const graph = createGraphAdapters({ tokens, tenant, teamSiteUrl: host.teamSiteUrl, clock: local.clock });
  const drafts = new AccountDraftStore(() => tokens.accountId());
  return {
    ...local,
    mode: 'tenant',
    // Drafts per account, never shared between people who use this browser profile (shared PCs).
    drafts,
    // Reflections are the signed-in professional's own: another account on this browser never sees them.
    reflections: lazyReflectionStore(() => tokens.accountId()),
    storageHealth: null,
    // Not the device's caseload: in tenant mode the plans are in SharePoint (issue 21: the tenant CaseloadSource).
    caseload: null,
    store: graph.store,
    calendar: graph.calendar,
    sharing: graph.sharing,
    people: graph.people,
    // Incremental consent: no up-front request for every scope. The button asks for what the last refused call
    // needed (or just the profile), and opens the popup straight from the click (tokenProvider.ts).
    signIn: () => tokens.signIn(),
    // Sign-out forgets this account's tokens and drafts on this device; the page then starts afresh (no plan kept in memory).
    signOut: async () => {
      await drafts.forgetAccount();
      await tokens.signOut();
      window.location.hash = '';
      window.location.reload();
    },
  };
}
