import { isHeader, mapHeaderCells, type ColumnKey, type HeaderColumns } from './columns';
import {
  cellString,
  isBlankCell,
  isTable,
  type CellLocation,
  type CellText,
  type Emphasis,
  type ParagraphLocation,
  type SourceDocument,
  type SourceTable,
} from './document';
import { findDateStamp, type DateStamp } from './datestamp';
import { looksLikeHeading, MAX_HEADING_TEXT, recogniseHeading, type StandardHeading } from './headings';
import { resolveGrid, type GridCell, type TableGrid } from './tableGrid';
import { squash } from './text';

/** A measure's number as written: "4.2.1." is number "4.2.1" with a trailing dot, chapter 4. */
export interface MeasureNumber {
  readonly number: string;
  readonly trailingDot: boolean;
  readonly chapter: number;
}

export interface HeaderRow {
  readonly kind: 'header';
  readonly location: CellLocation;
  readonly columns: HeaderColumns;
  readonly texts: readonly string[];
}

interface HeadingBase {
  readonly kind: 'heading';
  readonly text: string;
  readonly standard?: StandardHeading;
}

/** A section heading written as a row of the table. */
export interface HeadingTableRow extends HeadingBase {
  readonly form: 'row';
  readonly location: CellLocation;
  /** The heading is one cell spanning the width (false: other cells are present, empty). */
  readonly merged: boolean;
}

/** A section heading written as a paragraph between the tables (bold, or in a Heading style). */
export interface HeadingParagraph extends HeadingBase {
  readonly form: 'paragraph';
  readonly location: ParagraphLocation;
  readonly emphasis?: Emphasis;
}

export type HeadingRow = HeadingTableRow | HeadingParagraph;

export interface MeasureRow {
  readonly kind: 'measure';
  readonly location: CellLocation;
  readonly number?: MeasureNumber;
  readonly title: string;
  /** Its number without a trailing dot, or its title where it has none. */
  readonly subject: string;
  /** The heading above it, if any (carries over from table to table). */
  readonly heading?: HeadingRow;
  /**
   * The measure's cells by standard column (absent column: no paragraphs). A cell merged down
   * from a row above gives its text to this row too.
   */
  readonly cells: Readonly<Record<ColumnKey, CellText>>;
  /** Where each of those cells is: the cell itself, which may begin in a row above. */
  readonly cellLocation: Readonly<Partial<Record<ColumnKey, CellLocation>>>;
  /**
   * The last row of its table the measure takes, where its measure cell is merged down over more
   * rows than its first (absent: only `location.row`): a row goes in after it, not inside it.
   */
  readonly lastRow?: number;
}

/** A row with nothing in it, or anything before the first header of a table. */
export interface OtherRow {
  readonly kind: 'other';
  readonly location: CellLocation;
  readonly texts: readonly string[];
}

export type StatusRow = HeaderRow | HeadingRow | MeasureRow | OtherRow;

export interface StatusTable {
  /** The table blocks that make up the status table, in order. */
  readonly blocks: readonly number[];
  /** The first header row: it decides the columns. */
  readonly header: HeaderRow;
  /** Header, heading, measure and other rows in document order; headings between tables included. */
  readonly rows: readonly StatusRow[];
  /** Grid columns of the widest header: how wide a heading row must span. */
  readonly width: number;
  readonly dateStamp?: DateStamp;
  /** The measure rows and heading rows of `rows`, picked out once: every rule walks them. */
  readonly measureRows: readonly MeasureRow[];
  readonly headingRowList: readonly HeadingRow[];
  /** How the document writes its section headings: as paragraphs between tables only when it has no heading rows. */
  readonly headingForm: 'row' | 'paragraph';
  /** The document has tracked changes (read as if accepted). */
  readonly trackedChanges: boolean;
}

export type ReadFailure = 'empty' | 'no-table' | 'no-status-table';

export type ReadResult =
  | { readonly ok: true; readonly table: StatusTable }
  | { readonly ok: false; readonly reason: ReadFailure };

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

