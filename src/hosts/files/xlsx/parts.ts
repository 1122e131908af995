import { contentTypeOf, decodeLegacyPart, partEntry, readPartText, relationshipsOf, scanPart, type Package, type PartText } from '../ooxml/package';
import { attributeOf, decodeAttribute, decodeText, valueOf, type XmlElement } from '../ooxml/xml';
import { readEntry } from '../ooxml/zip';
import { parseRange, SHEET_NS, type Range } from './a1';
import { formulaRefs, sameSheet, shiftFormula, shiftRow, shiftSqref, type FormulaPlace, type RowShift } from './refs';
import { XDR_NS } from './shiftSheet';
import { inPart, refusal, setAttribute, type Splice } from './splice';
import { textCollector, type Workbook } from './workbook';

/**
 * The parts besides the shifted sheet that refer to its rows: defined names, the sheet's tables,
 * comments, drawings (chart and picture anchors), legacy VML shapes (comment boxes, form
 * controls), form-control properties, charts anywhere, pivot caches and tables, and the
 * calculation chain. Each returns the splices that move those references, or refuses (one clear
 * line) where moving would change what something means: a chart series or a pivot source that
 * would take in a heading row, a pivot table split by one.
 */

export interface PartEdit {
  readonly part: PartText;
  readonly splices: readonly Splice[];
}

const CHART_TYPE = /drawingml\.chart\+xml|ms-office\.chartex\+xml/i;
const PIVOT_CACHE_TYPE = /pivotCacheDefinition\+xml/i;

/** Whether an insertion falls strictly inside a range's rows (the range would grow to take it in). */
const straddles = (shift: RowShift, top: number, bottom: number): boolean => shift.insertions.some((i) => top < i.row && i.row <= bottom);

