import { isHeaderRow, MIN_HEADER_COLUMNS } from './columns';
import { paragraph, sourceCell, type Location, type SourceCell, type SourceDocument, type SourceTable } from './document';
import { looksLikeHeading } from './headings';
import { parseMeasureNumber } from './model';
import { sourceText } from './text';

/**
 * Finding the status table in a spreadsheet's grid of cells: one rule for every host that reads
 * a sheet (the Excel add-in through Office.js, .xlsx files from the command line). The host hands
 * over what it read: the cells that show something, the merged areas, the Excel tables. Nothing
 * here depends on how big the sheet is, only on how many cells it fills.
 *
 * The rule: the header row is the first run of adjacent filled cells that names at least two
 * standard columns (a merged cell counts as one, as wide as it is merged). An Excel table whose
 * header row that is gives the table's columns instead. The table runs down to its last
 * table-like row: a row inside that Excel table, a header, a row with something beyond the first
 * column, a row merged across from the first column, or one whose first cell is a heading or a
 * numbered measure. Rows between that are not table-like (blank, or a measure with only an
 * unnumbered title) stay in it; below it, a stamp or a note is not taken for a measure. Where
 * the header repeats, a new block starts; blank rows just above it belong to neither block.
 */

/** A block of cells, 0-based, as Office.js's `getRangeByIndexes` takes it. */
export interface GridArea {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** A cell that shows something: where it is, and its text (line breaks as "\n"). */
export interface FilledCell {
  readonly row: number;
  readonly column: number;
  readonly text: string;
}

export interface CellGrid {
  /** The cells that show something, in any order; blank texts are ignored, a later one at the same place wins. */
  readonly cells: readonly FilledCell[];
  /** Merged areas; undefined when the host cannot tell, and every cell then stands alone. */
  readonly merges?: readonly GridArea[];
  /** Excel tables (ListObjects), their header row included. */
  readonly tables?: readonly { readonly name: string; readonly area: GridArea }[];
  /** The cell the document marks as its date stamp, if any: read last, so it is the stamp. */
  readonly stamp?: { readonly row: number; readonly column: number };
}

/** One cell of the status table as read. */
export interface FoundCell {
  /** The sheet area it stands for: from this row to the bottom of its merged area, clipped to the table's columns. */
  readonly area: GridArea;
  readonly text: string;
  /** A row inside a merged area that starts higher up: it reads empty. */
  readonly continued: boolean;
}

export interface FoundRow {
  readonly row: number;
  readonly cells: readonly FoundCell[];
}

export interface FoundBlock {
  readonly rows: readonly FoundRow[];
}

export interface FoundTable {
  /** First column and width of the table. */
  readonly column: number;
  readonly width: number;
  /** Sheet rows of its header and its last table-like row. */
  readonly firstRow: number;
  readonly lastRow: number;
  /** The table, split where its header repeats. */
  readonly blocks: readonly FoundBlock[];
  /** Filled cells above the table and below it, row by row (the marked stamp cell last). */
  readonly before: readonly FilledCell[];
  readonly after: readonly FilledCell[];
  /** The Excel table whose header row is the status table's header. */
  readonly listObject?: { readonly name: string; readonly area: GridArea };
}

/**
 * Blank rows in a row that end the table. No status table has such a gap; without a limit a
 * stray measure number a million rows down would make a table of a million blank rows.
 */
export const MAX_BLANK_ROWS = 1000;

const bottomOf = (area: GridArea): number => area.row + area.rowCount - 1;
const rightOf = (area: GridArea): number => area.column + area.columnCount - 1;
const within = (area: GridArea, row: number, column: number): boolean =>
  row >= area.row && row <= bottomOf(area) && column >= area.column && column <= rightOf(area);

const NON_SPACE = /\S/;
const BLANK: readonly string[] = [''];

/** The cells of each row, left to right, and the rows that have any, top to bottom. */
const indexRows = (cells: readonly FilledCell[]): { rows: Map<number, FilledCell[]>; order: number[] } => {
  const byPlace = new Map<number, Map<number, FilledCell>>();
  for (const cell of cells) {
    if (!NON_SPACE.test(cell.text)) continue;
    let row = byPlace.get(cell.row);
    if (!row) byPlace.set(cell.row, (row = new Map()));
    row.set(cell.column, cell);
  }
  const rows = new Map<number, FilledCell[]>();
  for (const [row, columns] of byPlace) rows.set(row, [...columns.values()].sort((a, b) => a.column - b.column));
  return { rows, order: [...rows.keys()].sort((a, b) => a - b) };
};

/**
 * A cell's lines as every reader hands text to core (`sourceText`): a line break (Alt+Enter,
 * "\n") starts a line, a tab separates words, soft hyphens and zero-width characters are
 * invisible. The Excel host and the .xlsx reader both read through here.
 */
const lines = (text: string): string[] => text.replace(/\r\n?/g, '\n').split('\n').map(sourceText);

/** Finds the status table in a grid; undefined when no row is a header of ours. */
export const findStatusTable = (input: CellGrid): FoundTable | undefined => {
  const { rows, order } = indexRows(input.cells);
  const merges = input.merges ?? [];
  const byTopLeft = new Map<string, GridArea>();
  for (const merge of merges) byTopLeft.set(`${merge.row},${merge.column}`, merge);

  // The first header row: a run of adjacent filled cells (a merged one as wide as its merge).
  let start: { row: number; column: number; width: number } | undefined;
  for (const r of order) {
    const cells = rows.get(r) ?? [];
    let i = 0;
    while (i < cells.length && !start) {
      const first = cells[i] as FilledCell;
      const run: FilledCell[] = [first];
      let right = rightOf(byTopLeft.get(`${r},${first.column}`) ?? { row: r, column: first.column, rowCount: 1, columnCount: 1 });
      let j = i + 1;
      for (; j < cells.length && (cells[j] as FilledCell).column === right + 1; j += 1) {
        const next = cells[j] as FilledCell;
        run.push(next);
        right = rightOf(byTopLeft.get(`${r},${next.column}`) ?? { row: r, column: next.column, rowCount: 1, columnCount: 1 });
      }
      if (run.length >= MIN_HEADER_COLUMNS && isHeaderRow(run.map((c) => [c.text]))) start = { row: r, column: first.column, width: right - first.column + 1 };
      i = j;
    }
    if (start) break;
  }
  if (!start) return undefined;
  const header = start;

  const listObject = input.tables?.find((t) => t.area.row === header.row && within(t.area, header.row, header.column));
  const column = listObject ? listObject.area.column : header.column;
  const width = listObject ? listObject.area.columnCount : header.width;
  const lastColumn = column + width - 1;

  const filledIn = (cells: readonly FilledCell[], from: number, to: number): FilledCell[] => cells.filter((c) => c.column >= from && c.column <= to);

  // Where the table goes on: rows with cells that look like table rows, merged areas across from
  // its first column, and the Excel table it is.
  const stretches: { from: number; to: number }[] = [];
  for (const r of order) {
    if (r <= header.row) continue;
    const cells = filledIn(rows.get(r) ?? [], column, lastColumn);
    if (cells.length === 0) continue;
    const first = cells[0] as FilledCell;
    const tableLike =
      cells.some((c) => c.column > column) ||
      (first.column === column && (looksLikeHeading(first.text) || parseMeasureNumber(first.text.slice(0, 200)).number !== undefined)) ||
      (cells.length >= MIN_HEADER_COLUMNS && isHeaderRow(cells.map((c) => [c.text])));
    if (tableLike) stretches.push({ from: r, to: r });
  }
  // A merged area counts from where it starts inside the table, and for as many rows as a gap
  // may have: one merged over the whole sheet must not make a million-row table.
  for (const merge of merges) {
    if (merge.columnCount > 1 && merge.column <= column && rightOf(merge) >= column && merge.row > header.row) {
      stretches.push({ from: merge.row, to: Math.min(bottomOf(merge), merge.row + MAX_BLANK_ROWS) });
    }
  }
  if (listObject && bottomOf(listObject.area) > header.row) stretches.push({ from: header.row + 1, to: bottomOf(listObject.area) });
  stretches.sort((a, b) => a.from - b.from);
  let lastRow = header.row;
  for (const stretch of stretches) {
    if (stretch.from - lastRow - 1 > MAX_BLANK_ROWS) break;
    lastRow = Math.max(lastRow, stretch.to);
  }

  // The rows, merged areas read as one cell: a sweep down the rows keeps the merges that cover
  // the current row (never more than the table is wide; overlapping ones, which Excel would not
  // open, are left out), so this costs the table's cells, not the merges' area.
  const inTable = merges
    .filter((m) => m.row <= lastRow && bottomOf(m) >= header.row && m.column <= lastColumn && rightOf(m) >= column)
    .sort((a, b) => a.row - b.row || a.column - b.column);
  let next = 0;
  let active: GridArea[] = [];
  const blocks: FoundRow[][] = [];
  const isBlank = (row: FoundRow): boolean => row.cells.every((c) => !NON_SPACE.test(c.text));
  for (let r = header.row; r <= lastRow; r += 1) {
    active = active.filter((m) => bottomOf(m) >= r);
    while (next < inTable.length && (inTable[next] as GridArea).row <= r) {
      const merge = inTable[next] as GridArea;
      next += 1;
      if (bottomOf(merge) >= r && !active.some((a) => a.column <= rightOf(merge) && merge.column <= rightOf(a))) active.push(merge);
    }
    const rowCells = rows.get(r) ?? [];
    const textAt = (c: number): string => rowCells.find((cell) => cell.column === c)?.text ?? '';
    const cells: FoundCell[] = [];
    for (let c = column; c <= lastColumn; ) {
      const merge = active.find((m) => m.column <= c && rightOf(m) >= c);
      if (!merge) {
        cells.push({ area: { row: r, column: c, rowCount: 1, columnCount: 1 }, text: textAt(c), continued: false });
        c += 1;
        continue;
      }
      const end = Math.min(rightOf(merge), lastColumn);
      const source = merge.row === r ? rowCells.find((cell) => cell.column === merge.column)?.text : undefined;
      cells.push({
        area: { row: r, column: c, rowCount: bottomOf(merge) - r + 1, columnCount: end - c + 1 },
        text: source ?? '',
        continued: merge.row < r,
      });
      c = end + 1;
    }
    const row: FoundRow = { row: r, cells };
    if (r === header.row || (cells.length >= MIN_HEADER_COLUMNS && isHeaderRow(cells.map((cell) => [cell.text])))) {
      const previous = blocks[blocks.length - 1];
      while (previous && previous.length > 1 && isBlank(previous[previous.length - 1] as FoundRow)) previous.pop();
      blocks.push([row]);
    } else blocks[blocks.length - 1]?.push(row);
  }

  const loose = (test: (row: number) => boolean): FilledCell[] => order.filter(test).flatMap((r) => rows.get(r) ?? []);
  const before = loose((r) => r < header.row);
  let after = loose((r) => r > lastRow);
  const stamp = input.stamp;
  if (stamp && !(stamp.row >= header.row && stamp.row <= lastRow && stamp.column >= column && stamp.column <= lastColumn)) {
    const marked = rows.get(stamp.row)?.find((c) => c.column === stamp.column);
    if (marked) after = [...after.filter((c) => c !== marked), marked];
  }
  return {
    column,
    width,
    firstRow: header.row,
    lastRow,
    blocks: blocks.map((rowsOfBlock) => ({ rows: rowsOfBlock })),
    before,
    after,
    ...(listObject ? { listObject } : {}),
  };
};

/** The found table as core's document, and where each of its parts went among the blocks. */
export interface SheetDocument {
  readonly doc: SourceDocument;
  /** The block of each of `table.blocks`. */
  readonly tableBlocks: readonly number[];
}

/**
 * The table as core reads documents: a paragraph for each filled cell above it, a table block for
 * each of its parts (a merged area one cell with its spans, clipped to its part; a cell's lines
 * its paragraphs), a paragraph for each filled cell below it.
 */
export const sheetDocument = (table: FoundTable): SheetDocument => {
  // Cells of one long shared text are split once, not once per cell.
  const split = new Map<string, readonly string[]>();
  const cellText = (text: string): readonly string[] => {
    if (text === '') return BLANK;
    if (text.length < 256) return lines(text);
    let cached = split.get(text);
    if (!cached) split.set(text, (cached = lines(text)));
    return cached;
  };
  const tables = table.blocks.map((block): SourceTable => {
    const first = block.rows[0]?.row ?? 0;
    const last = block.rows[block.rows.length - 1]?.row ?? first;
    return {
      kind: 'table',
      rows: block.rows.map((row) => ({
        cells: row.cells.flatMap((cell): SourceCell[] => {
          // A merged area that began above this part starts again at its first row, empty.
          if (cell.continued && row.row > first) return [];
          const down = Math.min(cell.area.row + cell.area.rowCount - 1, last) - row.row + 1;
          return [sourceCell(cell.continued ? BLANK : cellText(cell.text), cell.area.columnCount, Math.max(1, down))];
        }),
      })),
    };
  });
  // A cell outside the table is one paragraph: its line breaks separate words, as in Word.
  const before = table.before.map((c) => paragraph(sourceText(c.text)));
  return {
    doc: { blocks: [...before, ...tables, ...table.after.map((c) => paragraph(sourceText(c.text)))] },
    tableBlocks: tables.map((_, t) => before.length + t),
  };
};

/** The filled cell a paragraph block was read from. */
export const looseCellAt = (table: FoundTable, sheet: SheetDocument, block: number): FilledCell | undefined =>
  block < table.before.length ? table.before[block] : table.after[block - table.before.length - sheet.tableBlocks.length];

/** The sheet area a location points at: a cell (all of its merged area), a row across the table, or a paragraph's cell. */
export const areaAt = (table: FoundTable, sheet: SheetDocument, location: Location): GridArea | undefined => {
  if (!('row' in location)) {
    const cell = looseCellAt(table, sheet, location.block);
    return cell && { row: cell.row, column: cell.column, rowCount: 1, columnCount: 1 };
  }
  const row = table.blocks[sheet.tableBlocks.indexOf(location.block)]?.rows[location.row];
  if (!row) return undefined;
  if (location.column === undefined) return { row: row.row, column: table.column, rowCount: 1, columnCount: table.width };
  const column = table.column + location.column;
  const cell = row.cells.find((c) => c.area.column <= column && rightOf(c.area) >= column);
  return cell?.area ?? { row: row.row, column, rowCount: 1, columnCount: 1 };
};
