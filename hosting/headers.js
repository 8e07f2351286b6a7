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

module.exports = { HEADERS_FILE, ALL, loadHeaders, headersFor };
