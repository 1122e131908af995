import type { Location } from '../../../src/core/document';
import {
  ClientObjectDouble,
  CollectionDouble,
  invalidArgument,
  itemNotFound,
  notImplemented,
  RequestContextDouble,
  type DocumentPolicy,
  type Loadable,
  type ScalarReaders,
} from '../common';
import {
  cell,
  paragraph,
  paragraphModelsIn,
  paragraphsIn,
  tableModelsIn,
  type CellModel,
  type ContainerModel,
  type DocumentIndex,
  type DocumentModel,
  type ParagraphModel,
  type RowModel,
  type TableModel,
} from './model';

/**
 * Proxies for the part of Word's API the host uses, with Word's names and argument shapes, so
 * the host's `Word.*`-typed calls run against them unchanged.
 */

export interface WordState {
  readonly doc: DocumentModel;
  index(): DocumentIndex;
  changed(): void;
  select(location: Location | undefined): void;
}

export class WordContextDouble extends RequestContextDouble {
  readonly state: WordState;
  readonly document: DocumentDouble;
  /** Whether `body.paragraphs` lists the paragraphs in tables too (WordApi 1.3 on). */
  readonly listsTableParagraphs: boolean;

  constructor(policy: DocumentPolicy, state: WordState) {
    super(policy);
    this.state = state;
    this.document = new DocumentDouble(this);
    this.listsTableParagraphs = policy.supports('WordApi', '1.3');
  }
}

/** A write that also tells the index the document changed. */
const mutate = <M>(ctx: WordContextDouble, apply: (model: M) => void) => (model: M) => {
  apply(model);
  ctx.state.changed();
};

type InsertLocation = 'Before' | 'After' | 'Start' | 'End' | 'Replace';

// ---- ranges: positions over the body's top-level blocks. Block j spans [2j, 2j+2]; 2j+1 is inside it.

interface RangeModel {
  readonly start: number;
  readonly end: number;
}

const paragraphsInRange = (doc: DocumentModel, range: RangeModel): ParagraphModel[] =>
  doc.blocks.flatMap((block, j) => {
    const inside = 2 * j + 1;
    if (inside < range.start || inside > range.end) return [];
    if (block.kind === 'paragraph') return [block];
    const all = paragraphsIn({ blocks: [block] }).map((p) => p.paragraph);
    if (range.start <= 2 * j && range.end >= 2 * j + 2) return all;
    // A range that only touches a table holds the paragraph it touches.
    const touched = range.end === inside ? all[0] : all[all.length - 1];
    return touched ? [touched] : [];
  });

const RANGE_SCALARS: ScalarReaders<RangeModel, RangeDouble> = {
  text: (m: RangeModel, proxy: RangeDouble) => paragraphsInRange(proxy.ctx.state.doc, m).map((p) => p.text).join('\r'),
  isEmpty: (m: RangeModel, proxy: RangeDouble) => paragraphsInRange(proxy.ctx.state.doc, m).every((p) => p.text === ''),
};

export class RangeDouble extends ClientObjectDouble<RangeModel> {
  readonly ctx: WordContextDouble;
  protected get scalars(): ScalarReaders<RangeModel, RangeDouble> {
    return RANGE_SCALARS;
  }

  constructor(ctx: WordContextDouble, resolver: () => RangeModel) {
    super(ctx, 'Range', resolver);
    this.ctx = ctx;
  }

  get text(): string {
    return this.read('text');
  }

  get paragraphs(): ParagraphCollectionDouble {
    return this.child('paragraphs', () => paragraphCollection(this.ctx, () => paragraphsInRange(this.ctx.state.doc, this.resolve())));
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === 'paragraphs' ? this.paragraphs : undefined;
  }

  expandTo(other: RangeDouble): RangeDouble {
    this.ctx.requireSet('WordApi', '1.3', 'Range.expandTo');
    return new RangeDouble(this.ctx, () => {
      const a = this.resolve();
      const b = other.resolve();
      return { start: Math.min(a.start, b.start), end: Math.max(a.end, b.end) };
    });
  }
}

// ---- font: only bold, the one thing the host formats.

