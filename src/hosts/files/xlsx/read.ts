import type { SourceDocument } from '../../../core/document';
import { findStatusTable, sheetDocument, type FoundTable, type GridArea } from '../../../core/grid';
import { FileError } from '../errors';
import { hasPart, mainPart, openPackage, packageKind, readPartText, relationshipsOf, type Package, type PartText } from '../ooxml/package';
import { inspectZip } from '../zip';
import { parseCell, type Range } from './a1';
import { readSheet, type SheetData } from './sheet';
import { readSharedStrings, type SharedStrings } from './strings';
import { readStyles, type Styles } from './styles';
import { readTable, type TablePart } from './tables';
import { readWorkbook, type SheetEntry, type Workbook } from './workbook';

/**
 * Reading a workbook in layers: the package (relationships from `_rels/.rels` to the workbook,
 * its sheets, shared strings, styles and tables, wherever they live) → each sheet as cells with
 * their shown text, merged ranges and Excel tables → core's grid rule → core's document. Only
 * the last step knows the document's shape.
 */

/** The name the Excel add-in gives the date stamp's cell (src/hosts/excel/excelHost.ts STAMP_NAME). */
export const STAMP_NAME = 'Statustabel_Datum';

export interface WorkbookParts {
  readonly pkg: Package;
  readonly workbook: Workbook;
  readonly styles: Styles;
  readonly strings: SharedStrings;
}

export interface SheetRead {
  /** Index into `workbook.sheets`. */
  readonly index: number;
  readonly entry: SheetEntry;
  readonly part: PartText;
  readonly data: SheetData;
  readonly tables: readonly TablePart[];
}

export interface XlsxRead extends WorkbookParts {
  readonly sheet: SheetRead;
  readonly grid: FoundTable;
  readonly doc: SourceDocument;
  /** The block of each part of `grid.blocks`; paragraphs before them are `grid.before`, after them `grid.after`. */
  readonly tableBlocks: readonly number[];
}

/**
 * Parts that are small in every real workbook (the workbook part lists sheets and names; styles
 * and tables describe formats and ranges): a larger one is refused before it is inflated.
 */
export const SMALL_PART_BYTES = 16 * 1024 * 1024;

/** A 1-based range as core's 0-based grid area. */
export const gridAreaOf = (range: Range): GridArea => ({
  row: range.top - 1,
  column: range.left - 1,
  rowCount: range.bottom - range.top + 1,
  columnCount: range.right - range.left + 1,
});

const partOf = (pkg: Package, workbook: Workbook, type: string): PartText | undefined => {
  const relationship = workbook.relationships.find((r) => r.type === type && !r.external && hasPart(pkg, r.target));
  return relationship ? readPartText(pkg, relationship.target, type === 'styles' ? SMALL_PART_BYTES : undefined) : undefined;
};

/** Opens the package and reads the workbook part and what every sheet shares (styles, shared strings). */
export const readWorkbookParts = (bytes: Uint8Array): WorkbookParts => {
  const pkg = openPackage(inspectZip(bytes));
  const kind = packageKind(pkg);
  if (kind !== 'xlsx') throw new FileError('unsupported-type', { kind: 'not-this-kind', expected: 'xlsx', is: kind ?? 'package' });
  const main = mainPart(pkg) ?? (hasPart(pkg, 'xl/workbook.xml') ? 'xl/workbook.xml' : undefined);
  const part = main === undefined ? undefined : readPartText(pkg, main, SMALL_PART_BYTES);
  if (!part) throw new FileError('damaged', { kind: 'missing-part', part: main ?? 'xl/workbook.xml' });
  const workbook = readWorkbook(pkg, part);
  return { pkg, workbook, styles: readStyles(partOf(pkg, workbook, 'styles')), strings: readSharedStrings(partOf(pkg, workbook, 'sharedStrings')) };
};

/** The sheet and cell the name `Statustabel_Datum` points at, if it names one cell. */
const stampCell = (workbook: Workbook): { sheet: string; row: number; column: number } | undefined => {
  const name = workbook.names.find((n) => n.name.toLowerCase() === STAMP_NAME.toLowerCase() && n.localSheet === undefined);
  const formula = name?.formula.text.trim().replace(/^=/, '');
  const bang = formula?.lastIndexOf('!') ?? -1;
  if (!formula || bang < 0) return undefined;
  const rawSheet = formula.slice(0, bang);
  const sheet = rawSheet.startsWith("'") && rawSheet.endsWith("'") ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  const cell = parseCell(formula.slice(bang + 1));
  return cell ? { sheet, row: cell.row, column: cell.column } : undefined;
};

