import { useEffect, useState } from 'react';
import type { StatusHost } from '../../hosts/host';

/** Whether the pane may write to the document, and if not, why (for the reason shown before anyone clicks). */
export type WriteAccess = { readonly writable: true } | { readonly writable: false; readonly reason: 'protected' | 'read-only' };

/**
 * Tells, before writing, whether a host's document takes writes: given by the page (Office's
 * document mode; the preview's double). A host that reads protection says so in the document it
 * reads (`SourceDocument.protected`: Excel's sheet protection), which the pane adds to this.
 */
export type WriteAccessProbe = (host: StatusHost) => Promise<WriteAccess>;

/** The host's write access, asked again after every check (`version`); unknown reads as writable. */
export const useWriteAccess = (host: StatusHost, probe: WriteAccessProbe | undefined, version: unknown): WriteAccess => {
  const [access, setAccess] = useState<WriteAccess>({ writable: true });
  useEffect(() => {
    if (!probe) {
      setAccess({ writable: true });
      return undefined;
    }
    let cancelled = false;
    probe(host)
      .then((next) => {
        if (!cancelled) setAccess((old) => (old.writable === next.writable ? old : next));
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [host, probe, version]);
  return access;
};