interface FontTarget {
  get(): boolean | null;
  set(bold: boolean): void;
}

const FONT_SCALARS: ScalarReaders<FontTarget, FontDouble> = { bold: (m: FontTarget) => m.get() };

export class FontDouble extends ClientObjectDouble<FontTarget> {
  protected get scalars(): ScalarReaders<FontTarget, FontDouble> {
    return FONT_SCALARS;
  }
  readonly ctx: WordContextDouble;

  constructor(ctx: WordContextDouble, resolver: () => FontTarget) {
    super(ctx, 'Font', resolver);
    this.ctx = ctx;
  }

  get bold(): boolean | null {
    return this.read('bold');
  }

  set bold(value: boolean) {
    this.write('bold', mutate(this.ctx, (m: FontTarget) => m.set(value)));
  }
}

const cellsFont = (cells: () => readonly CellModel[]): FontTarget => ({
  get: () => {
    const all = cells();
    return all.every((c) => c.bold) ? true : all.every((c) => !c.bold) ? false : null;
  },
  set: (bold) => cells().forEach((c) => (c.bold = bold)),
});

// ---- paragraphs and content controls

const CONTENT_CONTROL_SCALARS: ScalarReaders<ParagraphModel, ContentControlDouble> = {
  text: (m: ParagraphModel) => m.text,
  tag: (m: ParagraphModel) => m.contentControl?.tag ?? '',
  title: (m: ParagraphModel) => m.contentControl?.title ?? '',
};

export class ContentControlDouble extends ClientObjectDouble<ParagraphModel> {
  readonly ctx: WordContextDouble;
  protected get scalars(): ScalarReaders<ParagraphModel, ContentControlDouble> {
    return CONTENT_CONTROL_SCALARS;
  }

  constructor(ctx: WordContextDouble, resolver: () => ParagraphModel) {
    super(ctx, 'ContentControl', resolver);
    this.ctx = ctx;
  }

  get text(): string {
    return this.read('text');
  }

  get tag(): string {
    return this.read('tag');
  }

  set tag(value: string) {
    this.write('tag', mutate(this.ctx, (m: ParagraphModel) => controlOf(m).tag = value));
  }

  get title(): string {
    return this.read('title');
  }

  set title(value: string) {
    this.write('title', mutate(this.ctx, (m: ParagraphModel) => controlOf(m).title = value));
  }

  insertText(text: string, location: InsertLocation): void {
    this.write('insertText', mutate(this.ctx, (m: ParagraphModel) => insertInto(m, text, location, 'ContentControl.insertText')));
  }
}

const controlOf = (m: ParagraphModel) => {
  if (!m.contentControl) throw itemNotFound('ContentControl');
  return m.contentControl;
};

const insertInto = (m: ParagraphModel, text: string, location: InsertLocation, where: string): void => {
  if (text.includes('\n') || text.includes('\r')) throw notImplemented(where, 'text with paragraph breaks');
  if (location === 'Replace') m.text = text;
  else if (location === 'Start') m.text = text + m.text;
  else if (location === 'End') m.text += text;
  else throw invalidArgument(where, `location ${location}`);
};

const PARAGRAPH_SCALARS: ScalarReaders<ParagraphModel, ParagraphDouble> = {
  text: (m: ParagraphModel) => m.text,
  tableNestingLevel: (m: ParagraphModel, proxy: ParagraphDouble) => proxy.ctx.state.index().paragraphLevel.get(m) ?? 0,
};

export class ParagraphDouble extends ClientObjectDouble<ParagraphModel> {
  readonly ctx: WordContextDouble;
  protected get scalars(): ScalarReaders<ParagraphModel, ParagraphDouble> {
    return PARAGRAPH_SCALARS;
  }

  constructor(ctx: WordContextDouble, resolver: () => ParagraphModel) {
    super(ctx, 'Paragraph', resolver);
    this.ctx = ctx;
  }

  get text(): string {
    return this.read('text');
  }

  get tableNestingLevel(): number {
    return this.read('tableNestingLevel');
  }

