import { dateParts, isoDate, isValidDate, type ISODate } from '../../core/calendar';
import { parseCellAddress } from '../../core/a1';
import { formatDutchDate } from '../../core/datestamp';
import type { GridArea } from '../../core/grid';

/** Pure helpers for what Office.js hands us about cells: A1 addresses, date serials, number formats. */


/** The sheet name of a qualified address ("'Stand van zaken'!A1" → "Stand van zaken"), if any. */
export const splitSheet = (address: string): { sheet?: string; local: string } => {
  const bang = address.lastIndexOf('!');
  if (bang < 0) return { local: address.trim() };
  const raw = address.slice(0, bang).trim().replace(/^=/, '');
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, local: address.slice(bang + 1).trim() };
};

/** Parses "A1", "$B$2:$D$9" or "Sheet1!A1:D4" (whole rows/columns are not needed here). */
export const parseArea = (address: string): GridArea | undefined => {
  const [first, second] = splitSheet(address).local.split(':');
  const a = parseCellAddress(first ?? '');
  const b = parseCellAddress(second ?? first ?? '');
  if (!a || !b) return undefined;
  return {
    row: Math.min(a.row, b.row),
    column: Math.min(a.column, b.column),
    rowCount: Math.abs(b.row - a.row) + 1,
    columnCount: Math.abs(b.column - a.column) + 1,
  };
};

/** A RangeAreas address lists its areas with commas: "Sheet1!A2:D2, Sheet1!A9:D9". */
export const parseAreas = (address: string): GridArea[] =>
  (address.match(/(?:'[^']*(?:''[^']*)*'|[^,'])+/g) ?? [])
    .map((part) => parseArea(part))
    .filter((area): area is GridArea => area !== undefined);

// Excel's day 0 is 30 December 1899 (for every date after February 1900, which is all a stamp needs).
const EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

export const serialToIso = (serial: number): ISODate | undefined => {
  if (!Number.isFinite(serial) || serial < 61) return undefined;
  const d = new Date(EPOCH_MS + Math.floor(serial) * DAY_MS);
  const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
  return isValidDate(y, m, day) ? isoDate(y, m, day) : undefined;
};

export const isoToSerial = (date: ISODate): number => {
  const { year, month, day } = dateParts(date);
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_MS) / DAY_MS);
};

/**
 * Whether a number format shows a date: it has day, month-by-name or year codes outside quotes,
 * brackets and escapes ("d mmmm yyyy", "[$-nl-NL]d-m-jjjj" in a Dutch UI is given to us in
 * English codes). "General", "0.00" and "@" are not dates.
 */
export const isDateFormat = (format: unknown): boolean => {
  if (typeof format !== 'string') return false;
  const codes = format
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '')
    .toLowerCase();
  if (codes.includes('general')) return false;
  return /[dy]/.test(codes);
};

/** A cell as text, the way it reads in the grid: a date cell as a Dutch long date. */
export const cellText = (value: unknown, format: unknown): string => {
  if (typeof value === 'number') {
    const iso = isDateFormat(format) ? serialToIso(value) : undefined;
    return iso ? formatDutchDate(iso) : String(value);
  }
  if (typeof value === 'boolean') return value ? 'WAAR' : 'ONWAAR';
  if (value === null || value === undefined) return '';
  return String(value);
};

/** The lines of a cell: Excel's line breaks (Alt+Enter) are "\n". */
export const cellLines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n');
