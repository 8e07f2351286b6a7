import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The app registration every tenant e2e builds with; the fake Entra ID and Graph answer for these. */
export const E2E_TENANT = {
  clientId: '11111111-2222-3333-4444-555555555555',
  tenantId: 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee',
  driveId: 'b!e2e-drive',
} as const;

const ROOT = path.resolve(__dirname, '../..');
const INPUTS = ['src', 'hosting', 'webpack.config.js', 'package-lock.json', 'tsconfig.json'];
const STAMP = '.e2e-build-stamp';

function files(entry: string): string[] {
  const full = path.join(ROOT, entry);
  if (!existsSync(full)) return [];
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name))
    .sort();
}

/** What the build depends on, as sizes and modification times: cheap, and it changes with every edit. */
function inputStamp(): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap(files)) {
    const stat = statSync(file);
    hash.update(`${path.relative(ROOT, file)}:${stat.size}:${stat.mtimeMs}\n`);
  }
  return hash.digest('hex');
}

/**
 * The tenant-mode production build that tenant.e2e, security.e2e and chaosTenant.e2e share, made once per state of
 * the sources (three separate builds took six minutes of a CI run on two cores). E2E_TENANT_DIST picks another
 * folder; E2E_TENANT_BUILD=skip uses whatever is there.
 */
export function ensureTenantBuild(): string {
  const dist = path.resolve(process.env.E2E_TENANT_DIST ?? path.join(ROOT, 'dist-tenant'));
  const stampFile = path.join(dist, STAMP);
  const stamp = inputStamp();
  const built = existsSync(path.join(dist, 'index.html'));
  if (process.env.E2E_TENANT_BUILD === 'skip' && built) return dist;
  if (built && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return dist;
  execFileSync('npx', ['webpack', '--mode', 'production', '--output-path', dist], {
    cwd: ROOT, stdio: 'pipe',
    env: {
      ...process.env, VP_CLIENT_ID: E2E_TENANT.clientId, VP_TENANT_ID: E2E_TENANT.tenantId, VP_DRIVE_ID: E2E_TENANT.driveId,
      VP_SITE_ID: '', VP_LIBRARY_NAME: '',
    },
  });
  writeFileSync(stampFile, stamp);
  return dist;
}
