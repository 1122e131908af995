#!/usr/bin/env node
/**
 * npm start: install dependencies if they are missing, build the add-in (development) and serve it
 * on https://localhost:3000, where manifest.xml points; then, as Office's own project template does:
 * - on Windows and macOS, sideload it into desktop Word or Excel with office-addin-debugging
 *   (`npm start -- --host excel` for Excel; Ctrl+C stops the server and removes the sideload);
 * - on Linux, where there is no desktop Office, print how to sideload it (Office on the web).
 *
 * Options:
 *   --host word|excel   which desktop app to open (Windows/macOS; default word)
 *   --offline           serve the pinned office.js from node_modules/@microsoft/office-js instead
 *                       of Microsoft's CDN (the default, as in Office's template)
 *   --no-sideload       only serve and print the steps, on any OS
 *   --port N            another port (only for the preview page: manifest.xml says 3000)
 *   --no-certs          skip Office's developer certificates, use a self-signed one
 *
 * office-addin-debugging is run with `npx` at a pinned version rather than being a devDependency:
 * it brings Microsoft 365 Agents Toolkit and keytar (a native module whose install fails on a
 * Linux machine without libsecret), which would break `npm ci` where it is never used.
 *
 * Certificates, best first:
 *  1. office-addin-dev-certs: a developer CA installed in the trust store + a localhost
 *     certificate (what Office's own templates use; installing the CA needs sudo on Linux).
 *  2. The CA and certificate office-addin-dev-certs generated in ~/.office-addin-dev-certs,
 *     used as they are when the CA could not be installed: trust it yourself (see below).
 *  3. A self-signed certificate from webpack-dev-server, when nothing could be generated.
 * Whichever is used is printed plainly.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const say = (text = '') => process.stdout.write(`${text}\n`);

/** office-addin-debugging, pinned: the version Office's template used when this was written. */
export const OFFICE_ADDIN_DEBUGGING = 'office-addin-debugging@7.0.0';

/** What `npm start ARGS` does on `platform`, from its arguments alone. */
export const startPlan = (args, platform = process.platform) => {
  const value = (flag) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const host = (value('--host') ?? 'word').toLowerCase();
  if (host !== 'word' && host !== 'excel') return { error: `--host is word or excel, not "${host}"` };
  const port = value('--port') === undefined ? 3000 : Number(value('--port'));
  if (!Number.isInteger(port) || port <= 0 || port > 65535) return { error: `--port is a port number, not "${value('--port')}"` };
  const desktop = platform === 'win32' || platform === 'darwin';
  const sideload = desktop && !args.includes('--no-sideload') && port === 3000;
  const manifest = join(root, 'manifest.xml');
  return {
    host,
    port,
    offline: args.includes('--offline'),
    useDevCerts: !args.includes('--no-certs'),
    sideload: sideload
      ? {
          start: ['npx', '--yes', OFFICE_ADDIN_DEBUGGING, 'start', manifest, 'desktop', '--app', host],
          stop: ['npx', '--yes', OFFICE_ADDIN_DEBUGGING, 'stop', manifest],
        }
      : undefined,
  };
};

const certDir = join(homedir(), '.office-addin-dev-certs');
const certFiles = { ca: join(certDir, 'ca.crt'), cert: join(certDir, 'localhost.crt'), key: join(certDir, 'localhost.key') };

/** Resolves to https options and a sentence on how far the browser will trust them. */
const certificates = async ({ useDevCerts, port }) => {
  if (!useDevCerts) return { options: undefined, note: 'Self-signed certificate (--no-certs): accept the browser warning once.' };
  try {
    const devCerts = require('office-addin-dev-certs');
    const options = await devCerts.getHttpsServerOptions();
    return { options, note: 'Office developer certificate, trusted by this machine.' };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    if (existsSync(certFiles.cert) && existsSync(certFiles.key)) {
      return {
        options: {
          key: readFileSync(certFiles.key),
          cert: readFileSync(certFiles.cert),
          ...(existsSync(certFiles.ca) ? { ca: readFileSync(certFiles.ca) } : {}),
        },
        note:
          `The Office developer CA could not be installed in the trust store (${reason}).\n` +
          `  Using the certificate it generated anyway: ${certFiles.cert}\n` +
          `  Trust its CA once — import ${certFiles.ca} as a trusted root in your browser/OS —\n` +
          `  or open https://localhost:${port}/taskpane.html and accept the warning, before sideloading.`,
      };
    }
    return {
      options: undefined,
      note:
        `No Office developer certificate (${reason}).\n` +
        `  Using a self-signed certificate from webpack-dev-server: open https://localhost:${port}/taskpane.html\n` +
        '  once and accept the warning. Office on the desktop will not trust it; install the\n' +
        '  developer certificate with `npx office-addin-dev-certs install` (needs admin rights).',
    };
  }
};

