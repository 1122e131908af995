import { findStatusTable, MAX_BLANK_ROWS, sheetDocument, areaAt, type CellGrid, type FilledCell } from '../../src/core/grid';
import { readStatusTable, type SourceTable } from '../../src/core';

const HEADER = ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'];

/** Cells from rows of texts, the top-left one at (row, column); '' is an empty cell. */
const cells = (rows: readonly (readonly string[])[], row = 0, column = 0): FilledCell[] =>
  rows.flatMap((texts, r) => texts.flatMap((text, c) => (text === '' ? [] : [{ row: row + r, column: column + c, text }])));

const find = (grid: CellGrid) => {
  const table = findStatusTable(grid);
  if (!table) throw new Error('no table');
  return table;
};

const tableTexts = (table: SourceTable): string[][] => table.rows.map((row) => row.cells.map((cell) => cell.paragraphs.join('\n')));

describe('findStatusTable', () => {
  it('finds the header anywhere, keeps a blank row inside the table, leaves a note below it', () => {
    const table = find({
      cells: cells(
        [
          ['Titel', '', '', '', ''],
          ['', ...HEADER],
          ['', '4.2.1 Een', 'loopt', '', 'BZK'],
          ['', '', '', '', ''],
          ['', '4.2.2 Twee', 'ook', 'N.v.t.', 'SZW'],
          ['', '19 juni 2021', '', '', ''],
        ],
        2,
        1,
      ),
    });
    expect([table.column, table.width, table.firstRow, table.lastRow]).toEqual([2, 4, 3, 6]);
    expect(table.blocks[0]?.rows.map((r) => r.row)).toEqual([3, 4, 5, 6]);
    expect(table.before.map((c) => c.text)).toEqual(['Titel']);
    expect(table.after.map((c) => c.text)).toEqual(['19 juni 2021']);
  });

  it('reads an unmerged upper-case heading and a measure with only its number as table rows', () => {
    const table = find({ cells: cells([HEADER, ['HUISVESTING', '', '', ''], ['4.2.1', '', '', ''], ['Opmerking', '', '', '']]) });
    expect(table.blocks[0]?.rows).toHaveLength(3);
    expect(table.after.map((c) => c.text)).toEqual(['Opmerking']);
  });

  it('splits where the header repeats; blank rows just above a repeated header belong to neither part', () => {
    const table = find({
      cells: cells([HEADER, ['4.1 a', 'x', 'y', 'z'], ['', '', '', ''], ['', '', '', ''], ['Ondersteunings- maatregel', 'Stand van zaken', 'Planning', 'Trekker'], ['4.2 b', 'x', 'y', 'z']]),
    });
    expect(table.blocks.map((b) => b.rows.map((r) => r.row))).toEqual([[0, 1], [4, 5]]);
    expect(findStatusTable({ cells: cells([['a', 'b'], ['c', 'd']]) })).toBeUndefined();
  });

  it('reads a merged area as one cell, across and down, and a merged header cell as wide as it is', () => {
    const grid: CellGrid = {
      cells: cells([
        ['Ondersteuningsmaatregel', '', 'Stand van zaken', 'Planning', 'Trekker'],
        ['HUISVESTING', '', '', '', ''],
        ['4.2.1 x', '', 'a', 'eind 2021', 'BZK'],
        ['4.2.2 y', '', 'b', 'eind 2022', ''],
      ]),
      merges: [
        { row: 0, column: 0, rowCount: 1, columnCount: 2 },
        { row: 1, column: 0, rowCount: 1, columnCount: 5 },
        { row: 2, column: 0, rowCount: 1, columnCount: 2 },
        { row: 3, column: 0, rowCount: 1, columnCount: 2 },
        { row: 2, column: 4, rowCount: 2, columnCount: 1 },
      ],
    };
    const table = find(grid);
    expect([table.column, table.width]).toEqual([0, 5]);
    const sheet = sheetDocument(table);
    const source = sheet.doc.blocks[sheet.tableBlocks[0] as number] as SourceTable;
    // The trekker merged over two measures is one cell spanning two rows; the row below does not repeat it.
    expect(source.rows.map((r) => r.cells.map((c) => [c.columnSpan ?? 1, c.rowSpan ?? 1]))).toEqual([
      [[2, 1], [1, 1], [1, 1], [1, 1]],
      [[5, 1]],
      [[2, 1], [1, 1], [1, 1], [1, 2]],
      [[2, 1], [1, 1], [1, 1]],
    ]);
    // Core gives the merged trekker to both measures.
    const read = readStatusTable(sheet.doc);
    if (!read.ok) throw new Error(read.reason);
    expect(read.table.measureRows.map((m) => m.cells.trekker)).toEqual([['BZK'], ['BZK']]);
    expect(areaAt(table, sheet, { block: 0, row: 2, column: 4 })).toEqual({ row: 2, column: 4, rowCount: 2, columnCount: 1 });
    expect(areaAt(table, sheet, { block: 0, row: 1 })).toEqual({ row: 1, column: 0, rowCount: 1, columnCount: 5 });
  });

  it('takes an Excel table whose header row is ours as the table, its rows table-like even when empty', () => {
    const table = find({
      cells: cells([HEADER, ['4.1 a', 'x', '', ''], ['', '', '', ''], ['', '', '', ''], ['losse notitie', '', '', '']]),
      tables: [{ name: 'Status', area: { row: 0, column: 0, rowCount: 4, columnCount: 5 } }],
    });
    expect([table.width, table.lastRow, table.listObject?.name]).toEqual([5, 3, 'Status']);
    expect(table.after.map((c) => c.text)).toEqual(['losse notitie']);
  });

  it('ends the table at a gap of more blank rows than a table has', () => {
    // Rows 2 to 1001 blank: MAX_BLANK_ROWS of them, and the measure below still belongs.
    const near = find({ cells: [...cells([HEADER, ['4.1 a', 'x', 'y', 'z']]), { row: 2 + MAX_BLANK_ROWS, column: 0, text: '4.2 b' }] });
    expect(near.lastRow).toBe(2 + MAX_BLANK_ROWS);
    const far = find({ cells: [...cells([HEADER, ['4.1 a', 'x', 'y', 'z']]), { row: 3 + MAX_BLANK_ROWS, column: 0, text: '4.2 b' }] });
    expect(far.lastRow).toBe(1);
    expect(far.after.map((c) => c.text)).toEqual(['4.2 b']);
  });

  it('counts a merged area over the whole sheet for no more rows than a gap may have', () => {
    const table = find({
      cells: cells([HEADER, ['4.1 a', 'x', 'y', 'z']]),
      merges: [{ row: 2, column: 0, rowCount: 1_000_000, columnCount: 4 }],
    });
    expect(table.lastRow).toBe(2 + MAX_BLANK_ROWS);
  });

  it('reads the marked stamp cell last, so it is the stamp', () => {
    const table = find({ cells: cells([HEADER, ['4.1 a', 'x', 'y', 'z'], ['', '', '', ''], ['19 juni 2021', '', '', ''], ['1 mei 2030', '', '', '']]), stamp: { row: 3, column: 0 } });
    expect(table.after.map((c) => c.text)).toEqual(['1 mei 2030', '19 juni 2021']);
  });

  it('costs the cells it is given, not the texts in them: 12,000 rows sharing a megabyte', () => {
    const long = 'x'.repeat(1024 * 1024);
    const rows = Array.from({ length: 12_000 }, (_, i) => [`8.${i}.1 Maatregel`, long, 'eind 2030', 'BZK']);
    const table = find({ cells: cells([HEADER, ...rows]) });
    const sheet = sheetDocument(table);
    const source = sheet.doc.blocks[0] as SourceTable;
    expect(source.rows).toHaveLength(12_001);
    // One line array for the shared text, however many cells hold it.
    expect(source.rows[1]?.cells[1]?.paragraphs).toBe(source.rows[2]?.cells[1]?.paragraphs);
    expect(tableTexts(source)[0]).toEqual(HEADER);
  });

  it('reads past 12,000 cells below the table that share a megabyte without looking at it letter by letter', () => {
    // Found running fix over POI's poc-shared-strings.xlsx with a status table beside it: every
    // paragraph after the table was normalised in full to see whether it was the stamp (200 s).
    const long = 'x '.repeat(512 * 1024);
    const below = Array.from({ length: 12_000 }, (_, i) => ({ row: 10 + i, column: 0, text: long }));
    const table = find({ cells: [...cells([HEADER, ['4.1 a', 'x', 'y', 'z'], ['', '', '', ''], ['19 juni 2021', '', '', '']]), ...below] });
    const read = readStatusTable(sheetDocument(table).doc);
    if (!read.ok) throw new Error(read.reason);
    expect(read.table.dateStamp?.text).toBe('19 juni 2021');
  });
});
