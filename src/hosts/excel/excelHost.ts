import { simpleTable, type CellLocation, type Location, type SourceDocument } from '../../core/document';
import { bottomUp, changedSince, unreachable, type Edit, type InsertHeadingEdit, type SetDateStampEdit } from '../../core/edits';
import { settingsCapability } from '../documentSettings';
import { HostError, type HostCapabilities, type HostNote, type StatusHost, type UpdateResult } from '../host';
import { cellLines, cellText, isDateFormat, isoToSerial, parseArea, parseAreas, splitSheet, type Area } from './cells';
import type { ExcelEnvironment } from './environment';
import { areaOf, layoutSheet, looseCellOf, sheetRowBefore, type LooseCell, type SheetLayout } from './layout';

/**
 * The status table on an Excel sheet, through Office.js.
 *
 * Reading: one sync loads the sheet's used range (values and number formats), its merged areas,
 * its protection, its Excel tables' names and the stamp's named item; a second sync, only when
 * the sheet has Excel tables, loads their areas. Nothing is loaded per row.
 *
 * Remembering marks: each marked cell gets a hidden workbook name `Statustabel_Markering_<n>`
 * whose comment holds the cell's original fill as JSON. Excel moves names along when rows are
 * inserted or deleted, so "Markering wissen" restores the right cells even after headings were
 * inserted; the names travel with the workbook, so any co-author can clear the marks.
 */

/** The Excel host always offers these capabilities (change notifications only where Office has them). */
export interface ExcelStatusHost extends StatusHost {
  readonly kind: 'excel';
  readonly capabilities: HostCapabilities & Required<Pick<HostCapabilities, 'select' | 'settings' | 'marks' | 'sheets'>>;
}

export interface ExcelHostOptions {
  /** The sheet holding the status table (default: the active sheet). */
  readonly sheet?: string;
}

export const STAMP_NAME = 'Statustabel_Datum';
export const MARK_PREFIX = 'Statustabel_Markering_';
export const MARK_COLOR = '#FFEB9C';
const STAMP_COMMENT = 'Datumstempel van de statustabel (Statustabel)';

/** The API sets this host relies on: getRangeByIndexes and NamedItem.formula (1.7). */
export const REQUIRED_SET = { name: 'ExcelApi', version: '1.7' } as const;

interface SheetRead {
  readonly sheet: Excel.Worksheet;
  readonly sheetName: string;
  readonly protected: boolean;
  readonly layout: SheetLayout | undefined;
  /** The used range as one table, when the sheet has content but no status table. */
  readonly unrelated: SourceDocument | undefined;
  /** The stamp's named item as found (undefined: there is none). */
  readonly stampName: { readonly item: Excel.NamedItem; readonly sheet?: string; readonly area?: Area } | undefined;
}

/** A marked cell's fill as it was, kept as JSON in the comment of the mark's hidden name. */
interface SavedFill {
  readonly color: string;
  readonly pattern?: string;
  readonly patternColor?: string;
  readonly tintAndShade?: number;
}

/** A saved fill as read back from a name's comment, which anyone could have edited: checked field by field, never cast. */
const parseSavedFill = (comment: string): SavedFill | undefined => {
  let value: unknown;
  try {
    value = JSON.parse(comment);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.color !== 'string') return undefined;
  return {
    color: record.color,
    ...(typeof record.pattern === 'string' ? { pattern: record.pattern } : {}),
    ...(typeof record.patternColor === 'string' ? { patternColor: record.patternColor } : {}),
    ...(typeof record.tintAndShade === 'number' ? { tintAndShade: record.tintAndShade } : {}),
  };
};

const officeCode = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

/** Office's errors as the pane can explain them. */
const asHostError = (error: unknown): HostError => {
  if (error instanceof HostError) return error;
  const code = officeCode(error);
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'AccessDenied') return new HostError('protected', message);
  if (code === 'InvalidOperationInCellEditMode') return new HostError('busy', message);
  if (code === 'ApiNotFound') return new HostError('requirement-missing', message);
  return new HostError('failed', code ? `${code}: ${message}` : message);
};

const sameArea = (a: Area, b: Area): boolean =>
  a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;

const rangeOf = (sheet: Excel.Worksheet, area: Area): Excel.Range =>
  sheet.getRangeByIndexes(area.row, area.column, area.rowCount, area.columnCount);

