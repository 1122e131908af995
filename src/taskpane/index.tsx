import { createRoot } from 'react-dom/client';
import type { StatusHost } from '../hosts/host';
import { App } from './App';
import { warmUp } from './check/warm';
import { createWorkerChecker } from './check/workerChecker';
import { languageFor } from './i18n';
import { withEarlyRead } from '../app/earlyRead';
import { officeHostFor, officeSheetHostFor } from '../app/officeHost';
import { followOfficeTheme, officeWriteAccess, themeOf } from './officePage';
import { toPaneError, type PaneError } from '../app/outcome';

/** How long to wait for Office before telling the user this page runs outside Word and Excel. */
const OFFICE_TIMEOUT_MS = 10_000;

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root');
const root = createRoot(container);
const checker = createWorkerChecker();

let started = false;
const start = (
  host: StatusHost | undefined,
  startupError?: PaneError,
  hostForSheet?: (sheet: string) => StatusHost,
): void => {
  started = true;
  const context = typeof Office !== 'undefined' ? (Office.context as Office.Context | undefined) : undefined;
  root.render(
    <App
      host={host}
      language={languageFor(context?.displayLanguage ?? navigator.language)}
      officeLanguage={context?.displayLanguage ?? navigator.language}
      checker={checker}
      theme={themeOf(context?.officeTheme)}
      {...(context ? { followTheme: followOfficeTheme, writeAccess: officeWriteAccess } : {})}
      {...(hostForSheet ? { hostForSheet } : {})}
      {...(startupError ? { startupError } : {})}
    />,
  );
};

if (typeof Office === 'undefined') {
  // office.js did not load (offline, blocked): say so rather than leave the pane blank.
  start(undefined);
} else {
  const fallback = window.setTimeout(() => {
    if (!started) start(undefined);
  }, OFFICE_TIMEOUT_MS);
  void Office.onReady((info) => {
    window.clearTimeout(fallback);
    try {
      const host = officeHostFor(info);
      // The document is read while React draws the pane (the first check takes that read) and
      // the check's code warms up.
      start(host && withEarlyRead(host), undefined, officeSheetHostFor(info));
      warmUp(checker);
    } catch (error) {
      start(undefined, toPaneError(error));
    }
  });
}
