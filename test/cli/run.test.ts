import { readFileSync, symlinkSync, existsSync } from 'fs';
import { join } from 'path';
import { checkDocument, type Finding } from '../../src/core';
import type { JsonReport } from '../../src/cli/report';
import { openPath } from '../../src/hosts/files/open';
import { buildSeedDocx } from '../../scripts/seed-files';
import { seedDocument, seedWithout } from '../fixtures/seed';
import { expectedSeedFindings, type FindingKey } from '../fixtures/seedExpectation';
import { buildWorkbook, cellValues } from '../hosts/files/xlsxSeed';
import { asDocxReads } from '../hosts/files/docxExpect';
import { run, tempDir, writeTemp } from './helpers';
import { buildFixtureXlsx, withoutHeadings } from '../../scripts/xlsx-fixtures';
import { around, contentOf, plainDocument } from '../fixtures/plain';

const SEED_XLSX = 'seeds/stand-van-zaken.xlsx';
const SEED_DOCX = 'seeds/stand-van-zaken.docx';

const keysOf = (findings: JsonReport['findings']): FindingKey[] =>
  findings
    .map((f) => ({ rule: f.rule, severity: f.severity, subject: f.measure ?? f.heading ?? f.column ?? '' }))
    .sort((a, b) => `${a.rule}|${a.subject}`.localeCompare(`${b.rule}|${b.subject}`));

