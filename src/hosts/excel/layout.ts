import { MIN_HEADER_COLUMNS, mapHeader } from '../../core/columns';
import type { CellLocation, RawDocument, RawRow } from '../../core/document';
import { looksLikeHeading } from '../../core/headings';
import { parseMeasureNumber } from '../../core/model';
import { cellLines, cellText, type Area } from './cells';

/**
 * Finding the status table in a sheet's grid, and the way back from `RawDocument` coordinates to
 * cells. Pure: the host loads the grid in one sync and hands it here.
 */

export interface SheetGrid {
  /** Sheet coordinates of `values[0][0]` (the used range's top-left). */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  /** Number formats, same shape as `values` (absent: none known, no date cells recognised). */
  readonly numberFormat?: readonly (readonly unknown[])[];
  /** Merged areas in sheet coordinates; undefined when the host cannot tell (ExcelApi < 1.13). */
  readonly merges?: readonly Area[];
  /** Excel tables (ListObjects) on the sheet, by name and area. */
  readonly listObjects?: readonly { readonly name: string; readonly area: Area }[];
  /** The cell the named item `Statustabel_Datum` points at, if on this sheet. */
  readonly stampCell?: { readonly row: number; readonly column: number };
}

/** Where one paragraph outside the table lives. */
export interface LooseCell {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
  readonly format: unknown;
}

export interface SheetLayout {
  readonly doc: RawDocument;
  /** Sheet area of each cell as read: `cells[t][r][i]`. */
  readonly cells: readonly (readonly (readonly Area[])[])[];
  /** Sheet row of each row as read: `rows[t][r]`. */
  readonly rows: readonly (readonly number[])[];
  /** First column and width of the status table (its first header row). */
  readonly column: number;
  readonly width: number;
  readonly firstRow: number;
  /** Last sheet row of the status table. */
  readonly lastRow: number;
  readonly after: readonly LooseCell[];
  readonly before: readonly LooseCell[];
  /** The Excel table (ListObject) holding the status table's header, if any. */
  readonly listObject?: { readonly name: string; readonly area: Area };
  /** False when merged areas could not be read (ExcelApi < 1.13): every cell stands alone. */
  readonly mergesKnown: boolean;
}

const contains = (area: Area, row: number, column: number): boolean =>
  row >= area.row && row < area.row + area.rowCount && column >= area.column && column < area.column + area.columnCount;

