import ExcelJS from 'exceljs';
import { readFileSync } from 'fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import {
  checkDocument,
  planDateStamp,
  planHeadings,
  readStatusTable,
  type SourceDocument,
} from '../../../src/core';
import { REASONS } from '../../../src/cli/messages';
import { FileError } from '../../../src/hosts/files/errors';
import { MAX_FILE_BYTES } from '../../../src/hosts/files/types';
import { openXlsx } from '../../../src/hosts/files/xlsx';
import { seedDocument, seedWithout } from '../../fixtures/seed';
import { expectedSeedFindings, findingKeys } from '../../fixtures/seedExpectation';
import { buildWorkbook, cellValues, loadWorkbook } from './xlsxSeed';
import { afterOf, around, beforeOf, contentOf, plainDocument, tablesOf } from '../../fixtures/plain';

const SEED_XLSX = 'seeds/stand-van-zaken.xlsx';

/** Where buildWorkbook puts the first paragraph after the table: title, empty row, the tables, empty row. */
const stampRow = (doc: SourceDocument): number =>
  (beforeOf(doc)?.length ?? 0) + 1 + tablesOf(doc).reduce((n, t) => n + t.length, 0) + 2;
const SEED_STAMP = stampRow(seedDocument);

const statusTable = (doc: SourceDocument) => {
  const read = readStatusTable(doc);
  if (!read.ok) throw new Error(read.reason);
  return read.table;
};

const fileError = async (bytes: Uint8Array): Promise<FileError> => {
  try {
    await openXlsx(bytes);
  } catch (error) {
    if (error instanceof FileError) return error;
    throw error;
  }
  throw new Error('opened without complaint');
};

