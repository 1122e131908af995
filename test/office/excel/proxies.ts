import {
  accessDenied,
  ClientObjectDouble,
  CollectionDouble,
  invalidArgument,
  itemNotFound,
  OfficeDoubleError,
  propertyNotLoaded,
  RequestContextDouble,
  type DocumentPolicy,
  type LoadSpec,
  type Loadable,
} from '../common';
import {
  addressOf,
  cellAt,
  cellFor,
  contains,
  insertRows,
  MAX_COLUMNS,
  MAX_ROWS,
  noFill,
  parseAddress,
  overlaps,
  sheetPrefix,
  usedArea,
  type Area,
  type NameModel,
  type SheetModel,
  type TableModel,
  type WorkbookModel,
} from './model';

/**
 * Office.js's Excel objects as far as the Excel host uses them, over the double's model. Reads
 * need load + sync, collections' `items` need load + sync, writes are queued and applied at
 * sync, in order; APIs above the double's requirement sets fail at sync with ApiNotFound.
 */

export interface RangeModel {
  readonly sheet: SheetModel;
  readonly area: Area;
}

const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DUTCH_DATE = new RegExp(`^\\s*(\\d{1,2})\\s+(${MONTHS.join('|')})\\s+(\\d{4})\\s*$`, 'i');

/** Excel's serial of a date (day 0 = 30 Dec 1899). */
export const serialOf = (year: number, month: number, day: number): number =>
  Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86_400_000);

/**
 * What Excel makes of a typed-in string in a cell that is not formatted as text ("@"), as a
 * Dutch-locale Excel does: a Dutch date becomes a date serial, a plain number a number.
 */
export const parseInput = (text: string): { value: string | number; format?: string } => {
  const date = DUTCH_DATE.exec(text);
  if (date) {
    const month = MONTHS.indexOf((date[2] ?? '').toLowerCase()) + 1;
    return { value: serialOf(Number(date[3]), month, Number(date[1])), format: 'd mmmm yyyy' };
  }
  if (/^-?\d+(\.\d+)?$/.test(text.trim())) return { value: Number(text) };
  return { value: text };
};

export class ExcelContextDouble extends RequestContextDouble {
  readonly workbook: WorkbookDouble;
  readonly model: WorkbookModel;

  constructor(policy: DocumentPolicy, model: WorkbookModel) {
    super(policy);
    this.model = model;
    this.workbook = new WorkbookDouble(this);
  }
}

/** For `*OrNullObject` results: `isNullObject` is known after the next sync. */
abstract class NullableDouble<M> extends ClientObjectDouble<M | null> {
  private known = false;

  protected constructor(context: ExcelContextDouble, typeName: string, resolver: () => M | null) {
    super(context, typeName, resolver);
    context.enqueue(`${typeName}.isNullObject`, () => {
      this.resolve();
      this.known = true;
    });
  }

  get isNullObject(): boolean {
    if (!this.known) throw propertyNotLoaded(this.typeName, 'isNullObject');
    return this.resolve() === null;
  }

  protected model(m: M | null): M {
    if (m === null) throw new OfficeDoubleError('InvalidObjectPath', `${this.typeName} is a null object`);
    return m;
  }
}

const guardSheet = (sheet: SheetModel, where: string): void => {
  if (sheet.protected) throw accessDenied(where);
};

export class WorkbookDouble {
  readonly worksheets: WorksheetCollectionDouble;
  readonly names: NamedItemCollectionDouble;

  constructor(context: ExcelContextDouble) {
    this.worksheets = new WorksheetCollectionDouble(context);
    this.names = new NamedItemCollectionDouble(context);
  }
}

export class WorksheetCollectionDouble extends CollectionDouble<SheetModel, WorksheetDouble> {
  private readonly excel: ExcelContextDouble;

  constructor(context: ExcelContextDouble) {
    super(context, 'WorksheetCollection', () => context.model.sheets, (resolver) => new WorksheetDouble(context, resolver));
    this.excel = context;
  }

  getActiveWorksheet(): WorksheetDouble {
    return new WorksheetDouble(this.excel, () => this.excel.model.active);
  }

  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.excel, () => {
      const found = this.excel.model.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
      if (!found) throw itemNotFound(`WorksheetCollection.getItem(${name})`);
      return found;
    });
  }
}

