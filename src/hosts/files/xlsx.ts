import ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { isoDate, type ISODate } from '../../core/calendar';
import { isHeaderRow as isHeaderTexts } from '../../core/columns';
import { formatDutchDate } from '../../core/datestamp';
import { isBlankCell, isCellLocation, paragraph, simpleTable, type CellText, type Location, type SourceDocument } from '../../core/document';
import { bottomUp, type Edit, type InsertHeadingEdit, type SetDateStampEdit } from '../../core/edits';
import { looksLikeHeading } from '../../core/headings';
import { headingRows, parseMeasureNumber, readStatusTable } from '../../core/model';
import { squash } from '../../core/text';
import { FileError } from './errors';
import type { StatusFile } from './types';
import { inspectZip, KIND_NAMES } from './zip';

/**
 * The status table in an .xlsx workbook, read and changed with exceljs.
 *
 * Reading: the first sheet with a header row of ours holds the table. Its columns are those of
 * the first header row; the table runs down from there, row by row, and goes on after blank rows
 * when what follows is another header row (a new `RawDocument` table, as Word has one per page),
 * a heading or a measure. A merged range counts as one cell; a cell's lines are its paragraphs.
 * Non-empty cells above the table are `before`, below it `after` (one entry per line), where the
 * date stamp is found; a real date cell reads as a Dutch long date.
 */

type Worksheet = ExcelJS.Worksheet;
type Cell = ExcelJS.Cell;
type CellValue = ExcelJS.CellValue;

/** A line of a cell outside the table: where `RawDocument.after[i]` lives on the sheet. */
interface Place {
  readonly row: number;
  readonly col: number;
  readonly line: number;
}

interface Layout {
  readonly sheet: Worksheet;
  /** The table's first and last column (1-based). */
  readonly firstCol: number;
  readonly lastCol: number;
  /** The sheet row of each `RawDocument` row, per table. */
  readonly rows: readonly (readonly number[])[];
  /** The last sheet row of the status table. */
  readonly end: number;
  readonly before: readonly Place[];
  readonly after: readonly Place[];
  readonly doc: SourceDocument;
}

/** The table index of a block (the blocks are: paragraphs above the table, its tables, paragraphs below). */
const tableOfBlock = (layout: Layout, block: number): number => block - layout.before.length;

/** Where the paragraph at `block` below the table lives on the sheet. */
const afterPlace = (layout: Layout, block: number): Place | undefined =>
  layout.after[block - layout.before.length - layout.rows.length];

/** A cell as read: its text and the columns it covers. */
interface ReadCell {
  readonly col: number;
  readonly lastCol: number;
  readonly text: CellText;
}

/** A cell's date as an ISO date: exceljs gives dates as the UTC instant of the serial number. */
const isoOfDate = (date: Date): ISODate => isoDate(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());

const valueText = (value: CellValue | undefined): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : formatDutchDate(isoOfDate(value));
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return valueText(value.text as CellValue);
  if ('formula' in value || 'sharedFormula' in value) return valueText(value.result as CellValue);
  if ('error' in value) return String(value.error);
  return '';
};

/** The cell's lines (Excel's "Alt+Enter" breaks), Excel's escaped carriage returns dropped. */
const lines = (value: CellValue | undefined): string[] => valueText(value).replace(/_x000D_/g, '').split(/\r\n|\r|\n/);

const isSlave = (cell: Cell): boolean => cell.isMerged && cell.master.address !== cell.address;

interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** exceljs keeps a sheet's merged ranges by master address; it has no public list short of serialising the sheet. */
const mergesOf = (sheet: Worksheet): Merge[] =>
  Object.values((sheet as unknown as { _merges: Record<string, Merge | undefined> })._merges).filter(
    (m): m is Merge => m !== undefined,
  );

/** The right edge of the merge `cell` is the master of, or its own column. */
const rightEdge = (merges: ReadonlyMap<string, Merge>, cell: Cell): number => merges.get(cell.address)?.right ?? Number(cell.col);

