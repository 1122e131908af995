import {
  Button,
  FluentProvider,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  webDarkTheme,
  webLightTheme,
} from '@fluentui/react-components';
import { todayInAmsterdam, type ISODate } from '../core/calendar';
import type { Lang } from '../core/findings';
import { useEffect, useState } from 'react';
import type { StatusHost } from '../hosts/host';
import { ErrorBoundary } from './components/ErrorBoundary';
import { Pane } from './components/Pane';
import { ErrorBar } from './components/Problem';
import type { ThemeName } from './officeHost';
import type { PaneError } from './outcome';
import { catalogues, LanguageContext } from './i18n';

export type { ThemeName } from './officeHost';

export interface AppProps {
  /** The document to work on; undefined: the page runs outside Word and Excel. */
  readonly host: StatusHost | undefined;
  readonly language: Lang;
  readonly theme?: ThemeName;
  /** Subscribes to theme changes (Office's OfficeThemeChanged where it exists); returns an unsubscribe. */
  readonly followTheme?: (listener: (theme: ThemeName) => void) => () => void;
  /** Excel: a host for the status table on a named sheet, for the sheet picker. */
  readonly hostForSheet?: (sheet: string) => StatusHost;
  readonly checkOnOpen?: boolean;
  /** Today in Amsterdam; tests fix it. */
  readonly today?: () => ISODate;
  readonly liveDelayMs?: number;
  /** The host could not be made (e.g. a requirement set is missing): say why instead of a pane. */
  readonly startupError?: PaneError;
}

const amsterdamToday = (): ISODate => todayInAmsterdam(new Date());

const Crashed = ({ language, reset }: { language: Lang; reset: () => void }) => {
  const m = catalogues[language];
  return (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{m.errorTitle}</MessageBarTitle>
        {m.crashed}
      </MessageBarBody>
      <MessageBarActions>
        <Button onClick={reset}>{m.retry}</Button>
      </MessageBarActions>
    </MessageBar>
  );
};

export const NoOffice = ({ language }: { language: Lang }) => {
  const m = catalogues[language];
  return (
    <MessageBar intent="warning" layout="multiline" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{m.noOffice}</MessageBarTitle>
        {m.noOfficeHint}
      </MessageBarBody>
    </MessageBar>
  );
};

/** The task pane: the host is passed in, so Word, Excel, a test double or an in-memory host all work. */
export const App = ({
  host,
  language,
  theme: initialTheme = 'light',
  followTheme,
  hostForSheet,
  checkOnOpen = false,
  today = amsterdamToday,
  liveDelayMs = 1000,
  startupError,
}: AppProps) => {
  const [theme, setTheme] = useState(initialTheme);
  useEffect(() => setTheme(initialTheme), [initialTheme]);
  useEffect(() => followTheme?.(setTheme), [followTheme]);
  return (
    <FluentProvider theme={theme === 'dark' ? webDarkTheme : webLightTheme} style={{ minHeight: '100%' }}>
      <LanguageContext.Provider value={language}>
        <ErrorBoundary fallback={(reset) => <Crashed language={language} reset={reset} />}>
          {startupError ? (
            <ErrorBar error={startupError} />
          ) : host ? (
            <Pane
              host={host}
              checkOnOpen={checkOnOpen}
              today={today}
              liveDelayMs={liveDelayMs}
              hostForSheet={hostForSheet}
            />
          ) : (
            <NoOffice language={language} />
          )}
        </ErrorBoundary>
      </LanguageContext.Provider>
    </FluentProvider>
  );
};
