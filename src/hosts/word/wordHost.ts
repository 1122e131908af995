import { isCellLocation, paragraph as paragraphBlock, simpleTable, type Block, type CellText, type Location, type SourceDocument } from '../../core/document';
import {
  bottomUp,
  changedSince,
  unreachable,
  type Edit,
  type InsertHeadingEdit,
  type InsertHeadingParagraphEdit,
  type SetDateStampEdit,
} from '../../core/edits';
import { settingsCapability } from '../documentSettings';
import { HostError, type HostCapabilities, type HostNote, type StatusHost, type UpdateResult } from '../host';
import type { WordEnvironment } from './environment';
import { wordComments, wordSnapshots } from './review';

/*
 * Office.js facts this host relies on (WordApi 1.3 unless noted):
 * - `body.tables` may list nested tables too; `Table.nestingLevel` 1 marks the top level, and
 *   `Paragraph.tableNestingLevel` tells a cell's own paragraphs from a nested table's.
 * - A navigation path through collections ('items/rows/items/cells/items/body/...') loads a whole
 *   table in one sync.
 * - `body.paragraphs` lists every paragraph of the body, those in tables included (from WordApi
 *   1.3 on), in document order; `Paragraph.tableNestingLevel` is 0 outside tables.
 * - `Table.getRange('After').expandTo(body.getRange('End')).paragraphs` are the paragraphs after it.
 * - `Table.mergeCells` (WordApi 1.4) addresses rows by index when the batch reaches it; inserting
 *   bottom-up keeps every index above the insert as read.
 * - Replacing a paragraph's whole text may take a content control wrapping it along, so a stamp
 *   in our tagged control is rewritten through the control.
 */

/** The content control that holds a date stamp the add-in inserted, so it is found again by its tag. */
export const STAMP_TAG = 'statustabel-datum';
const STAMP_TITLE = 'Datum stand van zaken';

const TABLES = { set: 'WordApi', version: '1.3' } as const;
const MERGE = { set: 'WordApi', version: '1.4' } as const;

/**
 * One load for every table of the body: its nesting level, each row's cell count, and the text
 * and table depth of each cell's paragraphs (the depth tells a cell's own paragraphs from those
 * of a table nested in it).
 */
const TABLE_LOAD = [
  'items/nestingLevel',
  'items/rows/items/cellCount',
  'items/rows/items/cells/items/body/paragraphs/items/text',
  'items/rows/items/cells/items/body/paragraphs/items/tableNestingLevel',
].join(',');
const PARAGRAPH_LOAD = 'items/text,items/tableNestingLevel';

/** The document as read, with the proxies a write in the same batch needs. */
interface WordRead {
  readonly doc: SourceDocument;
  /** The proxy behind each block: a top-level table or a paragraph of the body. */
  readonly proxies: readonly (Word.Table | Word.Paragraph)[];
  /** Each table block's rows, as loaded. */
  readonly rows: ReadonlyMap<number, readonly Word.TableRow[]>;
  /** The first content control tagged as our date stamp, if any. */
  readonly stampControl: Word.ContentControl | undefined;
}

/** A row's cells: each cell's own paragraphs (those of a table nested in it are not). */
const readRow = (row: Word.TableRow, level: number): CellText[] => {
  const cells = row.cells.items.slice(0, row.cellCount);
  return cells.map((cell) =>
    cell.body.paragraphs.items.filter((paragraph) => paragraph.tableNestingLevel === level).map((paragraph) => paragraph.text),
  );
};

/** How many of the body's paragraphs a table holds: every paragraph of its cells, nested tables' too. */
const paragraphCount = (table: Word.Table): number =>
  table.rows.items.reduce((n, row) => n + row.cells.items.reduce((m, cell) => m + cell.body.paragraphs.items.length, 0), 0);

/**
 * Reads the whole document in one sync, whatever its size: every table with its cells'
 * paragraphs, and (in the same batch) the text and table depth of every paragraph of the body.
 * `body.paragraphs` lists the paragraphs in tables too (from WordApi 1.3), in document order, so
 * walking it and skipping each top-level table's paragraphs puts paragraphs and tables in order.
 */
