/**
 * Hosting configs from the one headers file, hosting/headers.json (docs/security.md):
 *
 *   npx tsx scripts/hosting-config.ts            writes staticwebapp.config.json (Azure Static Web Apps; committed,
 *                                                 copied into the build by webpack)
 *   npx tsx scripts/hosting-config.ts --check    exits 1 when the committed file is out of date
 *   npx tsx scripts/hosting-config.ts --nginx    prints the nginx `location` blocks
 *   npx tsx scripts/hosting-config.ts --iis      prints an IIS web.config
 *
 * The committed staticwebapp.config.json allows any `*.sharepoint.com` in connect-src; webpack pins the tenant's own
 * host in the build's copy, and --nginx / --iis pin it too, when VP_SHAREPOINT_HOST or VP_SITE_ID names it.
 *
 * tests/unit/security/hostingConfig.test.ts fails when staticwebapp.config.json no longer matches headers.json.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ALL, loadBuildHeaders, loadHeaders } from '../hosting/headers';
import type { HeaderTable } from '../hosting/headers';

const ROOT = path.resolve(__dirname, '..');
export const STATIC_WEB_APP_CONFIG = path.join(ROOT, 'staticwebapp.config.json');

/** The request paths of a page entry: a static host serves index.html for `/` too. */
function routesOf(page: string): string[] {
  return page === '/index.html' ? ['/', '/index.html'] : [page];
}

function pages(table: HeaderTable): string[] {
  return Object.keys(table).filter((key) => key !== ALL);
}

/**
 * Azure Static Web Apps: `globalHeaders` go on every response, and a route's `headers` are added to them, a header
 * named in both taking the route's value (https://learn.microsoft.com/en-us/azure/static-web-apps/configuration,
 * "Global headers"): the same layering as hosting/headers.js.
 */
export function staticWebAppConfig(table: HeaderTable): object {
  return {
    globalHeaders: table[ALL] ?? {},
    routes: pages(table).flatMap((page) => routesOf(page).map((route) => ({ route, headers: table[page] ?? {} }))),
  };
}

export function renderStaticWebAppConfig(table: HeaderTable = loadHeaders()): string {
  return `${JSON.stringify(staticWebAppConfig(table), null, 2)}\n`;
}

function quoteNginx(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/**
 * nginx: a `location` that has any `add_header` inherits none from the levels above
 * (https://nginx.org/en/docs/http/ngx_http_headers_module.html#add_header), so each block carries the whole merged set.
 * `always` sends them on error responses too.
 */
export function nginxConfig(table: HeaderTable = loadHeaders()): string {
  const block = (selector: string, headers: Record<string, string>): string => [
    `location ${selector} {`,
    ...Object.entries(headers).map(([name, value]) => `    add_header ${name} ${quoteNginx(value)} always;`),
    '}',
  ].join('\n');
  const all = table[ALL] ?? {};
  return [
    '# Generated from hosting/headers.json by scripts/hosting-config.ts --nginx. Do not edit by hand.',
    ...pages(table).flatMap((page) => routesOf(page).map((route) => block(`= ${route}`, { ...all, ...table[page] }))),
    block('/', all),
    '',
  ].join('\n\n');
}

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * IIS: `customHeaders` in system.webServer/httpProtocol for every response, and a `<location path>` per page that
 * replaces the headers it names (https://learn.microsoft.com/en-us/iis/configuration/system.webserver/httpprotocol/customheaders/).
 */
export function iisWebConfig(table: HeaderTable = loadHeaders()): string {
  const headersXml = (headers: Record<string, string>, indent: string, replace: boolean): string => Object.entries(headers)
    .map(([name, value]) => `${replace ? `${indent}<remove name="${escapeXml(name)}" />\n` : ''}${indent}<add name="${escapeXml(name)}" value="${escapeXml(value)}" />`)
    .join('\n');
  const section = (headers: Record<string, string>, indent: string, replace: boolean): string => [
    `${indent}<system.webServer>`,
    `${indent}  <httpProtocol>`,
    `${indent}    <customHeaders>`,
    headersXml(headers, `${indent}      `, replace),
    `${indent}    </customHeaders>`,
    `${indent}  </httpProtocol>`,
    `${indent}</system.webServer>`,
  ].join('\n');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<!-- Generated from hosting/headers.json by scripts/hosting-config.ts --iis. Do not edit by hand. -->',
    '<configuration>',
    section(table[ALL] ?? {}, '  ', false),
    ...pages(table).map((page) => [
      `  <location path="${escapeXml(page.slice(1))}">`,
      section(table[page] ?? {}, '    ', true),
      '  </location>',
    ].join('\n')),
    '</configuration>',
    '',
  ].join('\n');
}

function main(args: string[]): number {
  // nginx and IIS configs are written for one deployment: its SharePoint host (VP_SHAREPOINT_HOST / VP_SITE_ID) is pinned.
  if (args.includes('--nginx')) { process.stdout.write(nginxConfig(loadBuildHeaders())); return 0; }
  if (args.includes('--iis')) { process.stdout.write(iisWebConfig(loadBuildHeaders())); return 0; }
  const expected = renderStaticWebAppConfig();
  if (args.includes('--check')) {
    const current = readFileSync(STATIC_WEB_APP_CONFIG, 'utf8');
    if (current === expected) return 0;
    process.stderr.write('staticwebapp.config.json is out of date: run npx tsx scripts/hosting-config.ts\n');
    return 1;
  }
  writeFileSync(STATIC_WEB_APP_CONFIG, expected);
  process.stdout.write(`wrote ${path.relative(ROOT, STATIC_WEB_APP_CONFIG)}\n`);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
