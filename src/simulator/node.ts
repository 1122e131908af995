/**
 * Loading Microsoft's Office.js client in Node (Jest, the bench): Node only, never bundled.
 *
 * `loadOfficeClient` runs the client's host file in the current realm, as a page's <script> tag
 * would, so host code and client share one realm (an `OfficeExtension.Error` is an `Error` to the
 * host, as in Office). A realm holds one host's client: Microsoft's Word and Excel files both
 * define `Office.context` and refuse to share a page. Where one process needs both (the bench,
 * a test comparing hosts), `isolatedOfficeClient` loads one into a jsdom window of its own and
 * `useClient` points the realm's `Office`/`Word`/`Excel` names at it while it is used.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { JSDOM as JSDOMClass } from 'jsdom';
import { CLIENT_FILES, clientIn, type OfficeClient, type OfficeHostName } from './client/types';

const LOADED = Symbol.for('statustabel.simulator.officeClient');
/** Marks a Node realm this module gave a window of its own (as opposed to a jsdom page). */
const SHIMMED = Symbol.for('statustabel.simulator.windowShim');

/**
 * jsdom, loaded only where a window is needed: a Jest test in the jsdom environment already is
 * one, and there jsdom's own module cannot load (its globals lack TextEncoder).
 */
const jsdom = (): typeof JSDOMClass =>
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded lazily, see above
  (require('jsdom') as { JSDOM: typeof JSDOMClass }).JSDOM;
const PAGE_URL = 'https://localhost:3000/taskpane.html';

/** The host file's source, from the pinned @microsoft/office-js. */
export const officeClientSource = (host: OfficeHostName): string =>
  readFileSync(join(dirname(require.resolve('@microsoft/office-js/package.json')), 'dist', CLIENT_FILES[host]), 'utf8');

/** The few browser globals the client reads while it loads and runs: a window, its document, navigator and location. */
const ensureWindow = (realm: Record<string | symbol, unknown>): void => {
  if (realm.window !== undefined && realm.document !== undefined) return;
  const JSDOM = jsdom();
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { url: PAGE_URL });
  const define = (name: string, value: unknown): void => {
    Object.defineProperty(realm, name, { value, configurable: true, writable: true, enumerable: false });
  };
  realm[SHIMMED] = true;
  define('window', realm);
  define('self', realm);
  define('top', realm);
  define('parent', realm);
  for (const name of ['document', 'navigator', 'location', 'history', 'localStorage', 'sessionStorage'] as const) {
    if (realm[name] === undefined || name === 'navigator') define(name, dom.window[name]);
  }
};

/** Microsoft's client for `host`, loaded once into this realm. */
export const loadOfficeClient = (host: OfficeHostName): OfficeClient => {
  const realm = globalThis as unknown as Record<string | symbol, unknown>;
  const loaded = realm[LOADED] as OfficeClient | undefined;
  if (loaded) {
    if (loaded.host !== host) throw new Error(`this realm already holds the ${loaded.host} client; use isolatedOfficeClient('${host}')`);
    return loaded;
  }
  ensureWindow(realm);
  // An indirect eval runs the file at the realm's top level, as a <script> tag does.
  (0, eval)(officeClientSource(host));
  const client = clientIn(realm as Record<string, unknown>, host);
  realm[LOADED] = client;
  return client;
};

/**
 * Microsoft's client for `host` in a window of its own (another realm): a jsdom window in Node,
 * an iframe's window where the test itself runs in a jsdom page (Jest's jsdom environment).
 */
export const isolatedOfficeClient = (host: OfficeHostName): OfficeClient => {
  const page = globalThis as unknown as { document?: Document; [SHIMMED]?: boolean };
  if (!page[SHIMMED] && page.document?.body && typeof navigator !== 'undefined' && /jsdom/i.test(navigator.userAgent)) {
    const frame = page.document.createElement('iframe');
    page.document.body.appendChild(frame);
    const frameWindow = frame.contentWindow as unknown as { eval(source: string): unknown } | null;
    if (!frameWindow) throw new Error('no window for an isolated Office.js client');
    frameWindow.eval(officeClientSource(host));
    return clientIn(frameWindow as unknown as Record<string, unknown>, host);
  }
  const JSDOM = jsdom();
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: PAGE_URL });
  dom.window.eval(officeClientSource(host));
  return clientIn(dom.window as unknown as Record<string, unknown>, host);
};

/** Points this realm's `Office`, `OfficeExtension` and `Word`/`Excel` at `client`, for host code that uses the globals. */
export const useClient = (client: OfficeClient): void => {
  const realm = globalThis as unknown as Record<string, unknown>;
  Object.assign(realm, { Office: client.Office, OfficeExtension: client.OfficeExtension, [client.host]: client.api });
};
