/**
 * The simulated Word document: what a .docx body holds, as far as the RichApi can show it.
 *
 * - The body is a sequence of blocks: paragraphs, tables and block-level content controls
 *   (w:sdt around paragraphs and tables), interleaved as they stand. A table cell holds blocks
 *   again, so tables nest.
 * - A paragraph is runs of text. A run can be bold, and can be a tracked insertion or deletion.
 *   A paragraph has a style (its localized name and Word's built-in identity), the formatting of
 *   its paragraph mark (bold), and, in an automatically numbered list, the number Word draws
 *   ("4.2.1."), which is not part of its text.
 * - A table row lists its cells as w:tr lists w:tc: a cell merged across covers `columnSpan`
 *   grid columns; a cell merged down is a first cell marked `restart` and, in each row below,
 *   a cell marked `continue` in the same grid column (w:vMerge). `gridBefore` empty grid
 *   columns may open a row.
 * - Comments are anchored to a paragraph; the document may be protected, may track changes,
 *   and has a selection.
 *
 * Nothing here knows Office.js: `api.ts` exposes this model through the RichApi types.
 */

export type RevisionKind = 'inserted' | 'deleted';

export interface Run {
  text: string;
  bold?: boolean;
  /** A tracked change: text inserted or deleted while changes were tracked, not yet accepted. */
  revision?: { readonly kind: RevisionKind; readonly author: string };
}

/** Automatic list numbering, drawn by Word in front of the paragraph's text. */
export interface ListLabel {
  /** The number as Word shows it, e.g. "4.2.1.". */
  readonly listString: string;
  /** Zero-based list level. */
  readonly level: number;
}

export interface ParagraphNode {
  readonly kind: 'paragraph';
  runs: Run[];
  /** The style's name as the user sees it ("Normal", "Heading 1", "Kop 1" in Dutch Word). */
  style: string;
  /** Word's built-in style behind it ("Normal", "Heading1"), "Other" for a custom style. */
  styleBuiltIn: string;
  /** The paragraph mark's bold: what an empty paragraph's text would be set in. */
  markBold: boolean;
  list?: ListLabel;
}

export interface CellNode {
  blocks: BlockNode[];
  /** Grid columns the cell covers (w:gridSpan). */
  columnSpan: number;
  /** w:vMerge: the first cell of a vertical merge, or a cell continuing the one above. */
  verticalMerge?: 'restart' | 'continue';
}

export interface RowNode {
  cells: CellNode[];
  /** Empty grid columns before the first cell (w:gridBefore). */
  gridBefore?: number;
  /** A header row Word repeats on every page. */
  isHeader?: boolean;
}

export interface TableNode {
  readonly kind: 'table';
  rows: RowNode[];
  style: string;
}

export interface ContentControlNode {
  readonly kind: 'contentControl';
  readonly id: number;
  tag: string;
  title: string;
  cannotEdit: boolean;
  cannotDelete: boolean;
  blocks: BlockNode[];
}

export type BlockNode = ParagraphNode | TableNode | ContentControlNode;

/** Something that holds blocks: the body, a cell, a content control. */
export interface Container {
  blocks: BlockNode[];
}

export interface CommentNode {
  readonly id: string;
  readonly authorName: string;
  readonly authorEmail: string;
  content: string;
  resolved: boolean;
  readonly creationDate: string;
  /** The paragraph the comment is anchored to. */
  readonly paragraph: ParagraphNode;
  /** Replies under it, oldest first (https://learn.microsoft.com/javascript/api/word/word.comment#word-word-comment-replies-member). */
  replies?: CommentReplyNode[];
}

/** A reply to a comment (https://learn.microsoft.com/javascript/api/word/word.commentreply, WordApi 1.4). */
export interface CommentReplyNode {
  readonly id: string;
  readonly authorName: string;
  readonly authorEmail: string;
  content: string;
  readonly creationDate: string;
}

