import { useEffect, useRef, useState } from 'react';
import type { StatusHost } from '../../hosts/host';

export interface LiveRecheckOptions {
  /** Quiet time after a change before the re-check runs. */
  readonly delayMs: number;
  /** The event is the echo of the pane's own write or selection: it wakes nothing. */
  readonly isOwnChange: () => boolean;
  /** When the latest check started reading: a change older than that is already in its result. */
  readonly lastCheckStart: () => number;
}

/**
 * While `enabled`, calls `recheck` once the document has been quiet for `delayMs` after a
 * change the host reports, unless the change was the pane's own or a check has read the
 * document since. Returns whether the host can report changes at all.
 */
export const useLiveRecheck = (host: StatusHost, enabled: boolean, recheck: () => void, options: LiveRecheckOptions): boolean => {
  const latest = useRef({ recheck, options });
  latest.current = { recheck, options };
  const [available, setAvailable] = useState(host.capabilities.changes !== undefined);
  const { delayMs } = options;

  useEffect(() => {
    const changes = host.capabilities.changes;
    setAvailable(changes !== undefined);
    if (!enabled || !changes) return undefined;
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let changedAt = 0;
    changes(() => {
        if (latest.current.options.isOwnChange()) return;
        changedAt = Date.now();
        if (timer !== undefined) clearTimeout(timer);
        timer = setTimeout(() => {
          timer = undefined;
          if (cancelled || latest.current.options.lastCheckStart() >= changedAt) return;
          latest.current.recheck();
        }, delayMs);
      })
      .then((off) => {
        if (cancelled) off();
        else unsubscribe = off;
      })
      .catch(() => {
        if (!cancelled) setAvailable(false);
      });
    return () => {
      cancelled = true;
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe?.();
    };
  }, [host, enabled, delayMs]);

  return available;
};
