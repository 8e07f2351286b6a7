import type { AppServices } from '../../ui/services';
import type { PlanExports, PlanStore, Sharing } from '../../app/ports';
import type { TenantConfig } from '../../config';
import type { Locale } from '../../domain';
import { createTokenProvider } from '../../auth';
import { createGraphAdapters } from '../../adapters/graph';
import type { HostInfo } from './services';

/**
 * The store, with one addition for milestones: when a version is frozen (activation, an evaluation decision,
 * a conflict resolved), the generated .docx next to plan.json is refreshed too, so the document colleagues
 * open in SharePoint matches the plan that was agreed. Plain saves (autosave) stay one request each.
 * A failed upload does not undo the frozen version: sharing uploads the document again before inviting anyone.
 */
export function publishingOnFreeze(store: PlanStore, sharing: Sharing, loadExports: () => Promise<PlanExports>, locale: Locale): PlanStore {
  const publish = sharing.publishDocument?.bind(sharing);
  if (!publish) return store;
  return {
    list: () => store.list(),
    load: (id) => store.load(id),
    save: (plan, expectedRevision) => store.save(plan, expectedRevision),
    delete: (id) => store.delete(id),
    listVersions: (id) => store.listVersions(id),
    loadVersion: (id, versionId) => store.loadVersion(id, versionId),
    freezeVersion: async (plan, label) => {
      const frozen = await store.freezeVersion(plan, label);
      const exports = await loadExports();
      await publish(plan.id, await exports.toDocx(plan, locale));
      return frozen;
    },
  };
}

/** Tenant mode: plans in SharePoint, meetings in Outlook, sharing by invitation; drafts stay on the device. */
export async function tenantServices(host: HostInfo, tenant: TenantConfig, local: AppServices, locale: Locale = 'nl'): Promise<AppServices> {
  const tokens = await createTokenProvider({
    tenant, host: host.kind, hostReady: host.hostReady, loginHint: host.loginHint, origin: window.location.origin,
  });
  const graph = createGraphAdapters({ tokens, tenant, teamSiteUrl: host.teamSiteUrl, clock: local.clock });
  return {
    ...local,
    mode: 'tenant',
    store: publishingOnFreeze(graph.store, graph.sharing, local.loadExports, locale),
    calendar: graph.calendar,
    sharing: graph.sharing,
    people: graph.people,
  };
}
