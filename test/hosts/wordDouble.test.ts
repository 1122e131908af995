import { seedDocument } from '../fixtures/seed';
import { createWordDouble, table, type WordDoubleOptions } from '../office/word';
import { simpleTable } from '../../src/core/document';
import { afterOf, beforeOf, tablesOf } from '../fixtures/plain';

/**
 * The double itself: it must keep Office.js's rules, or the host tests prove nothing. Every call
 * below is typed against the real `Word.*` API, as the host's are.
 */
const withContext = async <T>(batch: (context: Word.RequestContext) => Promise<T>, options?: WordDoubleOptions) => {
  const double = createWordDouble(seedDocument, options);
  const result = await double.environment.run(batch);
  return { double, result };
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

describe('Word double: loading', () => {
  it('throws PropertyNotLoaded for a property not loaded, and before the sync', async () => {
    await withContext(async (context) => {
      const tables = context.document.body.tables;
      expect(codeOf(await failure(() => tables.items))).toBe('PropertyNotLoaded');
      tables.load('items/rowCount');
      // Queued, not yet synced.
      expect(codeOf(await failure(() => tables.items))).toBe('PropertyNotLoaded');
      await context.sync();
      const first = tables.items[0] as Word.Table;
      expect(first.rowCount).toBe(tablesOf(seedDocument)[0]?.length);
      const notLoaded = await failure(() => first.nestingLevel);
      expect(codeOf(notLoaded)).toBe('PropertyNotLoaded');
      expect(notLoaded).toMatchObject({ name: 'RichApi.Error', debugInfo: { code: 'PropertyNotLoaded', errorLocation: 'Table.nestingLevel' } });
      expect(codeOf(await failure(() => first.rows.items))).toBe('PropertyNotLoaded');
    });
  });

  it('loads through navigation paths in one sync', async () => {
    const { double, result } = await withContext(async (context) => {
      const tables = context.document.body.tables;
      tables.load('items/rows/items/cellCount,items/rows/items/cells/items/body/paragraphs/items/text');
      await context.sync();
      return tables.items.map((t) => t.rows.items.map((r) => [r.cellCount, r.cells.items.map((c) => c.body.paragraphs.items.map((p) => p.text))]));
    });
    expect(double.syncCount).toBe(1);
    expect(result).toEqual(tablesOf(seedDocument).map((rows) => rows.map((row) => [row.length, row])));
  });

  it('reads the value a property had at the sync, not later', async () => {
    const double = createWordDouble(seedDocument);
    await double.environment.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      const first = paragraphs.items[0] as Word.Paragraph;
      double.edit((doc) => {
        const p = doc.blocks[0];
        if (p?.kind === 'paragraph') p.text = 'Nieuwe titel';
      });
      expect(first.text).toBe(beforeOf(seedDocument)[0]);
      first.load('text');
      await context.sync();
      expect(first.text).toBe('Nieuwe titel');
    });
  });

  it('rejects a load of a property it does not know', async () => {
    await withContext(async (context) => {
      context.document.body.tables.load('items/noSuchProperty');
      expect(codeOf(await failure(() => context.sync()))).toBe('InvalidArgument');
    });
  });
});

describe('Word double: body paragraphs and load paths', () => {
  /** The seed's paragraphs in document order with their table depth, worked out from its blocks. */
  const seedParagraphs = (): [string, number][] =>
    seedDocument.blocks.flatMap((block): [string, number][] =>
      block.kind === 'paragraph'
        ? [[block.text, 0]]
        : block.rows.flatMap((row) =>
            row.cells.flatMap((c) => (c.paragraphs.length > 0 ? c.paragraphs : ['']).map((text): [string, number] => [text, 1])),
          ),
    );

  it('lists every paragraph of the body, those in tables too, with its table depth (WordApi 1.3)', async () => {
    const { double, result } = await withContext(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text,items/tableNestingLevel');
      await context.sync();
      return paragraphs.items.map((p): [string, number] => [p.text, p.tableNestingLevel]);
    });
    expect(double.syncCount).toBe(1);
    expect(result).toEqual(seedParagraphs());
  });

  it('gives a nested table\'s paragraphs their own depth', async () => {
    const double = createWordDouble(seedDocument);
    double.edit((doc) => {
      const first = doc.blocks.find((b) => b.kind === 'table');
      if (first?.kind === 'table') first.rows[0]?.cells[0]?.blocks.push(table(simpleTable([[['genest']]])));
    });
    const levels = await double.environment.run(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text,items/tableNestingLevel');
      await context.sync();
      return paragraphs.items.filter((p) => p.text === 'genest').map((p) => p.tableNestingLevel);
    });
    expect(levels).toEqual([2]);
  });

  it('leaves the paragraphs in tables out before WordApi 1.3, as Word does', async () => {
    const { result } = await withContext(
      async (context) => {
        const paragraphs = context.document.body.paragraphs.load('items/text');
        await context.sync();
        return paragraphs.items.map((p) => p.text);
      },
      { requirementSets: { WordApi: '1.2' } },
    );
    expect(result).toEqual(seedDocument.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : [])));
  });

  it('loads what a path names and nothing else; a bare "items" loads no property', async () => {
    await withContext(async (context) => {
      const bare = context.document.body.paragraphs.load('items');
      const direct = context.document.body.tables.load('rowCount');
      const all = context.document.body.tables.getFirst().load();
      await context.sync();
      const first = bare.items[0] as Word.Paragraph;
      expect(bare.items).toHaveLength(seedParagraphs().length);
      expect(codeOf(await failure(() => first.text))).toBe('PropertyNotLoaded');
      expect(direct.items.map((t) => t.rowCount)).toEqual(tablesOf(seedDocument).map((rows) => rows.length));
      expect(codeOf(await failure(() => direct.items[0]?.nestingLevel))).toBe('PropertyNotLoaded');
      expect([all.rowCount, all.nestingLevel]).toEqual([tablesOf(seedDocument)[0]?.length, 1]);
    });
  });

  it('keeps one proxy per paragraph across loads, and refuses a path below a scalar', async () => {
    await withContext(async (context) => {
      const paragraphs = context.document.body.paragraphs.load('items/text');
      await context.sync();
      const first = paragraphs.items[0];
      paragraphs.load('items/tableNestingLevel');
      await context.sync();
      expect(paragraphs.items[0]).toBe(first);
      expect(first?.text).toBe(beforeOf(seedDocument)[0]);
      expect(first?.tableNestingLevel).toBe(0);
      paragraphs.load('items/text/length');
      expect(codeOf(await failure(() => context.sync()))).toBe('InvalidArgument');
    });
  });
});

