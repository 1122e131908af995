import { columnLetters } from '../../excel/cells';

/**
 * A1 references as SpreadsheetML writes them: 1-based rows and columns, "$" for absolute parts.
 * Excel's grid is 1,048,576 rows by 16,384 columns (XFD).
 */

export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

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
export const columnNumber = (letters: string): number => {
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) {
    const code = letters.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) return 0;
    n = n * 26 + code - 64;
  }
  return n;
};

/** 1 → "A". */
const columnName = (column: number): string => columnLetters(column - 1);

export const cellName = (cell: Cell): string => `${columnName(cell.column)}${cell.row}`;

export const rangeName = (range: Range): string => {
  const start = cellName({ row: range.top, column: range.left });
  return range.top === range.bottom && range.left === range.right ? start : `${start}:${cellName({ row: range.bottom, column: range.right })}`;
};

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** "B7" or "$B$7" → {row 7, column 2}; undefined for anything else or beyond the grid. */
export const parseCell = (text: string): Cell | undefined => {
  const match = CELL.exec(text.trim());
  if (!match) return undefined;
  const column = columnNumber(match[1] ?? '');
  const row = Number(match[2]);
  return row >= 1 && row <= MAX_ROW && column >= 1 && column <= MAX_COLUMN ? { row, column } : undefined;
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

/** Quotes a sheet name for a formula where it needs it: "Blad1" stays, "Stand van zaken" → "'Stand van zaken'". */
export const quoteSheetName = (name: string): string =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^R[0-9]*C[0-9]*$/i.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
