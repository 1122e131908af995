import type { CellText, SourceTable } from './document';

/** A cell placed on its table's grid. */
export interface GridCell {
  /** The row where it begins. */
  readonly row: number;
  /** The grid column where it begins. */
  readonly column: number;
  readonly columnSpan: number;
  readonly rowSpan: number;
  readonly paragraphs: CellText;
}

export interface TableGrid {
  /** Grid columns: the widest row's end. */
  readonly width: number;
  /** Per row, the cells that begin in it, left to right. */
  readonly own: readonly (readonly GridCell[])[];
  /** Per row and grid column, the cell covering it (a cell merged down covers the rows below); undefined where no cell is. */
  readonly cover: readonly (readonly (GridCell | undefined)[])[];
}

/**
 * Widest grid read. Word tables have at most 63 columns; a status table on a sheet is as wide as
 * its header. A span or gap beyond this in a damaged or hostile file is cut here, so the grid's
 * size stays bounded by what the file holds.
 */
export const MAX_GRID_COLUMNS = 1024;

const clamp = (value: number | undefined, low: number, high: number): number =>
  Math.max(low, Math.min(high, Number.isFinite(value) ? Math.floor(value as number) : low));

/**
 * Places every cell on the grid the way an HTML table does: a cell takes the first free grid
 * column after the previous one, skipping columns that a cell merged down from a row above still
 * covers. A span reaching past the last row stops there.
 */
export const resolveGrid = (table: SourceTable): TableGrid => {
  const rowCount = table.rows.length;
  const cover: (GridCell | undefined)[][] = table.rows.map(() => []);
  const own: GridCell[][] = table.rows.map((row, r) => {
    const covered = cover[r] as (GridCell | undefined)[];
    let column = clamp(row.gridBefore, 0, MAX_GRID_COLUMNS - 1);
    return row.cells.map((cell) => {
      while (covered[column] !== undefined) column += 1;
      const placed: GridCell = {
        row: r,
        column,
        columnSpan: clamp(cell.columnSpan, 1, Math.max(1, MAX_GRID_COLUMNS - column)),
        rowSpan: clamp(cell.rowSpan, 1, rowCount - r),
        paragraphs: cell.paragraphs,
      };
      for (let down = r; down < r + placed.rowSpan; down += 1) {
        const line = cover[down] as (GridCell | undefined)[];
        for (let across = column; across < column + placed.columnSpan; across += 1) line[across] = placed;
      }
      column += placed.columnSpan;
      return placed;
    });
  });
  const width = cover.reduce((max, line) => Math.max(max, line.length), 0);
  return { width, own, cover };
};
