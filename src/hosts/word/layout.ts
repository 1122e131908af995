import {
  paragraph as paragraphBlock,
  simpleTable,
  sourceCell,
  type Block,
  type CellText,
  type Emphasis,
  type SourceDocument,
  type SourceTable,
} from '../../core/document';
import { JOIN_ROWS, readStatusTable } from '../../core/model';
import { sourceText } from '../../core/text';
import type { RowShape } from './structure';

/*
 * The Word host reads a document in pieces (see read.ts): the body's top-level tables in order,
 * each first only as far as its first rows, and the paragraphs between them ("gaps"). This file
 * turns those pieces, once loaded, into core's SourceDocument and back: plain data, no Office.js.
 *
 * Blocks are numbered as every reader numbers them: gap 0's paragraphs, table 0, gap 1's
 * paragraphs, table 1, …, the last gap's paragraphs. A table that is no part of the status table
 * is handed over with its first rows only: those decide that it is no part (core's JOIN_ROWS).
 */

/** A paragraph as Word reports it, before it becomes a block of the reader's text. */
export interface ParagraphRead {
  /** `Paragraph.text` (or the accepted text, `getReviewedText('Current')`, where changes are tracked). */
  readonly text: string;
  /** `Paragraph.tableNestingLevel`: 0 outside tables. */
  readonly level: number;
  /** `Paragraph.styleBuiltIn`: "Heading1" … for Word's own heading styles. */
  readonly styleBuiltIn?: string;
  /** `Paragraph.style`: the style's name, to set a new heading paragraph in the same style. */
  readonly style?: string;
  /** `Paragraph.font.bold`: true, false, or null where mixed. */
  readonly bold?: boolean | null;
  /** `listItem.listString`: the number Word draws in front of the text, where it is a list item. */
  readonly listString?: string;
}

/** The paragraphs between two top-level tables (or before the first, after the last). */
export interface GapRead {
  readonly paragraphs: readonly ParagraphRead[];
  /** False where only the first paragraphs were read and more may follow before the next table. */
  readonly complete: boolean;
}

/** A top-level table as read: its first rows always, its rows whole where it was read whole. */
export interface TableRead {
  readonly rowCount: number;
  /** Each of the first JOIN_ROWS rows' cells, as `TableRow.values` gives them. */
  readonly firstRows: readonly (readonly string[])[];
  /** Every row, each cell's paragraphs in the reader's text, where the table was read whole. */
  readonly rows?: readonly (readonly CellText[])[];
  /** Where its cells are merged (from its OOXML), where that was read; one entry per row and cell of `rows`. */
  readonly shape?: readonly RowShape[];
}

export interface LayoutRead {
  readonly tables: readonly TableRead[];
  /** `tables.length + 1` gaps: before the first table, between each two, after the last. */
  readonly gaps: readonly GapRead[];
  /** False when there may be top-level tables after the last one read. */
  readonly allTables: boolean;
  readonly trackedChanges: boolean;
}

/**
 * Word's mark of a comment's place: Word's text holds one U+0005 where a comment is anchored, by
 * design (OfficeDev/office-js#2114, for `Body.text`; that `Paragraph.text` and `values` hold it too
 * is not documented, and nothing a reader sees is lost by dropping it). The pane places comments
 * on the cells it flags, so without this a second check would read "JenV\u0005".
 */
const COMMENT_MARK = /\u0005/g;

/** A paragraph's text as the reader of the document sees it: list number first, breaks and tabs as spaces, comment marks gone. */
export const readerText = (p: Pick<ParagraphRead, 'text' | 'listString'>): string => {
  const text = p.text.replace(COMMENT_MARK, '');
  return sourceText(p.listString ? `${p.listString}\t${text}` : text);
};

/** How a paragraph outside the tables is set: a Heading style (Word's built-in ones), or bold throughout. */
export const emphasisOf = (p: ParagraphRead): Emphasis | undefined => {
  if (p.styleBuiltIn && /^Heading[1-9]$/.test(p.styleBuiltIn)) return 'heading-style';
  return p.bold === true && p.text.trim() !== '' ? 'bold' : undefined;
};

/**
 * A cell's paragraphs from its `values` string: Word joins a cell's paragraphs with a paragraph
 * mark there (CR in the simulator; the separator is not documented, so a line feed is taken too,
 * and the count is checked against the table's paragraphs before it is trusted).
 */
export const cellParagraphs = (value: string): string[] => value.split(/\r\n?|\n/);

/** How many paragraphs `values` says a table holds, cell by cell, row by row. */
export const paragraphCount = (values: readonly (readonly string[])[]): number =>
  values.reduce((n, row) => row.reduce((m, cell) => m + cellParagraphs(cell).length, n), 0);

/**
 * A table's rows in the reader's text: each cell's paragraphs from `values`, with the list number
 * of each paragraph that has one (`listStrings`, the table's paragraphs in order), or undefined
 * when the two do not line up (a table nested in a cell, an unexpected separator).
 */
