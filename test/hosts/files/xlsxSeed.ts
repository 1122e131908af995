import ExcelJS from 'exceljs';
import type { CellText, SourceDocument } from '../../../src/core';
import { afterOf, beforeOf, tablesOf } from '../../fixtures/plain';

/** Options for a workbook built from a `SourceDocument`, to vary what the reader must cope with. */
export interface BuildOptions {
  /** The date stamp as a real date cell (numFmt d mmmm yyyy) instead of text. */
  readonly dateStamp?: boolean;
  /** Empty rows between the tables (each repeating the header). */
  readonly gapBetweenTables?: number;
  /** First column of the table (1 = A). */
  readonly firstCol?: number;
  /** Name of a sheet without a status table placed before the real one. */
  readonly emptySheetFirst?: string;
  /** Write multi-paragraph cells as rich text (two runs, the first bold). */
  readonly richText?: boolean;
  /** Borders on every table cell. */
  readonly borders?: boolean;
}

const isHeading = (row: readonly CellText[]): boolean => row.length === 1;
const thin = { style: 'thin' } as const;

/**
 * A workbook of `doc` laid out the way people lay out the status table in Excel: title in the
 * first row, the tables from two rows down (heading rows merged across the width, paragraphs on
 * lines of one wrapped cell), the date stamp below after an empty row.
 */
export const buildWorkbook = async (doc: SourceDocument, options: BuildOptions = {}): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  if (options.emptySheetFirst) workbook.addWorksheet(options.emptySheetFirst).getCell('A1').value = 'Notities';
  const sheet = workbook.addWorksheet('Stand van zaken');
  const c0 = options.firstCol ?? 1;
  const width = Math.max(...tablesOf(doc).flatMap((t) => t.map((r) => r.length)));
  let r = 1;
  (beforeOf(doc) ?? []).forEach((text) => {
    sheet.getCell(r, c0).value = text;
    r += 1;
  });
  r += 1;
  tablesOf(doc).forEach((table, t) => {
    if (t > 0) r += options.gapBetweenTables ?? 0;
    table.forEach((row) => {
      row.forEach((cell, i) => {
        const target = sheet.getCell(r, c0 + i);
        const text = cell.join('\n');
        target.value =
          options.richText && cell.length > 1
            ? { richText: [{ text: `${cell[0] ?? ''}\n`, font: { bold: true } }, { text: cell.slice(1).join('\n') }] }
            : text;
        target.alignment = { wrapText: true, vertical: 'top' };
        if (options.borders) target.border = { top: thin, left: thin, bottom: thin, right: thin };
        if (isHeading(row)) {
          target.font = { bold: true, color: { argb: 'FF1F4E79' } };
          target.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
        }
      });
      if (isHeading(row) && width > 1) {
        for (let i = 1; i < width; i += 1) {
          const slave = sheet.getCell(r, c0 + i);
          if (options.borders) slave.border = { top: thin, left: thin, bottom: thin, right: thin };
        }
        sheet.mergeCellsWithoutStyle(r, c0, r, c0 + width - 1);
        sheet.getRow(r).height = 22;
      }
      r += 1;
    });
  });
  r += 1;
  afterOf(doc).forEach((text) => {
    const cell = sheet.getCell(r, c0);
    const date = /^(\d{1,2}) juni (\d{4})$/.exec(text);
    if (options.dateStamp && date) {
      cell.value = new Date(Date.UTC(Number(date[2]), 5, Number(date[1])));
      cell.numFmt = 'd mmmm yyyy';
    } else {
      cell.value = text;
    }
    r += 1;
  });
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
};

/** Every cell of the workbook's sheets: address → value, as exceljs reads it back. */
export const cellValues = async (bytes: Uint8Array): Promise<Map<string, unknown>> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const values = new Map<string, unknown>();
  workbook.worksheets.forEach((sheet) =>
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        values.set(`${sheet.name}!${cell.address}`, JSON.parse(JSON.stringify(cell.value)));
      }),
    ),
  );
  return values;
};

export const loadWorkbook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook;
};
