import { cellText, isDateFormat, isoToSerial, parseArea, parseAreas, serialToIso, splitSheet } from '../../src/hosts/excel/cells';
import type { SourceDocument } from '../../src/core/document';
import { areaOf, layoutSheet, looseCellOf, type SheetGrid, type SheetLayout } from '../../src/hosts/excel/layout';
import { afterOf, beforeOf, tablesOf } from '../fixtures/plain';

const HEADER = ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'];

/** The document a layout read; a test that expects one fails here when there is none. */
const docOf = (layout: SheetLayout | undefined): SourceDocument => {
  if (!layout) throw new Error('no layout');
  return layout.doc;
};

const grid = (rows: unknown[][], extra: Partial<SheetGrid> = {}): SheetGrid => ({ row: 0, column: 0, values: rows, ...extra });

describe('cells', () => {
  it('converts date serials both ways (30 Dec 1899 is day 0)', () => {
    expect(serialToIso(44366)).toBe('2021-06-19');
    expect(isoToSerial('2026-11-24')).toBe(46350);
    expect(serialToIso(isoToSerial('2024-02-29'))).toBe('2024-02-29');
  });

  it('tells date formats from others', () => {
    expect(['d mmmm yyyy', 'dd-mm-yyyy', '[$-nl-NL]d mmmm yyyy;@', 'm/d/yy'].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(['General', '0.00', '@', '"day"0', '#,##0'].filter(isDateFormat)).toEqual([]);
    expect(cellText(44366, 'd mmmm yyyy')).toBe('19 juni 2021');
    expect(cellText(44366, 'General')).toBe('44366');
  });

  it('parses addresses, with quoted sheet names holding commas', () => {
    expect(parseArea('$B$2:$D$9')).toEqual({ row: 1, column: 1, rowCount: 8, columnCount: 3 });
    expect(splitSheet("='Stand, juni'!$A$1")).toEqual({ sheet: 'Stand, juni', local: '$A$1' });
    expect(parseAreas("'Stand, juni'!A2:D2,'Stand, juni'!A9:D9")).toEqual([
      { row: 1, column: 0, rowCount: 1, columnCount: 4 },
      { row: 8, column: 0, rowCount: 1, columnCount: 4 },
    ]);
  });
});

/** The Excel host's adapter over core's grid rule (the rule itself is tested in test/core). */
describe('layoutSheet', () => {
  it('finds the header anywhere, keeps a blank row inside the table, leaves a trailing note after it', () => {
    const layout = layoutSheet(
      grid(
        [
          ['Titel', '', '', '', ''],
          ['', ...HEADER],
          ['', '4.2.1 Een', 'loopt', '', 'BZK'],
          ['', '', '', '', ''],
          ['', '4.2.2 Twee', 'ook', 'N.v.t.', 'SZW'],
          ['', '19 juni 2021', '', '', ''],
        ],
        { row: 2, column: 1 },
      ),
    );
    expect(layout?.column).toBe(2);
    expect(beforeOf(docOf(layout))).toEqual(['Titel']);
    expect(tablesOf(docOf(layout))[0]).toHaveLength(4);
    expect(afterOf(docOf(layout))).toEqual(['19 juni 2021']);
    expect(layout?.found.blocks[0]?.rows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
  });

  it('reads an unmerged upper-case heading and a measure with only its number as table rows', () => {
    const layout = layoutSheet(grid([HEADER, ['HUISVESTING', '', '', ''], ['4.2.1', '', '', ''], ['Opmerking', '', '', '']]));
    expect(tablesOf(docOf(layout))[0]).toHaveLength(3);
    expect(afterOf(docOf(layout))).toEqual(['Opmerking']);
  });

  it('reads a merged row as one cell and maps locations back to areas', () => {
    const layout = layoutSheet(
      grid([HEADER, ['HUISVESTING', '', '', ''], ['4.2.1 x', 'a\nb', '', 'BZK']], {
        merges: [{ row: 1, column: 0, rowCount: 1, columnCount: 4 }],
      }),
    );
    if (!layout) throw new Error('no layout');
    expect(tablesOf(layout.doc)[0]?.[1]).toEqual([['HUISVESTING']]);
    expect(tablesOf(layout.doc)[0]?.[2]?.[1]).toEqual(['a', 'b']);
    expect(areaOf(layout, { block: 0, row: 1 })).toEqual({ row: 1, column: 0, rowCount: 1, columnCount: 4 });
    expect(areaOf(layout, { block: 0, row: 2, column: 3 })).toEqual({ row: 2, column: 3, rowCount: 1, columnCount: 1 });
    // The merged heading is one cell: any of its columns points at the whole merged area.
    expect(areaOf(layout, { block: 0, row: 1, column: 0 })).toEqual({ row: 1, column: 0, rowCount: 1, columnCount: 4 });
  });

  it('splits tables where the header repeats, and finds nothing without a header', () => {
    const layout = layoutSheet(grid([HEADER, ['4.1 a', 'x', 'y', 'z'], ['Ondersteunings- maatregel', 'Stand van zaken', 'Planning', 'Trekker'], ['4.2 b', 'x', 'y', 'z']]));
    expect(tablesOf(docOf(layout)).map((t) => t.length)).toEqual([2, 2]);
    expect(layoutSheet(grid([['a', 'b'], ['c', 'd']]))).toBeUndefined();
  });

  it('puts the named stamp cell last in after, so it is the stamp', () => {
    const layout = layoutSheet(grid([HEADER, ['4.1 a', 'x', 'y', 'z'], ['', '', '', ''], ['19 juni 2021', '', '', ''], ['1 mei 2030', '', '', '']], { stampCell: { row: 3, column: 0 } }));
    expect(afterOf(docOf(layout))).toEqual(['1 mei 2030', '19 juni 2021']);
  });

  it('reads a date cell as the date it shows, and keeps its value and format for writing the stamp back', () => {
    const layout = layoutSheet(grid([HEADER, ['4.1 a', 'x', 'y', 'z'], ['', '', '', ''], [44366, '', '', '']], { formatAt: (r, c) => (r === 3 && c === 0 ? 'dd-mm-yyyy' : undefined) }));
    expect(afterOf(docOf(layout))).toEqual(['19 juni 2021']);
    expect(layout && looseCellOf(layout, 1)).toEqual({ row: 3, column: 0, value: 44366, format: 'dd-mm-yyyy' });
  });
});
