import { simpleTable, type CellText, type SourceDocument } from '../../src/core/document';
import { STANDARD_HEADINGS } from '../../src/core/headings';
import { planHeadings } from '../../src/core/edits';
import { readStatusTable } from '../../src/core/model';
import { HostError } from '../../src/hosts/host';
import { insertHeadings, refreshDateStamp } from '../../src/hosts/operations';
import { createWordHost, SETTINGS_KEY, STAMP_TAG, toHostError, type WordStatusHost } from '../../src/hosts/word';
import { seedCopy, seedDocument, seedWithout } from '../fixtures/seed';
import { syntheticDocument } from '../fixtures/synthetic';
import { cell, createWordDouble, table, topTables, type WordDouble, type WordDoubleOptions } from '../office/word';
import { afterOf, around, beforeOf, contentOf, plainDocument, rowsOf, tablesOf, withTables, withoutRows } from '../fixtures/plain';

const MIDDELLANGE = 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING';

const setUp = (doc: SourceDocument, options?: WordDoubleOptions): { double: WordDouble; host: WordStatusHost } => {
  const double = createWordDouble(doc, options);
  return { double, host: createWordHost(double.environment) };
};

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
  it('reads the seed in one sync, as the seed SourceDocument', async () => {
    const { double, host } = setUp(seedDocument);
    const doc = await host.read();
    expect(double.syncCount).toBe(1);
    expect(double.runCount).toBe(1);
    expect(doc).toEqual(seedDocument);
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
  ])('reads a 1,000-row document (%s) in one sync', async (_, perTable) => {
    const synthetic = syntheticDocument(1000, 7, perTable);
    const { double, host } = setUp(synthetic);
    const doc = await host.read();
    expect(double.syncCount).toBe(1);
    expect(doc).toEqual(around(synthetic, { before: beforeOf(synthetic) ?? [] }));
    expect(tablesOf(doc).reduce((n, t) => n + t.length, 0)).toBeGreaterThanOrEqual(1000);
  });

  it('takes the same number of syncs with a slow connection', async () => {
    const { double, host } = setUp(seedDocument, { latencyMs: 15 });
    const started = Date.now();
    await host.read();
    expect(double.syncCount).toBe(1);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15 - 2);
  });

  it('ignores a table nested in a cell', async () => {
    const { double, host } = setUp(seedDocument);
    double.edit((doc) => {
      const target = topTables(doc)[1]?.rows[2]?.cells[1];
      target?.blocks.push(table(simpleTable([[['genest'], ['tabel']]])));
    });
    expect(await host.read()).toEqual(seedDocument);
  });

  it('tells paragraphs before the first table and after the last from those between tables', async () => {
    const { double, host } = setUp(seedDocument);
    double.edit((doc) => {
      const tops = topTables(doc);
      const second = tops[1];
      const last = tops[tops.length - 1];
      // A paragraph between two tables is neither before nor after; nested tables at the edges are inside.
      if (second) doc.blocks.splice(doc.blocks.indexOf(second), 0, { kind: 'paragraph', text: 'tussen twee tabellen' });
      tops[0]?.rows[0]?.cells[0]?.blocks.unshift(table(simpleTable([[['genest vooraan']]])));
      last?.rows[last.rows.length - 1]?.cells.at(-1)?.blocks.push(table(simpleTable([[['genest achteraan']]])));
    });
    const doc = await host.read();
    expect(beforeOf(doc)).toEqual(beforeOf(seedDocument));
    expect(afterOf(doc)).toEqual(afterOf(seedDocument));
    expect(tablesOf(doc)).toEqual(tablesOf(seedDocument));
    expect(double.syncCount).toBe(1);
  });

  it('reads a document without tables as paragraphs only', async () => {
    const { host } = setUp(plainDocument({ before: [], tables: [], after: ['Alleen tekst', '19 juni 2021'] }));
    expect(await host.read()).toEqual(plainDocument({ before: [], tables: [], after: ['Alleen tekst', '19 juni 2021'] }));
  });

  it('refuses without WordApi 1.3, before any batch', async () => {
    const { double, host } = setUp(seedDocument, { requirementSets: { WordApi: '1.2' } });
    const error = await hostError(host.read(), 'requirement-missing');
    expect(error.detail).toBe('WordApi 1.3');
    expect(double.runCount).toBe(0);
  });
});

