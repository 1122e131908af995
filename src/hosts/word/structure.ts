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

/*
 * Past SHAPE_ROWS (read.ts) the outline is read only where `values` shows a merge may be, in
 * pages of rows. A cell merged down gives '' in `values` in each row it continues into (see
 * layout.ts, shapedTable); a row with fewer cells than the table's widest and more than one has a
 * cell merged across (or empty grid columns, w:gridBefore) somewhere. A row of one cell in a
 * wider table is read as one cell across the width without its outline, as core's simpleTable
 * writes a heading row down. Every other row has one cell a grid column: its outline says
 * nothing `values` does not.
 */

/** The rows whose outline `values` cannot tell: each row with an empty cell and the row above it (where a merge down would start), and each ragged row. */
export const rowsToOutline = (values: readonly (readonly string[])[]): number[] => {
  const width = Math.max(1, ...values.map((row) => row.length));
  const wanted = new Set<number>();
  values.forEach((row, r) => {
    if (row.some((cell) => cell === '')) {
      if (r > 0) wanted.add(r - 1);
      wanted.add(r);
    } else if (row.length > 1 && row.length < width) wanted.add(r);
  });
  return [...wanted].sort((a, b) => a - b);
};

/** Rows `from` to `to` (inclusive) of one table, read as one range. */
export interface RowPage {
  readonly table: number;
  readonly from: number;
  readonly to: number;
}

export interface PageBudget {
  /** Runs at most this many rows apart always share a page (a few rows cost less than another package). */
  readonly bridge: number;
  readonly pages: number;
  readonly rows: number;
}

/**
 * The pages that cover each table's `rows` (ascending) within `budget`: runs of rows, joined
 * where they are at most `bridge` rows apart, then across the smallest gaps first until there
 * are at most `budget.pages`; none at all where that takes more than `budget.rows` rows.
 */
export const planPages = (wanted: readonly { readonly table: number; readonly rows: readonly number[] }[], budget: PageBudget): RowPage[] => {
  const runs: { table: number; from: number; to: number }[] = [];
  wanted.forEach(({ table, rows }) =>
    rows.forEach((r) => {
      const last = runs[runs.length - 1];
      if (last && last.table === table && r - last.to <= budget.bridge + 1) last.to = r;
      else runs.push({ table, from: r, to: r });
    }),
  );
  // The gap after each run that a later run of its table follows, smallest first.
  const gaps = runs
    .flatMap((run, i) => {
      const next = runs[i + 1];
      return next && next.table === run.table ? [{ after: i, rows: next.from - run.to - 1 }] : [];
    })
    .sort((a, b) => a.rows - b.rows || a.after - b.after);
  const joins = Math.max(0, runs.length - budget.pages);
  if (joins > gaps.length) return [];
  const joined = gaps.slice(0, joins);
  const rows = runs.reduce((n, run) => n + run.to - run.from + 1, 0) + joined.reduce((n, gap) => n + gap.rows, 0);
  if (rows > budget.rows) return [];
  const across = new Set(joined.map((gap) => gap.after));
  return runs.reduce<RowPage[]>((pages, run, i) => {
    const last = pages[pages.length - 1];
    if (last && across.has(i - 1)) pages[pages.length - 1] = { ...last, to: run.to };
    else pages.push({ ...run });
    return pages;
  }, []);
};

/** The outline `values` implies where nothing is merged: a cell a grid column, a row of one cell across the width. */
export const plainShape = (values: readonly (readonly string[])[]): RowShape[] => {
  const width = Math.max(1, ...values.map((row) => row.length));
  return values.map((row) => ({
    gridBefore: 0,
    cells: row.length === 1 && width > 1 ? [{ columnSpan: width }] : row.map(() => ({ columnSpan: 1 })),
  }));
};

/**
 * `shape` with the rows of `page` as its OOXML gives them, where it lists exactly the page's rows
 * with as many cells each as `values`; else `shape` unchanged (those rows stay as `values` says).
 */
export const withPage = (shape: readonly RowShape[], page: RowPage, ooxml: string, values: readonly (readonly string[])[]): RowShape[] => {
  const rows = tableShapes(ooxml)[0] ?? [];
  const fits = rows.length === page.to - page.from + 1 && rows.every((row, i) => row.cells.length === values[page.from + i]?.length);
  return fits ? shape.map((row, r) => (r >= page.from && r <= page.to ? (rows[r - page.from] as RowShape) : row)) : [...shape];
};
