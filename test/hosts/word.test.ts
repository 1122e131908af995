import { simpleTable, type CellText, type SourceDocument } from '../../src/core/document';
import { STANDARD_HEADINGS } from '../../src/core/headings';
import { planHeadings } from '../../src/core/edits';
import { readStatusTable } from '../../src/core/model';
import { HostError } from '../../src/hosts/host';
import { insertHeadings, refreshDateStamp } from '../../src/hosts/operations';
import { createWordHost, officeWordEnvironment, SETTINGS_KEY, STAMP_TAG, toHostError } from '../../src/hosts/word';
import { SHAPE_ROWS } from '../../src/hosts/word/read';
import {
  boldOf,
  cellNode,
  paragraphNode,
  paragraphsIn,
  run,
  tableNodeFrom,
  type ParagraphNode,
  type WordSimulator,
  type WordSimulatorOptions,
} from '../../src/simulator/word';
import { seedCopy, seedDocument, seedWithout } from '../fixtures/seed';
import { syntheticDocument } from '../fixtures/synthetic';
import { afterOf, around, beforeOf, contentOf, plainDocument, rowsOf, tablesOf, withTables, withoutRows } from '../fixtures/plain';
import { EXCEL_PAYLOAD_LIMIT, openWord, settle } from '../support/hosts';

/**
 * The Word host on Microsoft's own Word client (@microsoft/office-js 1.1.110) over the simulated
 * document: every load, sync and write below goes through the real `Word.run`.
 */

const MIDDELLANGE = 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING';

const setUp = (doc: SourceDocument, options?: WordSimulatorOptions) => openWord(doc, options);

/** Rows that are one cell spanning the width, as [block, row] in the snapshot's numbering. */
const mergedRows = (sim: WordSimulator): [number, number][] =>
  sim
    .snapshot()
    .blocks.flatMap((block, b) =>
      block.kind === 'table' ? block.rows.flatMap((row, r): [number, number][] => (row.cells.length === 1 && (row.cells[0]?.columnSpan ?? 1) > 1 ? [[b, r]] : [])) : [],
    );

/** Whether each cell of a row is set in bold. */
const boldCells = (sim: WordSimulator, block: number, row: number): (boolean | null)[] =>
  sim.tableAt(block)?.rows[row]?.cells.map((cell) => boldOf(paragraphsIn(cell, false))) ?? [];

/**
 * The document with the heading row `heading` written the way a client without Table.mergeCells
 * inserts it (the 1.1.110 client has none): the text in the first cell, the row's other cells empty.
 */
const unmerged = (doc: SourceDocument, heading: string): SourceDocument => ({
  ...doc,
  blocks: doc.blocks.map((block) =>
    block.kind !== 'table'
      ? block
      : {
          ...block,
          rows: block.rows.map((row) =>
            row.cells.length === 1 && row.cells[0]?.paragraphs.join('') === heading
              ? { cells: [{ paragraphs: [heading] }, { paragraphs: [''] }, { paragraphs: [''] }, { paragraphs: [''] }] }
              : row,
          ),
        },
  ),
});

/** Rejects with a HostError of `code` (and returns it, for more checks). */
const hostError = async (promise: Promise<unknown>, code: HostError['code']): Promise<HostError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(HostError);
  expect((error as HostError).code).toBe(code);
  return error as HostError;
};

const rowStarting = (doc: SourceDocument, text: string): { block: number; row: number } => {
  for (const [block, found] of doc.blocks.entries()) {
    if (found.kind !== 'table') continue;
    const row = found.rows.findIndex((r) => (r.cells[0]?.paragraphs[0] ?? '').startsWith(text));
    if (row >= 0) return { block, row };
  }
  throw new Error(`no row starting with ${text}`);
};

const allCells = (doc: SourceDocument): string[] =>
  tablesOf(doc).flatMap((rows, t) => rows.flatMap((row, r) => row.map((c, i) => `${t}.${r}.${i}: ${JSON.stringify(c)}`)));

