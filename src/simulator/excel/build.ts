import { isTable, paragraph, sourceCell, type CellText, type SourceCell, type SourceDocument, type SourceTable } from '../../core/document';
import { looksLikeHeading } from '../../core/headings';
import { parseMeasureNumber } from '../../core/model';
import { resolveGrid } from '../../core/tableGrid';
import { cellAt, cellFor, contains, forEachCell, parseAddress, sheetModel, type Area, type CellModel, type SheetModel, type WorkbookModel } from './model';

/**
 * Between a workbook and core's `SourceDocument`: laying a document out on a sheet the way people
 * keep this table in Excel, and reading the sheet back independently of the Excel host, as the
 * truth its reads are held to.
 *
 * Layout: the title in the cell above the table (when the origin leaves room for it), then every
 * row of every table one after another (each table's header row repeats), a cell merged across
 * or down as an Excel merged area (except inside an Excel table, which cannot hold merged cells:
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-tables — "you can't merge
 * cells in a table" is Excel's own rule, documented in Excel's help, not the API reference), a
 * cell's paragraphs as its lines, the header row bold, the paragraphs after the tables from two
 * rows below the last row.
 */

export interface LayoutOptions {
  /** Top-left address of the table (default "A1"). */
  readonly origin?: string;
  /** Make the status table one Excel table (ListObject). */
  readonly asListObject?: boolean;
  /** Write a Dutch date stamp as a date serial with a date number format, not as text. */
  readonly stampAsSerial?: boolean;
  /** Rows between the table's last row and the first paragraph after it (default 2). */
  readonly stampRowsBelow?: number;
  readonly sheetName?: string;
  readonly protected?: boolean;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DUTCH_DATE = new RegExp(`^\\s*(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\s*$`, 'i');

/** Excel's serial of a date (day 0 = 30 December 1899, for every date after February 1900). */
export const serialOf = (year: number, month: number, day: number): number =>
  Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

/** A Dutch long date ("19 juni 2021") as its serial, if it is one. */
export const dutchDateSerial = (text: string): number | undefined => {
  const date = DUTCH_DATE.exec(text);
  if (!date) return undefined;
  return serialOf(Number(date[3]), MONTHS.indexOf((date[2] ?? '').toLowerCase()) + 1, Number(date[1]));
};

const lines = (cell: CellText): string => (cell.length === 0 ? '' : cell.join('\n'));

const setCell = (sheet: SheetModel, row: number, column: number, value: string | number, patch: Partial<CellModel> = {}): void => {
  const cell = cellFor(sheet, row, column);
  cell.value = value;
  Object.assign(cell, patch);
};

const parts = (doc: SourceDocument) => {
  const first = doc.blocks.findIndex(isTable);
  const last = doc.blocks.length - 1 - [...doc.blocks].reverse().findIndex(isTable);
  const texts = (from: number, to: number): string[] => doc.blocks.slice(from, to).flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
  if (first < 0) return { before: [] as string[], tables: [] as SourceTable[], after: texts(0, doc.blocks.length) };
  return { before: texts(0, first), tables: doc.blocks.filter(isTable), after: texts(last + 1, doc.blocks.length) };
};

/** A workbook whose one sheet holds `doc` laid out as the module comment says. */
export const workbookFrom = (doc: SourceDocument, options: LayoutOptions = {}): WorkbookModel => {
  const sheet = sheetModel(options.sheetName ?? 'Stand van zaken', 1);
  sheet.protected = options.protected ?? false;
  const workbook: WorkbookModel = { sheets: [sheet], active: sheet, names: [], selection: undefined, version: 0 };
  const { before, tables, after } = parts(doc);
  const origin = parseAddress(options.origin ?? 'A1');
  const title = before.find((p) => p.trim() !== '');
  if (title !== undefined && origin.row > 0) setCell(sheet, origin.row - 1, origin.column, title, { bold: true });
  let row = origin.row;
  let width = 1;
  tables.forEach((table) => {
    const grid = resolveGrid(table);
    width = Math.max(width, grid.width);
    grid.own.forEach((cells, r) =>
      cells.forEach((cell) => {
        const text = lines(cell.paragraphs);
        if (text !== '') setCell(sheet, row + r, origin.column + cell.column, text);
        const merged = cell.columnSpan > 1 || cell.rowSpan > 1;
        if (merged && !options.asListObject) {
          sheet.merges.push({ row: row + r, column: origin.column + cell.column, rowCount: cell.rowSpan, columnCount: cell.columnSpan });
          // A heading row (one cell across the width) is set bold, as the seed's headings are.
          if (cell.rowSpan === 1 && cells.length === 1) cellFor(sheet, row + r, origin.column + cell.column).bold = true;
        }
      }),
    );
    row += table.rows.length;
  });
  for (let c = 0; c < width; c += 1) cellFor(sheet, origin.row, origin.column + c).bold = true;
  if (options.asListObject && tables.length > 0) {
    sheet.tables.push({ name: 'Statustabel', area: { row: origin.row, column: origin.column, rowCount: row - origin.row, columnCount: width } });
  }
  let afterRow = row - 1 + (options.stampRowsBelow ?? 2);
  after.forEach((text) => {
    const serial = options.stampAsSerial ? dutchDateSerial(text) : undefined;
    if (serial !== undefined) setCell(sheet, afterRow, origin.column, serial, { numberFormat: 'd mmmm yyyy' });
    else if (text !== '') setCell(sheet, afterRow, origin.column, text);
    afterRow += 1;
  });
  return workbook;
};

/** A cell as the grid shows it: a date serial in a date format as a Dutch long date. */
const shown = (sheet: SheetModel, r: number, c: number): string => {
  const { value, numberFormat } = cellAt(sheet, r, c);
  if (typeof value === 'number' && /[dy]/i.test(numberFormat.replace(/"[^"]*"|\[[^\]]*\]/g, ''))) {
    const d = new Date(Date.UTC(1899, 11, 30) + value * 86_400_000);
    return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
  }
  return String(value);
};

/**
 * The status table read back from the sheet, independently of the Excel host: from the first row
 * that names "Stand van zaken" to the last row that still belongs to the table, split into tables
 * at each repeated header row, merged areas as cells with their spans; filled cells above and
 * below as paragraphs.
 */
export const sourceDocumentOfSheet = (sheet: SheetModel): SourceDocument => {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  forEachCell(sheet, (r, c, cell) => {
    if (cell.value === '') return;
    top = Math.min(top, r);
    left = Math.min(left, c);
    bottom = Math.max(bottom, r);
    right = Math.max(right, c);
  });
  const isHeader = (r: number): boolean =>
    Array.from({ length: right - left + 1 }, (_, i) => shown(sheet, r, left + i).toLowerCase()).some((t) => t === 'stand van zaken');
  let first = -1;
  for (let r = top; r <= bottom && first < 0; r += 1) if (isHeader(r)) first = r;
  const loose = (from: number, to: number): string[] => {
    const out: string[] = [];
    for (let r = from; r <= to; r += 1) for (let c = left; c <= right; c += 1) if (shown(sheet, r, c) !== '') out.push(shown(sheet, r, c));
    return out;
  };
  if (first < 0) return { blocks: loose(top, bottom).map((text) => paragraph(text)) };
  let column = left;
  while (column <= right && shown(sheet, first, column) === '') column += 1;
  let width = 0;
  while (column + width <= right && shown(sheet, first, column + width) !== '') width += 1;
  const mergeAt = (r: number, c: number): Area | undefined => sheet.merges.find((m) => contains(m, r, c));
  const inTable = (r: number): boolean =>
    isHeader(r) ||
    sheet.tables.some((t) => contains(t.area, r, column)) ||
    mergeAt(r, column) !== undefined ||
    Array.from({ length: width - 1 }, (_, i) => shown(sheet, r, column + 1 + i)).some((t) => t !== '') ||
    // A heading typed in the first cell without merging, or a measure with only its number.
    looksLikeHeading(shown(sheet, r, column)) ||
    parseMeasureNumber(shown(sheet, r, column)).number !== undefined;
  let last = first;
  for (let r = first + 1; r <= bottom; r += 1) if (inTable(r)) last = r;

  const tables: { rows: SourceCell[][]; start: number }[] = [];
  for (let r = first; r <= last; r += 1) {
    if (isHeader(r) || tables.length === 0) tables.push({ rows: [], start: r });
    const current = tables[tables.length - 1] as { rows: SourceCell[][]; start: number };
    const end = r === last ? last : r;
    const cells: SourceCell[] = [];
    for (let c = column; c < column + width; ) {
      const merge = mergeAt(r, c);
      if (merge && (merge.row < r || merge.column < c)) {
        c = merge.column + merge.columnCount;
        continue;
      }
      const text = shown(sheet, r, c).split('\n');
      if (merge) {
        const span = Math.min(merge.columnCount, column + width - c);
        // A merge reaching below the table's last row stops there.
        const rows = Math.min(merge.rowCount, Math.max(end, last) - r + 1);
        cells.push(sourceCell(text, span, rows));
        c += merge.columnCount;
      } else {
        cells.push(sourceCell(text));
        c += 1;
      }
    }
    current.rows.push(cells);
  }
  return {
    blocks: [
      ...loose(top, first - 1).map((text) => paragraph(text)),
      ...tables.map((t): SourceTable => ({ kind: 'table', rows: t.rows.map((cells) => ({ cells })) })),
      ...loose(last + 1, bottom).map((text) => paragraph(text)),
    ],
  };
};