const ownTexts = (cells: readonly GridCell[]): string[] => cells.map((cell) => squash(cellString(cell.paragraphs)));

/**
 * A heading row has text in one cell only (or is that one merged cell): its first cell, or the
 * first after blank cells in columns left of the measure column (a narrow margin column, which
 * LibreOffice also writes for Word's w:gridBefore). Cells merged down from above do not count.
 */
const classifyHeading = (own: readonly GridCell[], location: CellLocation, width: number, columns: HeaderColumns): HeadingTableRow | undefined => {
  const at = own.findIndex((cell) => !isBlankCell(cell.paragraphs));
  const first = own[at];
  const leftmost = Math.min(...Object.values(columns.index));
  if (first === undefined || (at > 0 && first.column > leftmost)) return undefined;
  for (let i = at + 1; i < own.length; i += 1) if (!isBlankCell(own[i]?.paragraphs)) return undefined;
  const raw = cellString(first.paragraphs);
  if (raw.length > MAX_HEADING_TEXT) return undefined;
  const text = squash(raw);
  if (!looksLikeHeading(text)) return undefined;
  const standard = recogniseHeading(text);
  const merged = own.length === 1 && first.columnSpan >= width;
  return { kind: 'heading', form: 'row', location, text, merged, ...(standard ? { standard } : {}) };
};

/**
 * The cell of a row under a header cell that begins at grid column `start` and covers `span`:
 * the cell covering `start` (one merged down from above included), or else the first cell that
 * begins under the header cell. A cell merged across from the column to the left belongs to
 * that column, not this one.
 */
const cellUnder = (grid: TableGrid, row: number, start: number, span: number): GridCell | undefined => {
  const line = grid.cover[row] ?? [];
  for (let column = start; column < start + span; column += 1) {
    const cell = line[column];
    if (cell && cell.column >= start) return cell;
  }
  return undefined;
};

const measureRow = (
  grid: TableGrid,
  block: number,
  row: number,
  columns: HeaderColumns,
  heading: HeadingRow | undefined,
): MeasureRow => {
  const cells: Record<ColumnKey, CellText> = { maatregel: [], standVanZaken: [], planning: [], trekker: [] };
  const cellLocation: Partial<Record<ColumnKey, CellLocation>> = {};
  (Object.keys(cells) as ColumnKey[]).forEach((key) => {
    const start = columns.index[key];
    if (start === undefined) return;
    const cell = cellUnder(grid, row, start, columns.span[key] ?? 1);
    if (!cell) return;
    cells[key] = cell.paragraphs;
    cellLocation[key] = { block, row: cell.row, column: cell.column };
  });
  const { number, title } = parseMeasureNumber(cells.maatregel[0] ?? '');
  const subject = number?.number ?? (title || squash(cellString(cells.maatregel)));
  return {
    kind: 'measure',
    location: { block, row },
    title,
    subject,
    cells,
    cellLocation,
    ...(number ? { number } : {}),
    ...(heading ? { heading } : {}),
  };
};

const sameLocation = (a: CellLocation | undefined, b: CellLocation | undefined): boolean =>
  a !== undefined && b !== undefined && a.block === b.block && a.row === b.row && a.column === b.column;

/** A row whose measure cell is the previous measure's, merged down over it: more of the same measure. */
const continuesMeasure = (grid: TableGrid, block: number, row: number, columns: HeaderColumns, previous: MeasureRow): boolean => {
  const start = columns.index.maatregel;
  if (start === undefined) return false;
  const cell = cellUnder(grid, row, start, columns.span.maatregel ?? 1);
  return cell !== undefined && cell.row < row && sameLocation(previous.cellLocation.maatregel, { block, row: cell.row, column: cell.column });
};