describe('openXlsx reads the status table', () => {
  it('reads the seed workbook (seeds/stand-van-zaken.xlsx) as the seed document', async () => {
    const file = await openXlsx(readFileSync(SEED_XLSX));
    expect(contentOf(file.doc)).toEqual(contentOf(seedDocument));
  });

  it.each([
    ['a real date cell as stamp', { dateStamp: true }],
    ['empty rows between the repeated headers', { gapBetweenTables: 2 }],
    ['the table from column C, after a sheet without a table', { firstCol: 3, emptySheetFirst: 'Notities' }],
    ['rich text cells and borders', { richText: true, borders: true }],
  ])('reads %s the same', async (_name, options) => {
    const file = await openXlsx(await buildWorkbook(seedDocument, options));
    expect(contentOf(file.doc)).toEqual(contentOf(seedDocument));
  });

  it('reads shared strings (the seed has them) and inline strings alike', async () => {
    const seed = readFileSync(SEED_XLSX);
    const parts = unzipSync(seed);
    expect(Object.keys(parts)).toContain('xl/sharedStrings.xml');
    expect(new TextDecoder().decode(parts['xl/worksheets/sheet1.xml'])).toContain('t="s"');
    // The same sheet with every shared string written inline, as some other tools write them.
    const decode = (name: string) => new TextDecoder().decode(parts[name]);
    const shared = [...decode('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1] ?? '');
    const sheet = decode('xl/worksheets/sheet1.xml').replace(
      /<c ([^>]*?)t="s"([^>]*)><v>(\d+)<\/v><\/c>/g,
      (_all, a: string, b: string, i: string) => `<c ${a}t="inlineStr"${b}><is>${shared[Number(i)] ?? ''}</is></c>`,
    );
    expect(sheet).not.toContain('t="s"');
    expect(sheet).toContain('t="inlineStr"');
    const inline = zipSync({ ...parts, 'xl/worksheets/sheet1.xml': strToU8(sheet) });
    expect(contentOf((await openXlsx(inline)).doc)).toEqual(contentOf(seedDocument));
  });

  it('formats a date cell as a Dutch long date', async () => {
    const file = await openXlsx(await buildWorkbook(seedDocument, { dateStamp: true }));
    const workbook = await loadWorkbook(await buildWorkbook(seedDocument, { dateStamp: true }));
    const stamp = workbook.getWorksheet('Stand van zaken')?.getCell(SEED_STAMP, 1).value;
    expect(stamp).toBeInstanceOf(Date);
    expect(afterOf(file.doc)).toEqual(['19 juni 2021']);
  });

  it('gives the seed findings of issue 2 on both dates', async () => {
    const file = await openXlsx(await buildWorkbook(seedDocument, { dateStamp: true, borders: true }));
    for (const today of ['2021-06-19', '2026-11-24'] as const) {
      const report = checkDocument(file.doc, { today });
      if (!report.ok) throw new Error(report.reason);
      expect(findingKeys(report.findings)).toEqual(expectedSeedFindings(today));
    }
  });

  it('names the sheet cell of a location', async () => {
    const file = await openXlsx(await buildWorkbook(seedDocument, { firstCol: 2 }));
    // Table 2 row 1 is measure 4.2.5 (the header is row 0); its planning is cell 2.
    expect(tablesOf(file.doc)[1]?.[1]?.[0]).toEqual(['4.2.5 Werkgroep Procesverbetering']);
    const headerRow = 3 + tablesOf(seedDocument)[0]!.length; // title, blank, table 1
    expect(file.address({ block: 2, row: 1, column: 2 })).toBe(`'Stand van zaken'!D${headerRow + 1}`);
    expect(file.address({ block: 5 })).toBe(`'Stand van zaken'!B${SEED_STAMP}`);
  });
});

describe('apply: heading rows', () => {
  it('inserts INBURGERING above 7.2 and leaves every other cell as it was', async () => {
    const before = await buildWorkbook(seedWithout('INBURGERING'), { dateStamp: true, borders: true });
    const file = await openXlsx(before);
    const edits = planHeadings(statusTable(file.doc));
    expect(edits.map((e) => e.text)).toEqual(['INBURGERING']);
    const after = await file.apply(edits);

    const fixed = await openXlsx(after);
    expect(contentOf(fixed.doc)).toEqual(contentOf(seedDocument));
    const report = checkDocument(fixed.doc, { today: '2021-06-19' });
    if (!report.ok) throw new Error(report.reason);
    expect(report.findings.filter((f) => f.rule === 'heading.missing')).toEqual([]);

    // The new row sits right above 7.2 on the sheet, merged A:D, styled as the other headings.
    const sheet = (await loadWorkbook(after)).getWorksheet('Stand van zaken')!;
    let row72 = 0;
    sheet.eachRow((row, n) => {
      if (String(row.getCell(1).value).startsWith('7.2 ')) row72 = n;
    });
    const heading = sheet.getCell(row72 - 1, 1);
    expect(heading.value).toBe('INBURGERING');
    expect(sheet.getCell(row72 - 1, 4).isMerged && sheet.getCell(row72 - 1, 4).master.address).toBe(heading.address);
    expect(heading.font?.bold).toBe(true);
    expect(heading.font?.color).toEqual({ argb: 'FF1F4E79' });
    expect(sheet.getCell(row72 - 1, 4).border?.right).toEqual({ style: 'thin' });
    expect(sheet.getRow(row72 - 1).height).toBe(22);

    // Every other cell: same value, one row lower from the inserted row on.
    const old = await cellValues(before);
    const now = await cellValues(after);
    const shifted = new Map<string, unknown>();
    old.forEach((value, key) => {
      const [, sheetName, col, row] = /^(.*)!([A-Z]+)(\d+)$/.exec(key)!;
      const n = Number(row);
      shifted.set(`${sheetName}!${col}${n >= row72 - 1 ? n + 1 : n}`, value);
    });
    shifted.set(`Stand van zaken!A${row72 - 1}`, 'INBURGERING');
    expect(now).toEqual(shifted);
  });

  it('inserts every heading of a table without any, in order, and the file reopens', async () => {
    const bare: SourceDocument = plainDocument({
      before: beforeOf(seedDocument),
      tables: tablesOf(seedDocument).map((t) => t.filter((row) => row.length !== 1)),
      after: afterOf(seedDocument),
    });
    const file = await openXlsx(await buildWorkbook(bare, { gapBetweenTables: 1 }));
    const edits = planHeadings(statusTable(file.doc));
    expect(edits.length).toBeGreaterThanOrEqual(5);
    const fixed = await openXlsx(await file.apply(edits));
    const report = checkDocument(fixed.doc, { today: '2021-06-19' });
    if (!report.ok) throw new Error(report.reason);
    expect(report.findings.filter((f) => f.rule.startsWith('heading.'))).toEqual([]);
    expect(report.stats.headings).toBe(edits.length);
    // New headings are bold (no heading row to copy) and merged across the width: one cell.
    const headings = tablesOf(fixed.doc).flatMap((t) => t.filter((row) => row.length === 1));
    expect(headings).toHaveLength(edits.length);
  });

  it('starts every apply from the file as opened', async () => {
    const file = await openXlsx(await buildWorkbook(seedWithout('HUISVESTING')));
    const edits = planHeadings(statusTable(file.doc));
    const once = await openXlsx(await file.apply(edits));
    const twice = await openXlsx(await file.apply(edits));
    expect(twice.doc).toEqual(once.doc);
    expect(contentOf(once.doc)).toEqual(contentOf(seedDocument));
  });
});

describe('apply: date stamp', () => {
  it('keeps a date cell a date', async () => {
    const file = await openXlsx(await buildWorkbook(seedDocument, { dateStamp: true }));
    const out = await file.apply(planDateStamp(statusTable(file.doc), '2026-11-24'));
    const cell = (await loadWorkbook(out)).getWorksheet('Stand van zaken')!.getCell(SEED_STAMP, 1);
    expect(cell.value).toEqual(new Date(Date.UTC(2026, 10, 24)));
    expect(cell.numFmt).toBe('d mmmm yyyy');
    expect(afterOf((await openXlsx(out)).doc)).toEqual(['24 november 2026']);
  });

  it('rewrites a text stamp as text, keeping words around the date', async () => {
    const doc = around(seedDocument, { after: ['Toelichting', 'Stand per 19 juni 2021'] });
    const file = await openXlsx(await buildWorkbook(doc));
    const out = await file.apply(planDateStamp(statusTable(file.doc), '2026-11-24'));
    expect(afterOf((await openXlsx(out)).doc)).toEqual(['Toelichting', 'Stand per 24 november 2026']);
    expect((await loadWorkbook(out)).getWorksheet('Stand van zaken')!.getCell(SEED_STAMP + 1, 1).value).toBe(
      'Stand per 24 november 2026',
    );
  });

  it('adds a date cell below the table when there is no stamp', async () => {
    const file = await openXlsx(await buildWorkbook(around(seedDocument, { after: [] })));
    const edits = planDateStamp(statusTable(file.doc), '2026-11-24');
    const out = await file.apply(edits);
    const reread = await openXlsx(out);
    expect(afterOf(reread.doc)).toEqual(['24 november 2026']);
    expect(tablesOf(reread.doc)).toEqual(tablesOf(seedDocument));
  });

  it('does headings and stamp together', async () => {
    const file = await openXlsx(await buildWorkbook(seedWithout('INBURGERING'), { dateStamp: true }));
    const table = statusTable(file.doc);
    const out = await file.apply([...planHeadings(table), ...planDateStamp(table, '2026-11-24')]);
    const reread = await openXlsx(out);
    expect(contentOf(reread.doc)).toEqual(contentOf(around(seedDocument, { after: ['24 november 2026'] })));
  });
});

describe('openXlsx refuses bad input with a one-line reason', () => {
  const seedBytes = (): Uint8Array => readFileSync(SEED_XLSX);

  it.each<[string, () => Uint8Array | Promise<Uint8Array>, string]>([
    ['plain text', () => strToU8('Ondersteuningsmaatregel;Stand van zaken;Planning;Trekker\n'), 'unsupported-type'],
    ['an empty file', () => new Uint8Array(0), 'damaged'],
    ['an old .xls', () => Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), 'unsupported-type'],
    ['a Word document renamed .xlsx', () => readFileSync('seeds/stand-van-zaken.docx'), 'unsupported-type'],
    ['a zip without a workbook', () => zipSync({ 'readme.txt': strToU8('hallo') }), 'unsupported-type'],
    ['a truncated workbook', () => seedBytes().subarray(0, Math.floor(seedBytes().length / 2)), 'damaged'],
    ['a workbook with a broken sheet', () => {
      const parts = unzipSync(seedBytes());
      parts['xl/worksheets/sheet1.xml'] = strToU8('<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>');
      return zipSync(parts);
    }, 'damaged'],
    ['a zip bomb', () => zipSync({ 'xl/workbook.xml': new Uint8Array(20 * 1024 * 1024) }, { level: 9 }), 'too-large'],
    ['a file over the size limit', () => new Uint8Array(MAX_FILE_BYTES + 1), 'too-large'],
    ['a workbook without a status table', async () => buildWorkbook(plainDocument({ before: ['Iets anders'], tables: [[[['a'], ['b']]]], after: [] })), 'no-status-table'],
  ])('%s', async (_name, make, code) => {
    const error = await fileError(await make());
    expect(error.code).toBe(code);
    const line = REASONS.en(error.reason);
    expect(line).not.toMatch(/\n/);
    expect(line.length).toBeGreaterThan(10);
  });

  it('refuses a zip whose directory declares more than 200 MB unpacked', async () => {
    // A stored entry whose declared size is patched to 300 MB in the central directory: no
    // need to build 300 MB to prove that the check reads the directory before exceljs unpacks.
    const zip = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }, { level: 0 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    for (let i = zip.length - 22; i >= 0; i -= 1) {
      if (view.getUint32(i, true) === 0x02014b50) {
        view.setUint32(i + 24, 300 * 1024 * 1024, true); // uncompressed size
        break;
      }
    }
    const error = await fileError(zip);
    expect(error.code).toBe('too-large');
  });
});

describe('openXlsx on a sheet used far and wide', () => {
  it('reads a stray cell in column XFD and 20 000 empty formatted rows without reading every cell', async () => {
    const workbook = await loadWorkbook(await buildWorkbook(seedDocument));
    const sheet = workbook.getWorksheet('Stand van zaken')!;
    sheet.getCell(1, 16384).value = 'ver weg';
    for (let r = 40; r < 20_040; r += 1) sheet.getRow(r).getCell(2).numFmt = '0.00';
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const started = Date.now();
    const file = await openXlsx(bytes);
    expect(contentOf(file.doc)).toEqual(contentOf(around(seedDocument, { before: [...beforeOf(seedDocument), 'ver weg'] })));
    expect(Date.now() - started).toBeLessThan(4000);
  });
});

describe('a status table formatted as an Excel table', () => {
  const build = async (): Promise<Uint8Array> => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('S').addTable({
      name: 'Status',
      ref: 'A1',
      headerRow: true,
      columns: ['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker'].map((name) => ({ name })),
      rows: [
        ['4.2.1. Tussenvoorzieningen', 'Verkenning', 'eind 2021', 'BZK'],
        ['7.2. Ondersteuning', 'Middelen', '2022', 'SZW'],
      ],
    });
    workbook.getWorksheet('S')!.getCell('A5').value = '19 juni 2021';
    return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
  };

  it('is read like any range', async () => {
    const file = await openXlsx(await build());
    expect(tablesOf(file.doc)[0]?.[1]).toEqual([['4.2.1. Tussenvoorzieningen'], ['Verkenning'], ['eind 2021'], ['BZK']]);
    expect(afterOf(file.doc)).toEqual(['19 juni 2021']);
  });

  it('gets bold heading rows inside the table, not merged (Excel tables cannot hold merged cells), and the table grows', async () => {
    const file = await openXlsx(await build());
    const table = statusTable(file.doc);
    const out = await file.apply([...planHeadings(table), ...planDateStamp(table, '2026-11-24')]);
    const reread = await openXlsx(out);
    expect(afterOf(reread.doc)).toEqual(['24 november 2026']);
    // Headings 4 to 7 go above the measures of their chapter (or the next), inside the table, its
    // rows 1-3 growing to 1-7; heading 8 goes after its last row, outside it, and is merged there.
    expect(tablesOf(reread.doc)[0]?.map((row) => row[0]?.[0])).toEqual([
      'Ondersteuningsmaatregel',
      'HUISVESTING',
      '4.2.1. Tussenvoorzieningen',
      'OPVANG KORTE TERMIJN',
      'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING',
      'INBURGERING',
      '7.2. Ondersteuning',
      "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES",
    ]);
    const sheet = (await loadWorkbook(out)).getWorksheet('S')!;
    expect(sheet.getCell('A2').isMerged).toBe(false);
    expect(sheet.getCell('A2').font?.bold).toBe(true);
    expect(sheet.getCell('D8').isMerged).toBe(true);
    const xml = new TextDecoder().decode(unzipSync(out)['xl/tables/table1.xml']);
    expect(xml).toMatch(/ref="A1:D7"/);
    expect(sheet.getCell('A10').value).toBe('24 november 2026');
  });
});
