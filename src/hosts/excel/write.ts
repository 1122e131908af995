import type { SourceDocument } from '../../core/document';
import { areaAddress } from '../../core/a1';
import type { GridArea } from '../../core/grid';
import { bottomUp, unreachable, type Edit, type InsertHeadingEdit, type SetDateStampEdit } from '../../core/edits';
import { modelHeadingRow, readStatusTable } from '../../core/model';
import { HostError, type HostNote } from '../host';
import { isDateFormat, isoToSerial } from './cells';
import { looseCellOf, sheetRowBefore, type LooseCell, type SheetLayout } from './layout';
import { STAMP_NAME, type TableRead } from './read';

/**
 * Writing core's edits onto the sheet, queued for one sync: the date stamp, then the heading rows
 * from the bottom up (so every row number planned on the read still points where it did), then
 * the selection of what changed.
 */

const STAMP_COMMENT = 'Datumstempel van de statustabel (Statustabel)';

export const sameArea = (a: GridArea, b: GridArea): boolean =>
  a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;

export const rangeOf = (sheet: Excel.Worksheet, area: GridArea): Excel.Range =>
  sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);

/** Queues the stamp write; returns the cell written (before any row insert). */
const queueStamp = (context: Excel.RequestContext, read: TableRead, layout: SheetLayout, edit: SetDateStampEdit, canName: boolean): GridArea => {
  const existing: LooseCell | undefined = edit.block === undefined ? undefined : looseCellOf(layout, edit.block);
  const below = Math.max(layout.lastRow, ...layout.after.map((cell) => cell.row));
  const area: GridArea = existing
    ? { row: existing.row, column: existing.column, rowCount: 1, columnCount: 1 }
    : { row: below + 2, column: layout.column, rowCount: 1, columnCount: 1 };
  const range = rangeOf(read.sheet, area);
  if (existing && typeof existing.value === 'number' && isDateFormat(existing.format)) {
    // A real Excel date stays one: the serial changes, its number format stays.
    range.values = [[isoToSerial(edit.date)]];
  } else {
    // Text stays text: "@" first, or Excel would parse "24 november 2026" into a date.
    if (existing?.format !== '@') range.numberFormat = [['@']];
    range.values = [[edit.text]];
  }
  const named = read.stampName;
  const pointsHere = named?.area && sameArea(named.area, area) && (named.sheet === undefined || named.sheet === read.sheetName);
  // Names can be added from ExcelApi 1.4; without it the stamp is found again as the last date below the table.
  if (!pointsHere && canName) {
    named?.item.delete();
    context.workbook.names.add(STAMP_NAME, range, STAMP_COMMENT);
  }
  return area;
};

/**
 * Whether new heading rows are merged across the table: as the first heading row there is (a
 * merged one preferred) is; a table without heading rows gets the usual Excel form, merged. A
 * table whose headings are all typed in their first cell gets one more such row, as the .xlsx
 * writer does (src/hosts/files/xlsx/write.ts).
 */
const headingsMerged = (doc: SourceDocument): boolean => {
  const read = readStatusTable(doc);
  return read.ok ? (modelHeadingRow(read.table)?.merged ?? true) : true;
};

/**
 * Queues one heading row; returns whether it could be merged. An Excel table (ListObject) cannot
 * hold merged cells (Excel's own rule for tables, told by Excel's user interface; no page of the
 * API reference states it, and the code Office answers a merge there with is not documented):
 * there the heading is a table row added through `TableRowCollection.add`, bold, its text in the
 * first cell, and the pane says it is not merged.
 */
const queueHeading = (read: TableRead, layout: SheetLayout, edit: InsertHeadingEdit, mergeAcross: boolean): { row: number; merged: boolean } => {
  const row = sheetRowBefore(layout, { block: edit.block, row: edit.beforeRow });
  const width = layout.width;
  const target: GridArea = { row, column: layout.column, rowCount: 1, columnCount: width };
  const values = [[edit.text, ...Array.from({ length: width - 1 }, () => '')]];
  const list = layout.listObject;
  const inList = list !== undefined && row > list.area.row && row <= list.area.row + list.area.rowCount;
  if (list && inList) {
    const bodyIndex = row - list.area.row - 1;
    const bodyCount = list.area.rowCount - 1;
    read.sheet.tables.getItem(list.name).rows.add(bodyIndex < bodyCount ? bodyIndex : -1, values);
  } else {
    rangeOf(read.sheet, { row, column: 0, rowCount: 1, columnCount: 1 })
      .getEntireRow()
      .insert('Down');
    rangeOf(read.sheet, target).values = values;
    if (mergeAcross) rangeOf(read.sheet, target).merge(false);
  }
  rangeOf(read.sheet, target).format.font.bold = true;
  return { row, merged: !inList };
};