/** What `select()` last selected. */
export type Selected =
  | { readonly kind: 'paragraph'; readonly node: ParagraphNode }
  | { readonly kind: 'row'; readonly node: RowNode }
  | { readonly kind: 'cell'; readonly node: CellNode }
  | { readonly kind: 'table'; readonly node: TableNode }
  | { readonly kind: 'contentControl'; readonly node: ContentControlNode }
  | { readonly kind: 'paragraphs'; readonly nodes: readonly ParagraphNode[] };

/** Word's document protection (https://learn.microsoft.com/javascript/api/word/word.protectiontype). */
export type Protection = 'NoProtection' | 'AllowOnlyReading' | 'AllowOnlyComments' | 'AllowOnlyFormFields' | 'AllowOnlyRevisions';

export type ChangeTrackingMode = 'Off' | 'TrackAll' | 'TrackMineOnly';

export interface WordDocument {
  readonly body: Container;
  comments: CommentNode[];
  protection: Protection;
  changeTrackingMode: ChangeTrackingMode;
  selection: Selected | undefined;
  nextId: number;
  /** Bumped on every change, so derived indexes know to rebuild. */
  version: number;
}

export const run = (text: string, bold = false): Run => (bold ? { text, bold } : { text });

/** Word's built-in style identity for a style name, where the name is one Word ships. */
export const builtInStyleOf = (style: string): string => {
  const heading = /^(?:Heading|Kop) ([1-9])$/i.exec(style);
  if (heading) return `Heading${heading[1]}`;
  if (/^(Normal|Standaard)$/i.test(style)) return 'Normal';
  if (/^(Title|Titel)$/i.test(style)) return 'Title';
  return 'Other';
};

export const paragraphNode = (text: string, options: { style?: string; bold?: boolean; list?: ListLabel } = {}): ParagraphNode => {
  const style = options.style ?? 'Normal';
  return {
    kind: 'paragraph',
    runs: text === '' ? [] : [run(text, options.bold)],
    style,
    styleBuiltIn: builtInStyleOf(style),
    markBold: options.bold ?? false,
    ...(options.list ? { list: options.list } : {}),
  };
};

export const cellNode = (paragraphs: readonly string[], columnSpan = 1): CellNode => ({
  blocks: (paragraphs.length > 0 ? paragraphs : ['']).map((text) => paragraphNode(text)),
  columnSpan,
});

export const emptyDocument = (): WordDocument => ({
  body: { blocks: [] },
  comments: [],
  protection: 'NoProtection',
  changeTrackingMode: 'Off',
  selection: undefined,
  nextId: 1,
  version: 0,
});

/** What `Paragraph.text` returns: every run, tracked deletions included (OfficeDev/office-js#1267). */
export const rawText = (paragraph: ParagraphNode): string => paragraph.runs.map((r) => r.text).join('');

/**
 * The text with tracked changes accepted ("Current") or rejected ("Original"), as
 * `getReviewedText` gives it (WordApi 1.4,
 * https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getreviewedtext-member(1)).
 */
export const reviewedText = (paragraph: ParagraphNode, version: 'Current' | 'Original'): string =>
  paragraph.runs
    .filter((r) => r.revision?.kind !== (version === 'Current' ? 'deleted' : 'inserted'))
    .map((r) => r.text)
    .join('');

/** The paragraph as a reader sees it: list number, then the text with changes accepted. */
export const displayText = (paragraph: ParagraphNode): string => {
  const text = reviewedText(paragraph, 'Current');
  return paragraph.list ? `${paragraph.list.listString}\t${text}` : text;
};

/** Bold as Word's Font.bold reports it: true or false when uniform, null when mixed. */
export const boldOf = (paragraphs: readonly ParagraphNode[]): boolean | null => {
  const values = paragraphs.flatMap((p) => (p.runs.length === 0 ? [p.markBold] : p.runs.map((r) => r.bold ?? false)));
  if (values.length === 0) return false;
  return values.every((v) => v) ? true : values.every((v) => !v) ? false : null;
};

export const setBold = (paragraphs: readonly ParagraphNode[], bold: boolean): void =>
  paragraphs.forEach((p) => {
    p.markBold = bold;
    p.runs.forEach((r) => (r.bold = bold));
  });

