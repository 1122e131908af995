import { FileError } from '../errors';
import { scanPart, type PartText } from '../ooxml/package';
import { attributeOf, decodeAttribute, valueOf, type XmlAttribute, type XmlElement } from '../ooxml/xml';
import { columnNumber, MAX_ROW, parseRange, parseRanges, SHEET_NS } from './a1';
import { sameSheet, shiftFormula, shiftRow, shiftSqref, type FormulaPlace, type RowShift } from './refs';
import { inPart, refusal, setAttribute, type Splice } from './splice';
import { textCollector, type TextSpan } from './workbook';

/**
 * One pass over a worksheet's XML that moves everything referring to rows at or below the
 * inserted ones (rows, cells, formulas, merged ranges, hyperlinks, conditional formats, data
 * validations, filters, selections, page breaks, anchors of controls) as splices, and notes where
 * new rows, merged ranges and the stamp cell go. On a sheet other than the shifted one it moves
 * only references that name the shifted sheet.
 */

export const X14_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
export const XM_NS = 'http://schemas.microsoft.com/office/excel/2006/main';
export const XDR_NS = 'http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing';

/** Attributes holding a cell, a range or a list of ranges on the sheet itself, by element. */
const RANGE_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  dimension: ['ref'],
  autoFilter: ['ref'],
  sortState: ['ref'],
  sortCondition: ['ref'],
  hyperlink: ['ref'],
  conditionalFormatting: ['sqref'],
  dataValidation: ['sqref'],
  selection: ['activeCell', 'sqref'],
  pane: ['topLeftCell'],
  sheetView: ['topLeftCell'],
  protectedRange: ['sqref'],
  ignoredError: ['sqref'],
  cellWatch: ['r'],
  inputCells: ['r'],
  cellSmartTags: ['r'],
  webPublishItem: ['sourceRef'],
};

/** Worksheet children that come after `mergeCells` (ECMA-376 Part 1, §18.3.1.99 CT_Worksheet): a new one goes before them. */
const AFTER_MERGE_CELLS = new Set([
  'phoneticPr', 'conditionalFormatting', 'dataValidations', 'hyperlinks', 'printOptions', 'pageMargins', 'pageSetup', 'headerFooter',
  'rowBreaks', 'colBreaks', 'customProperties', 'cellWatches', 'ignoredErrors', 'smartTags', 'drawing', 'legacyDrawing',
  'legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst',
]);

export interface CellInfo {
  readonly start: number;
  readonly openEnd: number;
  readonly end: number;
  readonly attributes: readonly XmlAttribute[];
  readonly column: number;
  readonly style: number;
  readonly formula: boolean;
  readonly type: string;
  /** The character data of `<v>`, and the whole `<is>` element. */
  readonly value?: { readonly start: number; readonly end: number };
  readonly inline?: { readonly start: number; readonly end: number };
}

export interface RowInfo {
  readonly row: number;
  readonly start: number;
  readonly openEnd: number;
  readonly end: number;
  readonly selfClosing: boolean;
  readonly attributes: readonly XmlAttribute[];
  readonly cells: readonly CellInfo[];
}

export interface SheetScan {
  readonly splices: Splice[];
  /** "x:" when the sheet writes its elements with a prefix. */
  readonly prefix: string;
  /** The rows asked for, with their cells. */
  readonly rows: ReadonlyMap<number, RowInfo>;
  /** Original row numbers of the row elements, ascending, and where each starts. */
  readonly rowNumbers: readonly number[];
  readonly rowStarts: readonly number[];
  /** Where `</sheetData>` starts; a `<sheetData/>` must be opened up instead. */
  readonly sheetDataEnd: number;
  readonly sheetDataEmpty: { readonly start: number; readonly end: number } | undefined;
  readonly mergeCells: { readonly closeStart: number; readonly count?: XmlAttribute; readonly count0: number; readonly selfClosing: boolean; readonly start: number; readonly openEnd: number } | undefined;
  /** Where a new `<mergeCells>` goes when there is none. */
  readonly mergeCellsAt: number;
  readonly dimension: XmlAttribute | undefined;
}

export interface SheetScanOptions {
  readonly shift: RowShift;
  /** The name of the sheet this part is. */
  readonly sheet: string;
  /** Columns of the status table (1-based): a merged range there may not span an insertion. */
  readonly tableColumns?: { readonly left: number; readonly right: number };
  /** Original rows whose row element and cells to keep (heading model, header, stamp row). */
  readonly capture?: ReadonlySet<number>;
}