/** The measure with the cells of one more of its rows: a column's own cell there adds its paragraphs. */
const extendMeasure = (grid: TableGrid, block: number, row: number, columns: HeaderColumns, measure: MeasureRow): MeasureRow => {
  const cells: Record<ColumnKey, CellText> = { ...measure.cells };
  const cellLocation: Partial<Record<ColumnKey, CellLocation>> = { ...measure.cellLocation };
  (Object.keys(cells) as ColumnKey[]).forEach((key) => {
    const start = columns.index[key];
    const cell = start === undefined ? undefined : cellUnder(grid, row, start, columns.span[key] ?? 1);
    if (!cell) return;
    const location = { block, row: cell.row, column: cell.column };
    if (sameLocation(cellLocation[key], location)) return;
    cells[key] = isBlankCell(cells[key]) ? cell.paragraphs : [...cells[key], ...cell.paragraphs];
    if (!cellLocation[key] || isBlankCell(measure.cells[key])) cellLocation[key] = location;
  });
  return { ...measure, cells, cellLocation, lastRow: row };
};

/** A paragraph outside the tables that heads a section: an upper-case standard heading, or upper case set as a heading. */
const headingParagraph = (doc: SourceDocument, block: number, standardOnly: boolean): HeadingParagraph | undefined => {
  const paragraph = doc.blocks[block];
  if (!paragraph || paragraph.kind !== 'paragraph' || paragraph.text.length > MAX_HEADING_TEXT) return undefined;
  const text = squash(paragraph.text);
  if (!looksLikeHeading(text)) return undefined;
  const standard = recogniseHeading(text);
  if (!standard && (standardOnly || !paragraph.emphasis)) return undefined;
  return {
    kind: 'heading',
    form: 'paragraph',
    location: { block },
    text,
    ...(standard ? { standard } : {}),
    ...(paragraph.emphasis ? { emphasis: paragraph.emphasis } : {}),
  };
};

const isBlankParagraph = (doc: SourceDocument, block: number): boolean => {
  const paragraph = doc.blocks[block];
  return paragraph?.kind === 'paragraph' && paragraph.text.trim() === '';
};

/** The blocks from `from` while each is a heading paragraph or blank, walking by `step`. */
const headingRun = (doc: SourceDocument, from: number, step: 1 | -1, standardOnly: boolean): HeadingParagraph[] => {
  const run: HeadingParagraph[] = [];
  for (let block = from; block >= 0 && block < doc.blocks.length; block += step) {
    const heading = headingParagraph(doc, block, standardOnly);
    if (heading) run.push(heading);
    else if (!isBlankParagraph(doc, block)) break;
  }
  return step === 1 ? run : run.reverse();
};

/**
 * How many of a table's first rows decide whether it is part of the status table. A part begins
 * with its header (a title row or two may stand above it); a header further down does not make a
 * table a part. So a reader can tell the parts from the other tables of a long document by their
 * first rows alone, without reading every table whole (the Word host does, see hosts/word).
 */
export const JOIN_ROWS = 3;

/** The grid of a table's first JOIN_ROWS rows: all that decides whether the table joins the status table. */
const joinGrid = (table: SourceTable): TableGrid =>
  resolveGrid(table.rows.length <= JOIN_ROWS ? table : { ...table, rows: table.rows.slice(0, JOIN_ROWS) });

/** Nothing but section headings or blank paragraphs stands between blocks `from` and `to` (both excluded). */
const onlyHeadingsBetween = (doc: SourceDocument, from: number, to: number): boolean => {
  for (let p = from + 1; p < to; p += 1) {
    if (!isBlankParagraph(doc, p) && !headingParagraph(doc, p, false)) return false;
  }
  return true;
};

/**
 * Interprets a document as one status table: the first table with a header row of ours among its
 * first rows, and every later table that has one there too, or, without one, is as wide in its
 * first rows and follows the previous part with nothing but section headings or blank paragraphs
 * between (a table split in two; not an appendix after the stamp). Section headings are heading
 * rows, or heading paragraphs right before the first of those tables, between them, or (standard
 * headings only) right after the last. The current heading carries over from table to table. The
 * date stamp is the last short date paragraph after the last table.
 */