export class WorksheetDouble extends ClientObjectDouble<SheetModel> {
  private readonly excel: ExcelContextDouble;
  protected readonly scalars = { name: (m: SheetModel) => m.name };

  constructor(context: ExcelContextDouble, resolver: () => SheetModel) {
    super(context, 'Worksheet', resolver);
    this.excel = context;
  }

  get name(): string {
    return this.read('name');
  }

  get protection(): WorksheetProtectionDouble {
    return this.child('protection', () => new WorksheetProtectionDouble(this.excel, () => this.resolve()));
  }

  get tables(): TableCollectionDouble {
    return this.child('tables', () => new TableCollectionDouble(this.excel, () => this.resolve()));
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'protection') return this.protection;
    if (name === 'tables') return this.tables;
    return undefined;
  }

  activate(): void {
    this.excel.enqueue('Worksheet.activate', () => {
      this.excel.model.active = this.resolve();
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    this.excel.requireSet('ExcelApi', '1.4', 'Worksheet.getUsedRangeOrNullObject');
    return new RangeDouble(this.excel, () => {
      const sheet = this.resolve();
      const area = usedArea(sheet, valuesOnly);
      return area ? { sheet, area } : null;
    });
  }

  /** Only the whole sheet (no address) or an A1 address without a sheet name. */
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.excel, () => ({
      sheet: this.resolve(),
      area: address === undefined ? { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS } : parseAddress(address),
    }));
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): RangeDouble {
    this.excel.requireSet('ExcelApi', '1.7', 'Worksheet.getRangeByIndexes');
    return new RangeDouble(this.excel, () => ({ sheet: this.resolve(), area: { row, column, rowCount, columnCount } }));
  }
}

export class WorksheetProtectionDouble extends ClientObjectDouble<SheetModel> {
  protected readonly scalars = { protected: (m: SheetModel) => m.protected };

  constructor(context: ExcelContextDouble, resolver: () => SheetModel) {
    super(context, 'WorksheetProtection', resolver);
    context.requireSet('ExcelApi', '1.2', 'Worksheet.protection');
  }

  get protected(): boolean {
    return this.read('protected');
  }
}

const valuesOf = (r: RangeModel) =>
  Array.from({ length: r.area.rowCount }, (_, i) =>
    Array.from({ length: r.area.columnCount }, (_, j) => cellAt(r.sheet, r.area.row + i, r.area.column + j).value),
  );

const formatsOf = (r: RangeModel) =>
  Array.from({ length: r.area.rowCount }, (_, i) =>
    Array.from({ length: r.area.columnCount }, (_, j) => cellAt(r.sheet, r.area.row + i, r.area.column + j).numberFormat),
  );

const forCells = (r: RangeModel, visit: (row: number, column: number) => void) => {
  for (let i = 0; i < r.area.rowCount; i += 1) for (let j = 0; j < r.area.columnCount; j += 1) visit(r.area.row + i, r.area.column + j);
};

const checkShape = (r: RangeModel, grid: readonly (readonly unknown[])[], where: string) => {
  if (grid.length !== r.area.rowCount || grid.some((row) => row.length !== r.area.columnCount)) {
    throw invalidArgument(where, `expected ${r.area.rowCount}×${r.area.columnCount} values`);
  }
};

/** One value across the range, or null where cells differ (as Office.js reports mixed formats). */
const uniform = <T>(r: RangeModel, get: (row: number, column: number) => T): T | null => {
  let first: { v: T } | undefined;
  let same = true;
  forCells(r, (row, column) => {
    const v = get(row, column);
    if (!first) first = { v };
    else if (first.v !== v) same = false;
  });
  return first && same ? first.v : null;
};

export class RangeDouble extends NullableDouble<RangeModel> {
  private readonly excel: ExcelContextDouble;
  protected readonly scalars = {
    address: (m: RangeModel | null) => (m ? `${sheetPrefix(m.sheet)}${addressOf(m.area)}` : null),
    rowIndex: (m: RangeModel | null) => m?.area.row ?? null,
    columnIndex: (m: RangeModel | null) => m?.area.column ?? null,
    rowCount: (m: RangeModel | null) => m?.area.rowCount ?? null,
    columnCount: (m: RangeModel | null) => m?.area.columnCount ?? null,
    values: (m: RangeModel | null) => (m ? valuesOf(m) : null),
    numberFormat: (m: RangeModel | null) => (m ? formatsOf(m) : null),
  };

