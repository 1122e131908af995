/**
 * Builds the add-in's pages: the task pane, the ribbon's function file (+ its outcome dialog) and,
 * outside production, the preview page (the pane on Microsoft's client over the simulated Word or
 * Excel, for a newcomer without Office).
 *
 *   npm run build -- --env url=https://host/path/   # production: dist/ for that address
 *   npm start                                       # development build served on https://localhost:3000
 *   webpack --mode production --env preview         # build/preview/: the production bundle plus the
 *                                                   #   preview page and a local office.js (tests, bench)
 *   npm run build:dev                               # build/dev/: a development build on disk
 *
 * Only a production build writes dist/, and only for an address: dist/ is what IT copies to a
 * server, so it never holds the preview page (it bundles the simulator) nor a manifest that
 * points at localhost. dist/manifest.xml is manifest.xml moved to the address, with <Version>
 * from package.json (scripts/manifest.cjs), and is validated against Microsoft's schemas before
 * it is written (scripts/validate-manifest.mjs): a broken one fails the build.
 *
 * Where Office.js comes from (`--env officejs=cdn|local` overrides):
 * - Microsoft's CDN, https://appsforoffice.microsoft.com/lib/1/hosted/office.js, in production and
 *   in `npm start`, as Office's own project template does: Office keeps it current and Microsoft
 *   Marketplace requires it. `npm start -- --offline` (env officejs=local) serves the pinned copy.
 * - The pinned copy in node_modules/@microsoft/office-js/dist (1.1.110, which lags the CDN), served
 *   as /office-js/office.js, for work without the network and in the tests' preview build. office.js
 *   and the o15apptofilemappingtable.js it fetches are copied beside the pages so a plain static
 *   server works outside Office (Office.onReady then resolves with no host and the pane says, in
 *   Dutch, that it needs Word or Excel, instead of hanging).
 * The preview page loads Microsoft's Word or Excel client file from office-js/ (copied beside it),
 * never office.js or the CDN: it runs the pane over the simulator without the network.
 *
 * Content-Security-Policy: see `csp` below; the same policy is sent as a header by the nginx
 * example in deploy/ (test/deploy checks they agree).
 */