const readDocument = async (context: Word.RequestContext, forWrite: boolean): Promise<WordRead> => {
  const body = context.document.body;
  const tables = body.tables;
  tables.load(TABLE_LOAD);
  const paragraphs = body.paragraphs;
  paragraphs.load(PARAGRAPH_LOAD);
  // Our stamp's content control matters only to a write.
  const stampControls = forWrite ? body.contentControls.getByTag(STAMP_TAG).load('items/text') : undefined;
  await context.sync();

  // Nested tables sit in a cell of a top-level table; their text is no row of ours.
  const top = tables.items.filter((table) => table.nestingLevel === 1);
  const blocks: Block[] = [];
  const proxies: (Word.Table | Word.Paragraph)[] = [];
  const rows = new Map<number, readonly Word.TableRow[]>();
  let next = 0;
  const items = paragraphs.items;
  for (let i = 0; i < items.length; ) {
    const paragraph = items[i] as Word.Paragraph;
    const table = paragraph.tableNestingLevel === 0 ? undefined : top[next];
    if (!table) {
      blocks.push(paragraphBlock(paragraph.text));
      proxies.push(paragraph);
      i += 1;
      continue;
    }
    rows.set(blocks.length, table.rows.items);
    blocks.push(simpleTable(table.rows.items.map((row) => readRow(row, table.nestingLevel))));
    proxies.push(table);
    next += 1;
    i += Math.max(1, paragraphCount(table));
  }
  return { doc: { blocks }, proxies, rows, stampControl: stampControls?.items[0] };
};

/** Heading inserts that go before the same row, bottom of the document first (core's order). */
const groupBottomUp = (edits: readonly InsertHeadingEdit[]): InsertHeadingEdit[][] =>
  bottomUp(edits).reduce<InsertHeadingEdit[][]>((groups, edit) => {
    const current = groups[groups.length - 1];
    const head = current?.[0];
    if (current && head && head.block === edit.block && head.beforeRow === edit.beforeRow) current.push(edit);
    else groups.push([edit]);
    return groups;
  }, []);

/**
 * Queues the heading rows. Each group is inserted with the row it goes before (or the last row)
 * as template, then each new row is merged into one bold cell. Groups go bottom-up, so the
 * indices of rows above stay as read and `mergeCells` can address the new rows by index.
 */
const queueHeadings = (read: WordRead, edits: readonly InsertHeadingEdit[], canMerge: boolean): HostNote[] => {
  const notes = new Set<HostNote>();
  groupBottomUp(edits).forEach((group) => {
    const { block, beforeRow } = group[0] as InsertHeadingEdit;
    const table = read.proxies[block] as Word.Table | undefined;
    const rows = read.rows.get(block) ?? [];
    if (!table || beforeRow < 0 || beforeRow > rows.length || rows.length === 0) {
      throw new HostError('failed', `no row ${beforeRow} in table block ${block}`);
    }
    const templateIndex = Math.min(beforeRow, rows.length - 1);
    const template = rows[templateIndex] as Word.TableRow;
    const width = template.cellCount;
    // bottomUp puts the last chapter first within a group; the rows read top-down in chapter order.
    const texts = group.map((edit) => edit.text).reverse();
    template.insertRows(beforeRow < rows.length ? 'Before' : 'After', texts.length, texts.map((text) => [text]));
    // WordApi 1.4 lists Table.mergeCells, but the client @microsoft/office-js 1.1.110 has no such
    // method: where the client lacks it, the heading stays in the row's first cell, as without 1.4.
    const mergeable = canMerge && typeof table.mergeCells === 'function';
    texts.forEach((_, i) => {
      const rowIndex = beforeRow + i;
      const merged = width > 1 && mergeable;
      if (width > 1 && !mergeable) notes.add('heading-not-merged');
      const cell = merged ? table.mergeCells(rowIndex, 0, rowIndex, width - 1) : table.getCell(rowIndex, 0);
      cell.body.font.bold = true;
    });
  });
  return [...notes];
};

/** Queues a heading paragraph before or after a block, bold like the document's own heading paragraphs. */
const queueHeadingParagraph = (read: WordRead, edit: InsertHeadingParagraphEdit): void => {
  const anchor = read.proxies[edit.anchor];
  if (!anchor) throw new HostError('failed', `no block ${edit.anchor}`);
  const inserted = anchor.insertParagraph(edit.text, edit.position === 'before' ? 'Before' : 'After');
  inserted.font.bold = true;
};

/** Queues the date stamp: in its own paragraph (through our content control when it is ours), or a new one. */
const queueStamp = (read: WordRead, edit: SetDateStampEdit): void => {
  if (edit.block !== undefined) {
    const paragraph = read.proxies[edit.block] as Word.Paragraph | undefined;
    const block = read.doc.blocks[edit.block];
    if (!paragraph || block?.kind !== 'paragraph') throw new HostError('failed', `no paragraph block ${edit.block}`);
    const control = read.stampControl;
    if (control && control.text === block.text) control.insertText(edit.text, 'Replace');
    else paragraph.insertText(edit.text, 'Replace');
    return;
  }
  const last = read.proxies[edit.afterBlock];
  if (!last) throw new HostError('no-status-table');
  const control = last.insertParagraph(edit.text, 'After').insertContentControl();
  control.tag = STAMP_TAG;
  control.title = STAMP_TITLE;
};

