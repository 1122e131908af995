/**
 * What a host reads out of a document, before core interprets it: the body as one ordered
 * sequence of blocks, paragraphs and tables interleaved as they stand. Word, Excel, the .docx and
 * .xlsx readers and the seed's structured source (`seeds/stand-van-zaken.json`) all produce this
 * one shape, so what a merged cell or a heading between two tables means is decided once, here in
 * core, not in each reader.
 *
 * Text is handed over as the reader of the document sees it (see `sourceText`): manual line
 * breaks and tabs are white space, hidden text and text deleted under track changes are gone,
 * fields read as their result, list numbering drawn by the application ("4.2.1.") is part of the
 * paragraph's text. Each host keeps its own map from these indices back to its objects.
 */

/** The text of one cell: its paragraphs (Word) or its lines (Excel), in order. */
export type CellText = readonly string[];

/** How a paragraph outside the tables is set: what makes a section heading written between tables. */
export type Emphasis = 'heading-style' | 'bold';

export interface SourceParagraph {
  readonly kind: 'paragraph';
  readonly text: string;
  /** A Heading (outline level) style, or bold throughout; absent: body text. */
  readonly emphasis?: Emphasis;
}

/**
 * A cell that begins in its row. Its grid column is implied, as in an HTML table: the first grid
 * column at or after the previous cell's end (and the row's `gridBefore`) that no cell merged down
 * from a row above still covers.
 */
export interface SourceCell {
  readonly paragraphs: CellText;
  /** Grid columns the cell covers (merged across, w:gridSpan, an Excel merged area); 1 when absent. */
  readonly columnSpan?: number;
  /** Rows the cell covers, its own and those below (merged down, w:vMerge, an Excel merged area); 1 when absent. */
  readonly rowSpan?: number;
}

export interface SourceRow {
  /** Empty grid columns before the first cell (w:gridBefore); 0 when absent. */
  readonly gridBefore?: number;
  /** The cells that begin in this row, left to right; cells merged down from above are not repeated. */
  readonly cells: readonly SourceCell[];
}

export interface SourceTable {
  readonly kind: 'table';
  readonly rows: readonly SourceRow[];
}

export type Block = SourceParagraph | SourceTable;

export interface SourceDocument {
  /** The body, top to bottom. Excel: the table found on the sheet and the cells around it. */
  readonly blocks: readonly Block[];
  /** The document has tracked changes; its text is read as if they were all accepted. */
  readonly trackedChanges?: boolean;
  /**
   * The host read that the document (in Excel: the sheet holding the table) is protected against
   * editing, so a fix would be refused: the pane says so before anyone clicks. Absent where the
   * host cannot tell; the first refused write tells then.
   */
  readonly protected?: boolean;
}

/**
 * A cell by its block (a table), its row in `SourceTable.rows`, and the grid column where it
 * begins (a merged cell: its first column, in the row where it begins). Without a column: the row.
 */
export interface CellLocation {
  readonly block: number;
  readonly row: number;
  readonly column?: number;
}

/** A paragraph block: a section heading between tables, the date stamp. */
export interface ParagraphLocation {
  readonly block: number;
}

export type Location = CellLocation | ParagraphLocation;

export const isCellLocation = (location: Location): location is CellLocation => 'row' in location;

/** The text of a cell as one string: paragraphs joined by a newline. */
export const cellString = (cell: CellText | undefined): string =>
  !cell || cell.length === 0 ? '' : cell.length === 1 ? (cell[0] ?? '') : cell.join('\n');

const NON_SPACE = /\S/;

/** True when a cell holds nothing but white space. */
export const isBlankCell = (cell: CellText | undefined): boolean => !cell || !cell.some((p) => NON_SPACE.test(p));

export const isTable = (block: Block | undefined): block is SourceTable => block?.kind === 'table';

/** Builders for hosts, fixtures and tests: a paragraph, a cell, a table. */
export const paragraph = (text: string, emphasis?: Emphasis): SourceParagraph =>
  emphasis ? { kind: 'paragraph', text, emphasis } : { kind: 'paragraph', text };

export const sourceCell = (paragraphs: CellText, columnSpan = 1, rowSpan = 1): SourceCell => ({
  paragraphs,
  ...(columnSpan > 1 ? { columnSpan } : {}),
  ...(rowSpan > 1 ? { rowSpan } : {}),
});

/**
 * A table from rows of cell texts, the way a plain table is written down: a row with one cell in
 * a table whose other rows have more is one cell merged across the width (a heading row).
 */
export const simpleTable = (rows: readonly (readonly CellText[])[]): SourceTable => {
  const width = Math.max(1, ...rows.map((row) => row.length));
  return {
    kind: 'table',
    rows: rows.map((row) => ({
      cells: row.length === 1 && width > 1 ? [sourceCell(row[0] ?? [''], width)] : row.map((cell) => sourceCell(cell)),
    })),
  };
};
