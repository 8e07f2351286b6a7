// Plain JavaScript on purpose: a TypeScript config needs a rechoir engine (TOOLCHAIN.md).
const fs = require('node:fs');
const path = require('node:path');
const webpack = require('webpack');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyPlugin = require('copy-webpack-plugin');
const { taskpaneHtml } = require('./src/hosts/word/taskpaneHtml');
const { headersFor, loadBuildHeaders, pinStaticWebAppConfig, sharePointHostOf } = require('./hosting/headers');

/**
 * The Agents Toolkit's local environment (m365agents.local.yml) writes `.localConfigs` (KEY=value lines): https with its
 * development certificate and this developer's Entra app. Values already in the environment win.
 */
function loadLocalConfigs(file = path.join(__dirname, '.localConfigs')) {
  if (!fs.existsSync(file)) return;
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
    if (match && process.env[match[1]] === undefined) process.env[match[1]] = match[2].replace(/^"(.*)"$/, '$1');
  }
}
loadLocalConfigs();

const DEV_PORT = Number(process.env.PORT || 3000);

/** `HTTPS=1`: https, with the toolkit's trusted certificate when SSL_CRT_FILE/SSL_KEY_FILE name one, else a self-signed one. */
function devServerTransport() {
  if (process.env.HTTPS !== '1') return 'http';
  const { SSL_CRT_FILE: cert, SSL_KEY_FILE: key } = process.env;
  return cert && key ? { type: 'https', options: { cert, key } } : 'https';
}

/** Build-time config (src/config.ts reads these); nothing secret lives here. */
function defineEnv() {
  const keys = ['VP_CLIENT_ID', 'VP_TENANT_ID', 'VP_SITE_ID', 'VP_DRIVE_ID', 'VP_LIBRARY_NAME', 'VP_BASE_URL', 'VP_SITE_ACCESS', 'VP_AUTHORITY_NAME'];
  const values = {};
  for (const key of keys) values[`process.env.${key}`] = JSON.stringify(process.env[key] || '');
  return new webpack.DefinePlugin(values);
}

const OFFICE_JS = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

function page(filename, chunk, title, extraHead = '') {
  return new HtmlWebpackPlugin({
    filename,
    chunks: [chunk],
    title,
    templateContent: ({ htmlWebpackPlugin }) => `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${htmlWebpackPlugin.options.title}</title>
${extraHead}
</head>
<body style="margin:0"><div id="root"></div></body>
</html>`,
  });
}

/**
 * The Word task pane: office.js, then a tiny ES5 guard that starts the bundle, or in IE11/EdgeHTML (older Word)
 * says which Word versions are supported (src/hosts/word/taskpaneHtml.js). The guard adds the script tags itself.
 */
function taskpanePage() {
  return new HtmlWebpackPlugin({
    filename: 'taskpane.html',
    chunks: ['taskpane'],
    inject: false,
    // Not minified: the inline guard must stay byte for byte what guardScript() returns, whose hash the CSP in
    // hosting/headers.json allows (tests/unit/security/headers.test.ts checks that it does).
    minify: false,
    templateContent: ({ htmlWebpackPlugin }) => taskpaneHtml({ title: 'Veiligheidsplan', scripts: htmlWebpackPlugin.files.js, officeJs: OFFICE_JS }),
  });
}

module.exports = (env = {}, argv = {}) => {
  const production = argv.mode === 'production';
  // connect-src names the tenant's own SharePoint host when the build knows it (VP_SHAREPOINT_HOST or VP_SITE_ID),
  // instead of any tenant's *.sharepoint.com (hosting/headers.js pinSharePoint). Read here, so a bad value fails the build.
  const sharePointHost = sharePointHostOf();
  const entries = {
    web: './src/hosts/web/index.tsx',
    tab: './src/hosts/teams/index.tsx',
    configure: './src/hosts/teams/configure.tsx',
    taskpane: './src/hosts/word/index.tsx',
    // The live netwerkberaad tried out without Teams (a local Fluid service); in Teams the tab loads it on demand.
    live: './src/hosts/live/index.tsx',
    // MSAL's popup/iframe return page: only msal-browser's redirect bridge, no app code.
    authRedirect: './src/auth/redirectBridge.ts',
    // Word without nested app authentication: the Office dialog that signs in and hands the token back.
    authDialog: './src/auth/authDialog.ts',
  };
  if (env.baseline) entries.baseline = './scripts/bench/baseline/index.tsx';
  return {
    mode: production ? 'production' : 'development',
    entry: entries,
    // No eval-based source maps: the dev server sends the same CSP as production (script-src without 'unsafe-eval').
    devtool: production ? false : 'cheap-module-source-map',
    output: {
      path: path.resolve(__dirname, env.outDir || 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      publicPath: '/',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js'] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: 'ts-loader', exclude: /node_modules/, options: { transpileOnly: true, configFile: 'tsconfig.json', compilerOptions: { noEmit: false } } }],
    },
    performance: { hints: false },
    // Live Share imports @fluidframework/test-client-utils on demand only when no connection is given and the host is
    // local; the app always passes its own connection (src/adapters/liveshare/local.ts), so that path never runs.
    ignoreWarnings: [{ module: /@microsoft[\\/]live-share/, message: /test-client-utils/ }],
    // webpack minifies HTML assets itself, inline scripts included: that would change the task pane's inline guard,
    // whose hash the CSP in hosting/headers.json allows. The pages are a few hundred bytes; they stay as written.
    optimization: { minimizeOptions: { html: false } },
    plugins: [
      defineEnv(),
      page('index.html', 'web', 'Veiligheidsplan'),
      page('tab.html', 'tab', 'Veiligheidsplan'),
      page('configure.html', 'configure', 'Veiligheidsplan'),
      page('live.html', 'live', 'Netwerkberaad live'),
      taskpanePage(),
      page('auth-redirect.html', 'authRedirect', 'Aanmelden'),
      page('auth-dialog.html', 'authDialog', 'Aanmelden', `<script src="${OFFICE_JS}"></script>`),
      ...(env.baseline ? [page('baseline.html', 'baseline', 'Baseline')] : []),
      new CopyPlugin({ patterns: [
        { from: 'assets', to: 'assets', noErrorOnMissing: true },
        // Azure Static Web Apps reads its config from the root of the deployed folder (generated from hosting/headers.json).
        { from: 'staticwebapp.config.json', to: '.', noErrorOnMissing: true, transform: (content) => pinStaticWebAppConfig(content.toString(), sharePointHost) },
      ] }),
    ],
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      hot: false,
      historyApiFallback: false,
      static: [{ directory: path.resolve(__dirname, 'assets'), publicPath: '/assets' }],
      server: devServerTransport(),
      // The security headers of hosting/headers.json per page, read on each request, so a CSP violation shows while developing.
      headers: (req) => ({ 'Cache-Control': 'no-store', ...headersFor(new URL(req.url || '/', 'http://localhost').pathname, loadBuildHeaders()) }),
    },
  };
};
