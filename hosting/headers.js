// Plain JavaScript (CommonJS) on purpose: webpack.config.js (the dev server) reads the headers with it, and so do the
// e2e server (tests/e2e/harness.ts) and the hosting config generator (scripts/hosting-config.ts). One reader, one file.
'use strict';

const fs = require('node:fs');
const path = require('node:path');

/** The one file with every page's security headers (docs/security.md explains each value). */
const HEADERS_FILE = path.join(__dirname, 'headers.json');

/** The entry whose headers every response gets; a page's own entry is laid over it. */
const ALL = '/*';

/**
 * The headers file: `{ "<path>": { "<header>": "<value>" } }`, keyed by `/*` (every response) and exact page paths.
 * Read fresh on every call, so the dev server picks up an edit without a restart.
 * @param {string} [file]
 * @returns {Record<string, Record<string, string>>}
 */
function loadHeaders(file = HEADERS_FILE) {
  const table = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const [pattern, headers] of Object.entries(table)) {
    if (pattern !== ALL && !/^\/[^*]*$/.test(pattern)) throw new Error(`${file}: "${pattern}" is neither "${ALL}" nor an exact path`);
    for (const [name, value] of Object.entries(headers)) {
      if (typeof value !== 'string') throw new Error(`${file}: ${pattern} ${name} is not a string`);
    }
  }
  return table;
}

/**
 * The response headers for a request path: those of `/*`, with the page's own entry over them (a header named in
 * both takes the page's value, as Azure Static Web Apps does with globalHeaders and a route's headers). `/` is
 * `/index.html`, the page a static host serves for it.
 * @param {string} urlPath the request's path, without query
 * @param {Record<string, Record<string, string>>} [table]
 * @returns {Record<string, string>}
 */
function headersFor(urlPath, table = loadHeaders()) {
  const page = urlPath === '/' ? '/index.html' : urlPath;
  return { ...(table[ALL] ?? {}), ...(table[page] ?? {}) };
}

/** The source headers.json gives connect-src for SharePoint: any tenant's host, until the build names its own. */
const ANY_SHAREPOINT = 'https://*.sharepoint.com';
const SHAREPOINT_HOST = /^([a-z0-9][a-z0-9-]*)\.sharepoint\.com$/;

/**
 * The tenant's own SharePoint host for this build, lower case, or null when none is configured: `VP_SHAREPOINT_HOST`
 * (`contoso.sharepoint.com`), else the host part of `VP_SITE_ID`, whose Graph form is
 * `{hostname},{site-collection id},{web id}` (https://learn.microsoft.com/en-us/graph/api/resources/site, "id").
 * A value that is not a `<name>.sharepoint.com` host fails the build rather than widen or break the policy.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string | null}
 */
function sharePointHostOf(env = process.env) {
  const explicit = (env.VP_SHAREPOINT_HOST || '').trim().toLowerCase().replace(/^https:\/\//, '').replace(/\/+$/, '');
  const fromSite = (env.VP_SITE_ID || '').trim().toLowerCase().split(',')[0] || '';
  const host = explicit || (fromSite.includes('.') ? fromSite : '');
  if (!host) return null;
  if (!SHAREPOINT_HOST.test(host)) {
    throw new Error(`${explicit ? 'VP_SHAREPOINT_HOST' : 'VP_SITE_ID'}: "${host}" is not a <tenant>.sharepoint.com host (docs/security.md, connect-src).`);
  }
  return host;
}

/**
 * The SharePoint origins a page may connect to once the tenant's host is known: that host (the plan files'
 * pre-authenticated download URLs) and its OneDrive twin `<tenant>-my.sharepoint.com`; both the tenant's own.
 * @param {string} host
 * @returns {string[]}
 */
function tenantSharePointOrigins(host) {
  const name = (SHAREPOINT_HOST.exec(host) || [])[1] || '';
  const personal = name.endsWith('-my') ? `${name.slice(0, -3)}.sharepoint.com` : `${name}-my.sharepoint.com`;
  return [`https://${host}`, `https://${personal}`].sort();
}

/**
 * A Content-Security-Policy with `https://*.sharepoint.com` in connect-src replaced by the tenant's own hosts, so an
 * injected script cannot send data to another tenant's SharePoint. Other directives (the task pane's frame-ancestors
 * list where Word on the web may show it) are left alone. Without a host, the policy is returned as it is.
 * @param {string} policy
 * @param {string | null} host
 * @returns {string}
 */
function pinSharePoint(policy, host) {
  if (!host) return policy;
  return policy.split(';').map((directive) => {
    const [name, ...sources] = directive.trim().split(/\s+/);
    if (name !== 'connect-src' || !sources.includes(ANY_SHAREPOINT)) return directive;
    const pinned = sources.flatMap((source) => (source === ANY_SHAREPOINT ? tenantSharePointOrigins(host) : [source]));
    return `${directive.startsWith(' ') ? ' ' : ''}${[name, ...pinned].join(' ')}`;
  }).join(';');
}

/**
 * Every Content-Security-Policy of a header table pinned to the tenant's host (pinSharePoint).
 * @param {Record<string, Record<string, string>>} table
 * @param {string | null} host
 * @returns {Record<string, Record<string, string>>}
 */
function pinTable(table, host) {
  return Object.fromEntries(Object.entries(table).map(([page, headers]) => [page, pinHeaders(headers, host)]));
}

/**
 * @param {Record<string, string>} headers
 * @param {string | null} host
 * @returns {Record<string, string>}
 */
function pinHeaders(headers, host) {
  const policy = headers['Content-Security-Policy'];
  return policy === undefined ? headers : { ...headers, 'Content-Security-Policy': pinSharePoint(policy, host) };
}

/**
 * The headers of this build: headers.json with the tenant's SharePoint host pinned when the build names one.
 * @param {Record<string, string | undefined>} [env]
 * @param {string} [file]
 * @returns {Record<string, Record<string, string>>}
 */
function loadBuildHeaders(env = process.env, file = HEADERS_FILE) {
  return pinTable(loadHeaders(file), sharePointHostOf(env));
}

/**
 * An Azure Static Web Apps config (staticwebapp.config.json, made from headers.json by scripts/hosting-config.ts)
 * with its policies pinned the same way: webpack copies it into the build through this.
 * @param {string} json
 * @param {string | null} host
 * @returns {string}
 */
function pinStaticWebAppConfig(json, host) {
  if (!host) return json;
  const config = JSON.parse(json);
  const pinned = {
    ...config,
    globalHeaders: pinHeaders(config.globalHeaders || {}, host),
    routes: (config.routes || []).map((route) => (route.headers ? { ...route, headers: pinHeaders(route.headers, host) } : route)),
  };
  return `${JSON.stringify(pinned, null, 2)}\n`;
}

module.exports = {
  HEADERS_FILE, ALL, ANY_SHAREPOINT, loadHeaders, headersFor, sharePointHostOf, pinSharePoint, pinTable, loadBuildHeaders, pinStaticWebAppConfig,
};
