import { createRoot } from 'react-dom/client';
import type { StatusHost } from '../hosts/host';
import { App, type ThemeName } from './App';
import { languageFor } from './i18n';
import { officeHostFor } from './officeHost';
import { toPaneError, type PaneError } from './outcome';

/** How long to wait for Office before telling the user this page runs outside Word and Excel. */
const OFFICE_TIMEOUT_MS = 10_000;

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root');
const root = createRoot(container);
const checkOnOpen = new URLSearchParams(window.location.search).get('view') === 'check';

/** Office's theme as light or dark, by the lightness of its body background. */
const themeOf = (theme: Office.OfficeTheme | undefined): ThemeName => {
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * (r ?? 255) + 0.7152 * (g ?? 255) + 0.0722 * (b ?? 255) < 128 ? 'dark' : 'light';
};

let started = false;
const start = (host: StatusHost | undefined, startupError?: PaneError): void => {
  started = true;
  const context = typeof Office !== 'undefined' ? (Office.context as Office.Context | undefined) : undefined;
  root.render(
    <App
      host={host}
      language={languageFor(context?.displayLanguage ?? navigator.language)}
      theme={themeOf(context?.officeTheme)}
      checkOnOpen={checkOnOpen}
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
      start(officeHostFor(info));
    } catch (error) {
      start(undefined, toPaneError(error));
    }
  });
}
