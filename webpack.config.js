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

/** The live try-out page (live.html) and its entry: for `npm start`, never in what a production build ships. */
const TRY_OUT = { chunk: 'live', page: 'live.html' };

/** Where a production build puts the try-out page instead: `<output>-tryout`, next to the build, never deployed. */
function tryOutFolder(outputPath) {
  return `${outputPath.replace(/[\\/]+$/, '')}-tryout`;
}

/**
 * Production builds leave the try-out page out of the output (issue 25, security review finding 12: in a tenant build it
 * would start MSAL and Graph under a loopback-only policy, a development page on the production host). The one build
 * still compiles it, because the live e2e (tests/e2e/live.e2e.ts) and `npm run bench` run it against the production
 * bundle: its page and entry script go to `<output>-tryout/`, which the e2e server (tests/e2e/harness.ts serveDist)
 * serves behind the build. The async chunks it loads are the tab's too and stay where they are.
 */
class TryOutAside {
  apply(compiler) {
    const aside = new Map();
    compiler.hooks.thisCompilation.tap('TryOutAside', (compilation) => {
      compilation.hooks.processAssets.tap({ name: 'TryOutAside', stage: webpack.Compilation.PROCESS_ASSETS_STAGE_REPORT }, () => {
        aside.clear();
        const chunk = compilation.namedChunks.get(TRY_OUT.chunk);
        const files = [TRY_OUT.page, ...(chunk ? [...chunk.files, ...chunk.auxiliaryFiles] : [])];
        for (const file of files) {
          const asset = compilation.getAsset(file);
          if (!asset) continue;
          aside.set(file, asset.source.buffer());
          compilation.deleteAsset(file);
        }
      });
    });
    compiler.hooks.afterEmit.tap('TryOutAside', (compilation) => {
      const folder = tryOutFolder(compilation.outputOptions.path);
      fs.rmSync(folder, { recursive: true, force: true });
      fs.mkdirSync(folder, { recursive: true });
      for (const [file, content] of aside) fs.writeFileSync(path.join(folder, file), content);
    });
  }
}

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
      // The web page links to the try-out page only where it exists (src/hosts/web/index.tsx).
      new webpack.DefinePlugin({ 'process.env.VP_LIVE_TRYOUT': JSON.stringify(production ? '' : '1') }),
      ...(production ? [new TryOutAside()] : []),
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

// For tests/unit/security/tryOut.test.ts; webpack itself only calls the function.
module.exports.TryOutAside = TryOutAside;
module.exports.tryOutFolder = tryOutFolder;
