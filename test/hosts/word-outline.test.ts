import { planPages, plainShape, rowsToOutline, withPage } from '../../src/hosts/word/structure';

/**
 * The pure side of reading a large table's outline (src/hosts/word/structure.ts): which rows
 * `values` cannot tell, how they are paged within one sync's budget, and how a page's OOXML is
 * taken in. Each expected value is worked out by hand in the comment beside it.
 */

const ooxmlOf = (rows: string[]): string => `<pkg:package><w:body><w:tbl>${rows.map((cells) => `<w:tr>${cells}</w:tr>`).join('')}</w:tbl></w:body></pkg:package>`;

describe('rowsToOutline', () => {
  it('takes each row with an empty cell and the row above it, and each row narrower than the widest but of more than one cell', () => {
    const values = [
      ['Maatregel', 'Stand', 'Planning', 'Trekker'], // 0: above row 1's empty cell
      ['4.1.1', 'Loopt.', 'eind 2030', ''], // 1: an empty cell (a merge continuing, or empty)
      ['HUISVESTING'], // 2: one cell across the width: no outline needed
      ['4.1.2', 'Loopt.', 'BZK'], // 3: three cells of four: a span somewhere
      ['4.1.3', 'Loopt.', 'Q4', 'VNG'], // 4: plain
    ];
    expect(rowsToOutline(values)).toEqual([0, 1, 3]);
  });

  it('takes nothing from a table of plain rows and heading rows', () => {
    expect(rowsToOutline([['a', 'b'], ['KOP'], ['c', 'd']])).toEqual([]);
  });
});

describe('planPages', () => {
  const budget = { bridge: 4, pages: 50, rows: 1000 };

  it('joins runs at most `bridge` rows apart, keeps tables apart', () => {
    // Rows 1–2 and 7 are 4 rows apart (3–6): one page; 20 is 12 further: a page of its own; table 3 its own.
    expect(
      planPages(
        [
          { table: 0, rows: [1, 2, 7, 20] },
          { table: 3, rows: [0] },
        ],
        budget,
      ),
    ).toEqual([
      { table: 0, from: 1, to: 7 },
      { table: 0, from: 20, to: 20 },
      { table: 3, from: 0, to: 0 },
    ]);
  });

  it('joins across the smallest gaps first until the pages fit', () => {
    // Runs at 0, 10, 12 and 40 (gaps of 9, 1 and 27 rows); two pages allowed: two joins, the
    // gaps of 1 and of 9, giving 0–12 and 40.
    expect(planPages([{ table: 0, rows: [0, 10, 12, 40] }], { bridge: 0, pages: 2, rows: 1000 })).toEqual([
      { table: 0, from: 0, to: 12 },
      { table: 0, from: 40, to: 40 },
    ]);
  });

  it('plans nothing where the rows would pass the budget, or tables alone pass the page count', () => {
    // 0–12 and 40 hold 14 rows: over a budget of 10.
    expect(planPages([{ table: 0, rows: [0, 10, 12, 40] }], { bridge: 0, pages: 2, rows: 10 })).toEqual([]);
    // Three tables, one page allowed: no gap within a table to join across.
    expect(planPages([0, 1, 2].map((table) => ({ table, rows: [5] })), { bridge: 0, pages: 1, rows: 1000 })).toEqual([]);
  });
});

describe('withPage', () => {
  const values = [['a', 'b'], ['KOP'], ['c', 'BZK'], ['d', ''], ['e', 'f']];

  it('takes the page’s rows from its OOXML where rows and cells match `values`', () => {
    const page = { table: 0, from: 2, to: 3 };
    const ooxml = ooxmlOf(['<w:tc><w:p/></w:tc><w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr><w:p/></w:tc>', '<w:tc><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>']);
    const shape = withPage(plainShape(values), page, ooxml, values);
    expect(shape[1]).toEqual({ gridBefore: 0, cells: [{ columnSpan: 2 }] });
    expect(shape[2]?.cells[1]).toEqual({ columnSpan: 1, verticalMerge: 'restart' });
    expect(shape[3]?.cells[1]).toEqual({ columnSpan: 1, verticalMerge: 'continue' });
    expect(shape[4]).toEqual({ gridBefore: 0, cells: [{ columnSpan: 1 }, { columnSpan: 1 }] });
  });

  it('ignores a page whose OOXML lists other rows than asked (Word’s answer for a range over rows is not documented)', () => {
    const page = { table: 0, from: 2, to: 3 };
    // One row where two were asked.
    const ooxml = ooxmlOf(['<w:tc><w:p/></w:tc><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>']);
    expect(withPage(plainShape(values), page, ooxml, values)).toEqual(plainShape(values));
  });
});
