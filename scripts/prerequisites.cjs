/**
 * What the tests need outside node_modules, found or installed by the project itself, so that the
 * README's two commands work on a fresh clone:
 *
 *   dependencies  node_modules (npm ci)                          — npm start and npm test
 *   browser       Chromium, or an installed Chrome or Edge       — the pane in a headless browser
 *   libreoffice   soffice                                        — a second producer of .docx files
 *   nginx         a real web server                              — the production build over HTTPS
 *
 * Each finder looks where the platform puts the tool. `ensure()` installs what is missing where
 * the platform's package manager can do it unattended — apt-get on Debian/Ubuntu, as root or with
 * password-less sudo — and otherwise returns, per missing tool, ONE line saying what is missing
 * and how to get it. Nothing here throws a stack trace at a user. STATUSTABEL_NO_INSTALL=1 turns
 * installing off (finding still works).
 *
 * CommonJS on purpose: Jest (CommonJS), the .mjs runners and webpack all load it, and it must run
 * before node_modules exists.
 */
'use strict';

const { spawnSync } = require('node:child_process');
const { existsSync, readFileSync, statSync, writeFileSync, rmSync } = require('node:fs');
const { delimiter, join, resolve } = require('node:path');

const root = resolve(__dirname, '..');
const isWindows = process.platform === 'win32';
const isMac = process.platform === 'darwin';

/** The first existing executable called `name` on PATH (with Windows' extensions). */
const onPath = (name) => {
  const extensions = isWindows ? (process.env.PATHEXT ?? '.EXE;.CMD;.BAT').split(';') : [''];
  // Debian keeps daemons such as nginx in /usr/sbin, which a normal user's PATH often lacks.
  const extra = isWindows ? [] : ['/usr/sbin', '/usr/local/sbin', '/opt/homebrew/bin', '/usr/local/bin'];
  for (const dir of [...(process.env.PATH ?? '').split(delimiter), ...extra]) {
    if (!dir) continue;
    for (const ext of extensions) {
      const candidate = join(dir, name + ext);
      if (isFile(candidate)) return candidate;
    }
  }
  return undefined;
};

const isFile = (path) => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

const firstFile = (paths) => paths.find((p) => p && isFile(p));

/** Debian or a derivative with apt-get: the one platform where we install unattended. */
const hasApt = () => process.platform === 'linux' && Boolean(onPath('apt-get') ?? firstFile(['/usr/bin/apt-get'])) && existsSync('/etc/debian_version');

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

const canSudo = () => !isRoot() && Boolean(onPath('sudo')) && spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0;

/** How to install, per platform, in words a person can paste. */
const how = {
  browser: () =>
    hasApt()
      ? 'install it with `apt-get install chromium` (as root), or set CHROMIUM=/path/to/chrome'
      : isMac
        ? 'install Google Chrome or Microsoft Edge (or `brew install --cask chromium`), or set CHROMIUM=/path/to/chrome'
        : isWindows
          ? 'install Microsoft Edge or Google Chrome, or set CHROMIUM=C:\\path\\to\\chrome.exe'
          : "install Chromium, Google Chrome or Microsoft Edge with your system's package manager, or set CHROMIUM=/path/to/chrome",
  libreoffice: () =>
    hasApt()
      ? 'install it with `apt-get install libreoffice-writer-nogui libreoffice-calc-nogui` (as root), or set SOFFICE=/path/to/soffice'
      : isMac
        ? 'install it with `brew install --cask libreoffice` (or from libreoffice.org), or set SOFFICE=/path/to/soffice'
        : isWindows
          ? 'install it with `winget install TheDocumentFoundation.LibreOffice` (or from libreoffice.org), or set SOFFICE=C:\\path\\to\\soffice.exe'
          : "install LibreOffice with your system's package manager, or set SOFFICE=/path/to/soffice",
  nginx: () =>
    hasApt()
      ? 'install it with `apt-get install nginx` (as root), or set NGINX=/path/to/nginx'
      : isMac
        ? 'install it with `brew install nginx`, or set NGINX=/path/to/nginx'
        : isWindows
          ? 'unzip nginx for Windows (nginx.org/en/download.html) and set NGINX=C:\\path\\to\\nginx.exe'
          : "install nginx with your system's package manager, or set NGINX=/path/to/nginx",
};

/** An explicitly named tool must exist: a wrong variable is a mistake to report, not to route around. */
const fromEnv = (variable, label) => {
  const value = process.env[variable];
  if (!value) return undefined;
  return isFile(value) ? { path: value } : { missing: `missing: ${label} — ${variable}=${value} does not exist; point it at the program or unset it.` };
};

/**
 * A Chromium-family executable, or undefined. Installed Chrome and Edge are not looked for here:
 * scripts/browser.mjs asks Playwright for them by channel, which knows where each OS puts them.
 */
const findChromiumExecutable = () => {
  const env = fromEnv('CHROMIUM', 'a browser for the pane tests');
  if (env) return env;
  const path = firstFile(['/usr/bin/chromium', '/usr/bin/chromium-browser']) ?? onPath('chromium') ?? onPath('chromium-browser');
  return path ? { path } : undefined;
};