interface Container {
  readonly element: XmlElement;
  sqref: string | undefined;
  readonly formulas: TextSpan[];
}

const zeroBasedRow = (shift: RowShift, row: number): number => shiftRow(shift, row + 1) - 1;

/** Scans a worksheet, collecting the splices that shift it. */
export const scanSheet = (part: PartText, options: SheetScanOptions): SheetScan => {
  const { shift, sheet } = options;
  const onShifted = sameSheet(sheet, shift.sheet);
  const moving = onShifted && shift.insertions.length > 0;
  const xml = part.text;
  const splices: Splice[] = [];
  const texts = textCollector();
  const rows = new Map<number, RowInfo>();
  const rowNumbers: number[] = [];
  const rowStarts: number[] = [];
  let prefix = '';
  let sheetDataEnd = -1;
  let sheetDataEmpty: SheetScan['sheetDataEmpty'];
  let mergeCells: SheetScan['mergeCells'];
  let mergeCellsAt = -1;
  let dimension: XmlAttribute | undefined;
  let rootEnd = xml.length;
  let inSheetData = false;
  let row = 0;
  let column = 0;
  let rowOpen: { element: XmlElement; row: number; cells: CellInfo[] } | undefined;
  let cellOpen:
    | { element: XmlElement; column: number; style: number; type: string; formula: boolean; value?: { start: number; end: number }; inline?: { start: number; end: number } }
    | undefined;
  const containers: Container[] = [];
  const place: FormulaPlace = { sheet };

  const shiftAttribute = (element: XmlElement, name: string): void => {
    const attribute = attributeOf(element, name);
    if (!attribute) return;
    const moved = shiftSqref(shift, decodeAttribute(attribute.raw));
    if (moved !== undefined) splices.push(setAttribute(attribute, moved));
  };
  const shiftFormulaAttribute = (element: XmlElement, name: string, formulaPlace: FormulaPlace = place): void => {
    const attribute = attributeOf(element, name);
    if (!attribute) return;
    const text = decodeAttribute(attribute.raw);
    const moved = shiftFormula(text, shift, formulaPlace);
    if (moved !== text) splices.push(setAttribute(attribute, moved));
  };
  const replaceText = (span: TextSpan, text: string): void => {
    if (text !== span.text) splices.push({ start: span.start, end: span.end, text: escapeForText(text) });
  };
  const isSheet = (element: XmlElement): boolean => SHEET_NS.has(element.uri);

  inPart(part.name, () =>
    scanPart(part, {
      open: (element) => {
        if (element.depth === 0) {
          prefix = element.prefix === '' ? '' : `${element.prefix}:`;
          return;
        }
        const local = element.local;
        if (isSheet(element)) {
          if (element.depth === 1 && mergeCellsAt < 0 && AFTER_MERGE_CELLS.has(local)) mergeCellsAt = element.start;
          switch (local) {
            case 'sheetData':
              if (element.depth !== 1) break;
              inSheetData = !element.selfClosing;
              if (element.selfClosing) sheetDataEmpty = { start: element.start, end: element.openEnd };
              return;
            case 'row': {
              if (!inSheetData || element.depth !== 2) break;
              const r = Number((valueOf(element, 'r') ?? '').trim());
              const number = Number.isInteger(r) && r >= 1 ? r : row + 1;
              if (moving && number <= row && valueOf(element, 'r') !== undefined) {
                throw refusal('rows-out-of-order', part.name, `${number}`);
              }
              row = number;
              column = 0;
              rowNumbers.push(row);
              rowStarts.push(element.start);
              if (moving) {
                const moved = shiftRow(shift, row);
                if (moved > MAX_ROW) throw new FileError('too-large', { kind: 'sheet-full', rows: row }, `${part.name}: row ${row}`);
                const attribute = attributeOf(element, 'r');
                if (attribute && moved !== row) splices.push(setAttribute(attribute, String(moved)));
              }
              if (options.capture?.has(row)) rowOpen = { element, row, cells: [] };
              if (element.selfClosing && rowOpen) {
                rows.set(row, { row, start: element.start, openEnd: element.openEnd, end: element.openEnd, selfClosing: true, attributes: element.attributes, cells: [] });
                rowOpen = undefined;
              }
              return;
            }
            case 'c': {
              if (!inSheetData || element.depth !== 3) break;
              const attribute = attributeOf(element, 'r');
              const ref = attribute ? decodeAttribute(attribute.raw).trim() : '';
              const match = /^([A-Za-z]{1,3})([0-9]{1,7})$/.exec(ref);
              column = match ? columnNumber(match[1] ?? '') : column + 1;
              if (moving && match && attribute) {
                const cellRow = Number(match[2]);
                const moved = shiftRow(shift, cellRow);
                if (moved > MAX_ROW) throw new FileError('too-large', { kind: 'sheet-full', rows: cellRow }, `${part.name}: ${ref}`);
                if (moved !== cellRow) splices.push(setAttribute(attribute, `${match[1]}${moved}`));
              }
              const style = Number.parseInt(valueOf(element, 's') ?? '0', 10);
              cellOpen = {
                element,
                column,
                style: Number.isInteger(style) && style >= 0 ? style : 0,
                type: (valueOf(element, 't') ?? 'n').trim(),
                formula: false,
              };
              if (element.selfClosing) {
                rowOpen?.cells.push({ start: element.start, openEnd: element.openEnd, end: element.openEnd, attributes: element.attributes, column, style: cellOpen.style, formula: false, type: cellOpen.type });
                cellOpen = undefined;
              }
              return;
            }
            case 'f':
              if (cellOpen && element.depth === 4) {
                cellOpen.formula = true;
                texts.start(element);
                if (moving) shiftAttribute(element, 'ref');
                shiftFormulaAttribute(element, 'r1');
                shiftFormulaAttribute(element, 'r2');
              }
              return;
            case 'v':
              if (cellOpen && rowOpen && element.depth === 4) texts.start(element);
              return;
            case 'is':
              return;
            case 'mergeCell': {
              if (element.parent?.local !== 'mergeCells') break;
              const attribute = attributeOf(element, 'ref');
              const range = attribute ? parseRange(decodeAttribute(attribute.raw)) : undefined;
              if (!attribute || !range) return;
              const across = shift.insertions.some((i) => range.top < i.row && i.row <= range.bottom);
              const columns = options.tableColumns;
              if (moving && across && columns && range.left <= columns.right && range.right >= columns.left) {
                throw refusal('merge-across', part.name, decodeAttribute(attribute.raw));
              }
              if (moving) shiftAttribute(element, 'ref');
              return;
            }
            case 'mergeCells':
              if (element.depth === 1) {
                const count = attributeOf(element, 'count');
                mergeCells = {
                  start: element.start,
                  openEnd: element.openEnd,
                  closeStart: element.openEnd,
                  selfClosing: element.selfClosing,
                  count0: Number.parseInt(count ? decodeAttribute(count.raw) : '0', 10) || 0,
                  ...(count ? { count } : {}),
                };
              }
              return;
            case 'dimension':
              if (element.depth === 1) dimension = attributeOf(element, 'ref');
              break;
            case 'conditionalFormatting':
            case 'dataValidation':
              containers.push({ element, sqref: valueOf(element, 'sqref'), formulas: [] });
              break;
            case 'formula':
            case 'formula1':
            case 'formula2':
              if (containers.length > 0) texts.start(element);
              return;
            case 'hyperlink':
              shiftFormulaAttribute(element, 'location');
              break;
            case 'dataRef': {
              const named = valueOf(element, 'sheet');
              if (named !== undefined ? sameSheet(named, shift.sheet) : moving) shiftAttribute(element, 'ref');
              return;
            }
            case 'brk':
              if (moving && element.parent?.local === 'rowBreaks') {
                const attribute = attributeOf(element, 'id');
                const id = attribute ? Number(decodeAttribute(attribute.raw)) : Number.NaN;
                if (attribute && Number.isInteger(id) && id >= 0) {
                  const moved = zeroBasedRow(shift, id);
                  if (moved !== id && moved < MAX_ROW) splices.push(setAttribute(attribute, String(moved)));
                }
              }
              return;
            default:
              break;
          }
          if (moving) for (const name of RANGE_ATTRIBUTES[local] ?? []) shiftAttribute(element, name);
          return;
        }
        if (element.uri === X14_NS && (local === 'conditionalFormatting' || local === 'dataValidation')) {
          containers.push({ element, sqref: undefined, formulas: [] });
        } else if (element.uri === XM_NS && (local === 'f' || local === 'sqref')) {
          texts.start(element);
        } else if (element.uri === XDR_NS && local === 'row' && moving) {
          texts.start(element);
        }
      },
      text: (element, start, end, cdata) => texts.text(xml, element, start, end, cdata),
      close: (element, start, end) => {
        const local = element.local;
        if (element.depth === 0) rootEnd = start;
        if (isSheet(element)) {
          switch (local) {
            case 'sheetData':
              if (element.depth === 1 && !element.selfClosing) {
                sheetDataEnd = start;
                inSheetData = false;
              }
              return;
            case 'row':
              if (rowOpen && rowOpen.element === element) {
                rows.set(rowOpen.row, { row: rowOpen.row, start: element.start, openEnd: element.openEnd, end, selfClosing: false, attributes: element.attributes, cells: rowOpen.cells });
                rowOpen = undefined;
              }
              return;
            case 'c':
              if (cellOpen && cellOpen.element === element) {
                rowOpen?.cells.push({
                  start: element.start,
                  openEnd: element.openEnd,
                  end,
                  attributes: element.attributes,
                  column: cellOpen.column,
                  style: cellOpen.style,
                  formula: cellOpen.formula,
                  type: cellOpen.type,
                  ...(cellOpen.value ? { value: cellOpen.value } : {}),
                  ...(cellOpen.inline ? { inline: cellOpen.inline } : {}),
                });
                cellOpen = undefined;
              }
              return;
            case 'v': {
              const span = texts.end(element, start);
              if (cellOpen && span) cellOpen.value = { start: span.start, end: span.end };
              return;
            }
            case 'is':
              if (cellOpen && element.depth === 4) cellOpen.inline = { start: element.start, end };
              return;
            case 'f': {
              const span = texts.end(element, start);
              if (!span || !cellOpen) return;
              const kind = (valueOf(element, 't') ?? 'normal').trim();
              const ref = valueOf(element, 'ref');
              const range = ref === undefined ? undefined : parseRange(ref);
              const formulaPlace: FormulaPlace =
                kind === 'shared' && range
                  ? { sheet, anchor: { row }, ranges: [range], relativeKind: 'shared-formula' }
                  : place;
              replaceText(span, shiftFormula(span.text, shift, formulaPlace));
              return;
            }
            case 'formula':
            case 'formula1':
            case 'formula2': {
              const span = texts.end(element, start);
              if (span) containers[containers.length - 1]?.formulas.push(span);
              return;
            }
            case 'mergeCells':
              if (element.depth === 1 && mergeCells && !element.selfClosing) mergeCells = { ...mergeCells, closeStart: start };
              return;
            case 'conditionalFormatting':
            case 'dataValidation':
              closeContainer(element);
              return;
            default:
              return;
          }
        }
        if (element.uri === X14_NS && (local === 'conditionalFormatting' || local === 'dataValidation')) {
          closeContainer(element);
        } else if (element.uri === XM_NS && local === 'f') {
          const span = texts.end(element, start);
          if (!span) return;
          const container = containers[containers.length - 1];
          if (container) container.formulas.push(span);
          else replaceText(span, shiftFormula(span.text, shift, place));
        } else if (element.uri === XM_NS && local === 'sqref') {
          const span = texts.end(element, start);
          if (!span) return;
          const container = containers[containers.length - 1];
          if (container) container.sqref = span.text;
          if (moving) {
            const moved = shiftSqref(shift, span.text);
            if (moved !== undefined) replaceText(span, moved);
          }
        } else if (element.uri === XDR_NS && local === 'row' && moving) {
          const span = texts.end(element, start);
          const value = span ? Number(span.text.trim()) : Number.NaN;
          if (span && Number.isInteger(value) && value >= 0) replaceText(span, String(zeroBasedRow(shift, value)));
        }
      },
    }),
  );

  /** A conditional format's or validation's formulas count from the first cell of its first range. */
  function closeContainer(element: XmlElement): void {
    const index = containers.findIndex((c) => c.element === element);
    if (index < 0) return;
    const [container] = containers.splice(index, 1);
    if (!container || container.formulas.length === 0) return;
    const ranges = parseRanges(container.sqref ?? '');
    const first = ranges[0];
    const formulaPlace: FormulaPlace = first ? { sheet, anchor: { row: first.top }, ranges, relativeKind: 'relative-formula' } : place;
    for (const span of container.formulas) replaceText(span, shiftFormula(span.text, shift, formulaPlace));
  }

  return {
    splices,
    prefix,
    rows,
    rowNumbers,
    rowStarts,
    sheetDataEnd,
    sheetDataEmpty,
    mergeCells,
    mergeCellsAt: mergeCellsAt < 0 ? rootEnd : mergeCellsAt,
    dimension,
  };
};

const escapeForText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
