#!/usr/bin/env node
/**
 * The production build, deployed as IT would: `npm run build -- --env url=https://statustabel.test/addin/`
 * into a temporary folder, served over HTTPS by a real nginx with the example configuration
 * IT gets (deploy/nginx.conf, only its marked values changed), on loopback only; then
 *   - every response is checked over TLS for status, type and the headers docs/deploy.md promises
 *     (the CSP as a header, equal to the pages' meta policy; caching; nosniff; no frame blocking);
 *   - the manifest validates against Microsoft's schemas and every URL in it is on the address and
 *     answers;
 *   - headless Chromium opens taskpane.html, commands.html and dialog.html through that address
 *     (the test host name mapped to 127.0.0.1 with --host-resolver-rules) with no script error,
 *     no CSP violation, and no request to anywhere but the address and the Office CDN. The CDN is
 *     answered from the pinned @microsoft/office-js copy (no network here), so office.js really
 *     runs under the policy, outside Office.
 * nginx is started and stopped by this script. Without nginx or a browser it prints one line
 * saying how to get it (npm test installs both with apt-get where it can) and exits 1.
 * Prints "N passed, N failed".
 *
 *   node test/deploy/run.mjs
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash, X509Certificate } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:https';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchBrowser, MissingBrowser } from '../../scripts/browser.mjs';
import { validateManifest } from '../../scripts/validate-manifest.mjs';

const require = createRequire(import.meta.url);
const { find } = require('../../scripts/prerequisites.cjs');
const { manifestUrls, isNamespace, manifestVersion } = require('../../scripts/manifest.cjs');
const { csp } = require('../../webpack.config.js');

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
// .test is reserved for testing (RFC 6761): it can never be someone's real server.
const HOST = 'statustabel.test';
const ADDRESS = `https://${HOST}/addin/`;
const OFFICE_CDN = 'https://appsforoffice.microsoft.com/';
const OFFICE_DIST = join(root, 'node_modules/@microsoft/office-js/dist');

const results = [];
const test = async (name, body) => {
  try {
    await body();
    results.push(true);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push(false);
    console.log(`  ✗ ${name}\n    ${error instanceof Error ? error.message.split('\n').slice(0, 8).join('\n    ') : error}`);
  }
};
const expect = (condition, message) => {
  if (!condition) throw new Error(message);
};
const finish = () => {
  const passed = results.filter(Boolean).length;
  console.log(`${passed} passed, ${results.length - passed} failed`);
  return results.length > 0 && passed === results.length ? 0 : 1;
};
const missing = (line) => {
  console.error(`deploy: ${line}`);
  console.log('0 passed, 1 failed');
  process.exit(1);
};

const nginx = find('nginx');
if (nginx.missing) missing(nginx.missing);
// A wrong CHROMIUM is known before building; an installed Chrome/Edge is only known by launching.
const named = find('browser');
if (named.missing && process.env.CHROMIUM) missing(named.missing);

const work = mkdtempSync(join(tmpdir(), 'statustabel-deploy-'));
// nginx's workers run as an unprivileged user when it is started as root: let them read.
chmodSync(work, 0o755);
const dist = join(work, 'addin');
let server;
let browser;

const cleanUp = async () => {
  await browser?.close().catch(() => undefined);
  if (server && server.exitCode === null) {
    server.kill('SIGTERM');
    await new Promise((done) => {
      const timer = setTimeout(() => {
        server.kill('SIGKILL');
        done();
      }, 5000);
      server.once('exit', () => {
        clearTimeout(timer);
        done();
      });
    });
  }
  rmSync(work, { recursive: true, force: true });
};

/** A free port on loopback (the kernel picks one; nginx takes it a moment later). */
const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** GET over TLS to nginx on loopback, with SNI and certificate checked for the test host name. */
const get = (port, ca, path, headers = {}) =>
  new Promise((done, fail) => {
    const req = request(
      { host: '127.0.0.1', port, path, servername: HOST, ca, headers: { host: HOST, ...headers }, agent: false },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => done({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
      },
    );
    req.on('error', fail);
    req.setTimeout(10_000, () => req.destroy(new Error(`GET ${path} timed out`)));
    req.end();
  });

const metaPolicy = (html) => /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/.exec(html)?.[1] ?? '';

/** nginx's own mime.types, so the types tested are the ones a real install sends. */
const mimeTypes = () => {
  const version = spawnSync(nginx.path, ['-V'], { encoding: 'utf8' });
  const confPath = /--conf-path=(\S+)/.exec(`${version.stdout}${version.stderr}`)?.[1] ?? 'conf/nginx.conf';
  const path = join(dirname(isAbsolute(confPath) ? confPath : join(dirname(nginx.path), confPath)), 'mime.types');
  if (!existsSync(path)) throw new Error(`nginx's mime.types is not at ${path}`);
  return path;
};

/** deploy/nginx.conf with only its marked values changed; refuses if one is not there. */
const siteConfig = (port, cert, key) => {
  const example = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8');
  const replacements = [
    ['listen 443 ssl;', `listen 127.0.0.1:${port} ssl;`],
    ['server_name statustabel.example.nl;', `server_name ${HOST};`],
    ['/etc/ssl/statustabel/fullchain.pem;', `${cert};`],
    ['/etc/ssl/statustabel/privkey.pem;', `${key};`],
    ['alias /srv/statustabel/;', `alias ${dist}/;`],
  ];
  return replacements.reduce((text, [from, to]) => {
    if (!text.includes(from)) throw new Error(`deploy/nginx.conf no longer has "${from}"; update test/deploy/run.mjs with it`);
    return text.split(from).join(to);
  }, example);
};

const startNginx = async (port, cert, key) => {
  const logs = join(work, 'logs');
  mkdirSync(logs, { recursive: true });
  writeFileSync(join(work, 'statustabel.conf'), siteConfig(port, cert, key));
  writeFileSync(
    join(work, 'nginx.conf'),
    [
      'worker_processes 1;',
      `pid ${join(work, 'nginx.pid')};`,
      `error_log ${join(logs, 'error.log')} warn;`,
      'events { worker_connections 64; }',
      'http {',
      `  include ${mimeTypes()};`,
      '  default_type application/octet-stream;',
      `  access_log ${join(logs, 'access.log')};`,
      ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((kind) => `  ${kind}_temp_path ${join(work, `${kind}_temp`)};`),
      `  include ${join(work, 'statustabel.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const check = spawnSync(nginx.path, ['-t', '-q', '-p', work, '-e', join(logs, 'error.log'), '-c', join(work, 'nginx.conf')], { encoding: 'utf8' });
  if (check.status !== 0) throw new Error(`nginx rejects the configuration: ${check.stderr.trim()}`);
  server = spawn(nginx.path, ['-p', work, '-e', join(logs, 'error.log'), '-c', join(work, 'nginx.conf'), '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  server.stderr.on('data', (chunk) => (stderr += chunk));
  // Ready when it accepts TLS for the test host.
  for (let i = 0; i < 100; i += 1) {
    if (server.exitCode !== null) throw new Error(`nginx stopped: ${stderr.trim() || readFileSync(join(logs, 'error.log'), 'utf8').trim()}`);
    try {
      await get(port, readFileSync(cert), '/addin/manifest.xml');
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error('nginx did not answer within 10 s');
};

const main = async () => {
  const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  console.log(`deploy: building for ${ADDRESS}`);
  const build = spawnSync(
    process.execPath,
    [join(root, 'node_modules/webpack/bin/webpack.js'), '--mode', 'production', '--env', `url=${ADDRESS}`, '--output-path', dist],
    { cwd: root, stdio: 'inherit' },
  );
  if (build.status !== 0) throw new Error('the production build failed');

  const files = readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dist.length + 1).replace(/\\/g, '/'));
  const manifest = readFileSync(join(dist, 'manifest.xml'), 'utf8');
  const pages = ['taskpane.html', 'commands.html', 'dialog.html'];

  await test('the build has the pages and the manifest, and no preview page, simulator or local office.js', async () => {
    for (const name of [...pages, 'manifest.xml']) expect(files.includes(name), `${name} missing from the build`);
    const development = files.filter((name) => /preview|office-js\/|\.map$/.test(name));
    expect(development.length === 0, `development files in the production build: ${development.join(', ')}`);
    const bundles = files.filter((name) => name.endsWith('.js')).map((name) => readFileSync(join(dist, name), 'utf8'));
    expect(!bundles.some((code) => code.includes('__statustabelSimulator')), 'a bundle carries the preview\'s simulator');
  });

  await test('no file of the build names localhost', async () => {
    const named = files.filter((name) => /localhost/i.test(readFileSync(join(dist, name), 'latin1')));
    expect(named.length === 0, `localhost in ${named.join(', ')}`);
  });

  await test(`the manifest validates, says version ${manifestVersion(packageVersion)} (package.json) and names only ${ADDRESS}`, async () => {
    const { valid, errors } = await validateManifest(manifest, 'manifest.xml');
    expect(valid, errors.join('\n'));
    expect(manifest.includes(`<Version>${manifestVersion(packageVersion)}</Version>`), 'Version is not package.json version');
    const urls = manifestUrls(manifest).filter((url) => !isNamespace(url));
    expect(urls.length >= 7, `only ${urls.length} URLs`);
    const elsewhere = urls.filter((url) => !url.startsWith(ADDRESS));
    expect(elsewhere.length === 0, `URLs elsewhere: ${elsewhere.join(', ')}`);
  });

  await test('the pages load scripts and styles only from the build itself or the Office CDN', async () => {
    for (const name of pages) {
      const html = readFileSync(join(dist, name), 'utf8');
      const references = [...html.matchAll(/\b(?:src|href)="?([^"\s>]+)/g)].map((m) => m[1]);
      const outside = references.filter((ref) => /^(https?:)?\/\//.test(ref) && !ref.startsWith(OFFICE_CDN));
      expect(outside.length === 0, `${name} refers to ${outside.join(', ')}`);
      expect(references.includes(`${OFFICE_CDN}lib/1/hosted/office.js`), `${name} does not load office.js from the CDN`);
    }
  });

  // A certificate for the test host only, trusted below by its exact key and nothing else.
  const selfsigned = require('selfsigned');
  const pem = await selfsigned.generate([{ name: 'commonName', value: HOST }], {
    keyType: 'ec',
    curve: 'P-256',
    extensions: [{ name: 'subjectAltName', altNames: [{ type: 2, value: HOST }] }],
  });
  const cert = join(work, 'cert.pem');
  const key = join(work, 'key.pem');
  writeFileSync(cert, pem.cert);
  writeFileSync(key, pem.private, { mode: 0o600 });
  const ca = pem.cert;
  const spki = createHash('sha256').update(new X509Certificate(pem.cert).publicKey.export({ type: 'spki', format: 'der' })).digest('base64');

  const port = await freePort();
  await startNginx(port, cert, key);
  console.log(`deploy: nginx ${spawnSync(nginx.path, ['-v'], { encoding: 'utf8' }).stderr.trim().replace(/^nginx version: /, '')} on https://127.0.0.1:${port}, as ${ADDRESS}`);

  const policy = csp({ office: true, dev: false });

  await test('html pages and manifest.xml: 200, their type, revalidated on every load (no-cache), 304 when unchanged', async () => {
    for (const name of [...pages, 'manifest.xml']) {
      const res = await get(port, ca, `/addin/${name}`);
      expect(res.status === 200, `${name}: ${res.status}`);
      expect(name.endsWith('.xml') ? /xml/.test(res.headers['content-type']) : /^text\/html; charset=utf-8$/.test(res.headers['content-type']), `${name}: ${res.headers['content-type']}`);
      expect(res.headers['cache-control'] === 'no-cache', `${name}: Cache-Control ${res.headers['cache-control']}`);
      const again = await get(port, ca, `/addin/${name}`, { 'if-none-match': res.headers.etag });
      expect(again.status === 304, `${name}: a revalidation with its ETag answered ${again.status}`);
    }
  });

  await test('hashed bundles: JavaScript, cached for a year as immutable, gzipped on request', async () => {
    const bundles = files.filter((name) => /\.[0-9a-f]{8}\.js$/.test(name));
    expect(bundles.length >= 3, `bundles: ${bundles.join(', ')}`);
    for (const name of bundles) {
      const res = await get(port, ca, `/addin/${name}`, { 'accept-encoding': 'gzip' });
      expect(res.status === 200, `${name}: ${res.status}`);
      expect(/javascript/.test(res.headers['content-type']), `${name}: ${res.headers['content-type']}`);
      expect(res.headers['cache-control'] === 'public, max-age=31536000, immutable', `${name}: Cache-Control ${res.headers['cache-control']}`);
      expect(res.headers['content-encoding'] === 'gzip', `${name}: not gzipped`);
    }
  });

  await test("every response carries the pages' own CSP as a header, nosniff, HSTS, and nothing that blocks Office's frame", async () => {
    for (const name of [...pages, 'manifest.xml', 'assets/icon-32.png', 'preview.html']) {
      const res = await get(port, ca, `/addin/${name}`);
      expect(res.headers['content-security-policy'] === policy, `${name}: CSP header ${res.headers['content-security-policy']}`);
      expect(res.headers['x-content-type-options'] === 'nosniff', `${name}: no nosniff`);
      expect(/max-age=\d+/.test(res.headers['strict-transport-security'] ?? ''), `${name}: no HSTS`);
      expect(res.headers['x-frame-options'] === undefined, `${name}: X-Frame-Options ${res.headers['x-frame-options']}`);
      expect(!/frame-ancestors|sandbox/.test(res.headers['content-security-policy']), `${name}: the CSP restricts framing`);
    }
    for (const name of pages) {
      const meta = metaPolicy(readFileSync(join(dist, name), 'utf8'));
      expect(meta === policy, `${name}: meta policy differs from the header:\n${meta}\n${policy}`);
    }
  });

  await test('every URL in the manifest answers through nginx; preview.html and paths outside the folder do not', async () => {
    for (const url of new Set(manifestUrls(manifest).filter((u) => !isNamespace(u)))) {
      const res = await get(port, ca, new URL(url).pathname + new URL(url).search);
      expect(res.status === 200, `${url}: ${res.status}`);
    }
    for (const path of ['/addin/preview.html', '/addin/../etc/passwd', '/addin/', '/statustabel.conf', '/']) {
      const res = await get(port, ca, path);
      expect(res.status >= 400, `${path}: ${res.status}`);
    }
  });

  const launched = await launchBrowser({
    args: [`--host-resolver-rules=MAP ${HOST}:443 127.0.0.1:${port}`, `--ignore-certificate-errors-spki-list=${spki}`],
  }).catch((error) => {
    // One line (what is missing, how to get it), printed below after nginx is stopped.
    if (error instanceof MissingBrowser) error.stack = error.message;
    throw error;
  });
  browser = launched.browser;

  /** Opens a page through the address; records requests, script errors and CSP violations. */
  const open = async (name) => {
    const context = await browser.newContext({ locale: 'nl-NL' });
    const page = await context.newPage();
    const elsewhere = [];
    const problems = [];
    const responses = new Map();
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(ADDRESS)) return route.continue();
      if (url.startsWith(OFFICE_CDN)) {
        // The CDN's folder, answered from the pinned copy of the same files.
        const file = join(OFFICE_DIST, new URL(url).pathname.replace(/^\/lib\/1\/hosted\//, ''));
        if (existsSync(file)) return route.fulfill({ status: 200, contentType: 'text/javascript', body: readFileSync(file) });
        return route.fulfill({ status: 404, body: '' });
      }
      elsewhere.push(url);
      return route.abort();
    });
    page.on('pageerror', (error) => problems.push(`script error: ${error.message}`));
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) problems.push(message.text());
    });
    page.on('response', (res) => responses.set(res.url(), res));
    const response = await page.goto(`${ADDRESS}${name}`);
    return { page, context, response, elsewhere, problems, responses };
  };

  await test('taskpane.html through the address: the pane runs under the header CSP and says it needs Word or Excel', async () => {
    const { page, context, response, elsewhere, problems } = await open('taskpane.html?view=check');
    expect(response?.status() === 200, `status ${response?.status()}`);
    expect(response.headers()['content-security-policy'] === policy, 'the browser did not get the CSP header');
    await page.getByText('Dit paneel werkt alleen in Word of Excel.').waitFor({ timeout: 15_000 });
    expect(problems.length === 0, problems.join('\n'));
    expect(elsewhere.length === 0, `requests elsewhere: ${elsewhere.join(', ')}`);
    await context.close();
  });

  await test('commands.html and dialog.html through the address: office.js and their bundle load, nothing blocked, nothing elsewhere', async () => {
    for (const name of ['commands.html', 'dialog.html']) {
      const { page, context, response, elsewhere, problems, responses } = await open(name);
      expect(response?.status() === 200, `${name}: status ${response?.status()}`);
      await page.waitForLoadState('load');
      await page.waitForFunction(() => typeof window.Office !== 'undefined', undefined, { timeout: 15_000 });
      const ownScripts = [...responses.keys()].filter((url) => url.startsWith(ADDRESS) && /\.[0-9a-f]{8}\.js$/.test(url));
      expect(ownScripts.length === 1, `${name}: its bundle was not loaded (${[...responses.keys()].join(', ')})`);
      expect(problems.length === 0, `${name}: ${problems.join('\n')}`);
      expect(elsewhere.length === 0, `${name}: requests elsewhere: ${elsewhere.join(', ')}`);
      await context.close();
    }
  });
};

let code = 1;
try {
  await main();
  code = finish();
} catch (error) {
  console.error(`deploy: ${error instanceof Error ? error.message : error}`);
  results.push(false);
  code = finish();
} finally {
  await cleanUp();
}
process.exit(code);
