import { areaAddress } from '../../core/a1';
import { notSimulated, officeError } from '../richapi/errors';
import { defineType, simObject, type SimObject, type TypeRegistry } from '../richapi/objects';
import { dutchDateSerial } from './build';
import { reviewTypes } from './review';
import {
  cellAt,
  cellFor,
  contains,
  insertRows,
  MAX_COLUMNS,
  MAX_ROWS,
  noFill,
  overlaps,
  parseAddress,
  sheetPrefix,
  usedArea,
  type Area,
  type FillModel,
  type NameModel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from './model';

/**
 * Excel's RichApi types over the simulated workbook (`model.ts`), by their names on the wire.
 * Every behaviour cites the Excel JavaScript API reference
 * (https://learn.microsoft.com/javascript/api/excel) where it documents it; "no public source"
 * marks a choice the simulator had to make. Requirement sets are checked by Microsoft's client
 * itself (its `_throwIfApiNotSupported`), so they are not checked again here.
 */

interface RangeTarget {
  readonly sheet: SheetModel;
  readonly area: Area;
}

interface TableTarget {
  readonly sheet: SheetModel;
  readonly table: TableModel;
}

export interface ExcelApiHooks {
  /** The add-in (un)registered for `worksheets.onChanged`. */
  readonly onChangedRegistration?: (registered: boolean) => void;
  /** Cell data changed through the API (values written, cells inserted): Excel raises `onChanged` for the add-in's own changes too. */
  readonly onDataChanged?: (sheet: SheetModel, area: Area) => void;
  /** The simulated user, as a comment's author. */
  readonly author?: string;
}

const forCells = (r: RangeTarget, visit: (row: number, column: number) => void): void => {
  for (let i = 0; i < r.area.rowCount; i += 1) for (let j = 0; j < r.area.columnCount; j += 1) visit(r.area.row + i, r.area.column + j);
};

const grid = <T>(r: RangeTarget, read: (row: number, column: number) => T): T[][] =>
  Array.from({ length: r.area.rowCount }, (_, i) => Array.from({ length: r.area.columnCount }, (_, j) => read(r.area.row + i, r.area.column + j)));

/** One value across the range, or null where the cells differ, as Excel reports mixed formatting. */
const uniform = <T>(r: RangeTarget, read: (row: number, column: number) => T): T | null => {
  let first: { value: T } | undefined;
  let same = true;
  forCells(r, (row, column) => {
    const value = read(row, column);
    if (!first) first = { value };
    else if (first.value !== value) same = false;
  });
  return first && same ? first.value : null;
};

/** A 2D array the size of the range; a single value fills it (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-values-member). */
const shaped = (r: RangeTarget, value: unknown, location: string): unknown[][] => {
  if (!Array.isArray(value)) return grid(r, () => value);
  const rows = value as unknown[];
  if (rows.length !== r.area.rowCount || rows.some((line) => !Array.isArray(line) || line.length !== r.area.columnCount)) {
    throw officeError('InvalidArgument', location, `Expected ${r.area.rowCount}×${r.area.columnCount} values.`);
  }
  return rows as unknown[][];
};

export const excelTypes = (workbook: WorkbookModel, hooks: ExcelApiHooks = {}): TypeRegistry => {
  const changed = (): void => {
    workbook.version += 1;
  };

  /** A protected sheet refuses edits; no public source gives the code, AccessDenied is Excel.ErrorCodes' "You cannot perform the requested operation". */
  const guard = (sheet: SheetModel, location: string): void => {
    if (sheet.protected) throw officeError('AccessDenied', location);
  };

  const worksheet = (sheet: SheetModel): SimObject => simObject('Worksheet', sheet);
  const range = (target: RangeTarget): SimObject => simObject('Range', target);
  const tableObject = (target: TableTarget): SimObject => simObject('Table', target);
  const named = (name: NameModel): SimObject => simObject('NamedItem', name);

  const sheetByName = (name: unknown): SheetModel | undefined =>
    workbook.sheets.find((s) => s.name.toLowerCase() === String(name).toLowerCase() || s.id === name);

  const tablesOf = (sheet: SheetModel | undefined): TableTarget[] =>
    (sheet ? [sheet] : workbook.sheets).flatMap((s) => s.tables.map((table) => ({ sheet: s, table })));

  const tableByKey = (sheet: SheetModel | undefined, key: unknown): TableTarget | undefined =>
    tablesOf(sheet).find((t) => t.table.name.toLowerCase() === String(key).toLowerCase());

  const nameByKey = (key: unknown): NameModel | undefined => workbook.names.find((n) => n.name.toLowerCase() === String(key).toLowerCase());

  /** A sheet-qualified or plain A1 reference to a range (`=Sheet!$A$1`, `'Stand van zaken'!B2:C3`, `B2`). */
  const rangeFromReference = (reference: unknown, location: string): RangeTarget => {
    if (typeof reference === 'object' && reference !== null && 'target' in reference) return (reference as SimObject).target as RangeTarget;
    const text = String(reference).replace(/^=/, '');
    const bang = text.lastIndexOf('!');
    const sheetName = bang < 0 ? undefined : text.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
    const sheet = sheetName === undefined ? workbook.active : sheetByName(sheetName);
    if (!sheet) throw officeError('InvalidArgument', location, `No sheet ${sheetName}.`);
    try {
      return { sheet, area: parseAddress(text.slice(bang + 1)) };
    } catch {
      throw officeError('InvalidArgument', location, `Not a reference: ${String(reference)}`);
    }
  };

  const formulaOf = (name: NameModel): string => (name.area ? `=${sheetPrefix(name.sheet)}${areaAddress(name.area, true)}` : '=#REF!');

  /**
   * What Excel makes of a string written to a cell that is not formatted as text ("@"): a date
   * it recognises becomes a date serial with a date format, a plain number a number. The
   * Range.values reference documents only formulas ("=..."); the parsing of dates as a
   * Dutch-locale Excel does is not documented (no public source) and follows Excel's typing.
   */
  const typedValue = (text: string): { value: string | number; format?: string } => {
    const serial = dutchDateSerial(text);
    if (serial !== undefined) return { value: serial, format: 'd mmmm yyyy' };
    if (/^-?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text) };
    return { value: text };
  };

  /** The cells `getSpecialCells` finds (constants or formulas, by value type), as areas; null where there are none. */
  const specialCells = (r: RangeTarget, cellType: unknown, valueType: unknown): SimObject | null => {
    const location = 'Range.getSpecialCells';
    const kinds: Readonly<Record<string, (value: string | number | boolean) => boolean>> = {
      All: (v) => v !== '',
      Numbers: (v) => typeof v === 'number',
      Text: (v) => typeof v === 'string' && v !== '',
      Logical: (v) => typeof v === 'boolean',
      NumbersText: (v) => typeof v === 'number' || (typeof v === 'string' && v !== ''),
    };
    const wanted = kinds[valueType === undefined || valueType === null ? 'All' : String(valueType)];
    if (!wanted) throw notSimulated(location, `the value type '${String(valueType)}'`);
    if (cellType === 'Formulas') return null;
    if (cellType !== 'Constants') throw notSimulated(location, `the cell type '${String(cellType)}'`);
    const rows = new Map<number, number[]>();
    r.sheet.cells.forEach((cell, k) => {
      const [row = 0, column = 0] = k.split(',').map(Number);
      if (contains(r.area, row, column) && wanted(cell.value)) rows.set(row, [...(rows.get(row) ?? []), column]);
    });
    const areas: Area[] = [];
    [...rows.keys()]
      .sort((a, b) => a - b)
      .forEach((row) => {
        const columns = (rows.get(row) ?? []).sort((a, b) => a - b);
        columns.forEach((column, i) => {
          const last = areas[areas.length - 1];
          if (i > 0 && last && last.row === row && last.column + last.columnCount === column) areas[areas.length - 1] = { ...last, columnCount: last.columnCount + 1 };
          else areas.push({ row, column, rowCount: 1, columnCount: 1 });
        });
      });
    return areas.length > 0 ? simObject('RangeAreas', { sheet: r.sheet, areas }) : null;
  };

  const setFill = (r: RangeTarget, location: string, apply: (fill: FillModel) => void): void => {
    guard(r.sheet, location);
    forCells(r, (row, column) => apply(cellFor(r.sheet, row, column).fill));
    changed();
  };

  return {
    ...reviewTypes(workbook, { changed, guard, range, rangeFromReference, author: hooks.author ?? 'Simulated User' }),
    Workbook: defineType<WorkbookModel>({
      sets: { Comments: 'ExcelApi 1.10', CustomXmlParts: 'ExcelApi 1.5' },
      navigation: {
        Worksheets: (w) => simObject('WorksheetCollection', w),
        Names: (w) => simObject('NamedItemCollection', w),
        Tables: () => simObject('TableCollection', { sheet: undefined }),
        // The review round's types: review.ts.
        Comments: () => simObject('CommentCollection', { sheet: undefined }),
        CustomXmlParts: (w) => simObject('CustomXmlPartCollection', w),
      },
      methods: {
        // https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)
        GetSelectedRange: (w) => range(w.selection ?? { sheet: w.active, area: { row: 0, column: 0, rowCount: 1, columnCount: 1 } }),
      },
    }),

    WorksheetCollection: defineType<WorkbookModel>({
      sets: {
        GetItemOrNullObject: 'ExcelApi 1.4',
        _RegisterDataChangedEvent: 'ExcelApi 1.9',
        _UnregisterDataChangedEvent: 'ExcelApi 1.9',
      },
      items: (w) => w.sheets.map(worksheet),
      indexer: (_w, key) => {
        const sheet = sheetByName(key);
        if (!sheet) throw officeError('ItemNotFound', 'WorksheetCollection.getItem');
        return worksheet(sheet);
      },
      methods: {
        GetActiveWorksheet: (w) => worksheet(w.active),
        // Throws ItemNotFound for a missing sheet (https://learn.microsoft.com/javascript/api/excel/excel.worksheetcollection#excel-excel-worksheetcollection-getitem-member(1)).
        GetItem: (_w, [key]) => {
          const sheet = sheetByName(key);
          if (!sheet) throw officeError('ItemNotFound', 'WorksheetCollection.getItem');
          return worksheet(sheet);
        },
        GetItemOrNullObject: (_w, [key]) => {
          const sheet = sheetByName(key);
          return sheet ? worksheet(sheet) : null;
        },
        // Registration of worksheets.onChanged (ExcelApi 1.9): the client asks before it listens.
        _RegisterDataChangedEvent: () => {
          hooks.onChangedRegistration?.(true);
          return undefined;
        },
        _UnregisterDataChangedEvent: () => {
          hooks.onChangedRegistration?.(false);
          return undefined;
        },
      },
    }),

    Worksheet: defineType<SheetModel>({
      key: { name: 'Id', of: (sheet) => sheet.id },
      sets: {
        Protection: 'ExcelApi 1.2',
        GetUsedRangeOrNullObject: 'ExcelApi 1.4',
        GetRangeByIndexes: 'ExcelApi 1.7',
        Comments: 'ExcelApi 1.10',
      },
      scalars: {
        Name: (s) => s.name,
        Id: (s) => s.id,
        Position: (s) => workbook.sheets.indexOf(s),
        Visibility: () => 'Visible',
      },
      navigation: {
        Protection: (s) => simObject('WorksheetProtection', s),
        Tables: (s) => simObject('TableCollection', { sheet: s }),
        Comments: (s) => simObject('CommentCollection', { sheet: s }),
      },
      methods: {
        // A null object on an empty sheet; `valuesOnly` counts only cells with values
        // (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getusedrangeornullobject-member(1)).
        GetUsedRangeOrNullObject: (s, [valuesOnly]) => {
          const area = usedArea(s, Boolean(valuesOnly));
          return area ? range({ sheet: s, area }) : null;
        },
        GetUsedRange: (s, [valuesOnly]) => range({ sheet: s, area: usedArea(s, Boolean(valuesOnly)) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } }),
        // Without an address: the whole sheet (https://learn.microsoft.com/javascript/api/excel/excel.worksheet#excel-excel-worksheet-getrange-member(1)).
        GetRange: (s, [address]) =>
          address === undefined || address === null || address === ''
            ? range({ sheet: s, area: { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } })
            : range({ sheet: s, area: rangeFromReference(String(address).replace(/^.*!/, ''), 'Worksheet.getRange').area }),
        GetRangeByIndexes: (s, [row, column, rowCount, columnCount]) => {
          const area = { row: Number(row), column: Number(column), rowCount: Number(rowCount), columnCount: Number(columnCount) };
          if (Object.values(area).some((n) => !Number.isInteger(n) || n < 0) || area.rowCount < 1 || area.columnCount < 1) {
            throw officeError('InvalidArgument', 'Worksheet.getRangeByIndexes');
          }
          return range({ sheet: s, area });
        },
        Activate: (s) => {
          workbook.active = s;
          return undefined;
        },
      },
    }),

    // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection (ExcelApi 1.2)
    WorksheetProtection: defineType<SheetModel>({
      set: 'ExcelApi 1.2',
      scalars: { Protected: (s) => s.protected },
      methods: {
        Protect: (s) => {
          s.protected = true;
          changed();
          return undefined;
        },
        Unprotect: (s) => {
          s.protected = false;
          changed();
          return undefined;
        },
      },
    }),

    Range: defineType<RangeTarget>({
      sets: {
        GetMergedAreasOrNullObject: 'ExcelApi 1.13',
        GetSpecialCells: 'ExcelApi 1.9',
        GetSpecialCellsOrNullObject: 'ExcelApi 1.9',
        Merge: 'ExcelApi 1.2',
        Unmerge: 'ExcelApi 1.2',
      },
      scalars: {
        Address: (r) => `${sheetPrefix(r.sheet)}${areaAddress(r.area)}`,
        RowIndex: (r) => r.area.row,
        ColumnIndex: (r) => r.area.column,
        RowCount: (r) => r.area.rowCount,
        ColumnCount: (r) => r.area.columnCount,
        Values: (r) => grid(r, (row, column) => cellAt(r.sheet, row, column).value),
        Text: (r) => grid(r, (row, column) => String(cellAt(r.sheet, row, column).value)),
        NumberFormat: (r) => grid(r, (row, column) => cellAt(r.sheet, row, column).numberFormat),
      },
      setters: {
        Values: (r, value) => {
          guard(r.sheet, 'Range.values');
          shaped(r, value, 'Range.values').forEach((line, i) =>
            line.forEach((v, j) => {
              const cell = cellFor(r.sheet, r.area.row + i, r.area.column + j);
              if (typeof v === 'string' && cell.numberFormat !== '@') {
                const typed = typedValue(v);
                cell.value = typed.value;
                if (typed.format && cell.numberFormat === 'General') cell.numberFormat = typed.format;
              } else cell.value = v === null || v === undefined ? '' : (v as string | number | boolean);
            }),
          );
          changed();
          hooks.onDataChanged?.(r.sheet, r.area);
        },
        NumberFormat: (r, value) => {
          guard(r.sheet, 'Range.numberFormat');
          shaped(r, value, 'Range.numberFormat').forEach((line, i) =>
            line.forEach((format, j) => (cellFor(r.sheet, r.area.row + i, r.area.column + j).numberFormat = String(format))),
          );
          changed();
        },
      },
      navigation: {
        Format: (r) => simObject('RangeFormat', r),
      },
      methods: {
        // ExcelApi 1.13: the merged areas overlapping the range, a null object where there are none
        // (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)).
        GetMergedAreasOrNullObject: (r) => {
          const areas = r.sheet.merges.filter((m) => overlaps(m, r.area));
          return areas.length > 0 ? simObject('RangeAreas', { sheet: r.sheet, areas }) : null;
        },
        /**
         * ExcelApi 1.9: the cells of the range of a kind, as RangeAreas; the OrNullObject form
         * answers a null object where there are none, the plain form ItemNotFound
         * (https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-ranges-special-cells).
         * The model has no formulas, so every value is a constant. How Excel cuts the cells into
         * areas is not documented; here each row's run of adjacent cells is one area.
         */
        GetSpecialCellsOrNullObject: (r, [cellType, valueType]) => specialCells(r, cellType, valueType),
        GetSpecialCells: (r, [cellType, valueType]) => {
          const found = specialCells(r, cellType, valueType);
          if (!found) throw officeError('ItemNotFound', 'Range.getSpecialCells');
          return found;
        },
        GetEntireRow: (r) => range({ sheet: r.sheet, area: { row: r.area.row, column: 0, rowCount: r.area.rowCount, columnCount: MAX_COLUMNS } }),
        GetCell: (r, [row, column]) =>
          range({ sheet: r.sheet, area: { row: r.area.row + Number(row), column: r.area.column + Number(column), rowCount: 1, columnCount: 1 } }),
        /**
         * Inserts cells, shifting the others down (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-insert-member(1));
         * an entire row inserts rows. New cells take the format of the cells above, as Excel's
         * default "Format Same As Above" does (Excel's Insert Options; not in the API reference).
         * Cutting through a merged area is refused: no public source gives the code.
         */
        Insert: (r, [shift]) => {
          guard(r.sheet, 'Range.insert');
          if (shift !== 'Down') throw notSimulated('Range.insert', `inserting with shift '${String(shift)}'`);
          const whole = r.area.column === 0 && r.area.columnCount === MAX_COLUMNS;
          const columns = whole ? undefined : { from: r.area.column, to: r.area.column + r.area.columnCount - 1 };
          const cut = r.sheet.merges.find(
            (m) => m.row < r.area.row && m.row + m.rowCount > r.area.row && (!columns || overlaps(m, { ...r.area, row: m.row, rowCount: m.rowCount })),
          );
          if (cut && columns) throw officeError('InvalidOperation', 'Range.insert', 'This operation would split a merged cell.');
          insertRows(workbook, r.sheet, r.area.row, r.area.rowCount, columns);
          changed();
          hooks.onDataChanged?.(r.sheet, r.area);
          return range(r);
        },
        /**
         * Merges the range into one cell; only the top-left value stays, as Excel warns when it
         * merges (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-merge-member(1)).
         * Cells in an Excel table cannot be merged (Excel's rule for tables); the code Office
         * answers is not documented.
         */
        Merge: (r, [across]) => {
          guard(r.sheet, 'Range.merge');
          if (across) throw notSimulated('Range.merge', 'merging across');
          if (r.sheet.tables.some((t) => overlaps(t.area, r.area))) throw officeError('InvalidOperation', 'Range.merge', "Cells in a table can't be merged.");
          r.sheet.merges = r.sheet.merges.filter((m) => !overlaps(m, r.area));
          forCells(r, (row, column) => {
            if (row === r.area.row && column === r.area.column) return;
            const cell = r.sheet.cells.get(`${row},${column}`);
            if (cell) cell.value = '';
          });
          if (r.area.rowCount > 1 || r.area.columnCount > 1) r.sheet.merges.push(r.area);
          changed();
          return undefined;
        },
        Unmerge: (r) => {
          guard(r.sheet, 'Range.unmerge');
          r.sheet.merges = r.sheet.merges.filter((m) => !overlaps(m, r.area));
          changed();
          return undefined;
        },
        // Selects the range and activates its sheet (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-select-member(1)).
        Select: (r) => {
          workbook.active = r.sheet;
          workbook.selection = { sheet: r.sheet, area: r.area };
          return undefined;
        },
      },
    }),

    // The address lists each area with its sheet, separated by ", " (https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-address-member).
    RangeAreas: defineType<{ sheet: SheetModel; areas: Area[] }>({
      set: 'ExcelApi 1.9',
      scalars: {
        Address: (m) => m.areas.map((a) => `${sheetPrefix(m.sheet)}${areaAddress(a)}`).join(', '),
        AreaCount: (m) => m.areas.length,
      },
      // Each area as a Range (https://learn.microsoft.com/javascript/api/excel/excel.rangeareas#excel-excel-rangeareas-areas-member).
      navigation: {
        Areas: (m) => simObject('RangeCollection', m),
      },
    }),

    // The ranges of a RangeAreas (https://learn.microsoft.com/javascript/api/excel/excel.rangecollection, ExcelApi 1.9).
    RangeCollection: defineType<{ sheet: SheetModel; areas: Area[] }>({
      set: 'ExcelApi 1.9',
      items: (m) => m.areas.map((area) => range({ sheet: m.sheet, area })),
    }),

    RangeFormat: defineType<RangeTarget>({
      navigation: {
        Font: (r) => simObject('RangeFont', r),
        Fill: (r) => simObject('RangeFill', r),
      },
    }),

    RangeFont: defineType<RangeTarget>({
      scalars: { Bold: (r) => uniform(r, (row, column) => cellAt(r.sheet, row, column).bold) },
      setters: {
        Bold: (r, value) => {
          guard(r.sheet, 'RangeFont.bold');
          forCells(r, (row, column) => (cellFor(r.sheet, row, column).bold = Boolean(value)));
          changed();
        },
      },
    }),

    /**
     * A cell without fill reads as white ("#FFFFFF") with pattern "None": only the pattern
     * (ExcelApi 1.9) tells them apart (https://learn.microsoft.com/javascript/api/excel/excel.rangefill).
     * Mixed fills read as null.
     */
    RangeFill: defineType<RangeTarget>({
      sets: {
        Pattern: 'ExcelApi 1.9',
        PatternColor: 'ExcelApi 1.9',
        TintAndShade: 'ExcelApi 1.9',
      },
      scalars: {
        Color: (r) => uniform(r, (row, column) => cellAt(r.sheet, row, column).fill.color ?? '#FFFFFF'),
        Pattern: (r) => uniform(r, (row, column) => cellAt(r.sheet, row, column).fill.pattern),
        PatternColor: (r) => uniform(r, (row, column) => cellAt(r.sheet, row, column).fill.patternColor ?? '#000000'),
        TintAndShade: (r) => uniform(r, (row, column) => cellAt(r.sheet, row, column).fill.tintAndShade),
      },
      setters: {
        Color: (r, value) =>
          setFill(r, 'RangeFill.color', (fill) => {
            fill.color = String(value).toUpperCase();
            fill.pattern = 'Solid';
            fill.tintAndShade = 0;
          }),
        Pattern: (r, value) => setFill(r, 'RangeFill.pattern', (fill) => (fill.pattern = String(value))),
        PatternColor: (r, value) => setFill(r, 'RangeFill.patternColor', (fill) => (fill.patternColor = String(value).toUpperCase())),
        TintAndShade: (r, value) => setFill(r, 'RangeFill.tintAndShade', (fill) => (fill.tintAndShade = Number(value))),
      },
      methods: {
        // Resets the range background (https://learn.microsoft.com/javascript/api/excel/excel.rangefill#excel-excel-rangefill-clear-member(1)).
        Clear: (r) => {
          setFill(r, 'RangeFill.clear', (fill) => Object.assign(fill, noFill()));
          return undefined;
        },
      },
    }),

    TableCollection: defineType<{ sheet: SheetModel | undefined }>({
      sets: {
        GetItemOrNullObject: 'ExcelApi 1.4',
      },
      items: (c) => tablesOf(c.sheet).map(tableObject),
      scalars: { Count: (c) => tablesOf(c.sheet).length },
      indexer: (c, key) => {
        const found = tableByKey(c.sheet, key);
        if (!found) throw officeError('ItemNotFound', 'TableCollection.getItem');
        return tableObject(found);
      },
      methods: {
        GetItem: (c, [key]) => {
          const found = tableByKey(c.sheet, key);
          if (!found) throw officeError('ItemNotFound', 'TableCollection.getItem');
          return tableObject(found);
        },
        GetItemOrNullObject: (c, [key]) => {
          const found = tableByKey(c.sheet, key);
          return found ? tableObject(found) : null;
        },
      },
    }),

    Table: defineType<TableTarget>({
      key: { name: 'Id', of: (t) => t.table.name },
      sets: {
        Worksheet: 'ExcelApi 1.2',
      },
      scalars: {
        Name: (t) => t.table.name,
        Id: (t) => t.table.name,
        ShowHeaders: () => true,
      },
      navigation: {
        Rows: (t) => simObject('TableRowCollection', t),
        Worksheet: (t) => worksheet(t.sheet),
      },
      methods: {
        GetRange: (t) => range({ sheet: t.sheet, area: t.table.area }),
        GetHeaderRowRange: (t) => range({ sheet: t.sheet, area: { ...t.table.area, rowCount: 1 } }),
        GetDataBodyRange: (t) => range({ sheet: t.sheet, area: { ...t.table.area, row: t.table.area.row + 1, rowCount: Math.max(1, t.table.area.rowCount - 1) } }),
      },
    }),

    TableRowCollection: defineType<TableTarget>({
      scalars: { Count: (t) => t.table.area.rowCount - 1 },
      methods: {
        /**
         * Adds rows to the table at `index` (relative to its body; null or -1: at the end), the
         * table growing with them (https://learn.microsoft.com/javascript/api/excel/excel.tablerowcollection#excel-excel-tablerowcollection-add-member(1)).
         */
        Add: (t, [index, values]) => {
          guard(t.sheet, 'TableRowCollection.add');
          const bodyRows = t.table.area.rowCount - 1;
          const at = index === undefined || index === null || index === -1 ? bodyRows : Number(index);
          if (!Number.isInteger(at) || at < 0 || at > bodyRows) throw officeError('InvalidArgument', 'TableRowCollection.add', `index ${String(index)}`);
          const lines = values === undefined || values === null ? [[]] : (values as unknown[][]);
          const count = Math.max(1, lines.length);
          const row = t.table.area.row + 1 + at;
          const columns = { from: t.table.area.column, to: t.table.area.column + t.table.area.columnCount - 1 };
          insertRows(workbook, t.sheet, row, count, columns);
          // At the end the table grows with the rows (insertRows leaves a table alone there).
          if (at === bodyRows) t.table.area = { ...t.table.area, rowCount: t.table.area.rowCount + count };
          lines.forEach((line, i) => {
            if (line.length === 0) return;
            if (line.length !== t.table.area.columnCount) throw officeError('InvalidArgument', 'TableRowCollection.add', 'Values do not match the table width.');
            line.forEach((v, j) => (cellFor(t.sheet, row + i, t.table.area.column + j).value = v as string | number | boolean));
          });
          changed();
          hooks.onDataChanged?.(t.sheet, { row, column: t.table.area.column, rowCount: count, columnCount: t.table.area.columnCount });
          return simObject('TableRow', { ...t, index: at });
        },
      },
    }),

    // A row of an Excel table, by its index in the table's body (https://learn.microsoft.com/javascript/api/excel/excel.tablerow).
    TableRow: defineType<TableTarget & { readonly index: number }>({
      scalars: {
        Index: (r) => r.index,
        Values: (r) => [
          Array.from({ length: r.table.area.columnCount }, (_, j) => cellAt(r.sheet, r.table.area.row + 1 + r.index, r.table.area.column + j).value),
        ],
      },
      methods: {
        GetRange: (r) => range({ sheet: r.sheet, area: { row: r.table.area.row + 1 + r.index, column: r.table.area.column, rowCount: 1, columnCount: r.table.area.columnCount } }),
      },
    }),

    NamedItemCollection: defineType<WorkbookModel>({
      sets: {
        Add: 'ExcelApi 1.4',
        GetItemOrNullObject: 'ExcelApi 1.4',
      },
      items: (w) => w.names.map(named),
      indexer: (_w, key) => {
        const found = nameByKey(key);
        if (!found) throw officeError('ItemNotFound', 'NamedItemCollection.getItem');
        return named(found);
      },
      methods: {
        GetItem: (_w, [key]) => {
          const found = nameByKey(key);
          if (!found) throw officeError('ItemNotFound', 'NamedItemCollection.getItem');
          return named(found);
        },
        // Names are case-insensitive (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-getitemornullobject-member(1)).
        GetItemOrNullObject: (_w, [key]) => {
          const found = nameByKey(key);
          return found ? named(found) : null;
        },
        /**
         * ExcelApi 1.4: a new name for a range or a formula, with an optional comment
         * (https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1)).
         * A name that exists already is refused; the code (ItemAlreadyExists) is not in Excel.ErrorCodes' list, InvalidArgument is.
         */
        Add: (w, [name, reference, comment]) => {
          const text = String(name);
          if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(text)) throw officeError('InvalidArgument', 'NamedItemCollection.add', `Not a valid name: ${text}`);
          if (nameByKey(text)) throw officeError('InvalidArgument', 'NamedItemCollection.add', `The name ${text} already exists.`);
          const target = rangeFromReference(reference, 'NamedItemCollection.add');
          const made: NameModel = { name: text, sheet: target.sheet, area: target.area, comment: comment === undefined || comment === null ? '' : String(comment), visible: true };
          w.names.push(made);
          changed();
          return named(made);
        },
      },
    }),

    NamedItem: defineType<NameModel>({
      key: { name: '_Id', of: (n) => n.name },
      sets: {
        Formula: 'ExcelApi 1.7',
        Comment: 'ExcelApi 1.4',
        Delete: 'ExcelApi 1.4',
        GetRangeOrNullObject: 'ExcelApi 1.4',
      },
      scalars: {
        Name: (n) => n.name,
        // ExcelApi 1.7: the formula the name refers to, "=Sheet!$A$1" (https://learn.microsoft.com/javascript/api/excel/excel.nameditem#excel-excel-nameditem-formula-member).
        Formula: (n) => formulaOf(n),
        Comment: (n) => n.comment,
        Visible: (n) => n.visible,
        Type: (n) => (n.area ? 'Range' : 'Error'),
        Value: (n) => (n.area ? `${sheetPrefix(n.sheet)}${areaAddress(n.area, true)}` : '#REF!'),
      },
      setters: {
        Visible: (n, value) => {
          n.visible = Boolean(value);
          changed();
        },
        Comment: (n, value) => {
          n.comment = String(value);
          changed();
        },
      },
      methods: {
        Delete: (n) => {
          workbook.names = workbook.names.filter((other) => other !== n);
          changed();
          return undefined;
        },
        GetRange: (n) => {
          if (!n.area) throw officeError('InvalidArgument', 'NamedItem.getRange', 'The name refers to #REF!.');
          return range({ sheet: n.sheet, area: n.area });
        },
        GetRangeOrNullObject: (n) => (n.area ? range({ sheet: n.sheet, area: n.area }) : null),
      },
    }),
  };
};
