/**
 * Microsoft's Office.js client as loaded into a realm (a Node/jsdom global, or a page): the
 * namespaces its host file (`word-web-16.00.debug.js`, `excel-web-16.00.debug.js`) defines.
 * They are Microsoft's code, typed loosely here: the simulator only plugs into their seams.
 */
export type OfficeHostName = 'Word' | 'Excel';

/* eslint-disable @typescript-eslint/no-explicit-any -- Microsoft's untyped internals (OSF, SessionBase). */
export interface OfficeClient {
  readonly host: OfficeHostName;
  /** The global object the client was loaded into (its `window`). */
  readonly realm: any;
  readonly Office: any;
  readonly OfficeExtension: any;
  readonly OSF: any;
  readonly OfficeExt: any;
  /** `Word` or `Excel`: the host's namespace. */
  readonly api: any;
}
/* eslint-enable @typescript-eslint/no-explicit-any */

/** The file of Microsoft's client per host, in @microsoft/office-js's dist folder. */
export const CLIENT_FILES: Readonly<Record<OfficeHostName, string>> = {
  Word: 'word-web-16.00.debug.js',
  Excel: 'excel-web-16.00.debug.js',
};

/** The client's namespaces, once its file ran in `realm`. */
export const clientIn = (realm: Record<string, unknown>, host: OfficeHostName): OfficeClient => {
  const api = realm[host];
  if (!api || !realm.Office || !realm.OfficeExtension) throw new Error(`Office.js for ${host} did not load in this realm`);
  return { host, realm, Office: realm.Office, OfficeExtension: realm.OfficeExtension, OSF: realm.OSF, OfficeExt: realm.OfficeExt, api };
};
