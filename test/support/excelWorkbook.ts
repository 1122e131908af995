import ExcelJS from 'exceljs';
import type { SourceDocument } from '../../src/core';
import { createExcelHost, officeExcelEnvironment } from '../../src/hosts/excel';
import { emptyCell, noFill, parseAddress, sheetModel, type SheetModel, type WorkbookModel } from '../../src/simulator/excel';
import { openExcel, type OpenedExcel } from './hosts';

/**
 * A workbook file as Excel's API reports it, put into the Excel simulator: every sheet in the
 * file's order, each cell's value as `Range.values` gives it and its `Range.numberFormat`, the
 * merged areas (`getMergedAreasOrNullObject`), the Excel tables. The file is read by exceljs, not
 * by our .xlsx reader, so the Excel host is held to a reading of its own.
 *
 * What Office.js reports, per the reference:
 * - Range.values: a string, a number (a date is its serial; its number format says it is a date)
 *   or a boolean, "" for an empty cell
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member);
 *   a line break typed with Alt+Enter is "\n" in the string.
 * - Range.numberFormat: Excel's format code in English ("d-m-yyyy", "General")
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
 * - A merged area holds its value in its top-left cell; the other cells of the area read "",
 *   and `Range.getMergedAreasOrNullObject` gives the areas
 *   (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
 */

/** Excel's day 0 is 30 December 1899; exceljs hands a number in a date format over as a Date at UTC midnight. */
const serialOfDate = (date: Date): number => (date.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;

/** A cell's value as Range.values reports it. */
const excelValue = (cell: ExcelJS.Cell): string | number | boolean => {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialOfDate(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('result' in value) {
    const result = value.result;
    if (result instanceof Date) return serialOfDate(result);
    return typeof result === 'string' || typeof result === 'number' || typeof result === 'boolean' ? result : '';
  }
  if ('text' in value && typeof value.text === 'string') return value.text;
  return '';
};

const sheetOf = (worksheet: ExcelJS.Worksheet, ordinal: number): SheetModel => {
  const sheet = sheetModel(worksheet.name, ordinal);
  worksheet.eachRow({ includeEmpty: false }, (row) =>
    row.eachCell({ includeEmpty: false }, (cell) => {
      // Only a merged area's top-left cell holds its value (exceljs repeats it in the others).
      if (cell.isMerged && cell.master !== cell) return;
      const value = excelValue(cell);
      if (value === '') return;
      sheet.cells.set(`${Number(cell.row) - 1},${Number(cell.col) - 1}`, {
        ...emptyCell(),
        value,
        numberFormat: cell.numFmt ?? 'General',
        bold: cell.font?.bold === true,
        fill: noFill(),
      });
    }),
  );
  const merges = (worksheet.model as { merges?: string[] }).merges ?? [];
  sheet.merges = merges.map((ref) => parseAddress(ref));
  sheet.tables = worksheet.getTables().map((entry) => {
    const table = (entry as unknown as { table: { name: string; tableRef: string } }).table;
    return { name: table.name, area: parseAddress(table.tableRef) };
  });
  return sheet;
};

/** The file's workbook as the simulator's model, the first sheet active (as every fixture saves it). */
export const workbookModelOf = async (bytes: Uint8Array): Promise<WorkbookModel> => {
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const sheets = file.worksheets.map((worksheet, i) => sheetOf(worksheet, i + 1));
  const first = sheets[0];
  if (!first) throw new Error('the workbook has no sheets');
  return { sheets, active: first, names: [], selection: undefined, version: 0 };
};

/** The workbook file open in the Excel simulator under the Excel host (the host reading the active sheet). */
export const openExcelFile = async (bytes: Uint8Array): Promise<OpenedExcel> => {
  const model = await workbookModelOf(bytes);
  const opened = openExcel({ blocks: [] });
  // The simulator keeps the model it was made with; its sheets become the file's.
  const workbook = opened.sim.workbook;
  workbook.sheets.splice(0, workbook.sheets.length, ...model.sheets);
  workbook.active = model.active;
  return opened;
};

/**
 * The status table as the pane reads it from a workbook: the sheets that hold one
 * (`sheets.withTable()`, the sheet picker's list, in the workbook's order), the first of them.
 */
export const readExcelFile = async (bytes: Uint8Array, sheet?: string): Promise<SourceDocument> => {
  const { host } = await openExcelFile(bytes);
  const withTable = host.capabilities.sheets.withTable;
  if (!withTable) throw new Error('the Excel host lists no sheets with a table');
  const candidates = await withTable();
  const name = sheet ?? candidates[0];
  if (name === undefined) throw new Error('no sheet holds a status table');
  return createExcelHost(officeExcelEnvironment(), { sheet: name }).read();
};
