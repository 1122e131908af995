/*
 * Where a table's cells are merged, from the table's Office Open XML (`Range.getOoxml()`, WordApi
 * 1.1, https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-getooxml-member(1)).
 * Word's API has no property that tells a merged cell: `Table.values` gives a cell merged down
 * as its text in the first row and an empty string in each row it continues into, and a cell
 * merged across as one value; loading `TableCell.cellIndex` across a vertical merge fails the
 * whole sync with GeneralException (OfficeDev/office-js#3200, whose reporter found no way to
 * tell where merged cells are). The OOXML says it as a .docx says it (ECMA-376 Part 1, 17.4):
 * `w:gridBefore` on a row, `w:gridSpan` and `w:vMerge` on a cell.
 *
 * Only those three elements are read, by a scan of the tags, not a full XML parse: the pane's
 * bundle carries no XML parser, and a table's outline is all the host needs here (the text comes
 * from `values`). Tables nested in cells are skipped by depth.
 */

export interface CellShape {
  /** Grid columns the cell covers (w:gridSpan). */
  readonly columnSpan: number;
  /** w:vMerge: "restart" opens a vertical merge, "continue" carries the cell above on. */
  readonly verticalMerge?: 'restart' | 'continue';
}

export interface RowShape {
  readonly gridBefore: number;
  readonly cells: readonly CellShape[];
}

const TAG = /<(\/?)w:(tbl|tr|tc|gridSpan|vMerge|gridBefore)\b([^>]*)>/g;

const valOf = (attributes: string): string | undefined => /\bw:val="([^"]*)"/.exec(attributes)?.[1];

/** The rows of each top-level table in the package's body, in order. */
export const tableShapes = (ooxml: string): RowShape[][] => {
  const tables: { gridBefore: number; cells: { columnSpan: number; verticalMerge?: 'restart' | 'continue' }[] }[][] = [];
  let depth = 0;
  for (const match of ooxml.matchAll(TAG)) {
    const [, closing, name, attributes = ''] = match;
    const selfClosing = attributes.endsWith('/');
    if (name === 'tbl') {
      if (closing) depth -= 1;
      else {
        depth += 1;
        if (depth === 1) tables.push([]);
      }
      continue;
    }
    if (depth !== 1 || closing) continue;
    const rows = tables[tables.length - 1];
    if (!rows) continue;
    const row = rows[rows.length - 1];
    const cell = row?.cells[row.cells.length - 1];
    switch (name) {
      case 'tr':
        if (!selfClosing) rows.push({ gridBefore: 0, cells: [] });
        break;
      case 'tc':
        if (!selfClosing) row?.cells.push({ columnSpan: 1 });
        break;
      case 'gridBefore':
        if (row && row.cells.length === 0) row.gridBefore = Math.max(0, Number(valOf(attributes) ?? 0) || 0);
        break;
      case 'gridSpan':
        if (cell) cell.columnSpan = Math.max(1, Number(valOf(attributes) ?? 1) || 1);
        break;
      case 'vMerge':
        // Without w:val the cell continues the merge (ECMA-376 Part 1, 17.4.85).
        if (cell) cell.verticalMerge = valOf(attributes) === 'restart' ? 'restart' : 'continue';
        break;
      default:
        break;
    }
  }
  return tables;
};
