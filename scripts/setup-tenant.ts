/**
 * `npm run setup:tenant -- --site https://contoso.sharepoint.com/sites/Wijkteam`: an administrator's one-off set-up of the
 * SharePoint side (scripts/deploy/tenantSetup.ts): the plans folder and the library's summary columns. Safe to run again.
 *
 * Sign-in: device code (scripts/deploy/deviceCode.ts), asking only the scopes the steps need (Sites.ReadWrite.All,
 * Sites.Manage.All). By default through Microsoft Graph Command Line Tools (14d82eec-204b-4c2f-b7e8-296a70dab67e, the
 * public client Microsoft Graph PowerShell signs in with), so the app's own registration never holds Sites.Manage.All;
 * `--client-id` (or SETUP_CLIENT_ID) uses an organisation's own public client instead.
 *
 * Options (or environment): --site (VP_SITE_URL), --drive (VP_DRIVE_ID), --folder (VP_LIBRARY_NAME, default
 * Veiligheidsplannen), --tenant (AAD_APP_TENANT_ID / VP_TENANT_ID, default organizations).
 * Exit code 0 when everything is in place, 1 when something needs a person (each line says what).
 */
import { Client } from '@microsoft/microsoft-graph-client';
import { GRAPH_RESOURCE } from '../src/auth/scopes';
import { deviceCodeToken } from './deploy/deviceCode';
import { SETUP_STEPS, describeReport, setupScopes, setupTenant } from './deploy/tenantSetup';
import type { SetupStep } from './deploy/tenantSetup';

export const GRAPH_CLI_CLIENT_ID = '14d82eec-204b-4c2f-b7e8-296a70dab67e';

function option(args: readonly string[], name: string): string | undefined {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

export interface SetupRunOptions {
  args: readonly string[];
  env: Readonly<Record<string, string | undefined>>;
  print: (line: string) => void;
  fetchImpl?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  /** The set-up steps; SETUP_STEPS by default. */
  steps?: readonly SetupStep[];
}

/** The whole run; returns the exit code. */
export async function runSetup(options: SetupRunOptions): Promise<number> {
  const { args, env, print } = options;
  const siteUrl = option(args, 'site') ?? env.VP_SITE_URL;
  if (!siteUrl) {
    print('Geef de SharePoint-site op / Give the SharePoint site: npm run setup:tenant -- --site https://<tenant>.sharepoint.com/sites/<naam>');
    return 1;
  }
  const steps = options.steps ?? SETUP_STEPS;
  const scopes = setupScopes(steps);
  print(`Aanmelden als beheerder met / Signing in as an administrator with: ${scopes.join(', ')}`);
  try {
    const token = await deviceCodeToken({
      tenant: option(args, 'tenant') ?? env.AAD_APP_TENANT_ID ?? env.VP_TENANT_ID ?? 'organizations',
      clientId: option(args, 'client-id') ?? env.SETUP_CLIENT_ID ?? GRAPH_CLI_CLIENT_ID,
      scopes: scopes.map((s) => `${GRAPH_RESOURCE}/${s}`),
      show: print,
      ...(options.fetchImpl ? { fetchImpl: options.fetchImpl } : {}),
      ...(options.sleep ? { sleep: options.sleep } : {}),
    });
    const graph = Client.init({ authProvider: (done) => done(null, token), defaultVersion: 'v1.0' });
    const report = await setupTenant(graph, {
      siteUrl,
      folder: option(args, 'folder') ?? (env.VP_LIBRARY_NAME || 'Veiligheidsplannen'),
      ...((option(args, 'drive') ?? env.VP_DRIVE_ID) ? { driveId: option(args, 'drive') ?? env.VP_DRIVE_ID } : {}),
    }, steps);
    for (const line of describeReport(report)) print(line);
    return report.problems.length ? 1 : 0;
  } catch (e) {
    const status = (e as { statusCode?: number }).statusCode;
    const hint = status === 403 ? ' (geen toestemming / no permission: an administrator must consent to the scopes above)' : status === 404 ? ' (niet gevonden / not found: check --site and --drive)' : '';
    print(`Set-up gestopt / Set-up stopped: ${e instanceof Error ? e.message : String(e)}${hint}`);
    return 1;
  }
}

if (require.main === module) {
  void runSetup({ args: process.argv.slice(2), env: process.env, print: (line) => console.log(line) }).then((code) => {
    process.exitCode = code;
  });
}
