import type { ISODate } from './calendar';
import { restamp } from './datestamp';
import type { RawDocument } from './document';
import { STANDARD_HEADINGS, type StandardHeading } from './headings';
import { headingRows, measures, type StatusRow, type StatusTable } from './model';

/**
 * Insert a section-heading row so that it becomes row `beforeRow` of table `table` (row indices
 * as read, before any edit; `beforeRow` equal to the table's row count appends). The row spans
 * `width` columns.
 */
export interface InsertHeadingEdit {
  readonly kind: 'insertHeading';
  readonly text: string;
  readonly chapter: number;
  readonly table: number;
  readonly beforeRow: number;
  readonly width: number;
}

/** Replace date-stamp paragraph `index` of `RawDocument.after` with `text`; no index: add it after the last table. */
export interface SetDateStampEdit {
  readonly kind: 'setDateStamp';
  readonly text: string;
  readonly date: ISODate;
  readonly index?: number;
}

export type Edit = InsertHeadingEdit | SetDateStampEdit;

/** Where chapter `chapter`'s section starts: its heading row, or else its first measure. */
const anchorOf = (table: StatusTable, chapter: number): StatusRow | undefined =>
  headingRows(table).find((h) => h.standard?.chapter === chapter) ??
  measures(table).find((m) => m.number?.chapter === chapter);

/**
 * Where a heading whose chapter has no measure goes: directly above the section of the next
 * chapter present (its heading, or its first measure that will get one), else after the last
 * row of the status table.
 */
const placeInOrder = (table: StatusTable, heading: StandardHeading): { table: number; beforeRow: number } => {
  const next = STANDARD_HEADINGS.filter((h) => h.chapter > heading.chapter)
    .map((h) => anchorOf(table, h.chapter))
    .find((row) => row !== undefined);
  if (next) return { table: next.location.table, beforeRow: next.location.row };
  const last = table.rows[table.rows.length - 1] ?? table.header;
  return { table: last.location.table, beforeRow: last.location.row + 1 };
};

/**
 * The edits that insert each missing standard heading: a full-width row directly above the
 * first measure of its chapter, or in its place in the standard order when its chapter has no
 * measure. No other row moves or changes.
 */
export const planHeadings = (table: StatusTable): InsertHeadingEdit[] => {
  const present = new Set(headingRows(table).map((h) => h.standard?.chapter));
  const all = measures(table);
  return STANDARD_HEADINGS.filter((h) => !present.has(h.chapter)).map((heading) => {
    const first = all.find((m) => m.number?.chapter === heading.chapter);
    const at = first ? { table: first.location.table, beforeRow: first.location.row } : placeInOrder(table, heading);
    return { kind: 'insertHeading', text: heading.text, chapter: heading.chapter, width: table.width, ...at };
  });
};

/** The edit that sets the date stamp to `date`, keeping any words around the old date. */
export const planDateStamp = (table: StatusTable, date: ISODate): SetDateStampEdit[] => {
  const stamp = table.dateStamp;
  const text = restamp(stamp, date);
  if (stamp && stamp.text === text) return [];
  return [{ kind: 'setDateStamp', text, date, ...(stamp ? { index: stamp.index } : {}) }];
};

/**
 * Heading inserts ordered so that applying them one after another keeps every `beforeRow`
 * valid: bottom of the document first; several before the same row, the last chapter first, so
 * each next one lands above it and they end in the standard order.
 */
export const bottomUp = (edits: readonly InsertHeadingEdit[]): InsertHeadingEdit[] =>
  [...edits].sort((a, b) => b.table - a.table || b.beforeRow - a.beforeRow || b.chapter - a.chapter);

const sameTable = (a: RawDocument['tables'][number] | undefined, b: RawDocument['tables'][number] | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether what `edits` are about to change differs between the document as last checked
 * (`basis`) and as it is now (`current`): a co-author edited it in between.
 */
export const changedSince = (basis: RawDocument, current: RawDocument, edits: readonly Edit[]): boolean =>
  basis.tables.length !== current.tables.length ||
  edits.some((edit) =>
    edit.kind === 'insertHeading'
      ? !sameTable(basis.tables[edit.table], current.tables[edit.table])
      : JSON.stringify(basis.after) !== JSON.stringify(current.after),
  );
