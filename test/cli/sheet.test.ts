import { readFileSync } from 'fs';
import { join } from 'path';
import { checkDocument, type SourceDocument } from '../../src/core';
import type { JsonReport } from '../../src/cli/report';
import { FIXTURE_TODAY, twoTables, twoTablesMaySeen, TWO_TABLE_SHEETS, XLSX_FIXTURES } from '../../scripts/xlsx-feature-fixtures';
import { openXlsx } from '../../src/hosts/files/xlsx';
import { cellValues } from '../hosts/files/xlsxSeed';
import { run, tempDir, writeTemp } from './helpers';

/**
 * `--sheet NAME` (issue 12): which sheet of a workbook holds the status table to read. Without
 * it, the first sheet in the workbook's order that holds one, and `check` says on stderr which
 * one it read when several do.
 */

const [JUNE, MAY] = TWO_TABLE_SHEETS;
const fixture = (id: string) => XLSX_FIXTURES.find((f) => f.id === id) as (typeof XLSX_FIXTURES)[number];

/** Findings as rule and subject, sorted: what the JSON report and core both say. */
const keys = (findings: readonly { rule: string; measure?: string; heading?: string; column?: string }[]): string[] =>
  findings.map((f) => `${f.rule} ${f.measure ?? f.heading ?? f.column ?? ''}`).sort();
const seenKeys = (doc: SourceDocument, today = FIXTURE_TODAY): string[] => {
  const report = checkDocument(doc, { today });
  if (!report.ok) throw new Error(report.reason);
  return keys(report.findings);
};

const twoTablesFile = async (): Promise<string> => writeTemp(tempDir(), 'twee-bladen.xlsx', await twoTables.build());

