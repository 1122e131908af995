import type { CellText } from '../../core/document';
import {
  cellParagraphs,
  documentOf,
  FIRST_ROWS,
  paragraphCount,
  readerText,
  statusTables,
  tableRows,
  type GapRead,
  type LayoutRead,
  type ParagraphRead,
  type TableRead,
} from './layout';
import { planPages, plainShape, rowsToOutline, tableShapes, withPage, type RowPage, type RowShape } from './structure';

/*
 * Reading a Word document in few syncs, loading only the status table whole.
 *
 * Sync 1, the survey: every table of the body by its nesting level (`body.tables`, light), and a
 * walk over the first tables one after another (`body.tables.getFirstOrNullObject()`, then
 * `Table.getNextOrNullObject()`, WordApi 1.3), each with its first rows' `values` (all that
 * decides whether it is part of the status table: core's JOIN_ROWS) and the first paragraphs
 * after it (`Table.getRange('After').expandTo(body.getRange('End')).paragraphs`, with a `top`);
 * and the body's first paragraphs. A chain of OrNullObject calls can be queued before anything is
 * known: past the last table its objects are null objects, not errors
 * (https://learn.microsoft.com/office/dev/add-ins/develop/application-specific-api-model#ornullobject-methods-and-properties).
 * Whether `getNext` passes through tables nested in cells is not documented: nested tables are
 * told apart by `Table.nestingLevel` and passed over.
 *
 * Sync 2: the status table's tables whole, compactly: `Table.values` (one string per cell, WordApi
 * 1.3) and the list number of each of their paragraphs (`Table.getRange('Whole').paragraphs` with
 * `listItemOrNullObject/listString`, WordApi 1.3: automatic numbering is not in `Paragraph.text`,
 * https://learn.microsoft.com/javascript/api/word/word.listitem#word-word-listitem-liststring-member);
 * tables the walk did not reach, whole; the paragraphs of the gaps not read to their end.
 *
 * Only where changes may be tracked: `getReviewedText('Current')` (WordApi 1.4) gives the text as
 * it reads with every change accepted, where `Paragraph.text` and `values` keep deleted text
 * (OfficeDev/office-js#1267). A table whose accepted text differs is read paragraph by paragraph in
 * one more sync.
 *
 * Past SHAPE_ROWS rows, one more sync: the merge outline (OOXML) of only the rows whose values
 * show a merge may be there, a range of rows a page (`Paragraph.getRange` and `Range.expandTo`,
 * WordApi 1.3, https://learn.microsoft.com/javascript/api/word/word.paragraph#word-word-paragraph-getrange-member(1),
 * https://learn.microsoft.com/javascript/api/word/word.range#word-word-range-expandto-member(1);
 * then `Range.getOoxml`), where they fit one sync (OUTLINE_ROWS). That the OOXML of a range over
 * whole rows lists those rows as a table is not documented: each page is checked against `values`
 * (structure.ts, withPage), and docs/office-probe/word.yaml ("merged-ooxml-rows") asks real Word.
 *
 * Never loaded: `TableCell.cellIndex` (and `rowIndex`), which fail the whole sync with
 * GeneralException on vertically merged cells (OfficeDev/office-js#3200).
 */

/**
 * Up to how many rows (of the status table's tables together) the outline of its cells is read
 * whole with the values (`Range.getOoxml`, for merged cells; see structure.ts). Word's OOXML of a
 * table runs to a few kilobytes a row, so past this the read would near Office's 5 MB a response.
 * Larger tables have the outline read, after their values, only of the rows whose values show a
 * merge may be there (structure.ts, rowsToOutline), in pages: one more sync, none where no row
 * shows one. 1,200: a table of 1,000 measures with its section headings and repeated header rows
 * (the bench's "1,000 rows" are 1,020) is read in two syncs; at a few kilobytes a row its outline
 * and values stay well under 5 MB.
 */
export const SHAPE_ROWS = 1200;

