import { dateParts, daysInMonth, type ISODate } from '../calendar';
import type { Location } from '../document';
import { headingRows, measures, type MeasureRow, type StatusTable } from '../model';
import { squash } from '../text';
import { snapshotMeasures, takeSnapshot, type Snapshot, type SnapshotMeasure } from './snapshot';

/** What moved between two stands of a table. */
export type ChangeKind =
  | 'measure.added'
  | 'measure.removed'
  | 'planning.changed'
  | 'trekker.changed'
  | 'status.changed'
  | 'heading.added'
  | 'heading.removed';

/** The order changes are listed in: the order of `ChangeKind`. */
export const CHANGE_KINDS: readonly ChangeKind[] = [
  'measure.added',
  'measure.removed',
  'planning.changed',
  'trekker.changed',
  'status.changed',
  'heading.added',
  'heading.removed',
];

/** Which way a planning moved, judged by the latest day each version names. */
export type Shift = 'later' | 'earlier' | 'same' | 'unknown';

/** How far a planning moved: whole months where both deadlines fall on the same day of the month (or both on a month's last day), else days. */
export interface ShiftAmount {
  readonly unit: 'days' | 'months';
  readonly count: number;
}

export interface Change {
  readonly kind: ChangeKind;
  /** The measure's number without a trailing dot, or its title when it has none (as it is now; as it was for a removed one). */
  readonly measure?: string;
  readonly heading?: string;
  /**
   * The text before and after: a planning or trekker; a measure's title for one added (after)
   * or removed (before). A status is compared by hash only, so it has neither.
   */
  readonly before?: string;
  readonly after?: string;
  readonly shift?: Shift;
  readonly amount?: ShiftAmount;
  /** The measure's number or title at the old stand, where it was matched under another one (renumbered). */
  readonly previously?: string;
  /** Where to see the change in the new table (absent for what was removed). */
  readonly location?: Location;
}

/** A measure of one side: as a snapshot keeps it, and its row where the side is a table. */
interface Entry {
  readonly measure: SnapshotMeasure;
  readonly row?: MeasureRow;
}

export const subjectOf = (measure: SnapshotMeasure): string => measure.number ?? measure.title;

// toLowerCase, not toLocaleLowerCase('nl'): the same for Dutch letters, and a check compares every measure.
const titleKey = (measure: SnapshotMeasure): string => squash(measure.title).toLowerCase();

export interface Matching {
  /** Pairs of indices: [old, new]. */
  readonly pairs: readonly (readonly [number, number])[];
  readonly removed: readonly number[];
  readonly added: readonly number[];
}

/**
 * Which measure of the new side is which of the old. First by number: a measure keeps its number
 * when its title is reworded, so the same number is the same measure (a number used twice pairs
 * in document order). Then, among those left, by title (case and white space aside): a measure
 * renumbered, or that lost or gained its number, keeps its words. A measure whose number and
 * title both changed, and an unnumbered measure retitled, cannot be told from one removed and
 * another added, and is reported so.
 */
export const matchMeasures = (before: readonly SnapshotMeasure[], after: readonly SnapshotMeasure[]): Matching => {
  const pairs: [number, number][] = [];
  const oldFree = new Set(before.map((_, i) => i));
  const newFree = new Set(after.map((_, i) => i));
  const pairBy = (key: (m: SnapshotMeasure) => string | undefined): void => {
    const waiting = new Map<string, number[]>();
    for (const i of oldFree) {
      const k = key(before[i] as SnapshotMeasure);
      if (k === undefined || k === '') continue;
      const queue = waiting.get(k);
      if (queue) queue.push(i);
      else waiting.set(k, [i]);
    }
    for (const j of newFree) {
      const k = key(after[j] as SnapshotMeasure);
      const queue = k === undefined ? undefined : waiting.get(k);
      const i = queue?.shift();
      if (i === undefined) continue;
      pairs.push([i, j]);
      oldFree.delete(i);
      newFree.delete(j);
    }
  };
  pairBy((m) => m.number);
  pairBy(titleKey);
  return {
    pairs: pairs.sort((a, b) => a[1] - b[1]),
    removed: [...oldFree].sort((a, b) => a - b),
    added: [...newFree].sort((a, b) => a - b),
  };
};

const daysBetween = (from: ISODate, to: ISODate): number => {
  const a = dateParts(from);
  const b = dateParts(to);
  return Math.round((Date.UTC(b.year, b.month - 1, b.day) - Date.UTC(a.year, a.month - 1, a.day)) / 86_400_000);
};

const isMonthEnd = (date: ISODate): boolean => {
  const { year, month, day } = dateParts(date);
  return day === daysInMonth(year, month);
};

