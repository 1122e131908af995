import { useEffect, useRef, useState } from 'react';
import type { StatusHost } from '../../hosts/host';

/**
 * While `enabled`, calls `recheck` once the document has been quiet for `delayMs` after a
 * change the host reports. Returns whether the host can report changes at all.
 */
export const useLiveRecheck = (host: StatusHost, enabled: boolean, recheck: () => void, delayMs: number): boolean => {
  const latest = useRef(recheck);
  latest.current = recheck;
  const [available, setAvailable] = useState(host.capabilities.changes !== undefined);

  useEffect(() => {
    const changes = host.capabilities.changes;
    setAvailable(changes !== undefined);
    if (!enabled || !changes) return undefined;
    let cancelled = false;
    let unsubscribe: (() => void) | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    changes(() => {
      if (timer !== undefined) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        if (!cancelled) latest.current();
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
