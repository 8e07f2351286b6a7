/**
 * @jest-environment node
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ALL, headersFor, loadHeaders } from '../../../hosting/headers';
import { STATIC_WEB_APP_CONFIG, iisWebConfig, nginxConfig, renderStaticWebAppConfig } from '../../../scripts/hosting-config';

const ROOT = path.resolve(__dirname, '../../..');
const load = createRequire(__filename);

/** webpack.config.js and the task pane's HTML are plain CommonJS: loaded, not imported. */
interface WebpackConfig {
  devtool: string | false;
  plugins: Array<{ constructor: { name: string }; userOptions?: { filename?: string } }>;
}
const webpackConfig = load(path.join(ROOT, 'webpack.config.js')) as (env: object, argv: { mode: string }) => WebpackConfig;
const { guardScriptHash } = load(path.join(ROOT, 'src/hosts/word/taskpaneHtml.js')) as { guardScriptHash(): string };

const table = loadHeaders();

/** The HTML pages the production build emits. */
function builtPages(): string[] {
  return webpackConfig({}, { mode: 'production' }).plugins
    .filter((p) => p.constructor.name === 'HtmlWebpackPlugin')
    .map((p) => `/${p.userOptions?.filename ?? ''}`);
}

/** A CSP header as directive -> sources. */
function csp(page: string): Map<string, string[]> {
  const value = headersFor(page, table)['Content-Security-Policy'];
  if (!value) throw new Error(`${page} has no Content-Security-Policy`);
  return new Map(value.split(';').map((d) => d.trim()).filter(Boolean).map((d) => {
    const [name = '', ...sources] = d.split(/\s+/);
    return [name, sources] as const;
  }));
}

const TEAMS_ANCESTORS = [
  'https://teams.microsoft.com', 'https://*.teams.microsoft.com', 'https://*.cloud.microsoft', 'https://*.microsoft365.com', 'https://*.office.com',
  'https://outlook.office.com', 'https://outlook.office365.com', 'https://outlook-sdf.office.com', 'https://outlook-sdf.office365.com',
];
/** Graph, Entra ID sign-in and the SharePoint download URLs: all that tenant mode talks to (docs/security.md). */
const TENANT_CONNECT = ["'self'", 'https://graph.microsoft.com', 'https://login.microsoftonline.com', 'https://*.sharepoint.com'];
/** teams-js fetches its list of valid host origins from this CDN on app.initialize(). */
const TEAMS_JS_CDN = 'https://res.cdn.office.net';

