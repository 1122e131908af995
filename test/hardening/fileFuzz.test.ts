import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { planDateStamp, planHeadings, type Edit } from '../../src/core/edits';
import { readStatusTable } from '../../src/core/model';
import { FileError } from '../../src/hosts/files/errors';
import { openDocx } from '../../src/hosts/files/docx';
import { MAX_DEPTH } from '../../src/hosts/files/ooxml/wordml';
import { openXlsx } from '../../src/hosts/files/xlsx';
import { buildCorpus, type Corpus } from '../support/fuzz/corpus';
import { mutateText } from '../support/fuzz/mutate';
import { fuzz, generateInput, type Summary } from '../support/fuzz/run';
import { prng } from '../fixtures/synthetic';
import { documentXml, minimalDocx } from '../fixtures/files/minimalDocx';
import { afterOf, tablesOf } from '../fixtures/plain';

/**
 * The file readers take random and mutated input without throwing anything but a FileError:
 * a bounded, deterministic run of the fuzzer (`npm run fuzz -- --count 100000` is the full one),
 * and regression tests for what the fuzzer found.
 */

const DOCX_INPUTS = 4000;
const XLSX_INPUTS = 900;

const explain = (summary: Summary): string =>
  summary.failures
    .slice(0, 5)
    .map((f) => `${f.format} #${f.index} (${f.strategy}) at ${f.stage}: ${f.error}`)
    .join('\n');

let corpus: Corpus;
beforeAll(async () => {
  corpus = await buildCorpus(20211, { docx: 4, xlsx: 3 });
}, 30_000);

describe('fuzzing the file readers (bounded run)', () => {
  it(`takes ${DOCX_INPUTS} random and mutated .docx inputs: each opens or is a FileError, and what opens survives check and apply`, async () => {
    const summary = await fuzz({ seed: 20211, format: 'docx', count: DOCX_INPUTS, corpus, timeoutMs: 10_000 });
    expect(explain(summary)).toBe('');
    expect(summary.ran).toBe(DOCX_INPUTS);
    // The run reaches both ends: files that open and are written back, and each kind of refusal.
    expect(summary.applied).toBeGreaterThan(DOCX_INPUTS / 20);
    expect(Object.keys(summary.fileErrors)).toEqual(expect.arrayContaining(['damaged', 'unsupported-type']));
    expect(summary.slowest.ms).toBeLessThan(5_000);
  }, 60_000);

  it(`takes ${XLSX_INPUTS} random and mutated .xlsx inputs the same way`, async () => {
    const summary = await fuzz({ seed: 20212, format: 'xlsx', count: XLSX_INPUTS, corpus, timeoutMs: 10_000 });
    expect(explain(summary)).toBe('');
    expect(summary.ran).toBe(XLSX_INPUTS);
    expect(summary.applied).toBeGreaterThan(XLSX_INPUTS / 20);
    expect(summary.fileErrors.damaged ?? 0).toBeGreaterThan(0);
    expect(summary.slowest.ms).toBeLessThan(5_000);
  }, 120_000);

  it('generates the same input for the same seed and index (so a failure can be reproduced)', () => {
    const a = generateInput(corpus, 7, 'docx', 123);
    const b = generateInput(corpus, 7, 'docx', 123);
    const c = generateInput(corpus, 7, 'docx', 124);
    expect(b.strategy).toBe(a.strategy);
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    expect(Buffer.from(c.bytes).equals(Buffer.from(a.bytes)) && c.strategy === a.strategy).toBe(false);
  });
});

const rejection = async (promise: Promise<unknown>): Promise<FileError> => {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FileError);
  return error as FileError;
};

