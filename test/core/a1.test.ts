import { areaAddress, columnIndex, columnLetters } from '../../src/core/a1';

describe('A1 notation', () => {
  it('names columns as Excel does, both ways', () => {
    // A–Z, then AA: a bijective base 26 (no zero digit).
    expect([0, 25, 26, 701, 702, 16383].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA', 'XFD']);
    expect(['A', 'z', 'AA', 'xfd'].map(columnIndex)).toEqual([0, 25, 26, 16383]);
  });

  it('writes a 0-based area as its address: one cell alone, else corner to corner, "$" when absolute', () => {
    expect(areaAddress({ row: 5, column: 3, rowCount: 1, columnCount: 1 })).toBe('D6');
    expect(areaAddress({ row: 5, column: 3, rowCount: 2, columnCount: 1 })).toBe('D6:D7');
    expect(areaAddress({ row: 0, column: 0, rowCount: 21, columnCount: 4 }, true)).toBe('$A$1:$D$21');
  });
});
