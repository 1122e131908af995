import {
  Body1,
  Button,
  Caption1,
  Divider,
  Field,
  makeStyles,
  ProgressBar,
  Select,
  Spinner,
  Subtitle2,
  Switch,
  Tab,
  TabList,
  Title3,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ISODate } from '../../core/calendar';
import type { Location } from '../../core/document';
import type { StatusHost } from '../../hosts/host';
import type { Grouping } from '../grouping';
import { useLiveRecheck } from '../hooks/useLiveRecheck';
import { useSheets } from '../hooks/useSheets';
import { useStatusCheck } from '../hooks/useStatusCheck';
import { useMessages } from '../i18n';
import { ChangeReport } from './ChangeReport';
import { ExportPanel } from './ExportPanel';
import { FindingsList } from './FindingsList';
import { MarkActions } from './MarkActions';
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
  /** Excel: a host for the status table on a named sheet; with it the pane offers a sheet picker. */
  readonly hostForSheet?: ((sheet: string) => StatusHost) | undefined;
}

/** The sheet picker's value for "the active sheet" (a sheet's name is never empty). */
const ACTIVE_SHEET = '';

export const Pane = ({ host: workbookHost, checkOnOpen, today, liveDelayMs, hostForSheet }: PaneProps) => {
  const m = useMessages();
  const styles = useStyles();
  const { sheets, refresh: refreshSheets } = useSheets(workbookHost, hostForSheet !== undefined);
  const [sheet, setSheet] = useState(ACTIVE_SHEET);
  // A new host only when the sheet (or the workbook) changes, not when a parent passes a new function.
  const hostForSheetRef = useRef(hostForSheet);
  hostForSheetRef.current = hostForSheet;
  const host = useMemo(() => {
    const forSheet = hostForSheetRef.current;
    return sheet !== ACTIVE_SHEET && forSheet ? forSheet(sheet) : workbookHost;
  }, [sheet, workbookHost]);
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

  // Another host (the user picked a sheet, or the page got a new document): check it.
  const checkedHost = useRef(host);
  useEffect(() => {
    if (checkedHost.current === host) return;
    checkedHost.current = host;
    void check();
  }, [host, check]);

  useEffect(() => {
    if (tab === 'settings') void loadSettings();
  }, [tab, loadSettings]);

  const select = useCallback(
    (location: Location) => {
      host.capabilities.select?.(location).catch(fail);
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

      {sheets && sheets.length > 1 ? (
        <Field label={m.sheet} hint={m.sheetHint}>
          <Select
            value={sheet}
            disabled={busy !== undefined}
            onFocus={refreshSheets}
            onChange={(_, data) => setSheet(data.value)}
          >
            <option value={ACTIVE_SHEET}>{m.sheetActive}</option>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}

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
          {report && !report.ok ? <ReasonBar reason={report.reason} sheet={host.kind === 'excel'} /> : null}
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
              {host.capabilities.marks && report?.ok ? (
                <div className={styles.buttons}>
                  <MarkActions marks={host.capabilities.marks} findings={report.findings} disabled={busy !== undefined} onError={fail} />
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
