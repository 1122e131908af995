import { cellString, type CellText } from './document';
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
/** The first letters of the header forms (after white space and invisible marks): a quick no for other cells. */
const HEADER_START = new RegExp(
  `^[\\s\\u00AD\\u200B-\\u200D\\uFEFF]*[${[...new Set(Object.values(HEADER_FORMS).flatMap((forms) => forms.map((f) => f[0] ?? '')))].map((c) => c + c.toUpperCase()).join('')}]`,
);

/** Which standard column a header cell names, if any. */
export const recogniseColumn = (cell: CellText | string): ColumnKey | undefined => {
  const raw = typeof cell === 'string' ? cell : cellString(cell);
  // Header names are short and start with one of a few letters; a status paragraph, a trekker
  // or a measure's title is not worth normalising to find that out (a 12,000-row sheet asks).
  if (raw.length > MAX_HEADER_TEXT || !HEADER_START.test(raw)) return undefined;
  const folded = foldHeader(raw);
  return COLUMN_KEYS.find((key) => HEADER_FORMS[key].includes(folded));
};

export interface HeaderColumns {
  /** Grid column where the header cell of each standard column that the header names begins. */
  readonly index: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Grid columns that header cell covers (a header cell may be merged across). */
  readonly span: Readonly<Partial<Record<ColumnKey, number>>>;
  /** Header cells that name no standard column, by the grid column where they begin. */
  readonly unknown: readonly { readonly column: number; readonly text: string }[];
  /** How many cells named a standard column. */
  readonly recognised: number;
}

/** A cell of a row with the grid column where it begins and how many it covers. */
export interface HeaderSlot {
  readonly paragraphs: CellText;
  readonly column: number;
  readonly columnSpan: number;
}

export const mapHeaderCells = (row: readonly HeaderSlot[]): HeaderColumns => {
  const index: Partial<Record<ColumnKey, number>> = {};
  const span: Partial<Record<ColumnKey, number>> = {};
  const keys = row.map((slot) => recogniseColumn(slot.paragraphs));
  keys.forEach((key, i) => {
    const slot = row[i];
    if (key && slot && index[key] === undefined) {
      index[key] = slot.column;
      span[key] = slot.columnSpan;
    }
  });
  const recognised = Object.keys(index).length;
  // Only a header row's other cells are "unknown columns"; a data row's texts are not worth folding.
  const unknown =
    recognised < MIN_HEADER_COLUMNS
      ? []
      : row
          .map((slot, i) => ({ column: slot.column, text: squash(cellString(slot.paragraphs)), key: keys[i] }))
          .filter(({ column, text, key }) => text !== '' && !(key && index[key] === column))
          .map(({ column, text }) => ({ column, text }));
  return { index, span, unknown, recognised };
};

/** A row of cells one grid column each (a sheet's row, a table without merges). */
export const mapHeader = (row: readonly CellText[]): HeaderColumns =>
  mapHeaderCells(row.map((paragraphs, column) => ({ paragraphs, column, columnSpan: 1 })));

/**
 * A header row names at least two standard columns: enough to tell it from a measure titled
 * "Ondersteuningsmaatregelen", few enough that a table missing a column is still recognised
 * (and then reported as missing that column).
 */
export const MIN_HEADER_COLUMNS = 2;

export const isHeaderRow = (row: readonly CellText[]): boolean => isHeader(mapHeader(row));

/** Whether a mapped row is a header row: the one test for it. */
export const isHeader = (columns: HeaderColumns): boolean => columns.recognised >= MIN_HEADER_COLUMNS;
