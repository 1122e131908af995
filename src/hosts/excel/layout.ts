import { isHeaderRow } from '../../core/columns';
import { paragraph, sourceCell, type CellLocation, type CellText, type Location, type SourceCell, type SourceDocument } from '../../core/document';
import { looksLikeHeading } from '../../core/headings';
import { parseMeasureNumber } from '../../core/model';
import { cellLines, cellText, type Area } from './cells';

/**
 * Finding the status table in a sheet's grid, and the way back from `SourceDocument` coordinates to
 * cells. Pure: the host loads the grid in one sync and hands it here.
 */

export interface SheetGrid {
  /** Sheet coordinates of `values[0][0]` (the used range's top-left). */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  /** The number format of a cell, by sheet coordinates (absent: none known, no date cells recognised). */
  readonly formatAt?: (row: number, column: number) => unknown;
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
  /** Paragraphs for the filled cells above the table, the table split at each repeated header, paragraphs for those below. */
  readonly doc: SourceDocument;
  /** Block index of each table, in order. */
  readonly tableBlocks: readonly number[];
  /** Sheet row of each row as read: `rows[t][r]` for the t-th table. */
  readonly rows: readonly (readonly number[])[];
  /** First column and width of the status table (its first header row). */
  readonly column: number;
  readonly width: number;
  readonly firstRow: number;
  /** Last sheet row of the status table. */
  readonly lastRow: number;
  /** The filled cells below the table, in block order (the stamp among them). */
  readonly after: readonly LooseCell[];
  readonly before: readonly LooseCell[];
  /** The Excel table (ListObject) holding the status table's header, if any. */
  readonly listObject?: { readonly name: string; readonly area: Area };
  /** False when merged areas could not be read (ExcelApi < 1.13): every cell stands alone. */
  readonly mergesKnown: boolean;
  readonly merges: readonly Area[];
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
    return cellText(grid.values[r]?.[c], grid.formatAt?.(row, column));
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
      const run: CellText[] = Array.from({ length: end - c + 1 }, (_, i) => [textAt(r, c + i)]);
      if (isHeaderRow(run)) start = { row: r, column: c, width: end - c + 1 };
    }
  }
  if (!start) return undefined;

  const listObject = grid.listObjects?.find((t) => t.area.row === start?.row && contains(t.area, start.row, start.column));
  const column = listObject ? listObject.area.column : start.column;
  const width = listObject ? listObject.area.columnCount : start.width;
  const lastColumn = column + width - 1;
  const lastGridRow = grid.row + rowCount - 1;

  const cellsOf = (row: number): CellText[] => Array.from({ length: width }, (_, i) => cellLines(textAt(row, column + i)));
  const isHeader = (row: number): boolean => isHeaderRow(cellsOf(row));
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

  // The table splits where a header row repeats; a merged area is one cell, and one merged
  // down gives its value to the rows it covers within that part.
  const starts = [start.row];
  for (let r = start.row + 1; r <= lastRow; r += 1) if (isHeader(r)) starts.push(r);
  const rows: number[][] = starts.map((first, t) => {
    const end = (starts[t + 1] ?? lastRow + 1) - 1;
    return Array.from({ length: end - first + 1 }, (_, i) => first + i);
  });
  const tables = rows.map((sheetRows) => {
    const partEnd = sheetRows[sheetRows.length - 1] ?? start.row;
    return {
      kind: 'table' as const,
      rows: sheetRows.map((r) => {
        const cells: SourceCell[] = [];
        for (let c = column; c <= lastColumn; ) {
          const merge = grid.merges ? mergeAt(r, c) : undefined;
          if (!merge) {
            cells.push(sourceCell(cellLines(textAt(r, c))));
            c += 1;
            continue;
          }
          const spanEnd = Math.min(merge.column + merge.columnCount - 1, lastColumn);
          const top = Math.max(merge.row, sheetRows[0] ?? r);
          // Covered by this merge from a row above in this part: that cell spans down over this row.
          if (top < r) {
            c = spanEnd + 1;
            continue;
          }
          const down = Math.min(merge.row + merge.rowCount - 1, partEnd) - r + 1;
          cells.push(sourceCell(merge.row === r ? cellLines(textAt(merge.row, merge.column)) : [''], spanEnd - c + 1, down));
          c = spanEnd + 1;
        }
        return { cells };
      }),
    };
  });

  const loose = (from: number, to: number): LooseCell[] => {
    const found: LooseCell[] = [];
    for (let r = from; r <= to; r += 1) {
      for (let c = grid.column; c < grid.column + colCount; c += 1) {
        if (!isFilled(r, c)) continue;
        found.push({ row: r, column: c, value: grid.values[r - grid.row]?.[c - grid.column], format: grid.formatAt?.(r, c) });
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
      format: grid.formatAt?.(stamp.row, stamp.column),
    };
    after = [...after.filter((cell) => cell !== marked), marked];
  }

  const beforeBlocks = before.map((cell) => paragraph(cellText(cell.value, cell.format)));
  return {
    doc: {
      blocks: [...beforeBlocks, ...tables, ...after.map((cell) => paragraph(cellText(cell.value, cell.format)))],
    },
    tableBlocks: tables.map((_, t) => beforeBlocks.length + t),
    rows,
    column,
    width,
    firstRow: start.row,
    lastRow,
    after,
    before,
    mergesKnown: grid.merges !== undefined,
    merges,
    ...(listObject ? { listObject } : {}),
  };
};

/** The filled cell a paragraph block was read from. */
export const looseCellOf = (layout: SheetLayout, block: number): LooseCell | undefined => {
  const tables = layout.tableBlocks.length;
  return block < layout.before.length ? layout.before[block] : layout.after[block - layout.before.length - tables];
};

/** The sheet area a location points at: a cell (all of its merged area), a row across the table, or a paragraph's cell. */
export const areaOf = (layout: SheetLayout, location: Location): Area | undefined => {
  if (!('row' in location)) {
    const cell = looseCellOf(layout, location.block);
    return cell && { row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 };
  }
  const t = layout.tableBlocks.indexOf(location.block);
  const row = layout.rows[t]?.[location.row];
  if (row === undefined) return undefined;
  if (location.column === undefined) return { row, column: layout.column, rowCount: 1, columnCount: layout.width };
  const column = layout.column + location.column;
  const merge = layout.merges.find((m) => contains(m, row, column));
  return merge ?? { row, column, rowCount: 1, columnCount: 1 };
};

/** The sheet row a heading row goes before: row `beforeRow` of a table, or below the table's last row. */
export const sheetRowBefore = (layout: SheetLayout, location: CellLocation): number => {
  const rows = layout.rows[layout.tableBlocks.indexOf(location.block)] ?? [];
  return rows[location.row] ?? (rows[rows.length - 1] ?? layout.lastRow) + 1;
};
