import { columnIndex, quoteSheet } from '../../core/a1';

/**
 * The simulated Excel workbook: sheets of cells (value, number format, bold, fill), merged areas,
 * Excel tables (ListObjects), workbook names (with comment and visibility), sheet protection, the
 * active sheet and the selection. Structural changes (inserted rows) move merges, tables and
 * names along, as Excel does. Nothing here knows Office.js: `api.ts` exposes it.
 */

export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface FillModel {
  /** null: no fill (Office.js then reports "#FFFFFF"). */
  color: string | null;
  pattern: string;
  patternColor: string | null;
  tintAndShade: number;
}

export interface CellModel {
  value: string | number | boolean;
  numberFormat: string;
  bold: boolean;
  fill: FillModel;
}

export interface TableModel {
  name: string;
  /** Header row included. */
  area: Area;
}

export interface SheetModel {
  /** Worksheet.id: stable while the sheet exists. */
  readonly id: string;
  name: string;
  cells: Map<string, CellModel>;
  merges: Area[];
  tables: TableModel[];
  protected: boolean;
}

export interface NameModel {
  name: string;
  sheet: SheetModel;
  /** null once the cells it pointed at are gone (#REF!). */
  area: Area | null;
  comment: string;
  visible: boolean;
}

/** A comment thread on a cell (ExcelApi 1.10, https://learn.microsoft.com/javascript/api/excel/excel.comment). */
export interface CommentModel {
  readonly id: string;
  readonly sheet: SheetModel;
  /** Zero-based, as getRangeByIndexes counts. Not moved by inserted rows (not modelled yet). */
  readonly row: number;
  readonly column: number;
  content: string;
  readonly authorName: string;
  readonly authorEmail: string;
  readonly creationDate: string;
  resolved: boolean;
  replies: { readonly id: string; readonly content: string; readonly authorName: string; readonly authorEmail: string; readonly creationDate: string }[];
}

/** A custom XML part of the workbook (ExcelApi 1.5, https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart). */
export interface CustomXmlPartModel {
  readonly id: string;
  xml: string;
}

export interface WorkbookModel {
  /** Comment threads, in the order they were added (absent: none). */
  comments?: CommentModel[];
  /** Custom XML parts (absent: none). */
  customXmlParts?: CustomXmlPartModel[];
  sheets: SheetModel[];
  active: SheetModel;
  names: NameModel[];
  selection: { sheet: SheetModel; area: Area } | undefined;
  /** Bumped on every change. */
  version: number;
}

/** A new empty sheet; `ordinal` makes its id (Excel's ids look like GUIDs; any stable string does). */
export const sheetModel = (name: string, ordinal: number): SheetModel => ({
  id: `{00000000-0001-0000-${String(ordinal).padStart(4, '0')}-000000000000}`,
  name,
  cells: new Map(),
  merges: [],
  tables: [],
  protected: false,
});

/** Adds an empty sheet at the end of the workbook. */
export const addSheet = (workbook: WorkbookModel, name: string): SheetModel => {
  const sheet = sheetModel(name, workbook.sheets.length + 1);
  workbook.sheets.push(sheet);
  workbook.version += 1;
  return sheet;
};

export { MAX_SHEET_COLUMNS as MAX_COLUMNS, MAX_SHEET_ROWS as MAX_ROWS } from '../../core/a1';

export const noFill = (): FillModel => ({ color: null, pattern: 'None', patternColor: null, tintAndShade: 0 });
export const emptyCell = (): CellModel => ({ value: '', numberFormat: 'General', bold: false, fill: noFill() });

const key = (row: number, column: number): string => `${row},${column}`;

export const cellAt = (sheet: SheetModel, row: number, column: number): CellModel =>
  sheet.cells.get(key(row, column)) ?? emptyCell();

/** The cell itself, created if absent, for writing. */
export const cellFor = (sheet: SheetModel, row: number, column: number): CellModel => {
  const k = key(row, column);
  let c = sheet.cells.get(k);
  if (!c) {
    c = emptyCell();
    sheet.cells.set(k, c);
  }
  return c;
};

