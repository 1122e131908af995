import type { Location } from '../../core/document';
import { snapshotNotice, type SnapshotRead } from '../../core/review';
import type { ReviewView, ViewFinding } from '../check/view';
import { useLanguage, useMessages } from '../i18n';
import { changeDetail, changeGroups, changeSubject } from '../review';
import { Bar } from './Problem';

/** Items shown per group: a round changes a handful of rows; a table rewritten whole is in the export. */
export const SINCE_GROUP_LIMIT = 200;

export interface SinceViewProps {
  readonly snapshot: SnapshotRead;
  /** The check's comparison with the snapshot (absent without one). */
  readonly review: ReviewView | undefined;
  readonly findings: readonly ViewFinding[];
  readonly onSelect: (location: Location) => void;
}

/** One line a change or finding shows: its subject in bold, then what moved; a button where it has a place to select. */
const Item = ({ subject, detail, location, onSelect, hint }: { subject: string; detail: string; location: Location | undefined; onSelect: (location: Location) => void; hint: string }) => {
  const body = (
    <>
      {subject ? (
        <span className="st-finding-subject" lang="nl">
          {subject}
        </span>
      ) : null}
      {detail ? <span className="st-finding-message">{detail}</span> : null}
    </>
  );
  return (
    <li className="st-finding st-change">
      {location ? (
        <button type="button" className="st-finding-button" data-testid="change" title={hint} onClick={() => onSelect(location)}>
          {body}
        </button>
      ) : (
        <div className="st-finding-button st-finding-static" data-testid="change">
          {body}
        </div>
      )}
    </li>
  );
};

/**
 * "Sinds de vorige stand": what moved since the snapshot the last "Datum bijwerken" kept, by kind
 * (core's diff), then the statuses nobody touched (the status.unchanged findings). Each change
 * with a place in the table selects it. Document words are text, never HTML.
 */
export const SinceView = ({ snapshot, review, findings, onSelect }: SinceViewProps) => {
  const m = useMessages();
  const lang = useLanguage();
  const groups = review ? changeGroups(review.changes, findings, m) : [];
  return (
    <section className="st-section st-since" aria-labelledby="st-since-title" data-testid="since">
      <h2 id="st-since-title" className="st-h2">
        {m.since.title}
      </h2>
      {snapshot.status === 'none' ? (
        <Bar intent="info" title={m.since.noneTitle} testId="since-none">
          <p className="st-bar-text">{m.since.none}</p>
        </Bar>
      ) : null}
      {snapshot.status === 'ignored' ? (
        <Bar intent="warning" title={m.since.ignoredTitle} testId="since-ignored">
          <p className="st-bar-text">{snapshotNotice(snapshot.problem)[lang]}</p>
        </Bar>
      ) : null}
      {review ? <p className="st-caption">{m.since.intro(review.since ? m.date(review.since) : undefined)}</p> : null}
      {review && groups.length === 0 ? <p data-testid="since-nothing">{m.since.nothing}</p> : null}
      {groups.map((group) => {
        const count = group.changes.length + group.findings.length;
        const titleId = `st-since-${group.kind.replace('.', '-')}`;
        return (
          <div key={group.kind} className="st-since-group" data-testid="since-group">
            <h3 id={titleId} className="st-h3">
              {m.since.group(group.title, count)}
            </h3>
            <ul className="st-findings" aria-labelledby={titleId}>
              {group.changes.slice(0, SINCE_GROUP_LIMIT).map((change, i) => (
                <Item
                  key={`${change.kind}:${changeSubject(change)}:${i}`}
                  subject={changeSubject(change)}
                  detail={changeDetail(change, m)}
                  location={change.location}
                  onSelect={onSelect}
                  hint={m.findingSelectHint}
                />
              ))}
              {group.findings.slice(0, SINCE_GROUP_LIMIT).map((item) => (
                <Item
                  key={item.key}
                  subject={item.finding.measure ?? ''}
                  detail={item.finding.message[lang]}
                  location={item.finding.location}
                  onSelect={onSelect}
                  hint={m.findingSelectHint}
                />
              ))}
            </ul>
            {count > SINCE_GROUP_LIMIT ? <p className="st-caption">{m.since.more(count - SINCE_GROUP_LIMIT)}</p> : null}
          </div>
        );
      })}
    </section>
  );
};