/** The direction and size of a move from one deadline to another. */
export const shiftBetween = (before: ISODate | undefined, after: ISODate | undefined): { shift: Shift; amount?: ShiftAmount } => {
  if (before === undefined || after === undefined) return { shift: 'unknown' };
  if (before === after) return { shift: 'same' };
  const shift: Shift = after > before ? 'later' : 'earlier';
  const a = dateParts(before);
  const b = dateParts(after);
  if (a.day === b.day || (isMonthEnd(before) && isMonthEnd(after))) {
    return { shift, amount: { unit: 'months', count: Math.abs((b.year - a.year) * 12 + (b.month - a.month)) } };
  }
  return { shift, amount: { unit: 'days', count: Math.abs(daysBetween(before, after)) } };
};

const planningKey = (measure: SnapshotMeasure): string => measure.planningHash ?? measure.planning;

const at = (location: Location | undefined): { location?: Location } => (location ? { location } : {});

/** The changes of one measure present on both sides, in kind order. */
const measureChanges = (before: SnapshotMeasure, after: Entry): Change[] => {
  const now = after.measure;
  const measure = subjectOf(now);
  const renamed = subjectOf(before) !== measure ? { previously: subjectOf(before) } : {};
  const cells = after.row?.cellLocation;
  const changes: Change[] = [];
  if (planningKey(before) !== planningKey(now)) {
    changes.push({
      kind: 'planning.changed',
      measure,
      before: before.planning,
      after: now.planning,
      ...shiftBetween(before.deadline, now.deadline),
      ...renamed,
      ...at(cells?.planning ?? after.row?.location),
    });
  }
  if (before.trekker !== now.trekker) {
    changes.push({ kind: 'trekker.changed', measure, before: before.trekker, after: now.trekker, ...renamed, ...at(cells?.trekker ?? after.row?.location) });
  }
  if (before.status !== now.status) {
    changes.push({ kind: 'status.changed', measure, ...renamed, ...at(cells?.standVanZaken ?? after.row?.location) });
  }
  return changes;
};

interface HeadingEntry {
  readonly text: string;
  readonly location?: Location;
}

/** Headings compared as a multiset of their texts (white space folded): one written twice counts twice. */
const headingChanges = (before: readonly HeadingEntry[], after: readonly HeadingEntry[]): Change[] => {
  const count = (list: readonly HeadingEntry[]): Map<string, number> => {
    const counts = new Map<string, number>();
    list.forEach((h) => counts.set(squash(h.text), (counts.get(squash(h.text)) ?? 0) + 1));
    return counts;
  };
  const surplus = (list: readonly HeadingEntry[], other: Map<string, number>): HeadingEntry[] => {
    const left = new Map(other);
    return list.filter((h) => {
      const key = squash(h.text);
      const n = left.get(key) ?? 0;
      if (n > 0) {
        left.set(key, n - 1);
        return false;
      }
      return true;
    });
  };
  return [
    ...surplus(after, count(before)).map((h): Change => ({ kind: 'heading.added', heading: h.text, ...at(h.location) })),
    ...surplus(before, count(after)).map((h): Change => ({ kind: 'heading.removed', heading: h.text })),
  ];
};

const byKind = (a: Change, b: Change): number => CHANGE_KINDS.indexOf(a.kind) - CHANGE_KINDS.indexOf(b.kind);

const compare = (before: Snapshot, after: readonly Entry[], headings: readonly HeadingEntry[]): Change[] => {
  const { pairs, removed, added } = matchMeasures(
    before.measures,
    after.map((e) => e.measure),
  );
  const changes: Change[] = [
    ...added.map((j): Change => {
      const entry = after[j] as Entry;
      return { kind: 'measure.added', measure: subjectOf(entry.measure), after: entry.measure.title, ...at(entry.row?.location) };
    }),
    ...removed.map((i): Change => {
      const measure = before.measures[i] as SnapshotMeasure;
      return { kind: 'measure.removed', measure: subjectOf(measure), before: measure.title };
    }),
    ...pairs.flatMap(([i, j]) => measureChanges(before.measures[i] as SnapshotMeasure, after[j] as Entry)),
    ...headingChanges(
      before.headings.map((text) => ({ text })),
      headings,
    ),
  ];
  // A stable sort: within a kind, the order above (the document's order) stays.
  return changes.sort(byKind);
};

/** What changed in `table` since the stand `snapshot` recorded; each change located in `table`. */
export const diffSnapshot = (snapshot: Snapshot, table: StatusTable): Change[] => {
  const rows = measures(table);
  const now = snapshotMeasures(rows);
  return compare(
    snapshot,
    rows.map((row, i) => ({ measure: now[i] as SnapshotMeasure, row })),
    headingRows(table).map((h) => ({ text: h.text, location: h.location })),
  );
};

/** What changed from one table to another (two files, two versions). */
export const diffTables = (before: StatusTable, after: StatusTable): Change[] => diffSnapshot(takeSnapshot(before, before.dateStamp?.date), after);

/** Two snapshots compared (no locations: neither side is a table at hand). */
export const diffSnapshots = (before: Snapshot, after: Snapshot): Change[] =>
  compare(
    before,
    after.measures.map((measure) => ({ measure })),
    after.headings.map((text) => ({ text })),
  );
