import { scanPart, type PartText } from '../ooxml/package';
import { valueOf } from '../ooxml/xml';
import { parseRange, SHEET_NS, type Range } from './a1';

/** An Excel table (ListObject) as its part declares it. */
export interface TablePart {
  readonly part: string;
  readonly name: string;
  readonly range: Range;
  /** Rows of header above the data (0: a table shown without its header row). */
  readonly headerRows: number;
  readonly totalsRows: number;
}

const count = (value: string | undefined, fallback: number): number => {
  const n = Number.parseInt(value ?? '', 10);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
};

/** Reads a table part; undefined when it names no range. */
export const readTable = (part: PartText): TablePart | undefined => {
  let table: TablePart | undefined;
  scanPart(part, {
    open: (element) => {
      if (element.depth !== 0 || element.local !== 'table' || !SHEET_NS.has(element.uri)) return;
      const range = parseRange(valueOf(element, 'ref') ?? '');
      if (!range) return;
      table = {
        part: part.name,
        name: valueOf(element, 'displayName') ?? valueOf(element, 'name') ?? '',
        range,
        headerRows: count(valueOf(element, 'headerRowCount'), 1),
        totalsRows: count(valueOf(element, 'totalsRowCount'), 0),
      };
    },
  });
  return table;
};
