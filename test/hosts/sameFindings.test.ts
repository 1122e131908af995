import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type SourceDocument } from '../../src/core';
import { openDocx } from '../../src/hosts/files/docx';
import { openXlsx } from '../../src/hosts/files/xlsx';
import { runCheck } from '../../src/hosts/operations';
import { seedCopy } from '../fixtures/seed';
import { expectedSeedFindings, findingKeys } from '../fixtures/seedExpectation';
import { openExcel, openWord } from '../support/hosts';

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
  const { report } = await runCheck(openWord(seedCopy()).host, '2021-06-19');
  if (!report.ok) throw new Error(report.reason);
  expect(findingKeys(report.findings)).toEqual(expectedSeedFindings('2021-06-19'));
});
