#!/usr/bin/env node
/**
 * npm start: build the add-in (development) and serve it on https://localhost:3000, where
 * manifest.xml points, then say how to sideload it and where the preview page is.
 *
 * Certificates, best first:
 *  1. office-addin-dev-certs: a developer CA installed in the trust store + a localhost
 *     certificate (what Office's own templates use; installing the CA needs sudo on Linux).
 *  2. The CA and certificate office-addin-dev-certs generated in ~/.office-addin-dev-certs,
 *     used as they are when the CA could not be installed: trust it yourself (see below).
 *  3. A self-signed certificate from webpack-dev-server, when nothing could be generated.
 * Whichever is used is printed plainly.
 *
 * Options: --port N (only for trying the preview; manifest.xml says 3000), --no-certs (skip 1
 * and 2).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : 3000;
const useDevCerts = !args.includes('--no-certs');

const certDir = join(homedir(), '.office-addin-dev-certs');
const certFiles = { ca: join(certDir, 'ca.crt'), cert: join(certDir, 'localhost.crt'), key: join(certDir, 'localhost.key') };

const say = (text = '') => process.stdout.write(`${text}\n`);

/** Resolves to https options and a sentence on how far the browser will trust them. */
const certificates = async () => {
  if (useDevCerts) {
    try {
      const devCerts = require('office-addin-dev-certs');
      const options = await devCerts.getHttpsServerOptions();
      return { options, how: 'trusted', note: 'Office developer certificate, trusted by this machine.' };
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      if (existsSync(certFiles.cert) && existsSync(certFiles.key)) {
        return {
          options: {
            key: readFileSync(certFiles.key),
            cert: readFileSync(certFiles.cert),
            ...(existsSync(certFiles.ca) ? { ca: readFileSync(certFiles.ca) } : {}),
          },
          how: 'untrusted-ca',
          note:
            `The Office developer CA could not be installed in the trust store (${reason}).\n` +
            `  Using the certificate it generated anyway: ${certFiles.cert}\n` +
            `  Trust its CA once — import ${certFiles.ca} as a trusted root in your browser/OS —\n` +
            `  or open https://localhost:${port}/taskpane.html and accept the warning, before sideloading.`,
        };
      }
      return {
        options: undefined,
        how: 'self-signed',
        note:
          `No Office developer certificate (${reason}).\n` +
          `  Using a self-signed certificate from webpack-dev-server: open https://localhost:${port}/taskpane.html\n` +
          '  once and accept the warning. Office on the desktop will not trust it; install the\n' +
          '  developer certificate with `npx office-addin-dev-certs install` (needs admin rights).',
      };
    }
  }
  return { options: undefined, how: 'self-signed', note: 'Self-signed certificate (--no-certs): accept the browser warning once.' };
};

const printHelp = (certificate) => {
  const base = `https://localhost:${port}`;
  const manifest = join(root, 'manifest.xml');
  say();
  say('Statustabel is served on ' + base);
  say(`  Task pane:     ${base}/taskpane.html`);
  say(`  Preview page:  ${base}/preview.html   (the pane without Office, on a test double of Word)`);
  say(`                 ${base}/preview.html?host=excel   ?variant=no-inburgering   ?empty=1   ?lang=en`);
  say();
  say(`Certificate: ${certificate.note}`);
  say();
  say(`Sideload ${manifest}:`);
  say('  Word or Excel on the web: open a document, Home (or Insert) > Add-ins > More Add-ins >');
  say('    My Add-ins > Upload My Add-in, and choose manifest.xml.');
  say('  Windows desktop: share the folder that holds manifest.xml, add \\\\<computer>\\<share> under');
  say('    File > Options > Trust Center > Trust Center Settings > Trusted Add-in Catalogs (tick');
  say('    "Show in Menu"), restart Word/Excel, then Insert > My Add-ins > Shared Folder.');
  say('  Mac desktop: copy manifest.xml into');
  say('    ~/Library/Containers/com.microsoft.Word/Data/Documents/wef   (Word)');
  say('    ~/Library/Containers/com.microsoft.Excel/Data/Documents/wef  (Excel)');
  say('    (create the wef folder if missing), restart, then Insert > My Add-ins.');
  say('  The buttons appear on the Home tab: Controleren, Koppen invoegen, Datum bijwerken.');
  say();
  say('Office.js is served from node_modules/@microsoft/office-js (no network needed); a production');
  say('build (npm run build) loads it from Microsoft\'s CDN, as every add-in does. Ctrl+C stops.');
};

const main = async () => {
  const webpack = require('webpack');
  const WebpackDevServer = require('webpack-dev-server');
  const makeConfig = require(join(root, 'webpack.config.js'));
  const config = makeConfig({}, { mode: 'development' });
  const certificate = await certificates();
  const compiler = webpack(config);
  const server = new WebpackDevServer(
    {
      ...config.devServer,
      port,
      server: certificate.options ? { type: 'https', options: certificate.options } : { type: 'https' },
    },
    compiler,
  );
  let printed = false;
  compiler.hooks.done.tap('statustabel-start', (stats) => {
    if (stats.hasErrors()) {
      say(stats.toString({ all: false, errors: true, colors: false }));
      return;
    }
    if (!printed) {
      printed = true;
      printHelp(certificate);
    } else {
      say(`Rebuilt in ${stats.endTime - stats.startTime} ms.`);
    }
  });
  const stop = () => {
    server.stop().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  say(`Building and starting https://localhost:${port} …`);
  await server.start();
};

main().catch((error) => {
  process.stderr.write(`npm start failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