/** The blocks of a container in reading order, content controls opened up (their own blocks in their place). */
export const flatBlocks = (container: Container, into: (ParagraphNode | TableNode)[] = []): (ParagraphNode | TableNode)[] => {
  for (const block of container.blocks) {
    if (block.kind === 'contentControl') flatBlocks(block, into);
    else into.push(block);
  }
  return into;
};

/** Every paragraph of a container in document order: with `nested`, those in its tables (at any depth) too. */
export const paragraphsIn = (container: Container, nested: boolean, into: ParagraphNode[] = []): ParagraphNode[] => {
  for (const block of container.blocks) {
    if (block.kind === 'paragraph') into.push(block);
    else if (block.kind === 'contentControl') paragraphsIn(block, nested, into);
    else if (nested) for (const row of block.rows) for (const cell of row.cells) paragraphsIn(cell, true, into);
  }
  return into;
};

/** Every table of a container, depth first (nested tables after the table holding them). */
export const tablesIn = (container: Container, into: TableNode[] = []): TableNode[] => {
  for (const block of container.blocks) {
    if (block.kind === 'contentControl') tablesIn(block, into);
    else if (block.kind === 'table') {
      into.push(block);
      for (const row of block.rows) for (const cell of row.cells) tablesIn(cell, into);
    }
  }
  return into;
};

/** Every content control of a container, outermost first, in document order. */
export const controlsIn = (container: Container, into: ContentControlNode[] = []): ContentControlNode[] => {
  for (const block of container.blocks) {
    if (block.kind === 'contentControl') {
      into.push(block);
      controlsIn(block, into);
    } else if (block.kind === 'table') for (const row of block.rows) for (const cell of row.cells) controlsIn(cell, into);
  }
  return into;
};

/** Where each node sits: rebuilt from the document whenever its version changes. */
export interface WordIndex {
  readonly version: number;
  /** The container directly holding each block. */
  readonly containerOf: Map<BlockNode, Container>;
  readonly tableOfRow: Map<RowNode, TableNode>;
  readonly rowOfCell: Map<CellNode, RowNode>;
  /** The cell a container is (for blocks inside tables). */
  readonly cellOfContainer: Map<Container, CellNode>;
  /** Table depth: a paragraph's `tableNestingLevel`, a table's `nestingLevel`. */
  readonly paragraphLevel: Map<ParagraphNode, number>;
  readonly tableLevel: Map<TableNode, number>;
  /** Content controls around each paragraph, innermost first. */
  readonly controlsOf: Map<ParagraphNode, ContentControlNode[]>;
  /** Each paragraph's place in document order (body paragraphs, those in tables included). */
  readonly order: Map<ParagraphNode, number>;
}

export const buildIndex = (doc: WordDocument): WordIndex => {
  const index: WordIndex = {
    version: doc.version,
    containerOf: new Map(),
    tableOfRow: new Map(),
    rowOfCell: new Map(),
    cellOfContainer: new Map(),
    paragraphLevel: new Map(),
    tableLevel: new Map(),
    controlsOf: new Map(),
    order: new Map(),
  };
  const walk = (container: Container, level: number, controls: ContentControlNode[]): void => {
    for (const block of container.blocks) {
      index.containerOf.set(block, container);
      if (block.kind === 'paragraph') {
        index.paragraphLevel.set(block, level);
        index.order.set(block, index.order.size);
        if (controls.length > 0) index.controlsOf.set(block, controls);
      } else if (block.kind === 'contentControl') {
        walk(block, level, [block, ...controls]);
      } else {
        index.tableLevel.set(block, level + 1);
        for (const row of block.rows) {
          index.tableOfRow.set(row, block);
          for (const cell of row.cells) {
            index.rowOfCell.set(cell, row);
            index.cellOfContainer.set(cell, cell);
            walk(cell, level + 1, []);
          }
        }
      }
    }
  };
  walk(doc.body, 0, []);
  return index;
};

/** A cell's grid column: where it begins in its row. */
export const gridColumnOf = (row: RowNode, cell: CellNode): number => {
  let column = row.gridBefore ?? 0;
  for (const other of row.cells) {
    if (other === cell) return column;
    column += other.columnSpan;
  }
  return -1;
};
