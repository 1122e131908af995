import type { CheckView } from '../check/view';
import { useMessages } from '../i18n';

/** One line: "2 fouten · 3 waarschuwingen · 6 info"; below it, small, what was checked against which date. */
export const Summary = ({ view }: { view: Extract<CheckView, { ok: true }> }) => {
  const m = useMessages();
  const total = view.counts.error + view.counts.warning + view.counts.info;
  return (
    <div className="st-summary">
      <p className="st-summary-line" data-testid="summary" role="status">
        {total === 0 ? m.noFindings : m.summary(view.counts)}
      </p>
      <p className="st-caption">
        {m.stats(view.stats.rows, view.stats.measures)} · {m.referenceDate(m.date(view.referenceDate))}
      </p>
    </div>
  );
};
