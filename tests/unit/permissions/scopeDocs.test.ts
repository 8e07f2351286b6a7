/**
 * @jest-environment node
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CAPABILITY_ORDER, allScopes, capabilityTable } from '../../../src/auth/scopes';
import type { Capability } from '../../../src/auth/scopes';
import { requiresAdminConsent } from '../../fakes/graph/permissions';

/**
 * The scope table in docs/tenant.md (the README's moved there in issue 23, and the README names no scope) and the scopes
 * in both manifests say what src/auth/scopes.ts asks,
 * and the "admin consent" column says what Microsoft's permission map says (DelegatedWork.requiresAdminConsent).
 */

const root = path.resolve(__dirname, '../../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

/** The rows of the markdown table between `<!-- {marker}:start` and `<!-- {marker}:end -->`, header excluded. */
function tableRows(markdown: string, marker: string): string[][] {
  const start = markdown.indexOf(`<!-- ${marker}:start`);
  const end = markdown.indexOf(`<!-- ${marker}:end -->`);
  if (start < 0 || end < start) throw new Error(`no ${marker} table`);
  const lines = markdown.slice(start, end).split('\n').filter((l) => l.trim().startsWith('|'));
  return lines.slice(2).map((l) => l.trim().replace(/^\||\|$/g, '').split('|').map((cell) => cell.trim()));
}

function expectedRow(capability: Capability, siteAccess: 'all' | 'selected'): string[] {
  const info = capabilityTable(siteAccess)[capability];
  const admin = info.scopes.some((s) => requiresAdminConsent(s)) ? 'yes' : 'no';
  return [`\`${capability}\``, info.scopes.map((s) => `\`${s}\``).join(', '), admin, info.purpose];
}

function xmlScopes(xml: string): string[] {
  const block = /<WebApplicationInfo>[\s\S]*?<Scopes>([\s\S]*?)<\/Scopes>/.exec(xml)?.[1] ?? '';
  return [...block.matchAll(/<Scope>([^<]+)<\/Scope>/g)].map((m) => m[1]!.trim());
}

describe('scope tables in the docs', () => {
  const expected = CAPABILITY_ORDER.map((c) => expectedRow(c, 'all'));

  it('docs/tenant.md lists each capability with its scopes, Microsoft\'s admin-consent flag and purpose', () => {
    expect(tableRows(read('docs/tenant.md'), 'scope-table')).toEqual(expected);
  });

  it('the README names no scope, so it cannot drift from the table: it links to docs/tenant.md', () => {
    const readme = read('README.md');
    for (const scope of [...allScopes(capabilityTable('all')), 'Sites.Selected']) expect({ scope, named: readme.includes(scope) }).toEqual({ scope, named: false });
    expect(readme).toContain('](docs/tenant.md)');
  });

  it('docs/tenant.md lists the storage scope of a Sites.Selected build', () => {
    expect(tableRows(read('docs/tenant.md'), 'sites-selected-table')).toEqual([expectedRow('storage', 'selected')]);
  });

  it('takes the admin-consent flag from the permission map, not from memory', () => {
    // These two were documented as "admin consent: yes" before; Microsoft's map says no for the delegated scheme.
    expect(requiresAdminConsent('Sites.ReadWrite.All')).toBe(false);
    expect(requiresAdminConsent('Files.ReadWrite.All')).toBe(false);
    expect(requiresAdminConsent('Sites.FullControl.All')).toBe(true);
  });

  it('describes the app registration once: Expose an API and the permissions live in docs/tenant.md', () => {
    const tenant = read('docs/tenant.md');
    expect(tenant).toContain('**Expose an API > Application ID URI**: `api://<your-domain>/<client id>`');
    const teams = read('docs/teams.md');
    expect(teams).toContain('tenant.md#app-registration-microsoft-entra-admin-center');
    for (const file of ['docs/teams.md', 'docs/word.md']) {
      for (const scope of [...allScopes(capabilityTable('all')), 'Files.ReadWrite.All', 'Sites.Read.All']) {
        expect({ file, names: read(file).includes(`\`${scope}\``) }).toEqual({ file, names: false });
      }
    }
  });
});

describe('scopes in the manifests', () => {
  it('the Office manifest\'s WebApplicationInfo lists exactly the scopes the app asks for (plus OpenID)', () => {
    expect(xmlScopes(read('manifest/manifest.xml')).sort()).toEqual(['openid', 'profile', ...allScopes(capabilityTable('all'))].sort());
  });

  it('both manifests name the same resource, the Application ID URI of docs/tenant.md', () => {
    const xml = read('manifest/manifest.xml');
    const id = /<WebApplicationInfo>\s*<Id>([^<]+)<\/Id>/.exec(xml)?.[1];
    expect(/<Resource>([^<]+)<\/Resource>/.exec(xml)?.[1]).toBe(`api://localhost:3000/${id}`);
    const teams = JSON.parse(read('appPackage/manifest.json')) as { webApplicationInfo?: { id: string; resource: string } };
    expect(teams.webApplicationInfo).toEqual({ id: '${{AAD_APP_CLIENT_ID}}', resource: 'api://${{TAB_DOMAIN}}/${{AAD_APP_CLIENT_ID}}' });
  });
});