  /** Replacing a paragraph's whole content replaces a content control wrapping it too, as in Word. */
  insertText(text: string, location: InsertLocation): void {
    this.write(
      'insertText',
      mutate(this.ctx, (m: ParagraphModel) => {
        insertInto(m, text, location, 'Paragraph.insertText');
        if (location === 'Replace') delete m.contentControl;
      }),
    );
  }

  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphDouble {
    const made = paragraph(text);
    this.write(
      'insertParagraph',
      mutate(this.ctx, (m: ParagraphModel) => insertBlockBeside(this.ctx, m, made, location)),
    );
    return new ParagraphDouble(this.ctx, () => made);
  }

  insertContentControl(): ContentControlDouble {
    this.write(
      'insertContentControl',
      mutate(this.ctx, (m: ParagraphModel) => {
        if (m.contentControl) throw invalidArgument('Paragraph.insertContentControl', 'already in a content control');
        m.contentControl = { tag: '', title: '' };
      }),
    );
    return new ContentControlDouble(this.ctx, () => this.resolve());
  }

  select(): void {
    this.ctx.enqueue('Paragraph.select', () => this.ctx.state.select(this.ctx.state.index().paragraphLocation.get(this.resolve())));
  }
}

const insertBlockBeside = (
  ctx: WordContextDouble,
  anchor: ParagraphModel | TableModel,
  block: ParagraphModel,
  location: 'Before' | 'After',
): void => {
  const container = ctx.state.index().containerOfBlock.get(anchor);
  if (!container) throw itemNotFound('insertParagraph');
  const at = container.blocks.indexOf(anchor) + (location === 'After' ? 1 : 0);
  container.blocks.splice(at, 0, block);
};

export type ParagraphCollectionDouble = CollectionDouble<ParagraphModel, ParagraphDouble>;
export type ContentControlCollectionDouble = CollectionDouble<ParagraphModel, ContentControlDouble> & {
  getByTag(tag: string): ContentControlCollectionDouble;
};

const paragraphCollection = (ctx: WordContextDouble, resolver: () => readonly ParagraphModel[]): ParagraphCollectionDouble =>
  new CollectionDouble(ctx, 'ParagraphCollection', resolver, (r) => new ParagraphDouble(ctx, r));

const contentControlCollection = (ctx: WordContextDouble, resolver: () => readonly ParagraphModel[]): ContentControlCollectionDouble => {
  const collection = new CollectionDouble(ctx, 'ContentControlCollection', resolver, (r) => new ContentControlDouble(ctx, r));
  return Object.assign(collection, {
    getByTag: (tag: string) => contentControlCollection(ctx, () => collection.models().filter((p) => p.contentControl?.tag === tag)),
  });
};

// ---- bodies (the document's, and each cell's)

const BODY_SCALARS: ScalarReaders<ContainerModel, BodyDouble> = {
  text: (m: ContainerModel) => paragraphsIn(m).map((p) => p.paragraph.text).join('\r'),
};

export class BodyDouble extends ClientObjectDouble<ContainerModel> {
  readonly ctx: WordContextDouble;
  protected get scalars(): ScalarReaders<ContainerModel, BodyDouble> {
    return BODY_SCALARS;
  }

  constructor(ctx: WordContextDouble, resolver: () => ContainerModel) {
    super(ctx, 'Body', resolver);
    this.ctx = ctx;
  }

  get text(): string {
    return this.read('text');
  }

  get paragraphs(): ParagraphCollectionDouble {
    // Before WordApi 1.3, Word leaves the paragraphs in tables out.
    return this.child('paragraphs', () =>
      paragraphCollection(this.ctx, () => paragraphModelsIn(this.resolve(), this.ctx.listsTableParagraphs)),
    );
  }

  get tables(): TableCollectionDouble {
    return this.child('tables', () => {
      this.ctx.requireSet('WordApi', '1.3', 'Body.tables');
      return tableCollection(this.ctx, () => tableModelsIn(this.resolve()));
    });
  }

  get contentControls(): ContentControlCollectionDouble {
    return this.child('contentControls', () =>
      contentControlCollection(this.ctx, () =>
        paragraphModelsIn(this.resolve(), true).filter((p) => p.contentControl !== undefined),
      ),
    );
  }

