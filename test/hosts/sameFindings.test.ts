import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, type SourceDocument } from '../../src/core';
import { createExcelHost } from '../../src/hosts/excel';
import { openDocx } from '../../src/hosts/files/docx';
import { openXlsx } from '../../src/hosts/files/xlsx';
import { runCheck } from '../../src/hosts/operations';
import { createWordHost } from '../../src/hosts/word';
import { seedCopy } from '../fixtures/seed';
import { expectedSeedFindings, findingKeys } from '../fixtures/seedExpectation';
import { createExcelDouble } from '../office/excel';
import { createWordDouble } from '../office/word';

/**
 * One document, one verdict: the seed gives the findings of the shared expectation file whether
 * it is read by the Word host, the Excel host (as a range, as an Excel table, at another origin,
 * with a real date as stamp) or from the .docx/.xlsx files.
 */

const seedFile = (name: string): Uint8Array => new Uint8Array(readFileSync(join(__dirname, '../../seeds', name)));

const READERS: Array<[string, () => Promise<SourceDocument>]> = [
  ['Word', () => createWordHost(createWordDouble(seedCopy()).environment).read()],
  ['Excel, a range from A3', () => createExcelHost(createExcelDouble(seedCopy(), { origin: 'A3' }).environment).read()],
  ['Excel, an Excel table at C5', () => createExcelHost(createExcelDouble(seedCopy(), { origin: 'C5', asListObject: true }).environment).read()],
  ['Excel, the stamp a real date', () => createExcelHost(createExcelDouble(seedCopy(), { stampAsSerial: true }).environment).read()],
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
  const { report } = await runCheck(createWordHost(createWordDouble(seedCopy()).environment), '2021-06-19');
  if (!report.ok) throw new Error(report.reason);
  expect(findingKeys(report.findings)).toEqual(expectedSeedFindings('2021-06-19'));
});
