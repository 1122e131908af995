import { useEffect, useRef, useState } from 'react';

/**
 * A write of the pane's own (`own`: its change events do not wake the live re-check) that reports
 * what it did in one line: busy while it runs, then the line, and focus on the report that shows
 * it (WCAG 2.4.3); a failure goes to `onError`.
 */
export const useReportedWork = (own: <T>(work: () => Promise<T>) => Promise<T>, onError: (error: unknown) => void) => {
  const [working, setWorking] = useState(false);
  const [done, setDone] = useState<string>();
  const report = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) report.current?.focus();
  }, [done]);
  const run = (work: () => Promise<string>): void => {
    setWorking(true);
    setDone(undefined);
    own(work)
      .then(setDone)
      .catch(onError)
      .finally(() => setWorking(false));
  };
  return { working, done, report, run };
};