describe('Word host: syncs at every size', () => {
  /** Without one standard heading, so inserting headings has real work to do. */
  const withoutHeading = (doc: SourceDocument, text: string): SourceDocument =>
    withTables(doc, tablesOf(doc).map((rows) => rows.filter((row) => !(row.length === 1 && row[0]?.[0] === text))));

  it.each([100, 1000, 10000])('%i rows: one sync to read, one more to write headings or the stamp', async (rows) => {
    const synthetic = syntheticDocument(rows, 3);
    const read = setUp(synthetic);
    await read.host.read();
    expect(read.double.syncCount).toBe(1);

    const missing = STANDARD_HEADINGS.find((h) => h.chapter === 7)?.text ?? '';
    const start = withoutHeading(synthetic, missing);
    expect(start).not.toEqual(synthetic);
    const headings = setUp(start);
    const inserted = await insertHeadings(headings.host);
    expect(inserted.applied).toEqual([expect.objectContaining({ kind: 'insertHeading', text: missing })]);
    expect(headings.double.syncCount).toBe(2);

    const stamp = setUp(synthetic);
    const refreshed = await refreshDateStamp(stamp.host, '2026-11-24');
    expect(refreshed.applied).toEqual([expect.objectContaining({ kind: 'setDateStamp', text: '24 november 2026' })]);
    expect(stamp.double.syncCount).toBe(2);
    expect(afterOf(stamp.double.snapshot())).toEqual(['24 november 2026']);
  }, 30_000);
});

describe('Word host: headings', () => {
  it('inserts a missing heading directly above 7.2, merged and bold, changing no other cell', async () => {
    const start = seedWithout('INBURGERING');
    const { double, host } = setUp(start);
    double.resetSyncCount();
    const result = await insertHeadings(host);
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'insertHeading', text: 'INBURGERING' })]);
    expect(result.notes).toEqual([]);
    expect(result.before).toEqual(start);
    expect(double.syncCount).toBe(2); // one to read, one to write

    const after = double.snapshot();
    const at = rowStarting(after, '7.2 ');
    expect(rowsOf(after, at.block)[at.row - 1]).toEqual([['INBURGERING']]);
    expect(double.isRowBold(at.block, at.row - 1)).toBe(true);
    expect(double.mergedRows()).toContainEqual([at.block, at.row - 1]);
    // Every other cell is as it was: removing the new row gives back the start, cell by cell.
    const withoutNew = withoutRows(after, at.block, [at.row - 1]);
    expect(allCells(withoutNew)).toEqual(allCells(start));
    expect(withoutNew).toEqual(start);
    // And the document is the seed again.
    expect(after).toEqual(seedDocument);
  });

  it('inserts two headings before the same row in the standard order', async () => {
    const start = seedWithout(MIDDELLANGE);
    const tables = tablesOf(start).map((rows) => rows.filter((row) => row[0]?.join('') !== 'INBURGERING'));
    const doc = withTables(start, tables);
    const { double, host } = setUp(doc);
    const result = await insertHeadings(host);
    expect(result.applied.map((e) => (e.kind === 'insertHeading' ? e.text : ''))).toHaveLength(2);
    const after = double.snapshot();
    const at = rowStarting(after, '7.2 ');
    expect(rowsOf(after, at.block).slice(at.row - 2, at.row)).toEqual([[[MIDDELLANGE]], [['INBURGERING']]]);
    expect(rowsOf(after, at.block)[at.row - 3]?.[0]).toEqual(['Ondersteuningsmaatregelen']);
    expect(double.isRowBold(at.block, at.row - 2) && double.isRowBold(at.block, at.row - 1)).toBe(true);
    expect(withoutRows(after, at.block, [at.row - 1, at.row - 2])).toEqual(doc);
  });

  it('inserts headings in several tables in one write', async () => {
    const start = seedWithout('HUISVESTING');
    const tables = tablesOf(start).map((rows) => rows.filter((row) => !['INBURGERING', 'OPVANG KORTE TERMIJN'].includes(row[0]?.join('') ?? '')));
    const doc = withTables(start, tables);
    const { double, host } = setUp(doc);
    double.resetSyncCount();
    const result = await insertHeadings(host);
    expect(result.applied).toHaveLength(3);
    expect(double.syncCount).toBe(2);
    const after = double.snapshot();
    for (const [heading, measure] of [
      ['HUISVESTING', '4.2.1.'],
      ['OPVANG KORTE TERMIJN', '5.2.1.'],
      ['INBURGERING', '7.2 '],
    ] as const) {
      const at = rowStarting(after, measure);
      expect(rowsOf(after, at.block)[at.row - 1]).toEqual([[heading]]);
    }
    expect(contentOf(after)).toEqual(contentOf(seedDocument));
  });

  it('appends a heading after the last row when its chapter has no measure and none follows', async () => {
    const start = seedCopy();
    const last = tablesOf(start)[3] ?? [];
    const doc = withTables(start, [...tablesOf(start).slice(0, 3), last.slice(0, 1)]);
    const { double, host } = setUp(doc);
    const result = await insertHeadings(host);
    // Blocks: the title, the four tables, the stamp.
    expect(result.applied).toEqual([expect.objectContaining({ block: 4, beforeRow: 1, chapter: 8 })]);
    const after = double.snapshot();
    expect(tablesOf(after)[3]).toEqual([last[0], [[expect.stringMatching(/^ONDERSTEUNING PRT/)]]]);
    expect(double.mergedRows()).toContainEqual([4, 1]);
    expect(tablesOf(after).slice(0, 3)).toEqual(tablesOf(doc).slice(0, 3));
    expect(afterOf(after)).toEqual(afterOf(doc));
  });

  it('applying headings twice changes nothing the second time', async () => {
    const { double, host } = setUp(seedWithout('INBURGERING'));
    await insertHeadings(host);
    const once = double.snapshot();
    double.resetSyncCount();
    const again = await insertHeadings(host);
    expect(again.applied).toEqual([]);
    expect(double.snapshot()).toEqual(once);
    expect(double.syncCount).toBe(1); // read only
  });

  it('without WordApi 1.4 writes the heading in the first cell and says it is not merged', async () => {
    const start = seedWithout('INBURGERING');
    const { double, host } = setUp(start, { requirementSets: { WordApi: '1.3' } });
    const result = await insertHeadings(host);
    expect(result.notes).toEqual(['heading-not-merged']);
    const after = double.snapshot();
    const at = rowStarting(after, '7.2 ');
    expect(rowsOf(after, at.block)[at.row - 1]).toEqual([['INBURGERING'], [''], [''], ['']]);
    expect(double.mergedRows()).not.toContainEqual([at.block, at.row - 1]);
    // Core still sees it as the heading (filled first cell only), so a second run adds nothing.
    const read = readStatusTable(after);
    expect(read.ok && planHeadings(read.table)).toEqual([]);
  });

  it('refuses on a protected document and leaves it as it was', async () => {
    const start = seedWithout('INBURGERING');
    const { double, host } = setUp(start, { protected: true });
    expect(await host.read()).toEqual(start); // reading is allowed
    await hostError(insertHeadings(host), 'protected');
    expect(double.snapshot()).toEqual(start);
  });

  it('refuses when a co-author changed the table between check and fix', async () => {
    const start = seedWithout('INBURGERING');
    const { double, host } = setUp(start);
    const basis = await host.read();
    double.edit((doc) => {
      const target = topTables(doc)[2]?.rows[1];
      if (target) target.cells[2] = cell(['Eind 2021']);
    });
    const edited = double.snapshot();
    await hostError(insertHeadings(host, basis), 'changed');
    expect(double.snapshot()).toEqual(edited);
  });

  it('writes when the document is still as checked', async () => {
    const { double, host } = setUp(seedWithout('INBURGERING'));
    const basis = await host.read();
    await insertHeadings(host, basis);
    expect(double.snapshot()).toEqual(seedDocument);
  });
});

