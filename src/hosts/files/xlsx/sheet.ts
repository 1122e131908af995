import { serialToIso } from '../../excel/cells';
import { formatDutchDate } from '../../../core/datestamp';
import { isoDate, isValidDate, type ISODate } from '../../../core/calendar';
import { FileError } from '../errors';
import { scanPart, type PartText } from '../ooxml/package';
import { decodeText, valueOf, type XmlElement } from '../ooxml/xml';
import { columnNumber, MAX_COLUMN, MAX_ROW, parseRange, SHEET_NS, type Range } from './a1';
import { decodeXstring, type SharedStrings } from './strings';
import { isDateStyle, type Styles } from './styles';
import { relId } from './workbook';

/**
 * One worksheet's cells as Excel shows their values, read in one streaming pass: the text of
 * every cell that has a value (shared, inline, formula results, numbers, dates by their number
 * format), the merged ranges, and the Excel tables the sheet holds. Cells with a style and no
 * value are not kept: a sheet of 50,000 formatted empty rows costs the scan, not memory.
 */

export type CellKind = 'text' | 'number' | 'date' | 'iso-date' | 'bool' | 'error';

export interface SheetCell {
  /** 1-based. */
  readonly row: number;
  readonly column: number;
  readonly text: string;
  readonly kind: CellKind;
  readonly style: number;
  readonly formula: boolean;
}

export interface SheetData {
  readonly part: string;
  readonly cells: readonly SheetCell[];
  readonly merges: readonly Range[];
  /** Relationship ids of the sheet's `<tablePart>`s. */
  readonly tableParts: readonly string[];
}

/** Most cells with a value one sheet may hold: a status table has hundreds; memory stays bounded. */
export const MAX_CELLS = 2_000_000;

/** Excel's serial day 0 in the 1904 date system is 1 January 1904, 1,462 days after the 1900 one's. */
const DAYS_1904 = 1462;

const isoDateText = (value: string): ISODate | undefined => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value.trim());
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? isoDate(year, month, day) : undefined;
};

const PLAIN_INTEGER = /^(?:0|-?[1-9][0-9]{0,14})$/;

/** A number as the grid shows values: "7.20" as 7.2, "1E3" as 1000; most are plain integers already. */
const numberText = (raw: string): string => {
  if (PLAIN_INTEGER.test(raw)) return raw;
  const n = Number(raw);
  return raw.trim() !== '' && Number.isFinite(n) ? String(n) : raw;
};

const REF = /^([A-Za-z]{1,7})([0-9]{1,16})$/;

interface OpenCell {
  row: number;
  column: number;
  type: string;
  style: number;
  formula: boolean;
  value: string[] | undefined;
  inline: string[] | undefined;
}

