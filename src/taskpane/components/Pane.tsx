import {
  Body1,
  Button,
  Caption1,
  Divider,
  makeStyles,
  ProgressBar,
  Spinner,
  Subtitle2,
  Switch,
  Tab,
  TabList,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { ISODate } from '../../core/calendar';
import type { Location } from '../../core/document';
import type { StatusHost } from '../../hosts/host';
import type { Grouping } from '../grouping';
import { useLiveRecheck } from '../hooks/useLiveRecheck';
import { useStatusCheck } from '../hooks/useStatusCheck';
import { useMessages } from '../i18n';
import { ChangeReport } from './ChangeReport';
import { ExportPanel } from './ExportPanel';
import { FindingsList } from './FindingsList';
import { canMark, MarkActions } from './MarkActions';
import { ErrorBar, ReasonBar } from './Problem';
import { SettingsPanel } from './SettingsPanel';
import { Summary } from './Summary';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export interface PaneProps {
  readonly host: StatusHost;
  /** Run the check as soon as the pane opens (the ribbon's "Controleren" opens it with ?view=check). */
  readonly checkOnOpen: boolean;
  readonly today: () => ISODate;
  /** Quiet time after a change before the live re-check runs. */
  readonly liveDelayMs: number;
}

export const Pane = ({ host, checkOnOpen, today, liveDelayMs }: PaneProps) => {
  const m = useMessages();
  const styles = useStyles();
  const state = useStatusCheck(host, today);
  const { outcome, busy, error, change, check, act, fail, loadSettings } = state;
  const [tab, setTab] = useState<'results' | 'settings'>('results');
  const [grouping, setGrouping] = useState<Grouping>('rule');
  const [live, setLive] = useState(true);

  const recheck = useCallback(() => void check(), [check]);
  const liveAvailable = useLiveRecheck(host, live, recheck, liveDelayMs);

  useEffect(() => {
    if (checkOnOpen) void check();
  }, [checkOnOpen, check]);

  useEffect(() => {
    if (tab === 'settings') void loadSettings();
  }, [tab, loadSettings]);

  const select = useCallback(
    (location: Location) => {
      host.select(location).catch(fail);
    },
    [host, fail],
  );

  const report = outcome?.report;
  const hasTable = report?.ok === true;

  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">{m.appTitle}</Title3>
        <Caption1>{m.intro}</Caption1>
      </header>

      <div className={styles.buttons}>
        <Button appearance="primary" disabled={busy !== undefined} onClick={() => void check()}>
          {m.check}
        </Button>
      </div>
      <Switch
        checked={live && liveAvailable}
        disabled={!liveAvailable}
        label={liveAvailable ? m.live : m.liveUnavailable}
        onChange={(_, data) => setLive(data.checked)}
      />

      {busy === 'checking' ? <Spinner size="small" label={m.checking} labelPosition="after" /> : null}
      {busy === 'updating' || busy === 'saving' ? (
        <div aria-live="polite">
          <Body1>{m.working}</Body1>
          <ProgressBar />
        </div>
      ) : null}

      {error ? <ErrorBar error={error} onDismiss={state.dismissError} /> : null}
      {change ? <ChangeReport change={change} /> : null}

      <TabList selectedValue={tab} onTabSelect={(_, data) => setTab(data.value === 'settings' ? 'settings' : 'results')}>
        <Tab value="results">{m.tabResults}</Tab>
        <Tab value="settings">{m.tabSettings}</Tab>
      </TabList>

      {tab === 'results' ? (
        <>
          {report && !report.ok ? <ReasonBar reason={report.reason} /> : null}
          {report?.ok ? <Summary report={report} /> : null}

          {outcome ? (
            <section className={styles.section} aria-label={m.actions}>
              <Subtitle2 as="h2">{m.actions}</Subtitle2>
              <div className={styles.buttons}>
                <Button disabled={busy !== undefined || !hasTable} onClick={() => void act('insertHeadings')}>
                  {m.insertHeadings}
                </Button>
                <Button disabled={busy !== undefined || !hasTable} onClick={() => void act('refreshDateStamp')}>
                  {m.refreshDateStamp}
                </Button>
                <Button disabled={busy !== undefined} onClick={() => void check()}>
                  {m.recheck}
                </Button>
              </div>
              {canMark(host) && report?.ok ? (
                <div className={styles.buttons}>
                  <MarkActions host={host} findings={report.findings} disabled={busy !== undefined} onError={fail} />
                </div>
              ) : null}
            </section>
          ) : null}

          {report?.ok ? (
            <>
              <Divider />
              <FindingsList
                findings={report.findings}
                table={report.table}
                grouping={grouping}
                onGroupingChange={setGrouping}
                onSelect={select}
              />
              {report.findings.length > 0 ? (
                <>
                  <Divider />
                  <ExportPanel findings={report.findings} table={report.table} />
                </>
              ) : null}
            </>
          ) : null}
        </>
      ) : state.settings ? (
        <SettingsPanel
          key={JSON.stringify(state.settings)}
          settings={state.settings}
          saving={busy === 'saving'}
          saved={state.settingsSaved}
          onSave={(next) => void state.saveSettings(next)}
        />
      ) : (
        <Spinner size="small" label={m.loading} labelPosition="after" />
      )}
    </main>
  );
};
