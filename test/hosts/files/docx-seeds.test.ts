import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { strFromU8, unzipSync } from 'fflate';
import { buildSeedDocx, buildSeedXlsx } from '../../../scripts/seed-files';
import { openDocx } from '../../../src/hosts/files/docx';
import { asDocxReads } from './docxExpect';
import { seedDocument } from '../../fixtures/seed';
import { beforeOf, tablesOf } from '../../fixtures/plain';

const SEEDS = join(__dirname, '..', '..', '..', 'seeds');

/** Builds with the clock set to `now` (only Date is faked: the libraries' promises still run). */
const buildAt = async (now: string): Promise<{ docx: Uint8Array; xlsx: Uint8Array }> => {
  jest.useFakeTimers({
    now: new Date(now),
    doNotFake: [
      'hrtime', 'nextTick', 'performance', 'queueMicrotask', 'requestAnimationFrame', 'cancelAnimationFrame',
      'requestIdleCallback', 'cancelIdleCallback', 'setImmediate', 'clearImmediate', 'setInterval', 'clearInterval',
      'setTimeout', 'clearTimeout',
    ],
  });
  try {
    expect(new Date().toISOString()).toBe(new Date(now).toISOString());
    return { docx: await buildSeedDocx(seedDocument), xlsx: await buildSeedXlsx(seedDocument) };
  } finally {
    jest.useRealTimers();
  }
};

describe('seed files', () => {
  it('build byte for byte the same whenever they are built', async () => {
    const first = await buildAt('2020-01-01T03:04:05Z');
    const second = await buildAt('2031-12-31T23:59:58Z');
    expect(Buffer.from(second.docx).equals(Buffer.from(first.docx))).toBe(true);
    expect(Buffer.from(second.xlsx).equals(Buffer.from(first.xlsx))).toBe(true);
    const core = strFromU8(unzipSync(first.docx)['docProps/core.xml'] as Uint8Array);
    expect(core).toContain('>2021-06-19T00:00:00Z</dcterms:created>');
    expect(core).toContain('>2021-06-19T00:00:00Z</dcterms:modified>');
  });

  it('are committed as a fresh build makes them (run `npm run seeds` after changing the JSON)', async () => {
    const committedDocx = readFileSync(join(SEEDS, 'stand-van-zaken.docx'));
    const committedXlsx = readFileSync(join(SEEDS, 'stand-van-zaken.xlsx'));
    expect(committedDocx.equals(Buffer.from(await buildSeedDocx(seedDocument)))).toBe(true);
    expect(committedXlsx.equals(Buffer.from(await buildSeedXlsx(seedDocument)))).toBe(true);
  });

  it('the committed .docx reads as the structured seed', async () => {
    const file = await openDocx(new Uint8Array(readFileSync(join(SEEDS, 'stand-van-zaken.docx'))));
    expect(file.doc).toEqual(asDocxReads(seedDocument));
  });

  it('the .xlsx has the title in A1, the table from A3 (headings merged and bold), and the stamp below', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(join(SEEDS, 'stand-van-zaken.xlsx')) as unknown as ArrayBuffer);
    expect(workbook.created.toISOString()).toBe('2021-06-19T00:00:00.000Z');
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.getCell('A1').value).toBe(beforeOf(seedDocument)?.[0]);
    expect(sheet.getCell('A2').value).toBeNull();

    const rows = tablesOf(seedDocument).flat();
    rows.forEach((row, index) => {
      const r = 3 + index;
      if (row.length === 1) {
        const cell = sheet.getCell(r, 1);
        expect(cell.value).toBe(row[0]?.join('\n'));
        expect(cell.font?.bold).toBe(true);
        expect(sheet.getCell(r, 4).isMerged).toBe(true);
        expect(sheet.getCell(r, 4).master.address).toBe(`A${r}`);
      } else {
        row.forEach((texts, c) => {
          const cell = sheet.getCell(r, c + 1);
          expect(cell.value ?? '').toBe(texts.join('\n'));
          expect(cell.isMerged).toBe(false);
          if (texts.length > 1) expect(cell.alignment?.wrapText).toBe(true);
        });
      }
    });
    const last = 3 + rows.length;
    expect(sheet.getCell(last, 1).value).toBeNull();
    expect(sheet.getCell(last + 1, 1).value).toBe('19 juni 2021');
    // Several paragraphs in one cell: lines of one wrapped cell.
    expect(String(sheet.getCell(5, 2).value).split('\n')).toHaveLength(3);
  });
});
