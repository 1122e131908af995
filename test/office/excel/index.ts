import { isTable, type CellText, type SourceDocument } from '../../../src/core/document';
import { plainDocument } from '../../fixtures/plain';
import { looksLikeHeading } from '../../../src/core/headings';
import { parseMeasureNumber } from '../../../src/core/model';
import type { ExcelEnvironment } from '../../../src/hosts/excel';
import { createSettingsDouble, supportsFrom, type SettingsDouble } from '../common';
import {
  addressOf,
  cellAt,
  cellFor,
  contains,
  forEachCell,
  insertRows,
  noFill,
  parseAddress,
  type Area,
  type CellModel,
  type SheetModel,
  type WorkbookModel,
} from './model';
import { ExcelContextDouble, serialOf } from './proxies';

/**
 * An in-memory Excel for the Excel host's tests (and the pane's browser tests): a workbook whose
 * active sheet holds a status table laid out from a `SourceDocument`, behind Office.js's rules.
 * Browser-safe: no Node imports.
 *
 * Layout: the title in the cell above the table (when the origin leaves room for it), then every
 * row of every table one after another (each table's header row repeats), a heading row as its
 * text in the first column merged across the width (not merged in an Excel table, which cannot
 * hold merged cells), a cell's paragraphs as lines, the stamp two rows below the last row.
 */

export interface ExcelDoubleOptions {
  /** Top-left address of the table (default "A1"); the title goes in the cell above it. */
  readonly origin?: string;
  /** Make the status table one Excel table (ListObject). */
  readonly asListObject?: boolean;
  /** Write the stamp as a date serial with a date number format, not as text. */
  readonly stampAsSerial?: boolean;
  readonly protected?: boolean;
  /** Requirement sets the host has (default ExcelApi 1.17). */
  readonly requirementSets?: Readonly<Record<string, string>>;
  readonly latencyMs?: number;
  readonly sheetName?: string;
  /** Rows between the table's last row and the stamp (default 2: one empty row between). */
  readonly stampRowsBelow?: number;
}

/** What a co-author can do to the sheet between the host's batches. */
export interface SheetEditor {
  readonly sheet: SheetModel;
  readonly workbook: WorkbookModel;
  setValue(address: string, value: string | number): void;
  setFill(address: string, color: string | null): void;
  setNumberFormat(address: string, format: string): void;
  insertRow(row1Based: number): void;
  protect(on: boolean): void;
  addSheet(name: string): SheetModel;
}

export interface ExcelDouble {
  readonly environment: ExcelEnvironment;
  readonly syncCount: number;
  resetSyncCount(): void;
  /** The selected address ("A12" or "A12:D12"), on the active sheet. */
  readonly selection: string | undefined;
  /** The status table read back as a `SourceDocument` (lines of a cell = paragraphs). */
  snapshot(): SourceDocument;
  cellValue(address: string): unknown;
  /** The fill colour of a cell, undefined when it has none. */
  fill(address: string): string | undefined;
  /** The merged areas of the sheet, as addresses. */
  merged(): string[];
  bold(address: string): boolean;
  numberFormat(address: string): string;
  /** Every cell with a value, by address: for "nothing else changed" comparisons. */
  values(): Record<string, string | number | boolean>;
  /** Workbook names: name → "Sheet!$A$1" reference (or "#REF!"). */
  names(): Record<string, string>;
  readonly settings: SettingsDouble;
  edit(mutator: (editor: SheetEditor) => void): void;
  readonly workbook: WorkbookModel;
}

const lines = (cell: readonly string[]): string => (cell.length === 0 ? '' : cell.join('\n'));

const STAMP_DATE = /^(\d{1,2}) (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) (\d{4})$/;
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

const setCell = (sheet: SheetModel, row: number, column: number, value: string | number, patch: Partial<CellModel> = {}) => {
  const cell = cellFor(sheet, row, column);
  cell.value = value;
  Object.assign(cell, patch);
};