export const forEachCell = (sheet: SheetModel, visit: (row: number, column: number, cell: CellModel) => void): void => {
  sheet.cells.forEach((cell, k) => {
    const [r, c] = k.split(',').map(Number);
    visit(r ?? 0, c ?? 0, cell);
  });
};

const isDefault = (cell: CellModel): boolean =>
  cell.value === '' && cell.numberFormat === 'General' && !cell.bold && cell.fill.pattern === 'None';

/** The smallest area holding every cell with a value (valuesOnly) or with anything set. */
export const usedArea = (sheet: SheetModel, valuesOnly: boolean): Area | undefined => {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  forEachCell(sheet, (r, c, cell) => {
    if (valuesOnly ? cell.value === '' : isDefault(cell)) return;
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  });
  return bottom < 0 ? undefined : { row: top, column: left, rowCount: bottom - top + 1, columnCount: right - left + 1 };
};

export const contains = (area: Area, row: number, column: number): boolean =>
  row >= area.row && row < area.row + area.rowCount && column >= area.column && column < area.column + area.columnCount;

export const overlaps = (a: Area, b: Area): boolean =>
  a.row < b.row + b.rowCount && b.row < a.row + a.rowCount && a.column < b.column + b.columnCount && b.column < a.column + a.columnCount;

/**
 * Inserts `count` rows at `at`, shifting cells down: across the whole sheet, or within columns
 * [from, to] only (cells inserted into a table). New cells take the format of the cell above,
 * as Excel's default "format from above" does. Merges, tables and names move or grow along.
 */
export const insertRows = (workbook: WorkbookModel, sheet: SheetModel, at: number, count: number, columns?: { from: number; to: number }): void => {
  const inColumns = (c: number) => !columns || (c >= columns.from && c <= columns.to);
  const moved = new Map<string, CellModel>();
  sheet.cells.forEach((cell, k) => {
    const [r = 0, c = 0] = k.split(',').map(Number);
    moved.set(r >= at && inColumns(c) ? key(r + count, c) : k, cell);
  });
  sheet.cells = moved;
  if (at > 0) {
    const above: [number, CellModel][] = [];
    forEachCell(sheet, (r, c, cell) => {
      if (r === at - 1 && inColumns(c) && !isDefault({ ...cell, value: '' })) above.push([c, cell]);
    });
    above.forEach(([c, cell]) => {
      for (let i = 0; i < count; i += 1) {
        sheet.cells.set(key(at + i, c), { value: '', numberFormat: cell.numberFormat, bold: cell.bold, fill: { ...cell.fill } });
      }
    });
  }
  const shift = (area: Area): Area => {
    const affected = !columns || (area.column >= columns.from && area.column + area.columnCount - 1 <= columns.to);
    if (!affected) return area;
    if (area.row >= at) return { ...area, row: area.row + count };
    if (area.row + area.rowCount > at) return { ...area, rowCount: area.rowCount + count };
    return area;
  };
  sheet.merges = sheet.merges.map(shift);
  sheet.tables.forEach((table) => {
    // A row inserted right below a table's last row does not grow it; one inside it does.
    table.area = table.area.row + table.area.rowCount === at ? table.area : shift(table.area);
  });
  workbook.names.forEach((name) => {
    if (name.sheet === sheet && name.area) name.area = shift(name.area);
  });
};


export const sheetPrefix = (sheet: SheetModel): string => `${quoteSheet(sheet.name)}!`;

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/i;

/** "B5" or "A1:D4" (no sheet) to an area. */
export const parseAddress = (address: string): Area => {
  const local = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const [a = '', b] = local.split(':');
  const p = A1.exec(a.trim());
  const q = A1.exec((b ?? a).trim());
  if (!p || !q) throw new Error(`Not an A1 address: ${address}`);
  const r1 = Number(p[2]) - 1;
  const r2 = Number(q[2]) - 1;
  const c1 = columnIndex(p[1] ?? 'A');
  const c2 = columnIndex(q[1] ?? 'A');
  return { row: Math.min(r1, r2), column: Math.min(c1, c2), rowCount: Math.abs(r2 - r1) + 1, columnCount: Math.abs(c2 - c1) + 1 };
};
