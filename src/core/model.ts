import { mapHeader, MIN_HEADER_COLUMNS, type ColumnKey, type HeaderColumns } from './columns';
import { cellString, isBlankCell, type CellLocation, type CellText, type RawDocument, type RawRow } from './document';
import { findDateStamp, type DateStamp } from './datestamp';
import { looksLikeHeading, recogniseHeading, type StandardHeading } from './headings';
import { squash } from './text';

/** A measure's number as written: "4.2.1." is number "4.2.1" with a trailing dot, chapter 4. */
export interface MeasureNumber {
  readonly number: string;
  readonly trailingDot: boolean;
  readonly chapter: number;
}

interface RowBase {
  readonly location: CellLocation;
}

export interface HeaderRow extends RowBase {
  readonly kind: 'header';
  readonly columns: HeaderColumns;
  readonly texts: readonly string[];
}

export interface HeadingRow extends RowBase {
  readonly kind: 'heading';
  readonly text: string;
  readonly standard?: StandardHeading;
  /** The heading is written in one cell spanning the width (false: other cells are present, empty). */
  readonly merged: boolean;
}

export interface MeasureRow extends RowBase {
  readonly kind: 'measure';
  readonly number?: MeasureNumber;
  readonly title: string;
  /** Its number without a trailing dot, or its title where it has none. */
  readonly subject: string;
  /** The heading row above it, if any (carries over from table to table). */
  readonly heading?: HeadingRow;
  /** The measure's cells by standard column (absent column or ragged row: no paragraphs). */
  readonly cells: Readonly<Record<ColumnKey, CellText>>;
  /** The cell index in the row of each standard column the table has. */
  readonly cellIndex: Readonly<Partial<Record<ColumnKey, number>>>;
}

/** A row with nothing in it, or anything before the first header of a table. */
export interface OtherRow extends RowBase {
  readonly kind: 'other';
  readonly texts: readonly string[];
}

export type StatusRow = HeaderRow | HeadingRow | MeasureRow | OtherRow;

export interface StatusTable {
  /** The `RawDocument` tables that make up the status table, in order. */
  readonly tables: readonly number[];
  /** The first header row: it decides the columns. */
  readonly header: HeaderRow;
  readonly rows: readonly StatusRow[];
  /** Columns per row of the widest header: how wide a heading row must span. */
  readonly width: number;
  readonly dateStamp?: DateStamp;
  /** How many paragraphs follow the last table (where a new date stamp goes). */
  readonly afterCount: number;
  /** The measure rows and heading rows of `rows`, picked out once: every rule walks them. */
  readonly measureRows: readonly MeasureRow[];
  readonly headingRowList: readonly HeadingRow[];
}

export type ReadResult =
  | { readonly ok: true; readonly table: StatusTable }
  | { readonly ok: false; readonly reason: 'empty' | 'no-table' | 'no-status-table' };

const NUMBER_PATTERN = /^(\d{1,2}(?:\.\d{1,3})+)(\.?)(?:\s+|$)/;

export const parseMeasureNumber = (text: string): { number?: MeasureNumber; title: string } => {
  const t = squash(text);
  const match = NUMBER_PATTERN.exec(t);
  if (!match) return { title: t };
  const number = match[1] ?? '';
  return {
    number: { number, trailingDot: match[2] === '.', chapter: Number(number.split('.')[0]) },
    title: t.slice(match[0].length).trim(),
  };
};

const rowTexts = (row: RawRow): string[] => row.map((cell) => squash(cellString(cell)));

/** A heading row has text in its first cell only (or is that one merged cell). */
const classifyHeading = (row: RawRow, location: CellLocation): HeadingRow | undefined => {
  const first = row[0];
  if (first === undefined || isBlankCell(first)) return undefined;
  for (let i = 1; i < row.length; i += 1) if (!isBlankCell(row[i])) return undefined;
  const text = squash(cellString(first));
  if (!looksLikeHeading(text)) return undefined;
  const standard = recogniseHeading(text);
  return { kind: 'heading', location, text, merged: row.length === 1, ...(standard ? { standard } : {}) };
};

const measureRow = (
  row: RawRow,
  location: CellLocation,
  columns: HeaderColumns,
  heading: HeadingRow | undefined,
): MeasureRow => {
  const cellAt = (key: ColumnKey): CellText => {
    const index = columns.index[key];
    return index === undefined ? [] : (row[index] ?? []);
  };
  const cells: Record<ColumnKey, CellText> = {
    maatregel: cellAt('maatregel'),
    standVanZaken: cellAt('standVanZaken'),
    planning: cellAt('planning'),
    trekker: cellAt('trekker'),
  };
  const { number, title } = parseMeasureNumber(cells.maatregel[0] ?? '');
  const subject = number?.number ?? (title || squash(cellString(cells.maatregel)));
  return {
    kind: 'measure',
    location,
    title,
    subject,
    cells,
    cellIndex: columns.index,
    ...(number ? { number } : {}),
    ...(heading ? { heading } : {}),
  };
};

/**
 * Interprets a document's tables as one status table: the first table with a header row of ours
 * and every table after it that repeats a header (or, without one, has the header's width).
 * The current heading carries over from table to table.
 */
export const readStatusTable = (doc: RawDocument): ReadResult => {
  if (doc.tables.length === 0) {
    const empty = [...(doc.before ?? []), ...doc.after].every((p) => p.trim() === '');
    return { ok: false, reason: empty ? 'empty' : 'no-table' };
  }
  const rows: StatusRow[] = [];
  const tables: number[] = [];
  let header: HeaderRow | undefined;
  let columns: HeaderColumns | undefined;
  let heading: HeadingRow | undefined;
  let width = 0;

  doc.tables.forEach((table, t) => {
    const headers = table.map(mapHeader);
    const hasHeader = headers.some((mapped) => mapped.recognised >= MIN_HEADER_COLUMNS);
    const continues = header !== undefined && table.some((row) => row.length === width);
    if (!hasHeader && !continues) return;
    tables.push(t);
    table.forEach((row, r) => {
      const location: CellLocation = { table: t, row: r };
      const mapped = headers[r] ?? mapHeader(row);
      if (mapped.recognised >= MIN_HEADER_COLUMNS) {
        const headerRow: HeaderRow = { kind: 'header', location, columns: mapped, texts: rowTexts(row) };
        header ??= headerRow;
        columns = mapped;
        width = Math.max(width, row.length);
        rows.push(headerRow);
        return;
      }
      const headingRow = columns ? classifyHeading(row, location) : undefined;
      if (headingRow) {
        heading = headingRow;
        rows.push(headingRow);
      } else if (columns && row.some((cell) => !isBlankCell(cell))) {
        rows.push(measureRow(row, location, columns, heading));
      } else {
        rows.push({ kind: 'other', location, texts: rowTexts(row) });
      }
    });
  });

  if (!header) return { ok: false, reason: 'no-status-table' };
  const dateStamp = findDateStamp(doc.after);
  return {
    ok: true,
    table: {
      tables,
      header,
      rows,
      width,
      afterCount: doc.after.length,
      measureRows: rows.filter((row): row is MeasureRow => row.kind === 'measure'),
      headingRowList: rows.filter((row): row is HeadingRow => row.kind === 'heading'),
      ...(dateStamp ? { dateStamp } : {}),
    },
  };
};

export const measures = (table: StatusTable): readonly MeasureRow[] => table.measureRows;

export const headingRows = (table: StatusTable): readonly HeadingRow[] => table.headingRowList;
