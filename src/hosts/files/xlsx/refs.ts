import type { UnsafeKind } from '../errors';
import { MAX_ROW, parseRanges, rangeName, type Range } from './a1';

/**
 * Moving references along when rows are inserted on one sheet, as Excel does (a reference at or
 * below an inserted row moves down; a range that spans the insertion grows): in formulas
 * (cells, defined names, charts, conditional formats, data validations), in reference lists
 * (`sqref`), and in row numbers of anchors.
 *
 * Formulas are tokenised only as far as references need it (ECMA-376 Part 1, §18.17: the
 * formula grammar): strings, quoted and unquoted sheet names, external book indexes ([1]),
 * structured references (Table1[Col]), error values (#REF!), and function names (LOG10( is a
 * function, not cell LOG10) are told apart from A1 cells, areas, whole rows and whole columns.
 */

/** Rows inserted on one sheet: `count` new rows go before original row `row` (1-based). */
export interface Insertion {
  readonly row: number;
  readonly count: number;
}

export interface RowShift {
  /** The sheet the rows are inserted on, as the workbook names it. */
  readonly sheet: string;
  /** Ascending by row. */
  readonly insertions: readonly Insertion[];
  /** Every sheet's name in tab order: a 3-D reference (Blad1:Blad3!A1) covers the ones between. */
  readonly sheets: readonly string[];
}

/** How far original row `row` moves down. */
export const shiftOf = (shift: RowShift, row: number): number => {
  let moved = 0;
  for (const insertion of shift.insertions) {
    if (insertion.row > row) break;
    moved += insertion.count;
  }
  return moved;
};

/** Where original row `row` ends up. */
export const shiftRow = (shift: RowShift, row: number): number => row + shiftOf(shift, row);

export const sameSheet = (a: string, b: string): boolean => a.toLocaleUpperCase('en') === b.toLocaleUpperCase('en');

/** Something the shift cannot move safely: what it is and the reference as written. */
export interface Unsafe {
  readonly what: UnsafeKind | 'sheet-full';
  readonly ref: string;
}

export class UnsafeShift extends Error {
  readonly unsafe: Unsafe;

  constructor(unsafe: Unsafe) {
    super(`${unsafe.what}: ${unsafe.ref}`);
    this.unsafe = unsafe;
  }
}

/** A row number inside a formula: where its digits are, and whether it is absolute ($5). */
interface RowPart {
  readonly start: number;
  readonly end: number;
  readonly row: number;
  readonly absolute: boolean;
}

/** One reference in a formula. */
export interface FormulaRef {
  readonly start: number;
  readonly end: number;
  /** The sheet(s) it names; none: the sheet the formula is on. */
  readonly sheet?: string;
  readonly lastSheet?: string;
  readonly external: boolean;
  /** Its row numbers (none for whole columns); a range's second row is `rows[1]`. */
  readonly rows: readonly RowPart[];
}

