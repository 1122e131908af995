/**
 * `fix --headings --datestamp` on workbooks that carry what real workbooks carry (a chart, a
 * pivot table, comments with their VML boxes, autofilters with sheet-local
 * `_xlnm._FilterDatabase` names, data validation, conditional formats plain and x14, sheet-local
 * names, a thumbnail, custom properties and custom XML, printer settings, an Excel table with
 * hidden filter buttons, formulas and hyperlinks into the status sheet, a linked text box).
 * Either the fix is complete — every part still there, every part not edited byte for byte the
 * same, every moved reference pointing at the cell it pointed at, LibreOffice opening the file,
 * the table reading back without a heading or stamp finding — or it refused in one line and
 * wrote nothing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import type { JsonReport } from '../../../src/cli/report';
import { readZip } from '../../../src/hosts/files/ooxml/zip';
import { readSheetAt, readWorkbookParts } from '../../../src/hosts/files/xlsx/read';
import { ALL_FEATURES, buildFixtureXlsx, STATUS_SHEET, withoutHeadings, type FixtureOptions } from '../../../scripts/xlsx-fixtures';
import { seedDocument } from '../../fixtures/seed';
import { run } from '../../cli/helpers';

const soffice = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim();
if (!soffice) console.warn('LibreOffice (soffice) is not installed: skipping the LibreOffice part of the .xlsx no-loss test.');

const INSERTED = ['HUISVESTING', 'INBURGERING'];
const doc = withoutHeadings(seedDocument, INSERTED);
const TODAY = '2026-11-24';
const decode = (bytes: Uint8Array | undefined): string => new TextDecoder().decode(bytes);

/** Every cell's text of every worksheet, by "Sheet!A1", as our reader shows them. */
const cellTexts = (bytes: Uint8Array): Map<string, string> => {
  const parts = readWorkbookParts(bytes);
  const texts = new Map<string, string>();
  parts.workbook.sheets.forEach((entry, index) => {
    const sheet = readSheetAt(parts, index);
    for (const cell of sheet?.data.cells ?? []) texts.set(`${entry.name}!${String.fromCharCode(64 + cell.column)}${cell.row}`, cell.text);
  });
  return texts;
};

/** The raw zip entry (local header and data) of each part: "byte for byte" means these. */
const rawEntries = (bytes: Uint8Array): Map<string, Buffer> => {
  const zip = readZip(bytes);
  return new Map(zip.entries.map((e) => [e.name, Buffer.from(zip.bytes.subarray(e.localStart, e.localEnd))]));
};

/**
 * Where each original row of the status sheet is after the fix, derived from the output alone:
 * the inserted heading rows are the rows that hold an inserted heading; every other row moves
 * down by the number of them inserted above it.
 */
const rowMapping = (after: Map<string, string>): ((row: number) => number) => {
  const inserted = [...after]
    .filter(([key, text]) => key.startsWith(`${STATUS_SHEET}!A`) && INSERTED.includes(text))
    .map(([key]) => Number(key.slice(`${STATUS_SHEET}!A`.length)))
    .sort((a, b) => a - b);
  // The j-th inserted row (after numbering) went in before original row inserted[j] - j.
  return (row) => row + inserted.filter((at, j) => at - j <= row).length;
};

/** Every A1 reference in a text moved by `map` (rows only; $ kept; row-only ranges too). */
const moved = (text: string, map: (row: number) => number): string =>
  text
    .replace(/(?<![A-Za-z0-9_$])(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(])/g, (_all, column: string, row: string) => `${column}${map(Number(row))}`)
    .replace(/(?<![A-Za-z0-9_])\$(\d+):\$(\d+)/g, (_all, a: string, b: string) => `$${map(Number(a))}:$${map(Number(b))}`);

/** Rows of fields of a CSV text: quoted fields may hold commas, quotes ("") and line breaks. */
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n') {
      rows.push([...row, field]);
      row = [];
      field = '';
    } else if (ch !== '\r') field += ch;
  }
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
};

/** The matches of `pattern`'s first group, in document order. */
const all = (text: string, pattern: RegExp): string[] => [...text.matchAll(pattern)].map((m) => m[1] ?? '');

/** Texts that are a Dutch date are the stamp, whichever date: compared as one. */
const stampless = (text: string | undefined): string | undefined => text?.replace(/\b\d{1,2} (juni|november) \d{4}\b/, 'DATUM');

interface Fixed {
  readonly input: Uint8Array;
  readonly output: Uint8Array;
  readonly stdout: string;
}

