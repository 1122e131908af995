import { bottomUp, unreachable, type Edit, type InsertHeadingEdit, type InsertHeadingParagraphEdit, type SetDateStampEdit } from '../../core/edits';
import { HostError, type HostNote } from '../host';
import { blockPlaces, emphasisOf, type BlockPlace, type LayoutRead, type ParagraphRead } from './layout';
import type { WordProxies } from './read';

/*
 * Writing the edits core planned, queued in one batch on the proxies of the read before it.
 *
 * - A heading row is inserted with `TableRow.insertRows` (WordApi 1.3), the row it goes before (or
 *   the last row) as template; the rows that call returns are the new ones
 *   (https://learn.microsoft.com/javascript/api/word/word.tablerow#word-word-tablerow-insertrows-member(1)),
 *   so each is merged into one cell through them (`TableRow.merge`, WordApi 1.4), never through a
 *   row index computed before the batch inserted anything. The client @microsoft/office-js 1.1.110
 *   has neither `TableRow.merge` nor `Table.mergeCells`: there the heading stays in the row's first
 *   cell, bold, and the pane says it is not merged. `Table.mergeCells` addresses rows by index:
 *   used only where `merge` is missing, on the index of the new row, valid because groups go in
 *   bottom-up (core's bottomUp) so no earlier insert of the batch moved it (no public source says
 *   how Word resolves an index after same-batch inserts).
 * - A heading paragraph is inserted before or after its block and set like the document's own
 *   heading paragraphs: their style (`Paragraph.style`, the name as the document has it) and bold.
 * - The date stamp is rewritten in place (through our content control when it is ours: replacing a
 *   paragraph's whole text may take a control wrapping it along, no public source either way), or
 *   added after the last table in a content control tagged ours, to be found again.
 */

/** The content control that holds a date stamp the add-in inserted, so it is found again by its tag. */
export const STAMP_TAG = 'statustabel-datum';
const STAMP_TITLE = 'Datum stand van zaken';

const MERGE = { set: 'WordApi', version: '1.4' } as const;

export interface WriteContext {
  readonly layout: LayoutRead;
  readonly proxies: WordProxies;
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** The first content control tagged as our stamp, with its text loaded, where there is one. */
  readonly stampControl?: Word.ContentControl;
}

interface Placed {
  readonly place: BlockPlace;
  readonly proxy: Word.Table | Word.Paragraph;
  readonly paragraph?: ParagraphRead;
}

const placed = (write: WriteContext, block: number): Placed => {
  const place = blockPlaces(write.layout)[block];
  if (!place) throw new HostError('failed', `no block ${block}`);
  if (place.kind === 'table') {
    const table = write.proxies.tables[place.table];
    if (!table) throw new HostError('failed', `no table for block ${block}`);
    return { place, proxy: table };
  }
  const paragraphs = write.layout.gaps[place.gap]?.paragraphs.filter((p) => p.level === 0) ?? [];
  const proxy = write.proxies.gaps[place.gap]?.[place.index];
  const paragraph = paragraphs[place.index];
  if (!proxy || !paragraph) throw new HostError('failed', `no paragraph for block ${block}`);
  return { place, proxy, paragraph };
};

const tableAt = (write: WriteContext, block: number): { table: Word.Table; rowCount: number } => {
  const at = placed(write, block);
  if (at.place.kind !== 'table') throw new HostError('failed', `block ${block} is no table`);
  const read = write.layout.tables[at.place.table];
  return { table: at.proxy as Word.Table, rowCount: read?.rows?.length ?? read?.rowCount ?? 0 };
};

/** Whether the client Office.js loaded has `TableRow.merge` (WordApi 1.4; absent from @microsoft/office-js 1.1.110). */
const clientMergesRows = (): boolean => typeof Word.TableRow === 'function' && typeof Word.TableRow.prototype.merge === 'function';

/** Heading inserts that go before the same row, bottom of the document first (core's order). */
const groupBottomUp = (edits: readonly InsertHeadingEdit[]): InsertHeadingEdit[][] =>
  bottomUp(edits).reduce<InsertHeadingEdit[][]>((groups, edit) => {
    const current = groups[groups.length - 1];
    const head = current?.[0];
    if (current && head && head.block === edit.block && head.beforeRow === edit.beforeRow) current.push(edit);
    else groups.push([edit]);
    return groups;
  }, []);

/** The rows `insertRows` returned, one by one: the first, then each next (WordApi 1.3). */
const newRows = (inserted: Word.TableRowCollection, count: number): Word.TableRow[] => {
  const rows: Word.TableRow[] = [];
  let row = inserted.getFirst();
  for (let i = 0; i < count; i += 1) {
    rows.push(row);
    if (i + 1 < count) row = row.getNext();
  }
  return rows;
};

