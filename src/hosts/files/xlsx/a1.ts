import { columnIndex, columnLetters, parseCellAddress, MAX_SHEET_COLUMNS as MAX_COLUMN, MAX_SHEET_ROWS as MAX_ROW, quoteSheet } from '../../../core/a1';

/**
 * A1 references as SpreadsheetML writes them: 1-based rows and columns, "$" for absolute parts.
 * The letters, the grid's size and sheet-name quoting are core's (`core/a1.ts`), shared with the
 * Excel host; what is here is the 1-based view the file's XML uses.
 */

export { MAX_COLUMN, MAX_ROW, quoteSheet };

/** The namespaces SpreadsheetML's main elements come in: transitional, strict, and Excel 2007's beta. */
export const SHEET_NS: ReadonlySet<string> = new Set([
  'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  'http://purl.oclc.org/ooxml/spreadsheetml/main',
  'http://schemas.microsoft.com/office/excel/2006/2',
]);

/** The namespaces of `r:id` attributes. */
export const REL_NS: readonly string[] = [
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  'http://purl.oclc.org/ooxml/officeDocument/relationships',
];

/** A cell in 1-based sheet coordinates. */
export interface Cell {
  readonly row: number;
  readonly column: number;
}

/** A block of cells, 1-based and inclusive. */
export interface Range {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** "A" → 1, "XFD" → 16384; 0 for what is no column. */
export const columnNumber = (letters: string): number => columnIndex(letters) + 1;

/** 1 → "A". */
const columnName = (column: number): string => columnLetters(column - 1);

export const cellName = (cell: Cell): string => `${columnName(cell.column)}${cell.row}`;

export const rangeName = (range: Range): string => {
  const start = cellName({ row: range.top, column: range.left });
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${cellName({ row: range.bottom, column: range.right })}`;
};

/** "B7" or "$B$7" → {row 7, column 2}; undefined for anything else or beyond the grid. */
export const parseCell = (text: string): Cell | undefined => {
  const cell = parseCellAddress(text.trim());
  return cell && { row: cell.row + 1, column: cell.column + 1 };
};

/** "A1:D4" (either corner first) or one cell; undefined for anything else. */
export const parseRange = (text: string): Range | undefined => {
  const [first, second, extra] = text.trim().split(':');
  if (extra !== undefined) return undefined;
  const a = parseCell(first ?? '');
  const b = second === undefined ? a : parseCell(second);
  if (!a || !b) return undefined;
  return { top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) };
};

/** A space-separated list of ranges ("A1:B2 D4"), as sqref attributes hold; ranges that do not parse are left out. */
export const parseRanges = (text: string): Range[] =>
  text
    .split(/\s+/)
    .filter((part) => part !== '')
    .map(parseRange)
    .filter((range): range is Range => range !== undefined);

export const contains = (range: Range, cell: Cell): boolean =>
  cell.row >= range.top && cell.row <= range.bottom && cell.column >= range.left && cell.column <= range.right;

export const overlaps = (a: Range, b: Range): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