const dir = mkdtempSync(join(tmpdir(), 'statustabel-xlsx-noloss-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const fix = async (name: string, options: FixtureOptions): Promise<Fixed & { code: number; stderr: string; out: string }> => {
  const input = buildFixtureXlsx(doc, options);
  const path = join(dir, `${name}.xlsx`);
  const out = join(dir, `${name}-vast.xlsx`);
  writeFileSync(path, input);
  const result = await run(['fix', path, '--headings', '--datestamp', '--today', TODAY, '-o', out]);
  return { ...result, input, out, output: existsSync(out) ? new Uint8Array(readFileSync(out)) : new Uint8Array(0) };
};

describe.each<[string, FixtureOptions]>([
  ['every feature, the stamp a real date', { features: ALL_FEATURES, dateStamp: 'date' }],
  ['every feature, the stamp text, absolute part names', { features: ALL_FEATURES, dateStamp: 'text', paths: 'absolute' }],
])('fix on a workbook with %s', (name, options) => {
  let fixed: Fixed;
  let before: Map<string, string>;
  let after: Map<string, string>;
  let map: (row: number) => number;
  beforeAll(async () => {
    const result = await fix(name.replace(/\W+/g, '-'), options);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    fixed = result;
    before = cellTexts(fixed.input);
    after = cellTexts(fixed.output);
    map = rowMapping(after);
  }, 60_000);

  it('inserts both headings and sets the stamp', () => {
    expect(fixed.stdout).toContain('2 kopjes ingevoegd: HUISVESTING, INBURGERING; datumstempel gezet: 24 november 2026');
  });

  it('keeps every part, and every part it did not have to edit byte for byte', () => {
    const old = rawEntries(fixed.input);
    const now = rawEntries(fixed.output);
    // The stamp moved on, so the stand it closed is kept: the snapshot's custom XML part, its
    // properties and their relationships are the only parts added (snapshotPart.ts); the workbook
    // already holds a custom XML part of its own (a bibliography, item1), left alone.
    const added = [...now.keys()].filter((n) => !old.has(n)).sort();
    expect(added).toEqual(['customXml/_rels/item2.xml.rels', 'customXml/item2.xml', 'customXml/itemProps2.xml']);
    expect([...now.keys()].filter((n) => !added.includes(n)).sort()).toEqual([...old.keys()].sort());
    const changed = [...old.keys()].filter((n) => !old.get(n)?.equals(now.get(n) as Buffer)).sort();
    // The parts that refer to rows of the status sheet at or below an inserted heading: the
    // sheet itself, the defined names, the comments and their VML boxes, the text box anchored
    // below the table, the overview sheet's formulas. The chart reads the Data sheet and the
    // title cell above the table; the pivot cache reads a name on the Data sheet; the rest
    // (shared strings, styles, tables, thumbnail, custom properties, printer settings) holds no
    // such reference. The content types and the workbook's relationships gain the snapshot part.
    expect(changed).toEqual(
      [
        '[Content_Types].xml',
        'xl/_rels/workbook.xml.rels',
        'xl/comments1.xml',
        'xl/drawings/drawing2.xml',
        'xl/drawings/vmlDrawing1.vml',
        'xl/workbook.xml',
        'xl/worksheets/sheet1.xml',
        'xl/worksheets/sheet3.xml',
      ].sort(),
    );
  });

  it('keeps every cell of every sheet, the status sheet rows moved down past the new headings', () => {
    for (const [key, text] of before) {
      const [sheet, cell] = key.split('!') as [string, string];
      const target = sheet === STATUS_SHEET ? `${sheet}!${moved(cell, map)}` : key;
      expect([key, stampless(after.get(target))]).toEqual([key, stampless(text)]);
    }
    expect(after.size).toBe(before.size + INSERTED.length);
  });

  it('moves every reference into the status sheet to the cell it pointed at', () => {
    const parts = (bytes: Uint8Array) => {
      const files = unzipSync(bytes);
      return (name: string) => decode(files[name]);
    };
    const was = parts(fixed.input);
    const is = parts(fixed.output);
    const sheet = 'xl/worksheets/sheet1.xml';
    // [part, pattern, moves]: refs on the status sheet move; refs elsewhere stay.
    const sites: [string, RegExp][] = [
      [sheet, /<mergeCell ref="([^"]+)"/g],
      [sheet, /<hyperlink ref="([^"]+)"/g],
      [sheet, /<conditionalFormatting sqref="([^"]+)"/g],
      [sheet, /<formula>([^<]+)<\/formula>/g],
      [sheet, /<dataValidation [^>]*sqref="([^"]+)"/g],
      [sheet, /<autoFilter ref="([^"]+)"/g],
      [sheet, /<selection [^>]*sqref="([^"]+)"/g],
      [sheet, /<pane [^>]*topLeftCell="([^"]+)"/g],
      [sheet, /<xm:sqref>([^<]+)<\/xm:sqref>/g],
      [sheet, /<xm:f>LEN\(([^)]+)\)/g],
      [sheet, /<f>([^<]+)<\/f>/g],
      ['xl/comments1.xml', /<comment ref="([^"]+)"/g],
      ['xl/drawings/drawing2.xml', /textlink="'Stand van zaken'!([^"]+)"/g],
      ['xl/worksheets/sheet3.xml', /<f>'Stand van zaken'!([^<]+)<\/f>/g],
      ['xl/worksheets/sheet3.xml', /location="'Stand van zaken'!([^"]+)"/g],
      ['xl/workbook.xml', /'Stand van zaken'!([^<]+)<\/definedName>/g],
    ];
    for (const [part, pattern] of sites) {
      const old = all(was(part), pattern);
      const now = all(is(part), pattern);
      expect([part, pattern.source, old.length]).not.toEqual([part, pattern.source, 0]);
      // New merged ranges (the heading rows) come after the old ones.
      expect([part, pattern.source, now.slice(0, old.length)]).toEqual([part, pattern.source, old.map((ref) => moved(ref, map))]);
    }
    // Zero-based rows: the VML boxes of the comments, the page break, the text box's anchor.
    const zeroBased = (text: string) => text.replace(/\d+/, (n) => String(map(Number(n) + 1) - 1));
    expect(all(is('xl/drawings/vmlDrawing1.vml'), /<x:Row>(\d+)</g)).toEqual(all(was('xl/drawings/vmlDrawing1.vml'), /<x:Row>(\d+)</g).map(zeroBased));
    expect(all(is(sheet), /<brk id="(\d+)"/g)).toEqual(all(was(sheet), /<brk id="(\d+)"/g).map(zeroBased));
    expect(all(is('xl/drawings/drawing2.xml'), /<xdr:row>(\d+)</g)).toEqual(all(was('xl/drawings/drawing2.xml'), /<xdr:row>(\d+)</g).map(zeroBased));
    // And what stays: the Data sheet's names, the chart's ranges, the pivot cache's source.
    expect(all(is('xl/workbook.xml'), />(Data![^<]+)</g)).toEqual(all(was('xl/workbook.xml'), />(Data![^<]+)</g));
  });

  it('reads back with the table complete: no heading or stamp finding', async () => {
    const out = join(dir, `${name.replace(/\W+/g, '-')}-vast.xlsx`);
    const checked = await run(['check', out, '--today', TODAY, '--json']);
    const report = JSON.parse(checked.stdout) as JsonReport;
    const rules = report.findings.map((f) => f.rule);
    expect(rules.filter((r) => r.startsWith('heading.') || r.startsWith('datestamp.'))).toEqual([]);
    expect(report.table.headings).toBe(5);
  });

  (soffice ? it : it.skip)(
    'opens in LibreOffice: converted to PDF, and its first sheet to CSV with the new headings',
    () => {
      const out = join(dir, `${name.replace(/\W+/g, '-')}-vast.xlsx`);
      const lo = join(dir, `lo-${name.replace(/\W+/g, '-')}`);
      const convert = (format: string) =>
        execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--convert-to', format, '--outdir', lo, out], {
          timeout: 120_000,
          stdio: 'pipe',
        });
      convert('pdf');
      convert('csv:Text - txt - csv (StarCalc):44,34,76,1');
      const files = readdirSync(lo);
      const pdf = files.find((f) => f.endsWith('.pdf'));
      const csv = files.find((f) => f.endsWith('.csv'));
      expect(pdf && readFileSync(join(lo, pdf)).subarray(0, 5).toString()).toBe('%PDF-');
      // A real date shows in LibreOffice's locale ("24 November 2026"): compared without case.
      const lines = parseCsv(csv ? readFileSync(join(lo, csv), 'utf8') : '').map((row) => row[0]?.toLowerCase());
      expect(lines).toEqual(expect.arrayContaining(['huisvesting', 'inburgering', '24 november 2026']));
      expect(lines.indexOf('huisvesting')).toBe(lines.findIndex((l) => l?.startsWith('4.2.1')) - 1);
    },
    240_000,
  );
});

describe.each<[string, FixtureOptions, RegExp]>([
  ['a chart that plots the table', { features: ['chart-across'] }, /een grafiek tekent 'Stand van zaken'!\$A\$4:\$A\$\d+ \(xl\/charts\/chart2\.xml\)/],
  ['a pivot table whose cache reads the table', { features: ['pivot-across'] }, /de draaitabelcache leest A3:D\d+ \(xl\/pivotCache\/pivotCacheDefinition1\.xml\)/],
])('fix refuses a workbook with %s', (name, options, reason) => {
  it('in one line, naming what it found, and writes nothing', async () => {
    const result = await fix(name.replace(/\W+/g, '-'), options);
    expect(result.code).toBe(2);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toContain('niet aangepast, er is niets geschreven');
    expect(result.stderr).toMatch(reason);
    expect(existsSync(result.out)).toBe(false);
  });
});