describe('Word host: date stamp', () => {
  it('refreshes the stamp paragraph to the given day, nothing else', async () => {
    const { double, host } = setUp(seedDocument);
    double.resetSyncCount();
    const result = await refreshDateStamp(host, '2026-11-24');
    expect(result.applied).toEqual([expect.objectContaining({ kind: 'setDateStamp', text: '24 november 2026', block: 8 })]);
    expect(double.syncCount).toBe(2); // one to read, one to write
    expect(double.snapshot()).toEqual(around(seedDocument, { after: ['24 november 2026'] }));
  });

  it('keeps the words around the date', async () => {
    const { double, host } = setUp(around(seedCopy(), { after: ['Stand per 19 juni 2021'] }));
    await refreshDateStamp(host, '2026-11-24');
    expect(afterOf(double.snapshot())).toEqual(['Stand per 24 november 2026']);
  });

  it('inserts a missing stamp after the last table in a tagged content control, found again later', async () => {
    const { double, host } = setUp(around(seedCopy(), { after: [] }));
    await refreshDateStamp(host, '2026-11-24');
    expect(double.contentControls()).toEqual([{ tag: STAMP_TAG, title: expect.any(String), text: '24 november 2026' }]);
    const read = await host.read();
    expect(afterOf(read)).toEqual(['24 november 2026']);
    expect(tablesOf(read)).toEqual(tablesOf(seedDocument));

    await refreshDateStamp(host, '2026-12-01');
    expect(double.contentControls()).toEqual([{ tag: STAMP_TAG, title: expect.any(String), text: '1 december 2026' }]);
    expect(afterOf(await host.read())).toEqual(['1 december 2026']);
  });

  it('puts a new stamp directly after the last table, before other paragraphs', async () => {
    const { double, host } = setUp(around(seedCopy(), { after: ['Bijlage volgt.'] }));
    await refreshDateStamp(host, '2026-11-24');
    expect(afterOf(double.snapshot())).toEqual(['24 november 2026', 'Bijlage volgt.']);
  });

  it('refuses on a protected document', async () => {
    const { double, host } = setUp(seedDocument, { protected: true });
    await hostError(refreshDateStamp(host, '2026-11-24'), 'protected');
    expect(double.snapshot()).toEqual(seedDocument);
  });

  it('refuses when a co-author changed the stamp since the check', async () => {
    const { double, host } = setUp(seedDocument);
    const basis = await host.read();
    double.edit((doc) => {
      const last = doc.blocks[doc.blocks.length - 1];
      if (last?.kind === 'paragraph') last.text = '20 juni 2021';
    });
    await hostError(refreshDateStamp(host, '2026-11-24', basis), 'changed');
    expect(afterOf(double.snapshot())).toEqual(['20 juni 2021']);
  });
});

