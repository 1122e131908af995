/**
 * Builds the add-in's pages into dist/: the task pane, the ribbon's function file (+ its outcome
 * dialog) and the preview page (the pane on a test double, for a newcomer without Office).
 *
 *   npx webpack --mode production      # dist/ for https://localhost:3000 (manifest.xml)
 *   npx webpack --mode development     # the same with source maps, Office.js served locally
 *   npm start                          # development build served over https (scripts/start.mjs)
 *
 * Where Office.js comes from (`--env officejs=cdn|local` overrides):
 * - production: Microsoft's CDN, https://appsforoffice.microsoft.com/lib/1/hosted/office.js, as
 *   every add-in does (AppSource requires it; Office keeps it current).
 * - development: the pinned copy in node_modules/@microsoft/office-js/dist, served as
 *   /office-js/office.js. The dev server serves that whole folder (Office's per-host scripts
 *   too), so `npm start` works without the network; office.js and the
 *   o15apptofilemappingtable.js it fetches are also copied into dist/office-js/ so a plain
 *   static server of dist/ works outside Office (Office.onReady then resolves with no host and
 *   the pane says, in Dutch, that it needs Word or Excel, instead of hanging).
 * The preview page never loads Office.js: it needs no network at all.
 *
 * Content-Security-Policy (a meta tag on each page): scripts only from 'self' and the Office
 * CDN, no inline script, no eval — hence devtool 'source-map' (never an eval-* devtool).
 * Styles allow 'unsafe-inline' because Fluent UI (Griffel) inserts its CSS at run time.
 */
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const OFFICE_CDN = 'https://appsforoffice.microsoft.com';
const OFFICE_CDN_JS = `${OFFICE_CDN}/lib/1/hosted/office.js`;
const OFFICE_LOCAL_JS = '/office-js/office.js';
const OFFICE_DIST = path.join(__dirname, 'node_modules/@microsoft/office-js/dist');
const DEV_PORT = 3000;

const csp = ({ office, dev }) =>
  [
    "default-src 'self'",
    `script-src 'self'${office ? ` ${OFFICE_CDN}` : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self'${office ? ` ${OFFICE_CDN}` : ''}${dev ? ` wss://localhost:${DEV_PORT} ws://localhost:${DEV_PORT}` : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode === 'development' ? 'development' : 'production';
  const dev = mode === 'development';
  const officeJsMode = env.officejs === 'cdn' || env.officejs === 'local' ? env.officejs : dev ? 'local' : 'cdn';
  const officeJs = officeJsMode === 'local' ? OFFICE_LOCAL_JS : OFFICE_CDN_JS;

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
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.join(__dirname, 'dist'),
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
      page('preview', './src/preview/preview.html', ['preview'], false),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'src/taskpane/page.css', to: 'page.css' },
          { from: 'src/commands/dialog.css', to: 'dialog.css' },
          { from: 'src/preview/preview.css', to: 'preview.css' },
          ...(officeJsMode === 'local'
            ? [
                { from: path.join(OFFICE_DIST, 'office.js'), to: 'office-js/office.js' },
                { from: path.join(OFFICE_DIST, 'o15apptofilemappingtable.js'), to: 'office-js/o15apptofilemappingtable.js' },
              ]
            : []),
        ],
      }),
    ],
    performance: { hints: false },
    stats: 'errors-warnings',
    devServer: {
      port: DEV_PORT,
      host: 'localhost',
      // Office loads the pane in its own frame; the dev server answers it from anywhere.
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: [{ directory: OFFICE_DIST, publicPath: '/office-js', watch: false }],
      hot: false,
      liveReload: true,
      client: { overlay: false },
    },
  };
};
