/**
 * The add-in's manifest for an address: manifest.xml in the repository is the development manifest
 * (every URL on https://localhost:3000/, where `npm start` serves); a production build writes
 * dist/manifest.xml with every URL moved to the address it is built for and <Version> taken from
 * package.json. Used by webpack.config.js, the tests and `npm version` (scripts/manifest-version).
 *
 * CommonJS because webpack.config.js is CommonJS and must load it synchronously.
 */
'use strict';

const DEV_URL = 'https://localhost:3000/';

/** Office wants 1 to 4 dot-separated numbers of up to 5 digits (the schema's Version type). */
const VERSION_PATTERN = /^[0-9]{1,5}(\.[0-9]{1,5}){0,3}$/;

/**
 * package.json's semver "1.2.3" as the manifest's "1.2.3.0". A pre-release ("1.2.3-beta.1") has no
 * four-number form that sorts right, so it is refused rather than guessed.
 */
const manifestVersion = (packageVersion) => {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(String(packageVersion));
  const version = match ? `${match[1]}.${match[2]}.${match[3]}.0` : '';
  if (!match || !VERSION_PATTERN.test(version)) {
    throw new Error(`package.json version "${packageVersion}" has no manifest form: use MAJOR.MINOR.PATCH, each at most 5 digits`);
  }
  return version;
};

const LOOPBACK = /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i;

/**
 * The address a production build serves from: https (Office on the web and Microsoft Marketplace
 * require it — learn.microsoft.com/office/dev/add-ins/concepts/privacy-and-security), no query or
 * fragment, not a loopback host (that is what `npm start` is for), always ending in "/".
 */
const normalizeAddress = (raw) => {
  let url;
  try {
    url = new URL(String(raw));
  } catch {
    throw new Error(`"${raw}" is not an address; give one like https://host/path/`);
  }
  if (url.protocol !== 'https:') throw new Error(`${raw}: the add-in must be served over https`);
  if (url.search || url.hash || url.username || url.password) throw new Error(`${raw}: give a plain address, without query, fragment or credentials`);
  if (LOOPBACK.test(url.hostname)) throw new Error(`${raw}: a production build is for an address your users reach; for this machine use npm start`);
  return url.href.endsWith('/') ? url.href : `${url.href}/`;
};

/** Every absolute URL the manifest names (attribute values and element text). */
const manifestUrls = (xml) => [...String(xml).matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]);

/** Namespace and schema URIs are names, not addresses Office fetches. */
const isNamespace = (url) => /^http:\/\/schemas\.microsoft\.com\/|^http:\/\/www\.w3\.org\//.test(url);

/**
 * The development manifest rewritten for `address` with `version`. Refuses a template that names
 * an address other than the development one (it would escape the move) and checks the result
 * names only `address`.
 */
const manifestFor = (template, { address, version }) => {
  const base = normalizeAddress(address);
  const stray = manifestUrls(template).filter((url) => !isNamespace(url) && !url.startsWith(DEV_URL));
  if (stray.length > 0) throw new Error(`manifest.xml names addresses outside ${DEV_URL}: ${[...new Set(stray)].join(', ')}`);
  if (!/<Version>[^<]*<\/Version>/.test(template)) throw new Error('manifest.xml has no <Version>');
  const xml = template.split(DEV_URL).join(base).replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`);
  const elsewhere = manifestUrls(xml).filter((url) => !isNamespace(url) && !url.startsWith(base));
  if (elsewhere.length > 0 || /localhost/i.test(xml)) throw new Error(`the built manifest still names other addresses: ${elsewhere.join(', ') || 'localhost'}`);
  return xml;
};

module.exports = { DEV_URL, manifestVersion, normalizeAddress, manifestUrls, isNamespace, manifestFor };

// `npm version …` runs this (package.json "version" script) so manifest.xml's <Version> follows
// package.json, and stages it for the version commit when this is a git clone.
if (require.main === module && process.argv.includes('--sync-version')) {
  const { spawnSync } = require('node:child_process');
  const { readFileSync, writeFileSync } = require('node:fs');
  const { join } = require('node:path');
  const root = join(__dirname, '..');
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const file = join(root, 'manifest.xml');
  const xml = readFileSync(file, 'utf8');
  writeFileSync(file, xml.replace(/<Version>[^<]*<\/Version>/, `<Version>${manifestVersion(version)}</Version>`));
  process.stdout.write(`manifest.xml: <Version>${manifestVersion(version)}</Version>\n`);
  spawnSync('git', ['add', 'manifest.xml'], { cwd: root, stdio: 'ignore' });
}
