/**
 * @jest-environment node
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ANY_SHAREPOINT, headersFor, loadBuildHeaders, loadHeaders, pinSharePoint, pinStaticWebAppConfig, sharePointHostOf } from '../../../hosting/headers';
import { STATIC_WEB_APP_CONFIG } from '../../../scripts/hosting-config';

/**
 * Issue 25 item 6 (security review finding 12): `connect-src https://*.sharepoint.com` lets an injected script send
 * data to any tenant's SharePoint. A build that knows its tenant's host names only that host.
 */

const ROOT = path.resolve(__dirname, '../../..');
const load = createRequire(__filename);

function connectSrc(policy: string | undefined): string[] {
  const directive = (policy ?? '').split(';').map((d) => d.trim()).find((d) => d.startsWith('connect-src '));
  return directive ? directive.split(/\s+/).slice(1) : [];
}

const CONTOSO = ['https://contoso-my.sharepoint.com', 'https://contoso.sharepoint.com'];

describe('sharePointHostOf()', () => {
  it('takes VP_SHAREPOINT_HOST, else the host part of a Graph site id, and none in local mode', () => {
    expect(sharePointHostOf({ VP_SHAREPOINT_HOST: 'Contoso.SharePoint.com' })).toBe('contoso.sharepoint.com');
    expect(sharePointHostOf({ VP_SHAREPOINT_HOST: 'https://contoso.sharepoint.com/' })).toBe('contoso.sharepoint.com');
    expect(sharePointHostOf({ VP_SITE_ID: 'contoso.sharepoint.com,2C712604-1370-44E7-A1F5-426573FDA80A,2D2244C3-251A-49EA-93A8-39E1C3A060FE' })).toBe('contoso.sharepoint.com');
    expect(sharePointHostOf({ VP_SHAREPOINT_HOST: 'fabrikam.sharepoint.com', VP_SITE_ID: 'contoso.sharepoint.com,a,b' })).toBe('fabrikam.sharepoint.com');
    expect(sharePointHostOf({})).toBeNull();
    expect(sharePointHostOf({ VP_SITE_ID: '' })).toBeNull();
  });

  it('refuses a host that is not <tenant>.sharepoint.com, rather than widen or break the policy', () => {
    expect(() => sharePointHostOf({ VP_SHAREPOINT_HOST: '*.sharepoint.com' })).toThrow(/VP_SHAREPOINT_HOST/);
    expect(() => sharePointHostOf({ VP_SHAREPOINT_HOST: 'evil.example.com' })).toThrow(/not a <tenant>\.sharepoint\.com host/);
    expect(() => sharePointHostOf({ VP_SITE_ID: 'contoso.sharepoint.com.evil.example,a,b' })).toThrow(/VP_SITE_ID/);
  });
});

describe('the Content-Security-Policy of a tenant build', () => {
  const table = loadHeaders();
  const pages = ['/index.html', '/tab.html', '/taskpane.html'];

  it('names the tenant\'s own SharePoint hosts in connect-src of every page that talks to SharePoint, and no other tenant', () => {
    const pinned = loadBuildHeaders({ VP_SHAREPOINT_HOST: 'contoso.sharepoint.com' });
    for (const page of pages) {
      const before = connectSrc(headersFor(page, table)['Content-Security-Policy']);
      const after = connectSrc(headersFor(page, pinned)['Content-Security-Policy']);
      expect(before).toContain(ANY_SHAREPOINT);
      expect(after).not.toContain(ANY_SHAREPOINT);
      expect(after.filter((s) => s.includes('sharepoint'))).toEqual(CONTOSO);
      // Everything else stays as it was, in its order.
      expect(after.filter((s) => !s.includes('sharepoint'))).toEqual(before.filter((s) => !s.includes('sharepoint')));
    }
  });

  it('leaves other directives alone: Word on the web may still frame the task pane from SharePoint', () => {
    const policy = headersFor('/taskpane.html', table)['Content-Security-Policy']!;
    const pinned = pinSharePoint(policy, 'contoso.sharepoint.com');
    expect(pinned.replace(/connect-src[^;]*/, '')).toBe(policy.replace(/connect-src[^;]*/, ''));
    expect(pinned).toMatch(/frame-ancestors [^;]*https:\/\/\*\.sharepoint\.com/);
  });

  it('is the policy of headers.json as it is when no host is configured (local mode, or a tenant build that finds the team\'s site in Teams)', () => {
    expect(loadBuildHeaders({})).toEqual(table);
    expect(loadBuildHeaders({ VP_CLIENT_ID: '11111111-2222-3333-4444-555555555555' })).toEqual(table);
  });

  it('is what the dev server sends and what webpack copies into the build as staticwebapp.config.json', () => {
    const saved = { ...process.env };
    try {
      process.env.VP_SHAREPOINT_HOST = 'contoso.sharepoint.com';
      type Config = { devServer: { headers: (req: { url: string }) => Record<string, string> }; plugins: Array<{ constructor: { name: string }; patterns?: Array<{ from: string; transform?: (content: Buffer) => string }> }> };
      const config = (load(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: { mode: string }) => Config)({}, { mode: 'production' });
      expect(connectSrc(config.devServer.headers({ url: '/index.html?x=1' })['Content-Security-Policy'])).toEqual(expect.arrayContaining(CONTOSO));
      expect(connectSrc(config.devServer.headers({ url: '/index.html' })['Content-Security-Policy'])).not.toContain(ANY_SHAREPOINT);
      const copy = config.plugins.find((p) => p.constructor.name === 'CopyPlugin')?.patterns?.find((p) => p.from === 'staticwebapp.config.json');
      const shipped = copy?.transform?.(readFileSync(STATIC_WEB_APP_CONFIG)) ?? '';
      expect(shipped).not.toContain(`connect-src 'self' https://graph.microsoft.com https://login.microsoftonline.com ${ANY_SHAREPOINT}`);
      expect(shipped).toContain('https://contoso.sharepoint.com https://contoso-my.sharepoint.com'.split(' ').sort().join(' '));
    } finally {
      process.env = saved;
    }
  });

  it('leaves the committed Static Web Apps config unchanged without a host', () => {
    const committed = readFileSync(STATIC_WEB_APP_CONFIG, 'utf8');
    expect(pinStaticWebAppConfig(committed, null)).toBe(committed);
    const pinned = JSON.parse(pinStaticWebAppConfig(committed, 'contoso.sharepoint.com')) as { routes: Array<{ route: string; headers: Record<string, string> }> };
    const index = pinned.routes.find((r) => r.route === '/index.html');
    expect(connectSrc(index?.headers['Content-Security-Policy'])).toEqual(["'self'", 'https://graph.microsoft.com', 'https://login.microsoftonline.com', ...CONTOSO]);
  });
});
