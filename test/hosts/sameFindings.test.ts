import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type SourceDocument } from '../../src/core';
import { allFeatures, DOCX_FIXTURES, FIXTURE_TODAY, type DocxFixture } from '../../scripts/docx-fixtures/features';
import { openDocx } from '../../src/hosts/files/docx';
import { openXlsx } from '../../src/hosts/files/xlsx';
import { seedCopy } from '../fixtures/seed';
import { expectedSeedFindings, findingKeys } from '../fixtures/seedExpectation';
import { openExcel, openWord } from '../support/hosts';
import { findingsOf } from './files/docxExpect';
import { openLibreOffice, type LibreOffice } from './files/docxLibreOffice';
import { describeWith } from '../prerequisite';
import { checkedReport } from '../support/check';

/**
 * One document, one verdict: the seed gives the findings of the shared expectation file whether
 * it is read by the Word host, the Excel host (as a range, as an Excel table, at another origin,
 * with a real date as stamp) or from the .docx/.xlsx files. Word and Excel run on Microsoft's own
 * clients over the simulator (Word in this test's realm, Excel in a jsdom window of its own).
 */

const seedFile = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../../seeds', name)));

const READERS: Array<[string, () => Promise<SourceDocument>]> = [
  ['Word', () => openWord(seedCopy()).host.read()],
  ['Excel, a range from A3', () => openExcel(seedCopy(), { origin: 'A3' }).host.read()],
  ['Excel, an Excel table at C5', () => openExcel(seedCopy(), { origin: 'C5', asListObject: true }).host.read()],
  ['Excel, the stamp a real date', () => openExcel(seedCopy(), { stampAsSerial: true }).host.read()],
  ['the .docx file', async () => (await openDocx(seedFile('stand-van-zaken.docx'))).doc],
  ['the .xlsx file', async () => (await openXlsx(seedFile('stand-van-zaken.xlsx'))).doc],
];

describe.each(READERS)('the seed read by %s', (_name, read) => {
  it.each(['2021-06-19', '2026-11-24'] as const)('gives the shared expected findings as of %s', async (today) => {
    const report = checkDocument(await read(), { today });
    if (!report.ok) throw new Error(report.reason);
    expect(findingKeys(report.findings)).toEqual(expectedSeedFindings(today));
  });
});

it('gives the same through the operations the pane uses', async () => {
  const report = await checkedReport(openWord(seedCopy()).host, '2021-06-19');
  expect(findingKeys(report.findings)).toEqual(expectedSeedFindings('2021-06-19'));
});

/**
 * Issue 12, "the table as people see it": every feature fixture (scripts/docx-fixtures), read
 * by every reader that can hold it, gives the findings of the document as a careful reader writes
 * it down from the page (`fixture.seen`). A table of fixtures × readers: a new reader (the Word
 * and Excel simulators, the .xlsx reader) is one more entry in `featureReaders`, saying which
 * fixtures it has a document for and how it reads one.
 */
interface FeatureReader {
  readonly name: string;
  /** Whether this reader has the fixture in its own form. */
  readonly holds: (fixture: DocxFixture) => boolean;
  readonly read: (fixture: DocxFixture) => Promise<SourceDocument>;
}

const FEATURES = [...DOCX_FIXTURES, allFeatures];

const featureReaders = (resaved: () => ReadonlyMap<string, Uint8Array>): FeatureReader[] => [
  {
    name: 'the .docx reader, on the file as its script writes it',
    holds: () => true,
    read: async (fixture) => (await openDocx(await fixture.build())).doc,
  },
  {
    name: 'the .docx reader, on LibreOffice’s re-save of it',
    holds: () => true,
    read: async (fixture) => {
      const bytes = resaved().get(fixture.id);
      if (!bytes) throw new Error(`LibreOffice did not re-save ${fixture.id}`);
      return (await openDocx(bytes)).doc;
    },
  },
  // The Word host on Microsoft's client, over a simulated Word document holding what the .docx
  // reader read, shaped as Word's API reports it (cells merged down as a first and continuing
  // cells, merged across as one, heading paragraphs bold or in Heading 1): the shapes the .docx
  // reader folds into text (list numbers, line breaks, tracked deletions) are shown as Word
  // reports them in test/hosts/word-features.test.ts.
  {
    name: 'the Word host, on the document as the .docx reader reads it',
    holds: () => true,
    read: async (fixture) => openWord((await openDocx(await fixture.build())).doc).host.read(),
  },
  {
    name: 'the Word host, on LibreOffice’s re-save of it',
    holds: () => true,
    read: async (fixture) => {
      const bytes = resaved().get(fixture.id);
      if (!bytes) throw new Error(`LibreOffice did not re-save ${fixture.id}`);
      return openWord((await openDocx(bytes)).doc).host.read();
    },
  },
];

/**
 * Where LibreOffice's re-save cannot say what the file said, the document it holds is another
 * one; these are the fixtures it changes (listed, so that no new difference passes unnoticed):
 * - all-features: a content control showing its placeholder text ("Klik of tik om tekst in te
 *   voeren.") comes back as a FILLIN field whose result is that text, so the trekker of 4.2.4
 *   reads as that sentence (an unknown trekker) instead of empty (a missing one).
 */
const LIBREOFFICE_SEES: Readonly<Record<string, (seen: SourceDocument) => SourceDocument>> = {
  'all-features': (seen) => ({
    ...seen,
    blocks: seen.blocks.map((block) =>
      block.kind !== 'table'
        ? block
        : {
            ...block,
            rows: block.rows.map((row) =>
              row.cells[0]?.paragraphs[0]?.startsWith('4.2.4.')
                ? { ...row, cells: row.cells.map((cell, i) => (i === 3 ? { ...cell, paragraphs: ['Klik of tik om tekst in te voeren.'] } : cell)) }
                : row,
            ),
          },
    ),
  }),
};

describeWith('libreoffice', 'issue 12: each feature read by each reader gives the findings of the document as seen', (soffice) => {
  let office: LibreOffice | undefined;
  let resaved = new Map<string, Uint8Array>();
  beforeAll(async () => {
    office = openLibreOffice(soffice);
    const made = new Map<string, Uint8Array>();
    for (const fixture of FEATURES) made.set(fixture.id, await fixture.build());
    resaved = office.resave(made);
  }, 300_000);
  afterAll(() => office?.close());

  const readers = featureReaders(() => resaved);
  describe.each(FEATURES.map((fixture) => [fixture.id, fixture] as const))('%s', (_id, fixture) => {
    const rows = readers.filter((reader) => reader.holds(fixture)).map((reader) => [reader.name, reader] as const);
    it.each(rows)('read by %s', async (name, reader) => {
      const doc = await reader.read(fixture);
      const change = name.includes('LibreOffice') ? LIBREOFFICE_SEES[fixture.id] : undefined;
      const seen = change ? change(fixture.seen) : fixture.seen;
      expect(findingsOf(doc, FIXTURE_TODAY)).toEqual(findingsOf(seen, FIXTURE_TODAY));
      // The simulated Word documents above hold no revisions (what the .docx reader read has them
      // accepted already); word-features.test.ts shows Word's tracked text and the flag.
      if (!name.startsWith('the Word host')) expect(doc.trackedChanges === true).toBe(fixture.seen.trackedChanges === true);
    });
  });
});