const readTables = (pkg: Package, sheetPart: string, data: SheetData): TablePart[] => {
  if (data.tableParts.length === 0) return [];
  const relationships = relationshipsOf(pkg, sheetPart);
  return data.tableParts.flatMap((id) => {
    const relationship = relationships.find((r) => r.id === id && !r.external);
    const part = relationship ? readPartText(pkg, relationship.target, SMALL_PART_BYTES) : undefined;
    const table = part ? readTable(part) : undefined;
    return table ? [table] : [];
  });
};

/** Reads one worksheet and its tables. */
export const readSheetAt = (parts: WorkbookParts, index: number): SheetRead | undefined => {
  const entry = parts.workbook.sheets[index];
  if (!entry?.part || (entry.type !== 'worksheet' && entry.type !== '')) return undefined;
  const part = readPartText(parts.pkg, entry.part);
  if (!part) return undefined;
  const data = readSheet(part, parts.strings, parts.styles, parts.workbook.date1904);
  return { index, entry, part, data, tables: readTables(parts.pkg, part.name, data) };
};

/** Finds the status table on a sheet that was read. */
export const gridOf = (sheet: SheetRead, stamp: ReturnType<typeof stampCell>): FoundTable | undefined =>
  findStatusTable({
    cells: sheet.data.cells.map((c) => ({ row: c.row - 1, column: c.column - 1, text: c.text })),
    merges: sheet.data.merges.map(gridAreaOf),
    tables: sheet.tables.map((t) => ({ name: t.name, area: gridAreaOf(t.range) })),
    ...(stamp && stamp.sheet === sheet.entry.name ? { stamp: { row: stamp.row - 1, column: stamp.column - 1 } } : {}),
  });

/** The index of the sheet named `name` (Excel's sheet names are unique whatever their case). */
const sheetIndex = (workbook: Workbook, name: string): number => {
  const exact = workbook.sheets.findIndex((s) => s.name === name);
  return exact >= 0 ? exact : workbook.sheets.findIndex((s) => s.name.toLowerCase() === name.toLowerCase());
};

/**
 * Reads a workbook's status table: on the sheet named `sheet`, else on the first sheet in the
 * workbook's order that holds one. A named sheet that is not there, or holds no status table, is
 * a FileError naming it.
 */
export const readXlsx = (bytes: Uint8Array, sheet?: string): XlsxRead => {
  const parts = readWorkbookParts(bytes);
  const stamp = stampCell(parts.workbook);
  if (sheet !== undefined) {
    const index = sheetIndex(parts.workbook, sheet);
    if (index < 0) throw new FileError('no-status-table', { kind: 'no-such-sheet', sheet, sheets: parts.workbook.sheets.map((s) => s.name) });
    const read = readSheetAt(parts, index);
    const grid = read ? gridOf(read, stamp) : undefined;
    if (!read || !grid) throw new FileError('no-status-table', { kind: 'sheet-without-table', sheet: parts.workbook.sheets[index]?.name ?? sheet });
    return { ...parts, sheet: read, grid, ...sheetDocument(grid) };
  }
  for (let index = 0; index < parts.workbook.sheets.length; index += 1) {
    const read = readSheetAt(parts, index);
    const grid = read ? gridOf(read, stamp) : undefined;
    if (read && grid) return { ...parts, sheet: read, grid, ...sheetDocument(grid) };
  }
  throw new FileError('no-status-table', { kind: 'no-header' });
};

/**
 * The names of the sheets that hold a status table, in the workbook's order, for a workbook
 * already read: the sheets before the one read were read and hold none (unless one was named),
 * so only the others are read now.
 */
export const sheetsWithTable = (read: XlsxRead, named: boolean): string[] => {
  const stamp = stampCell(read.workbook);
  const names: string[] = [];
  read.workbook.sheets.forEach((entry, index) => {
    if (index === read.sheet.index) names.push(entry.name);
    else if (named || index > read.sheet.index) {
      const sheet = readSheetAt(read, index);
      if (sheet && gridOf(sheet, stamp)) names.push(entry.name);
    }
  });
  return names;
};