const IDENT_CHAR = /[A-Za-z0-9_.\\?\u00C0-\uFFFF]/;
const SHEET_PREFIX = /([A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*)(?::([A-Za-z_\\\u00C0-\uFFFF][A-Za-z0-9_.\u00C0-\uFFFF]*))?!/y;
const AREA = /(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7})(?::(\$?)([A-Za-z]{1,3})(\$?)([0-9]{1,7}))?(?![A-Za-z0-9_.(!\[\\?\u00C0-\uFFFF])/y;
const ROWS = /(\$?)([0-9]{1,7}):(\$?)([0-9]{1,7})(?![A-Za-z0-9_.(!\[\\?\u00C0-\uFFFF])/y;
const COLUMNS = /\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}(?![A-Za-z0-9_.(!\[\\?\u00C0-\uFFFF])/y;
const IDENT = /[A-Za-z0-9_.\\?\u00C0-\uFFFF]+/y;
const ERROR_VALUE = /#(?:NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|UNKNOWN!|BUSY!)/iy;

/** Skips a bracketed part from `at` (the "["), nested brackets and '-escapes included; returns the index after it. */
const skipBrackets = (f: string, at: number): number => {
  let depth = 0;
  for (let i = at; i < f.length; i += 1) {
    const ch = f[i];
    if (ch === "'") i += 1;
    else if (ch === '[') depth += 1;
    else if (ch === ']') {
      depth -= 1;
      if (depth === 0) return i + 1;
    }
  }
  return f.length;
};

/** The references in a formula, left to right. */
export const formulaRefs = (f: string): FormulaRef[] => {
  const refs: FormulaRef[] = [];
  let i = 0;
  let external = false;

  /** Reads a reference at `at` after an optional sheet prefix; returns where it ends, or -1. */
  const readRef = (at: number, start: number, sheet: string | undefined, lastSheet: string | undefined): number => {
    AREA.lastIndex = at;
    const area = AREA.exec(f);
    if (area) {
      const rows: RowPart[] = [];
      const firstDigits = at + (area[1] ?? '').length + (area[2] ?? '').length + (area[3] ?? '').length;
      rows.push({ start: firstDigits, end: firstDigits + (area[4] ?? '').length, row: Number(area[4]), absolute: area[3] === '$' });
      if (area[8] !== undefined) {
        const secondDigits = AREA.lastIndex - area[8].length;
        rows.push({ start: secondDigits, end: AREA.lastIndex, row: Number(area[8]), absolute: area[7] === '$' });
      }
      refs.push({ start, end: AREA.lastIndex, external, rows, ...(sheet !== undefined ? { sheet } : {}), ...(lastSheet !== undefined ? { lastSheet } : {}) });
      return AREA.lastIndex;
    }
    ROWS.lastIndex = at;
    const whole = ROWS.exec(f);
    if (whole) {
      const first = at + (whole[1] ?? '').length;
      const second = ROWS.lastIndex - (whole[4] ?? '').length;
      const rows: RowPart[] = [
        { start: first, end: first + (whole[2] ?? '').length, row: Number(whole[2]), absolute: whole[1] === '$' },
        { start: second, end: ROWS.lastIndex, row: Number(whole[4]), absolute: whole[3] === '$' },
      ];
      refs.push({ start, end: ROWS.lastIndex, external, rows, ...(sheet !== undefined ? { sheet } : {}), ...(lastSheet !== undefined ? { lastSheet } : {}) });
      return ROWS.lastIndex;
    }
    COLUMNS.lastIndex = at;
    if (COLUMNS.exec(f)) return COLUMNS.lastIndex;
    return -1;
  };

  while (i < f.length) {
    const ch = f[i] as string;
    if (ch === '"') {
      i += 1;
      while (i < f.length) {
        if (f[i] === '"') {
          if (f[i + 1] === '"') i += 2;
          else {
            i += 1;
            break;
          }
        } else i += 1;
      }
      continue;
    }
    if (ch === "'") {
      // A quoted sheet name ('Stand van zaken'!A1, '[1]Blad1'!A1, 'Blad1:Blad3'!A1).
      let j = i + 1;
      let name = '';
      while (j < f.length) {
        if (f[j] === "'") {
          if (f[j + 1] === "'") {
            name += "'";
            j += 2;
            continue;
          }
          break;
        }
        name += f[j];
        j += 1;
      }
      if (f[j] === "'" && f[j + 1] === '!') {
        const isExternal = external || name.includes('[') || name.includes(']');
        const colon = isExternal ? -1 : name.indexOf(':');
        const sheet = colon < 0 ? name.replace(/^.*\]/, '') : name.slice(0, colon);
        const lastSheet = colon < 0 ? undefined : name.slice(colon + 1);
        const saved = external;
        external = isExternal;
        const end = readRef(j + 2, i, sheet, lastSheet);
        external = saved;
        i = end < 0 ? j + 2 : end;
      } else i = j + 1;
      external = false;
      continue;
    }
    if (ch === '[') {
      const previous = i > 0 ? (f[i - 1] as string) : '';
      const end = skipBrackets(f, i);
      // After a name it is a structured reference; alone it is an external book's index.
      if (!IDENT_CHAR.test(previous)) external = true;
      i = end;
      continue;
    }
    if (ch === '{') {
      i = f.indexOf('}', i) < 0 ? f.length : f.indexOf('}', i) + 1;
      continue;
    }
    if (ch === '#') {
      ERROR_VALUE.lastIndex = i;
      i = ERROR_VALUE.exec(f) ? ERROR_VALUE.lastIndex : i + 1;
      continue;
    }
    const previous = i > 0 ? (f[i - 1] as string) : '';
    if (ch === '$' || IDENT_CHAR.test(ch)) {
      if (previous !== '' && (IDENT_CHAR.test(previous) || previous === '$')) {
        i += 1;
        continue;
      }
      SHEET_PREFIX.lastIndex = i;
      const prefix = SHEET_PREFIX.exec(f);
      if (prefix) {
        const end = readRef(SHEET_PREFIX.lastIndex, i, prefix[1], prefix[2]);
        i = end < 0 ? SHEET_PREFIX.lastIndex : end;
        external = false;
        continue;
      }
      const end = readRef(i, i, undefined, undefined);
      if (end >= 0) {
        external = false;
        i = end;
        continue;
      }
      IDENT.lastIndex = i;
      i = IDENT.exec(f) ? IDENT.lastIndex : i + 1;
      external = false;
      continue;
    }
    i += 1;
  }
  return refs;
};

/** Where a formula is used: the sheet it is on, and for a formula shared over cells, its anchor cell and the ranges it covers. */
export interface FormulaPlace {
  /** The sheet unqualified references point at; undefined for a workbook-level name. */
  readonly sheet: string | undefined;
  /** Relative references count from this cell (a shared formula's master, a conditional format's first cell). */
  readonly anchor?: { readonly row: number };
  readonly ranges?: readonly Range[];
  /** What to call a formula whose relative references cannot follow the shift. */
  readonly relativeKind?: UnsafeKind;
}

const refersToShifted = (ref: FormulaRef, shift: RowShift, place: FormulaPlace): boolean => {
  if (ref.external) return false;
  if (ref.sheet === undefined) return place.sheet !== undefined && sameSheet(place.sheet, shift.sheet);
  if (ref.lastSheet === undefined) return sameSheet(ref.sheet, shift.sheet);
  const first = shift.sheets.findIndex((s) => sameSheet(s, ref.sheet ?? ''));
  const last = shift.sheets.findIndex((s) => sameSheet(s, ref.lastSheet ?? ''));
  const target = shift.sheets.findIndex((s) => sameSheet(s, shift.sheet));
  if (first < 0 || last < 0 || target < Math.min(first, last) || target > Math.max(first, last)) return false;
  throw new UnsafeShift({ what: 'multi-sheet-reference', ref: `${ref.sheet}:${ref.lastSheet}` });
};

/**
 * Whether a relative row reference, used over `ranges` counting from `anchor`, keeps pointing at
 * the same cells for every cell it is used in: the cell and the cell it refers to must move by
 * the same amount throughout (both above, both below, or straddling alike).
 */
const relativeHolds = (shift: RowShift, hostShifted: boolean, row: number, anchor: number, ranges: readonly Range[]): boolean => {
  const offset = row - anchor;
  const moves = (r: number): number => shiftOf(shift, r + offset) - (hostShifted ? shiftOf(shift, r) : 0);
  const expected = moves(anchor);
  for (const range of ranges) {
    const candidates = [range.top, range.bottom];
    for (const { row: at } of shift.insertions) candidates.push(at - 1, at, at - offset - 1, at - offset);
    for (const r of candidates) if (r >= range.top && r <= range.bottom && moves(r) !== expected) return false;
  }
  return true;
};

/**
 * The formula with its references to the shifted sheet moved; the same string when none moves.
 * Throws UnsafeShift for what cannot move safely.
 */
export const shiftFormula = (formula: string, shift: RowShift, place: FormulaPlace): string => {
  const refs = formulaRefs(formula);
  if (refs.length === 0) return formula;
  const hostShifted = place.sheet !== undefined && sameSheet(place.sheet, shift.sheet);
  let out = '';
  let at = 0;
  for (const ref of refs) {
    if (ref.rows.length === 0 || !refersToShifted(ref, shift, place)) continue;
    if (place.anchor && place.ranges) {
      for (const part of ref.rows) {
        if (!part.absolute && !relativeHolds(shift, hostShifted, part.row, place.anchor.row, place.ranges)) {
          throw new UnsafeShift({ what: place.relativeKind ?? 'relative-formula', ref: formula.slice(ref.start, ref.end) });
        }
      }
    }
    ref.rows.forEach((part, index) => {
      let moved = shiftRow(shift, part.row);
      if (moved > MAX_ROW) {
        // The end of a range that reaches Excel's last row stays there, as in Excel.
        if (index === 1 && ref.rows.length === 2) moved = MAX_ROW;
        else throw new UnsafeShift({ what: 'sheet-full', ref: formula.slice(ref.start, ref.end) });
      }
      if (moved === part.row) return;
      out += formula.slice(at, part.start) + String(moved);
      at = part.end;
    });
  }
  return at === 0 ? formula : out + formula.slice(at);
};

/** A range moved: each edge where its row goes (a range spanning an insertion grows). */
export const shiftRange = (shift: RowShift, range: Range): Range => {
  const top = shiftRow(shift, range.top);
  const bottom = Math.min(shiftRow(shift, range.bottom), MAX_ROW);
  if (top > MAX_ROW) throw new UnsafeShift({ what: 'sheet-full', ref: rangeName(range) });
  return { ...range, top, bottom };
};

/** A space-separated list of ranges (sqref) moved; undefined when nothing moves or it does not parse. */
export const shiftSqref = (shift: RowShift, text: string): string | undefined => {
  const parts = text.trim().split(/\s+/).filter((p) => p !== '');
  const ranges = parseRanges(text);
  if (ranges.length !== parts.length || ranges.length === 0) return undefined;
  const moved = ranges.map((r) => shiftRange(shift, r));
  if (moved.every((r, i) => r.top === ranges[i]?.top && r.bottom === ranges[i]?.bottom)) return undefined;
  return moved.map(rangeName).join(' ');
};