/**
 * A large table's outline pages, all in one sync: at most OUTLINE_ROWS rows (the budget of a whole
 * table's outline, SHAPE_ROWS) in at most OUTLINE_PAGES packages (every `getOoxml` answer is a
 * whole package, its parts besides the rows included: Learn, "Create better add-ins for Word with
 * Office Open XML"; how large Word's are is not documented, so both are estimates). Runs of rows
 * at most OUTLINE_BRIDGE rows apart share a page, and more share one, the closest first, until the
 * pages fit. Where the rows that show a merge need more, no outline is read: the read's syncs stay
 * constant, and bytes do not grow with empty cells.
 */
export const OUTLINE_ROWS = SHAPE_ROWS;
export const OUTLINE_PAGES = 50;
export const OUTLINE_BRIDGE = 4;

/** How many paragraphs' accepted text one sync asks for (a method call each, about 150 bytes of request). */
export const ACCEPT_PAGE = 5000;

/** Up to how many rows of tables' accepted text one sync asks for (where changes may be tracked). */
export const ACCEPT_ROWS = 2000;

/** How many tables a check's survey walks; tables after them are read whole in the next sync. */
export const CHECK_WALK = 32;
/** How many tables an update's survey walks: enough that a long status table is read in one sync. */
export const UPDATE_WALK = 256;
/** How many paragraphs after each table the survey reads: most gaps hold a heading, a stamp, a blank line. */
export const GAP_PROBE = 4;
/** How many of the body's first paragraphs the survey reads (a title, a heading, a few lines). */
export const INTRO_PROBE = 8;

/** What a paragraph outside the tables is read with: text, table depth, style, bold, list number. */
const PARAGRAPH_SELECT = 'text,tableNestingLevel,styleBuiltIn,style,font/bold,listItemOrNullObject/listString';
/** A table read cell by cell, where its values and its paragraphs do not line up (a table nested in a cell). */
const CELL_BY_CELL = [
  'items/cells/items/body/paragraphs/items/text',
  'items/cells/items/body/paragraphs/items/tableNestingLevel',
  'items/cells/items/body/paragraphs/items/listItemOrNullObject/listString',
].join(',');

const TRACKING = { set: 'WordApi', version: '1.4' } as const;
const TRACKED_CHANGES = { set: 'WordApi', version: '1.6' } as const;

export interface ReadOptions {
  readonly isSetSupported: (name: string, version: string) => boolean;
  /** How many tables the first sync walks. */
  readonly walk: number;
  /** Which top-level tables (by their place among them) to read whole in the first sync already. */
  readonly whole?: (table: number) => boolean;
  /** Which of those to read with their outline (OOXML) in the first sync already. */
  readonly shape?: (table: number) => boolean;
  /** False: no outline at all (merges unread), for a write planned without a check before it. */
  readonly outline?: boolean;
  /** Only where things are: no table read whole, no accepted text (for selecting). */
  readonly layoutOnly?: boolean;
}

/** The proxies behind a read, for writing and selecting in the same run. */
export interface WordProxies {
  readonly tables: readonly Word.Table[];
  /** Each gap's paragraphs outside tables, in the order of `LayoutRead.gaps[g].paragraphs`. */
  readonly gaps: readonly (readonly Word.Paragraph[])[];
}

export interface WordRead {
  readonly layout: LayoutRead;
  readonly proxies: WordProxies;
  /** Syncs it took. */
  readonly syncs: number;
}

// ---- one piece at a time

const loadParagraphs = (collection: Word.ParagraphCollection, top?: number): Word.ParagraphCollection =>
  collection.load(top === undefined ? { select: PARAGRAPH_SELECT } : { select: PARAGRAPH_SELECT, top });

const listStringOf = (p: Word.Paragraph): string | undefined => (p.listItemOrNullObject.isNullObject ? undefined : p.listItemOrNullObject.listString);

const paragraphRead = (p: Word.Paragraph): ParagraphRead => {
  const listString = listStringOf(p);
  return {
    text: p.text,
    level: p.tableNestingLevel,
    styleBuiltIn: p.styleBuiltIn,
    style: p.style,
    bold: p.font.bold,
    ...(listString === undefined ? {} : { listString }),
  };
};

interface Gap {
  read: GapRead;
  proxies: Word.Paragraph[];
}

/** A probe's paragraphs up to the next table: the gap is complete where the table (or the body's end) came within reach. */
const probeGap = (probe: Word.ParagraphCollection, top: number): Gap => {
  const items = probe.items;
  const stop = items.findIndex((p) => p.tableNestingLevel > 0);
  const inGap = stop < 0 ? items : items.slice(0, stop);
  return { read: { paragraphs: inGap.map(paragraphRead), complete: stop >= 0 || items.length < top }, proxies: inGap };
};