describe('statustabel check --sheet', () => {
  it('reads the first sheet with a status table by default, and says on stderr, in one line, which one and that --sheet picks another', async () => {
    const path = await twoTablesFile();
    const result = await run(['check', path, '--today', FIXTURE_TODAY, '--json']);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(keys(report.findings)).toEqual(seenKeys(twoTables.seen));
    expect(result.stderr).toBe(`statustabel: ${path}: blad "${JUNE}" gelezen; ook blad "${MAY}" heeft een statustabel (kies met --sheet BLAD)\n`);
    const en = await run(['check', path, '--today', FIXTURE_TODAY, '--lang', 'en']);
    expect(en.stderr).toBe(`statustabel: ${path}: read sheet "${JUNE}"; sheet "${MAY}" also has a status table (pick one with --sheet SHEET)\n`);
  });

  it('reads the named sheet, and then says nothing about the others', async () => {
    const path = await twoTablesFile();
    const result = await run(['check', path, '--sheet', MAY, '--today', FIXTURE_TODAY, '--json']);
    expect(result.stderr).toBe('');
    // May's table: 4.1.1 without a trekker (an error), so exit 1.
    expect(result.code).toBe(1);
    expect(keys((JSON.parse(result.stdout) as JsonReport).findings)).toEqual(seenKeys(twoTablesMaySeen));
    // Addresses point into the named sheet.
    const text = await run(['check', path, `--sheet=${MAY}`, '--today', FIXTURE_TODAY]);
    expect(text.stdout).toMatch(/trekker\.missing\s+4\.1\.1\s+D5/);
  });

  it('says nothing on stderr when only one sheet holds a status table (a cover sheet before it)', async () => {
    const path = writeTemp(tempDir(), 'voorblad.xlsx', await fixture('second-sheet').build());
    const result = await run(['check', path, '--today', FIXTURE_TODAY, '--json']);
    expect(result.stderr).toBe('');
    expect(keys((JSON.parse(result.stdout) as JsonReport).findings)).toEqual(seenKeys(fixture('second-sheet').seen));
  });

  it('refuses, in one line and with exit 2, a sheet the workbook does not have, naming the sheets it has', async () => {
    const path = await twoTablesFile();
    const result = await run(['check', path, '--sheet', 'Stand april', '--today', FIXTURE_TODAY]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`statustabel: ${path}: geen statustabel gevonden: de werkmap heeft geen blad "Stand april" (wel: "${JUNE}", "${MAY}")\n`);
  });

  it('refuses, in one line and with exit 2, a sheet without a status table', async () => {
    const path = writeTemp(tempDir(), 'voorblad.xlsx', await fixture('second-sheet').build());
    const result = await run(['check', path, '--sheet', 'Voorblad', '--today', FIXTURE_TODAY, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(
      `statustabel: ${path}: no status table found: sheet "Voorblad" has no header row Ondersteuningsmaatregel | Stand van zaken | Planning | Trekker\n`,
    );
  });

  it('finds a sheet whatever the case of its name, as Excel does', async () => {
    const path = await twoTablesFile();
    const result = await run(['check', path, '--sheet', MAY.toUpperCase(), '--today', FIXTURE_TODAY, '--json']);
    expect(result.stderr).toBe('');
    expect(keys((JSON.parse(result.stdout) as JsonReport).findings)).toEqual(seenKeys(twoTablesMaySeen));
  });

  it('is ignored for a .docx with a one-line note, the document checked as usual', async () => {
    const plain = await run(['check', 'seeds/stand-van-zaken.docx', '--today', '2021-06-19', '--json']);
    const result = await run(['check', 'seeds/stand-van-zaken.docx', '--sheet', 'Blad1', '--today', '2021-06-19', '--json']);
    expect(result.stderr).toBe('statustabel: seeds/stand-van-zaken.docx: --sheet geldt alleen voor werkmappen (.xlsx); hier genegeerd\n');
    expect(result.code).toBe(plain.code);
    expect(result.stdout).toBe(plain.stdout);
  });

  it('says its default in --help, in Dutch and in English', async () => {
    const nl = await run(['--help']);
    expect(nl.stdout).toContain('--sheet BLAD');
    expect(nl.stdout).toMatch(/standaard: het eerste blad, in de volgorde van de werkmap, dat er een\s+heeft/);
    const en = await run(['--help', '--lang', 'en']);
    expect(en.stdout).toContain('--sheet SHEET');
    expect(en.stdout).toMatch(/default: the first sheet, in the workbook's order, that holds\s+one/);
  });
});

describe('statustabel fix and diff --sheet', () => {
  it('fix writes the headings and the stamp into the named sheet only, every cell of the other sheet as it was', async () => {
    const dir = tempDir();
    const path = await twoTablesFile();
    const out = join(dir, 'mei.xlsx');
    const result = await run(['fix', path, '--sheet', MAY, '--headings', '--datestamp', '--today', '2021-06-25', '-o', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const after = new Uint8Array(readFileSync(out));
    const check = await run(['check', out, '--sheet', MAY, '--today', '2021-06-25', '--json']);
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.rule.startsWith('heading.') || f.rule.startsWith('datestamp.'))).toEqual([]);
    expect((await openXlsx(after, { sheet: MAY })).doc.blocks.at(-1)).toEqual({ kind: 'paragraph', text: '25 juni 2021' });
    // June's sheet is not touched: every cell reads as before.
    const before = await cellValues(new Uint8Array(readFileSync(path)));
    const written = await cellValues(after);
    const june = (cells: ReadonlyMap<string, unknown>) => Object.fromEntries([...cells].filter(([address]) => address.startsWith(`${JUNE}!`)));
    expect(june(written)).toEqual(june(before));
    expect(Object.keys(june(before)).length).toBeGreaterThan(10);
  });

  it('diff compares the named sheet of both workbooks', async () => {
    const path = await twoTablesFile();
    const same = await run(['diff', path, path, '--sheet', MAY, '--json']);
    expect(same.stderr).toBe('');
    expect(same.code).toBe(0);
    const missing = await run(['diff', path, path, '--sheet', 'Nergens']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('de werkmap heeft geen blad "Nergens"');
  });
});
