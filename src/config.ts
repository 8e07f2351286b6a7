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
}

export interface AppConfig {
  mode: 'local' | 'tenant';
  tenant: TenantConfig | null;
  /** Production origin for manifests, e.g. https://veiligheidsplan.example.org */
  baseUrl: string;
}

function read(value: string | undefined): string {
  return (value ?? '').trim();
}

export function loadConfig(env: Readonly<Record<string, string | undefined>> = {
  VP_CLIENT_ID: process.env.VP_CLIENT_ID,
  VP_TENANT_ID: process.env.VP_TENANT_ID,
  VP_SITE_ID: process.env.VP_SITE_ID,
  VP_DRIVE_ID: process.env.VP_DRIVE_ID,
  VP_LIBRARY_NAME: process.env.VP_LIBRARY_NAME,
  VP_BASE_URL: process.env.VP_BASE_URL,
}): AppConfig {
  const clientId = read(env.VP_CLIENT_ID);
  const baseUrl = read(env.VP_BASE_URL) || 'https://localhost:3000';
  if (!clientId) return { mode: 'local', tenant: null, baseUrl };
  if (!/^[0-9a-f-]{36}$/i.test(clientId)) {
    throw new Error('VP_CLIENT_ID must be the app registration\'s Application (client) ID, a GUID.');
  }
  return {
    mode: 'tenant',
    baseUrl,
    tenant: {
      clientId,
      tenantId: read(env.VP_TENANT_ID) || 'organizations',
      siteId: read(env.VP_SITE_ID),
      driveId: read(env.VP_DRIVE_ID),
      libraryFolder: read(env.VP_LIBRARY_NAME) || 'Veiligheidsplannen',
    },
  };
}
