#!/usr/bin/env node
/**
 * npm test: every test, on a fresh clone, with the set-up included.
 *
 * 1. Dependencies: `npm ci` when node_modules is missing.
 * 2. What the tests need outside node_modules (scripts/prerequisites.cjs): a browser (CHROMIUM,
 *    Debian's chromium, or an installed Chrome/Edge), LibreOffice and nginx — installed with
 *    apt-get on Debian/Ubuntu as root (or password-less sudo), found where each OS puts them
 *    elsewhere. Set STATUSTABEL_NO_INSTALL=1 to never install.
 * 3. The steps, each an npm script, all run even when one fails so one run shows everything:
 *    typecheck, lint, validate (manifests against Microsoft's schemas), test:unit (Jest),
 *    test:e2e (the pane in a headless browser), test:deploy (the production build behind nginx).
 *    A test whose prerequisite is missing fails in one line saying how to get it; none is skipped.
 * 4. One line per missing prerequisite again, and "test: N passed, N failed" (steps).
 *
 *   npm test                          # everything
 *   npm test -- test:e2e test:deploy  # the set-up, then only the steps named
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { ensure, ensureDependencies } = require('./prerequisites.cjs');
const say = (line) => process.stdout.write(`${line}\n`);

const ALL_STEPS = ['typecheck', 'lint', 'validate', 'test:unit', 'test:e2e', 'test:deploy'];
const asked = process.argv.slice(2);
const unknown = asked.filter((step) => !ALL_STEPS.includes(step));
if (unknown.length > 0) {
  say(`test: no step ${unknown.join(', ')}; the steps are ${ALL_STEPS.join(', ')}`);
  process.exit(2);
}
const STEPS = asked.length > 0 ? ALL_STEPS.filter((step) => asked.includes(step)) : ALL_STEPS;

if (!ensureDependencies(say)) {
  say('test: installing the dependencies failed (see npm above).');
  say('test: 0 passed, 1 failed');
  process.exit(1);
}

const { installedChannel } = await import('./browser.mjs');
const tools = await ensure(['browser', 'libreoffice', 'nginx'], { log: say, browserChannel: installedChannel });
const names = { browser: 'browser', libreoffice: 'LibreOffice', nginx: 'nginx' };
say(
  `test: ${Object.entries(tools)
    .map(([name, found]) => `${names[name]} ${found.path ?? (found.channel ? `installed ${found.channel}` : 'MISSING')}`)
    .join(' · ')}`,
);

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const outcomes = STEPS.map((step) => {
  say(`\n── npm run ${step}`);
  const run = spawnSync(npm, ['run', '--silent', step], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  return { step, ok: run.status === 0 };
});

const failed = outcomes.filter((o) => !o.ok);
say('');
for (const found of Object.values(tools)) if (found.missing) say(`test: ${found.missing}`);
if (failed.length > 0) say(`test: failed: ${failed.map((o) => o.step).join(', ')}`);
say(`test: ${outcomes.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length === 0 ? 0 : 1);
