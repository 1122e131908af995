import { simpleTable, type SourceDocument } from '../../core/document';
import type { GridArea } from '../../core/grid';
import { HostError } from '../host';
import { isPayloadLimit, officeErrorCode } from '../officeErrors';
import { cellLines, cellText, parseArea, parseAreas, splitSheet } from './cells';
import { layoutSheet, type SheetLayout } from './layout';

/**
 * Reading the status table out of a workbook: only what the check needs, in at most two syncs.
 *
 * Sync 1 loads the sheet's used range's values (the values only: `getUsedRange(true)`), number
 * formats only of the cells that hold numbers (the only ones whose text depends on their format:
 * a date stamp, a date in Planning), the merged areas (ExcelApi 1.13), the sheet's protection,
 * the workbook's Excel tables by name and sheet, and the stamp's named item. A second sync only
 * when the sheet holds an Excel table: its area is reachable only once its name is known.
 *
 * The table is read on the sheet the pane names, else on the active sheet. Which sheets hold one
 * (for the pane's sheet picker) is `sheetsWithTable`: every sheet in two syncs.
 *
 * Office refuses a request or response over 5 MB (Excel on the web; "Payload size limit best
 * practices" in https://learn.microsoft.com/office/dev/add-ins/excel/performance, error
 * RequestPayloadSizeLimitExceeded/ResponsePayloadSizeLimitExceeded in
 * https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling).
 * A sheet whose values pass that is read again in pages of rows, a sync each, halving a page that
 * is still too large: more syncs, but a check rather than an error.
 */

export const STAMP_NAME = 'Statustabel_Datum';

/** Rows per page when a sheet's values are too large for one response; halved while still too large. */
export const PAGE_ROWS = 2000;

export interface ReadOptions {
  /** The sheet holding the status table; without it the active sheet. */
  readonly sheet?: string;
  /** Whether Office has ExcelApi `version`. */
  readonly supports: (version: string) => boolean;
}

/** The stamp's named item as found. */
export interface StampName {
  readonly item: Excel.NamedItem;
  readonly sheet?: string;
  readonly area?: GridArea;
}

/** The sheet the table was read from, and how it was laid out. */
export interface TableRead {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly protected: boolean;
  readonly layout: SheetLayout | undefined;
  /** The used range as one table, when the sheet has content but no status table. */
  readonly unrelated: SourceDocument | undefined;
  readonly stampName: StampName | undefined;
}

/** A sheet's proxies, queued for a sync. */
interface ContentLoad {
  readonly sheet: Excel.Worksheet;
  readonly used: Excel.Range;
  /** Cells holding numbers (constants, formulas), with their formats: ExcelApi 1.9; empty below it. */
  readonly numbers: readonly Excel.RangeAreas[];
  readonly merged: Excel.RangeAreas | undefined;
}

/** What one sheet holds, as read. */
interface SheetContent {
  readonly sheet: Excel.Worksheet;
  readonly name: string;
  readonly protected: boolean;
  readonly row: number;
  readonly column: number;
  readonly values: readonly (readonly unknown[])[];
  readonly formatAt: (row: number, column: number) => unknown;
  readonly merges: readonly GridArea[] | undefined;
}

/**
 * Queues what a sheet holds. The used range of a blank sheet is its top-left cell
 * (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrange-member(1)),
 * so the methods below are never called on a null object.
 */
const queueContent = (sheet: Excel.Worksheet, supports: (version: string) => boolean, withValues: boolean): ContentLoad => {
  sheet.load('name');
  sheet.protection.load('protected');
  const used = sheet.getUsedRange(true);
  // Below ExcelApi 1.9 there is no asking for the cells that hold numbers: every format comes along.
  const everyFormat = !supports('1.9');
  if (!withValues) used.load('rowIndex,columnIndex,rowCount,columnCount');
  else if (everyFormat) used.load('rowIndex,columnIndex,rowCount,columnCount,values,numberFormat');
  else used.load('rowIndex,columnIndex,rowCount,columnCount,values');
  // Range.numberFormat is in English codes whatever the user's language (numberFormatLocal is the
  // localised one): https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member
  const numbers = everyFormat
    ? []
    : (['Constants', 'Formulas'] as const).map((type) => {
        const areas = used.getSpecialCellsOrNullObject(type, 'Numbers');
        areas.load('areas/items/rowIndex,areas/items/columnIndex,areas/items/numberFormat');
        return areas;
      });
  // Merged areas need ExcelApi 1.13; without it every cell reads on its own (headings unmerged).
  const merged = supports('1.13') ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
  merged?.load('address');
  return { sheet, used, numbers, merged };
};