export const tableRows = (
  values: readonly (readonly string[])[],
  listStrings: readonly (string | undefined)[],
  accepted?: readonly string[],
): CellText[][] | undefined => {
  if (paragraphCount(values) !== listStrings.length || (accepted && accepted.length !== listStrings.length)) return undefined;
  let at = 0;
  return values.map((row) =>
    row.map((cell) =>
      cellParagraphs(cell).map((text) => {
        const i = at;
        at += 1;
        const listString = listStrings[i];
        return readerText({ text: accepted?.[i] ?? text, ...(listString ? { listString } : {}) });
      }),
    ),
  );
};

const firstRowsTable = (table: TableRead): SourceTable => simpleTable(table.firstRows.map((row) => row.map((cell) => cellParagraphs(cell).map((text) => readerText({ text })))));

/**
 * A table's rows with their merges: a cell merged across covers its grid columns, a cell merged
 * down covers the rows it continues into (those rows' empty `values` entries are its, not cells
 * of their own), as core's SourceTable says it and the .docx reader reads it. Undefined where the
 * outline and `values` do not list the same cells.
 */
export const shapedTable = (rows: readonly (readonly CellText[])[], shape: readonly RowShape[]): SourceTable | undefined => {
  if (shape.length !== rows.length || shape.some((s, r) => s.cells.length !== rows[r]?.length)) return undefined;
  const columns = shape.map((s) => {
    let column = s.gridBefore;
    return s.cells.map((cell) => {
      const at = column;
      column += cell.columnSpan;
      return at;
    });
  });
  const rowSpan = (r: number, column: number): number => {
    let span = 1;
    for (let below = r + 1; below < shape.length; below += 1) {
      const i = columns[below]?.indexOf(column) ?? -1;
      if (i < 0 || shape[below]?.cells[i]?.verticalMerge !== 'continue') break;
      span += 1;
    }
    return span;
  };
  return {
    kind: 'table',
    rows: rows.map((row, r) => {
      const s = shape[r] as RowShape;
      return {
        ...(s.gridBefore > 0 ? { gridBefore: s.gridBefore } : {}),
        cells: row.flatMap((paragraphs, i) => {
          const cell = s.cells[i];
          if (!cell || cell.verticalMerge === 'continue') return [];
          return [sourceCell(paragraphs, cell.columnSpan, cell.verticalMerge === 'restart' ? rowSpan(r, columns[r]?.[i] ?? 0) : 1)];
        }),
      };
    }),
  };
};

/** A table block: whole where it was read whole (with its merges where its outline was read), else its first rows. */
const tableBlock = (table: TableRead): SourceTable => {
  if (!table.rows) return firstRowsTable(table);
  return (table.shape && shapedTable(table.rows, table.shape)) || simpleTable(table.rows);
};

const paragraphBlocks = (gap: GapRead | undefined): Block[] =>
  (gap?.paragraphs ?? []).filter((p) => p.level === 0).map((p) => paragraphBlock(readerText(p), emphasisOf(p)));

/** The document as read: gaps and tables interleaved. */
export const documentOf = (layout: LayoutRead): SourceDocument => {
  const blocks: Block[] = [...paragraphBlocks(layout.gaps[0])];
  layout.tables.forEach((table, t) => {
    blocks.push(tableBlock(table));
    blocks.push(...paragraphBlocks(layout.gaps[t + 1]));
  });
  return { blocks, ...(layout.trackedChanges ? { trackedChanges: true } : {}) };
};

/** Where a block stands in the layout: a table by its index among the top-level tables, or a gap's paragraph. */
export type BlockPlace = { readonly kind: 'table'; readonly table: number } | { readonly kind: 'paragraph'; readonly gap: number; readonly index: number };

/** Each block's place, in `documentOf`'s numbering; `index` counts the gap's paragraphs outside tables. */
export const blockPlaces = (layout: LayoutRead): BlockPlace[] => {
  const places: BlockPlace[] = [];
  const gapPlaces = (gap: number): void => {
    const count = (layout.gaps[gap]?.paragraphs ?? []).filter((p) => p.level === 0).length;
    for (let index = 0; index < count; index += 1) places.push({ kind: 'paragraph', gap, index });
  };
  gapPlaces(0);
  layout.tables.forEach((_, table) => {
    places.push({ kind: 'table', table });
    gapPlaces(table + 1);
  });
  return places;
};

/**
 * The top-level tables that make up the status table, by core's own reading of the document as far
 * as it is known: every table by its first rows (which is all core decides on, JOIN_ROWS), and each
 * gap by the paragraphs read of it. Where a gap was read only in part, the tables read whole are a
 * superset of the status table's: a part needs only headings or blank paragraphs before it, and
 * the paragraphs not read can only keep a table out, never let one in. Core decides again on the
 * document read whole.
 */
export const statusTables = (layout: LayoutRead): number[] => {
  const firstRowsOnly: LayoutRead = { ...layout, tables: layout.tables.map((table) => ({ rowCount: table.rowCount, firstRows: table.firstRows })) };
  const read = readStatusTable(documentOf(firstRowsOnly));
  if (!read.ok) return [];
  const places = blockPlaces(firstRowsOnly);
  return read.table.blocks.flatMap((b) => {
    const place = places[b];
    return place?.kind === 'table' ? [place.table] : [];
  });
};

/** JOIN_ROWS, for the reads that fetch a table's first rows. */
export const FIRST_ROWS = JOIN_ROWS;