  constructor(context: ExcelContextDouble, resolver: () => RangeModel | null) {
    super(context, 'Range', resolver);
    this.excel = context;
  }

  get address(): string {
    return this.read('address');
  }
  get rowIndex(): number {
    return this.read('rowIndex');
  }
  get columnIndex(): number {
    return this.read('columnIndex');
  }
  get rowCount(): number {
    return this.read('rowCount');
  }
  get columnCount(): number {
    return this.read('columnCount');
  }

  get values(): unknown[][] {
    return this.read('values');
  }
  set values(grid: unknown[][]) {
    this.write('values', (m) => {
      const r = this.model(m);
      guardSheet(r.sheet, 'Range.values');
      checkShape(r, grid, 'Range.values');
      grid.forEach((row, i) =>
        row.forEach((value, j) => {
          const cell = cellFor(r.sheet, r.area.row + i, r.area.column + j);
          if (typeof value === 'string' && cell.numberFormat !== '@') {
            const parsed = parseInput(value);
            cell.value = parsed.value;
            if (parsed.format && cell.numberFormat === 'General') cell.numberFormat = parsed.format;
          } else {
            cell.value = value === null || value === undefined ? '' : (value as string | number | boolean);
          }
        }),
      );
    });
  }

  get numberFormat(): unknown[][] {
    return this.read('numberFormat');
  }
  set numberFormat(grid: unknown[][]) {
    this.write('numberFormat', (m) => {
      const r = this.model(m);
      guardSheet(r.sheet, 'Range.numberFormat');
      checkShape(r, grid, 'Range.numberFormat');
      grid.forEach((row, i) => row.forEach((format, j) => (cellFor(r.sheet, r.area.row + i, r.area.column + j).numberFormat = String(format))));
    });
  }

  get format(): RangeFormatDouble {
    return this.child('format', () => new RangeFormatDouble(this.excel, () => this.model(this.resolve())));
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === 'format' ? this.format : undefined;
  }

  getMergedAreasOrNullObject(): RangeAreasDouble {
    this.excel.requireSet('ExcelApi', '1.13', 'Range.getMergedAreasOrNullObject');
    return new RangeAreasDouble(this.excel, () => {
      const r = this.resolve();
      if (!r) return null;
      const areas = r.sheet.merges.filter((m) => overlaps(m, r.area));
      return areas.length > 0 ? { sheet: r.sheet, areas } : null;
    });
  }

  getEntireRow(): RangeDouble {
    return new RangeDouble(this.excel, () => {
      const r = this.model(this.resolve());
      return { sheet: r.sheet, area: { row: r.area.row, column: 0, rowCount: r.area.rowCount, columnCount: MAX_COLUMNS } };
    });
  }

  insert(shift: 'Down' | 'Right'): RangeDouble {
    this.write('insert', (m) => {
      const r = this.model(m);
      guardSheet(r.sheet, 'Range.insert');
      if (shift !== 'Down') throw invalidArgument('Range.insert', 'the double inserts downwards only');
      const whole = r.area.column === 0 && r.area.columnCount === MAX_COLUMNS;
      const columns = whole ? undefined : { from: r.area.column, to: r.area.column + r.area.columnCount - 1 };
      const cut = r.sheet.merges.find((mg) => mg.row < r.area.row && mg.row + mg.rowCount > r.area.row && (!columns || overlaps(mg, { ...r.area, row: mg.row, rowCount: mg.rowCount })));
      if (cut && columns) throw new OfficeDoubleError('InvalidOperation', 'This operation would split a merged cell.', 'Range.insert');
      insertRows(this.excel.model, r.sheet, r.area.row, r.area.rowCount, columns);
    });
    return this;
  }

