/**
 * A1 notation, as Excel writes cell addresses and sheet names in formulas: one home for every
 * reader that speaks it (the Excel host, the simulator, the .xlsx reader). Columns here are
 * 0-based, as Office.js's `getRangeByIndexes` counts them.
 */

/** Excel's grid: 1,048,576 rows by 16,384 columns (XFD). */
export const MAX_SHEET_ROWS = 1_048_576;
export const MAX_SHEET_COLUMNS = 16_384;

/** 0 → "A", 25 → "Z", 26 → "AA". */
export const columnLetters = (column: number): string => {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
};

/**
 * A 0-based area as Excel writes its address: "D6", "D6:D7" ("$D$6:$D$7" when `absolute`).
 * Structural, so the Excel host's, the grid's and the simulator's areas all fit.
 */
export const areaAddress = (
  area: { readonly row: number; readonly column: number; readonly rowCount: number; readonly columnCount: number },
  absolute = false,
): string => {
  const d = absolute ? '$' : '';
  const one = (r: number, c: number) => `${d}${columnLetters(c)}${d}${r + 1}`;
  const start = one(area.row, area.column);
  return area.rowCount === 1 && area.columnCount === 1 ? start : `${start}:${one(area.row + area.rowCount - 1, area.column + area.columnCount - 1)}`;
};

/** "A" → 0, "xfd" → 16383; -1 for what is not a column's letters. */
export const columnIndex = (letters: string): number => {
  if (letters === '') return -1;
  let n = 0;
  for (let i = 0; i < letters.length; i += 1) {
    const code = letters.charCodeAt(i) & ~0x20; // upper case
    if (code < 65 || code > 90) return -1;
    n = n * 26 + code - 64;
  }
  return n - 1;
};

const CELL = /^\$?([A-Za-z]{1,3})\$?([0-9]{1,7})$/;

/** "B7" or "$B$7" → row 6, column 1 (0-based); undefined for anything else or beyond Excel's grid. */
export const parseCellAddress = (text: string): { readonly row: number; readonly column: number } | undefined => {
  const match = CELL.exec(text);
  if (!match) return undefined;
  const column = columnIndex(match[1] ?? '');
  const row = Number(match[2]) - 1;
  return row >= 0 && row < MAX_SHEET_ROWS && column >= 0 && column < MAX_SHEET_COLUMNS ? { row, column } : undefined;
};

/**
 * A sheet name as a formula needs it: as it is where Excel would read it as a name ("Blad1"),
 * quoted with its quotes doubled where it has spaces or punctuation, starts with a digit, or
 * could be read as a cell ("A1", "R1C1") — "Stand van zaken" → "'Stand van zaken'".
 */
export const quoteSheet = (name: string): string =>
  /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^R[0-9]*C[0-9]*$/i.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