export const createExcelHost = (env: ExcelEnvironment, options: ExcelHostOptions = {}): ExcelStatusHost => {
  const supports = (version: string): boolean => env.isSetSupported('ExcelApi', version);

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (!supports(REQUIRED_SET.version)) throw new HostError('requirement-missing', `${REQUIRED_SET.name} ${REQUIRED_SET.version}`);
    try {
      return await env.run(batch);
    } catch (error) {
      throw asHostError(error);
    }
  };

  /** Reads the sheet in one sync (two when it holds Excel tables). */
  const readSheet = async (context: Excel.RequestContext): Promise<SheetRead> => {
    const workbook = context.workbook;
    const sheet = options.sheet ? workbook.worksheets.getItem(options.sheet) : workbook.worksheets.getActiveWorksheet();
    sheet.load('name');
    sheet.protection.load('protected');
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load(['rowIndex', 'columnIndex', 'values', 'numberFormat']);
    // Merged areas need ExcelApi 1.13; without it every cell reads on its own (headings unmerged).
    // Asked of the whole sheet, not the used range, which is a null object on an empty sheet.
    const merged = supports('1.13') ? sheet.getRange().getMergedAreasOrNullObject() : undefined;
    merged?.load('address');
    sheet.tables.load('items/name');
    const stamp = workbook.names.getItemOrNullObject(STAMP_NAME);
    stamp.load('formula');
    try {
      await context.sync();
    } catch (error) {
      if (options.sheet && officeCode(error) === 'ItemNotFound') throw new HostError('no-status-table', options.sheet);
      throw error;
    }

    const tables = sheet.tables.items;
    const tableRanges = tables.map((table) => {
      const range = table.getRange();
      range.load(['rowIndex', 'columnIndex', 'rowCount', 'columnCount']);
      return { name: table.name, range };
    });
    if (tableRanges.length > 0) await context.sync();

    const stampTarget = stamp.isNullObject ? undefined : splitSheet(String(stamp.formula));
    const stampArea = stampTarget ? parseArea(stampTarget.local) : undefined;
    const stampOnSheet = stampArea && (stampTarget?.sheet === undefined || stampTarget.sheet === sheet.name);
    const layout = used.isNullObject
      ? undefined
      : layoutSheet({
          row: used.rowIndex,
          column: used.columnIndex,
          values: used.values,
          numberFormat: used.numberFormat,
          ...(merged ? { merges: merged.isNullObject ? [] : parseAreas(merged.address) } : {}),
          listObjects: tableRanges.map(({ name, range }) => ({
            name,
            area: { row: range.rowIndex, column: range.columnIndex, rowCount: range.rowCount, columnCount: range.columnCount },
          })),
          ...(stampOnSheet && stampArea ? { stampCell: { row: stampArea.row, column: stampArea.column } } : {}),
        });
    // Without a header row of ours, what the sheet holds is still handed on, so core can tell an
    // empty sheet from one with another table on it.
    const unrelated: SourceDocument | undefined =
      layout || used.isNullObject
        ? undefined
        : { blocks: [simpleTable(used.values.map((row, r) => row.map((value, c) => cellLines(cellText(value, used.numberFormat[r]?.[c])))))] };
    return {
      sheet,
      sheetName: sheet.name,
      protected: sheet.protection.protected,
      layout,
      unrelated,
      stampName: stamp.isNullObject
        ? undefined
        : { item: stamp, ...(stampTarget?.sheet ? { sheet: stampTarget.sheet } : {}), ...(stampArea ? { area: stampArea } : {}) },
    };
  };

  const requireLayout = (read: SheetRead): SheetLayout => {
    if (!read.layout) throw new HostError('no-status-table', read.sheetName);
    return read.layout;
  };

  /** Queues the stamp write; returns the cell written (before any row insert). */
  const queueStamp = (context: Excel.RequestContext, read: SheetRead, layout: SheetLayout, edit: SetDateStampEdit): Area => {
    const existing: LooseCell | undefined = edit.block === undefined ? undefined : looseCellOf(layout, edit.block);
    const below = Math.max(layout.lastRow, ...layout.after.map((cell) => cell.row));
    const area: Area = existing
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
    if (!pointsHere && supports('1.4')) {
      named?.item.delete();
      context.workbook.names.add(STAMP_NAME, range, STAMP_COMMENT);
    }
    return area;
  };

  /** Queues one heading row; returns whether it could be merged. */
  const queueHeading = (read: SheetRead, layout: SheetLayout, edit: InsertHeadingEdit): { row: number; merged: boolean } => {
    const row = sheetRowBefore(layout, { block: edit.block, row: edit.beforeRow });
    const width = layout.width;
    const target: Area = { row, column: layout.column, rowCount: 1, columnCount: width };
    const values = [[edit.text, ...Array.from({ length: width - 1 }, () => '')]];
    const list = layout.listObject;
    const inList = list && row > list.area.row && row <= list.area.row + list.area.rowCount;
    if (list && inList) {
      // An Excel table cannot hold merged cells: a table row with the heading in its first cell.
      const bodyIndex = row - list.area.row - 1;
      const bodyCount = list.area.rowCount - 1;
      read.sheet.tables.getItem(list.name).rows.add(bodyIndex < bodyCount ? bodyIndex : -1, values);
    } else {
      rangeOf(read.sheet, { row, column: 0, rowCount: 1, columnCount: 1 })
        .getEntireRow()
        .insert('Down');
      rangeOf(read.sheet, target).values = values;
      rangeOf(read.sheet, target).merge(false);
    }
    rangeOf(read.sheet, target).format.font.bold = true;
    return { row, merged: !(list && inList) };
  };

  const read = async (): Promise<SourceDocument> =>
    run(async (context) => {
      const sheetRead = await readSheet(context);
      return sheetRead.layout?.doc ?? sheetRead.unrelated ?? { blocks: [] };
    });

  const update = async (plan: (doc: SourceDocument) => readonly Edit[], basis?: SourceDocument): Promise<UpdateResult> =>
    run(async (context) => {
      const sheetRead = await readSheet(context);
      const layout = requireLayout(sheetRead);
      const before = layout.doc;
      const edits = plan(before);
      if (basis && changedSince(basis, before, edits)) throw new HostError('changed');
      if (edits.length === 0) return { before, applied: [], notes: [] };
      if (sheetRead.protected) throw new HostError('protected', sheetRead.sheetName);
      const notes = new Set<HostNote>();
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
      const stampEdit = stamps[0];
      // The stamp first: heading rows inserted after it move it (and its name) down with them.
      const stampArea = stampEdit ? queueStamp(context, sheetRead, layout, stampEdit) : undefined;
      const headings = bottomUp(rows);
      const inserted = headings.map((edit) => queueHeading(sheetRead, layout, edit));
      if (inserted.some((h) => !h.merged)) notes.add('heading-not-merged');

      // Select what changed: the topmost new heading (inserted last), else the stamp where it ends up.
      const top = inserted[inserted.length - 1];
      if (top) {
        rangeOf(sheetRead.sheet, { row: top.row, column: layout.column, rowCount: 1, columnCount: layout.width }).select();
      } else if (stampArea) {
        rangeOf(sheetRead.sheet, stampArea).select();
      }
      await context.sync();
      return { before, applied: edits, notes: [...notes] };
    });

  const select = async (location: Location): Promise<void> =>
    run(async (context) => {
      const sheetRead = await readSheet(context);
      const layout = requireLayout(sheetRead);
      const area = areaOf(layout, location);
      if (!area) return;
      sheetRead.sheet.activate();
      rangeOf(sheetRead.sheet, area).select();
      await context.sync();
    });

  /** Marks, as named items: sheet, area and saved fill. Loaded with the names collection. */
  const loadMarks = (context: Excel.RequestContext): Excel.NamedItemCollection => {
    const names = context.workbook.names;
    names.load('items/name,items/formula,items/comment');
    return names;
  };

  const marksOf = (names: Excel.NamedItemCollection) =>
    names.items
      .filter((item) => item.name.startsWith(MARK_PREFIX))
      .map((item) => {
        const target = splitSheet(String(item.formula));
        return { item, sheet: target.sheet, area: parseArea(target.local), fill: parseSavedFill(item.comment) };
      });

  /** Queues putting a saved fill back: no fill is cleared, a pattern gets its pattern back. */
  const queueRestore = (range: Excel.Range, fill: SavedFill | undefined) => {
    if (!fill) return;
    const none = fill.pattern === undefined ? fill.color.toUpperCase() === '#FFFFFF' : fill.pattern === 'None';
    if (none) {
      range.format.fill.clear();
      return;
    }
    range.format.fill.color = fill.color;
    // A pattern name Excel does not know is left for Excel to refuse, not guessed at.
    if (fill.pattern !== undefined && fill.pattern !== 'Solid') range.format.fill.pattern = fill.pattern as Excel.FillPattern;
    if (fill.patternColor !== undefined && fill.pattern !== 'Solid') range.format.fill.patternColor = fill.patternColor;
    if (fill.tintAndShade !== undefined && fill.tintAndShade !== 0) range.format.fill.tintAndShade = fill.tintAndShade;
  };

  const markFindings = async (locations: readonly CellLocation[]): Promise<void> =>
    run(async (context) => {
      const sheetRead = await readSheet(context);
      const layout = requireLayout(sheetRead);
      if (sheetRead.protected) throw new HostError('protected', sheetRead.sheetName);
      const targets: Area[] = [];
      // A whole row is marked cell by cell, so each cell's own fill is remembered.
      const cellsOf = (location: CellLocation): CellLocation[] =>
        location.column === undefined ? Array.from({ length: layout.width }, (_, column) => ({ ...location, column })) : [location];
      locations.flatMap(cellsOf).forEach((location) => {
        const area = areaOf(layout, location);
        if (area && !targets.some((t) => sameArea(t, area))) targets.push(area);
      });
      const patterns = supports('1.9');
      const fills = targets.map((area) => {
        const range = rangeOf(sheetRead.sheet, area);
        range.format.fill.load(patterns ? ['color', 'pattern', 'patternColor', 'tintAndShade'] : ['color']);
        return { area, range };
      });
      const names = loadMarks(context);
      await context.sync();

      const marks = marksOf(names);
      const onThisSheet = (sheet: string | undefined) => sheet === undefined || sheet === sheetRead.sheetName;
      const kept = new Map<string, SavedFill | undefined>();
      marks.forEach((mark) => {
        const stillMarked = mark.area && onThisSheet(mark.sheet) && targets.some((t) => sameArea(t, mark.area as Area));
        if (stillMarked && mark.area) {
          kept.set(JSON.stringify(mark.area), mark.fill);
          return;
        }
        if (mark.area && mark.sheet !== undefined) {
          queueRestore(rangeOf(context.workbook.worksheets.getItem(mark.sheet), mark.area), mark.fill);
        }
        mark.item.delete();
      });
      let next = marks.reduce((n, mark) => Math.max(n, Number(mark.item.name.slice(MARK_PREFIX.length)) || 0), 0);
      fills.forEach(({ area, range }) => {
        if (!kept.has(JSON.stringify(area))) {
          const fill = range.format.fill;
          const saved: SavedFill = patterns
            ? { color: fill.color, pattern: fill.pattern, patternColor: fill.patternColor, tintAndShade: fill.tintAndShade }
            : { color: fill.color };
          next += 1;
          const name = context.workbook.names.add(`${MARK_PREFIX}${next}`, range, JSON.stringify(saved));
          name.visible = false;
        }
        range.format.fill.color = MARK_COLOR;
      });
      await context.sync();
    });

  const clearMarks = async (): Promise<void> =>
    run(async (context) => {
      const names = loadMarks(context);
      const sheet = options.sheet ? context.workbook.worksheets.getItem(options.sheet) : context.workbook.worksheets.getActiveWorksheet();
      sheet.load('name');
      sheet.protection.load('protected');
      await context.sync();
      const marks = marksOf(names);
      if (marks.length === 0) return;
      if (sheet.protection.protected && marks.some((m) => m.sheet === undefined || m.sheet === sheet.name)) {
        throw new HostError('protected', sheet.name);
      }
      marks.forEach((mark) => {
        if (mark.area) {
          const target = mark.sheet === undefined ? sheet : context.workbook.worksheets.getItem(mark.sheet);
          queueRestore(rangeOf(target, mark.area), mark.fill);
        }
        mark.item.delete();
      });
      await context.sync();
    });

  const listSheets = async (): Promise<string[]> =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });

  const changes = env.onDocumentChanged?.bind(env);
  return {
    kind: 'excel',
    read,
    update,
    capabilities: {
      select,
      settings: settingsCapability(env.settings),
      marks: { mark: markFindings, clear: clearMarks },
      sheets: { list: listSheets },
      ...(changes ? { changes } : {}),
    },
  };
};
