import { cellString, type CellText, type RawRow } from './document';
import { squash } from './text';

/** The four standard columns, in their standard order. */
export const COLUMN_KEYS = ['maatregel', 'standVanZaken', 'planning', 'trekker'] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

/** The names as the standard document spells them. */
export const COLUMN_NAMES: Readonly<Record<ColumnKey, string>> = {
  maatregel: 'Ondersteuningsmaatregel',
  standVanZaken: 'Stand van zaken',
  planning: 'Planning',
  trekker: 'Trekker',
};

/**
 * Folds a header cell to a comparable key: case, hyphenation across a line break
 * ("Ondersteunings- maatregel"), white space and a trailing colon do not matter.
 */
const foldHeader = (text: string): string =>
  squash(text)
    .toLowerCase()
    .replace(/-\s+/g, '')
    .replace(/[\s:.]+/g, '');

const HEADER_FORMS: Readonly<Record<ColumnKey, readonly string[]>> = {
  // The plural is how the header is written in some copies; in a data row it is a measure's title.
  maatregel: ['ondersteuningsmaatregel', 'ondersteuningsmaatregelen', 'maatregel', 'maatregelen'],
  standVanZaken: ['standvanzaken', 'stand'],
  planning: ['planning'],
  trekker: ['trekker', 'trekkers'],
};

const MAX_HEADER_TEXT = 40;

/** Which standard column a header cell names, if any. */
export const recogniseColumn = (cell: CellText | string): ColumnKey | undefined => {
  const raw = typeof cell === 'string' ? cell : cellString(cell);
  // Header names are short; a status paragraph is not worth normalising to find that out.
  if (raw.length > MAX_HEADER_TEXT) return undefined;
  const folded = foldHeader(raw);
  return COLUMN_KEYS.find((key) => HEADER_FORMS[key].includes(folded));
};

export interface HeaderColumns {
  /** Cell index of each standard column that the header names. */
  readonly index: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Header cells that name no standard column. */
  readonly unknown: readonly { readonly cell: number; readonly text: string }[];
  /** How many cells named a standard column. */
  readonly recognised: number;
}

export const mapHeader = (row: RawRow): HeaderColumns => {
  const index: Partial<Record<ColumnKey, number>> = {};
  const keys = row.map(recogniseColumn);
  keys.forEach((key, i) => {
    if (key && index[key] === undefined) index[key] = i;
  });
  const recognised = Object.keys(index).length;
  // Only a header row's other cells are "unknown columns"; a data row's texts are not worth folding.
  const unknown =
    recognised < MIN_HEADER_COLUMNS
      ? []
      : row
          .map((cell, i) => ({ cell: i, text: squash(cellString(cell)) }))
          .filter(({ cell, text }) => text !== '' && !(keys[cell] && index[keys[cell]] === cell));
  return { index, unknown, recognised };
};

/**
 * A header row names at least two standard columns: enough to tell it from a measure titled
 * "Ondersteuningsmaatregelen", few enough that a table missing a column is still recognised
 * (and then reported as missing that column).
 */
export const MIN_HEADER_COLUMNS = 2;

export const isHeaderRow = (row: RawRow): boolean => mapHeader(row).recognised >= MIN_HEADER_COLUMNS;