  merge(across = false): void {
    this.excel.requireSet('ExcelApi', '1.2', 'Range.merge');
    this.write('merge', (m) => {
      const r = this.model(m);
      guardSheet(r.sheet, 'Range.merge');
      if (across) throw invalidArgument('Range.merge', 'the double merges whole areas only');
      if (r.sheet.tables.some((t) => overlaps(t.area, r.area))) {
        throw new OfficeDoubleError('InvalidOperation', "You can't merge cells in an Excel table.", 'Range.merge');
      }
      r.sheet.merges = r.sheet.merges.filter((mg) => !overlaps(mg, r.area));
      // Merging keeps the top-left value only, as Excel does.
      forCells(r, (row, column) => {
        if (row !== r.area.row || column !== r.area.column) {
          const cell = r.sheet.cells.get(`${row},${column}`);
          if (cell) cell.value = '';
        }
      });
      if (r.area.rowCount > 1 || r.area.columnCount > 1) r.sheet.merges.push(r.area);
    });
  }

  select(): void {
    this.excel.enqueue('Range.select', () => {
      const r = this.model(this.resolve());
      this.excel.model.active = r.sheet;
      this.excel.model.selection = { sheet: r.sheet, area: r.area };
    });
  }
}

export class RangeAreasDouble extends NullableDouble<{ sheet: SheetModel; areas: Area[] }> {
  protected readonly scalars = {
    address: (m: { sheet: SheetModel; areas: Area[] } | null) =>
      m ? m.areas.map((a) => `${sheetPrefix(m.sheet)}${addressOf(a)}`).join(',') : null,
    areaCount: (m: { sheet: SheetModel; areas: Area[] } | null) => m?.areas.length ?? null,
  };

  constructor(context: ExcelContextDouble, resolver: () => { sheet: SheetModel; areas: Area[] } | null) {
    super(context, 'RangeAreas', resolver);
  }

  get address(): string {
    return this.read('address');
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
}

export class RangeFormatDouble extends ClientObjectDouble<RangeModel> {
  private readonly excel: ExcelContextDouble;
  protected readonly scalars = {};

  constructor(context: ExcelContextDouble, resolver: () => RangeModel) {
    super(context, 'RangeFormat', resolver);
    this.excel = context;
  }

  get font(): RangeFontDouble {
    return this.child('font', () => new RangeFontDouble(this.excel, () => this.resolve()));
  }
  get fill(): RangeFillDouble {
    return this.child('fill', () => new RangeFillDouble(this.excel, () => this.resolve()));
  }

  protected override navigation(name: string): Loadable | undefined {
    if (name === 'font') return this.font;
    if (name === 'fill') return this.fill;
    return undefined;
  }
}

export class RangeFontDouble extends ClientObjectDouble<RangeModel> {
  protected readonly scalars = {
    bold: (m: RangeModel) => uniform(m, (row, column) => cellAt(m.sheet, row, column).bold),
  };

  constructor(context: ExcelContextDouble, resolver: () => RangeModel) {
    super(context, 'RangeFont', resolver);
  }

  get bold(): boolean {
    return this.read('bold');
  }
  set bold(value: boolean) {
    this.write('bold', (r) => {
      guardSheet(r.sheet, 'RangeFont.bold');
      forCells(r, (row, column) => (cellFor(r.sheet, row, column).bold = value));
    });
  }
}

const PATTERN_PROPS = ['pattern', 'patternColor', 'tintAndShade', 'patternTintAndShade'];

export class RangeFillDouble extends ClientObjectDouble<RangeModel> {
  private readonly excel: ExcelContextDouble;
  protected readonly scalars = {
    // No fill reads as white, as in Office.js: only `pattern` tells the two apart.
    color: (m: RangeModel) => uniform(m, (row, column) => cellAt(m.sheet, row, column).fill.color ?? '#FFFFFF'),
    pattern: (m: RangeModel) => uniform(m, (row, column) => cellAt(m.sheet, row, column).fill.pattern),
    patternColor: (m: RangeModel) => uniform(m, (row, column) => cellAt(m.sheet, row, column).fill.patternColor ?? '#000000'),
    tintAndShade: (m: RangeModel) => uniform(m, (row, column) => cellAt(m.sheet, row, column).fill.tintAndShade),
  };