  get font(): FontDouble {
    return this.child(
      'font',
      () =>
        new FontDouble(this.ctx, () => {
          const container = this.resolve();
          if (container === this.ctx.state.doc) throw notImplemented('Body.font', "the document body's font");
          return cellsFont(() => [container as CellModel]);
        }),
    );
  }

  protected override navigation(name: string): Loadable | undefined {
    switch (name) {
      case 'paragraphs':
        return this.paragraphs;
      case 'tables':
        return this.tables;
      case 'contentControls':
        return this.contentControls;
      case 'font':
        return this.font;
      default:
        return undefined;
    }
  }

  getRange(location: 'Whole' | 'Start' | 'End' | 'After' | 'Content' = 'Whole'): RangeDouble {
    return new RangeDouble(this.ctx, () => {
      const body = this.resolve();
      if (body !== this.ctx.state.doc) throw notImplemented('Body.getRange', "ranges in a cell's body");
      const n = body.blocks.length;
      if (location === 'Start') return { start: 1, end: 1 };
      if (location === 'End') return { start: 2 * n - 1, end: 2 * n - 1 };
      if (location === 'After') return { start: 2 * n, end: 2 * n };
      return { start: 0, end: 2 * n };
    });
  }

  select(): void {
    this.ctx.enqueue('Body.select', () => {
      const body = this.resolve();
      const index = this.ctx.state.index();
      this.ctx.state.select(body === this.ctx.state.doc ? undefined : index.cellLocation.get(body as CellModel));
    });
  }
}

// ---- tables

const TABLE_CELL_SCALARS: ScalarReaders<CellModel, TableCellDouble> = {
  value: (m: CellModel) =>
    m.blocks
      .filter((b): b is ParagraphModel => b.kind === 'paragraph')
      .map((p) => p.text)
      .join('\r'),
  cellIndex: (m: CellModel, proxy: TableCellDouble) => {
    const location = proxy.ctx.state.index().cellLocation.get(m);
    return location && 'cell' in location ? location.cell : -1;
  },
};

export class TableCellDouble extends ClientObjectDouble<CellModel> {
  readonly ctx: WordContextDouble;
  protected get scalars(): ScalarReaders<CellModel, TableCellDouble> {
    return TABLE_CELL_SCALARS;
  }

  constructor(ctx: WordContextDouble, resolver: () => CellModel) {
    super(ctx, 'TableCell', resolver);
    this.ctx = ctx;
  }

  get value(): string {
    return this.read('value');
  }

  get cellIndex(): number {
    return this.read('cellIndex');
  }

  get body(): BodyDouble {
    return this.child('body', () => new BodyDouble(this.ctx, () => this.resolve()));
  }

  get parentRow(): TableRowDouble {
    return this.child(
      'parentRow',
      () =>
        new TableRowDouble(this.ctx, () => {
          const row = this.ctx.state.index().rowOfCell.get(this.resolve());
          if (!row) throw itemNotFound('TableCell.parentRow');
          return row;
        }),
    );
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === 'body' ? this.body : name === 'parentRow' ? this.parentRow : undefined;
  }
}

export type TableCellCollectionDouble = CollectionDouble<CellModel, TableCellDouble>;
export type TableRowCollectionDouble = CollectionDouble<RowModel, TableRowDouble>;
export type TableCollectionDouble = CollectionDouble<TableModel, TableDouble>;

const tableCollection = (ctx: WordContextDouble, resolver: () => readonly TableModel[]): TableCollectionDouble =>
  new CollectionDouble(ctx, 'TableCollection', resolver, (r) => new TableDouble(ctx, r));

const rowCollection = (ctx: WordContextDouble, resolver: () => readonly RowModel[]): TableRowCollectionDouble =>
  new CollectionDouble(ctx, 'TableRowCollection', resolver, (r) => new TableRowDouble(ctx, r));

const tableOf = (ctx: WordContextDouble, row: RowModel): TableModel => {
  const owner = ctx.state.index().tableOfRow.get(row);
  if (!owner) throw itemNotFound('TableRow');
  return owner;
};