/** Reads row `r` between columns `from` and `to`: merged ranges as one cell; a cell merged from another row reads as empty. */
const readRow = (sheet: Worksheet, merges: ReadonlyMap<string, Merge>, r: number, from: number, to: number): ReadCell[] => {
  const cells: ReadCell[] = [];
  const row = sheet.findRow(r);
  // A row without cells, or cells stopping short of `to`: no need to look further (a stray
  // cell in column XFD must not make every row 16384 cells of work).
  const stop = row ? Math.min(to, Math.max(row.cellCount, from)) : from - 1;
  for (let c = from; c <= to; c += 1) {
    if (c > stop) {
      cells.push({ col: c, lastCol: c, text: [''] });
      continue;
    }
    const cell = sheet.findCell(r, c);
    if (cell && isSlave(cell)) {
      if (Number(cell.master.row) === r && Number(cell.master.col) >= from) continue;
      cells.push({ col: c, lastCol: c, text: [''] });
      continue;
    }
    const lastCol = cell ? Math.min(rightEdge(merges, cell), Math.max(to, c)) : c;
    cells.push({ col: c, lastCol, text: lines(cell?.value) });
  }
  return cells;
};

const rawRow = (cells: readonly ReadCell[]): CellText[] => cells.map((c) => c.text);
const isBlankRow = (cells: readonly ReadCell[]): boolean => cells.every((c) => isBlankCell(c.text));
const isHeaderRow = (cells: readonly ReadCell[]): boolean => isHeaderTexts(rawRow(cells));

/** After blank rows, the table goes on if what follows is a row of several cells, a heading or a measure. */
const continuesTable = (cells: readonly ReadCell[]): boolean => {
  const filled = cells.filter((c) => !isBlankCell(c.text));
  if (filled.length !== 1) return filled.length > 1;
  const text = squash((filled[0]?.text ?? []).join('\n'));
  return looksLikeHeading(text) || parseMeasureNumber(text).number !== undefined;
};

/** The lines of every non-empty cell in rows `from`…`to`, all columns, row by row. */
const readLoose = (sheet: Worksheet, merges: ReadonlyMap<string, Merge>, from: number, to: number) => {
  const texts: string[] = [];
  const places: Place[] = [];
  for (let r = from; r <= to; r += 1) {
    readRow(sheet, merges, r, 1, Math.max(sheet.findRow(r)?.cellCount ?? 0, 1)).forEach((cell) => {
      if (isBlankCell(cell.text)) return;
      cell.text.forEach((line, i) => {
        texts.push(line);
        places.push({ row: r, col: cell.col, line: i });
      });
    });
  }
  return { texts, places };
};

const findHeader = (sheet: Worksheet, merges: ReadonlyMap<string, Merge>) => {
  for (let r = 1; r <= sheet.rowCount; r += 1) {
    const cells = readRow(sheet, merges, r, 1, Math.max(sheet.findRow(r)?.cellCount ?? 0, 1));
    if (!isHeaderRow(cells)) continue;
    const filled = cells.filter((c) => !isBlankCell(c.text));
    const first = filled[0];
    const last = filled[filled.length - 1];
    if (first && last) return { row: r, firstCol: first.col, lastCol: last.lastCol };
  }
  return undefined;
};

