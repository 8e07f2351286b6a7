import type { AppServices } from '../../ui/services';
import type { Clock, PlanExports } from '../../app/ports';
import type { AppConfig } from '../../config';
import { loadConfig } from '../../config';
import { organisationSettings } from '../../domain/organisation';
import { lazyEditorPresence, lazyReflectionStore, createLocalStores } from '../../adapters/local';
import type { HostInfo } from './hostInfo';

export type { HostInfo } from './hostInfo';

export const systemClock: Clock = { now: () => new Date() };

/** The .docx/.ics code is heavy: it loads on the first export only. */
export function lazyExports(): () => Promise<PlanExports> {
  let loading: Promise<PlanExports> | null = null;
  return () => {
    loading ??= import(/* webpackChunkName: "exports" */ '../../adapters/export').then((m) => m.planExports);
    return loading;
  };
}

function localServices(config: AppConfig): AppServices {
  const { store, drafts, storageHealth, caseload } = createLocalStores(undefined, { warmUp: true });
  return {
    mode: 'local', store, drafts, presence: lazyEditorPresence(), storageHealth, clock: systemClock, loadExports: lazyExports(), caseload,
    calendar: null, sharing: null, people: null, document: null,
    organisation: organisationSettings(config.authorityName),
    // Local mode has no accounts: the reflections belong to whoever uses this browser profile.
    reflections: lazyReflectionStore(() => 'device'),
  };
}

/**
 * One adapter per port, chosen by the build-time config: local (IndexedDB) without an app registration,
 * Graph with one. Edits always wait in the device's draft store until a save succeeds.
 * Local mode is created at once (no spinner before the first screen); tenant mode loads MSAL and Graph first.
 */
export function createServices(host: HostInfo, config: AppConfig = loadConfig()): AppServices | Promise<AppServices> {
  if (config.mode === 'local' || !config.tenant) return localServices(config);
  const tenant = config.tenant;
  return import(/* webpackChunkName: "tenant" */ './tenantServices').then(({ tenantServices }) => tenantServices(host, tenant, localServices(config)));
}
