import { useCallback, useEffect, useRef, useState } from 'react';
import type { ISODate } from '../../core/calendar';
import type { SourceDocument } from '../../core/document';
import type { SnapshotRead } from '../../core/review';
import type { Settings } from '../../core/settings';
import { HostError, type StatusHost } from '../../hosts/host';
import { loadSettings as loadSettingsOf, loadSnapshot } from '../../hosts/operations';
import type { Checker, CheckView } from '../check/view';
import type { LastOfficeError } from '../diagnosis';
import { performAction, toPaneError, type ActionName, type Change, type PaneError } from '../../app/outcome';

export type { ActionName, Change, PaneError } from '../../app/outcome';

export type Busy = 'checking' | 'updating' | 'saving' | 'marking' | undefined;

export interface Outcome {
  /** The document as read for this check: the basis a fix compares against (co-authors). */
  readonly doc: SourceDocument;
  readonly view: CheckView;
  readonly settings: Settings;
  /** What the document keeps of its last stand (none where the host keeps no snapshots). */
  readonly snapshot: SnapshotRead;
}

/**
 * How long after the pane's own write or selection a document event is still taken to be its
 * echo. Office reports changes asynchronously (Word's paragraph events, Excel's onChanged, the
 * selection event) and documents no bound on the delay; a second covers what we measured on the
 * doubles and leaves a co-author's edit waiting at most that long for the next event.
 */
export const OWN_CHANGE_SETTLE_MS = 1000;

export interface StatusCheck {
  readonly outcome: Outcome | undefined;
  readonly settings: Settings | undefined;
  readonly busy: Busy;
  readonly error: PaneError | undefined;
  /** The last error Office raised while this pane was open, kept for "Diagnose kopiëren". */
  readonly lastOfficeError: LastOfficeError | undefined;
  readonly change: Change | undefined;
  /** A write was refused because the document is protected: the pane stops offering fixes. */
  readonly refusedAsProtected: boolean;
  readonly check: () => Promise<void>;
  /** Runs a fix and then one check; resolves to the change it made (undefined: it failed). */
  readonly act: (action: ActionName) => Promise<Change | undefined>;
  readonly saveSettings: (settings: Settings) => Promise<boolean>;
  readonly loadSettings: () => Promise<void>;
  readonly dismissError: () => void;
  readonly dismissChange: () => void;
  /** Shows a failure of something the pane did outside these operations. */
  readonly fail: (error: unknown) => void;
  /** Runs a write or selection of the pane's own, so the document events it causes do not wake the live re-check. */
  readonly own: <T>(work: () => Promise<T>) => Promise<T>;
  /** Whether a document event now is the echo of the pane's own work. */
  readonly isOwnChange: () => boolean;
  /** When (Date.now()) the latest check started reading: an event older than that is already in it. */
  readonly lastCheckStart: () => number;
}

/**
 * Marks a span of the pane's work on the page's performance timeline ("statustabel-read",
 * "statustabel-check"), for profilers and for the tests that tell the host's reading (Office's
 * work, or the test double's) from the pane's own.
 */
const timed = async <T,>(name: string, work: () => Promise<T>): Promise<T> => {
  const start = typeof performance !== 'undefined' && typeof performance.mark === 'function' ? performance.now() : undefined;
  try {
    return await work();
  } finally {
    if (start !== undefined) {
      try {
        performance.measure(name, { start, end: performance.now() });
      } catch {
        // A timeline without measures (an old webview): nothing to mark.
      }
    }
  }
};

/**
 * The pane's work against a host: check, fix, save settings. One operation at a time; a check
 * asked for while another runs is run once after it (live re-check may ask often). The check
 * itself runs in `checker` (a worker in the page), the reading in the host.
 */