const ANSI = /\x1b\[/;

describe('statustabel check', () => {
  it('reports the seed as of its own date: exit 0, the findings in a table, no colours off a terminal', async () => {
    const result = await run(['check', SEED_XLSX, '--today', '2021-06-19']);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout).toContain(SEED_XLSX);
    expect(result.stdout).toContain('21 rijen, 12 maatregelen, 5 kopjes; peildatum 19 juni 2021');
    expect(result.stdout).toMatch(/waarschuwing\s+planning\.missing\s+4\.2\.1\s+C5\s+Maatregel 4\.2\.1 heeft geen planning\./);
    expect(result.stdout).toContain('0 fouten, 3 waarschuwingen, 3 info');
    expect(result.stdout).not.toMatch(ANSI);
  });

  it('exits 1 when a finding is an error, and colours severities on a terminal unless NO_COLOR', async () => {
    const tty = await run(['check', SEED_XLSX, '--today', '2026-11-24'], { stdoutIsTTY: true, env: {} });
    expect(tty.code).toBe(1);
    expect(tty.stdout).toContain('\x1b[31mfout');
    const noColour = await run(['check', SEED_XLSX, '--today', '2026-11-24'], { stdoutIsTTY: true, env: { NO_COLOR: '1' } });
    expect(noColour.stdout).not.toMatch(ANSI);
  });

  it('prints one JSON object with the agreed shape and the seed expectation', async () => {
    const result = await run(['check', SEED_XLSX, '--today', '2026-11-24', '--json']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as JsonReport;
    expect(Object.keys(report).sort()).toEqual(['file', 'findings', 'table', 'today']);
    expect(report.file).toBe(SEED_XLSX);
    expect(report.today).toBe('2026-11-24');
    expect(report.table).toEqual({ rows: 21, measures: 12, headings: 5 });
    expect(keysOf(report.findings)).toEqual(expectedSeedFindings('2026-11-24'));
    report.findings.forEach((f) => {
      expect(Object.keys(f).every((k) => ['rule', 'severity', 'measure', 'heading', 'column', 'message', 'location'].includes(k))).toBe(true);
      expect(typeof f.message).toBe('string');
      expect(f).toHaveProperty('location');
    });
    const pastDue = report.findings.find((f) => f.rule === 'planning.past-due' && f.measure === '4.3.2');
    expect(pastDue?.message).toContain('najaar 2021');
    expect(pastDue?.location).toEqual({ block: 2, row: 3, column: 2 });
  });

  it('without --today, checks as of today in Amsterdam', async () => {
    // 23:30 UTC on 24 November is already 25 November in Amsterdam.
    const result = await run(['check', SEED_XLSX, '--json'], { now: () => new Date('2026-11-24T23:30:00Z') });
    expect((JSON.parse(result.stdout) as JsonReport).today).toBe('2026-11-25');
  });

  it('--lang en gives the English messages of core', async () => {
    const result = await run(['check', SEED_DOCX, '--today', '2026-11-24', '--json', '--lang', 'en']);
    const report = JSON.parse(result.stdout) as JsonReport;
    const core = checkDocument(seedDocument, { today: '2026-11-24' });
    if (!core.ok) throw new Error(core.reason);
    expect(report.findings.map((f) => f.message)).toEqual(core.findings.map((f: Finding) => f.message.en));
    expect(report.findings.map((f) => f.message)).not.toEqual(core.findings.map((f: Finding) => f.message.nl));
    const text = await run(['check', SEED_DOCX, '--today', '2021-06-19', '--lang', 'en']);
    expect(text.stdout).toContain('0 errors, 3 warnings, 3 info');
    expect(text.stdout).toContain('Measure 4.2.1 has no planning.');
  });

  it('prints an array for several files, docx and xlsx alike', async () => {
    const result = await run(['check', SEED_XLSX, SEED_DOCX, '--today', '2021-06-19', '--json']);
    expect(result.code).toBe(0);
    const reports = JSON.parse(result.stdout) as JsonReport[];
    expect(reports.map((r) => r.file)).toEqual([SEED_XLSX, SEED_DOCX]);
    expect(keysOf(reports[0]!.findings)).toEqual(keysOf(reports[1]!.findings));
    expect(keysOf(reports[0]!.findings)).toEqual(expectedSeedFindings('2021-06-19'));
  });

  describe('exit 2 with one line on stderr for a file that cannot be checked', () => {
    const dir = tempDir();
    const seed = readFileSync(SEED_XLSX);
    const cases: [string, () => Promise<string> | string, RegExp][] = [
      ['a missing file', () => join(dir, 'nope.xlsx'), /niet gevonden/],
      ['a text file', () => writeTemp(dir, 'notes.txt', 'hallo'), /geen bruikbaar/],
      ['an old .xls', () => writeTemp(dir, 'old.xls', 'x'), /\.xls/],
      ['a folder', () => dir, /is een map/],
      ['a damaged workbook', () => writeTemp(dir, 'half.xlsx', seed.subarray(0, 3000)), /beschadigd/],
      ['a Word document named .xlsx', () => writeTemp(dir, 'word.xlsx', readFileSync(SEED_DOCX)), /is een Word-document/],
      ['a workbook without a status table', async () => writeTemp(dir, 'other.xlsx', await buildWorkbook(plainDocument({ tables: [[[['a'], ['b']]]], after: [] }))), /geen statustabel/],
    ];
    it.each(cases)('%s', async (_name, make, reason) => {
      const file = await make();
      const result = await run(['check', file, SEED_XLSX, '--today', '2021-06-19']);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(reason);
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(new RegExp(`^statustabel: ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
      expect(result.stderr).not.toMatch(/\n\s+at /);
      // The other file is still reported.
      expect(result.stdout).toContain(SEED_XLSX);
    });
  });

  it.each([
    [[]],
    [['frob']],
    [['check']],
    [['check', SEED_XLSX, '--bogus']],
    [['check', SEED_XLSX, '--today', '2021-02-30']],
    [['check', SEED_XLSX, '--today', '19-06-2021']],
    [['check', SEED_XLSX, '--lang', 'de']],
    [['check', SEED_XLSX, '--headings']],
  ])('usage error %j: exit 2 with the usage', async (argv) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Gebruik:');
    expect(result.stdout).toBe('');
  });

  it('--help prints the usage in the language asked for and exits 0', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('statustabel fix BESTAND --headings --datestamp [--today JJJJ-MM-DD] -o UIT');
    const english = await run(['--help', '--lang', 'en']);
    expect(english.stdout).toContain('statustabel fix FILE --headings --datestamp [--today YYYY-MM-DD] -o OUT');
  });
});

describe('statustabel fix', () => {
  it('--headings writes OUT with INBURGERING back above 7.2; FILE stays as it was', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'zonder.xlsx', await buildWorkbook(seedWithout('INBURGERING'), { dateStamp: true }));
    const original = readFileSync(input);
    const out = join(dir, 'met.xlsx');
    const result = await run(['fix', input, '--headings', '-o', out]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('1 kopje ingevoegd: INBURGERING');
    expect(readFileSync(input).equals(original)).toBe(true);

    const checked = await run(['check', out, '--today', '2021-06-19', '--json']);
    const report = JSON.parse(checked.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.rule === 'heading.missing')).toEqual([]);
    expect(keysOf(report.findings)).toEqual(expectedSeedFindings('2021-06-19'));
    expect(contentOf((await (await openPath(out)).host.read()))).toEqual(contentOf(seedDocument));
    // Only the inserted row is new: as many cells plus one.
    expect((await cellValues(readFileSync(out))).size).toBe((await cellValues(original)).size + 1);
  });

  it('--headings --datestamp on a .docx', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'zonder.docx', await buildSeedDocx(seedWithout('INBURGERING')));
    const out = join(dir, 'met.docx');
    const result = await run(['fix', input, '--headings', '--datestamp', '--today', '2026-11-24', '-o', out, '--lang', 'en']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('inserted 1 heading: INBURGERING; date stamp set: 24 november 2026');
    // The .docx reader reads the seed's bold title as bold (test/hosts/files/docxExpect.ts).
    expect((await (await openPath(out)).host.read())).toEqual(asDocxReads(around(seedDocument, { after: ['24 november 2026'] })));
  });

  it('--datestamp keeps a date cell a date and writes nothing else new', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'stand.xlsx', await buildWorkbook(seedDocument, { dateStamp: true }));
    const out = join(dir, 'nieuw.xlsx');
    expect((await run(['fix', input, '--datestamp', '--today', '2026-11-24', '-o', out])).code).toBe(0);
    const before = await cellValues(readFileSync(input));
    const after = await cellValues(readFileSync(out));
    const changed = [...after.keys()].filter((k) => JSON.stringify(after.get(k)) !== JSON.stringify(before.get(k)));
    expect(changed).toHaveLength(1);
    expect(after.get(changed[0]!)).toBe('2026-11-24T00:00:00.000Z'); // a Date, as JSON
  });

  it('with nothing to do, OUT is a byte copy of FILE', async () => {
    const dir = tempDir();
    const out = join(dir, 'kopie.xlsx');
    const result = await run(['fix', SEED_XLSX, '--headings', '-o', out]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('alle standaardkopjes stonden er al');
    expect(readFileSync(out).equals(readFileSync(SEED_XLSX))).toBe(true);
  });

  it('refuses to write over FILE, by any name', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'stand.xlsx', await buildWorkbook(seedWithout('INBURGERING')));
    const original = readFileSync(input);
    symlinkSync(input, join(dir, 'link.xlsx'));
    for (const out of [input, join(dir, '.', '..', dir.split('/').pop()!, 'stand.xlsx'), join(dir, 'link.xlsx')]) {
      const result = await run(['fix', input, '--headings', '-o', out]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('hetzelfde bestand');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
    expect(readFileSync(input).equals(original)).toBe(true);
  });

  it.each([
    [['fix', SEED_XLSX, '--headings']],
    [['fix', SEED_XLSX, '-o', 'x.xlsx']],
    [['fix', SEED_XLSX, SEED_DOCX, '--headings', '-o', 'x.xlsx']],
    [['fix', SEED_XLSX, '--headings', '--json', '-o', 'x.xlsx']],
  ])('usage error %j', async (argv) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Gebruik:');
    expect(existsSync('x.xlsx')).toBe(false);
  });

  it('refuses an OUT of another kind, and a FILE without a status table', async () => {
    const dir = tempDir();
    const wrongKind = await run(['fix', SEED_XLSX, '--headings', '-o', join(dir, 'out.docx')]);
    expect(wrongKind.code).toBe(2);
    expect(wrongKind.stderr).toMatch(/\.xlsx/);
    const other = writeTemp(dir, 'other.xlsx', await buildWorkbook(plainDocument({ tables: [[[['a'], ['b']]]], after: [] })));
    const none = await run(['fix', other, '--headings', '-o', join(dir, 'out.xlsx')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('geen statustabel');
    expect(existsSync(join(dir, 'out.xlsx'))).toBe(false);
  });
});

describe('one language per message', () => {
  const dir = tempDir();
  const half = writeTemp(dir, 'half.xlsx', readFileSync(SEED_XLSX).subarray(0, 3000));

  it('says why a file cannot be read in the language asked for, with the format\'s own words only after --verbose', async () => {
    const nl = await run(['check', half]);
    expect(nl.stderr).toBe(`statustabel: ${half}: beschadigd bestand: het zip-archief is beschadigd of afgebroken\n`);
    const en = await run(['check', half, '--lang', 'en']);
    expect(en.stderr).toBe(`statustabel: ${half}: damaged file: the zip archive is damaged or cut off\n`);
    const verbose = await run(['check', half, '--verbose']);
    // The one line, and behind it what the zip reader found, marked as detail.
    expect(verbose.stderr).toMatch(/^statustabel: .*: beschadigd bestand: het zip-archief is beschadigd of afgebroken \[details: .+\]\n$/);
    expect(verbose.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('words usage errors itself, not as node:util does', async () => {
    const nl = await run(['check', SEED_XLSX, '--bogus']);
    expect(nl.stderr.split('\n')[0]).toBe('statustabel: onbekende optie --bogus');
    expect(nl.stderr).not.toMatch(/Unknown option/);
    const en = await run(['check', SEED_XLSX, '--bogus', '--lang', 'en']);
    expect(en.stderr.split('\n')[0]).toBe('statustabel: unknown option --bogus');
    expect(en.stderr).toContain('Usage:');
    const verbose = await run(['check', SEED_XLSX, '--bogus', '--verbose']);
    expect(verbose.stderr.split('\n')[0]).toMatch(/^statustabel: onbekende optie --bogus \[details: Unknown option '--bogus'/);
  });

  it('names a refusal of fix in one line, in Dutch or English, and writes nothing', async () => {
    const input = writeTemp(dir, 'grafiek.xlsx', buildFixtureXlsx(withoutHeadings(seedDocument, ['INBURGERING']), { features: ['chart-across'] }));
    const out = join(dir, 'grafiek-vast.xlsx');
    const nl = await run(['fix', input, '--headings', '-o', out]);
    expect(nl.stderr).toMatch(/^statustabel: .*: niet aangepast, er is niets geschreven: een grafiek tekent 'Stand van zaken'!\$A\$4:\$A\$\d+ \(xl\/charts\/chart2\.xml\), over de rijen waar kopjes komen\n$/);
    const en = await run(['fix', input, '--headings', '-o', out, '--lang', 'en']);
    expect(en.stderr).toMatch(/: not fixed, nothing was written: a chart plots 'Stand van zaken'!\$A\$4:\$A\$\d+ \(xl\/charts\/chart2\.xml\), across the rows where headings go\n$/);
    expect(existsSync(out)).toBe(false);
  });
});