describe('Word host: selection', () => {
  it('selects a cell, a row and a paragraph after the table', async () => {
    const { double, host } = setUp(seedDocument);
    const at = rowStarting(seedDocument, '7.2 ');
    await host.capabilities.select({ ...at, column: 2 });
    expect(double.selection).toEqual({ ...at, column: 2 });
    await host.capabilities.select({ block: 7, row: 1 });
    expect(double.selection).toEqual({ block: 7, row: 1 });
    await host.capabilities.select({ block: 8 });
    expect(double.selection).toEqual({ block: 8 });
  });

  it('reports a location that is not there', async () => {
    const { double, host } = setUp(seedDocument);
    await hostError(host.capabilities.select({ block: 19, row: 0, column: 0 }), 'failed');
    await hostError(host.capabilities.select({ block: 1, row: 99, column: 0 }), 'failed');
    await hostError(host.capabilities.select({ block: 15 }), 'failed');
    expect(double.selection).toBeUndefined();
  });

  it('selects on a protected document (selection is no edit)', async () => {
    const { double, host } = setUp(seedDocument, { protected: true });
    await host.capabilities.select({ block: 1, row: 2, column: 3 });
    expect(double.selection).toEqual({ block: 1, row: 2, column: 3 });
  });
});

describe('Word host: settings and changes', () => {
  const settings = { referenceDate: 'datestamp', knownTrekkers: ['BZK', 'LRT'], disabledRules: ['trekker.unknown'] } as const;

  it('stores settings as JSON under one key, saved in the document', async () => {
    const { double, host } = setUp(seedDocument);
    expect(await host.capabilities.settings.load()).toBeUndefined();
    await host.capabilities.settings.save(settings);
    expect(JSON.parse(double.settings.saved[SETTINGS_KEY] as string)).toEqual(settings);
    expect(await createWordHost(double.environment).capabilities.settings.load()).toEqual(settings);
  });

  it('reads settings stored by another co-author, ignoring garbage', async () => {
    expect(await setUp(seedDocument, { settings: { [SETTINGS_KEY]: JSON.stringify(settings) } }).host.capabilities.settings.load()).toEqual(settings);
    expect(await setUp(seedDocument, { settings: { [SETTINGS_KEY]: '{not json' } }).host.capabilities.settings.load()).toBeUndefined();
    expect(await setUp(seedDocument, { settings: { [SETTINGS_KEY]: '[1,2]' } }).host.capabilities.settings.load()).toBeUndefined();
  });

  it('reports a failed save', async () => {
    const { double, host } = setUp(seedDocument);
    double.settings.failSaves('read-only');
    const error = await hostError(host.capabilities.settings.save(settings), 'failed');
    expect(error.detail).toBe('read-only');
  });

  it('tells of changes until unsubscribed', async () => {
    const { double, host } = setUp(seedWithout('INBURGERING'));
    const calls: string[] = [];
    const stop = await host.capabilities.changes?.(() => calls.push('changed'));
    double.edit(() => undefined);
    await insertHeadings(host);
    expect(calls).toEqual(['changed', 'changed']);
    stop?.();
    double.edit(() => undefined);
    expect(calls).toHaveLength(2);
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