describe('Word double: writing', () => {
  it('applies queued writes at sync, not before', async () => {
    const double = createWordDouble(seedDocument);
    await double.environment.run(async (context) => {
      const paragraphs = context.document.body.paragraphs;
      paragraphs.load('items/text');
      await context.sync();
      paragraphs.items[paragraphs.items.length - 1]?.insertText('1 januari 2030', 'Replace');
      expect(afterOf(double.snapshot())).toEqual(afterOf(seedDocument));
      await context.sync();
      expect(afterOf(double.snapshot())).toEqual(['1 januari 2030']);
    });
  });

  it('refuses a whole batch that writes on a protected document, AccessDenied', async () => {
    const double = createWordDouble(seedDocument, { protected: true });
    await double.environment.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(2, 3).body.paragraphs.getFirst().insertText('X', 'Replace');
      table.insertParagraph('Y', 'After');
      expect(codeOf(await failure(() => context.sync()))).toBe('AccessDenied');
    });
    expect(double.snapshot()).toEqual(seedDocument);
    double.setProtected(false);
    await double.environment.run(async (context) => {
      context.document.body.tables.getFirst().getCell(2, 3).body.paragraphs.getFirst().insertText('X', 'Replace');
      await context.sync();
    });
    expect(tablesOf(double.snapshot())[0]?.[2]?.[3]).toEqual(['X']);
  });

  it('fails APIs beyond its requirement sets with ApiNotFound', async () => {
    const double = createWordDouble(seedDocument, { requirementSets: { WordApi: '1.3' } });
    expect(double.environment.isSetSupported('WordApi', '1.3')).toBe(true);
    expect(double.environment.isSetSupported('WordApi', '1.4')).toBe(false);
    await double.environment.run(async (context) => {
      context.document.body.tables.getFirst().mergeCells(2, 0, 2, 3);
      expect(codeOf(await failure(() => context.sync()))).toBe('ApiNotFound');
    });
    expect(double.snapshot()).toEqual(seedDocument);
  });

  it('inserts rows after a template row and merges them, keeping every text', async () => {
    const double = createWordDouble(seedDocument);
    await double.environment.run(async (context) => {
      const table = context.document.body.tables.getFirst();
      table.getCell(2, 0).parentRow.insertRows('Before', 1, [['NIEUW', 'b']]);
      const merged = table.mergeCells(2, 0, 2, 3);
      merged.body.font.bold = true;
      await context.sync();
    });
    const rows = tablesOf(double.snapshot())[0] ?? [];
    expect(rows[2]).toEqual([['NIEUW', 'b']]);
    expect(rows.slice(3)).toEqual(tablesOf(seedDocument)[0]?.slice(2));
    expect(double.isRowBold(1, 2)).toBe(true);
    expect(double.isRowBold(1, 3)).toBe(false);
  });

  it('refuses more values than the template row has cells', async () => {
    await withContext(async (context) => {
      context.document.body.tables.getFirst().getCell(1, 0).parentRow.insertRows('After', 1, [['a', 'b']]);
      expect(codeOf(await failure(() => context.sync()))).toBe('InvalidArgument');
    });
  });

  it('counts syncs and adds latency to each', async () => {
    const double = createWordDouble(seedDocument, { latencyMs: 20 });
    const started = Date.now();
    await double.environment.run(async (context) => {
      await context.sync();
      await context.sync();
    });
    expect(double.syncCount).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(38);
    double.resetSyncCount();
    expect(double.syncCount).toBe(0);
  });

  it('finds content controls by tag', async () => {
    const double = createWordDouble(seedDocument);
    await double.environment.run(async (context) => {
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
    expect(double.contentControls()).toEqual([{ tag: 'a', title: '', text: 'x' }]);
  });
});