/** A gap read between two known points: its paragraphs outside tables. */
const exactGap = (collection: Word.ParagraphCollection): Gap => {
  const inGap = collection.items.filter((p) => p.tableNestingLevel === 0);
  return { read: { paragraphs: inGap.map(paragraphRead), complete: true }, proxies: inGap };
};

/** A table read whole: its values, and its paragraphs (list numbers now, accepted text later if needed). */
interface Whole {
  readonly values: Word.Table;
  readonly paragraphs: Word.ParagraphCollection;
}

const queueWhole = (table: Word.Table): Whole => ({
  values: table.load('values'),
  paragraphs: table.getRange('Whole').paragraphs.load({ select: 'listItemOrNullObject/listString' }),
});

/** What `values` holds, paragraph by paragraph, before any change is accepted. */
const rawParagraphs = (whole: Whole): string[] => whole.values.values.flatMap((row) => row.flatMap((cell) => cellParagraphs(cell)));

/** Letters and signs only: what two texts must share to read the same, whatever separates their paragraphs and cells. */
const letters = (text: string): string => text.replace(/[\s\u0000-\u001f\u0085\u00a0\u2028\u2029]/g, '');

// ---- the survey

interface Walked {
  readonly table: Word.Table;
  readonly rows: Word.TableRowCollection;
  readonly probe: Word.ParagraphCollection;
  /** The tables nested one level in its cells, the first only: whether there are any. */
  readonly nested: Word.TableCollection;
  readonly whole?: Whole;
  readonly ooxml?: OfficeExtension.ClientResult<string>;
}

/** The tables of the body one after another from the first, each with its first rows and the paragraphs after it. */
const queueWalk = (body: Word.Body, end: Word.Range, count: number, whole: (walked: number) => boolean, shape: (walked: number) => boolean): Walked[] => {
  const walked: Walked[] = [];
  let table = body.tables.getFirstOrNullObject();
  // office-addins/no-navigational-load misreads the three loads below: `nestingLevel` and
  // `rowCount` are scalar properties of Word.Table (WordApi 1.3, https://learn.microsoft.com/javascript/api/word/word.table),
  // absent from the rule's list of properties, and `select` is the key of load's object form
  // (`{ select, top }`), which the rule takes for a property name. Each loads scalars only.
  for (let i = 0; i < count; i += 1) {
    // eslint-disable-next-line office-addins/no-navigational-load -- scalars of Word.Table, see above
    table.load('nestingLevel,rowCount');
    // eslint-disable-next-line office-addins/no-navigational-load -- `select` is a load option, see above
    const rows = table.rows.load({ select: 'values', top: FIRST_ROWS });
    const probe = loadParagraphs(table.getRange('After').expandTo(end).paragraphs, GAP_PROBE);
    // A table nested in a cell puts its paragraphs among the cell's: such a table is read cell by
    // cell in the next sync (`Table.tables`, WordApi 1.3, "the child tables nested one level deeper").
    // eslint-disable-next-line office-addins/no-navigational-load -- `select` is a load option, see above
    const nested = table.tables.load({ select: 'nestingLevel', top: 1 });
    walked.push({
      table,
      rows,
      probe,
      nested,
      ...(whole(i) ? { whole: queueWhole(table) } : {}),
      ...(whole(i) && shape(i) ? { ooxml: table.getRange('Whole').getOoxml() } : {}),
    });
    table = table.getNextOrNullObject();
  }
  return walked;
};

/** Whether changes may be tracked, as cheaply as Word tells it. */
type TrackedHint = { readonly kind: 'list'; readonly changes: Word.TrackedChangeCollection } | { readonly kind: 'mode'; readonly document: Word.Document } | undefined;