/**
 * A heading row inserted inside a cell merged down would either grow the merge over it or, merged
 * across itself, overlap it; Office.js documents neither (`Range.insert`, `Range.merge`:
 * https://learn.microsoft.com/javascript/api/excel/excel.range), and either way a measure below
 * it could lose its trekker. Refused before anything is queued, naming the merged area, as the
 * .xlsx writer refuses it (`merge-across`).
 */
const refuseInsideMerges = (layout: SheetLayout, headings: readonly InsertHeadingEdit[]): void => {
  const sheetRows = layout.found.blocks.flatMap((block) => block.rows);
  for (const edit of headings) {
    const at = sheetRowBefore(layout, { block: edit.block, row: edit.beforeRow });
    const row = sheetRows.find((r) => r.row === at);
    const inside = row?.cells.find((cell) => cell.continued);
    if (!inside) continue;
    // The merged area from its first row: the rows above it in its column that continue it.
    let top = at;
    const rowsAbove = sheetRows.filter((r) => r.row < at).reverse();
    for (const above of rowsAbove) {
      const cell = above.cells.find((c) => c.area.column === inside.area.column);
      if (!cell || above.row !== top - 1) break;
      top = above.row;
      if (!cell.continued) break;
    }
    const bottom = inside.area.row + inside.area.rowCount - 1;
    throw new HostError('merge-in-the-way', areaAddress({ ...inside.area, row: top, rowCount: bottom - top + 1 }));
  }
};

/** The edits core planned, queued in the order that keeps every planned row where it was; returns the notes for the user. */
export const queueEdits = (
  context: Excel.RequestContext,
  read: TableRead,
  layout: SheetLayout,
  edits: readonly Edit[],
  supports: (version: string) => boolean,
): HostNote[] => {
  const rows: InsertHeadingEdit[] = [];
  const stamps: SetDateStampEdit[] = [];
  edits.forEach((edit) => {
    switch (edit.kind) {
      case 'insertHeading':
        rows.push(edit);
        break;
      case 'setDateStamp':
        stamps.push(edit);
        break;
      case 'insertHeadingParagraph':
        // A sheet has no paragraphs between tables, so core never plans one here; refuse rather than skip.
        throw new HostError('failed', 'heading paragraph on a sheet');
      default:
        unreachable(edit);
    }
  });
  refuseInsideMerges(layout, rows);
  const stampEdit = stamps[0];
  // The stamp first: heading rows inserted after it move it (and its name) down with them.
  const stampArea = stampEdit ? queueStamp(context, read, layout, stampEdit, supports('1.4')) : undefined;
  const mergeAcross = headingsMerged(layout.doc);
  const inserted = bottomUp(rows).map((edit) => queueHeading(read, layout, edit, mergeAcross));

  // Select what changed: the topmost new heading (inserted last), else the stamp where it ends up.
  const top = inserted[inserted.length - 1];
  if (top) rangeOf(read.sheet, { row: top.row, column: layout.column, rowCount: 1, columnCount: layout.width }).select();
  else if (stampArea) rangeOf(read.sheet, stampArea).select();
  return inserted.some((heading) => !heading.merged) ? ['heading-not-merged'] : [];
};

/** The layout of a read, or `no-status-table` naming the sheet. */
export const requireLayout = (read: TableRead): SheetLayout => {
  if (!read.layout) throw new HostError('no-status-table', read.sheetName);
  return read.layout;
};

/** What a read hands on as the document: the table found, what the sheet holds otherwise, or nothing. */
export const documentOf = (read: TableRead): SourceDocument => read.layout?.doc ?? read.unrelated ?? { blocks: [] };