  constructor(context: ExcelContextDouble, resolver: () => RangeModel) {
    super(context, 'RangeFill', resolver);
    this.excel = context;
  }

  override load(spec?: LoadSpec): this {
    const text = JSON.stringify(spec ?? '');
    if (PATTERN_PROPS.some((p) => text.includes(p))) this.excel.requireSet('ExcelApi', '1.9', 'RangeFill.pattern');
    return super.load(spec);
  }

  private set1<K extends 'color' | 'pattern' | 'patternColor' | 'tintAndShade'>(name: K, apply: (fill: ReturnType<typeof noFill>) => void) {
    if (name !== 'color') this.excel.requireSet('ExcelApi', '1.9', `RangeFill.${name}`);
    this.write(name, (r) => {
      guardSheet(r.sheet, `RangeFill.${name}`);
      forCells(r, (row, column) => apply(cellFor(r.sheet, row, column).fill));
    });
  }

  get color(): string {
    return this.read('color');
  }
  set color(value: string) {
    this.set1('color', (fill) => {
      fill.color = value.toUpperCase();
      fill.pattern = 'Solid';
      fill.tintAndShade = 0;
    });
  }
  get pattern(): string {
    return this.read('pattern');
  }
  set pattern(value: string) {
    this.set1('pattern', (fill) => {
      fill.pattern = value;
    });
  }
  get patternColor(): string {
    return this.read('patternColor');
  }
  set patternColor(value: string) {
    this.set1('patternColor', (fill) => {
      fill.patternColor = value.toUpperCase();
    });
  }
  get tintAndShade(): number {
    return this.read('tintAndShade');
  }
  set tintAndShade(value: number) {
    this.set1('tintAndShade', (fill) => {
      fill.tintAndShade = value;
    });
  }

  clear(): void {
    this.write('clear', (r) => {
      guardSheet(r.sheet, 'RangeFill.clear');
      forCells(r, (row, column) => (cellFor(r.sheet, row, column).fill = noFill()));
    });
  }
}

export class TableCollectionDouble extends CollectionDouble<TableModel, TableDouble> {
  private readonly excel: ExcelContextDouble;
  private readonly sheet: () => SheetModel;

  constructor(context: ExcelContextDouble, sheet: () => SheetModel) {
    super(context, 'TableCollection', () => sheet().tables, (resolver) => new TableDouble(context, resolver, sheet));
    this.excel = context;
    this.sheet = sheet;
  }

  getItem(name: string): TableDouble {
    return new TableDouble(
      this.excel,
      () => {
        const found = this.sheet().tables.find((t) => t.name === name);
        if (!found) throw itemNotFound(`TableCollection.getItem(${name})`);
        return found;
      },
      this.sheet,
    );
  }
}

export class TableDouble extends ClientObjectDouble<TableModel> {
  private readonly excel: ExcelContextDouble;
  private readonly sheet: () => SheetModel;
  protected readonly scalars = { name: (m: TableModel) => m.name };

  constructor(context: ExcelContextDouble, resolver: () => TableModel, sheet: () => SheetModel) {
    super(context, 'Table', resolver);
    this.excel = context;
    this.sheet = sheet;
  }

  get name(): string {
    return this.read('name');
  }

  getRange(): RangeDouble {
    return new RangeDouble(this.excel, () => ({ sheet: this.sheet(), area: this.resolve().area }));
  }

  get rows(): { add: (index?: number | null, values?: unknown[][]) => void } {
    return {
      add: (index, values) => {
        this.write('rows.add', (table) => {
          const sheet = this.sheet();
          guardSheet(sheet, 'TableRowCollection.add');
          const bodyRows = table.area.rowCount - 1;
          const at = index === undefined || index === null || index === -1 ? bodyRows : index;
          if (at < 0 || at > bodyRows) throw invalidArgument('TableRowCollection.add', `index ${at} outside 0..${bodyRows}`);
          const row = table.area.row + 1 + at;
          const columns = { from: table.area.column, to: table.area.column + table.area.columnCount - 1 };
          insertRows(this.excel.model, sheet, row, 1, columns);
          // Added at the end, the table grows by the row (insertRows leaves a table alone there).
          if (at === bodyRows) table.area = { ...table.area, rowCount: table.area.rowCount + 1 };
          if (values) {
            checkShape({ sheet, area: { row, column: table.area.column, rowCount: 1, columnCount: table.area.columnCount } }, values, 'TableRowCollection.add');
            values[0]?.forEach((v, j) => (cellFor(sheet, row, table.area.column + j).value = v as string | number | boolean));
          }
        });
      },
    };
  }
}

const formulaOf = (m: NameModel): string => (m.area ? `=${sheetPrefix(m.sheet)}${addressOf(m.area, true)}` : '=#REF!');

export class NamedItemCollectionDouble extends CollectionDouble<NameModel | null, NamedItemDouble> {
  private readonly excel: ExcelContextDouble;