/** Splices for one text element: its content replaced when it changes. */
const textSplice = (span: { start: number; end: number; text: string }, text: string): Splice[] =>
  text === span.text ? [] : [{ start: span.start, end: span.end, text: text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;') }];

/** Defined names: their formulas follow the rows (a sheet-local name's unqualified references are on its sheet). */
export const shiftDefinedNames = (workbook: Workbook, shift: RowShift): PartEdit => {
  const splices = inPart(workbook.part.name, () =>
    workbook.names.flatMap((name) => {
      const sheet = name.localSheet === undefined ? undefined : workbook.sheets[name.localSheet]?.name;
      return textSplice(name.formula, shiftFormula(name.formula.text, shift, { sheet }));
    }),
  );
  return { part: workbook.part, splices };
};

/** A generic pass: formulas in the elements and attributes named, ranges in the attributes named. */
const shiftPart = (
  part: PartText,
  shift: RowShift,
  options: {
    readonly place: FormulaPlace;
    /** Move ranges and anchors: this part belongs to the shifted sheet. */
    readonly moving: boolean;
    readonly formulaElements?: ReadonlySet<string>;
    readonly formulaAttributes?: ReadonlySet<string>;
    readonly rangeAttributes?: Readonly<Record<string, readonly string[]>>;
    /** Check every formula before it moves (charts: a series may not take in a new row). */
    readonly check?: (formula: string) => void;
  },
): PartEdit => {
  const splices: Splice[] = [];
  const texts = textCollector();
  const xml = part.text;
  inPart(part.name, () =>
    scanPart(part, {
      open: (element) => {
        if (options.formulaElements?.has(element.local)) texts.start(element);
        if (options.moving && element.uri === XDR_NS && element.local === 'row') texts.start(element);
        for (const attribute of element.attributes) {
          if (options.formulaAttributes?.has(attribute.local)) {
            const text = decodeAttribute(attribute.raw);
            options.check?.(text);
            const moved = shiftFormula(text, shift, options.place);
            if (moved !== text) splices.push(setAttribute(attribute, moved));
          }
        }
        if (options.moving) {
          for (const name of options.rangeAttributes?.[element.local] ?? []) {
            const attribute = attributeOf(element, name);
            const moved = attribute ? shiftSqref(shift, decodeAttribute(attribute.raw)) : undefined;
            if (attribute && moved !== undefined) splices.push(setAttribute(attribute, moved));
          }
        }
      },
      text: (element, start, end, cdata) => texts.text(xml, element, start, end, cdata),
      close: (element, start) => {
        const span = texts.end(element, start);
        if (!span) return;
        if (element.uri === XDR_NS && element.local === 'row') {
          const value = Number(span.text.trim());
          if (Number.isInteger(value) && value >= 0) splices.push(...textSplice(span, String(shiftRow(shift, value + 1) - 1)));
          return;
        }
        options.check?.(span.text);
        splices.push(...textSplice(span, shiftFormula(span.text, shift, options.place)));
      },
    }),
  );
  return { part, splices };
};

/** A chart's series, categories and titles read ranges: one that an inserted row would fall inside is refused. */
const chartCheck = (shift: RowShift, part: string) => (formula: string): void => {
  for (const ref of formulaRefs(formula)) {
    const [first, second] = ref.rows;
    if (ref.external || !ref.sheet || !sameSheet(ref.sheet, shift.sheet) || !first || !second) continue;
    if (straddles(shift, Math.min(first.row, second.row), Math.max(first.row, second.row))) {
      throw refusal('chart-series', part, formula.slice(ref.start, ref.end));
    }
  }
};

/** VML is not always well-formed XML (Excel writes `<br>` in it): its few row numbers and formulas are edited by pattern. */
const shiftVml = (part: PartText, shift: RowShift, sheet: string, moving: boolean): PartEdit => {
  const splices: Splice[] = [];
  const text = part.text;
  inPart(part.name, () => {
    const pattern = /<([\w.-]+:)?(Row|Anchor|FmlaLink|FmlaRange|FmlaTxbx|FmlaGroup|FmlaPict)>([^<]*)<\/\1?\2>/g;
    for (const match of text.matchAll(pattern)) {
      const name = match[2] ?? '';
      const content = match[3] ?? '';
      const start = match.index + match[0].indexOf('>') + 1;
      const end = start + content.length;
      if (name === 'Row' && moving) {
        const row = Number(content.trim());
        if (Number.isInteger(row) && row >= 0) {
          const moved = shiftRow(shift, row + 1) - 1;
          if (moved !== row) splices.push({ start, end, text: String(moved) });
        }
      } else if (name === 'Anchor' && moving) {
        const fields = content.split(',');
        if (fields.length === 8) {
          const moved = fields.map((field, index) => {
            if (index !== 2 && index !== 6) return field;
            const row = Number(field.trim());
            return Number.isInteger(row) && row >= 0 ? field.replace(/\d+/, String(shiftRow(shift, row + 1) - 1)) : field;
          });
          const joined = moved.join(',');
          if (joined !== content) splices.push({ start, end, text: joined });
        }
      } else if (name.startsWith('Fmla')) {
        const formula = decodeText(content);
        const moved = shiftFormula(formula, shift, { sheet });
        if (moved !== formula) splices.push({ start, end, text: moved.replace(/&/g, '&amp;').replace(/</g, '&lt;') });
      }
    }
  });
  return { part, splices };
};

/** Where a pivot cache reads from, when that is a range on the shifted sheet. */
const pivotSourceRange = (element: XmlElement, shift: RowShift, workbook: Workbook, tables: readonly { name: string; range: Range }[]): Range | undefined => {
  const sheet = valueOf(element, 'sheet');
  const ref = valueOf(element, 'ref');
  if (sheet !== undefined && ref !== undefined) return sameSheet(sheet, shift.sheet) ? parseRange(ref) : undefined;
  const name = valueOf(element, 'name');
  if (name === undefined) return undefined;
  const table = tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  if (table) return table.range;
  const defined = workbook.names.find((n) => n.name.toLowerCase() === name.toLowerCase());
  const target = defined ? formulaRefs(defined.formula.text).find((r) => r.sheet !== undefined && sameSheet(r.sheet, shift.sheet)) : undefined;
  const [first, second] = target?.rows ?? [];
  return first ? { top: first.row, bottom: second?.row ?? first.row, left: 1, right: 1 } : undefined;
};

const shiftPivotCache = (part: PartText, shift: RowShift, workbook: Workbook, tables: readonly { name: string; range: Range }[]): PartEdit => {
  const splices: Splice[] = [];
  scanPart(part, {
    open: (element) => {
      if (element.local !== 'worksheetSource' || !SHEET_NS.has(element.uri)) return;
      const range = pivotSourceRange(element, shift, workbook, tables);
      if (!range) return;
      if (straddles(shift, range.top, range.bottom)) {
        throw refusal('pivot-source', part.name, valueOf(element, 'ref') ?? valueOf(element, 'name') ?? '');
      }
      const attribute = valueOf(element, 'sheet') !== undefined ? attributeOf(element, 'ref') : undefined;
      const moved = attribute ? shiftSqref(shift, decodeAttribute(attribute.raw)) : undefined;
      if (attribute && moved !== undefined) splices.push(setAttribute(attribute, moved));
    },
  });
  return { part, splices };
};

const shiftPivotTable = (part: PartText, shift: RowShift): PartEdit => {
  const splices: Splice[] = [];
  scanPart(part, {
    open: (element) => {
      if (element.local !== 'location' || !SHEET_NS.has(element.uri) || element.depth !== 1) return;
      const attribute = attributeOf(element, 'ref');
      const range = attribute ? parseRange(decodeAttribute(attribute.raw)) : undefined;
      if (!attribute || !range) return;
      if (straddles(shift, range.top, range.bottom)) throw refusal('pivot-table', part.name, decodeAttribute(attribute.raw));
      const moved = shiftSqref(shift, decodeAttribute(attribute.raw));
      if (moved !== undefined) splices.push(setAttribute(attribute, moved));
    },
  });
  return { part, splices };
};

/** The calculation chain lists formula cells by sheet id (`i`, carried over from the entry before when absent). */
const shiftCalcChain = (part: PartText, shift: RowShift, sheetId: number | undefined): PartEdit => {
  const splices: Splice[] = [];
  let current: number | undefined;
  scanPart(part, {
    open: (element) => {
      if (element.local !== 'c' || !SHEET_NS.has(element.uri)) return;
      const i = valueOf(element, 'i');
      if (i !== undefined) current = Number(i);
      const attribute = attributeOf(element, 'r');
      if (current !== sheetId || !attribute) return;
      const moved = shiftSqref(shift, decodeAttribute(attribute.raw));
      if (moved !== undefined) splices.push(setAttribute(attribute, moved));
    },
  });
  return { part, splices };
};

const TABLE_RANGES = { table: ['ref'], autoFilter: ['ref'], sortState: ['ref'], sortCondition: ['ref'] } as const;

/**
 * Every part outside the shifted sheet's own XML that must move with it. `sheetParts` lists each
 * worksheet's part with its name; the shifted one is scanned by the caller.
 */
export const shiftRelatedParts = (
  pkg: Package,
  workbook: Workbook,
  shift: RowShift,
  sheetParts: readonly { readonly name: string; readonly part: string; readonly sheetId: number | undefined }[],
  tables: readonly { name: string; range: Range }[],
): PartEdit[] => {
  const edits: PartEdit[] = [];
  const seen = new Set<string>();
  const read = (name: string): PartText | undefined => {
    const key = name.toLowerCase();
    if (seen.has(key)) return undefined;
    seen.add(key);
    return readPartText(pkg, name);
  };
  const add = (edit: PartEdit | undefined): void => {
    if (edit && edit.splices.length > 0) edits.push(edit);
  };

  for (const sheet of sheetParts) {
    seen.add(sheet.part.toLowerCase());
    const moving = sameSheet(sheet.name, shift.sheet);
    const place: FormulaPlace = { sheet: sheet.name };
    for (const relationship of relationshipsOf(pkg, sheet.part)) {
      if (relationship.external) continue;
      const target = relationship.target;
      switch (relationship.type) {
        case 'table': {
          const part = read(target);
          if (part) {
            add(shiftPart(part, shift, { place, moving, formulaElements: new Set(['calculatedColumnFormula', 'totalsRowFormula']), rangeAttributes: TABLE_RANGES }));
          }
          break;
        }
        case 'comments':
        case 'threadedComment': {
          const part = moving ? read(target) : undefined;
          if (part) add(shiftPart(part, shift, { place, moving, rangeAttributes: { comment: ['ref'], threadedComment: ['ref'] } }));
          break;
        }
        case 'drawing': {
          const part = read(target);
          if (part) add(shiftPart(part, shift, { place, moving, formulaAttributes: new Set(['textlink']) }));
          break;
        }
        case 'vmlDrawing': {
          const entry = seen.has(target.toLowerCase()) ? undefined : partEntry(pkg, target);
          seen.add(target.toLowerCase());
          if (entry) add(shiftVml(decodeLegacyPart(entry.name, readEntry(pkg.zip, entry)), shift, sheet.name, moving));
          break;
        }
        case 'ctrlProp': {
          const part = read(target);
          if (part) add(shiftPart(part, shift, { place, moving: false, formulaAttributes: new Set(['fmlaLink', 'fmlaRange', 'fmlaTxbx', 'fmlaGroup']) }));
          break;
        }
        case 'pivotTable': {
          const part = moving ? read(target) : undefined;
          if (part) add(shiftPivotTable(part, shift));
          break;
        }
        default:
          break;
      }
    }
  }

  const shiftedId = sheetParts.find((s) => sameSheet(s.name, shift.sheet))?.sheetId;
  for (const entry of pkg.zip.entries) {
    const name = entry.name.replace(/\\/g, '/').replace(/^\//, '');
    const type = contentTypeOf(pkg, name) ?? '';
    if (CHART_TYPE.test(type)) {
      const part = read(name);
      if (part) add(shiftPart(part, shift, { place: { sheet: undefined }, moving: false, formulaElements: new Set(['f']), check: chartCheck(shift, part.name) }));
    } else if (PIVOT_CACHE_TYPE.test(type)) {
      const part = read(name);
      if (part) add(inPart(part.name, () => shiftPivotCache(part, shift, workbook, tables)));
    } else if (/calcChain\+xml/i.test(type)) {
      const part = read(name);
      if (part) add(inPart(part.name, () => shiftCalcChain(part, shift, shiftedId)));
    }
  }
  return edits;
};
