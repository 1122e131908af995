import { useEffect, useState } from 'react';
import { readStatusTable } from '../../core/model';
import type { StatusHost } from '../../hosts/host';

/** How many sheets the pane reads to find the status table: each is one read of its used range. */
export const SHEETS_PROBED = 8;

/**
 * Excel, when the active sheet holds no status table: the first other sheet that does, so the
 * pane can name the sheet to pick instead of "open the right sheet". Reads the sheets one by
 * one (at most SHEETS_PROBED), stops at the first table; a sheet that cannot be read is skipped.
 * Undefined while looking, or when no sheet holds one.
 */
export const useTableSheet = (
  sheets: readonly string[] | undefined,
  hostForSheet: ((sheet: string) => StatusHost) | undefined,
  looking: boolean,
): string | undefined => {
  const [found, setFound] = useState<string>();
  const names = sheets?.join('\u0000');
  useEffect(() => {
    setFound(undefined);
    if (!looking || !sheets || sheets.length < 2 || !hostForSheet) return undefined;
    let cancelled = false;
    void (async () => {
      for (const sheet of sheets.slice(0, SHEETS_PROBED)) {
        try {
          const doc = await hostForSheet(sheet).read();
          if (cancelled) return;
          if (readStatusTable(doc).ok) {
            setFound(sheet);
            return;
          }
        } catch {
          // A sheet the host cannot read is not the one to pick.
        }
      }
    })();
    return () => {
      cancelled = true;
    };
    // `names` stands for `sheets`: a new array with the same names changes nothing.
  }, [names, hostForSheet, looking]);
  return found;
};
