import { simpleTable } from '../../src/core/document';
import { loadOfficeClient } from '../../src/simulator/node';
import {
  boldOf,
  createWordSimulator,
  paragraphsIn,
  run,
  tableNodeFrom,
  type ParagraphNode,
  type WordSimulator,
  type WordSimulatorOptions,
} from '../../src/simulator/word';
import { seedDocument } from '../fixtures/seed';
import { afterOf, beforeOf, tablesOf } from '../fixtures/plain';

/**
 * The simulated Word as Microsoft's client meets it: what it loads, what it writes and when, and
 * where it refuses. What the client itself enforces (a property read before load and sync) is
 * shown here as the client does it; the rest is the simulator's, each on its evidence.
 */

const client = loadOfficeClient('Word');

const open = (options?: WordSimulatorOptions): WordSimulator => {
  const sim = createWordSimulator(seedDocument, options);
  sim.open(client);
  return sim;
};

const codeOf = (error: unknown): unknown => (error as { code?: unknown }).code;

const failure = async (work: () => unknown): Promise<unknown> => {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected a failure');
};

/** The seed's paragraphs in document order with their table depth, worked out from its blocks. */
const seedParagraphs = (): [string, number][] =>
  seedDocument.blocks.flatMap((block): [string, number][] =>
    block.kind === 'paragraph'
      ? [[block.text, 0]]
      : block.rows.flatMap((row) => row.cells.flatMap((c) => (c.paragraphs.length > 0 ? c.paragraphs : ['']).map((text): [string, number] => [text, 1]))),
  );

describe('simulated Word: loading', () => {
  it('leaves PropertyNotLoaded to the client: before load, before the sync, and for what was not loaded', async () => {
    open();
    await Word.run(async (context) => {
      const tables = context.document.body.tables;
      expect(codeOf(await failure(() => tables.items))).toBe('PropertyNotLoaded');
      tables.load('items/rowCount');
      // Queued, not yet synced.
      expect(codeOf(await failure(() => tables.items))).toBe('PropertyNotLoaded');
      await context.sync();
      const first = tables.items[0] as Word.Table;
      expect(first.rowCount).toBe(tablesOf(seedDocument)[0]?.length);
      const notLoaded = await failure(() => first.nestingLevel);
      expect(notLoaded).toMatchObject({ code: 'PropertyNotLoaded', debugInfo: { errorLocation: 'Table.nestingLevel' } });
      expect(codeOf(await failure(() => first.rows.items))).toBe('PropertyNotLoaded');
    });
  });

  it('loads through navigation paths in one sync', async () => {
    const sim = open();
    const result = await Word.run(async (context) => {
      const tables = context.document.body.tables;
      tables.load('items/rows/items/cellCount,items/rows/items/cells/items/body/paragraphs/items/text');
      await context.sync();
      return tables.items.map((t) => t.rows.items.map((r) => [r.cellCount, r.cells.items.map((c) => c.body.paragraphs.items.map((p) => p.text))]));
    });
    expect(sim.syncCount).toBe(1);
    expect(result).toEqual(tablesOf(seedDocument).map((rows) => rows.map((row) => [row.length, row])));
  });

  it('reads the value a property had at the sync, not later', async () => {
    const sim = open();
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const first = paragraphs.items[0] as Word.Paragraph;
      sim.edit((doc) => {
        (doc.body.blocks[0] as ParagraphNode).runs = [run('Nieuwe titel')];
      });
      expect(first.text).toBe(beforeOf(seedDocument)[0]);
      first.load('text');
      await context.sync();
      expect(first.text).toBe('Nieuwe titel');
    });
  });

  it('rejects a load of a property it does not know (no public source on the code Word answers: InvalidArgument)', async () => {
    open();
    await Word.run(async (context) => {
      context.document.body.tables.load('items/noSuchProperty');
      expect(codeOf(await failure(() => context.sync()))).toBe('InvalidArgument');
    });
  });
});

describe('simulated Word: body paragraphs and load paths', () => {
  it('lists every paragraph of the body, those in tables too, with its table depth (WordApi 1.3)', async () => {
    const sim = open();
    const result = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text,items/tableNestingLevel');
      await context.sync();
      return paragraphs.items.map((p): [string, number] => [p.text, p.tableNestingLevel]);
    });
    expect(sim.syncCount).toBe(1);
    expect(result).toEqual(seedParagraphs());
  });

  it("gives a nested table's paragraphs their own depth", async () => {
    const sim = open();
    sim.edit(() => sim.tableAt(1)?.rows[0]?.cells[0]?.blocks.push(tableNodeFrom(simpleTable([[['genest']]]))));
    const levels = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text,items/tableNestingLevel');
      await context.sync();
      return paragraphs.items.filter((p) => p.text === 'genest').map((p) => p.tableNestingLevel);
    });
    expect(levels).toEqual([2]);
  });

  it('leaves the paragraphs in tables out before WordApi 1.3, as the reference says', async () => {
    open({ requirementSets: { WordApi: '1.2' } });
    const result = await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      return paragraphs.items.map((p) => p.text);
    });
    expect(result).toEqual(seedDocument.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])));
  });

  it('loads what a path names; a bare "items" is sent as "*" by the client and loads every property', async () => {
    open();
    await Word.run(async (context) => {
      const bare = context.document.body.paragraphs.load('items');
      const direct = context.document.body.tables.load('rowCount');
      const all = context.document.body.tables.getFirst().load();
      await context.sync();
      expect(bare.items).toHaveLength(seedParagraphs().length);
      expect(bare.items[0]?.text).toBe(beforeOf(seedDocument)[0]);
      expect(direct.items.map((t) => t.rowCount)).toEqual(tablesOf(seedDocument).map((rows) => rows.length));
      expect(codeOf(await failure(() => direct.items[0]?.nestingLevel))).toBe('PropertyNotLoaded');
      expect([all.rowCount, all.nestingLevel]).toEqual([tablesOf(seedDocument)[0]?.length, 1]);
    });
  });

  it('refuses a path below a scalar', async () => {
    open();
    await Word.run(async (context) => {
      context.document.body.paragraphs.load('items/text/length');
      expect(codeOf(await failure(() => context.sync()))).toBe('InvalidArgument');
    });
  });
});

