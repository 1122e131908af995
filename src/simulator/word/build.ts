import {
  paragraph as sourceParagraph,
  sourceCell,
  type CellLocation,
  type Location,
  type SourceCell,
  type SourceDocument,
  type SourceRow,
  type SourceTable,
} from '../../core/document';
import { resolveGrid } from '../../core/tableGrid';
import { sourceText } from '../../core/text';
import {
  cellNode,
  displayText,
  emptyDocument,
  flatBlocks,
  gridColumnOf,
  paragraphNode,
  type CellNode,
  type Container,
  type ParagraphNode,
  type RowNode,
  type Selected,
  type TableNode,
  type WordDocument,
} from './model';

/**
 * Between the simulated Word document and core's `SourceDocument`: building a document from one
 * (the seed, a synthetic table, a test's fixture) and reading one back as the truth a host's read
 * is compared with. Content controls are opened up: their paragraphs and tables count as blocks
 * of the body where they stand.
 */

/** A SourceTable as Word rows: a cell merged down becomes a `restart` cell and `continue` cells below it. */
export const tableNodeFrom = (source: SourceTable): TableNode => {
  const grid = resolveGrid(source);
  const rows: RowNode[] = source.rows.map((row: SourceRow, r) => {
    const cells: CellNode[] = [];
    const covering = grid.cover[r] ?? [];
    let column = row.gridBefore ?? 0;
    while (column < grid.width) {
      const placed = covering[column];
      if (!placed) {
        // Nothing here: the row ends early (a ragged row), or a later cell begins further on.
        const next = covering.findIndex((cell, c) => c > column && cell !== undefined);
        if (next < 0) break;
        column = next;
        continue;
      }
      if (placed.row === r) {
        const made = cellNode(placed.paragraphs, placed.columnSpan);
        if (placed.rowSpan > 1) made.verticalMerge = 'restart';
        cells.push(made);
      } else {
        cells.push({ ...cellNode([''], placed.columnSpan), verticalMerge: 'continue' });
      }
      column += placed.columnSpan;
    }
    return { cells, ...(row.gridBefore ? { gridBefore: row.gridBefore } : {}) };
  });
  return { kind: 'table', rows, style: 'Table Grid' };
};

/** A Word document holding `source`'s blocks: plain paragraphs (a heading-style one in "Heading 1", a bold one bold) and tables. */
export const wordDocumentFrom = (source: SourceDocument): WordDocument => {
  const doc = emptyDocument();
  doc.body.blocks = source.blocks.map((block) =>
    block.kind === 'table'
      ? tableNodeFrom(block)
      : paragraphNode(block.text, {
          ...(block.emphasis === 'heading-style' ? { style: 'Heading 1' } : {}),
          ...(block.emphasis === 'bold' ? { bold: true } : {}),
        }),
  );
  return doc;
};

/** The text of a paragraph as every host must hand it to core. */
const readerText = (p: ParagraphNode): string => sourceText(displayText(p));

const emphasisOf = (p: ParagraphNode): 'heading-style' | 'bold' | undefined => {
  if (/^Heading[1-9]$/.test(p.styleBuiltIn)) return 'heading-style';
  const visible = p.runs.filter((r) => r.revision?.kind !== 'deleted' && r.text.trim() !== '');
  return visible.length > 0 && visible.every((r) => r.bold) ? 'bold' : undefined;
};

/** A cell's own paragraphs, as a reader sees them (those of a table nested in it are not the cell's). */
const cellTexts = (cell: Container): string[] =>
  flatBlocks(cell)
    .filter((b): b is ParagraphNode => b.kind === 'paragraph')
    .map(readerText);

/** Rows a `restart` cell covers: itself and the `continue` cells under it. */
const rowSpanOf = (table: TableNode, r: number, column: number): number => {
  let span = 1;
  for (let below = r + 1; below < table.rows.length; below += 1) {
    const row = table.rows[below] as RowNode;
    const under = row.cells.find((c) => gridColumnOf(row, c) === column);
    if (under?.verticalMerge !== 'continue') break;
    span += 1;
  }
  return span;
};

const sourceTable = (table: TableNode): SourceTable => ({
  kind: 'table',
  rows: table.rows.map((row, r) => ({
    ...(row.gridBefore ? { gridBefore: row.gridBefore } : {}),
    cells: row.cells
      .filter((c) => c.verticalMerge !== 'continue')
      .map((c): SourceCell => sourceCell(cellTexts(c), c.columnSpan, c.verticalMerge === 'restart' ? rowSpanOf(table, r, gridColumnOf(row, c)) : 1)),
  })),
});

/** The document as every reader should hand it to core: the truth a host's read is held to. */
export const sourceDocumentOf = (doc: WordDocument): SourceDocument => ({
  blocks: flatBlocks(doc.body).map((block) => {
    if (block.kind === 'table') return sourceTable(block);
    const emphasis = emphasisOf(block);
    return sourceParagraph(readerText(block), emphasis);
  }),
  ...(hasTrackedChanges(doc) ? { trackedChanges: true } : {}),
});

export const hasTrackedChanges = (doc: WordDocument): boolean =>
  flatBlocks(doc.body).some((block) =>
    block.kind === 'paragraph'
      ? block.runs.some((r) => r.revision)
      : block.rows.some((row) => row.cells.some((cell) => cellParagraphs(cell).some((p) => p.runs.some((r) => r.revision)))),
  );

const cellParagraphs = (cell: Container): ParagraphNode[] =>
  flatBlocks(cell).flatMap((b) => (b.kind === 'paragraph' ? [b] : b.rows.flatMap((row) => row.cells.flatMap(cellParagraphs))));

/** The top-level block (in `sourceDocumentOf`'s numbering) and place of a selected node, if it is one a Location can name. */
export const locationOf = (doc: WordDocument, selected: Selected | undefined): Location | undefined => {
  if (!selected) return undefined;
  const blocks = flatBlocks(doc.body);
  const inTable = (find: (table: TableNode) => CellLocation | undefined): Location | undefined => {
    for (const [b, block] of blocks.entries()) {
      if (block.kind !== 'table') continue;
      const found = find(block);
      if (found) return { ...found, block: b };
    }
    return undefined;
  };
  switch (selected.kind) {
    case 'paragraph': {
      const b = blocks.indexOf(selected.node);
      if (b >= 0) return { block: b };
      // A paragraph in a cell: the cell it is in.
      return inTable((table) => {
        for (const [r, row] of table.rows.entries()) {
          for (const cell of row.cells) {
            if (flatBlocks(cell).includes(selected.node)) return { block: -1, row: r, column: gridColumnOf(row, cell) };
          }
        }
        return undefined;
      });
    }
    case 'row':
      return inTable((table) => {
        const r = table.rows.indexOf(selected.node);
        return r >= 0 ? { block: -1, row: r } : undefined;
      });
    case 'cell':
      return inTable((table) => {
        for (const [r, row] of table.rows.entries()) {
          if (row.cells.includes(selected.node)) return { block: -1, row: r, column: gridColumnOf(row, selected.node) };
        }
        return undefined;
      });
    case 'table': {
      const b = blocks.indexOf(selected.node);
      return b >= 0 ? { block: b } : undefined;
    }
    default:
      return undefined;
  }
};