/** A document as the parts a sheet lays out: paragraphs above the tables, the tables' rows of cells, paragraphs below. */
const partsOf = (doc: SourceDocument) => {
  const first = doc.blocks.findIndex(isTable);
  const last = doc.blocks.length - 1 - [...doc.blocks].reverse().findIndex(isTable);
  const texts = (from: number, to: number): string[] =>
    doc.blocks.slice(from, to).flatMap((block) => (block.kind === 'paragraph' ? [block.text] : []));
  if (first < 0) return { before: [] as string[], tables: [] as CellText[][][], after: texts(0, doc.blocks.length) };
  return {
    before: texts(0, first),
    tables: doc.blocks.filter(isTable).map((table) => table.rows.map((row) => row.cells.map((cell) => cell.paragraphs))),
    after: texts(last + 1, doc.blocks.length),
  };
};

/** Lays a document out on a sheet (see the module comment). */
const layOut = (source: SourceDocument, options: ExcelDoubleOptions, sheet: SheetModel): void => {
  const doc = partsOf(source);
  const origin = parseAddress(options.origin ?? 'A1');
  const title = doc.before?.find((p) => p.trim() !== '');
  if (title !== undefined && origin.row > 0) setCell(sheet, origin.row - 1, origin.column, title, { bold: true });
  const width = Math.max(1, ...doc.tables.flatMap((t) => t.map((r) => r.length)));
  let row = origin.row;
  doc.tables.forEach((table) => {
    table.forEach((raw: CellText[]) => {
      raw.forEach((cell, i) => {
        const text = lines(cell);
        if (text !== '') setCell(sheet, row, origin.column + i, text);
      });
      if (raw.length === 1 && width > 1 && !options.asListObject) {
        sheet.merges.push({ row, column: origin.column, rowCount: 1, columnCount: width });
        cellFor(sheet, row, origin.column).bold = true;
      }
      row += 1;
    });
  });
  const firstHeader = origin.row;
  for (let c = 0; c < width; c += 1) cellFor(sheet, firstHeader, origin.column + c).bold = true;
  if (options.asListObject) {
    sheet.tables.push({ name: 'Statustabel', area: { row: origin.row, column: origin.column, rowCount: row - origin.row, columnCount: width } });
  }
  let afterRow = row - 1 + (options.stampRowsBelow ?? 2);
  doc.after.forEach((paragraph) => {
    const date = STAMP_DATE.exec(paragraph.trim());
    if (options.stampAsSerial && date) {
      const serial = serialOf(Number(date[3]), MONTHS.indexOf(date[2] ?? '') + 1, Number(date[1]));
      setCell(sheet, afterRow, origin.column, serial, { numberFormat: 'd mmmm yyyy' });
    } else if (paragraph !== '') {
      setCell(sheet, afterRow, origin.column, paragraph);
    }
    afterRow += 1;
  });
};

/** The double's own reading of the status table: independent of the host's, for assertions. */
const readBack = (sheet: SheetModel): SourceDocument => {
  const text = (r: number, c: number): string => {
    const v = cellAt(sheet, r, c).value;
    if (typeof v === 'number' && /[dy]/.test(cellAt(sheet, r, c).numberFormat)) {
      const d = new Date(Date.UTC(1899, 11, 30) + v * 86_400_000);
      return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
    }
    return String(v);
  };
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
  const isHeader = (r: number) =>
    Array.from({ length: right - left + 1 }, (_, i) => text(r, left + i).toLowerCase()).some((t) => t === 'stand van zaken');
  let first = -1;
  for (let r = top; r <= bottom && first < 0; r += 1) if (isHeader(r)) first = r;
  if (first < 0) return { blocks: [] };
  let column = left;
  while (column <= right && text(first, column) === '') column += 1;
  let width = 0;
  while (column + width <= right && text(first, column + width) !== '') width += 1;
  const inTable = (r: number) =>
    isHeader(r) ||
    sheet.tables.some((t) => contains(t.area, r, column)) ||
    sheet.merges.some((m) => m.row === r && m.column === column && m.columnCount > 1) ||
    Array.from({ length: width - 1 }, (_, i) => text(r, column + 1 + i)).some((t) => t !== '') ||
    // A heading typed in the first cell without merging, or a measure with only its number.
    looksLikeHeading(text(r, column)) ||
    parseMeasureNumber(text(r, column)).number !== undefined;
  let last = first;
  for (let r = first + 1; r <= bottom; r += 1) if (inTable(r)) last = r;
  const tables: string[][][][] = [];
  for (let r = first; r <= last; r += 1) {
    if (isHeader(r)) tables.push([]);
    const merged = sheet.merges.find((m) => m.row === r && m.column === column && m.columnCount >= width);
    const row = merged
      ? [text(r, column).split('\n')]
      : Array.from({ length: width }, (_, i) => text(r, column + i).split('\n'));
    tables[tables.length - 1]?.push(row);
  }
  const loose = (from: number, to: number) => {
    const out: string[] = [];
    for (let r = from; r <= to; r += 1) for (let c = left; c <= right; c += 1) if (text(r, c) !== '') out.push(text(r, c));
    return out;
  };
  return plainDocument({ before: loose(top, first - 1), tables, after: loose(last + 1, bottom) });
};

