/**
 * Build-time configuration, read in one place. Webpack's DefinePlugin fills `process.env.VP_*` from the
 * environment (see .env.example). Without a client id the app runs in local mode.
 */
export interface TenantConfig {
  clientId: string;
  tenantId: string;
  /** SharePoint site id; empty means "the team's site from the Teams context". */
  siteId: string;
  /** Document library (drive) id; empty means the site's default library. */
  driveId: string;
  /** Folder in the library that holds one subfolder per plan. */
  libraryFolder: string;
  /**
   * Which SharePoint sites the app may reach: `all` asks the delegated `Sites.ReadWrite.All` (whatever the user can
   * reach), `selected` asks `Sites.Selected` and works only on sites an admin granted to the app (docs/tenant.md).
   * Absent means `all`.
   */
  siteAccess?: SiteAccess;
}

/** `VP_SITE_ACCESS`: `all` (default) or `selected` (per-site grant, Sites.Selected). */
export type SiteAccess = 'all' | 'selected';

export interface AppConfig {
  mode: 'local' | 'tenant';
  tenant: TenantConfig | null;
  /** Production origin for manifests, e.g. https://veiligheidsplan.example.org */
  baseUrl: string;
  /**
   * `VP_AUTHORITY_NAME`: the regional name of the authority that sets the safety conditions and is informed when a
   * plan fails (seed 004 says "Veilig Thuis of SAVE"). Default "Veilig Thuis". Passed to the template and the quality check.
   */
  authorityName: string;
}

function read(value: string | undefined): string {
  return (value ?? '').trim();
}

/**
 * The build's site access. Read on its own (not through loadConfig) because the scope table is a build-time
 * constant that adapters read at import; an unknown value fails fast rather than silently asking for more.
 */
export function readSiteAccess(value: string | undefined = process.env.VP_SITE_ACCESS): SiteAccess {
  const v = read(value).toLowerCase();
  if (v === '' || v === 'all') return 'all';
  if (v === 'selected') return 'selected';
  throw new Error('VP_SITE_ACCESS must be "all" or "selected" (Sites.Selected, see docs/tenant.md).');
}

export function loadConfig(env: Readonly<Record<string, string | undefined>> = {
  VP_CLIENT_ID: process.env.VP_CLIENT_ID,
  VP_TENANT_ID: process.env.VP_TENANT_ID,
  VP_SITE_ID: process.env.VP_SITE_ID,
  VP_DRIVE_ID: process.env.VP_DRIVE_ID,
  VP_LIBRARY_NAME: process.env.VP_LIBRARY_NAME,
  VP_BASE_URL: process.env.VP_BASE_URL,
  VP_SITE_ACCESS: process.env.VP_SITE_ACCESS,
  // Guarded: a key the build does not define (webpack.config.js defineEnv) would otherwise reach the browser as `process`.
  VP_AUTHORITY_NAME: typeof process === 'undefined' ? undefined : process.env.VP_AUTHORITY_NAME,
}): AppConfig {
  const clientId = read(env.VP_CLIENT_ID);
  const baseUrl = read(env.VP_BASE_URL) || 'https://localhost:3000';
  const authorityName = read(env.VP_AUTHORITY_NAME) || 'Veilig Thuis';
  if (!clientId) return { mode: 'local', tenant: null, baseUrl, authorityName };
  if (!/^[0-9a-f-]{36}$/i.test(clientId)) {
    throw new Error('VP_CLIENT_ID must be the app registration\'s Application (client) ID, a GUID.');
  }
  const siteAccess = readSiteAccess(env.VP_SITE_ACCESS);
  const siteId = read(env.VP_SITE_ID);
  const driveId = read(env.VP_DRIVE_ID);
  if (siteAccess === 'selected' && !siteId && !driveId) {
    // Sites.Selected reaches only the granted site; looking the team's site up by URL is not something it promises.
    throw new Error('VP_SITE_ACCESS=selected needs VP_SITE_ID (or VP_DRIVE_ID): the site an admin granted to the app (docs/tenant.md).');
  }
  return {
    mode: 'tenant',
    baseUrl,
    authorityName,
    tenant: {
      clientId,
      tenantId: read(env.VP_TENANT_ID) || 'organizations',
      siteId,
      driveId,
      libraryFolder: read(env.VP_LIBRARY_NAME) || 'Veiligheidsplannen',
      siteAccess,
    },
  };
}