export const useStatusCheck = (host: StatusHost, today: () => ISODate, checker: Checker): StatusCheck => {
  const [outcome, setOutcome] = useState<Outcome>();
  const [settings, setSettings] = useState<Settings>();
  const [busy, setBusy] = useState<Busy>();
  const [error, setErrorState] = useState<PaneError>();
  const [lastOfficeError, setLastOfficeError] = useState<LastOfficeError>();
  // Every failure the pane shows passes here: one Office raised is kept for "Diagnose kopiëren",
  // after its message is dismissed and when another sheet is picked.
  const setError = useCallback((next: PaneError | undefined) => {
    setErrorState(next);
    if (next?.office) setLastOfficeError({ ...next.office, at: new Date().toISOString() });
  }, []);
  const [change, setChange] = useState<Change>();
  const [refusedAsProtected, setRefusedAsProtected] = useState(false);

  const running = useRef(false);
  const pendingCheck = useRef(false);
  const settingsRef = useRef<Settings | undefined>(undefined);
  const outcomeRef = useRef<Outcome | undefined>(undefined);
  const ownWork = useRef(0);
  const ownUntil = useRef(0);
  const checkStartedAt = useRef(0);

  const own = useCallback(async <T,>(work: () => Promise<T>): Promise<T> => {
    ownWork.current += 1;
    try {
      return await work();
    } finally {
      ownWork.current -= 1;
      ownUntil.current = Date.now() + OWN_CHANGE_SETTLE_MS;
    }
  }, []);
  const isOwnChange = useCallback(() => ownWork.current > 0 || Date.now() < ownUntil.current, []);
  const lastCheckStart = useCallback(() => checkStartedAt.current, []);

  const exclusive = useCallback(async (kind: NonNullable<Busy>, work: () => Promise<void>): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(kind);
    try {
      await work();
    } catch (caught) {
      const paneError = toPaneError(caught);
      if (paneError.kind === 'host' && paneError.code === 'protected' && kind === 'updating') setRefusedAsProtected(true);
      setError(paneError);
    } finally {
      running.current = false;
      setBusy(undefined);
    }
    return true;
  }, []);

  // The host of the latest render: a check that ends after the user picked another sheet (a new
  // host) is about a document the pane no longer shows, and is dropped.
  const hostRef = useRef(host);
  hostRef.current = host;

  const checkOnce = useCallback(async (): Promise<void> => {
    const stale = () => hostRef.current !== host;
    try {
      // Settings, snapshot and document at once: round trips to Office would wait one after the other.
      checkStartedAt.current = Date.now();
      const [effective, doc, snapshot] = await Promise.all([
        settingsRef.current ?? loadSettingsOf(host),
        timed('statustabel-read', () => host.read()),
        loadSnapshot(host),
      ]);
      if (stale()) return;
      settingsRef.current = effective;
      setSettings(effective);
      const view = await timed('statustabel-check', () =>
        checker(doc, today(), effective, snapshot.status === 'ok' ? snapshot.snapshot : undefined),
      );
      if (stale()) return;
      const next = { doc, view, settings: effective, snapshot };
      outcomeRef.current = next;
      setOutcome(next);
      setError(undefined);
    } catch (caught) {
      if (!stale()) throw caught;
    }
  }, [host, today, checker]);

  const checkOnceRef = useRef(checkOnce);
  checkOnceRef.current = checkOnce;

  const check = useCallback(async (): Promise<void> => {
    const ran = await exclusive('checking', () => checkOnceRef.current());
    if (!ran) {
      pendingCheck.current = true;
      return;
    }
    // The latest checkOnce: a check asked for meanwhile may be for a new host.
    while (pendingCheck.current) {
      pendingCheck.current = false;
      await exclusive('checking', () => checkOnceRef.current());
    }
  }, [exclusive]);

  const act = useCallback(
    async (action: ActionName): Promise<Change | undefined> => {
      let done: Change | undefined;
      await exclusive('updating', async () => {
        setChange(undefined);
        const basis = outcomeRef.current?.doc;
        const result = await own(() => performAction(host, action, today(), basis));
        done = { action, result };
        setChange(done);
        setError(undefined);
      });
      // One check after the write; the write's own document events do not add another.
      if (done) await check();
      return done;
    },
    [exclusive, host, today, check, own],
  );

  const saveSettings = useCallback(
    async (next: Settings): Promise<boolean> => {
      let saved = false;
      await exclusive('saving', async () => {
        const store = host.capabilities.settings;
        if (!store) throw new HostError('failed', 'settings');
        await own(() => store.save(next));
        settingsRef.current = next;
        setSettings(next);
        setError(undefined);
        saved = true;
      });
      if (saved && outcomeRef.current) await check();
      return saved;
    },
    [exclusive, host, check, own],
  );

  const loadSettings = useCallback(async (): Promise<void> => {
    if (settingsRef.current) return;
    try {
      const loaded = await loadSettingsOf(host);
      settingsRef.current ??= loaded;
      setSettings(settingsRef.current);
    } catch (caught) {
      setError(toPaneError(caught));
    }
  }, [host]);

  const dismissError = useCallback(() => setError(undefined), []);
  const dismissChange = useCallback(() => setChange(undefined), []);
  const fail = useCallback((caught: unknown) => setError(toPaneError(caught)), []);

  // A new host is a new document (or sheet): forget what the old one said.
  useEffect(() => {
    settingsRef.current = undefined;
    outcomeRef.current = undefined;
    setOutcome(undefined);
    setSettings(undefined);
    setChange(undefined);
    setError(undefined);
    setRefusedAsProtected(false);
  }, [host]);

  return {
    outcome,
    settings,
    busy,
    error,
    lastOfficeError,
    change,
    refusedAsProtected,
    check,
    act,
    saveSettings,
    loadSettings,
    dismissError,
    dismissChange,
    fail,
    own,
    isOwnChange,
    lastCheckStart,
  };
};