const printHelp = (plan, certificate) => {
  const base = `https://localhost:${plan.port}`;
  const manifest = join(root, 'manifest.xml');
  say();
  say('Statustabel is served on ' + base);
  say(`  Task pane:     ${base}/taskpane.html`);
  say(`  Preview page:  ${base}/preview.html   (the pane without Office, on a test double of Word)`);
  say(`                 ${base}/preview.html?host=excel   ?variant=no-inburgering   ?empty=1   ?lang=en`);
  say();
  say(`Certificate: ${certificate.note}`);
  say();
  if (plan.sideload) {
    say(`Sideloading ${manifest} into desktop ${plan.host === 'excel' ? 'Excel' : 'Word'} (office-addin-debugging)…`);
  } else {
    say(`Sideload ${manifest}:`);
    say('  Word or Excel on the web: open a document, Home (or Insert) > Add-ins > More Add-ins >');
    say('    My Add-ins > Upload My Add-in, and choose manifest.xml.');
    say('  Windows or Mac desktop: run npm start there; it sideloads into Word (--host excel for Excel).');
  }
  say('  The buttons appear on the Home tab: Controleren, Koppen invoegen, Datum bijwerken.');
  say();
  say(
    plan.offline
      ? 'Office.js: the pinned copy from node_modules/@microsoft/office-js (--offline; no network needed).'
      : "Office.js: Microsoft's CDN, as in production (npm start -- --offline serves the pinned copy).",
  );
  say('Ctrl+C stops.');
};

/** Runs a command to completion, inheriting the terminal; resolves to its exit code. */
const run = ([command, ...args]) =>
  new Promise((done) => {
    const child = spawn(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
    child.on('exit', (code) => done(code ?? 1));
    child.on('error', () => done(1));
  });

const main = async () => {
  const plan = startPlan(process.argv.slice(2));
  if (plan.error) {
    process.stderr.write(`npm start: ${plan.error}\n`);
    process.exit(2);
  }
  const { ensureDependencies } = require('./prerequisites.cjs');
  if (!ensureDependencies(say)) {
    process.stderr.write('npm start: installing the dependencies failed (see npm above); fix that and run npm start again.\n');
    process.exit(1);
  }
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const makeConfig = require(join(root, 'webpack.config.js'));
  const config = makeConfig(plan.offline ? { officejs: 'local' } : {}, { mode: 'development' });
  const certificate = await certificates(plan);
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port: plan.port,
      server: certificate.options ? { type: 'https', options: certificate.options } : { type: 'https' },
    },
    compiler,
  );
  let printed = false;
  let sideloaded = false;
  compiler.hooks.done.tap('statustabel-start', (stats) => {
    if (stats.hasErrors()) {
      say(stats.toString({ all: false, errors: true, colors: false }));
      return;
    }
    if (printed) {
      say(`Rebuilt in ${stats.endTime - stats.startTime} ms.`);
      return;
    }
    printed = true;
    printHelp(plan, certificate);
    if (plan.sideload) {
      run(plan.sideload.start).then((code) => {
        sideloaded = code === 0;
        if (!sideloaded) say(`Sideloading failed (exit ${code}); the add-in is still served: sideload ${join(root, 'manifest.xml')} by hand.`);
      });
    }
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    if (plan.sideload && sideloaded) await run(plan.sideload.stop);
    await server.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  say(`Building and starting https://localhost:${plan.port} …`);
  await server.start();
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    process.stderr.write(`npm start failed: ${message}\n`);
    process.exit(1);
  });
}
