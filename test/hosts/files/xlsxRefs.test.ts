import { formulaRefs, shiftFormula, shiftRow, shiftSqref, UnsafeShift, type RowShift } from '../../../src/hosts/files/xlsx/refs';

/** One row inserted before row 10 of "Stand", in a workbook of three sheets. */
const shift: RowShift = { sheet: 'Stand', insertions: [{ row: 10, count: 1 }], sheets: ['Voorblad', 'Stand', 'Data'] };
const onStand = { sheet: 'Stand' };
const onData = { sheet: 'Data' };

const unsafe = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof UnsafeShift) return error.unsafe.what;
    throw error;
  }
  return 'moved';
};

describe('formula references', () => {
  it('finds cells, areas, whole rows and columns, and nothing inside strings, names or functions', () => {
    const refs = formulaRefs('SUM(A1:B2)+LOG10(C3)+"D4"&Totaal+$E$5+F:G+7:8+Table1[Col]+#REF!+1.5E3');
    expect(refs.map((r) => r.rows.map((p) => p.row))).toEqual([[1, 2], [3], [5], [7, 8]]);
  });

  it('reads sheet names: plain, quoted with quotes inside, 3-D, and external books', () => {
    const refs = formulaRefs("Stand!A1+'Stand van zaken'!B2+'It''s'!C3+Voorblad:Data!D4+[1]Stand!E5+'[2]Stand'!F6");
    expect(refs.map((r) => [r.sheet, r.lastSheet, r.external])).toEqual([
      ['Stand', undefined, false],
      ['Stand van zaken', undefined, false],
      ["It's", undefined, false],
      ['Voorblad', 'Data', false],
      ['Stand', undefined, true],
      ['Stand', undefined, true],
    ]);
  });
});

describe('shifting formulas', () => {
  it('moves references at or below the insertion on the shifted sheet, and grows ranges across it', () => {
    // Derived by hand: rows >= 10 move one down; A9 stays; A5:A20 spans row 10 and grows to A21.
    expect(shiftFormula('A9+A10+$B$12+SUM(A5:A20)', shift, onStand)).toBe('A9+A11+$B$13+SUM(A5:A21)');
    expect(shiftFormula('SUM(10:12)+C:C', shift, onStand)).toBe('SUM(11:13)+C:C');
  });

  it('moves qualified references from other sheets, and leaves other sheets alone', () => {
    expect(shiftFormula('Stand!A10+A10+Data!A10', shift, onData)).toBe('Stand!A11+A10+Data!A10');
    expect(shiftFormula("'stand'!$A$1:$D$30", shift, { sheet: undefined })).toBe("'stand'!$A$1:$D$31");
    expect(shiftFormula('[1]Stand!A10', shift, onData)).toBe('[1]Stand!A10');
  });

  it('keeps text, function names and structured references as written', () => {
    const formula = 'IF(LOG10(A12)>1,"A12 blijft",Tabel1[[#This Row],[Trekker]])';
    expect(shiftFormula(formula, shift, onStand)).toBe('IF(LOG10(A13)>1,"A12 blijft",Tabel1[[#This Row],[Trekker]])');
  });

  it('refuses a 3-D reference over the shifted sheet, not one beside it', () => {
    expect(unsafe(() => shiftFormula('SUM(Voorblad:Data!A10)', shift, onData))).toBe('multi-sheet-reference');
    expect(shiftFormula('SUM(Voorblad:Voorblad!A10)', shift, onData)).toBe('SUM(Voorblad:Voorblad!A10)');
  });

  it('refuses a relative reference whose cells and targets move apart, and moves one that moves with them', () => {
    // A shared formula in B5:B20 (anchor B5) reading the row above: for B10 (moving) it reads
    // B9 (staying) — after the insertion B11 would read B10, the new row. Not safe.
    const sharedOver = { sheet: 'Stand', anchor: { row: 5 }, ranges: [{ top: 5, bottom: 20, left: 2, right: 2 }], relativeKind: 'shared-formula' as const };
    expect(unsafe(() => shiftFormula('A4', shift, sharedOver))).toBe('shared-formula');
    // The same row: each cell and its target move together.
    expect(shiftFormula('A5', shift, sharedOver)).toBe('A5');
    // Absolute rows are not relative.
    expect(shiftFormula('$A$4', shift, sharedOver)).toBe('$A$4');
    // All of it below the insertion: anchor, range and targets move as one.
    const below = { sheet: 'Stand', anchor: { row: 12 }, ranges: [{ top: 12, bottom: 20, left: 2, right: 2 }] };
    expect(shiftFormula('A11', shift, below)).toBe('A12');
  });

  it('keeps a range that ends on the last row there, and refuses to push a cell off the sheet', () => {
    expect(shiftFormula('SUM(A1:A1048576)', shift, onStand)).toBe('SUM(A1:A1048576)');
    expect(unsafe(() => shiftFormula('A1048576', shift, onStand))).toBe('sheet-full');
  });
});

describe('shifting rows and reference lists', () => {
  it('adds up several insertions', () => {
    const two: RowShift = { ...shift, insertions: [{ row: 5, count: 2 }, { row: 10, count: 1 }] };
    expect([4, 5, 9, 10, 11].map((r) => shiftRow(two, r))).toEqual([4, 7, 11, 13, 14]);
  });

  it('moves sqref lists, and says when nothing moves', () => {
    expect(shiftSqref(shift, 'A1:B2 C5:C12 D20')).toBe('A1:B2 C5:C13 D21');
    expect(shiftSqref(shift, 'A1:B9')).toBeUndefined();
  });
});