  constructor(context: ExcelContextDouble) {
    super(context, 'NamedItemCollection', () => context.model.names, (resolver) => new NamedItemDouble(context, resolver));
    this.excel = context;
  }

  getItemOrNullObject(name: string): NamedItemDouble {
    this.excel.requireSet('ExcelApi', '1.4', 'NamedItemCollection.getItemOrNullObject');
    return new NamedItemDouble(this.excel, () => this.excel.model.names.find((n) => n.name.toLowerCase() === name.toLowerCase()) ?? null);
  }

  add(name: string, reference: RangeDouble | string, comment?: string): NamedItemDouble {
    this.excel.requireSet('ExcelApi', '1.4', 'NamedItemCollection.add');
    let made: NameModel | undefined;
    this.excel.enqueue(
      'NamedItemCollection.add',
      () => {
        if (typeof reference === 'string') throw invalidArgument('NamedItemCollection.add', 'the double takes a Range');
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name)) throw invalidArgument('NamedItemCollection.add', `bad name ${name}`);
        if (this.excel.model.names.some((n) => n.name.toLowerCase() === name.toLowerCase())) {
          throw new OfficeDoubleError('ItemAlreadyExists', `The name ${name} already exists.`, 'NamedItemCollection.add');
        }
        const r = reference.resolve();
        if (!r) throw invalidArgument('NamedItemCollection.add', 'null range');
        made = { name, sheet: r.sheet, area: r.area, comment: comment ?? '', visible: true };
        this.excel.model.names.push(made);
      },
      true,
    );
    return new NamedItemDouble(this.excel, () => {
      if (!made) throw itemNotFound('NamedItemCollection.add');
      return made;
    });
  }
}

export class NamedItemDouble extends NullableDouble<NameModel> {
  private readonly excel: ExcelContextDouble;
  protected readonly scalars = {
    name: (m: NameModel | null) => m?.name ?? null,
    formula: (m: NameModel | null) => (m ? formulaOf(m) : null),
    comment: (m: NameModel | null) => m?.comment ?? null,
    visible: (m: NameModel | null) => m?.visible ?? null,
    type: (m: NameModel | null) => (m ? (m.area ? 'Range' : 'Error') : null),
  };

  constructor(context: ExcelContextDouble, resolver: () => NameModel | null) {
    super(context, 'NamedItem', resolver);
    this.excel = context;
  }

  override load(spec?: LoadSpec): this {
    if (JSON.stringify(spec ?? '').includes('formula')) this.excel.requireSet('ExcelApi', '1.7', 'NamedItem.formula');
    return super.load(spec);
  }

  get name(): string {
    return this.read('name');
  }
  get formula(): string {
    return this.read('formula');
  }
  get comment(): string {
    return this.read('comment');
  }
  get visible(): boolean {
    return this.read('visible');
  }
  set visible(value: boolean) {
    this.write('visible', (m) => {
      this.model(m).visible = value;
    });
  }

  delete(): void {
    this.excel.requireSet('ExcelApi', '1.4', 'NamedItem.delete');
    this.write('delete', (m) => {
      const target = this.model(m);
      this.excel.model.names = this.excel.model.names.filter((n) => n !== target);
    });
  }

  getRange(): RangeDouble {
    return new RangeDouble(this.excel, () => {
      const m = this.model(this.resolve());
      if (!m.area) throw new OfficeDoubleError('InvalidReference', 'The name refers to #REF!', 'NamedItem.getRange');
      return { sheet: m.sheet, area: m.area };
    });
  }
}

export { contains };