interface Page {
  readonly values: readonly (readonly unknown[])[];
  readonly formats?: readonly (readonly unknown[])[];
}

/** The used range's values page by page, after a sync loaded its place (ContentLoad without values). */
const pageValues = async (context: Excel.RequestContext, load: ContentLoad, supports: (version: string) => boolean): Promise<Page> => {
  const { used } = load;
  const withFormats = !supports('1.9');
  const values: unknown[][] = [];
  const formats: unknown[][] = [];
  let size = PAGE_ROWS;
  while (values.length < used.rowCount) {
    const page = load.sheet.getRangeByIndexes(used.rowIndex + values.length, used.columnIndex, Math.min(size, used.rowCount - values.length), used.columnCount);
    if (withFormats) page.load('values,numberFormat');
    else page.load('values');
    try {
      // Only for a sheet too large for one response: a bounded number of pages, never a sync per row.
      // eslint-disable-next-line office-addins/no-context-sync-in-loop
      await context.sync();
    } catch (error) {
      if (isPayloadLimit(error) && size > 1) {
        size = Math.ceil(size / 2);
        continue;
      }
      throw error;
    }
    values.push(...page.values);
    if (withFormats) formats.push(...page.numberFormat);
  }
  return withFormats ? { values, formats } : { values };
};

/** The loaded content, its values from the used range or from pages. */
const contentOf = (load: ContentLoad, paged?: Page): SheetContent => {
  const { used, sheet } = load;
  const formats = new Map<string, unknown>();
  load.numbers.forEach((found) => {
    if (found.isNullObject) return;
    found.areas.items.forEach((area) =>
      area.numberFormat.forEach((line, i) => line.forEach((format, j) => formats.set(`${area.rowIndex + i},${area.columnIndex + j}`, format))),
    );
  });
  const grid = paged?.formats ?? (load.numbers.length === 0 ? used.numberFormat : undefined);
  const formatAt = grid
    ? (row: number, column: number): unknown => grid[row - used.rowIndex]?.[column - used.columnIndex]
    : (row: number, column: number): unknown => formats.get(`${row},${column}`);
  return {
    sheet,
    name: sheet.name,
    protected: sheet.protection.protected,
    row: used.rowIndex,
    column: used.columnIndex,
    values: paged?.values ?? used.values,
    formatAt,
    merges: load.merged ? (load.merged.isNullObject ? [] : parseAreas(load.merged.address)) : undefined,
  };
};

/** Reads one sheet on its own: in one sync, or paged where it is too large for one response. */
const readAlone = async (context: Excel.RequestContext, sheet: Excel.Worksheet, supports: (version: string) => boolean): Promise<SheetContent> => {
  const whole = queueContent(sheet, supports, true);
  try {
    await context.sync();
    return contentOf(whole);
  } catch (error) {
    if (!isPayloadLimit(error)) throw error;
  }
  const place = queueContent(sheet, supports, false);
  await context.sync();
  return contentOf(place, await pageValues(context, place, supports));
};

/** An Excel table whose area is queued for the next sync. */
interface TableLoad {
  readonly name: string;
  readonly range: Excel.Range;
}

const queueTableAreas = (tables: readonly Excel.Table[]): TableLoad[] =>
  tables.map((table) => {
    const range = table.getRange();
    range.load('rowIndex,columnIndex,rowCount,columnCount');
    return { name: table.name, range };
  });

const areasOf = (tables: readonly TableLoad[]) =>
  tables.map(({ name, range }) => ({
    name,
    area: { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount },
  }));

const layoutOf = (content: SheetContent, tables: readonly TableLoad[], stamp: { sheet?: string; area?: GridArea } | undefined): SheetLayout | undefined => {
  const stampHere = stamp?.area && (stamp.sheet === undefined || stamp.sheet === content.name);
  const blank = content.values.every((line) => line.every((value) => value === ''));
  if (blank) return undefined;
  return layoutSheet({
    row: content.row,
    column: content.column,
    values: content.values,
    formatAt: content.formatAt,
    ...(content.merges ? { merges: content.merges } : {}),
    listObjects: areasOf(tables),
    ...(stampHere && stamp?.area ? { stampCell: { row: stamp.area.row, column: stamp.area.column } } : {}),
  });
};