const TABLE_ROW_SCALARS: ScalarReaders<RowModel, TableRowDouble> = {
  cellCount: (m: RowModel) => m.cells.length,
  rowIndex: (m: RowModel, proxy: TableRowDouble) => tableOf(proxy.ctx, m).rows.indexOf(m),
};

export class TableRowDouble extends ClientObjectDouble<RowModel> {
  readonly ctx: WordContextDouble;
  protected get scalars(): ScalarReaders<RowModel, TableRowDouble> {
    return TABLE_ROW_SCALARS;
  }

  constructor(ctx: WordContextDouble, resolver: () => RowModel) {
    super(ctx, 'TableRow', resolver);
    this.ctx = ctx;
  }

  get cellCount(): number {
    return this.read('cellCount');
  }

  get rowIndex(): number {
    return this.read('rowIndex');
  }

  get cells(): TableCellCollectionDouble {
    return this.child(
      'cells',
      () => new CollectionDouble(this.ctx, 'TableCellCollection', () => this.resolve().cells, (r) => new TableCellDouble(this.ctx, r)),
    );
  }

  get font(): FontDouble {
    return this.child('font', () => new FontDouble(this.ctx, () => cellsFont(() => this.resolve().cells)));
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === 'cells' ? this.cells : name === 'font' ? this.font : undefined;
  }

  /** Word copies the row as a template: as many cells, the same formatting; `values` fill them from the left. */
  insertRows(location: 'Before' | 'After', rowCount: number, values?: string[][]): TableRowCollectionDouble {
    const inserted = rowCollection(this.ctx, () => []);
    this.write(
      'insertRows',
      mutate(this.ctx, (template: RowModel) => {
        if (location !== 'Before' && location !== 'After') throw invalidArgument('TableRow.insertRows', `location ${String(location)}`);
        if (rowCount < 1 || (values && values.length > rowCount)) throw invalidArgument('TableRow.insertRows', 'row count');
        if (values?.some((v) => v.length > template.cells.length))
          throw invalidArgument('TableRow.insertRows', 'more values than the row has cells');
        const owner = tableOf(this.ctx, template);
        const rows: RowModel[] = Array.from({ length: rowCount }, (_, i) => ({
          cells: template.cells.map((t, c) => ({ ...cell([values?.[i]?.[c] ?? '']), bold: t.bold })),
        }));
        owner.rows.splice(owner.rows.indexOf(template) + (location === 'After' ? 1 : 0), 0, ...rows);
        inserted.bind(rows);
      }),
    );
    return inserted;
  }

  /** Merges the row into one cell (WordApi 1.4). */
  merge(): TableCellDouble {
    this.ctx.requireSet('WordApi', '1.4', 'TableRow.merge');
    let merged: CellModel | undefined;
    this.write(
      'merge',
      mutate(this.ctx, (row: RowModel) => {
        merged = mergeRange(row, 0, row.cells.length - 1);
      }),
    );
    return new TableCellDouble(this.ctx, () => merged ?? failUnmerged());
  }

  select(): void {
    this.ctx.enqueue('TableRow.select', () => this.ctx.state.select(this.ctx.state.index().rowLocation.get(this.resolve())));
  }
}

const failUnmerged = (): never => {
  throw itemNotFound('mergeCells');
};

/** Word keeps every merged cell's text: non-empty cells' paragraphs follow one another. */
const mergeRange = (row: RowModel, first: number, last: number): CellModel => {
  const cells = row.cells.slice(first, last + 1);
  const head = cells[0];
  if (!head || last >= row.cells.length || first < 0 || last < first) throw itemNotFound('mergeCells');
  const filled = cells.filter((c, i) => i === 0 || paragraphsIn(c).some((p) => p.paragraph.text !== '') || c.blocks.some((b) => b.kind === 'table'));
  const merged: CellModel = { blocks: filled.flatMap((c) => c.blocks), bold: head.bold };
  row.cells.splice(first, cells.length, merged);
  return merged;
};

const TABLE_SCALARS: ScalarReaders<TableModel, TableDouble> = {
  nestingLevel: (m: TableModel, proxy: TableDouble) => proxy.ctx.state.index().tableLevel.get(m) ?? 1,
  rowCount: (m: TableModel) => m.rows.length,
};