const findSoffice = () => {
  const env = fromEnv('SOFFICE', 'LibreOffice');
  if (env) return env;
  const programFiles = [process.env.ProgramFiles, process.env['ProgramFiles(x86)']].filter(Boolean);
  const path =
    onPath('soffice') ??
    onPath('libreoffice') ??
    firstFile([
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      ...programFiles.map((dir) => join(dir, 'LibreOffice', 'program', 'soffice.exe')),
    ]);
  return path ? { path } : undefined;
};

const findNginx = () => {
  const env = fromEnv('NGINX', 'nginx');
  if (env) return env;
  const path = onPath('nginx');
  return path ? { path } : undefined;
};

const FINDERS = { browser: findChromiumExecutable, libreoffice: findSoffice, nginx: findNginx };
const LABELS = { browser: 'a browser for the pane tests (Chromium, Chrome or Edge)', libreoffice: 'LibreOffice', nginx: 'nginx' };
const APT_PACKAGES = {
  browser: ['chromium'],
  libreoffice: ['libreoffice-writer-nogui', 'libreoffice-calc-nogui'],
  nginx: ['nginx'],
};

/** The one line a test prints when `name` cannot be had. */
const missingLine = (name) => `missing: ${LABELS[name]} — ${how[name]()}.`;

/** Finds a tool: { path } when there, { missing: one line } when not. */
const find = (name) => {
  const found = FINDERS[name]();
  if (found) return found;
  return { missing: missingLine(name) };
};

/**
 * Runs apt-get for the missing tools' packages (one `apt-get update`, one install). Services a
 * package would start (nginx does) are held back with Debian's policy-rc.d for the duration: the
 * tests start their own server, and nothing is left running.
 */
const aptInstall = (packages, log) => {
  const sudo = isRoot() ? [] : canSudo() ? ['sudo', '-n'] : undefined;
  if (!sudo) return false;
  const run = (args) => {
    const [command, ...rest] = [...sudo, ...args];
    return spawnSync(command, rest, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }).status === 0;
  };
  const policy = '/usr/sbin/policy-rc.d';
  const ownPolicy = isRoot() && !existsSync(policy);
  if (ownPolicy) writeFileSync(policy, '#!/bin/sh\n# statustabel npm test: no service starts while it installs packages\nexit 101\n', { mode: 0o755 });
  try {
    log(`test: installing ${packages.join(' ')} with apt-get (STATUSTABEL_NO_INSTALL=1 to never install)…`);
    return run(['apt-get', 'update', '-qq']) && run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  } finally {
    if (ownPolicy) rmSync(policy, { force: true });
  }
};

/**
 * Finds each named tool, installs the missing ones where it can, and finds them again.
 * Resolves to { name: { path } | { channel } | { missing } }. `browserChannel` (from
 * scripts/browser.mjs) resolves to the Playwright channel of an installed Chrome or Edge, if any:
 * one of those will do when no Chromium executable is found, so nothing is installed for it.
 */
const ensure = async (names, { log = console.log, browserChannel = async () => undefined } = {}) => {
  const explicit = { browser: 'CHROMIUM', libreoffice: 'SOFFICE', nginx: 'NGINX' };
  const lookup = async (name) => {
    const found = find(name);
    if (name === 'browser' && found.missing && !process.env.CHROMIUM) {
      const channel = await browserChannel();
      if (channel) return { channel };
    }
    return found;
  };
  const result = {};
  for (const name of names) result[name] = await lookup(name);
  const installable = names.filter((name) => result[name].missing && !process.env[explicit[name]]);
  if (installable.length > 0 && hasApt() && process.env.STATUSTABEL_NO_INSTALL !== '1') {
    if (aptInstall(installable.flatMap((name) => APT_PACKAGES[name]), log)) {
      for (const name of installable) result[name] = await lookup(name);
    }
  }
  return result;
};

/**
 * node_modules holding every package package.json names (a clone that has never installed, or
 * one whose package.json gained a dependency since); otherwise `npm ci` (or `npm install`).
 */
const ensureDependencies = (log = console.log) => {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const names = Object.keys({ ...manifest.dependencies, ...manifest.devDependencies });
  const absent = names.filter((name) => !existsSync(join(root, 'node_modules', name, 'package.json')));
  if (absent.length === 0) return true;
  const lock = existsSync(join(root, 'package-lock.json'));
  log(`Installing dependencies (npm ${lock ? 'ci' : 'install'}: ${absent.length === names.length ? 'none installed yet' : `${absent.slice(0, 3).join(', ')}${absent.length > 3 ? ', …' : ''} missing`})…`);
  const npm = isWindows ? 'npm.cmd' : 'npm';
  const run = spawnSync(npm, [lock ? 'ci' : 'install', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit', shell: isWindows });
  return run.status === 0;
};

module.exports = { find, ensure, ensureDependencies, missingLine, findChromiumExecutable, findSoffice, findNginx, hasApt };