describe('Word host: reading', () => {
  it('reads the seed in two syncs (a survey, then the status table whole), as the seed SourceDocument', async () => {
    const { sim, host } = setUp(seedDocument);
    const doc = await host.read();
    expect(sim.syncCount).toBe(2);
    expect(doc).toEqual(seedDocument);
    expect(doc).toEqual(sim.snapshot());
  });

  it('keeps merged heading rows ragged (one cell) and a cell\'s paragraphs apart', async () => {
    const { host } = setUp(seedDocument);
    const doc = await host.read();
    expect(tablesOf(doc)).toHaveLength(4);
    expect(tablesOf(doc)[0]?.[1]).toEqual([['HUISVESTING']]);
    const multi = tablesOf(doc).flat(2).find((c) => c.length > 1);
    expect(multi).toBeDefined();
    expect(tablesOf(seedDocument).flat(2)).toContainEqual(multi);
  });

  it.each([
    ['one table of 1,000 rows', 1000],
    ['tables of 50 rows', 50],
  ])('reads a 1,000-row document (%s) in two syncs', async (_, perTable) => {
    const synthetic = syntheticDocument(1000, 7, perTable);
    const { sim, host } = setUp(synthetic);
    const doc = await host.read();
    // With its section headings and header rows the status table stays within SHAPE_ROWS: the
    // survey, then the values with the whole outline.
    expect(tablesOf(synthetic).reduce((n, t) => n + t.length, 0)).toBeLessThanOrEqual(SHAPE_ROWS);
    expect(sim.syncCount).toBe(2);
    expect(doc).toEqual(around(synthetic, { before: beforeOf(synthetic) ?? [] }));
    expect(tablesOf(doc).reduce((n, t) => n + t.length, 0)).toBeGreaterThanOrEqual(1000);
  });

  it('takes the same number of syncs with a slow connection', async () => {
    const { sim, host } = setUp(seedDocument, { latencyMs: 15 });
    const started = Date.now();
    await host.read();
    expect(sim.syncCount).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2 * 15 - 2);
  });

  it('ignores a table nested in a cell', async () => {
    const { sim, host } = setUp(seedDocument);
    sim.edit(() => {
      sim.tableAt(1)?.rows[2]?.cells[1]?.blocks.push(tableNodeFrom(simpleTable([[['genest'], ['tabel']]])));
    });
    expect(await host.read()).toEqual(seedDocument);
  });

  it('tells paragraphs before the first table and after the last from those between tables', async () => {
    const { sim, host } = setUp(seedDocument);
    sim.edit((doc) => {
      const tops = doc.body.blocks.filter((block) => block.kind === 'table');
      const second = tops[1];
      const last = tops[tops.length - 1];
      // A paragraph between two tables is neither before nor after; nested tables at the edges are inside.
      if (second) doc.body.blocks.splice(doc.body.blocks.indexOf(second), 0, paragraphNode('tussen twee tabellen'));
      tops[0]?.rows[0]?.cells[0]?.blocks.unshift(tableNodeFrom(simpleTable([[['genest vooraan']]])));
      last?.rows[last.rows.length - 1]?.cells.at(-1)?.blocks.push(tableNodeFrom(simpleTable([[['genest achteraan']]])));
    });
    const doc = await host.read();
    expect(beforeOf(doc)).toEqual(beforeOf(seedDocument));
    expect(afterOf(doc)).toEqual(afterOf(seedDocument));
    expect(tablesOf(doc)).toEqual(tablesOf(seedDocument));
    // The survey sees the nested tables (Table.tables), so the tables holding them are read cell by cell in the second sync.
    expect(sim.syncCount).toBe(2);
  });

  it('reads a document without tables as paragraphs only', async () => {
    const { host } = setUp(plainDocument({ before: [], tables: [], after: ['Alleen tekst', '19 juni 2021'] }));
    expect(await host.read()).toEqual(plainDocument({ before: [], tables: [], after: ['Alleen tekst', '19 juni 2021'] }));
  });

  it('refuses without WordApi 1.3, before any batch', async () => {
    const { sim, host } = setUp(seedDocument, { requirementSets: { WordApi: '1.2' } });
    const error = await hostError(host.read(), 'requirement-missing');
    expect(error.detail).toBe('WordApi 1.3');
    expect(sim.syncCount).toBe(0);
  });
});

