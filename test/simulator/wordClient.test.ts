import { paragraph, simpleTable, type SourceDocument } from '../../src/core/document';
import { loadOfficeClient } from '../../src/simulator/node';
import { createWordSimulator, paragraphNode, type ParagraphNode, type WordSimulatorOptions } from '../../src/simulator/word';
import { seedDocument } from '../fixtures/seed';

/**
 * The Word simulator as Microsoft's own client sees it: every call below goes through the real
 * `Word.run` of @microsoft/office-js, so what the client refuses (PropertyNotLoaded, a member it
 * lacks) is refused here exactly as in Office.
 */

const client = loadOfficeClient('Word');

const open = (doc: SourceDocument, options?: WordSimulatorOptions) => {
  const sim = createWordSimulator(doc, options);
  sim.open(client);
  return sim;
};

const small: SourceDocument = {
  blocks: [paragraph('Titel'), simpleTable([[['a'], ['b']], [['c', 'd'], ['e']]]), paragraph('19 juni 2021')],
};

const failure = async (promise: Promise<unknown>): Promise<{ code?: string; debugInfo?: { errorLocation?: string }; message?: string }> =>
  promise.then(
    () => {
      throw new Error('expected a failure');
    },
    (error: unknown) => error as { code?: string },
  );

describe('the Word simulator behind the real client', () => {
  it('answers a navigation-path load in one sync, with what the document holds', async () => {
    const sim = open(small);
    const texts = await Word.run(async (context) => {
      const tables = context.document.body.tables.load('items/rows/items/cells/items/body/paragraphs/items/text');
      await context.sync();
      return tables.items.map((t) => t.rows.items.map((r) => r.cells.items.map((c) => c.body.paragraphs.items.map((p) => p.text))));
    });
    expect(texts).toEqual([[[['a'], ['b']], [['c', 'd'], ['e']]]]);
    expect(sim.syncCount).toBe(1);
    expect(sim.traffic.requestBytes).toBeGreaterThan(0);
    expect(sim.traffic.responseBytes).toBeGreaterThanOrEqual(sim.traffic.records[0]?.responseBytes ?? Infinity);
  });

  it('leaves PropertyNotLoaded to the client: a property not loaded cannot be read', async () => {
    open(small);
    const error = await failure(
      Word.run(async (context) => {
        const p = context.document.body.paragraphs.getFirst().load('text');
        await context.sync();
        return p.tableNestingLevel;
      }),
    );
    expect(error.code).toBe('PropertyNotLoaded');
    expect(error.debugInfo?.errorLocation).toBe('Paragraph.tableNestingLevel');
  });

  it('runs a method path once however often the batch refers to it', async () => {
    const sim = open(small);
    await Word.run(async (context) => {
      // The client refers to the new paragraph's path in several actions (and re-instantiates it
      // after keeping a reference); Word inserts it once.
      const made = context.document.body.paragraphs.getLast().insertParagraph('nieuw', 'After');
      made.font.bold = true;
      made.load('text');
      made.insertText('!', 'End');
      await context.sync();
    });
    const texts = sim.snapshot().blocks.map((b) => (b.kind === 'paragraph' ? b.text : 'table'));
    expect(texts).toEqual(['Titel', 'table', '19 juni 2021', 'nieuw!']);
    expect(sim.snapshot().blocks.at(-1)).toEqual(paragraph('nieuw!', 'bold'));
  });

  it('applies writes in action order within one batch', async () => {
    const sim = open(small);
    await Word.run(async (context) => {
      const last = context.document.body.paragraphs.getLast();
      last.insertText('eerst', 'Replace');
      last.insertText(' dan', 'End');
      await context.sync();
    });
    expect(sim.snapshot().blocks.at(-1)).toEqual(paragraph('eerst dan'));
  });

  it('answers an OrNullObject miss with a null object', async () => {
    open(small);
    const isNull = await Word.run(async (context) => {
      const none = context.document.contentControls.getByTag('nergens').getFirstOrNullObject();
      none.load('text');
      await context.sync();
      return none.isNullObject;
    });
    expect(isNull).toBe(true);
  });

  it('fails in Office\'s shape: code, message and errorLocation, actions before the failure applied', async () => {
    const sim = open(small);
    const error = await failure(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText('gewijzigd', 'Replace');
        const table = context.document.body.tables.getFirst();
        table.getCell(9, 0).body.insertParagraph('x', 'End');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ItemNotFound');
    expect(error.debugInfo?.errorLocation).toBe('Table.getCell');
    expect(sim.snapshot().blocks[0]).toEqual(paragraph('gewijzigd'));
  });

  it('refuses every edit of a protected document with AccessDenied, and still reads and selects', async () => {
    const sim = open(small, { protection: 'AllowOnlyReading' });
    const error = await failure(
      Word.run(async (context) => {
        context.document.body.paragraphs.getFirst().insertText('x', 'Replace');
        await context.sync();
      }),
    );
    expect(error.code).toBe('AccessDenied');
    await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().select();
      await context.sync();
    });
    expect(sim.selection()).toEqual({ block: 0 });
    expect(sim.snapshot()).toEqual(small);
  });

  it('keeps text deleted under track changes in Paragraph.text, and gives the accepted text through getReviewedText', async () => {
    const sim = open(small);
    sim.edit((doc) => {
      const stamp = doc.body.blocks.at(-1) as ParagraphNode;
      stamp.runs = [
        { text: '19 juni 2021', revision: { kind: 'deleted', author: 'A' } },
        { text: '1 juli 2021', revision: { kind: 'inserted', author: 'A' } },
      ];
    });
    const [text, current, original] = await Word.run(async (context) => {
      const last = context.document.body.paragraphs.getLast().load('text');
      const reviewed = last.getReviewedText('Current');
      const before = last.getReviewedText('Original');
      await context.sync();
      return [last.text, reviewed.value, before.value];
    });
    expect(text).toBe('19 juni 20211 juli 2021');
    expect(current).toBe('1 juli 2021');
    expect(original).toBe('19 juni 2021');
    expect(sim.snapshot().blocks.at(-1)).toEqual(paragraph('1 juli 2021'));
    expect(sim.snapshot().trackedChanges).toBe(true);
  });

  it('draws list numbers outside Paragraph.text, in listItem.listString', async () => {
    const sim = open(small);
    sim.edit((doc) => {
      doc.body.blocks.splice(1, 0, paragraphNode('Tussenvoorzieningen', { list: { listString: '4.2.1.', level: 2 } }));
    });
    const [text, label, isList] = await Word.run(async (context) => {
      const p = context.document.body.paragraphs.getFirst().getNext();
      p.load('text,isListItem');
      const item = p.listItemOrNullObject.load('listString');
      await context.sync();
      return [p.text, item.listString, p.isListItem];
    });
    expect([text, label, isList]).toEqual(['Tussenvoorzieningen', '4.2.1.', true]);
    expect(sim.snapshot().blocks[1]).toEqual(paragraph('4.2.1. Tussenvoorzieningen'));
  });

  it('adds and lists comments (WordApi 1.4)', async () => {
    const sim = open(small, { author: 'Reviewer' });
    const listed = await Word.run(async (context) => {
      context.document.body.paragraphs.getFirst().getRange().insertComment('Klopt de titel?');
      const all = context.document.body.getComments().load('items/content,items/authorName,items/resolved');
      await context.sync();
      return all.items.map((c) => [c.content, c.authorName, c.resolved]);
    });
    expect(listed).toEqual([['Klopt de titel?', 'Reviewer', false]]);
    expect(sim.document.comments).toHaveLength(1);
  });

  it('counts request and response bytes per sync and adds latency', async () => {
    const sim = open(seedDocument, { latencyMs: 20 });
    const started = Date.now();
    await Word.run(async (context) => {
      context.document.body.paragraphs.load('items/text');
      await context.sync();
    });
    expect(Date.now() - started).toBeGreaterThanOrEqual(18);
    // The client's own clean-up of the objects it kept follows the run; it is no sync of the
    // add-in's, and, as in Office, the run has resolved before it is answered.
    expect(sim.traffic.records.map((r) => r.kind)).toEqual(['sync']);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(sim.traffic.records.map((r) => r.kind)).toEqual(['sync', 'cleanup']);
    const record = sim.traffic.records[0];
    // The seed's text alone is several kilobytes; the request is a few paths and actions.
    expect(record?.responseBytes).toBeGreaterThan(10_000);
    expect(record?.requestBytes).toBeLessThan(2_000);
  });

  it('refuses a response over the payload limit', async () => {
    open(seedDocument, { payloadLimitBytes: 5_000 });
    const error = await failure(
      Word.run(async (context) => {
        context.document.body.paragraphs.load('items/text');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ResponsePayloadSizeLimitExceeded');
  });

  it('refuses a member of a requirement set Word lacks with ApiNotFound, where the batch reaches it', async () => {
    const sim = open(small, { requirementSets: { WordApi: '1.2' } });
    const error = await failure(
      Word.run(async (context) => {
        context.document.body.tables.load('items/rowCount');
        await context.sync();
      }),
    );
    expect(error.code).toBe('ApiNotFound');
    expect(error.debugInfo?.errorLocation).toBe('Body.tables');
    expect(sim.syncCount).toBe(1);
  });

  it('lacks what the pinned client lacks: Table.mergeCells and the paragraph events', () => {
    expect(typeof (Word.Table.prototype as unknown as Record<string, unknown>).mergeCells).toBe('undefined');
    expect('onParagraphChanged' in Word.Document.prototype).toBe(false);
  });
  it('gives the OOXML of a range over whole rows as a table of those rows, with their merges (no public source; see ooxml.ts)', async () => {
    const doc: SourceDocument = {
      blocks: [
        {
          kind: 'table',
          rows: [
            { cells: [{ paragraphs: ['kop'], columnSpan: 2 }] },
            { cells: [{ paragraphs: ['a'] }, { paragraphs: ['b'], rowSpan: 2 }] },
            { cells: [{ paragraphs: ['c', 'd'] }] },
            { cells: [{ paragraphs: ['e'] }, { paragraphs: ['f'] }] },
          ],
        },
      ],
    };
    open(doc);
    const [rows, whole] = await Word.run(async (context) => {
      const paragraphs = context.document.body.tables.getFirst().getRange('Whole').paragraphs.load('text');
      await context.sync();
      // Rows 1 and 2: from "a" (row 1's first paragraph) to row 2's last, the empty paragraph of the cell merged down.
      const items = paragraphs.items;
      const from = items.find((p) => p.text === 'a') as Word.Paragraph;
      const to = items[items.findIndex((p) => p.text === 'd') + 1] as Word.Paragraph;
      const part = from.getRange('Whole').expandTo(to.getRange('Whole')).getOoxml();
      const all = context.document.body.tables.getFirst().getRange('Whole').getOoxml();
      await context.sync();
      return [part.value, all.value];
    });
    expect(rows.match(/<w:tr>/g)).toHaveLength(2);
    expect(rows).toContain('<w:vMerge w:val="restart"/>');
    expect(rows).toContain('<w:vMerge/>');
    expect(rows).not.toContain('kop');
    expect(rows).not.toContain('>e<');
    expect(whole.match(/<w:tr>/g)).toHaveLength(4);
  });
});
