/**
 * Loading Microsoft's Office.js client in a page (the preview page): the host file is served
 * next to the page (webpack copies it to `office-js/` for the preview) and loaded with a script
 * tag, as Office's own bootstrap would load it; the page's Content-Security-Policy allows
 * scripts from 'self' only, and the file needs neither eval nor the network.
 */
import { clientIn, type OfficeClient, type OfficeHostName } from './client/types';

/** The minified host files: the same build as the debug files the tests load (same API surface), a third of the size. */
export const PAGE_CLIENT_FILES: Readonly<Record<OfficeHostName, string>> = {
  Word: 'word-web-16.00.js',
  Excel: 'excel-web-16.00.js',
};

/**
 * Loads the client for `host` into this page once; resolves with its namespaces. A script for it
 * that the page already started (the preview's office-early.js, in its head) is waited for, not
 * loaded again.
 */
export const loadOfficeClientInPage = (host: OfficeHostName, base = 'office-js/'): Promise<OfficeClient> => {
  const realm = window as unknown as Record<string, unknown>;
  if (realm[host] && realm.OfficeExtension) return Promise.resolve(clientIn(realm, host));
  const src = `${base}${PAGE_CLIENT_FILES[host]}`;
  const started = [...document.scripts].find((script) => script.getAttribute('src') === src && !script.hasAttribute('data-failed'));
  return new Promise((resolve, reject) => {
    const script = started ?? document.createElement('script');
    script.addEventListener('load', () => {
      try {
        resolve(clientIn(realm, host));
      } catch (error) {
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    });
    script.addEventListener('error', () => reject(new Error(`Office.js for ${host} could not be loaded from ${script.src}`)));
    if (!started) {
      script.src = src;
      document.head.appendChild(script);
    }
  });
};