const layoutOf = (workbook: ExcelJS.Workbook): Layout | undefined => {
  for (const sheet of workbook.worksheets) {
    const merges = new Map(mergesOf(sheet).map((m) => [sheet.getCell(m.top, m.left).address, m]));
    const header = findHeader(sheet, merges);
    if (!header) continue;
    const { firstCol, lastCol } = header;
    const read = (r: number) => readRow(sheet, merges, r, firstCol, lastCol);
    const tables: CellText[][][] = [[rawRow(read(header.row))]];
    const rows: number[][] = [[header.row]];
    const push = (r: number, cells: readonly ReadCell[], newTable: boolean) => {
      if (newTable) {
        tables.push([]);
        rows.push([]);
      }
      tables[tables.length - 1]?.push(rawRow(cells));
      rows[rows.length - 1]?.push(r);
    };
    const last = sheet.rowCount;
    let end = header.row;
    let r = header.row + 1;
    while (r <= last) {
      const cells = read(r);
      if (!isBlankRow(cells)) {
        push(r, cells, isHeaderRow(cells));
        end = r;
        r += 1;
        continue;
      }
      let next = r;
      while (next <= last && isBlankRow(read(next))) next += 1;
      if (next > last) break;
      const following = read(next);
      if (isHeaderRow(following)) {
        push(next, following, true);
      } else if (continuesTable(following)) {
        for (let blank = r; blank < next; blank += 1) push(blank, read(blank), false);
        push(next, following, false);
      } else {
        break;
      }
      end = next;
      r = next + 1;
    }
    const before = readLoose(sheet, merges, 1, header.row - 1);
    const after = readLoose(sheet, merges, end + 1, last);
    return {
      sheet,
      firstCol,
      lastCol,
      rows,
      end,
      before: before.places,
      after: after.places,
      doc: {
        blocks: [...before.texts.map((text) => paragraph(text)), ...tables.map(simpleTable), ...after.texts.map((text) => paragraph(text))],
      },
    };
  }
  return undefined;
};

/**
 * Most cells the merged ranges and data-validation ranges of one sheet may cover. exceljs creates
 * an object for every cell of such a range while loading, so one `<mergeCell ref="A1:XFD1048576"/>`
 * in a 10 KB file would take the process down (out of memory) before any check of ours could run
 * (a million merged cells already take 2 s and 400 MB). A status table merges a few heading rows
 * four columns wide.
 */
export const MAX_RANGE_CELLS = 200_000;
/** Excel's own limits: exceljs makes an object per column up to a `<col max>`, and loops to the last row. */
const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

