import { Button } from '@fluentui/react-components';
import { isCellLocation } from '../../core/document';
import type { MarksCapability } from '../../hosts/host';
import type { ViewFinding } from '../check/view';
import { useReportedWork } from '../hooks/useReportedWork';
import { useMessages } from '../i18n';
import { Bar } from './Problem';

/** For a host that can colour cells (Excel): mark the findings on the sheet, and clear the marks. */
export interface MarkActionsProps {
  readonly marks: MarksCapability;
  readonly findings: readonly ViewFinding[];
  /** Another operation runs, or the sheet takes no writes. */
  readonly disabled: boolean;
  readonly reasonId?: string;
  readonly onError: (error: unknown) => void;
  /** Runs the pane's own write (its change events do not wake the live re-check). */
  readonly own: <T>(work: () => Promise<T>) => Promise<T>;
}

export const MarkActions = ({ marks, findings, disabled, reasonId, onError, own }: MarkActionsProps) => {
  const m = useMessages();
  const { working, done, report, run } = useReportedWork(own, onError);
  const locations = findings.flatMap(({ finding: f }) => (f.location && isCellLocation(f.location) ? [f.location] : []));
  return (
    <section className="st-section" aria-labelledby="st-marks-title">
      <h2 id="st-marks-title" className="st-h2">
        {m.marksTitle}
      </h2>
      <div className="st-row">
        <Button
          disabledFocusable={disabled || working || locations.length === 0}
          aria-describedby={reasonId}
          onClick={() => run(() => marks.mark(locations).then(() => m.marked(locations.length)))}
        >
          {m.markFindings}
        </Button>
        <Button disabledFocusable={disabled || working} aria-describedby={reasonId} onClick={() => run(() => marks.clear().then(() => m.marksCleared))}>
          {m.clearMarks}
        </Button>
      </div>
      {done ? (
        <Bar ref={report} intent="success" title={m.marksTitle}>
          <p className="st-bar-text">{done}</p>
        </Bar>
      ) : null}
    </section>
  );
};
