import { paragraph as paragraphBlock, simpleTable, type Location, type SourceDocument, type SourceTable } from '../../../src/core/document';

/**
 * The double's document: a body of blocks (paragraphs and tables); a table's cells hold blocks
 * again, so tables nest as in Word. Formatting is kept only as far as the host sets it.
 */
export interface ContentControlModel {
  tag: string;
  title: string;
}

export interface ParagraphModel {
  readonly kind: 'paragraph';
  text: string;
  /** A content control wrapping this paragraph. */
  contentControl?: ContentControlModel;
}

export interface CellModel {
  blocks: BlockModel[];
  bold: boolean;
}

export interface RowModel {
  cells: CellModel[];
}

export interface TableModel {
  readonly kind: 'table';
  rows: RowModel[];
}

export type BlockModel = ParagraphModel | TableModel;

/** Something that holds blocks: the document body or a cell. */
export interface ContainerModel {
  blocks: BlockModel[];
}

export interface DocumentModel extends ContainerModel {
  /** Bumped on every change, so the index below is rebuilt when needed. */
  version: number;
}

export const paragraph = (text: string): ParagraphModel => ({ kind: 'paragraph', text });

export const cell = (paragraphs: readonly string[]): CellModel => ({
  blocks: (paragraphs.length > 0 ? paragraphs : ['']).map(paragraph),
  bold: false,
});

export const table = (source: SourceTable): TableModel => ({
  kind: 'table',
  rows: source.rows.map((row) => ({ cells: row.cells.map((c) => cell(c.paragraphs)) })),
});

export const documentFrom = (doc: SourceDocument): DocumentModel => ({
  version: 0,
  blocks: doc.blocks.map((block) => (block.kind === 'table' ? table(block) : paragraph(block.text))),
});

/** Every paragraph of a container, depth first (a nested table's paragraphs included), with its table depth. */
export const paragraphsIn = (container: ContainerModel, level = 0): { paragraph: ParagraphModel; level: number }[] =>
  container.blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [{ paragraph: block, level }]
      : block.rows.flatMap((row) => row.cells.flatMap((c) => paragraphsIn(c, level + 1))),
  );

/** Every table of a container, depth first, with its nesting level (1: top level of the container). */
export const tablesIn = (container: ContainerModel, level = 1): { table: TableModel; level: number }[] =>
  container.blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? []
      : [{ table: block, level }, ...block.rows.flatMap((row) => row.cells.flatMap((c) => tablesIn(c, level + 1)))],
  );

/** The paragraphs of a container in document order: with `nested`, those of its tables (at any depth) too. */
export const paragraphModelsIn = (container: ContainerModel, nested: boolean, into: ParagraphModel[] = []): ParagraphModel[] => {
  for (const block of container.blocks) {
    if (block.kind === 'paragraph') into.push(block);
    else if (nested) for (const row of block.rows) for (const c of row.cells) paragraphModelsIn(c, true, into);
  }
  return into;
};

/** Every table of a container, depth first (as `tablesIn`, without the levels). */
export const tableModelsIn = (container: ContainerModel, into: TableModel[] = []): TableModel[] => {
  for (const block of container.blocks) {
    if (block.kind !== 'table') continue;
    into.push(block);
    for (const row of block.rows) for (const c of row.cells) tableModelsIn(c, into);
  }
  return into;
};

export const topTables = (doc: ContainerModel): TableModel[] =>
  doc.blocks.filter((block): block is TableModel => block.kind === 'table');

/** The texts of a cell's own paragraphs (not those of tables nested in it). */
export const cellTexts = (c: CellModel): string[] =>
  c.blocks.filter((block): block is ParagraphModel => block.kind === 'paragraph').map((p) => p.text);

/** Where things are: rebuilt from the model whenever its version changes. */
export interface DocumentIndex {
  readonly version: number;
  readonly paragraphLevel: Map<ParagraphModel, number>;
  readonly paragraphLocation: Map<ParagraphModel, Location>;
  readonly tableLevel: Map<TableModel, number>;
  readonly tableOfRow: Map<RowModel, TableModel>;
  readonly containerOfBlock: Map<BlockModel, ContainerModel>;
  readonly cellLocation: Map<CellModel, Location>;
  readonly rowLocation: Map<RowModel, Location>;
  readonly rowOfCell: Map<CellModel, RowModel>;
}

export const buildIndex = (doc: DocumentModel): DocumentIndex => {
  const index: DocumentIndex = {
    version: doc.version,
    paragraphLevel: new Map(),
    paragraphLocation: new Map(),
    tableLevel: new Map(),
    tableOfRow: new Map(),
    containerOfBlock: new Map(),
    cellLocation: new Map(),
    rowLocation: new Map(),
    rowOfCell: new Map(),
  };
  const walk = (container: ContainerModel, level: number, location: Location | undefined): void => {
    container.blocks.forEach((block) => {
      index.containerOfBlock.set(block, container);
      if (block.kind === 'paragraph') {
        index.paragraphLevel.set(block, level);
        if (location) index.paragraphLocation.set(block, location);
        return;
      }
      index.tableLevel.set(block, level + 1);
      block.rows.forEach((row) => {
        index.tableOfRow.set(row, block);
        row.cells.forEach((c) => {
          index.rowOfCell.set(c, row);
          walk(c, level + 1, undefined);
        });
      });
    });
  };
  walk(doc, 0, undefined);
  // Locations in SourceDocument coordinates: top-level blocks, their tables' rows and cells.
  doc.blocks.forEach((block, b) => {
    if (block.kind === 'paragraph') {
      index.paragraphLocation.set(block, { block: b });
      return;
    }
    block.rows.forEach((row, r) => {
      index.rowLocation.set(row, { block: b, row: r });
      row.cells.forEach((c, ci) => {
        const location = { block: b, row: r, column: ci };
        index.cellLocation.set(c, location);
        c.blocks.forEach((inner) => {
          if (inner.kind === 'paragraph') index.paragraphLocation.set(inner, location);
        });
      });
    });
  });
  return index;
};

/** The document as a host should read it: top-level blocks, each table cell with its own paragraphs. */
export const snapshotOf = (doc: DocumentModel): SourceDocument => ({
  blocks: doc.blocks.map((block) =>
    block.kind === 'paragraph' ? paragraphBlock(block.text) : simpleTable(block.rows.map((row) => row.cells.map(cellTexts))),
  ),
});

/** The top-level table at block `block`. */
export const tableAtBlock = (doc: ContainerModel, block: number): TableModel | undefined => {
  const found = doc.blocks[block];
  return found?.kind === 'table' ? found : undefined;
};
