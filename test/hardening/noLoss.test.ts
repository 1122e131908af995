import { bottomUp, type CellText, type Edit, type InsertHeadingEdit, type SourceDocument } from '../../src/core';
import { createExcelHost } from '../../src/hosts/excel';
import type { StatusHost } from '../../src/hosts/host';
import { insertHeadings, refreshDateStamp } from '../../src/hosts/operations';
import { createWordHost } from '../../src/hosts/word';
import { createExcelDouble } from '../office/excel';
import { createWordDouble } from '../office/word';
import { prng, randomStatusDocument } from '../fixtures/synthetic';
import { afterOf, paragraphText, tableIndexOf, tablesOf } from '../fixtures/plain';

/**
 * No text is ever lost, as a property: on hundreds of random status tables, "Koppen invoegen"
 * and "Datum bijwerken" through each host double leave every cell they were not asked to change
 * exactly as it was, keep the measures in order, and change nothing when applied a second time.
 */

interface Opened {
  readonly host: StatusHost;
  readonly snapshot: () => SourceDocument;
}

const HOSTS: Record<'word' | 'excel', (doc: SourceDocument) => Opened> = {
  word: (doc) => {
    const double = createWordDouble(doc);
    return { host: createWordHost(double.environment), snapshot: () => double.snapshot() };
  },
  excel: (doc) => {
    const double = createExcelDouble(doc);
    return { host: createExcelHost(double.environment), snapshot: () => double.snapshot() };
  },
};

/** What the tables must look like after the heading edits: the old rows, with the new ones slotted in. */
const expectedTables = (before: SourceDocument, edits: readonly Edit[]): CellText[][][] => {
  const tables = tablesOf(before).map((t) => [...t]);
  const inserts = bottomUp(edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading'));
  for (const edit of inserts) tables[tableIndexOf(before, edit.block)]?.splice(edit.beforeRow, 0, [[edit.text]]);
  return tables;
};

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
      expect(texts(tablesOf(afterHeadings))).toEqual(texts(expectedTables(start, headings.applied)));

      const stamp = await refreshDateStamp(host, TODAY);
      const after = snapshot();
      expect(texts(tablesOf(after))).toEqual(texts(tablesOf(afterHeadings)));
      expect(measureTitles(after)).toEqual(measureTitles(start));
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
  }, 120_000);
});