describe('simulated Word: writing', () => {
  it('applies queued writes at sync, not before', async () => {
    const sim = open();
    await Word.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      paragraphs.items[paragraphs.items.length - 1]?.insertText('1 januari 2030', 'Replace');
      expect(afterOf(sim.snapshot())).toEqual(afterOf(seedDocument));
      await context.sync();
      expect(afterOf(sim.snapshot())).toEqual(['1 januari 2030']);
    });
  });

  it('refuses writes on a protected document with AccessDenied, leaving it as it was', async () => {
    const sim = open({ protection: 'AllowOnlyReading' });
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(2, 3).body.paragraphs.getFirst().insertText('X', 'Replace');
      table.insertParagraph('Y', 'After');
      expect(codeOf(await failure(() => context.sync()))).toBe('AccessDenied');
    });
    expect(sim.snapshot()).toEqual(seedDocument);
    sim.setProtection('NoProtection');
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(2, 3).body.paragraphs.getFirst().insertText('X', 'Replace');
      await context.sync();
    });
    expect(tablesOf(sim.snapshot())[0]?.[2]?.[3]).toEqual(['X']);
  });

  it('fails APIs beyond its requirement sets with ApiNotFound, and reports its sets through Office.context', async () => {
    const sim = open({ requirementSets: { WordApi: '1.3' } });
    expect(Office.context.requirements.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(Office.context.requirements.isSetSupported('WordApi', '1.4')).toBe(false);
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getReviewedText('Current');
      expect(codeOf(await failure(() => context.sync()))).toBe('ApiNotFound');
    });
    expect(sim.snapshot()).toEqual(seedDocument);
  });

  it('inserts rows after a template row, keeping every other text, and sets their font', async () => {
    const sim = open();
    await Word.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(2, 0).parentRow.insertRows('Before', 1, [['NIEUW', 'b']]);
      table.getCell(2, 0).body.font.bold = true;
      await context.sync();
    });
    const rows = tablesOf(sim.snapshot())[0] ?? [];
    expect(rows[2]).toEqual([['NIEUW'], ['b'], [''], ['']]);
    expect(rows.slice(3)).toEqual(tablesOf(seedDocument)[0]?.slice(2));
    const bold = (row: number): (boolean | null)[] => sim.tableAt(1)?.rows[row]?.cells.map((c) => boldOf(paragraphsIn(c, false))) ?? [];
    expect(bold(2)[0]).toBe(true);
    expect(bold(3)[0]).toBe(false);
  });

  it('refuses more values than the template row has cells', async () => {
    open();
    await Word.run(async (context) => {
      context.document.body.tables.getFirst().getCell(1, 0).parentRow.insertRows('After', 1, [['a', 'b']]);
      expect(codeOf(await failure(() => context.sync()))).toBe('InvalidArgument');
    });
  });

  it('counts syncs and adds latency to each', async () => {
    const sim = open({ latencyMs: 20 });
    const started = Date.now();
    await Word.run(async (context) => {
      context.document.body.load('text');
      await context.sync();
      context.document.body.paragraphs.getFirst().load('text');
      await context.sync();
    });
    expect(sim.syncCount).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(38);
    sim.resetTraffic();
    expect(sim.syncCount).toBe(0);
  });

  it('finds content controls by tag', async () => {
    const sim = open();
    await Word.run(async (context) => {
      const control = context.document.body.tables.getFirst().insertParagraph('x', 'After').insertContentControl();
      control.tag = 'a';
      await context.sync();
      const found = context.document.body.contentControls.getByTag('a');
      const other = context.document.body.contentControls.getByTag('b');
      found.load('items/text,items/tag');
      other.load('items/text');
      await context.sync();
      expect(found.items.map((c) => [c.tag, c.text])).toEqual([['a', 'x']]);
      expect(other.items).toEqual([]);
    });
    expect(sim.contentControls()).toEqual([{ tag: 'a', title: '', text: 'x' }]);
  });
});