const SHEET_TAG = /<(?:[\w-]+:)?(c|row|col|mergeCell|dataValidation)\b((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const CELL_REF = /^\$?([A-Za-z]{1,7})\$?(\d{1,16})$/;

const xmlUnescape = (value: string): string =>
  value.replace(/&#(x[0-9a-f]+|\d+);/gi, (_, code: string) => {
    const n = code[0] === 'x' || code[0] === 'X' ? Number.parseInt(code.slice(1), 16) : Number(code);
    return n <= 0x10ffff ? String.fromCodePoint(n) : '';
  });

const columnOf = (letters: string): number => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

const cellOf = (ref: string): { col: number; row: number } | undefined => {
  const match = CELL_REF.exec(ref);
  return match ? { col: columnOf(match[1] ?? ''), row: Number(match[2]) } : undefined;
};

/** Cells in a range like "A1:D4" (a single cell counts 1); 0 for what is no range at all. */
export const rangeCells = (range: string): number => {
  const [from, to = from] = range.split(':');
  const a = cellOf(from ?? '');
  const b = cellOf(to ?? '');
  return a && b ? (Math.abs(b.col - a.col) + 1) * (Math.abs(b.row - a.row) + 1) : 0;
};

/**
 * Refuses a sheet that exceljs would blow up while loading: merged or validated ranges of too many
 * cells, and row or column numbers beyond Excel's (a `<col min>` of 4294967297 has it create four
 * billion column objects). Reads the sheets' XML as text, before exceljs sees it.
 */
const refuseOversizedSheets = (bytes: Uint8Array): void => {
  let sheets: Record<string, Uint8Array>;
  try {
    sheets = unzipSync(bytes, { filter: (file) => /^xl\/worksheets\/[^/]+\.xml$/i.test(file.name) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileError('damaged', `damaged or truncated zip archive (${reason})`);
  }
  for (const [name, data] of Object.entries(sheets)) {
    const xml = new TextDecoder().decode(data);
    let cells = 0;
    for (const tag of xml.matchAll(SHEET_TAG)) {
      const element = tag[1] ?? '';
      const attributes = new Map([...(tag[2] ?? '').matchAll(ATTRIBUTE)].map((a) => [a[1] ?? '', xmlUnescape(a[2] ?? a[3] ?? '').trim()]));
      const outOfRange = (what: string): FileError =>
        new FileError('damaged', `damaged Excel workbook (${name}: ${element} ${what} is beyond Excel's last row or column)`);
      if (element === 'row' && Number.parseInt(attributes.get('r') ?? '0', 10) > MAX_ROW) throw outOfRange(`r="${attributes.get('r')}"`);
      if (element === 'c') {
        const at = cellOf(attributes.get('r') ?? '');
        if (at && (at.row > MAX_ROW || at.col > MAX_COLUMN)) throw outOfRange(`r="${attributes.get('r')}"`);
      }
      if (element === 'col') {
        for (const edge of ['min', 'max']) {
          if (Number.parseInt(attributes.get(edge) ?? '0', 10) > MAX_COLUMN) throw outOfRange(`${edge}="${attributes.get(edge)}"`);
        }
      }
      if (element === 'mergeCell' || element === 'dataValidation') {
        const value = attributes.get(element === 'mergeCell' ? 'ref' : 'sqref') ?? '';
        for (const range of value.split(/\s+/)) cells += rangeCells(range);
        if (cells > MAX_RANGE_CELLS) {
          throw new FileError('too-large', `${name} merges or validates more than ${MAX_RANGE_CELLS.toLocaleString('en')} cells (${element} ${value.slice(0, 40)})`);
        }
      }
    }
  }
};

const loadWorkbook = async (bytes: Uint8Array): Promise<ExcelJS.Workbook> => {
  const summary = inspectZip(bytes);
  if (summary.kind !== 'xlsx') {
    throw new FileError(
      'unsupported-type',
      summary.kind ? `this is ${KIND_NAMES[summary.kind]}, not an Excel workbook` : 'zip archive without an Excel workbook in it',
    );
  }
  refuseOversizedSheets(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FileError('damaged', `damaged Excel workbook (${reason})`);
  }
  return workbook;
};

// ——— writing ———

type Style = Partial<ExcelJS.Style>;
const cloneStyle = (style: Style): Style => JSON.parse(JSON.stringify(style ?? {})) as Style;

/**
 * Inserts `count` empty rows at sheet row `at`. exceljs's spliceRows moves values, styles and
 * heights but not merged ranges (it leaves them at the old addresses), so the merges at or below
 * `at` are taken apart first and put back shifted, each cell keeping its own style.
 */
const insertRows = (sheet: Worksheet, at: number, count: number): void => {
  const moving = mergesOf(sheet).filter((m) => m.bottom >= at);
  const styles = moving.map((m) => {
    const cells: { r: number; c: number; style: Style }[] = [];
    for (let r = m.top; r <= m.bottom; r += 1) {
      for (let c = m.left; c <= m.right; c += 1) cells.push({ r, c, style: cloneStyle(sheet.getCell(r, c).style) });
    }
    return cells;
  });
  moving.forEach((m) => sheet.unMergeCells(m.top, m.left, m.bottom, m.right));
  sheet.spliceRows(at, 0, ...Array.from({ length: count }, () => []));
  const shift = (r: number): number => (r >= at ? r + count : r);
  moving.forEach((m, i) => {
    sheet.mergeCellsWithoutStyle(shift(m.top), m.left, shift(m.bottom), m.right);
    styles[i]?.forEach(({ r, c, style }) => {
      sheet.getCell(shift(r), c).style = cloneStyle(style);
    });
  });
};

interface HeadingLook {
  readonly styles: readonly Style[];
  readonly height: number | undefined;
}

/** How a new heading row looks: like the table's first heading row, else bold in the header's borders. */
const headingLook = (layout: Layout, width: number): HeadingLook => {
  const read = readStatusTable(layout.doc);
  const model = read.ok ? headingRows(read.table) : [];
  const rowHeadings = model.filter((h) => h.form === 'row');
  const source = rowHeadings.find((h) => h.merged) ?? rowHeadings[0];
  const sheetRow = source ? layout.rows[tableOfBlock(layout, source.location.block)]?.[source.location.row] : undefined;
  const cols = Array.from({ length: width }, (_, i) => layout.firstCol + i);
  if (sheetRow !== undefined) {
    const row = layout.sheet.getRow(sheetRow);
    return { styles: cols.map((c) => cloneStyle(row.getCell(c).style)), height: row.height };
  }
  const headerRow = layout.sheet.getRow(layout.rows[0]?.[0] ?? 1);
  return {
    styles: cols.map((c) => {
      const style = cloneStyle(headerRow.getCell(c).style);
      return { ...style, font: { ...(style.font ?? {}), bold: true } };
    }),
    height: undefined,
  };
};

const sheetRowFor = (layout: Layout, edit: InsertHeadingEdit): number => {
  const rows = layout.rows[tableOfBlock(layout, edit.block)];
  if (!rows || rows.length === 0) throw new FileError('damaged', `no table at block ${edit.block} in the workbook`);
  const row = rows[edit.beforeRow];
  if (row !== undefined) return row;
  return (rows[rows.length - 1] ?? layout.end) + 1;
};

const insertHeading = (layout: Layout, look: HeadingLook, edit: InsertHeadingEdit): void => {
  const { sheet, firstCol } = layout;
  const at = sheetRowFor(layout, edit);
  insertRows(sheet, at, 1);
  const width = Math.max(1, edit.width);
  const row = sheet.getRow(at);
  for (let i = 0; i < width; i += 1) {
    const cell = row.getCell(firstCol + i);
    cell.style = cloneStyle(look.styles[i] ?? look.styles[0] ?? { font: { bold: true } });
    cell.font = { ...(cell.font ?? {}), bold: true };
  }
  row.getCell(firstCol).value = edit.text;
  if (width > 1) sheet.mergeCellsWithoutStyle(at, firstCol, at, firstCol + width - 1);
  // The inserted row takes over the height the shifted row had; a heading keeps its own.
  (row as { height: number | undefined }).height = look.height;
};

const utcDate = (date: ISODate): Date => new Date(`${date}T00:00:00.000Z`);
/** Excel's Dutch long date ("19 juni 2021"), for a stamp cell the table did not have yet. */
const DUTCH_LONG_DATE = '[$-413]d mmmm yyyy';

const isDateValue = (value: CellValue): boolean =>
  value instanceof Date ||
  (typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value) && value.result instanceof Date);

const setDateStamp = (layout: Layout, edit: SetDateStampEdit): void => {
  const { sheet } = layout;
  const place = edit.block === undefined ? undefined : afterPlace(layout, edit.block);
  if (!place) {
    const lastUsed = Math.max(layout.end, ...layout.after.map((p) => p.row));
    const cell = sheet.getCell(lastUsed + 2, layout.firstCol);
    cell.value = utcDate(edit.date);
    cell.numFmt = DUTCH_LONG_DATE;
    return;
  }
  const cell = sheet.getCell(place.row, place.col);
  const value = cell.value;
  if (isDateValue(value)) {
    // A date stays a date, in the cell's own number format.
    cell.value = utcDate(edit.date);
    return;
  }
  const current = lines(value);
  current[place.line] = edit.text;
  const text = current.join('\n');
  if (typeof value === 'object' && value !== null && 'richText' in value) {
    const font = value.richText[0]?.font;
    cell.value = { richText: [{ text, ...(font ? { font } : {}) }] };
  } else {
    cell.value = text;
  }
};

const columnNumber = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/**
 * An Excel table ("Format as Table") cannot hold merged cells, and exceljs does not move its
 * range when rows are inserted: inserting headings into one would break the file, so refuse.
 */
const refuseExcelTables = (layout: Layout): void => {
  const top = layout.rows[0]?.[0] ?? 1;
  const tables = (layout.sheet.getTables() as unknown as { table?: { ref?: string; tableRef?: string; name?: string } }[])
    .map((t) => t.table)
    .filter((t) => t !== undefined);
  const overlapping = tables.find((t) => {
    const match = /^\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec((t.tableRef ?? t.ref ?? '').toUpperCase());
    if (!match) return false;
    const [left, bottomRight] = [columnNumber(match[1] ?? 'A'), columnNumber(match[3] ?? match[1] ?? 'A')];
    const [first, last] = [Number(match[2]), Number(match[4] ?? match[2])];
    return first <= layout.end && last >= top && left <= layout.lastCol && bottomRight >= layout.firstCol;
  });
  if (overlapping) {
    throw new FileError(
      'unsupported-type',
      `the status table is an Excel table${overlapping.name ? ` (${overlapping.name})` : ''}, which cannot hold merged heading rows; convert it to a normal range first`,
    );
  }
};

/** An .xlsx file's status table, plus the cell address of each location for messages. */
export interface XlsxFile extends StatusFile {
  /** "Blad1!B7": where a finding's location is on the sheet. */
  address(location: Location): string | undefined;
}

export const openXlsx = async (bytes: Uint8Array): Promise<XlsxFile> => {
  const original = Uint8Array.from(bytes);
  const workbook = await loadWorkbook(original);
  const layout = layoutOf(workbook);
  if (!layout) throw new FileError('no-status-table', 'no sheet has a header row Ondersteuningsmaatregel | Stand van zaken | Planning | Trekker');
  const quoteSheet = (name: string): string => (/^[\p{L}\d_]+$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

  const address = (location: Location): string | undefined => {
    const at = (row: number | undefined, col: number) =>
      row === undefined ? undefined : `${quoteSheet(layout.sheet.name)}!${layout.sheet.getCell(row, col).address}`;
    if (!isCellLocation(location)) {
      const place = afterPlace(layout, location.block);
      return place ? at(place.row, place.col) : undefined;
    }
    const row = layout.rows[tableOfBlock(layout, location.block)]?.[location.row];
    if (row === undefined) return undefined;
    if (location.column === undefined) return `${quoteSheet(layout.sheet.name)}!${row}:${row}`;
    const merges = new Map(mergesOf(layout.sheet).map((m) => [layout.sheet.getCell(m.top, m.left).address, m]));
    const column = layout.firstCol + location.column;
    const cell = readRow(layout.sheet, merges, row, layout.firstCol, layout.lastCol).find((c) => c.col <= column && column <= c.lastCol);
    return cell ? at(row, cell.col) : undefined;
  };

  const apply = async (edits: readonly Edit[]): Promise<Uint8Array> => {
    // Every apply starts from the bytes as opened, so the file read stays what `doc` describes.
    const fresh = await loadWorkbook(original);
    const target = layoutOf(fresh);
    if (!target) throw new FileError('no-status-table', 'the status table is gone');
    const stamps = edits.filter((e): e is SetDateStampEdit => e.kind === 'setDateStamp');
    const headings = edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading');
    // A sheet has no paragraphs between tables: its headings are rows, so core never plans one as a paragraph here.
    if (edits.some((e) => e.kind === 'insertHeadingParagraph')) throw new FileError('damaged', 'a heading paragraph cannot go on a sheet');
    // The stamp first, at its address as read; heading rows inserted after it move it down with the rest.
    stamps.forEach((edit) => setDateStamp(target, edit));
    if (headings.length > 0) {
      refuseExcelTables(target);
      if (target.sheet.rowCount + headings.length > MAX_ROW) {
        throw new FileError('too-large', `the sheet is used down to row ${target.sheet.rowCount}: no room to insert ${headings.length} heading rows above Excel's last row (${MAX_ROW})`);
      }
      const width = Math.max(...headings.map((h) => h.width), 1);
      const look = headingLook(target, width);
      bottomUp(headings).forEach((edit) => insertHeading(target, look, edit));
    }
    const out = new Uint8Array((await fresh.xlsx.writeBuffer()) as ArrayBuffer);
    // What we wrote must read back: a workbook exceljs took apart wrongly (a cell filed under
    // another row's number makes it write overlapping merges) must not be handed out.
    try {
      await loadWorkbook(out);
    } catch (error) {
      if (!(error instanceof FileError)) throw error;
      throw new FileError('damaged', `damaged Excel workbook: with the changes written it would not open again (${error.message})`);
    }
    return out;
  };

  return { doc: layout.doc, apply, address };
};

