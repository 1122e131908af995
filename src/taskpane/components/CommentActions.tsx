import { Button } from '@fluentui/react-components';
import type { SourceDocument } from '../../core/document';
import { readStatusTable } from '../../core/model';
import { findingComments } from '../../core/review';
import { HostError, type CommentsCapability, type CommentsResult } from '../../hosts/host';
import type { ViewFinding } from '../check/view';
import { useReportedWork } from '../hooks/useReportedWork';
import { useMessages } from '../i18n';
import { passesFilter, type Filter } from '../results';
import { Bar } from './Problem';

export interface CommentActionsProps {
  /** Absent where the host cannot write comments (WordApi 1.4, ExcelApi 1.10 missing; not built yet). */
  readonly comments: CommentsCapability | undefined;
  /** The document as last checked: the findings' rows and trekkers are looked up in it. */
  readonly doc: SourceDocument;
  readonly findings: readonly ViewFinding[];
  /** The results' filter: the findings it shows are the ones placed. */
  readonly filter: Filter;
  readonly shown: number;
  /** Another operation runs, or the document takes no writes. */
  readonly disabled: boolean;
  readonly reasonId?: string;
  readonly onError: (error: unknown) => void;
  /** Runs the pane's own write (its change events do not wake the live re-check). */
  readonly own: <T>(work: () => Promise<T>) => Promise<T>;
}

const UNAVAILABLE_ID = 'st-comments-unavailable';

/**
 * "Opmerkingen plaatsen" / "Opmerkingen verwijderen": the findings the filter shows, each as a
 * comment on its cell for the row's trekker (core's findingComments, in Dutch: the document's
 * language and the trekkers'). Placing again replaces the add-in's own open comments; removing
 * takes out only those. Off, with the reason, where the host cannot or the document is protected.
 */
export const CommentActions = ({ comments, doc, findings, filter, shown, disabled, reasonId, onError, own }: CommentActionsProps) => {
  const m = useMessages();
  const reported = useReportedWork(own, onError);
  const { working, done, report } = reported;
  const run = (work: (ability: CommentsCapability) => Promise<string>) => {
    if (comments) reported.run(() => work(comments));
  };
  const place = (ability: CommentsCapability): Promise<CommentsResult> => {
    const read = readStatusTable(doc);
    if (!read.ok) return Promise.reject(new HostError('no-status-table', read.reason));
    const chosen = findings.filter((item) => passesFilter(item, filter)).map((item) => item.finding);
    return ability.place(findingComments(read.table, chosen, 'nl'));
  };

  const off = disabled || working || !comments;
  const describedBy = !comments ? UNAVAILABLE_ID : reasonId;
  return (
    <section className="st-section" aria-labelledby="st-comments-title" data-testid="comments">
      <h2 id="st-comments-title" className="st-h2">
        {m.comments.title}
      </h2>
      <p className="st-caption">{m.comments.intro(shown)}</p>
      {!comments ? (
        <p className="st-caption" id={UNAVAILABLE_ID}>
          {m.comments.unavailable}
        </p>
      ) : null}
      <div className="st-row">
        <Button
          disabledFocusable={off || shown === 0}
          aria-describedby={describedBy}
          onClick={() => run((ability) => place(ability).then((r) => m.comments.placed(r.placed, r.removed, r.kept)))}
        >
          {m.comments.place}
        </Button>
        <Button
          disabledFocusable={off}
          aria-describedby={describedBy}
          onClick={() => run((ability) => ability.remove().then((r) => m.comments.removed(r.removed, r.kept)))}
        >
          {m.comments.remove}
        </Button>
      </div>
      {done ? (
        <Bar ref={report} intent="success" title={m.comments.title} testId="comments-report">
          <p className="st-bar-text">{done}</p>
        </Bar>
      ) : null}
    </section>
  );
};
