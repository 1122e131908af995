import type { CellLocation } from '../../core/document';
import type { GridArea } from '../../core/grid';
import { HostError } from '../host';
import { parseArea, splitSheet } from './cells';
import { areaOf } from './layout';
import type { TableRead } from './read';
import { rangeOf, requireLayout, sameArea } from './write';

/**
 * "Bevindingen markeren" / "Markering wissen": each marked cell gets a hidden workbook name
 * `Statustabel_Markering_<n>` whose comment holds the cell's original fill as JSON. Excel moves
 * names along when rows are inserted or deleted, so clearing restores the right cells even after
 * headings were inserted; the names travel with the workbook, so any co-author can clear the marks.
 */

export const MARK_PREFIX = 'Statustabel_Markering_';
export const MARK_COLOR = '#FFEB9C';

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

/** Marks, as named items: sheet, area and saved fill. Loaded with the names collection. */
export const loadMarks = (context: Excel.RequestContext): Excel.NamedItemCollection => {
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

/**
 * Queues putting a saved fill back. A cell without fill reads as white with pattern "None"
 * (ExcelApi 1.9; https://learn.microsoft.com/javascript/api/excel/excel.rangefill): that is cleared,
 * not painted white; a pattern gets its pattern back.
 */
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

/** Marks the cells of `locations` on the table's sheet: one sync to read the fills and the marks, one to write. */
export const markCells = async (
  context: Excel.RequestContext,
  read: TableRead,
  locations: readonly CellLocation[],
  supports: (version: string) => boolean,
): Promise<void> => {
  const layout = requireLayout(read);
  if (read.protected) throw new HostError('protected', read.sheetName);
  const targets: GridArea[] = [];
  // A whole row is marked cell by cell, so each cell's own fill is remembered.
  const cellsOf = (location: CellLocation): CellLocation[] =>
    location.column === undefined ? Array.from({ length: layout.width }, (_, column) => ({ ...location, column })) : [location];
  locations.flatMap(cellsOf).forEach((location) => {
    const area = areaOf(layout, location);
    if (area && !targets.some((t) => sameArea(t, area))) targets.push(area);
  });
  const patterns = supports('1.9');
  const fills = targets.map((area) => {
    const range = rangeOf(read.sheet, area);
    range.format.fill.load(patterns ? ['color', 'pattern', 'patternColor', 'tintAndShade'] : ['color']);
    return { area, range };
  });
  const names = loadMarks(context);
  await context.sync();

  const marks = marksOf(names);
  const onThisSheet = (sheet: string | undefined) => sheet === undefined || sheet === read.sheetName;
  const kept = new Set<string>();
  marks.forEach((mark) => {
    const stillMarked = mark.area && onThisSheet(mark.sheet) && targets.some((t) => sameArea(t, mark.area as GridArea));
    if (stillMarked && mark.area) {
      kept.add(JSON.stringify(mark.area));
      return;
    }
    if (mark.area && mark.sheet !== undefined) queueRestore(rangeOf(context.workbook.worksheets.getItem(mark.sheet), mark.area), mark.fill);
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
};

/** Restores every marked cell's fill and forgets the marks: one sync to read, one to write. */
export const clearMarks = async (context: Excel.RequestContext, sheetName: string | undefined): Promise<void> => {
  const names = loadMarks(context);
  const sheet = sheetName ? context.workbook.worksheets.getItem(sheetName) : context.workbook.worksheets.getActiveWorksheet();
  sheet.load('name');
  sheet.protection.load('protected');
  await context.sync();
  const marks = marksOf(names);
  if (marks.length === 0) return;
  if (sheet.protection.protected && marks.some((m) => m.sheet === undefined || m.sheet === sheet.name)) throw new HostError('protected', sheet.name);
  marks.forEach((mark) => {
    if (mark.area) queueRestore(rangeOf(mark.sheet === undefined ? sheet : context.workbook.worksheets.getItem(mark.sheet), mark.area), mark.fill);
    mark.item.delete();
  });
  await context.sync();
};
