import ExcelJS from 'exceljs';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { planHeadings, readStatusTable } from '../../src/core';
import type { JsonReport } from '../../src/cli/report';
import { openXlsx } from '../../src/hosts/files/xlsx';
import { allFeatures, MERGED_OVER_HEADING_CELL, mergedDownOverHeading, XLSX_FIXTURES } from '../../scripts/xlsx-feature-fixtures';
import { isPdf, openLibreOffice, pdfPages, type LibreOffice } from '../hosts/files/docxLibreOffice';
import { describeWith } from '../prerequisite';
import { findingKeys, run, tempDir, writeTemp, type ExpectedFinding } from './helpers';

/**
 * The command line on workbooks made the way offices make them (issue 12): `check` on one
 * workbook with every feature at once gives exactly the findings a careful reader would list, and
 * `fix --headings --datestamp` on every workbook fixture (as exceljs writes it and as LibreOffice
 * re-saves it) gives a workbook with no heading or stamp left to fix, that LibreOffice opens, with
 * every other cell and merged area as it was. The counterpart of docxFeatures.test.ts.
 */

/**
 * The all-features workbook (scripts/xlsx-feature-fixtures.ts) as of its own date, 19 June 2021,
 * finding by finding, from reading the sheet "Stand van zaken" (the first sheet, "Voorblad", is a
 * cover note; "Stand mei" comes after it). What is not here is as deliberate: 4.1.1's trekker is
 * "JenV" and "COA" on two lines of one cell; its planning "1 september 2030" has a non-breaking
 * space; 4.1.3's trekker is BZK, merged down from 4.1.2; 6.1.2's "medio 2030" is on two lines;
 * the soft hyphen in "Tussen­voorzieningen" and the zero-width space in "Taal​aanbod" are not seen;
 * INBURGERING is a heading though typed in its first cell without a merge; the stamp is the date
 * 19-6-2021 (a real date in the format d-m-yyyy): today's.
 */
const ALL_FEATURES_FINDINGS: readonly ExpectedFinding[] = [
  { severity: 'error', rule: 'heading.missing', subject: 'OPVANG KORTE TERMIJN', why: 'chapter 5 has a measure (5.1.1), but no heading row stands above it' },
  {
    severity: 'error',
    rule: 'heading.missing',
    subject: "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES",
    why: 'every standard heading belongs in the table, and chapter 8’s is nowhere',
  },
  { severity: 'error', rule: 'planning.past-due', subject: '4.1.3', why: '"eind 2020" ended on 31 December 2020, before 19 June 2021' },
  { severity: 'error', rule: 'trekker.missing', subject: '6.1.2', why: 'its trekker cell is empty' },
  { severity: 'warning', rule: 'measure.chapter', subject: '5.1.1', why: 'without a heading of its own it stands under HUISVESTING' },
  { severity: 'warning', rule: 'planning.missing', subject: '6.1.1', why: 'its status cell is merged across the planning column: there is no planning' },
  { severity: 'warning', rule: 'status.missing', subject: '7.1.1', why: 'its status cell is empty' },
];

describe('statustabel check on a workbook with every feature at once', () => {
  it('gives exactly the findings a careful reader lists, exit 1 for the errors, and says which sheet it read', async () => {
    const path = writeTemp(tempDir(), 'alles.xlsx', await allFeatures.build());
    const result = await run(['check', path, '--today', '2021-06-19', '--json']);
    expect(result.code).toBe(1);
    // Two sheets hold a status table: the first is read, and stderr says so in one line.
    expect(result.stderr).toBe(`statustabel: ${path}: blad "Stand van zaken" gelezen; ook blad "Stand mei" heeft een statustabel (kies met --sheet BLAD)\n`);
    const report = JSON.parse(result.stdout) as JsonReport;
    // One header row, three headings (two merged across, INBURGERING typed plain), seven measures.
    expect(report.table).toEqual({ rows: 11, measures: 7, headings: 3 });
    const { found, expected } = findingKeys(report, ALL_FEATURES_FINDINGS);
    expect(found).toEqual(expected);
  });

  it('prints them as a table too, with their cells on the sheet read', async () => {
    const path = writeTemp(tempDir(), 'alles.xlsx', await allFeatures.build());
    const result = await run(['check', path, '--today', '2021-06-19', '--lang', 'en']);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('7 measures, 3 headings');
    // 6.1.2 is the eighth row under the header (row 3): row 11; 4.1.3 is row 7.
    expect(result.stdout).toMatch(/error\s+trekker\.missing\s+6\.1\.2\s+D11\s/);
    expect(result.stdout).toMatch(/error\s+planning\.past-due\s+4\.1\.3\s+C7\s/);
    expect(result.stdout).not.toMatch(/trekker\.unknown/);
  });
});