describe('Word host: syncs at every size', () => {
  /** Without one standard heading, so inserting headings has real work to do. */
  const withoutHeading = (doc: SourceDocument, text: string): SourceDocument =>
    withTables(doc, tablesOf(doc).map((rows) => rows.filter((row) => !(row.length === 1 && row[0]?.[0] === text))));

  it.each([
    // Up to SHAPE_ROWS rows the outline comes with the values.
    [100, 2],
    [1000, 2],
    // Past it, the outline of the rows around empty cells (about one trekker in eight) would take a
    // third sync where they fit one (OUTLINE_ROWS, word-largeMerges.test.ts); here they do not, and
    // the table is read as its values say.
    [10000, 2],
  ])('%i rows: %i syncs to read; one to read and one to write headings or the stamp', async (rows, readSyncs) => {
    const synthetic = syntheticDocument(rows, 3);
    // With Office's 5 MB limit on every request and response, as reported for Word on the web.
    const read = setUp(synthetic, { payloadLimitBytes: EXCEL_PAYLOAD_LIMIT });
    await read.host.read();
    expect(read.sim.syncCount).toBe(readSyncs);
    expect(read.sim.traffic.largestResponseBytes).toBeLessThan(EXCEL_PAYLOAD_LIMIT);

    const missing = STANDARD_HEADINGS.find((h) => h.chapter === 7)?.text ?? '';
    const start = withoutHeading(synthetic, missing);
    expect(start).not.toEqual(synthetic);
    const headings = setUp(start);
    const inserted = await insertHeadings(headings.host);
    expect(inserted.applied).toEqual([expect.objectContaining({ kind: 'insertHeading', text: missing })]);
    expect(headings.sim.syncCount).toBe(2);

    const stamp = setUp(synthetic);
    const refreshed = await refreshDateStamp(stamp.host, '2026-11-24');
    expect(refreshed.applied).toEqual([expect.objectContaining({ kind: 'setDateStamp', text: '24 november 2026' })]);
    expect(stamp.sim.syncCount).toBe(2);
    expect(afterOf(stamp.sim.snapshot())).toEqual(['24 november 2026']);
  }, 60_000);
});