const path = require('node:path');
const { readFileSync } = require('node:fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const { manifestFor, normalizeAddress } = require('./scripts/manifest.cjs');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_CDN_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;
const OFFICE_LOCAL_JS = '/office-js/office.js';
const OFFICE_DIST = path.join(__dirname, 'node_modules/@microsoft/office-js/dist');
const DEV_PORT = 3000;

/**
 * MicrosoftAjax.js, the one script Office.js loads from outside its own folder. In
 * @microsoft/office-js 1.1.110, word-win32-16.00.js and excel-win32-16.00.js (Word and Excel on
 * Windows builds that report host file version 16.00) call OsfMsAjaxFactory.loadMsAjaxFull() when
 * MicrosoftAjax is not loaded and throw "Not able to load MicrosoftAjax.js." if it fails, and so
 * does the Office 2013 loader (o15apptofilemappingtable.js); office-js issue 1005 (an open request
 * for an official CSP list, which Microsoft has not published) reports the same load. Allowed as
 * this one file — a source with a full path matches only that path (CSP Level 2) — not the whole
 * host, which serves other libraries too.
 */
const MICROSOFT_AJAX = 'https://ajax.aspnetcdn.com/ajax/3.5/MicrosoftAjax.js';

/**
 * The pages' Content-Security-Policy. Strict where it can be: no inline script, no eval (hence
 * devtool 'source-map', never an eval-* devtool), scripts only from the add-in's own origin and
 * Office's (Office.js loads its host, locale and telemetry scripts from the folder office.js came
 * from — read from the 1.1.110 debug files). Loosened only on evidence:
 * - script-src MICROSOFT_AJAX: see above.
 * - style-src 'unsafe-inline': Fluent UI (Griffel) inserts its CSS at run time, and Office's own
 *   excel-web-16.00.js applies inline styles (office-js issue 1687).
 * Deliberately absent:
 * - frame-ancestors / X-Frame-Options: Office on the web frames the pane from Microsoft hosts that
 *   are not listed anywhere official; restricting them broke add-ins (office-js issues 3342, 3835;
 *   office-js-docs-pr issue 4911). (A meta tag cannot carry frame-ancestors anyway.)
 * - sandbox: it stopped office.js from initialising (office-js issue 1124).
 * Not known here: what Office.js posts for telemetry (its files name *.pipe.aria.microsoft.com
 * collectors); connect-src does not allow them, which at worst loses Microsoft's telemetry. See
 * docs/deploy.md, "What could not be verified".
 */
const csp = ({ office, dev }) =>
  [
    "default-src 'self'",
    `script-src 'self'${office ? ` ${OFFICE_CDN} ${MICROSOFT_AJAX}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${office ? ` ${OFFICE_CDN}` : ''}${dev ? ` wss://localhost:${DEV_PORT} ws://localhost:${DEV_PORT}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

/** One line for a build that cannot start, instead of webpack's stack. */
const refuse = (message) => {
  process.stderr.write(`build: ${message}\n`);
  process.exit(2);
};

/** Emits dist/manifest.xml for the address after validating it; a schema error fails the build. */
class ManifestPlugin {
  constructor(address) {
    this.address = address;
  }
  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap('statustabel-manifest', (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name: 'statustabel-manifest', stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, async () => {
        const { version } = JSON.parse(readFileSync(path.join(__dirname, 'package.json'), 'utf8'));
        let xml;
        try {
          xml = manifestFor(readFileSync(path.join(__dirname, 'manifest.xml'), 'utf8'), { address: this.address, version });
        } catch (error) {
          compilation.errors.push(new WebpackError(`manifest.xml: ${error.message}`));
          return;
        }
        const { validateManifest } = await import('./scripts/validate-manifest.mjs');
        const { valid, errors } = await validateManifest(xml, 'manifest.xml');
        if (!valid) {
          compilation.errors.push(new WebpackError(`the manifest for ${this.address} is not valid against Microsoft's schemas:\n${errors.join('\n')}`));
          return;
        }
        compilation.emitAsset('manifest.xml', new sources.RawSource(xml));
      });
    });
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const preview = dev || Boolean(env.preview);
  const production = !preview;
  if (production && !env.url) {
    refuse('a production build is for the address it will be served from: npm run build -- --env url=https://host/path/');
  }
  if (production) {
    try {
      normalizeAddress(env.url);
    } catch (error) {
      refuse(error.message);
    }
  }
  const officeJsMode = env.officejs === 'cdn' || env.officejs === 'local' ? env.officejs : env.preview ? 'local' : 'cdn';
  const officeJs = officeJsMode === 'local' ? OFFICE_LOCAL_JS : OFFICE_CDN_JS;
  const outputPath = production ? path.join(__dirname, 'dist') : path.join(__dirname, 'build', dev ? 'dev' : 'preview');

  const page = (name, template, chunks, office) =>
    new HtmlWebpackPlugin({
      filename: `${name}.html`,
      template,
      chunks,
      inject: 'head',
      scriptLoading: 'defer',
      officeJs,
      csp: csp({ office, dev }),
    });

  return {
    mode,
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      dialog: './src/commands/dialog.ts',
      ...(preview ? { preview: './src/preview/index.tsx' } : {}),
    },
    output: {
      path: outputPath,
      filename: dev ? '[name].js' : '[name].[contenthash:8].js',
      clean: true,
    },
    resolve: { extensions: ['.tsx', '.ts', '.js', '.json'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Types are checked by `npm run typecheck`; here ES modules, so Fluent UI tree-shakes.
              transpileOnly: true,
              compilerOptions: { module: 'esnext', sourceMap: dev, rootDir: __dirname },
            },
          },
        },
      ],
    },
    plugins: [
      page('taskpane', './src/taskpane/taskpane.html', ['taskpane'], true),
      page('commands', './src/commands/commands.html', ['commands'], true),
      page('dialog', './src/commands/dialog.html', ['dialog'], true),
      ...(preview ? [page('preview', './src/preview/preview.html', ['preview'], false)] : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/taskpane/page.css', to: 'page.css' },
          { from: 'src/commands/dialog.css', to: 'dialog.css' },
          ...(preview
            ? [
                { from: 'src/preview/preview.css', to: 'preview.css' },
                { from: 'src/preview/office-early.js', to: 'office-early.js' },
                // The preview runs Microsoft's own Word and Excel clients over the simulator (src/simulator/browser.ts).
                { from: path.join(OFFICE_DIST, 'word-web-16.00.js'), to: 'office-js/word-web-16.00.js', info: { minimized: true } },
                { from: path.join(OFFICE_DIST, 'excel-web-16.00.js'), to: 'office-js/excel-web-16.00.js', info: { minimized: true } },
              ]
            : []),
          ...(officeJsMode === 'local'
            ? [
                { from: path.join(OFFICE_DIST, 'office.js'), to: 'office-js/office.js' },
                { from: path.join(OFFICE_DIST, 'o15apptofilemappingtable.js'), to: 'office-js/o15apptofilemappingtable.js' },
              ]
            : []),
        ],
      }),
      ...(production ? [new ManifestPlugin(env.url)] : []),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      // Office loads the pane in its own frame; the dev server answers it from anywhere.
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: officeJsMode === 'local' ? [{ directory: OFFICE_DIST, publicPath: '/office-js', watch: false }] : [],
      hot: false,
      liveReload: true,
      client: { overlay: false },
    },
  };
};

module.exports.csp = csp;
module.exports.OFFICE_CDN_JS = OFFICE_CDN_JS;