/** One sheet's filled cells, row by row (rows renumbered away): each cell its column and text; a merged area only in its first cell. */
interface SheetText {
  readonly name: string;
  readonly rows: string[][];
  /** Each merged area as its first cell's text and its size: where it is moves with inserted rows, what it is must not. */
  readonly merges: string[];
}

const textOf = (cell: ExcelJS.Cell): string => {
  const value = cell.value;
  if (value instanceof Date) return value.toISOString();
  if (value !== null && typeof value === 'object' && 'richText' in value) return value.richText.map((r) => r.text).join('');
  return String(value);
};

const sheetTexts = async (bytes: Uint8Array): Promise<SheetText[]> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.map((sheet) => {
    const rows: string[][] = [];
    const at = new Map<string, string>();
    sheet.eachRow({ includeEmpty: false }, (row) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        if (cell.value === null || cell.value === '') return;
        cells.push(`${cell.address.replace(/\d+$/, '')}=${textOf(cell)}`);
        at.set(cell.address, textOf(cell));
      });
      if (cells.length > 0) rows.push(cells);
    });
    const merges = ((sheet.model as { merges?: string[] }).merges ?? []).map((ref) => {
      const [from = '', to = ''] = ref.split(':');
      const [c1, r1] = [from.replace(/\d+/, ''), Number(from.replace(/\D+/, ''))];
      const [c2, r2] = [to.replace(/\d+/, ''), Number(to.replace(/\D+/, ''))];
      return `${at.get(from) ?? ''} ${c1}:${c2} ×${r2 - r1 + 1}`;
    });
    return { name: sheet.name, rows, merges: merges.sort() };
  });
};

/**
 * What must read the same before and after `fix`: every sheet's rows but the last one of the
 * status sheet (the stamp, the last filled row in every fixture) and, after, the rows holding
 * only a heading fix added; every merged area but the new heading rows'.
 */
const unchangedPart = (sheets: readonly SheetText[], statusSheet: string, added: ReadonlySet<string>): SheetText[] =>
  sheets.map((sheet) => {
    const rows = sheet.name === statusSheet ? sheet.rows.slice(0, -1) : sheet.rows;
    const isAdded = (text: string): boolean => added.has(text.replace(/^A=/, ''));
    return {
      ...sheet,
      rows: rows.filter((cells) => !(cells.length === 1 && isAdded(cells[0] ?? ''))),
      merges: sheet.merges.filter((m) => ![...added].some((h) => m.startsWith(`${h} `))),
    };
  });