describe('Word host: headings', () => {
  it('inserts a missing heading directly above 7.2, in bold, changing no other cell; unmerged, since the client lacks Table.mergeCells', async () => {
    const start = seedWithout('INBURGERING');
    const { sim, host } = setUp(start);
    sim.resetTraffic();
    const result = await insertHeadings(host);
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'insertHeading', text: 'INBURGERING' })]);
    // WordApi 1.4 is reported, but Microsoft's client 1.1.110 has no Table.mergeCells: the fallback, said.
    expect(result.notes).toEqual(['heading-not-merged']);
    expect(result.before).toEqual(start);
    expect(sim.syncCount).toBe(2); // one to read, one to write

    const after = sim.snapshot();
    const at = rowStarting(after, '7.2 ');
    expect(rowsOf(after, at.block)[at.row - 1]).toEqual([['INBURGERING'], [''], [''], ['']]);
    expect(boldCells(sim, at.block, at.row - 1)[0]).toBe(true);
    expect(mergedRows(sim)).not.toContainEqual([at.block, at.row - 1]);
    // Every other cell is as it was: removing the new row gives back the start, cell by cell.
    const withoutNew = withoutRows(after, at.block, [at.row - 1]);
    expect(allCells(withoutNew)).toEqual(allCells(start));
    expect(withoutNew).toEqual(start);
    // And the document is the seed again, but for the heading's merge.
    expect(after).toEqual(unmerged(seedDocument, 'INBURGERING'));
  });

  it('inserts two headings before the same row in the standard order', async () => {
    const start = seedWithout(MIDDELLANGE);
    const tables = tablesOf(start).map((rows) => rows.filter((row) => row[0]?.join('') !== 'INBURGERING'));
    const doc = withTables(start, tables);
    const { sim, host } = setUp(doc);
    const result = await insertHeadings(host);
    expect(result.applied.map((e) => (e.kind === 'insertHeading' ? e.text : ''))).toHaveLength(2);
    const after = sim.snapshot();
    const at = rowStarting(after, '7.2 ');
    expect(rowsOf(after, at.block).slice(at.row - 2, at.row).map((row) => row[0])).toEqual([[MIDDELLANGE], ['INBURGERING']]);
    expect(rowsOf(after, at.block)[at.row - 3]?.[0]).toEqual(['Ondersteuningsmaatregelen']);
    expect(boldCells(sim, at.block, at.row - 2)[0] && boldCells(sim, at.block, at.row - 1)[0]).toBe(true);
    expect(withoutRows(after, at.block, [at.row - 1, at.row - 2])).toEqual(doc);
  });

  it('inserts headings in several tables in one write', async () => {
    const start = seedWithout('HUISVESTING');
    const tables = tablesOf(start).map((rows) => rows.filter((row) => !['INBURGERING', 'OPVANG KORTE TERMIJN'].includes(row[0]?.join('') ?? '')));
    const doc = withTables(start, tables);
    const { sim, host } = setUp(doc);
    sim.resetTraffic();
    const result = await insertHeadings(host);
    expect(result.applied).toHaveLength(3);
    expect(sim.syncCount).toBe(2);
    const after = sim.snapshot();
    for (const [heading, measure] of [
      ['HUISVESTING', '4.2.1.'],
      ['OPVANG KORTE TERMIJN', '5.2.1.'],
      ['INBURGERING', '7.2 '],
    ] as const) {
      const at = rowStarting(after, measure);
      expect(rowsOf(after, at.block)[at.row - 1]).toEqual([[heading], [''], [''], ['']]);
    }
    expect(contentOf(after)).toEqual(contentOf(unmerged(unmerged(unmerged(seedDocument, 'HUISVESTING'), 'OPVANG KORTE TERMIJN'), 'INBURGERING')));
  });

  it('appends a heading after the last row when its chapter has no measure and none follows', async () => {
    const start = seedCopy();
    const last = tablesOf(start)[3] ?? [];
    const doc = withTables(start, [...tablesOf(start).slice(0, 3), last.slice(0, 1)]);
    const { sim, host } = setUp(doc);
    const result = await insertHeadings(host);
    // Blocks: the title, the four tables, the stamp.
    expect(result.applied).toEqual([expect.objectContaining({ block: 4, beforeRow: 1, chapter: 8 })]);
    const after = sim.snapshot();
    expect(tablesOf(after)[3]).toEqual([last[0], [[expect.stringMatching(/^ONDERSTEUNING PRT/)], [''], [''], ['']]]);
    expect(boldCells(sim, 4, 1)[0]).toBe(true);
    expect(tablesOf(after).slice(0, 3)).toEqual(tablesOf(doc).slice(0, 3));
    expect(afterOf(after)).toEqual(afterOf(doc));
  });

  it('applying headings twice changes nothing the second time', async () => {
    const { sim, host } = setUp(seedWithout('INBURGERING'));
    await insertHeadings(host);
    const once = sim.snapshot();
    sim.resetTraffic();
    const again = await insertHeadings(host);
    expect(again.applied).toEqual([]);
    expect(sim.snapshot()).toEqual(once);
    expect(sim.syncCount).toBe(1); // read only
  });

  it('without WordApi 1.4 writes the heading in the first cell and says it is not merged', async () => {
    const start = seedWithout('INBURGERING');
    const { sim, host } = setUp(start, { requirementSets: { WordApi: '1.3' } });
    const result = await insertHeadings(host);
    expect(result.notes).toEqual(['heading-not-merged']);
    const after = sim.snapshot();
    const at = rowStarting(after, '7.2 ');
    expect(rowsOf(after, at.block)[at.row - 1]).toEqual([['INBURGERING'], [''], [''], ['']]);
    expect(mergedRows(sim)).not.toContainEqual([at.block, at.row - 1]);
    // Core still sees it as the heading (filled first cell only), so a second run adds nothing.
    const read = readStatusTable(after);
    expect(read.ok && planHeadings(read.table)).toEqual([]);
  });

  it('refuses on a protected document and leaves it as it was', async () => {
    const start = seedWithout('INBURGERING');
    const { sim, host } = setUp(start, { protection: 'AllowOnlyReading' });
    expect(await host.read()).toEqual(start); // reading is allowed
    await hostError(insertHeadings(host), 'protected');
    expect(sim.snapshot()).toEqual(start);
  });

  it('refuses when a co-author changed the table between check and fix', async () => {
    const start = seedWithout('INBURGERING');
    const { sim, host } = setUp(start);
    const basis = await host.read();
    // A planning changed in the table the heading goes into.
    const { block } = rowStarting(start, '7.2 ');
    sim.edit(() => {
      const target = sim.tableAt(block)?.rows[1];
      if (target) target.cells[2] = cellNode(['Eind 2021']);
    });
    const edited = sim.snapshot();
    expect(edited).not.toEqual(start);
    await hostError(insertHeadings(host, basis), 'changed');
    expect(sim.snapshot()).toEqual(edited);
  });

  it('writes when the document is still as checked', async () => {
    const { sim, host } = setUp(seedWithout('INBURGERING'));
    const basis = await host.read();
    await insertHeadings(host, basis);
    expect(sim.snapshot()).toEqual(unmerged(seedDocument, 'INBURGERING'));
  });
});

