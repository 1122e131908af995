import { JSDOM } from 'jsdom';
import { insertHeadings } from '../../src/hosts/operations';
import { createWordHost, officeWordEnvironment } from '../../src/hosts/word';
import { clientIn } from '../../src/simulator/client/types';
import { officeClientSource, useClient } from '../../src/simulator/node';
import { createWordSimulator, type WordSimulator } from '../../src/simulator/word';
import { seedDocument, seedWithout } from '../fixtures/seed';

/**
 * "Koppen invoegen" in a Word whose Office.js has `TableRow.merge` (WordApi 1.4 in the reference,
 * https://learn.microsoft.com/javascript/api/word/word.tablerow#word-word-tablerow-merge-member(1)).
 * The client we serve (@microsoft/office-js 1.1.110) lacks it, so this test stands in for a newer
 * one: Microsoft's 1.1.110 file, with `merge` declared the way that file declares its other row
 * methods (a method action named "Merge" returning a TableCell), loaded in a window of its own.
 * The host merges each new heading row through the row `insertRows` returned, never by an index.
 */

const withRowMerge = (): ReturnType<typeof clientIn> => {
  const source = officeClientSource('Word');
  const anchor = 'TableRow.prototype.getNextOrNullObject = function () {';
  if (!source.includes(anchor)) throw new Error('the client no longer declares TableRow.getNextOrNullObject as expected');
  const patched = source.replace(
    anchor,
    'TableRow.prototype.merge = function () { return _createMethodObject(Word.TableCell, this, "Merge", 0, [], false, false, null, 0); };\n        ' + anchor,
  );
  const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', { runScripts: 'outside-only', url: 'https://localhost:3000/taskpane.html' });
  dom.window.eval(patched);
  return clientIn(dom.window as unknown as Record<string, unknown>, 'Word');
};

const openWith = (sim: WordSimulator): ReturnType<typeof createWordHost> => {
  const client = withRowMerge();
  sim.open(client);
  useClient(client);
  return createWordHost(officeWordEnvironment());
};

it('merges each new heading row into one cell spanning the table, in the same write (2 syncs), and says nothing is unmerged', async () => {
  const start = seedWithout('INBURGERING');
  const sim = createWordSimulator(start);
  const host = openWith(sim);
  sim.resetTraffic();
  const result = await insertHeadings(host);
  expect(result.applied).toEqual([expect.objectContaining({ kind: 'insertHeading', text: 'INBURGERING' })]);
  expect(result.notes).toEqual([]);
  expect(sim.syncCount).toBe(2);
  // The document is the seed again, its heading row one merged cell as the seed has it.
  expect(sim.snapshot()).toEqual(seedDocument);
});

it('merges two headings inserted before the same row, each through its own new row', async () => {
  const gone = new Set(['INBURGERING', 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING']);
  const seed = seedWithout('INBURGERING');
  const start = {
    ...seed,
    blocks: seed.blocks.map((block) =>
      block.kind === 'table' ? { ...block, rows: block.rows.filter((row) => !(row.cells.length === 1 && gone.has(row.cells[0]?.paragraphs.join('') ?? ''))) } : block,
    ),
  };
  expect(start).not.toEqual(seed);
  const sim = createWordSimulator(start);
  const host = openWith(sim);
  const result = await insertHeadings(host);
  expect(result.applied).toHaveLength(2);
  expect(result.notes).toEqual([]);
  // Both new rows, one above the other, each one cell across the table's four columns.
  const headingRows = sim
    .snapshot()
    .blocks.flatMap((block) => (block.kind === 'table' ? block.rows.filter((row) => gone.has(row.cells[0]?.paragraphs.join('') ?? '')) : []));
  expect(headingRows.map((row) => row.cells.map((c) => [c.paragraphs.join(''), c.columnSpan ?? 1]))).toEqual([
    [['OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING', 4]],
    [['INBURGERING', 4]],
  ]);
});
