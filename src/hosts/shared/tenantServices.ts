import type { AppServices } from '../../ui/services';
import type { TenantConfig } from '../../config';
import { createTokenProvider } from '../../auth';
import { createGraphAdapters } from '../../adapters/graph';
import { AccountDraftStore, DEFAULT_DB_NAME, IndexedDbDraftStore, PlanDatabase, lazyReflectionStore } from '../../adapters/local';
import type { HostInfo } from './hostInfo';
import type { PlanPlace } from '../../app/ports';
import { announceSignOut, onSignOutElsewhere, signOutOnThisDevice, takeSignOutReport } from './signOut';

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function startAfresh(): void {
  window.location.hash = '';
  window.location.reload();
}

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
  const graph = createGraphAdapters({
    tokens, tenant, teamSiteUrl: host.teamSiteUrl, clock: local.clock, caseChannel: host.caseChannel ?? null, teamLead: host.teamLead ?? false,
  });
  const drafts = new AccountDraftStore(() => tokens.accountId());
  // One store per case library, found by drive id: Word has no channel, the document's link says where the plan is.
  const stores = new Map<string, AppServices['store']>();
  const storeAt = (place: Pick<PlanPlace, 'driveId'>) => {
    let store = stores.get(place.driveId);
    if (!store) {
      store = createGraphAdapters({ tokens, tenant, teamSiteUrl: null, clock: local.clock, caseDriveId: place.driveId }).store;
      stores.set(place.driveId, store);
    }
    return store;
  };
  // After sign-out (here or in another tab) the reflections are not opened again: an open queued after the deletion
  // would re-create the account's database.
  let reflectionsStopped = false;
  const reflections = lazyReflectionStore(() => (reflectionsStopped ? null : tokens.accountId()));
  // Another tab of this profile signed out: stop writing at once (a late draft would re-create the deleted database),
  // forget this tab's own tokens (MSAL's cache is per tab: sessionStorage), and start afresh, which drops the plan.
  onSignOutElsewhere(() => {
    drafts.stopWriting();
    reflectionsStopped = true;
    void tokens.signOut().catch(() => undefined).finally(startAfresh);
  });
  return {
    ...local,
    mode: 'tenant',
    // Drafts per account, never shared between people who use this browser profile (shared PCs).
    drafts,
    // Reflections are the signed-in professional's own: another account on this browser never sees them.
    reflections,
    storageHealth: null,
    // The caseload across the professional's case channels (issue 21): SharePoint and Teams decide what is listed.
    caseload: async () => graph.caseload,
    store: graph.store,
    calendar: graph.calendar,
    sharing: graph.sharing,
    people: graph.people,
    caseAccess: graph.caseAccess,
    storeAt,
    // Incremental consent: no up-front request for every scope. The button asks for what the last refused call
    // needed (or just the profile), and opens the popup straight from the click (tokenProvider.ts).
    signIn: () => tokens.signIn(),
    // Sign-out forgets everything of this account on this device; the page then starts afresh (no plan kept in memory),
    // also when a step failed, and the next screen says which.
    signOut: async () => {
      await signOutOnThisDevice({
        otherTabs: () => announceSignOut(),
        drafts: () => drafts.forgetAccount(),
        // Tenant drafts from before per-account drafts: nobody's in particular any more, so they go with any sign-out.
        legacyDrafts: () => new IndexedDbDraftStore(new PlanDatabase(DEFAULT_DB_NAME)).removeAll().then(() => undefined),
        reflections: async () => {
          await reflections.removeAll();
          reflectionsStopped = true;
        },
        signIn: () => tokens.signOut(),
      }, { report: sessionStore() ?? { setItem: () => undefined }, reload: startAfresh });
    },
    signOutKind: host.kind === 'web' ? 'app' : 'host',
    signOutFailed: takeSignOutReport(sessionStore()),
  };
}