export const createExcelDouble = (doc: SourceDocument, options: ExcelDoubleOptions = {}): ExcelDouble => {
  const sheet: SheetModel = {
    name: options.sheetName ?? 'Stand van zaken',
    cells: new Map(),
    merges: [],
    tables: [],
    protected: options.protected ?? false,
  };
  const workbook: WorkbookModel = { sheets: [sheet], active: sheet, names: [], selection: undefined };
  layOut(doc, options, sheet);

  const settings = createSettingsDouble();
  const supports = supportsFrom(options.requirementSets ?? { ExcelApi: '1.17' });
  let syncCount = 0;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());

  const environment: ExcelEnvironment = {
    run: async (batch) => {
      const context = new ExcelContextDouble(
        {
          latencyMs: options.latencyMs ?? 0,
          // Protection is per sheet in Excel: the double's writes check their own sheet.
          isProtected: () => false,
          supports,
          countSync: () => {
            syncCount += 1;
          },
          afterWrite: notify,
        },
        workbook,
      );
      return batch(context as unknown as Excel.RequestContext);
    },
    isSetSupported: supports,
    settings,
    onDocumentChanged: async (handler) => {
      listeners.add(handler);
      return () => listeners.delete(handler);
    },
  };

  const active = () => workbook.active;
  const at = (address: string) => parseAddress(address);
  const editor = (): SheetEditor => ({
    sheet: active(),
    workbook,
    setValue: (address, value) => {
      const a = at(address);
      cellFor(active(), a.row, a.column).value = value;
    },
    setFill: (address, color) => {
      const a = at(address);
      cellFor(active(), a.row, a.column).fill = color === null ? noFill() : { color: color.toUpperCase(), pattern: 'Solid', patternColor: null, tintAndShade: 0 };
    },
    setNumberFormat: (address, format) => {
      const a = at(address);
      cellFor(active(), a.row, a.column).numberFormat = format;
    },
    insertRow: (row1Based) => insertRows(workbook, active(), row1Based - 1, 1),
    protect: (on) => {
      active().protected = on;
    },
    addSheet: (name) => {
      const added: SheetModel = { name, cells: new Map(), merges: [], tables: [], protected: false };
      workbook.sheets.push(added);
      return added;
    },
  });

  return {
    environment,
    get syncCount() {
      return syncCount;
    },
    resetSyncCount: () => {
      syncCount = 0;
    },
    get selection() {
      const s = workbook.selection;
      return s ? addressOf(s.area) : undefined;
    },
    snapshot: () => readBack(active()),
    cellValue: (address) => {
      const a = at(address);
      return cellAt(active(), a.row, a.column).value;
    },
    fill: (address) => {
      const a = at(address);
      return cellAt(active(), a.row, a.column).fill.color ?? undefined;
    },
    merged: () => active().merges.map((m: Area) => addressOf(m)),
    bold: (address) => {
      const a = at(address);
      return cellAt(active(), a.row, a.column).bold;
    },
    numberFormat: (address) => {
      const a = at(address);
      return cellAt(active(), a.row, a.column).numberFormat;
    },
    values: () => {
      const out: Record<string, string | number | boolean> = {};
      forEachCell(active(), (r, c, cell) => {
        if (cell.value !== '') out[addressOf({ row: r, column: c, rowCount: 1, columnCount: 1 })] = cell.value;
      });
      return out;
    },
    names: () =>
      Object.fromEntries(
        workbook.names.map((n) => [n.name, n.area ? `${n.sheet.name}!${addressOf(n.area, true)}` : '#REF!']),
      ),
    settings,
    edit: (mutator) => {
      mutator(editor());
      notify();
    },
    workbook,
  };
};

export { serialOf } from './proxies';
export type { Area, SheetModel, WorkbookModel } from './model';