describe('hosting/headers.json', () => {
  const pages = builtPages();

  it('has an entry for every HTML page the build emits, and no entry for a page that does not exist', () => {
    expect(pages.length).toBeGreaterThanOrEqual(6);
    expect(Object.keys(table).filter((k) => k !== ALL).sort()).toEqual([...pages].sort());
  });

  it('sends nosniff, no referrer and a Permissions-Policy that denies camera, microphone, geolocation, payment and usb on every response', () => {
    for (const page of [...pages, '/', '/web.js', '/assets/word-32.png', '/missing']) {
      const headers = headersFor(page, table);
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('no-referrer');
      for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb']) expect(headers['Permissions-Policy']).toContain(`${feature}=()`);
    }
  });

  it.each(['/index.html', '/tab.html', '/configure.html', '/live.html', '/taskpane.html', '/auth-redirect.html', '/auth-dialog.html'])(
    '%s: only its own scripts (no eval, no inline script but a hashed one), no plugins, no <base>, no form posts',
    (page) => {
      const policy = csp(page);
      expect(policy.get('default-src')).toEqual(["'self'"]);
      const scripts = policy.get('script-src') ?? [];
      expect(scripts[0]).toBe("'self'");
      expect(scripts).not.toContain("'unsafe-eval'");
      expect(scripts).not.toContain("'unsafe-inline'");
      expect(scripts.filter((s) => s !== "'self'" && !s.startsWith("'sha256-"))).toEqual(page === '/taskpane.html' || page === '/auth-dialog.html' ? ['https://appsforoffice.microsoft.com'] : []);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
      expect(policy.get('form-action')).toEqual(["'none'"]);
      expect(policy.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
      // Griffel (Fluent UI) inserts <style> elements at run time; a static host cannot send a nonce (docs/security.md).
      expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
      expect(policy.get('frame-ancestors')?.length).toBeGreaterThan(0);
    },
  );

  it('lets the app talk to Graph, Entra ID sign-in and SharePoint downloads only (plus the teams-js origin list in Teams pages)', () => {
    expect(csp('/index.html').get('connect-src')).toEqual(TENANT_CONNECT);
    expect(csp('/taskpane.html').get('connect-src')).toEqual(TENANT_CONNECT);
    // Live Share in a meeting talks to Microsoft's Azure Fluid Relay (docs/teams.md).
    expect(csp('/tab.html').get('connect-src')).toEqual([...TENANT_CONNECT, TEAMS_JS_CDN, 'https://*.fluidrelay.azure.com', 'wss://*.fluidrelay.azure.com']);
    // The live try-out page talks to the local Fluid service on this machine only, and to nothing in the tenant.
    expect(csp('/live.html').get('connect-src')).toEqual(["'self'", 'http://127.0.0.1:*', 'ws://127.0.0.1:*', 'http://localhost:*', 'ws://localhost:*']);
    expect(csp('/configure.html').get('connect-src')).toEqual(["'self'", TEAMS_JS_CDN]);
    expect(csp('/auth-dialog.html').get('connect-src')).toEqual(["'self'", 'https://login.microsoftonline.com', TEAMS_JS_CDN]);
    expect(csp('/auth-redirect.html').get('connect-src')).toEqual(["'self'"]);
  });

  it('lets the standalone page be framed by no one, the Teams pages by Teams and Microsoft 365 only, the task pane by Office only', () => {
    expect(csp('/index.html').get('frame-ancestors')).toEqual(["'none'"]);
    expect(headersFor('/', table)['X-Frame-Options']).toBe('DENY');
    expect(csp('/tab.html').get('frame-ancestors')).toEqual(TEAMS_ANCESTORS);
    expect(csp('/configure.html').get('frame-ancestors')).toEqual(TEAMS_ANCESTORS);
    const office = csp('/taskpane.html').get('frame-ancestors') ?? [];
    expect(office).not.toContain('*');
    expect(office.every((o) => /^https:\/\/([*a-z0-9-]+\.)*(officeapps\.live\.com|cloud\.microsoft|office\.com|microsoft365\.com|sharepoint\.com|onedrive\.live\.com)$/.test(o))).toBe(true);
    // MSAL's silent sign-in runs in a hidden iframe that comes back to the redirect page on our own origin.
    expect(csp('/auth-redirect.html').get('frame-ancestors')).toEqual(["'self'"]);
    expect(csp('/auth-dialog.html').get('frame-ancestors')).toEqual(["'none'"]);
  });

  it('allows the task pane guard script by its hash (after a change to the guard or its message, put guardScriptHash() into /taskpane.html\'s script-src)', () => {
    expect(csp('/taskpane.html').get('script-src')).toContain(guardScriptHash());
  });

  it('serves index.html\'s headers for "/", and only the common ones (a locked-down CSP) for anything else', () => {
    expect(headersFor('/', table)).toEqual(headersFor('/index.html', table));
    expect(headersFor('/web.1234.js', table)['Content-Security-Policy']).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
  });
});

describe('the build and the dev server', () => {
  it('use no eval-based source maps, so script-src needs no unsafe-eval in development either', () => {
    expect(webpackConfig({}, { mode: 'production' }).devtool).toBe(false);
    expect(String(webpackConfig({}, { mode: 'development' }).devtool)).not.toContain('eval');
  });

  it('dev server sends the page headers of hosting/headers.json', () => {
    const config = webpackConfig({}, { mode: 'development' }) as WebpackConfig & { devServer: { headers: (req: { url: string }) => Record<string, string> } };
    expect(config.devServer.headers({ url: '/taskpane.html?x=1' })).toEqual({ 'Cache-Control': 'no-store', ...headersFor('/taskpane.html', table) });
    expect(config.devServer.headers({ url: '/' })['Content-Security-Policy']).toBe(headersFor('/index.html', table)['Content-Security-Policy']);
  });
});

describe('generated hosting configs (scripts/hosting-config.ts)', () => {
  it('staticwebapp.config.json is up to date with hosting/headers.json (regenerate: npx tsx scripts/hosting-config.ts)', () => {
    expect(readFileSync(STATIC_WEB_APP_CONFIG, 'utf8')).toBe(renderStaticWebAppConfig(table));
  });

  it('staticwebapp.config.json sends the common headers globally and each page\'s own on its route, "/" as index.html', () => {
    const config = JSON.parse(renderStaticWebAppConfig(table)) as { globalHeaders: Record<string, string>; routes: Array<{ route: string; headers: Record<string, string> }> };
    expect(config.globalHeaders).toEqual(table[ALL]);
    for (const { route, headers } of config.routes) expect({ ...config.globalHeaders, ...headers }).toEqual(headersFor(route, table));
    expect(config.routes.map((r) => r.route)).toContain('/');
  });

  it('nginx blocks carry the whole merged set per location (add_header is not inherited), IIS replaces per page', () => {
    const nginx = nginxConfig(table);
    const indexBlock = nginx.split('\n\n').find((b) => b.startsWith('location = /index.html')) ?? '';
    for (const name of Object.keys(headersFor('/index.html', table))) expect(indexBlock).toContain(`add_header ${name} `);
    expect(indexBlock).toContain("frame-ancestors 'none'");
    const iis = iisWebConfig(table);
    expect(iis).toContain('<location path="taskpane.html">');
    expect(iis).toContain('<remove name="Content-Security-Policy" />');
    expect(iis).toContain('https://appsforoffice.microsoft.com');
  });
});
