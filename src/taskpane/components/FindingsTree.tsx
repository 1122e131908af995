import { Button } from '@fluentui/react-components';
import { memo, useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Location } from '../../core/document';
import type { ViewFinding } from '../check/view';
import { useVirtualRows } from '../hooks/useVirtualRows';
import { useLanguage, useMessages } from '../i18n';
import type { ActionName } from '../../app/outcome';
import { ruleFix, type GroupNode, type ResultRow } from '../results';
import { Chevron, SeverityIcon } from './Icons';

/** The fix a finding's rule has in the pane, shown on the finding itself (and still on the ribbon). */
export const FIX_FOR_RULE: Readonly<Record<string, ActionName>> = {
  'heading.missing': 'insertHeadings',
  'datestamp.missing': 'refreshDateStamp',
  'datestamp.stale': 'refreshDateStamp',
};

export interface FixState {
  /** No fix may start now (another operation runs, or the document takes no writes). */
  readonly disabled: boolean;
  /** The id of the text that says why fixes are off, for aria-describedby. */
  readonly reasonId?: string;
  readonly run: (action: ActionName) => void;
}

export interface FindingsTreeProps {
  readonly rows: readonly ResultRow[];
  readonly findings: readonly ViewFinding[];
  readonly onToggle: (key: string, open: boolean) => void;
  readonly onSelect: (item: ViewFinding, location: Location) => void;
  readonly fix: FixState;
  /** The finding to show the "selected in the document" note under (the first one clicked). */
  readonly noteFor: string | undefined;
}

/** Rough heights before a row is measured; the list corrects them as rows render. */
const estimateOf = (row: ResultRow | undefined): number => (row?.kind === 'finding' ? 96 : 40);

/** A finding's row; memoised, as the list renders again on every scroll step. */
const FindingRow = memo(function FindingRow({
  item,
  index,
  onSelect,
  fix,
  note,
}: {
  item: ViewFinding;
  /** The row's place in the list: ids made from it hold no spaces (a key may: "OPVANG KORTE TERMIJN"). */
  index: number;
  onSelect: FindingsTreeProps['onSelect'];
  fix: FixState;
  note: boolean;
}) {
  const m = useMessages();
  const lang = useLanguage();
  const { finding } = item;
  const message = finding.message[lang];
  const subject = finding.measure ?? finding.column ?? finding.heading;
  const how = ruleFix(finding.rule, lang);
  const action = FIX_FOR_RULE[finding.rule];
  const howId = `st-how-${index}`;
  const body: ReactNode = (
    <>
      {subject ? (
        <span className="st-finding-subject" lang="nl">
          {subject}
        </span>
      ) : null}
      <span className="st-finding-message">{message}</span>
      {finding.words && !message.includes(finding.words) ? (
        <span className="st-finding-words">
          {m.findingWords} <q lang="nl">{finding.words}</q>
        </span>
      ) : null}
    </>
  );
  const location = finding.location;
  return (
    <>
      {location ? (
        // A real button: Enter and Space work, and it is in the tab order.
        <button
          type="button"
          className="st-finding-button"
          data-testid="finding"
          title={m.findingSelectHint}
          aria-describedby={how ? howId : undefined}
          onClick={() => onSelect(item, location)}
        >
          {body}
        </button>
      ) : (
        <div className="st-finding-button st-finding-static" data-testid="finding">
          {body}
        </div>
      )}
      {how ? (
        <p className="st-finding-fix" id={howId}>
          <span className="st-finding-fix-label">{m.findingFix}</span> {how}
        </p>
      ) : null}
      {action ? (
        <div className="st-finding-actions">
          <Button
            appearance="primary"
            size="small"
            disabledFocusable={fix.disabled}
            aria-describedby={fix.reasonId}
            onClick={() => fix.run(action)}
          >
            {action === 'insertHeadings' ? m.insertHeadings : m.refreshDateStamp}
          </Button>
        </div>
      ) : null}
      {note ? (
        <p className="st-note" role="status">
          <strong>{m.selectedTitle}.</strong> {m.selectedFirst}
        </p>
      ) : null}
    </>
  );
});

