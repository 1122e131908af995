import { spawnSync } from 'child_process';
import { readFileSync } from 'fs';
import { join } from 'path';
import type { JsonReport } from '../../src/cli/report';
import { seedWithout } from '../fixtures/seed';
import { buildWorkbook } from '../hosts/files/xlsxSeed';
import { tempDir, writeTemp } from './helpers';

/** The real command, as `npx statustabel` runs it: node on bin/statustabel.js, TypeScript through tsx. */
const statustabel = (...args: string[]) => {
  const result = spawnSync(process.execPath, [join(__dirname, '../../bin/statustabel.js'), ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

jest.setTimeout(120_000);

describe('bin/statustabel.js', () => {
  it('check: exit 0 for the seed as of its date, 1 as of 2026 with JSON on stdout', () => {
    const ok = statustabel('check', 'seeds/stand-van-zaken.xlsx', '--today', '2021-06-19');
    expect(ok.stderr).toBe('');
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain('0 fouten, 3 waarschuwingen, 3 info');
    expect(ok.stdout).not.toContain('\x1b['); // a pipe is no terminal

    const late = statustabel('check', 'seeds/stand-van-zaken.docx', '--today', '2026-11-24', '--json');
    expect(late.code).toBe(1);
    const report = JSON.parse(late.stdout) as JsonReport;
    expect(report.findings.filter((f) => f.severity === 'error').length).toBeGreaterThan(0);
  });

  it('exit 2 with one line and no stack trace for a missing file and for a usage error', () => {
    const missing = statustabel('check', 'bestaat-niet.docx');
    expect(missing.code).toBe(2);
    // One language per line: the reason in Dutch too, no library text.
    expect(missing.stderr).toBe('statustabel: bestaat-niet.docx: bestand niet gevonden of niet leesbaar: bestaat-niet.docx bestaat niet\n');
    const usage = statustabel('check', '--lang', 'fr', 'x.docx');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('Gebruik:');
  });

  it('fix writes OUT and refuses FILE as OUT', async () => {
    const dir = tempDir();
    const input = writeTemp(dir, 'stand.xlsx', await buildWorkbook(seedWithout('INBURGERING')));
    const out = join(dir, 'vast.xlsx');
    const fixed = statustabel('fix', input, '--headings', '--datestamp', '--today', '2026-11-24', '-o', out);
    expect(fixed.stderr).toBe('');
    expect(fixed.code).toBe(0);
    const check = JSON.parse(statustabel('check', out, '--json', '--today', '2026-11-24').stdout) as JsonReport;
    expect(check.findings.map((f) => f.rule)).not.toContain('heading.missing');
    expect(check.findings.map((f) => f.rule)).not.toContain('datestamp.stale');

    const before = readFileSync(input);
    const same = statustabel('fix', input, '--headings', '-o', input);
    expect(same.code).toBe(2);
    expect(same.stderr).toMatch(/^statustabel: .*hetzelfde bestand.*\n$/);
    expect(readFileSync(input).equals(before)).toBe(true);
  });
});
