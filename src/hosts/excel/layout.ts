import type { CellLocation, Location, SourceDocument } from '../../core/document';
import { areaAt, findStatusTable, looseCellAt, sheetDocument, type FilledCell, type FoundTable, type SheetDocument, type GridArea } from '../../core/grid';
import { cellText } from './cells';

/**
 * The Excel host's view of core's grid rule (`core/grid.ts`, the one rule the .xlsx reader uses
 * too): the sheet as Office.js hands it over (values, number formats, merged areas, Excel
 * tables, the named stamp cell) goes in as filled cells with their text; what comes back keeps
 * the way to the cells, so the host can write the stamp and select a finding's cell.
 */

export interface SheetGrid {
  /** Sheet coordinates of `values[0][0]` (the used range's top-left). */
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  /** The number format of a cell, by sheet coordinates (absent: none known, no date cells recognised). */
  readonly formatAt?: (row: number, column: number) => unknown;
  /** Merged areas in sheet coordinates; undefined when the host cannot tell (ExcelApi < 1.13). */
  readonly merges?: readonly GridArea[];
  /** Excel tables (ListObjects) on the sheet, by name and area. */
  readonly listObjects?: readonly { readonly name: string; readonly area: GridArea }[];
  /** The cell the named item `Statustabel_Datum` points at, if on this sheet. */
  readonly stampCell?: { readonly row: number; readonly column: number };
}

/** A filled cell outside the table, with what Office said it holds (a stamp keeps its kind). */
export interface LooseCell {
  readonly row: number;
  readonly column: number;
  readonly value: unknown;
  readonly format: unknown;
}

export interface SheetLayout {
  readonly doc: SourceDocument;
  readonly found: FoundTable;
  readonly sheet: SheetDocument;
  /** First column and width of the status table. */
  readonly column: number;
  readonly width: number;
  /** Last sheet row of the status table. */
  readonly lastRow: number;
  /** The filled cells below the table, in block order (the stamp among them). */
  readonly after: readonly LooseCell[];
  /** The filled cells above the table. */
  readonly before: readonly LooseCell[];
  /** The Excel table (ListObject) holding the status table's header, if any. */
  readonly listObject?: { readonly name: string; readonly area: GridArea };
}

/** Finds the status table in a sheet's grid; undefined when no header row of ours is on it. */
export const layoutSheet = (grid: SheetGrid): SheetLayout | undefined => {
  const valueAt = (row: number, column: number): unknown => grid.values[row - grid.row]?.[column - grid.column];
  const cells: FilledCell[] = [];
  grid.values.forEach((line, r) =>
    line.forEach((value, c) => {
      if (value === '' || value === null || value === undefined) return;
      const row = grid.row + r;
      const column = grid.column + c;
      cells.push({ row, column, text: cellText(value, grid.formatAt?.(row, column)) });
    }),
  );
  const found = findStatusTable({
    cells,
    ...(grid.merges ? { merges: grid.merges } : {}),
    ...(grid.listObjects ? { tables: grid.listObjects } : {}),
    ...(grid.stampCell ? { stamp: grid.stampCell } : {}),
  });
  if (!found) return undefined;
  const sheet = sheetDocument(found);
  const loose = (cell: FilledCell): LooseCell => ({ row: cell.row, column: cell.column, value: valueAt(cell.row, cell.column), format: grid.formatAt?.(cell.row, cell.column) });
  return {
    doc: sheet.doc,
    found,
    sheet,
    column: found.column,
    width: found.width,
    lastRow: found.lastRow,
    after: found.after.map(loose),
    before: found.before.map(loose),
    ...(found.listObject ? { listObject: found.listObject } : {}),
  };
};

/** The filled cell a paragraph block was read from, with its value and format. */
export const looseCellOf = (layout: SheetLayout, block: number): LooseCell | undefined => {
  const cell = looseCellAt(layout.found, layout.sheet, block);
  return cell && [...layout.after, ...layout.before].find((c) => c.row === cell.row && c.column === cell.column);
};

/** The sheet area a location points at: a cell (all of its merged area), a row across the table, or a paragraph's cell. */
export const areaOf = (layout: SheetLayout, location: Location): GridArea | undefined => areaAt(layout.found, layout.sheet, location);

/** The sheet row a heading row goes before: row `row` of a table, or below the table's last row. */
export const sheetRowBefore = (layout: SheetLayout, location: CellLocation): number => {
  const rows = layout.found.blocks[layout.sheet.tableBlocks.indexOf(location.block)]?.rows ?? [];
  return rows[location.row]?.row ?? (rows[rows.length - 1]?.row ?? layout.lastRow) + 1;
};