export const readStatusTable = (doc: SourceDocument): ReadResult => {
  const tableBlocks = doc.blocks.flatMap((block, index) => (isTable(block) ? [index] : []));
  if (tableBlocks.length === 0) {
    const empty = doc.blocks.every((block) => block.kind !== 'paragraph' || block.text.trim() === '');
    return { ok: false, reason: empty ? 'empty' : 'no-table' };
  }
  const rows: StatusRow[] = [];
  const blocks: number[] = [];
  let header: HeaderRow | undefined;
  let columns: HeaderColumns | undefined;
  let heading: HeadingRow | undefined;
  let width = 0;
  /** The widest first rows of a part with a header: what a part without one must match. */
  let joinWidth = 0;

  const addHeading = (found: HeadingRow): void => {
    heading = found;
    rows.push(found);
  };

  for (const b of tableBlocks) {
    const table = doc.blocks[b];
    if (!isTable(table)) continue;
    const opening = joinGrid(table);
    const hasHeader = opening.own.some((own) => isHeader(mapHeaderCells(own)));
    const previous = blocks[blocks.length - 1];
    const continues = previous !== undefined && opening.width === joinWidth && onlyHeadingsBetween(doc, previous, b);
    if (!hasHeader && !continues) continue;
    if (hasHeader) joinWidth = Math.max(joinWidth, opening.width);
    const grid = resolveGrid(table);
    const headers = grid.own.map((own) => mapHeaderCells(own));
    if (previous === undefined) headingRun(doc, b - 1, -1, false).forEach(addHeading);
    else for (let p = previous + 1; p < b; p += 1) {
      const between = headingParagraph(doc, p, false);
      if (between) addHeading(between);
    }
    blocks.push(b);
    grid.own.forEach((own, r) => {
      const location: CellLocation = { block: b, row: r };
      const mapped = headers[r] as HeaderColumns;
      if (isHeader(mapped)) {
        const headerRow: HeaderRow = { kind: 'header', location, columns: mapped, texts: ownTexts(own) };
        header ??= headerRow;
        columns = mapped;
        width = Math.max(width, grid.width);
        rows.push(headerRow);
        return;
      }
      const headingRow = columns ? classifyHeading(own, location, width, columns) : undefined;
      if (headingRow) addHeading(headingRow);
      else if (columns && own.some((cell) => !isBlankCell(cell.paragraphs))) {
        const previous = rows[rows.length - 1];
        if (previous?.kind === 'measure' && continuesMeasure(grid, b, r, columns, previous)) {
          rows[rows.length - 1] = extendMeasure(grid, b, r, columns, previous);
        } else {
          rows.push(measureRow(grid, b, r, columns, heading));
        }
      }
      else rows.push({ kind: 'other', location, texts: ownTexts(own) });
    });
  }

  const last = blocks[blocks.length - 1];
  if (!header || last === undefined) return { ok: false, reason: 'no-status-table' };
  headingRun(doc, last + 1, 1, true).forEach(addHeading);
  const after = doc.blocks.flatMap((block, index) => (index > last && block.kind === 'paragraph' ? [{ block: index, text: block.text }] : []));
  const dateStamp = findDateStamp(after);
  const headingRowList = rows.filter((row): row is HeadingRow => row.kind === 'heading');
  const paragraphs = headingRowList.filter((row) => row.form === 'paragraph').length;
  return {
    ok: true,
    table: {
      blocks,
      header,
      rows,
      width,
      measureRows: rows.filter((row): row is MeasureRow => row.kind === 'measure'),
      headingRowList,
      headingForm: paragraphs > 0 && paragraphs === headingRowList.length ? 'paragraph' : 'row',
      trackedChanges: doc.trackedChanges === true,
      ...(dateStamp ? { dateStamp } : {}),
    },
  };
};

export const measures = (table: StatusTable): readonly MeasureRow[] => table.measureRows;

export const headingRows = (table: StatusTable): readonly HeadingRow[] => table.headingRowList;

/**
 * The heading row new heading rows are made like in a sheet: the first merged across the table,
 * else the first; undefined where the headings are paragraphs or there are none.
 */
export const modelHeadingRow = (table: StatusTable): HeadingTableRow | undefined => {
  const rows = table.headingRowList.filter((h): h is HeadingTableRow => h.form === 'row');
  return rows.find((h) => h.merged) ?? rows[0];
};
