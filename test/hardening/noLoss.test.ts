import { bottomUp, type CellText, type Edit, type InsertHeadingEdit, type SourceDocument } from '../../src/core';
import type { StatusHost, UpdateResult } from '../../src/hosts/host';
import { insertHeadings, refreshDateStamp } from '../../src/hosts/operations';
import { prng, randomStatusDocument } from '../fixtures/synthetic';
import { afterOf, paragraphText, tableIndexOf, tablesOf } from '../fixtures/plain';
import { openExcel, openWord } from '../support/hosts';

/**
 * No text is ever lost, as a property: on hundreds of random status tables, "Koppen invoegen"
 * and "Datum bijwerken" through each host — on Microsoft's own client over the simulator — leave
 * every cell they were not asked to change exactly as it was, keep the measures in order, and
 * change nothing when applied a second time.
 */

interface Opened {
  readonly host: StatusHost;
  readonly snapshot: () => SourceDocument;
}

const HOSTS: Record<'word' | 'excel', (doc: SourceDocument) => Opened> = {
  word: (doc) => {
    const { sim, host } = openWord(doc);
    return { host, snapshot: () => sim.snapshot() };
  },
  excel: (doc) => {
    const { sim, host } = openExcel(doc);
    return { host, snapshot: () => sim.snapshot() };
  },
};

/** What the tables must look like after the heading edits: the old rows, with the new ones slotted in. */
const expectedTables = (before: SourceDocument, edits: readonly Edit[]): CellText[][][] => {
  const tables = tablesOf(before).map((t) => [...t]);
  const inserts = bottomUp(edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading'));
  for (const edit of inserts) tables[tableIndexOf(before, edit.block)]?.splice(edit.beforeRow, 0, [[edit.text]]);
  return tables;
};

/** The heading texts an update inserted. */
const insertedHeadings = (result: UpdateResult): Set<string> =>
  new Set(result.applied.flatMap((e: Edit) => (e.kind === 'insertHeading' ? [e.text] : [])));

/**
 * An inserted heading row as one cell, however it was written: merged, or (where the host could
 * not merge: the Word client 1.1.110 has no Table.mergeCells) its text in the first cell and the
 * row's other cells empty. Only rows of the headings this update inserted.
 */
const oneCellHeadings = (tables: readonly (readonly CellText[][])[], added: ReadonlySet<string>): CellText[][][] =>
  tables.map((t) =>
    t.map((row) =>
      row.length > 1 && added.has(row[0]?.join('\n') ?? '') && row.slice(1).every((cell) => cell.join('').trim() === '') ? [row[0] as CellText] : row,
    ),
  );

/** Cells as text, so an empty cell read as [] or [''] compares equal: what a reader sees. */
const texts = (tables: readonly (readonly CellText[][])[]): string[][][] =>
  tables.map((t) => t.map((row) => row.map((cell) => cell.join('\n'))));

const measureTitles = (doc: SourceDocument): string[] =>
  tablesOf(doc).flatMap((t) => t.filter((row) => row.length > 1).map((row) => row[0]?.join('\n') ?? ''));

const CASES = 150;
const TODAY = '2026-11-24';

describe.each(Object.keys(HOSTS) as Array<keyof typeof HOSTS>)('no loss through the %s host', (kind) => {
  it(`keeps every untouched cell on ${CASES} random status tables, and a second run changes nothing`, async () => {
    const random = prng(kind === 'word' ? 7 : 11);
    for (let i = 0; i < CASES; i += 1) {
      const original = randomStatusDocument(random);
      const { host, snapshot } = HOSTS[kind](original);
      const start = snapshot();
      const headings = await insertHeadings(host);
      const afterHeadings = snapshot();
      const added = insertedHeadings(headings);
      expect(texts(oneCellHeadings(tablesOf(afterHeadings), added))).toEqual(texts(expectedTables(start, headings.applied)));

      const stamp = await refreshDateStamp(host, TODAY);
      const after = snapshot();
      expect(texts(tablesOf(after))).toEqual(texts(tablesOf(afterHeadings)));
      expect(measureTitles(after).filter((title) => !added.has(title))).toEqual(measureTitles(start));
      expect(afterOf(after)).toContain('24 november 2026');
      // Every paragraph after the table stays, but for the one old stamp that was rewritten.
      const stampEdit = stamp.applied.find((e) => e.kind === 'setDateStamp');
      const oldStamp = stampEdit?.kind === 'setDateStamp' ? paragraphText(stamp.before, stampEdit.block) : undefined;
      const untouched = [...afterOf(afterHeadings)];
      if (oldStamp !== undefined) untouched.splice(untouched.indexOf(oldStamp), 1);
      for (const paragraph of untouched) expect(afterOf(after)).toContain(paragraph);
      expect(afterOf(after)).toHaveLength(untouched.length + 1);

      const again = await insertHeadings(host);
      const againStamp = await refreshDateStamp(host, TODAY);
      expect(again.applied).toEqual([]);
      expect(againStamp.applied).toEqual([]);
      expect(snapshot()).toEqual(after);
    }
  }, 900_000); // Word's cases read the merge outline too (getOoxml); a loaded 2-core machine took over 5 minutes.
});
