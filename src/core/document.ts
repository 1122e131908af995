/**
 * What a host reads out of a document, before core interprets it.
 * Word, Excel and the file readers all produce this shape; the seed's structured source
 * (`seeds/stand-van-zaken.json`) has it too.
 */

/** The text of one cell: its paragraphs (Word) or its lines (Excel), in order. */
export type CellText = readonly string[];

/** One row as the host sees it: its cells, left to right. A row merged across the width has one cell. */
export type RawRow = readonly CellText[];

/** One table: its rows, top to bottom. Rows may be ragged (merged heading rows have fewer cells). */
export type RawTable = readonly RawRow[];

export interface RawDocument {
  /** Paragraphs before the first table (the title), if the host reads them. */
  readonly before?: readonly string[];
  /** Every table of the document (Word: the body; Excel: the blocks found on the sheet), in order. */
  readonly tables: readonly RawTable[];
  /** Paragraphs after the last table, in order: where the date stamp lives. */
  readonly after: readonly string[];
}

/**
 * A place in the host's document, in `RawDocument` coordinates: the host maps it back to its own
 * objects (a Word table cell, an Excel address, an OOXML element).
 */
export interface CellLocation {
  readonly table: number;
  readonly row: number;
  /** Cell index within the row as read (not the standard column index). Absent: the whole row. */
  readonly cell?: number;
}

/** A paragraph after the last table, by its index in `RawDocument.after`. */
export interface AfterLocation {
  readonly after: number;
}

export type Location = CellLocation | AfterLocation;

export const isCellLocation = (location: Location): location is CellLocation => 'table' in location;

/** The text of a cell as one string: paragraphs joined by a newline. */
export const cellString = (cell: CellText | undefined): string =>
  !cell || cell.length === 0 ? '' : cell.length === 1 ? (cell[0] ?? '') : cell.join('\n');

/** True when a cell holds nothing but white space. */
const NON_SPACE = /\S/;

export const isBlankCell = (cell: CellText | undefined): boolean => !cell || !cell.some((p) => NON_SPACE.test(p));