export const readSheet = (part: PartText, strings: SharedStrings, styles: Styles, date1904: boolean): SheetData => {
  const xml = part.text;
  const cells: SheetCell[] = [];
  const merges: Range[] = [];
  const tableParts: string[] = [];
  let row = 0;
  let column = 0;
  let cell: OpenCell | undefined;
  /** Inside `<v>`, inside `<is>`'s text (not a phonetic run). */
  let inValue = false;
  let inlineText = 0;
  let phonetic = 0;
  let inSheetData = false;

  // Each cell format is asked once whether it shows a date, not once per cell (19,456 rows of 9 numbers).
  const dateStyles = new Map<number, boolean>();
  const isDate = (style: number): boolean => {
    let known = dateStyles.get(style);
    if (known === undefined) dateStyles.set(style, (known = isDateStyle(styles, style)));
    return known;
  };

  const beyond = (element: XmlElement, value: string): FileError =>
    new FileError('damaged', { kind: 'beyond-sheet', part: part.name, value: `<${element.local} r="${value}">` });

  const finish = (open: OpenCell): void => {
    const raw = open.value?.join('') ?? '';
    let text: string | undefined;
    let kind: CellKind = 'text';
    switch (open.type) {
      case 's': {
        const index = Number.parseInt(raw, 10);
        text = Number.isInteger(index) ? strings.texts[index] : undefined;
        break;
      }
      case 'inlineStr':
        text = open.inline ? decodeXstring(open.inline.join('')) : open.value ? decodeXstring(raw) : undefined;
        break;
      case 'str':
        text = open.value ? decodeXstring(raw) : undefined;
        break;
      case 'b':
        kind = 'bool';
        text = open.value ? (raw.trim() === '1' || raw.trim().toLowerCase() === 'true' ? 'WAAR' : 'ONWAAR') : undefined;
        break;
      case 'e':
        kind = 'error';
        text = open.value ? raw : undefined;
        break;
      case 'd': {
        const iso = isoDateText(raw);
        kind = 'iso-date';
        text = iso ? formatDutchDate(iso) : open.value ? raw : undefined;
        break;
      }
      default: {
        if (!open.value) break;
        const serial = Number(raw);
        const iso = isDate(open.style) && raw.trim() !== '' ? serialToIso(date1904 ? serial + DAYS_1904 : serial) : undefined;
        kind = iso ? 'date' : 'number';
        text = iso ? formatDutchDate(iso) : numberText(raw);
        break;
      }
    }
    if (text === undefined || text === '') return;
    if (cells.length >= MAX_CELLS) throw new FileError('too-large', { kind: 'too-many-cells', part: part.name, limit: MAX_CELLS });
    cells.push({ row: open.row, column: open.column, text, kind, style: open.style, formula: open.formula });
  };

  scanPart(part, {
    open: (element) => {
      if (!SHEET_NS.has(element.uri)) return;
      switch (element.local) {
        case 'sheetData':
          if (element.depth === 1) inSheetData = true;
          return;
        case 'row': {
          if (!inSheetData || element.depth !== 2) return;
          const r = valueOf(element, 'r');
          const n = r === undefined ? Number.NaN : Number(r.trim());
          if (Number.isInteger(n) && n > MAX_ROW) throw beyond(element, r ?? '');
          row = Number.isInteger(n) && n >= 1 ? n : row + 1;
          if (row > MAX_ROW) throw beyond(element, String(row));
          column = 0;
          return;
        }
        case 'c': {
          if (!inSheetData || element.depth !== 3) return;
          const r = valueOf(element, 'r');
          const match = r === undefined ? null : REF.exec(r.trim());
          if (match) {
            const at = columnNumber(match[1] ?? '');
            const cellRow = Number(match[2]);
            if (at > MAX_COLUMN || cellRow > MAX_ROW) throw beyond(element, r ?? '');
            column = at >= 1 ? at : column + 1;
          } else column += 1;
          if (column > MAX_COLUMN) throw beyond(element, r ?? String(column));
          const style = Number.parseInt(valueOf(element, 's') ?? '0', 10);
          cell = {
            row,
            column,
            type: (valueOf(element, 't') ?? 'n').trim(),
            style: Number.isInteger(style) && style >= 0 ? style : 0,
            formula: false,
            value: undefined,
            inline: undefined,
          };
          return;
        }
        case 'v':
          if (cell && element.depth === 4) {
            inValue = true;
            cell.value ??= [];
          }
          return;
        case 'f':
          if (cell && element.depth === 4) cell.formula = true;
          return;
        case 'is':
          if (cell && element.depth === 4) cell.inline ??= [];
          return;
        case 'rPh':
          if (cell?.inline) phonetic += 1;
          return;
        case 't':
          if (cell?.inline && phonetic === 0) inlineText += 1;
          return;
        case 'mergeCell': {
          if (element.parent?.local !== 'mergeCells') return;
          const range = parseRange(valueOf(element, 'ref') ?? '');
          if (range) merges.push(range);
          return;
        }
        case 'tablePart': {
          const id = relId(element);
          if (id !== undefined && element.parent?.local === 'tableParts') tableParts.push(id);
          return;
        }
        default:
          return;
      }
    },
    text: (_element, start, end, cdata) => {
      if (!cell) return;
      const text = cdata ? xml.slice(start, end) : decodeText(xml.slice(start, end));
      if (inValue) cell.value?.push(text);
      else if (inlineText > 0) cell.inline?.push(text);
    },
    close: (element) => {
      if (!SHEET_NS.has(element.uri)) return;
      switch (element.local) {
        case 'sheetData':
          if (element.depth === 1) inSheetData = false;
          return;
        case 'c':
          if (cell && element.depth === 3) {
            finish(cell);
            cell = undefined;
            inValue = false;
            inlineText = 0;
            phonetic = 0;
          }
          return;
        case 'v':
          if (element.depth === 4) inValue = false;
          return;
        case 'rPh':
          if (cell?.inline && phonetic > 0) phonetic -= 1;
          return;
        case 't':
          if (cell?.inline && phonetic === 0 && inlineText > 0) inlineText -= 1;
          return;
        default:
          return;
      }
    },
  });
  return { part: part.name, cells, merges, tableParts };
};
