import { isDateFormat } from '../../excel/cells';
import { scanPart, type PartText } from '../ooxml/package';
import { valueOf } from '../ooxml/xml';
import { SHEET_NS } from './a1';

/**
 * The styles part as far as the status table needs it: which cell formats show a date (for a
 * date stamp that is a real date), which are bold, and where a new font and cell format can be
 * added for a bold heading without touching the ones there.
 */

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A list element (`<fonts>`, `<cellXfs>`) with its items' XML. */
export interface StyleList {
  /** The list's start tag, and where its end tag starts (a new item goes there). */
  readonly open: Span;
  readonly closeStart: number;
  readonly selfClosing: boolean;
  readonly items: readonly Span[];
}

export interface CellFormat {
  readonly numFmtId: number;
  readonly fontId: number;
}

export interface Styles {
  readonly part: PartText | undefined;
  readonly formats: readonly CellFormat[];
  readonly boldFonts: ReadonlySet<number>;
  readonly numberFormats: ReadonlyMap<number, string>;
  readonly fonts: StyleList | undefined;
  readonly cellXfs: StyleList | undefined;
}

/**
 * Built-in number formats that show dates (ECMA-376 Part 1, §18.8.30): 14–22, and the
 * locale-dependent East Asian ones 27–36 and 50–58; 45–47 are times.
 */
const BUILT_IN_DATES = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

const ON = (value: string | undefined): boolean => value === undefined || !/^(0|false|off)$/i.test(value.trim());

const int = (value: string | undefined, fallback: number): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : fallback;
};

export const NO_STYLES: Styles = { part: undefined, formats: [], boldFonts: new Set(), numberFormats: new Map(), fonts: undefined, cellXfs: undefined };

export const readStyles = (part: PartText | undefined): Styles => {
  if (!part) return NO_STYLES;
  const formats: CellFormat[] = [];
  const boldFonts = new Set<number>();
  const numberFormats = new Map<number, string>();
  const lists = new Map<string, { open: Span; selfClosing: boolean; items: Span[]; closeStart: number }>();
  let font = -1;
  scanPart(part, {
    open: (element) => {
      if (!SHEET_NS.has(element.uri)) return;
      const parent = element.parent?.local;
      if ((element.local === 'fonts' || element.local === 'cellXfs') && element.depth === 1) {
        lists.set(element.local, {
          open: { start: element.start, end: element.openEnd },
          selfClosing: element.selfClosing,
          items: [],
          closeStart: element.openEnd,
        });
      } else if (element.local === 'numFmt' && parent === 'numFmts') {
        const id = int(valueOf(element, 'numFmtId'), -1);
        if (id >= 0) numberFormats.set(id, valueOf(element, 'formatCode') ?? '');
      } else if (element.local === 'font' && parent === 'fonts' && element.depth === 2) {
        font = lists.get('fonts')?.items.length ?? 0;
      } else if (element.local === 'b' && parent === 'font' && element.depth === 3 && ON(valueOf(element, 'val'))) {
        boldFonts.add(font);
      } else if (element.local === 'xf' && parent === 'cellXfs' && element.depth === 2) {
        formats.push({ numFmtId: int(valueOf(element, 'numFmtId'), 0), fontId: int(valueOf(element, 'fontId'), 0) });
      }
    },
    close: (element, start, end) => {
      if (!SHEET_NS.has(element.uri)) return;
      if ((element.local === 'font' && element.parent?.local === 'fonts') || (element.local === 'xf' && element.parent?.local === 'cellXfs')) {
        if (element.depth === 2) lists.get(element.parent.local)?.items.push({ start: element.start, end });
      } else if ((element.local === 'fonts' || element.local === 'cellXfs') && element.depth === 1) {
        const list = lists.get(element.local);
        if (list) list.closeStart = start;
      }
    },
  });
  return { part, formats, boldFonts, numberFormats, fonts: lists.get('fonts'), cellXfs: lists.get('cellXfs') };
};

/** Whether cells of this format show their number as a date. */
export const isDateStyle = (styles: Styles, style: number): boolean => {
  const id = styles.formats[style]?.numFmtId ?? 0;
  const custom = styles.numberFormats.get(id);
  return custom !== undefined ? isDateFormat(custom) : BUILT_IN_DATES.has(id);
};

export const isBoldStyle = (styles: Styles, style: number): boolean => styles.boldFonts.has(styles.formats[style]?.fontId ?? 0);