/** Queues the heading rows, group by group from the bottom up; says where a heading could not be merged. */
const queueHeadingRows = (write: WriteContext, edits: readonly InsertHeadingEdit[]): HostNote[] => {
  const notes = new Set<HostNote>();
  const mergeSet = write.isSetSupported(MERGE.set, MERGE.version);
  groupBottomUp(edits).forEach((group) => {
    const { block, beforeRow, width } = group[0] as InsertHeadingEdit;
    const { table, rowCount } = tableAt(write, block);
    if (beforeRow < 0 || beforeRow > rowCount || rowCount === 0) throw new HostError('failed', `no row ${beforeRow} in table block ${block}`);
    // The row the headings go before, or the last one: its index is as read, since every insert
    // queued before this one went in further down.
    const template = table.getCell(Math.min(beforeRow, rowCount - 1), 0).parentRow;
    // bottomUp puts the last chapter first within a group; the rows read top-down in chapter order.
    const texts = group.map((edit) => edit.text).reverse();
    const inserted = template.insertRows(beforeRow < rowCount ? 'Before' : 'After', texts.length, texts.map((text) => [text]));
    newRows(inserted, texts.length).forEach((row, i) => {
      row.font.bold = true;
      if (width <= 1) return;
      if (mergeSet && clientMergesRows()) row.merge();
      else if (mergeSet && typeof table.mergeCells === 'function') table.mergeCells(beforeRow + i, 0, beforeRow + i, width - 1);
      else notes.add('heading-not-merged');
    });
  });
  return [...notes];
};

/** Queues a heading paragraph before or after a block, set like the document's own heading paragraph `like`. */
const queueHeadingParagraph = (write: WriteContext, edit: InsertHeadingParagraphEdit): void => {
  const anchor = placed(write, edit.anchor);
  const like = placed(write, edit.like).paragraph;
  const inserted = anchor.proxy.insertParagraph(edit.text, edit.position === 'before' ? 'Before' : 'After');
  if (like?.style) inserted.style = like.style;
  if (!like || emphasisOf(like) === 'bold' || like.bold === true) inserted.font.bold = true;
};

/** Queues the date stamp: in its own paragraph (through our content control when it is ours), or a new one. */
const queueStamp = (write: WriteContext, edit: SetDateStampEdit): void => {
  if (edit.block !== undefined) {
    const at = placed(write, edit.block);
    if (at.place.kind !== 'paragraph' || !at.paragraph) throw new HostError('failed', `no paragraph block ${edit.block}`);
    const control = write.stampControl;
    if (control && !control.isNullObject && control.text === at.paragraph.text) control.insertText(edit.text, 'Replace');
    else (at.proxy as Word.Paragraph).insertText(edit.text, 'Replace');
    return;
  }
  const last = placed(write, edit.afterBlock);
  const control = last.proxy.insertParagraph(edit.text, 'After').insertContentControl();
  control.tag = STAMP_TAG;
  control.title = STAMP_TITLE;
};

/** Queues every edit: heading rows bottom-up in one go, then heading paragraphs and the stamp. */
export const queueEdits = (write: WriteContext, edits: readonly Edit[]): HostNote[] => {
  const headingRows: InsertHeadingEdit[] = [];
  const others: (() => void)[] = [];
  edits.forEach((edit) => {
    switch (edit.kind) {
      case 'insertHeading':
        headingRows.push(edit);
        break;
      case 'insertHeadingParagraph':
        others.push(() => queueHeadingParagraph(write, edit));
        break;
      case 'setDateStamp':
        others.push(() => queueStamp(write, edit));
        break;
      default:
        unreachable(edit);
    }
  });
  const notes = queueHeadingRows(write, headingRows);
  others.forEach((queue) => queue());
  return notes;
};

/** The table a table block's row is in, by the read's proxies, the row checked against the read. */
const tableWithRow = (write: WriteContext, at: Placed, location: { block: number; row: number }): Word.Table => {
  if (at.place.kind !== 'table') throw new HostError('failed', `block ${location.block} is no table`);
  const rowCount = write.layout.tables[at.place.table]?.rowCount ?? 0;
  if (location.row < 0 || location.row >= rowCount) throw new HostError('failed', `no row ${location.row} in block ${location.block}`);
  return at.proxy as Word.Table;
};

/** The whole range of a block, or of a cell (a row's first cell where no column is named), by the read's proxies. */
export const rangeAt = (write: WriteContext, location: { block: number; row?: number; column?: number }): Word.Range => {
  const at = placed(write, location.block);
  if (location.row === undefined) return at.proxy.getRange('Whole');
  return tableWithRow(write, at, { ...location, row: location.row }).getCell(location.row, location.column ?? 0).body.getRange('Whole');
};

/** Selects a block, a row or a cell, by the read's proxies. */
export const queueSelect = (write: WriteContext, location: { block: number; row?: number; column?: number }): void => {
  const at = placed(write, location.block);
  if (location.row === undefined) {
    at.proxy.select('Select');
    return;
  }
  const table = tableWithRow(write, at, { ...location, row: location.row });
  if (location.column === undefined) table.getCell(location.row, 0).parentRow.select('Select');
  else table.getCellOrNullObject(location.row, location.column).body.select('Select');
};