/** Without a header row of ours, what the sheet holds is still handed on, so core can tell an empty sheet from one with another table on it. */
const unrelatedOf = (content: SheetContent): SourceDocument | undefined => {
  if (content.values.every((line) => line.every((value) => value === ''))) return undefined;
  return {
    blocks: [simpleTable(content.values.map((line, r) => line.map((value, c) => cellLines(cellText(value, content.formatAt(content.row + r, content.column + c))))))],
  };
};

interface Candidate {
  readonly content: SheetContent;
  readonly layout: SheetLayout | undefined;
}

/**
 * Every given sheet laid out, with its Excel tables: in one sync, or, where that is too large
 * for one response, sheet by sheet (tables then in a sync of their own).
 */
const readSheets = async (
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  tablesOn: (name: string) => readonly Excel.Table[],
  stamp: { sheet?: string; area?: GridArea } | undefined,
  supports: (version: string) => boolean,
): Promise<Candidate[]> => {
  const queued = sheets.map((sheet) => ({ load: queueContent(sheet, supports, true), tables: queueTableAreas(tablesOn(sheet.name)) }));
  try {
    await context.sync();
    return queued.map(({ load, tables }) => {
      const content = contentOf(load);
      return { content, layout: layoutOf(content, tables, stamp) };
    });
  } catch (error) {
    if (!isPayloadLimit(error)) throw error;
  }
  const found: Candidate[] = [];
  for (const sheet of sheets) {
    // Only when the sheets together pass Office's 5 MB: one read per sheet, a bounded number.
    const content = await readAlone(context, sheet, supports);
    const tables = queueTableAreas(tablesOn(sheet.name));
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    if (tables.length > 0) await context.sync();
    found.push({ content, layout: layoutOf(content, tables, stamp) });
  }
  return found;
};

/** The status table on the named sheet, else on the active sheet. */
export const readTable = async (context: Excel.RequestContext, options: ReadOptions): Promise<TableRead> => {
  const { supports } = options;
  const workbook = context.workbook;
  const target = options.sheet ? workbook.worksheets.getItem(options.sheet) : workbook.worksheets.getActiveWorksheet();
  const queueBasics = () => {
    const tables = workbook.tables;
    tables.load('items/name,items/worksheet/name');
    const stamp = workbook.names.getItemOrNullObject(STAMP_NAME);
    stamp.load('formula');
    return { tables, stamp };
  };

  let basics = queueBasics();
  let content: SheetContent;
  try {
    const load = queueContent(target, supports, true);
    await context.sync();
    content = contentOf(load);
  } catch (error) {
    if (options.sheet && officeErrorCode(error) === 'ItemNotFound') throw new HostError('no-status-table', options.sheet);
    if (!isPayloadLimit(error)) throw error;
    basics = queueBasics();
    const place = queueContent(target, supports, false);
    await context.sync();
    content = contentOf(place, await pageValues(context, place, supports));
  }

  const { tables, stamp } = basics;
  const stampTarget = stamp.isNullObject ? undefined : splitSheet(String(stamp.formula));
  const stampArea = stampTarget ? parseArea(stampTarget.local) : undefined;
  const stampPlace = stampTarget && { ...(stampTarget.sheet !== undefined ? { sheet: stampTarget.sheet } : {}), ...(stampArea ? { area: stampArea } : {}) };
  const result = (layout: SheetLayout | undefined): TableRead => ({
    sheet: content.sheet,
    sheetName: content.name,
    protected: content.protected,
    layout,
    unrelated: layout ? undefined : unrelatedOf(content),
    stampName: stamp.isNullObject ? undefined : { item: stamp, ...stampPlace },
  });

  const first = layoutOf(content, [], stampPlace);
  const onSheet = tables.items.filter((table) => table.worksheet.name === content.name);
  if (!first || onSheet.length === 0) return result(first);
  const areas = queueTableAreas(onSheet);
  await context.sync();
  return result(layoutOf(content, areas, stampPlace));
};

/** The names of the sheets that hold a status table, in the workbook's order: two syncs. */
export const sheetsWithTable = async (context: Excel.RequestContext, supports: (version: string) => boolean): Promise<string[]> => {
  const worksheets = context.workbook.worksheets;
  worksheets.load('items/name');
  const tables = context.workbook.tables;
  tables.load('items/name,items/worksheet/name');
  await context.sync();
  const tablesOn = (name: string): Excel.Table[] => tables.items.filter((table) => table.worksheet.name === name);
  const found = await readSheets(context, worksheets.items, tablesOn, undefined, supports);
  return found.filter((candidate) => candidate.layout !== undefined).map((candidate) => candidate.content.name);
};
