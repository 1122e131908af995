import { Button, FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { todayInAmsterdam, type ISODate } from '../core/calendar';
import type { Lang } from '../core/findings';
import type { HostKind, StatusHost } from '../hosts/host';
import { inlineChecker, type Checker } from './check/view';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Pane } from './components/Pane';
import { Bar, ErrorBar } from './components/Problem';
import { probeOffice as probePageOffice, type OfficeFacts } from './officeFacts';
import type { ThemeName } from './officePage';
import type { WriteAccessProbe } from './hooks/useWriteAccess';
import type { PaneError } from '../app/outcome';
import { catalogues, LanguageContext } from './i18n';

export type { ThemeName } from './officePage';

export interface AppProps {
  /** The document to work on; undefined: the page runs outside Word and Excel. */
  readonly host: StatusHost | undefined;
  readonly language: Lang;
  readonly theme?: ThemeName;
  /** Subscribes to theme changes (Office's OfficeThemeChanged where it exists); returns an unsubscribe. */
  readonly followTheme?: (listener: (theme: ThemeName) => void) => () => void;
  /** Excel: a host for the status table on a named sheet, for the sheet picker. */
  readonly hostForSheet?: (sheet: string) => StatusHost;
  /** The pane opens on the results of a check it runs at once; false waits for "Controleren". */
  readonly checkOnOpen?: boolean;
  /** Today in Amsterdam; tests fix it. */
  readonly today?: () => ISODate;
  readonly liveDelayMs?: number;
  /** The host could not be made (e.g. a requirement set is missing): say why instead of a pane. */
  readonly startupError?: PaneError;
  /** Where the check runs: the page gives a worker; by default, the UI thread. */
  readonly checker?: Checker;
  /** Office's display language ("nl-NL"): the language of Office's own words in error details. */
  readonly officeLanguage?: string;
  /** Tells, before any write, whether the document takes writes (a protected or read-only one does not). */
  readonly writeAccess?: WriteAccessProbe;
  /** What Office says about itself, for "Diagnose kopiëren"; by default, asked of the page's Office. */
  readonly probeOffice?: (kind: HostKind) => OfficeFacts;
}

const amsterdamToday = (): ISODate => todayInAmsterdam(new Date());

const Crashed = ({ language, reset }: { language: Lang; reset: () => void }) => {
  const m = catalogues[language];
  return (
    <Bar intent="error" title={m.errorTitle} role="alert" actions={<Button onClick={reset}>{m.retry}</Button>}>
      <p className="st-bar-text">{m.crashed}</p>
    </Bar>
  );
};

export const NoOffice = ({ language }: { language: Lang }) => {
  const m = catalogues[language];
  return (
    <Bar intent="warning" title={m.noOffice} role="alert">
      <p className="st-bar-text">{m.noOfficeHint}</p>
    </Bar>
  );
};

/** The task pane: the host is passed in, so Word, Excel, a test double or an in-memory host all work. */
export const App = ({
  host,
  language,
  theme: initialTheme = 'light',
  followTheme,
  hostForSheet,
  checkOnOpen = true,
  today = amsterdamToday,
  liveDelayMs = 1000,
  startupError,
  checker = inlineChecker,
  officeLanguage,
  writeAccess,
  probeOffice = probePageOffice,
}: AppProps) => {
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => setTheme(initialTheme), [initialTheme]);
  useEffect(() => followTheme?.(setTheme), [followTheme]);
  // The page's language is the pane's (WCAG 3.1.1): screen readers pick their voice by it.
  useEffect(() => {
    document.documentElement.lang = catalogues[language].lang;
  }, [language]);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} className="st-provider">
      <LanguageContext.Provider value={language}>
        <ErrorBoundary fallback={(reset) => <Crashed language={language} reset={reset} />}>
          {startupError ? (
            <div className="st-pane">
              <ErrorBar error={startupError} {...(officeLanguage ? { officeLanguage } : {})} />
            </div>
          ) : host ? (
            <Pane
              host={host}
              checkOnOpen={checkOnOpen}
              today={today}
              liveDelayMs={liveDelayMs}
              hostForSheet={hostForSheet}
              checker={checker}
              officeLanguage={officeLanguage}
              writeAccess={writeAccess}
              probeOffice={probeOffice}
            />
          ) : (
            <div className="st-pane">
              <NoOffice language={language} />
            </div>
          )}
        </ErrorBoundary>
      </LanguageContext.Provider>
    </FluentProvider>
  );
};