/** Queues every edit: heading rows bottom-up in one go, then heading paragraphs and the stamp. */
const queueEdits = (read: WordRead, edits: readonly Edit[], canMerge: boolean): HostNote[] => {
  const headingRows: InsertHeadingEdit[] = [];
  const others: (() => void)[] = [];
  edits.forEach((edit) => {
    switch (edit.kind) {
      case 'insertHeading':
        headingRows.push(edit);
        break;
      case 'insertHeadingParagraph':
        others.push(() => queueHeadingParagraph(read, edit));
        break;
      case 'setDateStamp':
        others.push(() => queueStamp(read, edit));
        break;
      default:
        unreachable(edit);
    }
  });
  const notes = queueHeadings(read, headingRows, canMerge);
  others.forEach((queue) => queue());
  return notes;
};

const errorCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

/** Office's errors (OfficeExtension.Error, told apart by code) as the host's own. */
export const toHostError = (error: unknown): HostError => {
  if (error instanceof HostError) return error;
  const message = error instanceof Error ? error.message : String(error);
  switch (errorCode(error)) {
    case 'AccessDenied':
    case 'NotAllowed':
      return new HostError('protected', message);
    case 'ApiNotFound':
      return new HostError('requirement-missing', message);
    case 'ActivityLimitReached':
    case 'RequestPayloadSizeLimitExceeded':
    case 'Busy':
      return new HostError('busy', message);
    default:
      return new HostError('failed', message);
  }
};

const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error);
  }
};

/** The Word host always offers selection and settings (change notifications where Office has them). */
export interface WordStatusHost extends StatusHost {
  readonly kind: 'word';
  readonly capabilities: HostCapabilities & Required<Pick<HostCapabilities, 'select' | 'settings'>>;
}

/** The Word host: Office.js through a `WordEnvironment`, so tests run it against the simulator. */
export const createWordHost = (env: WordEnvironment): WordStatusHost => {
  const requireTables = (): void => {
    if (!env.isSetSupported(TABLES.set, TABLES.version)) throw new HostError('requirement-missing', `${TABLES.set} ${TABLES.version}`);
  };

  const read = (): Promise<SourceDocument> =>
    guarded(async () => {
      requireTables();
      return env.run(async (context) => (await readDocument(context, false)).doc);
    });

  const update = (plan: (doc: SourceDocument) => readonly Edit[], basis?: SourceDocument): Promise<UpdateResult> =>
    guarded(async () => {
      requireTables();
      const canMerge = env.isSetSupported(MERGE.set, MERGE.version);
      return env.run(async (context) => {
        const current = await readDocument(context, true);
        const edits = plan(current.doc);
        if (edits.length === 0) return { before: current.doc, applied: [], notes: [] };
        if (basis && changedSince(basis, current.doc, edits)) throw new HostError('changed');
        const notes = queueEdits(current, edits, canMerge);
        await context.sync();
        return { before: current.doc, applied: edits, notes };
      });
    });

  const select = (location: Location): Promise<void> =>
    guarded(async () => {
      requireTables();
      await env.run(async (context) => {
        const current = await readDocument(context, false);
        const proxy = current.proxies[location.block];
        if (!proxy) throw new HostError('failed', `no block ${location.block}`);
        if (!isCellLocation(location)) {
          (proxy as Word.Paragraph).select('Select');
          await context.sync();
          return;
        }
        const row = current.rows.get(location.block)?.[location.row];
        if (!row) throw new HostError('failed', `no row ${location.row} in block ${location.block}`);
        if (location.column === undefined) row.select('Select');
        else (row.cells.items[Math.min(location.column, row.cellCount - 1)] as Word.TableCell).body.select('Select');
        await context.sync();
      });
    });

  // The review round (review.ts): comments over this host's one read, the stand in a custom XML part.
  const snapshots = wordSnapshots(env);
  const onDocumentChanged = env.onDocumentChanged?.bind(env);
  return {
    kind: 'word',
    read,
    update,
    capabilities: {
      select,
      settings: settingsCapability(env.settings),
      comments: wordComments(env, (context) => readDocument(context, false), guarded),
      ...(snapshots ? { snapshots } : {}),
      ...(onDocumentChanged ? { changes: (listener: () => void) => guarded(() => onDocumentChanged(listener)) } : {}),
    },
  };
};