describeWith('libreoffice', 'statustabel fix --headings --datestamp on every workbook fixture, as made and as LibreOffice re-saved it', (soffice) => {
  const fixtures = [...XLSX_FIXTURES.filter((f) => f.id !== mergedDownOverHeading.id), allFeatures];
  let office: LibreOffice | undefined;
  const inputs = new Map<string, Uint8Array>();
  const fixed = new Map<string, Uint8Array>();
  const outcomes = new Map<string, { code: number; stdout: string; stderr: string }>();
  let pdfs = new Map<string, Buffer>();
  const refusals = new Map<string, { code: number; stdout: string; stderr: string; wrote: boolean }>();

  beforeAll(async () => {
    office = openLibreOffice(soffice);
    const made = new Map<string, Uint8Array>();
    for (const fixture of [...fixtures, mergedDownOverHeading]) made.set(fixture.id, await fixture.build());
    const resaved = office.resave(made, 'xlsx');
    for (const [id, bytes] of made) inputs.set(id, bytes);
    for (const [id, bytes] of resaved) inputs.set(`${id}.libreoffice`, bytes);
    const dir = tempDir();
    for (const [name, bytes] of inputs) {
      const input = writeTemp(dir, `${name}.xlsx`, bytes);
      const output = join(dir, `${name}.fixed.xlsx`);
      const outcome = await run(['fix', input, '--headings', '--datestamp', '--today', '2026-11-25', '-o', output]);
      if (name.startsWith(mergedDownOverHeading.id)) {
        refusals.set(name, { ...outcome, stderr: outcome.stderr.replace(input, 'IN'), wrote: existsSync(output) });
        continue;
      }
      outcomes.set(name, outcome);
      fixed.set(name, new Uint8Array(readFileSync(output)));
    }
    pdfs = office.pdf(fixed, 'xlsx');
  }, 600_000);
  afterAll(() => office?.close());

  const names = fixtures.flatMap((f) => [[f.id, f.sheet] as const, [`${f.id}.libreoffice`, f.sheet] as const]);

  it.each(names)('%s: fixes, re-reads with no heading or stamp finding, other cells and merges unchanged, opens in LibreOffice', async (name, sheet) => {
    const outcome = outcomes.get(name);
    expect(outcome?.stderr).toBe('');
    expect(outcome?.code).toBe(0);
    const input = inputs.get(name) as Uint8Array;
    const bytes = fixed.get(name) as Uint8Array;

    const check = await run(['check', writeTemp(tempDir(), 'fixed.xlsx', bytes), '--today', '2026-11-25', '--json']);
    const report = JSON.parse(check.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.rule.startsWith('heading.') || f.rule.startsWith('datestamp.'))).toEqual([]);

    // What fix added: the headings core planned for the workbook as it was, and the stamp.
    const before = readStatusTable((await openXlsx(input)).doc);
    if (!before.ok) throw new Error(before.reason);
    const added = new Set(planHeadings(before.table).map((edit) => edit.text));
    expect(added.size).toBeGreaterThan(0);
    const kept = unchangedPart(await sheetTexts(input), sheet, added);
    expect(unchangedPart(await sheetTexts(bytes), sheet, added)).toEqual(kept);
    // Title, header, headings and measures: the comparison is of the table, not of nothing.
    expect(kept.find((s) => s.name === sheet)?.rows.length).toBeGreaterThanOrEqual(5);
    const after = (await openXlsx(bytes)).doc;
    expect(after.blocks.at(-1)).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/25 november 2026$/) });
    // A stamp that is a real date stays one (exceljs hands a number in a date format over as a Date).
    const stampRow = (await sheetTexts(bytes)).find((s) => s.name === sheet)?.rows.at(-1);
    if (name.startsWith('stamp-date') || name.startsWith('all-features')) expect(stampRow).toEqual(['A=2026-11-25T00:00:00.000Z']);

    const pdf = pdfs.get(name) as Buffer;
    expect(isPdf(pdf)).toBe(true);
    expect(pdfPages(pdf)).toBeGreaterThanOrEqual(1);
  });

  it.each([mergedDownOverHeading.id, `${mergedDownOverHeading.id}.libreoffice`])(
    '%s: a heading that would go inside a trekker merged down is refused in one line naming the merged cells, nothing written',
    (name) => {
      const refusal = refusals.get(name);
      expect(refusal?.code).toBe(2);
      expect(refusal?.stdout).toBe('');
      expect(refusal?.wrote).toBe(false);
      expect(refusal?.stderr).toBe(
        `statustabel: IN: niet aangepast, er is niets geschreven: samengevoegde cellen in de tabel lopen over ${MERGED_OVER_HEADING_CELL}:D7 (xl/worksheets/sheet1.xml), over de rijen waar kopjes komen\n`,
      );
    },
  );
});

describe('statustabel fix on a trekker merged down over the place of a missing heading', () => {
  it('still refreshes the stamp alone: no row moves, so the merge is kept', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'samengevoegd.xlsx', await mergedDownOverHeading.build());
    const output = join(dir, 'uit.xlsx');
    const result = await run(['fix', input, '--datestamp', '--today', '2026-11-25', '-o', output]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [before] = await sheetTexts(new Uint8Array(readFileSync(input)));
    const [after] = await sheetTexts(new Uint8Array(readFileSync(output)));
    expect(after?.merges).toEqual(before?.merges);
    expect(after?.rows.slice(0, -1)).toEqual(before?.rows.slice(0, -1));
    expect(after?.rows.at(-1)).toEqual(['A=25 november 2026']);
  });
});

describe('statustabel fix --headings keeps the form of the sheet’s headings', () => {
  const fixHeadings = async (id: string): Promise<{ before: SheetText; after: SheetText }> => {
    const fixture = XLSX_FIXTURES.find((f) => f.id === id);
    if (!fixture) throw new Error(`no fixture ${id}`);
    const dir = tempDir();
    const input = writeTemp(dir, `${id}.xlsx`, await fixture.build());
    const output = join(dir, 'uit.xlsx');
    const result = await run(['fix', input, '--headings', '--today', '2021-06-19', '-o', output]);
    expect(result.code).toBe(0);
    const [before] = await sheetTexts(new Uint8Array(readFileSync(input)));
    const [after] = await sheetTexts(new Uint8Array(readFileSync(output)));
    if (!before || !after) throw new Error('no sheet');
    return { before, after };
  };

  it('merges the new headings across the table where the headings are merged rows', async () => {
    const { before, after } = await fixHeadings('headings-merged');
    expect(after.rows).toContainEqual(['A=OPVANG KORTE TERMIJN']);
    expect(after.merges).toEqual(
      [...before.merges, 'OPVANG KORTE TERMIJN A:D ×1', 'INBURGERING A:D ×1', "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES A:D ×1"].sort(),
    );
  });

  it('types the new headings in the first cell, unmerged, where the headings are typed so', async () => {
    const { after } = await fixHeadings('headings-plain');
    expect(after.rows).toContainEqual(['A=OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING']);
    expect(after.merges).toEqual([]);
  });
});