describe('regressions found by the fuzzer', () => {
  const seedTable = (): string => {
    const xml = new TextDecoder().decode(unzipSync(new Uint8Array(readFileSync(join(__dirname, '../../seeds/stand-van-zaken.docx'))))['word/document.xml']);
    return xml.slice(xml.indexOf('<w:tbl>'), xml.indexOf('</w:tbl>') + '</w:tbl>'.length);
  };

  it('refuses a document.xml nested 10,000 levels deep quickly instead of parsing it in quadratic time', async () => {
    // Found by an early version of the fuzzer: 30,000 open elements made saxes' prefix lookups take 20 s.
    const deep = '<w:tbl><w:tr><w:tc>'.repeat(10_000) + '</w:tc></w:tr></w:tbl>'.repeat(10_000);
    const started = Date.now();
    const error = await rejection(openDocx(minimalDocx(documentXml(deep + '<w:p/>'))));
    expect(error.code).toBe('damaged');
    expect(error.message).toContain(`nested more than ${MAX_DEPTH} deep`);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('still reads a table wrapped in a hundred levels of content controls', async () => {
    const wrapped = '<w:sdt><w:sdtContent>'.repeat(100) + seedTable() + '</w:sdtContent></w:sdt>'.repeat(100);
    const file = await openDocx(minimalDocx(documentXml(`${wrapped}<w:p><w:r><w:t>19 juni 2021</w:t></w:r></w:p>`)));
    expect(tablesOf(file.doc)).toHaveLength(1);
    expect(tablesOf(file.doc)[0]?.[0]?.map((cell) => cell.join(' '))).toEqual(['Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker']);
    expect(afterOf(file.doc)).toEqual(['19 juni 2021']);
  });

  const seedXlsxWith = (change: (sheetXml: string) => string): Uint8Array => {
    const parts = unzipSync(new Uint8Array(readFileSync(join(__dirname, '../../seeds/stand-van-zaken.xlsx'))));
    const sheet = new TextDecoder().decode(parts['xl/worksheets/sheet1.xml']);
    const changed = change(sheet);
    expect(changed).not.toBe(sheet);
    parts['xl/worksheets/sheet1.xml'] = strToU8(changed);
    return zipSync(parts);
  };

  it('reads a 10 KB workbook that merges a whole sheet in time, and writes nothing merged over', async () => {
    // Found by an early version of the fuzzer (exceljs made a cell object for each of the 17
    // billion merged cells). A merged area is a range to us; one over the whole sheet hides
    // every cell but A1, as in Excel, so no status table is read through it.
    const bytes = seedXlsxWith((xml) => xml.replace(/<mergeCells count="(\d+)">/, '<mergeCells count="6"><mergeCell ref="A1:XFD1048576"/>'));
    expect(bytes.length).toBeLessThan(20_000);
    const started = Date.now();
    const outcome = await openXlsx(bytes).then(
      (file) => `opened ${tablesOf(file.doc).length}`,
      (error: unknown) => (error instanceof FileError ? error.code : `threw ${String(error)}`),
    );
    expect(['opened 1', 'no-status-table']).toContain(outcome);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('reads data-validation ranges over the whole sheet without expanding them', async () => {
    // A ">" in an earlier attribute, single quotes and a character reference must not matter.
    const validation = `<dataValidations count="1"><dataValidation type="list" prompt="a&gt;b>c" sqref='B2 A1:XFD&#49;048576'><formula1>"a,b"</formula1></dataValidation></dataValidations>`;
    const bytes = seedXlsxWith((xml) => xml.replace('<pageMargins', `${validation}<pageMargins`));
    const started = Date.now();
    expect(tablesOf((await openXlsx(bytes)).doc)).toHaveLength(4);
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it('refuses row numbers beyond Excel\'s, and ignores column widths it does not read', async () => {
    // Found by the fuzzer, when exceljs made one object per column and row number.
    const hugeColumn = seedXlsxWith((xml) => xml.replace('<col min="2" max="2"', '<col min="4294967297" max="2"'));
    const started = Date.now();
    expect(tablesOf((await openXlsx(hugeColumn)).doc)).toHaveLength(4);
    const hugeRow = seedXlsxWith((xml) => xml.replace('<row r="25"', '<row r="4294967297"'));
    const error = await rejection(openXlsx(hugeRow));
    expect(error.code).toBe('damaged');
    expect(error.reason).toMatchObject({ kind: 'beyond-sheet', value: '<row r="4294967297">' });
    const hugeCellRow = seedXlsxWith((xml) => xml.replace('<c r="A25"', '<c r="A99999999999"'));
    expect((await rejection(openXlsx(hugeCellRow))).code).toBe('damaged');
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  /** Writes a workbook's own planned edits: what it wrote must open again, or the write is refused with a FileError. */
  const writeBack = async (bytes: Uint8Array, given?: readonly Edit[]): Promise<string> => {
    const file = await openXlsx(bytes);
    const read = readStatusTable(file.doc);
    if (!read.ok) return `not read: ${read.reason}`;
    const edits = given ?? [...planHeadings(read.table), ...planDateStamp(read.table, '2026-11-24')];
    return file.apply(edits).then(
      (written) =>
        openXlsx(written).then(
          () => 'reopens',
          (error: unknown) => `written but unreadable: ${String(error)}`,
        ),
      (error: unknown) => (error instanceof FileError ? `refused: ${error.code}` : `threw: ${String(error)}`),
    );
  };

  it('writes a workbook whose cell names another row than its row element', async () => {
    // Found by the 100,000-input run (seed 1, xlsx #80893): exceljs filed such a cell under the
    // other row and wrote overlapping merges. Spliced, every element keeps its place.
    const bytes = seedXlsxWith((xml) => xml.replace('<c r="A18"', '<c r="A1"><v>1</v></c><c r="A18"'));
    expect(await writeBack(bytes)).toBe('reopens');
  });

  it('refuses to insert heading rows below Excel\'s last row', async () => {
    // Found by the 100,000-input run (seed 1, xlsx #22873): a row 1048576 pushed down to 1048577.
    const full = seedXlsxWith((xml) =>
      xml.replace('</sheetData>', '<row r="1048576"><c r="A1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
    );
    const heading: Edit = { kind: 'insertHeading', text: 'GEZONDHEID', chapter: 1, block: 1, beforeRow: 1, width: 4 };
    expect(await writeBack(full, [heading])).toBe('refused: too-large');
    // One row less, and there is room.
    const roomForOne = seedXlsxWith((xml) =>
      xml.replace('</sheetData>', '<row r="1048575"><c r="A1048575" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'),
    );
    expect(await writeBack(roomForOne, [heading])).toBe('reopens');
  });

  it('writes the seed workbook back as before', async () => {
    expect(await writeBack(new Uint8Array(readFileSync(join(__dirname, '../../seeds/stand-van-zaken.xlsx'))))).toBe('reopens');
  });

  it('still opens a workbook with ordinary merges and validations', async () => {
    const validation = '<dataValidations count="1"><dataValidation type="list" sqref="D5:D200"><formula1>"EZK,VWS"</formula1></dataValidation></dataValidations>';
    const bytes = seedXlsxWith((xml) => xml.replace('<pageMargins', `${validation}<pageMargins`));
    const file = await openXlsx(bytes);
    expect(tablesOf(file.doc).length).toBeGreaterThan(0);
  });

  it('mutations keep to what they are asked (a sanity check of the generator)', () => {
    const random = prng(5);
    const xml = '<w:document><w:body><w:p><w:r><w:t>x</w:t></w:r></w:p></w:body></w:document>';
    expect(mutateText(random, xml, 'docx', 'bom')).not.toBe(xml);
    expect(mutateText(random, xml, 'docx', 'deepNesting').length).toBeGreaterThan(xml.length);
    expect(mutateText(random, xml, 'docx', 'hugeText').length).toBeGreaterThan(xml.length);
  });
});
