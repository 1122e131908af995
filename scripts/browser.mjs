// How the tests and the benchmark find and start a headless browser, in one place.
//
// Order: the CHROMIUM variable (a path; if it is wrong, that is reported, not routed around),
// Debian's chromium (/usr/bin/chromium, or chromium on PATH), then an installed Google Chrome or
// Microsoft Edge through Playwright's channels — Playwright knows where each OS installs them, so
// a developer on Windows or a Mac needs no Chromium of their own. Nothing is downloaded: the
// project never runs `playwright install` (playwright-core has no browser of its own).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { find } = require('./prerequisites.cjs');

/** Kept for callers that only want Debian's path (the default when CHROMIUM is not set). */
export const CHROMIUM_PATH = process.env.CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Playwright's names for installed branded browsers, most common first. */
export const CHANNELS = ['chrome', 'msedge', 'chrome-beta', 'msedge-beta', 'msedge-dev'];

/** Thrown when no browser can be had; its message is the one line to print (no stack). */
export class MissingBrowser extends Error {
  constructor(message) {
    super(message);
    this.name = 'MissingBrowser';
    this.stack = message;
  }
}

const tryLaunch = async (chromium, options) => {
  try {
    return await chromium.launch(options);
  } catch {
    return undefined;
  }
};

/** The first channel whose browser is installed here, or undefined. Launches and closes it. */
export const installedChannel = async () => {
  const { chromium } = await import('playwright-core');
  for (const channel of CHANNELS) {
    const browser = await tryLaunch(chromium, { channel, args: [...CHROMIUM_ARGS] });
    if (browser) {
      await browser.close();
      return channel;
    }
  }
  return undefined;
};

/**
 * Starts a headless browser with CHROMIUM_ARGS plus `args`. Resolves to { browser, name }; throws
 * MissingBrowser (one line: what is missing and how to get it) when there is none.
 */
export const launchBrowser = async ({ args = [] } = {}) => {
  const { chromium } = await import('playwright-core');
  const allArgs = [...CHROMIUM_ARGS, ...args];
  const found = find('browser');
  if (found.path) {
    const browser = await tryLaunch(chromium, { executablePath: found.path, args: allArgs });
    if (browser) return { browser, name: found.path };
    throw new MissingBrowser(`missing: a browser that starts — ${found.path} is there but did not start headless; set CHROMIUM to another Chromium, Chrome or Edge.`);
  }
  if (process.env.CHROMIUM) throw new MissingBrowser(found.missing);
  for (const channel of CHANNELS) {
    const browser = await tryLaunch(chromium, { channel, args: allArgs });
    if (browser) return { browser, name: `installed ${channel}` };
  }
  throw new MissingBrowser(found.missing);
};
