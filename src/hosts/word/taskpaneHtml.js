// Plain JavaScript (CommonJS) on purpose: webpack.config.js renders taskpane.html with it, and
// tests/unit/hosts/word/taskpaneHtml.test.ts loads the same HTML in jsdom.
'use strict';

const crypto = require('node:crypto');

// The texts live with the app's other messages (src/i18n/areas/auth.ts types them).
const messages = require('../../i18n/areas/auth.messages.json');

const OLD_WORD_MESSAGE_NL = messages['auth.oldWord'].nl;
const OLD_WORD_MESSAGE_EN = messages['auth.oldWord'].en;

/**
 * Older Word on Windows runs add-ins in Internet Explorer 11 (user agent "Trident/") or in EdgeHTML, Edge Legacy
 * ("Edge/"; Chromium Edge says "Edg/"). The bundle is modern JavaScript and would fail there with a blank pane, so
 * the bundle's script tags are inert (`type="text/plain"`: a browser neither fetches nor runs them) and this ES5
 * script runs first: in those webviews it shows which Word versions are supported and starts nothing; elsewhere it
 * turns each inert tag into a real script, in order. Detection as Microsoft documents it:
 * https://learn.microsoft.com/en-us/office/dev/add-ins/develop/support-ie-11
 * Webviews per Office version: https://learn.microsoft.com/en-us/office/dev/add-ins/concepts/browsers-used-by-office-web-add-ins
 */
function escapeHtml(text) {
  return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** The inline guard, ES5 only (IE11 must parse it). */
function guardScript() {
  const message =
    '<main style="font-family:Segoe UI,Arial,sans-serif;padding:16px;line-height:1.4">' +
    '<h1 style="font-size:18px">Veiligheidsplan</h1>' +
    `<p role="alert">${escapeHtml(OLD_WORD_MESSAGE_NL)}</p>` +
    `<p lang="en">${escapeHtml(OLD_WORD_MESSAGE_EN)}</p></main>`;
  return [
    '(function () {',
    "  var ua = navigator.userAgent || '';",
    "  if (ua.indexOf('Trident/') !== -1 || ua.indexOf('Edge/') !== -1) {",
    `    document.getElementById('root').innerHTML = ${JSON.stringify(message)};`,
    '    return;',
    '  }',
    "  var inert = document.querySelectorAll('script[data-bundle]');",
    '  for (var i = 0; i < inert.length; i++) {',
    "    var s = document.createElement('script');",
    "    s.src = inert[i].getAttribute('src');",
    '    s.async = false;',
    '    document.body.appendChild(s);',
    '  }',
    '})();',
  ].join('\n');
}

/** For a Content-Security-Policy `script-src`: the inline guard's hash. */
function guardScriptHash() {
  return `'sha256-${crypto.createHash('sha256').update(guardScript()).digest('base64')}'`;
}

/**
 * taskpane.html. office.js loads first (it supports IE11 too); the guard then starts the bundle, or explains.
 * @param {{ title: string, scripts: string[], officeJs: string }} options
 */
function taskpaneHtml(options) {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(options.title)}</title>
<script src="${escapeHtml(options.officeJs)}"></script>
</head>
<body style="margin:0"><div id="root"></div>
${options.scripts.map((src) => `<script type="text/plain" data-bundle src="${escapeHtml(src)}"></script>`).join('\n')}
<script>${guardScript()}</script>
</body>
</html>`;
}

module.exports = { taskpaneHtml, guardScriptHash, OLD_WORD_MESSAGE_NL, OLD_WORD_MESSAGE_EN };