const queueTrackedHint = (context: Word.RequestContext, isSetSupported: ReadOptions['isSetSupported']): TrackedHint => {
  const body = context.document.body;
  // WordApi 1.6 lists the tracked changes themselves; the 1.1.110 client has no getTrackedChanges.
  if (isSetSupported(TRACKED_CHANGES.set, TRACKED_CHANGES.version) && typeof body.getTrackedChanges === 'function') {
    return { kind: 'list', changes: body.getTrackedChanges().load({ select: 'type', top: 1 }) };
  }
  // WordApi 1.4: whether Word tracks changes now. Changes tracked earlier may remain after tracking
  // was turned off; without WordApi 1.6 they are then read as Paragraph.text has them.
  if (isSetSupported(TRACKING.set, TRACKING.version)) return { kind: 'mode', document: context.document.load('changeTrackingMode') };
  return undefined;
};

const mayBeTracked = (hint: TrackedHint): boolean =>
  hint?.kind === 'list' ? hint.changes.items.length > 0 : hint?.kind === 'mode' ? hint.document.changeTrackingMode !== 'Off' : false;

// ---- the read

interface Piece {
  readonly table: Word.Table;
  rowCount: number;
  firstRows: string[][];
  /** Whether cells of the table hold tables of their own (unknown for a table the walk did not reach). */
  nested?: boolean;
  whole?: Whole;
}

const layoutOf = (pieces: readonly Piece[], gaps: readonly Gap[], trackedChanges: boolean): LayoutRead => ({
  tables: pieces.map((p) => ({ rowCount: p.rowCount, firstRows: p.firstRows })),
  gaps: gaps.map((g) => g.read),
  allTables: true,
  trackedChanges,
});

/** Rows read cell by cell: each cell's own paragraphs (those of a table nested in it are not the cell's). */
const cellRows = (rows: Word.TableRowCollection, accepted?: ReadonlyMap<Word.Paragraph, string>): CellText[][] =>
  rows.items.map((row) =>
    row.cells.items.map((cell) =>
      cell.body.paragraphs.items
        .filter((p) => p.tableNestingLevel === 1)
        .map((p) => {
          const listString = listStringOf(p);
          return readerText({ text: accepted?.get(p) ?? p.text, ...(listString === undefined ? {} : { listString }) });
        }),
    ),
  );

/** A page of a large table's outline, between a row's first paragraph and a later row's last. */
interface OutlinePage extends RowPage {
  readonly first: Word.Paragraph;
  readonly last: Word.Paragraph;
}

/**
 * The paragraphs that bound each row of a table read whole: the first of its first cell and the
 * last of its last, from the table's paragraphs in `values` order (where they line up with it),
 * or each cell's own (a table read cell by cell). No property of a cell is loaded
 * (OfficeDev/office-js#3200).
 */
const rowEdges = (piece: Piece, byCell?: Word.TableRowCollection): ((r: number) => readonly [Word.Paragraph, Word.Paragraph] | undefined) => {
  if (byCell) {
    const own = (cell: Word.TableCell | undefined): Word.Paragraph[] => cell?.body.paragraphs.items.filter((p) => p.tableNestingLevel === 1) ?? [];
    return (r) => {
      const cells = byCell.items[r]?.cells.items ?? [];
      const first = own(cells[0])[0];
      const last = own(cells[cells.length - 1]).at(-1);
      return first && last ? [first, last] : undefined;
    };
  }
  const values = piece.whole?.values.values ?? [];
  const items = piece.whole?.paragraphs.items ?? [];
  if (paragraphCount(values) !== items.length) return () => undefined;
  const starts: number[] = [];
  values.reduce((at, row) => {
    starts.push(at);
    return at + paragraphCount([row]);
  }, 0);
  starts.push(items.length);
  return (r) => {
    const first = items[starts[r] as number];
    const last = items[(starts[r + 1] as number) - 1];
    return first && last ? [first, last] : undefined;
  };
};

/** The outline pages of the status table's large tables, where they fit one sync (see OUTLINE_ROWS). */
const outlinePages = (parts: readonly number[], pieces: readonly Piece[], cellByCell: ReadonlyMap<number, Word.TableRowCollection>): OutlinePage[] => {
  const wanted = parts.flatMap((table) => {
    const values = pieces[table]?.whole?.values.values;
    const rows = values ? rowsToOutline(values) : [];
    return rows.length > 0 ? [{ table, rows }] : [];
  });
  const pages = planPages(wanted, { bridge: OUTLINE_BRIDGE, pages: OUTLINE_PAGES, rows: OUTLINE_ROWS });
  const edges = new Map(wanted.map(({ table }) => [table, rowEdges(pieces[table] as Piece, cellByCell.get(table))]));
  return pages.flatMap((page) => {
    const edgesOf = edges.get(page.table);
    const from = edgesOf?.(page.from);
    const to = edgesOf?.(page.to);
    return from && to ? [{ ...page, first: from[0], last: to[1] }] : [];
  });
};