describe('Word host: date stamp', () => {
  it('refreshes the stamp paragraph to the given day, nothing else', async () => {
    const { sim, host } = setUp(seedDocument);
    sim.resetTraffic();
    const result = await refreshDateStamp(host, '2026-11-24');
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'setDateStamp', text: '24 november 2026', block: 8 })]);
    expect(sim.syncCount).toBe(2); // one to read, one to write
    expect(sim.snapshot()).toEqual(around(seedDocument, { after: ['24 november 2026'] }));
  });

  it('keeps the words around the date', async () => {
    const { sim, host } = setUp(around(seedCopy(), { after: ['Stand per 19 juni 2021'] }));
    await refreshDateStamp(host, '2026-11-24');
    expect(afterOf(sim.snapshot())).toEqual(['Stand per 24 november 2026']);
  });

  it('inserts a missing stamp after the last table in a tagged content control, found again later', async () => {
    const { sim, host } = setUp(around(seedCopy(), { after: [] }));
    await refreshDateStamp(host, '2026-11-24');
    expect(sim.contentControls()).toEqual([{ tag: STAMP_TAG, title: expect.any(String), text: '24 november 2026' }]);
    const read = await host.read();
    expect(afterOf(read)).toEqual(['24 november 2026']);
    expect(tablesOf(read)).toEqual(tablesOf(seedDocument));

    await refreshDateStamp(host, '2026-12-01');
    expect(sim.contentControls()).toEqual([{ tag: STAMP_TAG, title: expect.any(String), text: '1 december 2026' }]);
    expect(afterOf(await host.read())).toEqual(['1 december 2026']);
  });

  it('puts a new stamp directly after the last table, before other paragraphs', async () => {
    const { sim, host } = setUp(around(seedCopy(), { after: ['Bijlage volgt.'] }));
    await refreshDateStamp(host, '2026-11-24');
    expect(afterOf(sim.snapshot())).toEqual(['24 november 2026', 'Bijlage volgt.']);
  });

  it('refuses on a protected document', async () => {
    const { sim, host } = setUp(seedDocument, { protection: 'AllowOnlyReading' });
    await hostError(refreshDateStamp(host, '2026-11-24'), 'protected');
    expect(sim.snapshot()).toEqual(seedDocument);
  });

  it('refuses when a co-author changed the stamp since the check', async () => {
    const { sim, host } = setUp(seedDocument);
    const basis = await host.read();
    sim.edit((doc) => {
      const last = doc.body.blocks.at(-1) as ParagraphNode;
      last.runs = [run('20 juni 2021')];
    });
    await hostError(refreshDateStamp(host, '2026-11-24', basis), 'changed');
    expect(afterOf(sim.snapshot())).toEqual(['20 juni 2021']);
  });
});

