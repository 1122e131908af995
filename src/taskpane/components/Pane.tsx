import { Button, Checkbox } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ISODate } from '../../core/calendar';
import type { Location } from '../../core/document';
import type { Settings } from '../../core/settings';
import type { HostKind, StatusHost } from '../../hosts/host';
import type { Checker, ViewFinding } from '../check/view';
import { diagnosisText } from '../diagnosis';
import { useLiveRecheck } from '../hooks/useLiveRecheck';
import { useSheets } from '../hooks/useSheets';
import { useStatusCheck } from '../hooks/useStatusCheck';
import { useTableSheet } from '../hooks/useTableSheet';
import { useWriteAccess, type WriteAccessProbe } from '../hooks/useWriteAccess';
import { useLanguage, useMessages } from '../i18n';
import type { OfficeFacts } from '../officeFacts';
import type { ActionName } from '../../app/outcome';
import { buildTree, flattenTree, type Filter, type Grouping } from '../results';
import { ChangeReport } from './ChangeReport';
import { CommentActions } from './CommentActions';
import { DiagnosisPanel } from './DiagnosisPanel';
import { ExportPanel } from './ExportPanel';
import { FilterBar } from './FilterBar';
import { FindingsTree } from './FindingsTree';
import { MarkActions } from './MarkActions';
import { SelectField } from './NativeField';
import { Bar, ErrorBar } from './Problem';
import { SettingsPanel } from './SettingsPanel';
import { SinceView } from './SinceView';
import { Summary } from './Summary';
import { panelId, tabId, Tabs } from './Tabs';

export interface PaneProps {
  readonly host: StatusHost;
  /** Run the check as soon as the pane opens. */
  readonly checkOnOpen: boolean;
  readonly today: () => ISODate;
  /** Quiet time after a change before the live re-check runs. */
  readonly liveDelayMs: number;
  /** Excel: a host for the status table on a named sheet; with it the pane offers a sheet picker. */
  readonly hostForSheet?: ((sheet: string) => StatusHost) | undefined;
  /** Where the check runs (a worker in the page; on the UI thread in tests). */
  readonly checker: Checker;
  /** The language of Office's own error texts (shown only behind "Details"). */
  readonly officeLanguage?: string | undefined;
  /** Tells whether the document takes writes, so fixes are off (with the reason) before anyone clicks. */
  readonly writeAccess?: WriteAccessProbe | undefined;
  /** What Office says about itself, asked when the user copies the diagnosis. */
  readonly probeOffice: (kind: HostKind) => OfficeFacts;
}

/** The sheet picker's value for "the active sheet" (a sheet's name is never empty). */
const ACTIVE_SHEET = '';
const TABS = 'st';
type Tab = 'results' | 'since' | 'settings';
type FocusTarget = 'check' | 'change' | 'error' | 'settings-bar' | 'picker' | 'tab';