/**
 * The findings as a tree of disclosure headings (severity, then rule or section) over lists of
 * findings, flattened into rows and virtualised: 11,000 findings keep a few dozen in the DOM.
 * Each list item says its place in its whole group (aria-posinset/setsize), so a screen reader
 * counts right although most items are not rendered.
 */
export const FindingsTree = ({ rows, findings, onToggle, onSelect, fix, noteFor }: FindingsTreeProps) => {
  const m = useMessages();
  const listRef = useRef<HTMLDivElement>(null);
  const keys = useMemo(() => rows.map((r) => r.key), [rows]);
  const estimate = useCallback((i: number) => estimateOf(rows[i]), [rows]);
  const [focusedKey, setFocusedKey] = useState<string>();
  const pinned = useMemo(() => {
    const i = focusedKey === undefined ? -1 : keys.indexOf(focusedKey);
    return i < 0 ? [] : [i];
  }, [keys, focusedKey]);
  const { slots, measure } = useVirtualRows({ keys, estimate, listRef, pinned });

  const header = (row: Extract<ResultRow, { kind: 'severity' | 'group' }>) => {
    const toggle = (
      <button type="button" className="st-toggle" aria-expanded={row.open} onClick={() => onToggle(row.key, !row.open)}>
        <Chevron open={row.open} />
        {row.kind === 'severity' ? <SeverityIcon severity={row.node.severity} /> : null}
        <span className="st-toggle-text">
          {row.kind === 'severity' ? m.severityGroup[row.node.severity] : row.node.title}{' '}
          <span className="st-count">({(row.kind === 'severity' ? row.node.count : row.node.items.length).toLocaleString(m.lang)})</span>
        </span>
      </button>
    );
    return row.kind === 'severity' ? (
      <h2 className={`st-sev-head st-sev-head-${row.node.severity}`}>{toggle}</h2>
    ) : (
      <h3 className="st-group-head">{toggle}</h3>
    );
  };

  // Consecutive findings of one group go in one list; a gap or a header closes it.
  const out: ReactNode[] = [];
  let items: ReactNode[] = [];
  let itemsGroup: GroupNode | undefined;
  // Keyed by group (and which run of it), so scrolling keeps the list and its focused item mounted.
  const runs = new Map<string, number>();
  const flush = () => {
    if (itemsGroup && items.length > 0) {
      const run = runs.get(itemsGroup.key) ?? 0;
      runs.set(itemsGroup.key, run + 1);
      out.push(
        <ul key={`list-${itemsGroup.key}-${run}`} className="st-findings" aria-label={itemsGroup.title} data-testid="finding-group">
          {items}
        </ul>,
      );
    }
    items = [];
    itemsGroup = undefined;
  };
  for (const slot of slots) {
    if (slot.kind === 'gap') {
      flush();
      out.push(<div key={slot.key} className="st-gap" style={{ height: slot.height }} aria-hidden="true" />);
      continue;
    }
    const row = rows[slot.index];
    if (!row) continue;
    if (row.kind !== 'finding') {
      flush();
      out.push(
        <div key={row.key} ref={measure(row.key)} data-row={slot.index} data-key={row.key} className="st-row-block">
          {header(row)}
        </div>,
      );
      continue;
    }
    const item = findings[row.index];
    if (!item) continue;
    if (itemsGroup !== row.group) flush();
    itemsGroup = row.group;
    items.push(
      <li
        key={row.key}
        ref={measure(row.key)}
        data-row={slot.index}
        data-key={row.key}
        className={`st-finding st-finding-${item.finding.severity}`}
        aria-setsize={row.group.items.length}
        aria-posinset={row.position}
      >
        <FindingRow item={item} index={slot.index} onSelect={onSelect} fix={fix} note={noteFor === item.key} />
      </li>,
    );
  }
  flush();

  return (
    <div
      ref={listRef}
      className="st-tree"
      onFocus={(event) => setFocusedKey((event.target as HTMLElement).closest<HTMLElement>('[data-key]')?.dataset['key'])}
      onBlur={(event) => {
        if (!listRef.current?.contains(event.relatedTarget as Node | null)) setFocusedKey(undefined);
      }}
    >
      {out}
    </div>
  );
};