describe('Word host: selection', () => {
  it('selects a cell, a row and a paragraph after the table', async () => {
    const { sim, host } = setUp(seedDocument);
    const at = rowStarting(seedDocument, '7.2 ');
    await host.capabilities.select({ ...at, column: 2 });
    expect(sim.selection()).toEqual({ ...at, column: 2 });
    await host.capabilities.select({ block: 7, row: 1 });
    expect(sim.selection()).toEqual({ block: 7, row: 1 });
    await host.capabilities.select({ block: 8 });
    expect(sim.selection()).toEqual({ block: 8 });
  });

  it('reports a location that is not there', async () => {
    const { sim, host } = setUp(seedDocument);
    await hostError(host.capabilities.select({ block: 19, row: 0, column: 0 }), 'failed');
    await hostError(host.capabilities.select({ block: 1, row: 99, column: 0 }), 'failed');
    await hostError(host.capabilities.select({ block: 15 }), 'failed');
    expect(sim.selection()).toBeUndefined();
  });

  it('selects on a protected document (selection is no edit)', async () => {
    const { sim, host } = setUp(seedDocument, { protection: 'AllowOnlyReading' });
    await host.capabilities.select({ block: 1, row: 2, column: 3 });
    expect(sim.selection()).toEqual({ block: 1, row: 2, column: 3 });
  });
});

describe('Word host: settings and changes', () => {
  const settings = { referenceDate: 'datestamp', knownTrekkers: ['BZK', 'LRT'], disabledRules: ['trekker.unknown'] } as const;

  it('stores settings as JSON under one key, saved in the document', async () => {
    const { sim, host } = setUp(seedDocument);
    expect(await host.capabilities.settings.load()).toBeUndefined();
    await host.capabilities.settings.save(settings);
    expect(JSON.parse(sim.office.settings.saved[SETTINGS_KEY] as string)).toEqual(settings);
    expect(await createWordHost(officeWordEnvironment()).capabilities.settings.load()).toEqual(settings);
  });

  it('reads settings stored by another co-author, ignoring garbage', async () => {
    expect(await setUp(seedDocument, { settings: { [SETTINGS_KEY]: JSON.stringify(settings) } }).host.capabilities.settings.load()).toEqual(settings);
    expect(await setUp(seedDocument, { settings: { [SETTINGS_KEY]: '{not json' } }).host.capabilities.settings.load()).toBeUndefined();
    expect(await setUp(seedDocument, { settings: { [SETTINGS_KEY]: '[1,2]' } }).host.capabilities.settings.load()).toBeUndefined();
  });

  it('reports a failed save', async () => {
    const { sim, host } = setUp(seedDocument);
    sim.office.settings.failSaves('read-only');
    const error = await hostError(host.capabilities.settings.save(settings), 'failed');
    expect(error.detail).toBe('read-only');
  });

  it('tells of changes until unsubscribed: without paragraph events in the client, by the selection moving as the user edits', async () => {
    const { sim, host } = setUp(seedWithout('INBURGERING'), { requirementSets: { WordApi: '1.6' } });
    const calls: string[] = [];
    // WordApi 1.6 is reported, but the 1.1.110 client has no onParagraphChanged: the host falls back.
    const stop = await host.capabilities.changes?.(() => calls.push('changed'));
    expect(sim.office.listeners('documentSelectionChanged')).toBe(1);
    sim.edit(() => undefined);
    expect(calls).toEqual(['changed']);
    stop?.();
    await settle();
    expect(sim.office.listeners('documentSelectionChanged')).toBe(0);
    sim.edit(() => undefined);
    expect(calls).toHaveLength(1);
  });
});

describe('toHostError', () => {
  it.each([
    ['AccessDenied', 'protected'],
    ['NotAllowed', 'protected'],
    ['ApiNotFound', 'requirement-missing'],
    ['ActivityLimitReached', 'busy'],
    ['GeneralException', 'failed'],
  ] as const)('maps Office code %s to %s', (code, expected) => {
    expect(toHostError(Object.assign(new Error('x'), { code })).code).toBe(expected);
  });

  it('keeps a HostError and wraps anything else', () => {
    const own = new HostError('changed');
    expect(toHostError(own)).toBe(own);
    expect(toHostError('boom').code).toBe('failed');
  });
});

// Guard against a fixture that no longer needs what these tests prove.
it('the seed has ragged rows and several tables', () => {
  const widths = new Set(tablesOf(seedDocument).flat().map((row: CellText[]) => row.length));
  expect(widths).toEqual(new Set([1, 4]));
  expect(tablesOf(seedDocument).length).toBeGreaterThan(1);
});