const sameSettings = (a: Settings | undefined, b: Settings | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

export const Pane = ({
  host: workbookHost,
  checkOnOpen,
  today,
  liveDelayMs,
  hostForSheet,
  checker,
  officeLanguage,
  writeAccess,
  probeOffice,
}: PaneProps) => {
  const m = useMessages();
  const lang = useLanguage();
  const { sheets, refresh: refreshSheets } = useSheets(workbookHost, hostForSheet !== undefined);
  const [sheet, setSheet] = useState(ACTIVE_SHEET);
  // A new host only when the sheet (or the workbook) changes, not when a parent passes a new function.
  const hostForSheetRef = useRef(hostForSheet);
  hostForSheetRef.current = hostForSheet;
  const host = useMemo(() => {
    const forSheet = hostForSheetRef.current;
    return sheet !== ACTIVE_SHEET && forSheet ? forSheet(sheet) : workbookHost;
  }, [sheet, workbookHost]);
  const state = useStatusCheck(host, today, checker);
  const { outcome, busy, error, change, check, act, fail, loadSettings, own } = state;
  const view = outcome?.view;

  const [tab, setTab] = useState<Tab>('results');
  const [grouping, setGrouping] = useState<Grouping>('rule');
  const [filter, setFilter] = useState<Filter>({});
  const [toggled, setToggled] = useState<ReadonlyMap<string, boolean>>(new Map());
  const [live, setLive] = useState(true);
  const [noteFor, setNoteFor] = useState<string>();
  const selectedOnce = useRef(false);

  // Focus goes where the user's action led: the report of a fix, the saved settings, …
  const refs: Record<FocusTarget, RefObject<HTMLElement | null>> = {
    check: useRef<HTMLButtonElement>(null),
    change: useRef<HTMLDivElement>(null),
    error: useRef<HTMLDivElement>(null),
    'settings-bar': useRef<HTMLDivElement>(null),
    picker: useRef<HTMLSelectElement>(null),
    tab: useRef<HTMLElement>(null),
  };
  const [focusTarget, setFocusTarget] = useState<FocusTarget>();
  useEffect(() => {
    if (!focusTarget) return;
    // The selected tab: the panel the user was in has gone, its tab is where they are now.
    const element = focusTarget === 'tab' ? document.getElementById(tabId(TABS, tab)) : refs[focusTarget].current;
    if (element) {
      element.focus();
      setFocusTarget(undefined);
    }
  });

  const recheck = useCallback(() => void check(), [check]);
  const liveAvailable = useLiveRecheck(host, live, recheck, {
    delayMs: liveDelayMs,
    isOwnChange: state.isOwnChange,
    lastCheckStart: state.lastCheckStart,
  });

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

  const access = useWriteAccess(host, writeAccess, outcome);
  const writable = access.writable && !state.refusedAsProtected && outcome?.doc.protected !== true;
  const readOnlyReason = !access.writable && access.reason === 'read-only' ? m.readOnlyReason : m.protectedReason;
  const reasonId = writable ? undefined : 'st-readonly-reason';

  const lookForSheet = hostForSheet !== undefined && sheet === ACTIVE_SHEET && view?.ok === false;
  const tableSheet = useTableSheet(sheets, hostForSheet, lookForSheet);

  // Settings: a draft the user edits; leaving the tab with changes asks first.
  const [draft, setDraft] = useState<Settings>();
  const [asking, setAsking] = useState<Tab>();
  const [savedShown, setSavedShown] = useState(false);
  useEffect(() => setDraft(state.settings), [state.settings]);
  const dirty = draft !== undefined && !sameSettings(draft, state.settings);
  useEffect(() => {
    if (tab === 'settings') void loadSettings();
  }, [tab, loadSettings]);

  const requestTab = (next: Tab) => {
    if (next === tab) return;
    if (tab === 'settings' && dirty) {
      setAsking(next);
      setFocusTarget('settings-bar');
      return;
    }
    setAsking(undefined);
    setSavedShown(false);
    setTab(next);
  };
  const save = async () => {
    if (!draft) return;
    const saved = await state.saveSettings(draft);
    if (!saved) {
      setFocusTarget('error');
      return;
    }
    if (asking) {
      setTab(asking);
      setAsking(undefined);
      setFocusTarget('tab');
    } else {
      setSavedShown(true);
      setFocusTarget('settings-bar');
    }
  };
  const discard = () => {
    setDraft(state.settings);
    const next = asking;
    setAsking(undefined);
    if (next) {
      setTab(next);
      setFocusTarget('tab');
    }
  };

  const runFix = useCallback(
    async (action: ActionName) => {
      const done = await act(action);
      setFocusTarget(done ? 'change' : 'error');
    },
    [act],
  );
  // One object while nothing it holds changes: the rows of the list need not render again.
  const fixDisabled = busy !== undefined || !writable;
  const fix = useMemo(
    () => ({ disabled: fixDisabled, run: (action: ActionName) => void runFix(action), ...(reasonId ? { reasonId } : {}) }),
    [fixDisabled, runFix, reasonId],
  );

  const select = useCallback(
    (item: ViewFinding, location: Location) => {
      const select = host.capabilities.select;
      if (!select) return;
      own(() => select(location))
        .then(() => {
          // The first time, the pane says what a click did; after that the user knows.
          if (!selectedOnce.current) {
            selectedOnce.current = true;
            setNoteFor(item.key);
          } else setNoteFor(undefined);
        })
        .catch(fail);
    },
    [host, fail, own],
  );

  // A change since the last stand selects its cell as a finding does.
  const selectLocation = useCallback(
    (location: Location) => {
      const select = host.capabilities.select;
      if (select) own(() => select(location)).catch(fail);
    },
    [host, fail, own],
  );

  const findings = view?.ok ? view.findings : undefined;
  const tree = useMemo(() => (findings ? buildTree(findings, filter, grouping, lang, m) : undefined), [findings, filter, grouping, lang, m]);
  const rows = useMemo(() => (tree && findings ? flattenTree(tree, findings, toggled) : []), [tree, findings, toggled]);
  const toggle = useCallback((key: string, open: boolean) => setToggled((old) => new Map(old).set(key, open)), []);

  const busyText = busy === 'checking' ? m.checking : busy === 'updating' ? m.working : busy === 'saving' ? m.saving : '';

  const results = (
    <div role="tabpanel" id={panelId(TABS, 'results')} aria-labelledby={tabId(TABS, 'results')} className="st-panel">
      {sheets && sheets.length > 1 ? (
        <SelectField label={m.sheet} hint={m.sheetHint} ref={refs.picker as RefObject<HTMLSelectElement>} value={sheet} onFocus={refreshSheets} onValue={setSheet}>
            <option value={ACTIVE_SHEET}>{m.sheetActive}</option>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
        </SelectField>
      ) : null}

      {view?.ok ? <Summary view={view} /> : null}

      <div className="st-row">
        <Button
          ref={refs.check as RefObject<HTMLButtonElement>}
          appearance={outcome ? 'secondary' : 'primary'}
          disabledFocusable={busy !== undefined}
          onClick={() => void check()}
        >
          {outcome ? m.recheck : m.check}
        </Button>
        <Checkbox
          checked={live && liveAvailable}
          disabled={!liveAvailable}
          label={liveAvailable ? m.live : m.liveUnavailable}
          onChange={(_, data) => setLive(data.checked === true)}
        />
      </div>
      <p className="st-busy" role="status" aria-live="polite">
        {busyText ? (
          <>
            <span className="st-spinner" aria-hidden="true" />
            {busyText}
          </>
        ) : null}
      </p>

      {!writable && view?.ok ? (
        <Bar intent="warning" title={m.readOnlyTitle} bodyId="st-readonly-reason" testId="read-only">
          <p className="st-bar-text">{readOnlyReason}</p>
        </Bar>
      ) : null}
      {error ? (
        <ErrorBar
          ref={refs.error as RefObject<HTMLDivElement>}
          error={error}
          officeLanguage={officeLanguage}
          onDismiss={() => {
            state.dismissError();
            setFocusTarget('check');
          }}
        />
      ) : null}
      {change ? (
        <ChangeReport
          ref={refs.change as RefObject<HTMLDivElement>}
          change={change}
          onDismiss={() => {
            state.dismissChange();
            setFocusTarget('check');
          }}
        />
      ) : null}

      {view && !view.ok ? (
        <Bar intent="warning" title={m.reasonTitle} testId="reason">
          <p className="st-bar-text">{host.kind === 'excel' ? m.noStatusTableOnSheet : m.reportReason[view.reason]}</p>
          {lookForSheet ? <p className="st-bar-text">{tableSheet ? m.sheetWithTable(tableSheet) : m.pickSheet}</p> : null}
          {lookForSheet && tableSheet ? (
            <Button
              className="st-bar-button"
              onClick={() => {
                setSheet(tableSheet);
                setFocusTarget('picker');
              }}
            >
              {m.checkSheet(tableSheet)}
            </Button>
          ) : null}
        </Bar>
      ) : null}

      {view?.ok && tree && findings ? (
        findings.length > 0 ? (
          <section className="st-results" aria-label={m.resultsLabel}>
            <FilterBar
              findings={findings}
              filter={filter}
              onFilter={setFilter}
              grouping={grouping}
              onGrouping={setGrouping}
              shown={tree.shown}
            />
            {tree.shown === 0 ? <p className="st-caption">{m.filterNothing}</p> : null}
            <FindingsTree
              rows={rows}
              findings={findings}
              onToggle={toggle}
              onSelect={select}
              noteFor={noteFor}
              fix={fix}
            />
          </section>
        ) : null
      ) : null}

      {view?.ok && host.capabilities.marks ? (
        <MarkActions
          marks={host.capabilities.marks}
          findings={view.findings}
          disabled={busy !== undefined || !writable}
          {...(reasonId ? { reasonId } : {})}
          onError={fail}
          own={own}
        />
      ) : null}
      {view?.ok && outcome && tree && view.findings.length > 0 ? (
        <CommentActions
          comments={host.capabilities.comments}
          doc={outcome.doc}
          findings={view.findings}
          filter={filter}
          shown={tree.shown}
          disabled={busy !== undefined || !writable}
          {...(reasonId ? { reasonId } : {})}
          onError={fail}
          own={own}
        />
      ) : null}
      {view?.ok && (view.findings.length > 0 || (view.review?.changes.length ?? 0) > 0) ? (
        <ExportPanel findings={view.findings} review={view.review} />
      ) : null}
    </div>
  );

  return (
    <main className="st-pane">
      <h1 className="st-sr-only">{m.appTitle}</h1>
      <Tabs
        label={m.tabsLabel}
        idPrefix={TABS}
        value={tab}
        onSelect={requestTab}
        tabs={[
          { value: 'results', label: m.tabResults },
          // Where the host keeps the stand (a snapshot in the document), what moved since.
          ...(host.capabilities.snapshots ? [{ value: 'since' as const, label: m.since.tab }] : []),
          { value: 'settings', label: m.tabSettings },
        ]}
      />
      {tab === 'results' ? (
        results
      ) : tab === 'since' ? (
        <div role="tabpanel" id={panelId(TABS, 'since')} aria-labelledby={tabId(TABS, 'since')} className="st-panel">
          {error ? <ErrorBar ref={refs.error as RefObject<HTMLDivElement>} error={error} officeLanguage={officeLanguage} onDismiss={state.dismissError} /> : null}
          {outcome && view?.ok ? (
            <SinceView snapshot={outcome.snapshot} review={view.review} findings={view.findings} onSelect={selectLocation} />
          ) : view && !view.ok ? (
            <p className="st-caption">{m.reportReason[view.reason]}</p>
          ) : (
            <p className="st-busy">{m.loading}</p>
          )}
        </div>
      ) : (
        <div role="tabpanel" id={panelId(TABS, 'settings')} aria-labelledby={tabId(TABS, 'settings')} className="st-panel">
          {error ? <ErrorBar ref={refs.error as RefObject<HTMLDivElement>} error={error} officeLanguage={officeLanguage} onDismiss={state.dismissError} /> : null}
          {draft ? (
            <SettingsPanel
              ref={refs['settings-bar'] as RefObject<HTMLDivElement>}
              draft={draft}
              onDraft={(next) => {
                setDraft(next);
                setSavedShown(false);
              }}
              saving={busy === 'saving'}
              onSave={() => void save()}
              asking={asking !== undefined}
              onDiscard={discard}
              saved={savedShown}
            />
          ) : (
            <p className="st-busy">{m.loading}</p>
          )}
          <DiagnosisPanel diagnose={() => diagnosisText(probeOffice(host.kind), state.lastOfficeError, m)} />
        </div>
      )}
    </main>
  );
};
