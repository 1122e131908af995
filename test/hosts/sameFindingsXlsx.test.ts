import type { SourceDocument } from '../../src/core';
import { allFeatures, FIXTURE_TODAY, twoTables, twoTablesMaySeen, TWO_TABLE_SHEETS, XLSX_FIXTURES, type XlsxFixture } from '../../scripts/xlsx-feature-fixtures';
import { openXlsx } from '../../src/hosts/files/xlsx';
import { readExcelFile } from '../support/excelWorkbook';
import { findingsOf, tableAsRead } from './files/docxExpect';
import { openLibreOffice, type LibreOffice } from './files/docxLibreOffice';
import { describeWith } from '../prerequisite';

/**
 * Issue 12 for workbooks, the counterpart of sameFindings.test.ts's table for Word documents:
 * every workbook feature fixture (scripts/xlsx-feature-fixtures.ts), read by every reader, gives
 * the findings of the workbook as a careful reader writes it down from the screen
 * (`fixture.seen`), and reads the same table (measures' texts, headings and their form, the
 * stamp). A table of fixtures × readers: a new reader is one more entry in `featureReaders`.
 */
interface FeatureReader {
  readonly name: string;
  readonly read: (fixture: XlsxFixture) => Promise<SourceDocument>;
}

const FEATURES = [...XLSX_FIXTURES, allFeatures];

const featureReaders = (made: () => ReadonlyMap<string, Uint8Array>, resaved: () => ReadonlyMap<string, Uint8Array>): FeatureReader[] => {
  const bytesOf = (files: () => ReadonlyMap<string, Uint8Array>, fixture: XlsxFixture): Uint8Array => {
    const bytes = files().get(fixture.id);
    if (!bytes) throw new Error(`no file for ${fixture.id}`);
    return bytes;
  };
  return [
    {
      name: 'the .xlsx reader, on the file as exceljs writes it',
      read: async (fixture) => (await openXlsx(bytesOf(made, fixture))).doc,
    },
    {
      name: 'the .xlsx reader, on LibreOffice’s re-save of it',
      read: async (fixture) => (await openXlsx(bytesOf(resaved, fixture))).doc,
    },
    // The Excel host on Microsoft's client, over a simulated workbook holding the file as
    // Excel's API reports it (test/support/excelWorkbook.ts: values, number formats, merged
    // areas, Excel tables, every sheet), on the sheet the pane's picker offers first.
    {
      name: 'the Excel host, on the workbook as Excel reports it',
      read: (fixture) => readExcelFile(bytesOf(made, fixture)),
    },
    {
      name: 'the Excel host, on LibreOffice’s re-save of it',
      read: (fixture) => readExcelFile(bytesOf(resaved, fixture)),
    },
  ];
};

/**
 * Where LibreOffice's re-save changes what a workbook says, the document it holds is another
 * one; these are the fixtures it changes (listed, so that no new difference passes unnoticed).
 * None so far: LibreOffice keeps the text of every cell (line breaks, tabs, non-breaking spaces,
 * soft hyphens and zero-width characters), the merged areas, the Excel table and the sheets'
 * order, and writes a date as the same serial (its format code with the spaces escaped,
 * "d\ mmmm\ yyyy", which Excel reads as "d mmmm yyyy").
 */
const LIBREOFFICE_SEES: Readonly<Record<string, (seen: SourceDocument) => SourceDocument>> = {};

describeWith('libreoffice', 'issue 12: each workbook feature read by each reader gives the findings of the workbook as seen', (soffice) => {
  let office: LibreOffice | undefined;
  const made = new Map<string, Uint8Array>();
  let resaved = new Map<string, Uint8Array>();
  beforeAll(async () => {
    office = openLibreOffice(soffice);
    for (const fixture of FEATURES) made.set(fixture.id, await fixture.build());
    resaved = office.resave(made, 'xlsx');
  }, 300_000);
  afterAll(() => office?.close());

  const readers = featureReaders(
    () => made,
    () => resaved,
  );
  describe.each(FEATURES.map((fixture) => [fixture.id, fixture] as const))('%s', (_id, fixture) => {
    it.each(readers.map((reader) => [reader.name, reader] as const))('read by %s', async (name, reader) => {
      const doc = await reader.read(fixture);
      const change = name.includes('LibreOffice') ? LIBREOFFICE_SEES[fixture.id] : undefined;
      const seen = change ? change(fixture.seen) : fixture.seen;
      expect(findingsOf(doc, FIXTURE_TODAY)).toEqual(findingsOf(seen, FIXTURE_TODAY));
      expect(tableAsRead(doc)).toEqual(tableAsRead(seen));
    });
  });

  it.each([
    ['the .xlsx reader', async (bytes: Uint8Array) => (await openXlsx(bytes)).doc],
    ['the Excel host', (bytes: Uint8Array) => readExcelFile(bytes, TWO_TABLE_SHEETS[1])],
  ] as const)('the second of two candidate sheets, named, is read as seen by %s', async (name, read) => {
    const bytes = made.get(twoTables.id) as Uint8Array;
    // The .xlsx reader on its own reads the first sheet with a table; naming the other is the CLI's --sheet (test/cli).
    if (name === 'the .xlsx reader') {
      expect(findingsOf(await read(bytes), FIXTURE_TODAY)).toEqual(findingsOf(twoTables.seen, FIXTURE_TODAY));
      return;
    }
    expect(findingsOf(await read(bytes), FIXTURE_TODAY)).toEqual(findingsOf(twoTablesMaySeen, FIXTURE_TODAY));
  });
});
