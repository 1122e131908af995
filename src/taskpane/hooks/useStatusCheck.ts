import { useCallback, useEffect, useRef, useState } from 'react';
import type { ISODate } from '../../core/calendar';
import type { Settings } from '../../core/settings';
import { HostError, type StatusHost } from '../../hosts/host';
import { performAction, toPaneError, type ActionName, type Change, type PaneError } from '../outcome';
import { loadSettings as loadSettingsOf, runCheck, type CheckOutcome } from '../../hosts/operations';

export type { ActionName, Change, PaneError } from '../outcome';

export type Busy = 'checking' | 'updating' | 'saving' | undefined;

export interface StatusCheck {
  readonly outcome: CheckOutcome | undefined;
  readonly settings: Settings | undefined;
  readonly busy: Busy;
  readonly error: PaneError | undefined;
  readonly change: Change | undefined;
  readonly settingsSaved: boolean;
  readonly check: () => Promise<void>;
  readonly act: (action: ActionName) => Promise<void>;
  readonly saveSettings: (settings: Settings) => Promise<void>;
  readonly loadSettings: () => Promise<void>;
  readonly dismissError: () => void;
  /** Shows a failure of something the pane did outside these operations (selecting a cell). */
  readonly fail: (error: unknown) => void;
}

/**
 * The pane's work against a host: check, fix, save settings. One operation at a time; a check
 * asked for while another runs is run once after it (live re-check may ask often).
 */
export const useStatusCheck = (host: StatusHost, today: () => ISODate): StatusCheck => {
  const [outcome, setOutcome] = useState<CheckOutcome>();
  const [settings, setSettings] = useState<Settings>();
  const [busy, setBusy] = useState<Busy>();
  const [error, setError] = useState<PaneError>();
  const [change, setChange] = useState<Change>();
  const [settingsSaved, setSettingsSaved] = useState(false);

  const running = useRef(false);
  const pendingCheck = useRef(false);
  const settingsRef = useRef<Settings | undefined>(undefined);
  const outcomeRef = useRef<CheckOutcome | undefined>(undefined);

  const exclusive = useCallback(async (kind: NonNullable<Busy>, work: () => Promise<void>): Promise<boolean> => {
    if (running.current) return false;
    running.current = true;
    setBusy(kind);
    try {
      await work();
    } catch (caught) {
      setError(toPaneError(caught));
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
      const effective = settingsRef.current ?? (await loadSettingsOf(host));
      if (stale()) return;
      settingsRef.current = effective;
      setSettings(effective);
      const result = await runCheck(host, today(), effective);
      if (stale()) return;
      outcomeRef.current = result;
      setOutcome(result);
      setError(undefined);
    } catch (caught) {
      if (!stale()) throw caught;
    }
  }, [host, today]);

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
    async (action: ActionName): Promise<void> => {
      let updated = false;
      await exclusive('updating', async () => {
        setChange(undefined);
        const basis = outcomeRef.current?.doc;
        const result = await performAction(host, action, today(), basis);
        setChange({ action, result });
        setError(undefined);
        updated = true;
      });
      if (updated) await check();
    },
    [exclusive, host, today, check],
  );

  const saveSettings = useCallback(
    async (next: Settings): Promise<void> => {
      let saved = false;
      setSettingsSaved(false);
      await exclusive('saving', async () => {
        const store = host.capabilities.settings;
        if (!store) throw new HostError('failed', 'settings');
        await store.save(next);
        settingsRef.current = next;
        setSettings(next);
        setSettingsSaved(true);
        setError(undefined);
        saved = true;
      });
      if (saved && outcomeRef.current) await check();
    },
    [exclusive, host, check],
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
  const fail = useCallback((caught: unknown) => setError(toPaneError(caught)), []);

  // A new host is a new document: forget what the old one said.
  useEffect(() => {
    settingsRef.current = undefined;
    outcomeRef.current = undefined;
    setOutcome(undefined);
    setSettings(undefined);
    setChange(undefined);
    setError(undefined);
  }, [host]);

  return { outcome, settings, busy, error, change, settingsSaved, check, act, saveSettings, loadSettings, dismissError, fail };
};
