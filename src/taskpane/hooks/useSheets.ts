import { useCallback, useEffect, useState } from 'react';
import type { StatusHost } from '../../hosts/host';

/**
 * The workbook's sheet names, when the host can list them and `enabled`; `refresh` reads them
 * again (a sheet may have been added since). A host that cannot list them gives undefined: the
 * pane then simply works on the active sheet.
 */
export const useSheets = (host: StatusHost, enabled: boolean): { sheets: string[] | undefined; refresh: () => void } => {
  const [sheets, setSheets] = useState<string[]>();
  const [version, setVersion] = useState(0);
  useEffect(() => {
    const listing = host.capabilities.sheets;
    if (!enabled || !listing) {
      setSheets(undefined);
      return undefined;
    }
    let cancelled = false;
    listing
      .list()
      .then((names) => {
        if (!cancelled) setSheets(names);
      })
      .catch(() => {
        if (!cancelled) setSheets(undefined);
      });
    return () => {
      cancelled = true;
    };
  }, [host, enabled, version]);
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  return { sheets, refresh };
};