/**
 * Reads the document: every top-level table by its first rows, the status table's tables whole,
 * every paragraph between the tables, and the proxies behind them.
 */
export const readWord = async (context: Word.RequestContext, options: ReadOptions): Promise<WordRead> => {
  const body = context.document.body;
  const end = body.getRange('End');
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs += 1;
    await context.sync();
  };

  // Sync 1: the survey.
  const all = body.tables.load('items/nestingLevel');
  const intro = loadParagraphs(body.paragraphs, INTRO_PROBE);
  const hint = options.layoutOnly ? undefined : queueTrackedHint(context, options.isSetSupported);
  const walked = queueWalk(
    body,
    end,
    options.walk,
    (i) => options.whole?.(i) ?? false,
    (i) => options.shape?.(i) ?? false,
  );
  await sync();

  const tops = all.items.filter((t) => t.nestingLevel === 1);
  const reached = walked.filter((w) => !w.table.isNullObject && w.table.nestingLevel === 1);
  const pieces: Piece[] = tops.map((table, t) => {
    const w = reached[t];
    return w
      ? {
          table: w.table,
          rowCount: w.table.rowCount,
          firstRows: w.rows.items.map((row) => row.values[0] ?? []),
          nested: w.nested.items.length > 0,
          ...(w.whole ? { whole: w.whole } : {}),
        }
      : { table, rowCount: 0, firstRows: [] };
  });
  const gaps: Gap[] = [
    probeGap(intro, INTRO_PROBE),
    ...pieces.map((_, t): Gap => {
      const w = reached[t];
      return w ? probeGap(w.probe, GAP_PROBE) : { read: { paragraphs: [], complete: false }, proxies: [] };
    }),
  ];
  const tracked = mayBeTracked(hint);
  let trackedChanges = hint?.kind === 'list' && hint.changes.items.length > 0;

  // Sync 2, where needed: the status table's tables whole, tables the walk did not reach, the gaps
  // not read to their end, and (where changes may be tracked) accepted text.
  const unreached = (t: number): boolean => reached[t] === undefined;
  const status = new Set(statusTables(layoutOf(pieces.filter((_, t) => !unreached(t)), gaps.slice(0, reached.length + 1), false)));
  const cellByCell = new Map<number, Word.TableRowCollection>();
  const outlines = new Map<number, OfficeExtension.ClientResult<string>>();
  reached.forEach((w, t) => {
    if (w.ooxml) outlines.set(t, w.ooxml);
  });
  const rowsOf = (tables: Iterable<number>): number => [...tables].reduce((n, t) => n + (pieces[t]?.rowCount ?? 0), 0);
  const shaped = !options.layoutOnly && options.outline !== false && rowsOf(status) <= SHAPE_ROWS;
  pieces.forEach((piece, t) => {
    if (shaped && status.has(t) && !outlines.has(t)) outlines.set(t, piece.table.getRange('Whole').getOoxml());
    if (options.layoutOnly || !(status.has(t) || unreached(t))) return;
    if (piece.nested) cellByCell.set(t, piece.table.rows.load(CELL_BY_CELL));
    if (!piece.whole) piece.whole = queueWhole(piece.table);
  });
  const exact = new Map<number, Word.ParagraphCollection>();
  gaps.forEach((gap, g) => {
    if (gap.read.complete) return;
    const start = g === 0 ? body.getRange('Start') : (pieces[g - 1] as Piece).table.getRange('After');
    const stop = g === pieces.length ? end : (pieces[g] as Piece).table.getRange('Start');
    exact.set(g, loadParagraphs(start.expandTo(stop).paragraphs));
  });
  const tableFirstRows = new Map<number, Word.TableRowCollection>();
  pieces.forEach((piece, t) => {
    if (unreached(t)) {
      piece.table.load('rowCount');
      tableFirstRows.set(t, piece.table.rows.load({ select: 'values', top: FIRST_ROWS }));
    }
  });
  const acceptedText = new Map<number, OfficeExtension.ClientResult<string>>();
  const acceptedGap = new Map<Word.Paragraph, OfficeExtension.ClientResult<string>>();
  // Each table's accepted text costs about what its values cost: with the values in this sync
  // while the tables are small, else after it, a page of tables a sync.
  const wholeTables = pieces.flatMap((piece, t) => (piece.whole ? [t] : []));
  const acceptEarly = wholeTables.every((t) => !unreached(t)) && rowsOf(wholeTables) <= ACCEPT_ROWS;
  const acceptTable = (t: number): void => {
    acceptedText.set(t, (pieces[t] as Piece).table.getRange('Whole').getReviewedText('Current'));
  };
  if (tracked) {
    if (acceptEarly) wholeTables.forEach(acceptTable);
    gaps.forEach((gap) => gap.proxies.forEach((p) => acceptedGap.set(p, p.getReviewedText('Current'))));
  }
  const queued =
    pieces.some((p) => p.whole && !walked.some((w) => w.whole === p.whole)) ||
    cellByCell.size > 0 ||
    exact.size > 0 ||
    tracked ||
    tableFirstRows.size > 0 ||
    [...outlines.keys()].some((t) => !reached[t]?.ooxml);
  if (queued) await sync();
  const early = new Set(cellByCell.keys());

  exact.forEach((collection, g) => (gaps[g] = exactGap(collection)));
  tableFirstRows.forEach((rows, t) => {
    const piece = pieces[t] as Piece;
    piece.rowCount = piece.table.rowCount;
    piece.firstRows = rows.items.map((row) => row.values[0] ?? []);
  });
  if (tracked && !acceptEarly) {
    let rows = 0;
    for (const t of wholeTables) {
      const count = (pieces[t] as Piece).rowCount;
      if (rows > 0 && rows + count > ACCEPT_ROWS) {
        await sync();
        rows = 0;
      }
      acceptTable(t);
      rows += count;
    }
    await sync();
  }

  // Sync 3, where needed: tables whose text differs once changes are accepted, read paragraph by
  // paragraph; tables whose values and paragraphs do not line up (a table nested in a cell), read
  // cell by cell; accepted text of gaps read only now.
  const accepted = new Map<Word.Paragraph, OfficeExtension.ClientResult<string>>(acceptedGap);
  const pending: Word.Paragraph[] = [];
  let third = false;
  pieces.forEach((piece, t) => {
    const whole = piece.whole;
    if (!whole || cellByCell.has(t)) return;
    const lined = paragraphCount(whole.values.values) === whole.paragraphs.items.length;
    if (!lined) {
      cellByCell.set(t, piece.table.rows.load(CELL_BY_CELL));
      third = true;
      return;
    }
    const text = acceptedText.get(t);
    if (text && letters(text.value) !== letters(rawParagraphs(whole).join(''))) {
      pending.push(...whole.paragraphs.items);
    }
  });
  if (tracked) {
    exact.forEach((_, g) => (gaps[g] as Gap).proxies.forEach((p) => accepted.set(p, p.getReviewedText('Current'))));
    third ||= exact.size > 0;
  }
  const acceptCells = (rows: Word.TableRowCollection): void =>
    rows.items.forEach((row) =>
      row.cells.items.forEach((cell) =>
        cell.body.paragraphs.items.forEach((p) => {
          if (p.tableNestingLevel === 1) accepted.set(p, p.getReviewedText('Current'));
        }),
      ),
    );
  if (tracked) {
    early.forEach((t) => acceptCells(cellByCell.get(t) as Word.TableRowCollection));
    third ||= early.size > 0;
  }
  // Accepted text paragraph by paragraph, in pages: one method call each, so a long table's
  // requests stay far below Office's 5 MB (a sync a page after the first).
  const acceptPage = (from: number): void =>
    pending.slice(from, from + ACCEPT_PAGE).forEach((p) => accepted.set(p, p.getReviewedText('Current')));
  acceptPage(0);
  third ||= pending.length > 0;
  if (third) await sync();
  for (let from = ACCEPT_PAGE; from < pending.length; from += ACCEPT_PAGE) {
    acceptPage(from);
    await sync();
  }
  // Only where a table read whole turned out to hold a nested table the survey did not see, and
  // changes may be tracked: its cells' accepted text.
  const late = [...cellByCell.keys()].filter((t) => !early.has(t));
  if (tracked && late.length > 0) {
    late.forEach((t) => acceptCells(cellByCell.get(t) as Word.TableRowCollection));
    await sync();
  }

  const acceptedOf = (p: Word.Paragraph): string | undefined => accepted.get(p)?.value;
  const acceptedMap = new Map<Word.Paragraph, string>();
  accepted.forEach((result, p) => acceptedMap.set(p, result.value));

  // Gaps with accepted text.
  const gapReads: GapRead[] = gaps.map((gap) => ({
    complete: true,
    paragraphs: gap.read.paragraphs.map((p, i) => {
      const proxy = gap.proxies[i];
      const text = proxy ? acceptedOf(proxy) : undefined;
      if (text === undefined || text === p.text) return p;
      trackedChanges = true;
      return { ...p, text };
    }),
  }));

  // Tables: whole ones from values (or cell by cell), with accepted text where read.
  const tables: TableRead[] = pieces.map((piece, t) => {
    const first: TableRead = { rowCount: piece.rowCount, firstRows: piece.firstRows };
    const whole = piece.whole;
    if (!whole) return first;
    const byCell = cellByCell.get(t);
    if (byCell) {
      const rows = cellRows(byCell, acceptedMap);
      return { ...first, rows };
    }
    const texts = whole.paragraphs.items.map((p) => acceptedOf(p));
    const raw = rawParagraphs(whole);
    if (texts.some((text, i) => text !== undefined && text !== raw[i])) trackedChanges = true;
    const lists = whole.paragraphs.items.map(listStringOf);
    const rows = tableRows(whole.values.values, lists, texts.every((text) => text !== undefined) ? (texts as string[]) : undefined);
    return rows ? { ...first, rows } : first;
  });

  // What is not part of the status table is handed over by its first rows only; its parts with
  // their outline, where they are small enough (SHAPE_ROWS), the same whichever sync read it.
  const read: LayoutRead = { tables, gaps: gapReads, allTables: true, trackedChanges };
  const parts = new Set(statusTables(read));
  const outlined = !options.layoutOnly && options.outline !== false;
  const withOutline = outlined && rowsOf(parts) <= SHAPE_ROWS;
  const missing = withOutline ? [...parts].filter((t) => !outlines.has(t)) : [];
  // Only where the survey could not tell the status table's tables (past the walk): their outline now.
  missing.forEach((t) => outlines.set(t, (pieces[t] as Piece).table.getRange('Whole').getOoxml()));
  // Past SHAPE_ROWS: the rows whose values show a merge may be there, page by page, in the same
  // sync, where they fit one; where they do not (a long table with many empty cells), none, and
  // the table is read as its values say, as when no outline is read.
  const pages = outlined && !withOutline ? outlinePages([...parts], pieces, cellByCell) : [];
  const pageOoxml = pages.map((page) => page.first.getRange('Whole').expandTo(page.last.getRange('Whole')).getOoxml());
  if (missing.length > 0 || pages.length > 0) await sync();
  const paged = new Map<number, RowShape[]>();
  pages.forEach((page, i) => {
    const values = (pieces[page.table] as Piece).whole?.values.values ?? [];
    paged.set(page.table, withPage(paged.get(page.table) ?? plainShape(values), page, (pageOoxml[i] as OfficeExtension.ClientResult<string>).value, values));
  });
  const shapeOf = (t: number): TableRead['shape'] => {
    if (!withOutline) return paged.get(t);
    const ooxml = outlines.get(t);
    return ooxml ? tableShapes(ooxml.value)[0] : undefined;
  };
  const layout: LayoutRead = {
    ...read,
    tables: tables.map((table, t) => {
      if (!parts.has(t)) return { rowCount: table.rowCount, firstRows: table.firstRows };
      const shape = shapeOf(t);
      return shape ? { ...table, shape } : table;
    }),
  };
  return { layout, proxies: { tables: pieces.map((p) => p.table), gaps: gaps.map((g) => g.proxies) }, syncs };
};

export { documentOf };