/** Reads a grid into a layout; undefined when no header row of ours is on the sheet. */
export const layoutSheet = (grid: SheetGrid): SheetLayout | undefined => {
  const rowCount = grid.values.length;
  const colCount = grid.values.reduce((n, row) => Math.max(n, row.length), 0);
  const merges = grid.merges ?? [];
  const textAt = (row: number, column: number): string => {
    const r = row - grid.row;
    const c = column - grid.column;
    return cellText(grid.values[r]?.[c], grid.numberFormat?.[r]?.[c]);
  };
  const isFilled = (row: number, column: number): boolean => textAt(row, column).trim() !== '';
  const mergeAt = (row: number, column: number): Area | undefined => merges.find((m) => contains(m, row, column));

  // The first header row: a run of adjacent filled cells naming at least two standard columns.
  let start: { row: number; column: number; width: number } | undefined;
  for (let r = grid.row; r < grid.row + rowCount && !start; r += 1) {
    for (let c = grid.column; c < grid.column + colCount && !start; c += 1) {
      if (!isFilled(r, c) || (c > grid.column && isFilled(r, c - 1))) continue;
      let end = c;
      while (end + 1 < grid.column + colCount && isFilled(r, end + 1)) end += 1;
      const run: RawRow = Array.from({ length: end - c + 1 }, (_, i) => [textAt(r, c + i)]);
      if (mapHeader(run).recognised >= MIN_HEADER_COLUMNS) start = { row: r, column: c, width: end - c + 1 };
    }
  }
  if (!start) return undefined;

  const listObject = grid.listObjects?.find((t) => t.area.row === start?.row && contains(t.area, start.row, start.column));
  const column = listObject ? listObject.area.column : start.column;
  const width = listObject ? listObject.area.columnCount : start.width;
  const lastColumn = column + width - 1;
  const lastGridRow = grid.row + rowCount - 1;

  const cellsOf = (row: number): RawRow => Array.from({ length: width }, (_, i) => cellLines(textAt(row, column + i)));
  const isHeader = (row: number): boolean => mapHeader(cellsOf(row)).recognised >= MIN_HEADER_COLUMNS;
  /** A row that belongs to a table even where only its first cell is filled. */
  const isTableLike = (row: number): boolean => {
    if (listObject && contains(listObject.area, row, column)) return true;
    if (isHeader(row)) return true;
    for (let c = column + 1; c <= lastColumn; c += 1) if (isFilled(row, c)) return true;
    const merge = mergeAt(row, column);
    if (merge && merge.columnCount > 1) return true;
    // A heading written in the first cell without merging, or a measure with only its number filled.
    const first = textAt(row, column);
    return looksLikeHeading(first) || parseMeasureNumber(first).number !== undefined;
  };

  // The table runs down to its last table-like row. Rows between that are not table-like (blank,
  // or a measure with only an unnumbered title) stay in it; below it, a stamp or note is not
  // taken for a measure.
  let lastRow = start.row;
  for (let r = start.row + 1; r <= lastGridRow; r += 1) if (isTableLike(r)) lastRow = r;

  const tables: RawRow[][] = [];
  const cells: Area[][][] = [];
  const rows: number[][] = [];
  for (let r = start.row; r <= lastRow; r += 1) {
    if (r === start.row || isHeader(r)) {
      tables.push([]);
      cells.push([]);
      rows.push([]);
    }
    const rowCells: string[][] = [];
    const places: Area[] = [];
    for (let c = column; c <= lastColumn; ) {
      const merge = grid.merges ? mergeAt(r, c) : undefined;
      if (!merge) {
        rowCells.push(cellLines(textAt(r, c)));
        places.push({ row: r, column: c, rowCount: 1, columnCount: 1 });
        c += 1;
        continue;
      }
      const spanEnd = Math.min(merge.column + merge.columnCount - 1, lastColumn);
      // A merged area is one cell, holding its top-left value; rows it covers below its top read empty.
      rowCells.push(merge.row === r ? cellLines(textAt(merge.row, merge.column)) : ['']);
      places.push({ row: r, column: c, rowCount: 1, columnCount: spanEnd - c + 1 });
      c = spanEnd + 1;
    }
    tables[tables.length - 1]?.push(rowCells);
    cells[cells.length - 1]?.push(places);
    rows[rows.length - 1]?.push(r);
  }

  const loose = (from: number, to: number): LooseCell[] => {
    const found: LooseCell[] = [];
    for (let r = from; r <= to; r += 1) {
      for (let c = grid.column; c < grid.column + colCount; c += 1) {
        if (!isFilled(r, c)) continue;
        found.push({ row: r, column: c, value: grid.values[r - grid.row]?.[c - grid.column], format: grid.numberFormat?.[r - grid.row]?.[c - grid.column] });
      }
    }
    return found;
  };
  const before = loose(grid.row, start.row - 1);
  let after = loose(lastRow + 1, lastGridRow);
  // The marked stamp cell closes the document, so core takes it for the stamp even if other
  // dates follow it; a marked cell beside the table still counts.
  const stamp = grid.stampCell;
  if (stamp && isFilled(stamp.row, stamp.column) && !(stamp.row >= start.row && stamp.row <= lastRow && stamp.column >= column && stamp.column <= lastColumn)) {
    const marked = after.find((cell) => cell.row === stamp.row && cell.column === stamp.column) ?? {
      ...stamp,
      value: grid.values[stamp.row - grid.row]?.[stamp.column - grid.column],
      format: grid.numberFormat?.[stamp.row - grid.row]?.[stamp.column - grid.column],
    };
    after = [...after.filter((cell) => cell !== marked), marked];
  }

  return {
    doc: {
      before: before.map((cell) => cellText(cell.value, cell.format)),
      tables,
      after: after.map((cell) => cellText(cell.value, cell.format)),
    },
    cells,
    rows,
    column,
    width,
    firstRow: start.row,
    lastRow,
    after,
    before,
    mergesKnown: grid.merges !== undefined,
    ...(listObject ? { listObject } : {}),
  };
};

/** The sheet area a finding's location points at: one cell, or the whole row as read. */
export const areaOf = (layout: SheetLayout, location: CellLocation): Area | undefined => {
  const places = layout.cells[location.table]?.[location.row];
  if (!places || places.length === 0) return undefined;
  if (location.cell !== undefined) return places[location.cell];
  const first = places[0] as Area;
  const last = places[places.length - 1] as Area;
  return { row: first.row, column: first.column, rowCount: 1, columnCount: last.column + last.columnCount - first.column };
};