export class TableDouble extends ClientObjectDouble<TableModel> {
  readonly ctx: WordContextDouble;
  protected get scalars(): ScalarReaders<TableModel, TableDouble> {
    return TABLE_SCALARS;
  }

  constructor(ctx: WordContextDouble, resolver: () => TableModel) {
    super(ctx, 'Table', resolver);
    this.ctx = ctx;
  }

  get nestingLevel(): number {
    return this.read('nestingLevel');
  }

  get rowCount(): number {
    return this.read('rowCount');
  }

  get rows(): TableRowCollectionDouble {
    return this.child('rows', () => rowCollection(this.ctx, () => this.resolve().rows));
  }

  get font(): FontDouble {
    return this.child('font', () => new FontDouble(this.ctx, () => cellsFont(() => this.resolve().rows.flatMap((r) => r.cells))));
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === 'rows' ? this.rows : name === 'font' ? this.font : undefined;
  }

  /** The cell at `rowIndex`, `cellIndex` when the batch reaches this call (rows inserted before it count). */
  getCell(rowIndex: number, cellIndex: number): TableCellDouble {
    return new TableCellDouble(this.ctx, () => {
      const found = this.resolve().rows[rowIndex]?.cells[cellIndex];
      if (!found) throw itemNotFound(`Table.getCell(${rowIndex}, ${cellIndex})`);
      return found;
    });
  }

  /** Merges cells `firstCell`..`lastCell` of one row (WordApi 1.4; the double merges within a row only). */
  mergeCells(topRow: number, firstCell: number, bottomRow: number, lastCell: number): TableCellDouble {
    this.ctx.requireSet('WordApi', '1.4', 'Table.mergeCells');
    let merged: CellModel | undefined;
    this.write(
      'mergeCells',
      mutate(this.ctx, (t: TableModel) => {
        if (topRow !== bottomRow) throw notImplemented('Table.mergeCells', 'merging across rows');
        const row = t.rows[topRow];
        if (!row) throw itemNotFound(`Table.mergeCells row ${topRow}`);
        merged = mergeRange(row, firstCell, lastCell);
      }),
    );
    return new TableCellDouble(this.ctx, () => merged ?? failUnmerged());
  }

  getRange(location: 'Whole' | 'Start' | 'End' | 'After' = 'Whole'): RangeDouble {
    this.ctx.requireSet('WordApi', '1.3', 'Table.getRange');
    return new RangeDouble(this.ctx, () => {
      const j = this.ctx.state.doc.blocks.indexOf(this.resolve());
      if (j < 0) throw notImplemented('Table.getRange', 'ranges of nested tables');
      if (location === 'Start' || location === 'End') return { start: 2 * j + 1, end: 2 * j + 1 };
      if (location === 'After') return { start: 2 * j + 2, end: 2 * j + 2 };
      return { start: 2 * j, end: 2 * j + 2 };
    });
  }

  insertParagraph(text: string, location: 'Before' | 'After'): ParagraphDouble {
    const made = paragraph(text);
    this.write('insertParagraph', mutate(this.ctx, (t: TableModel) => insertBlockBeside(this.ctx, t, made, location)));
    return new ParagraphDouble(this.ctx, () => made);
  }
}

const DOCUMENT_SCALARS: ScalarReaders<DocumentModel, DocumentDouble> = {};

export class DocumentDouble extends ClientObjectDouble<DocumentModel> {
  readonly ctx: WordContextDouble;
  protected get scalars(): ScalarReaders<DocumentModel, DocumentDouble> {
    return DOCUMENT_SCALARS;
  }

  constructor(ctx: WordContextDouble) {
    super(ctx, 'Document', () => ctx.state.doc);
    this.ctx = ctx;
  }

  get body(): BodyDouble {
    return this.child('body', () => new BodyDouble(this.ctx, () => this.resolve()));
  }

  get contentControls(): ContentControlCollectionDouble {
    return this.body.contentControls;
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === 'body' ? this.body : undefined;
  }
}
