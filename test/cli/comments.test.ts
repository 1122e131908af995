import { readFileSync } from 'fs';
import { join } from 'path';
import { strFromU8, unzipSync } from 'fflate';
import { checkDocument } from '../../src/core';
import { seedDocument } from '../fixtures/seed';
import { run, tempDir } from './helpers';

const SEED_DOCX = 'seeds/stand-van-zaken.docx';
const SEED_XLSX = 'seeds/stand-van-zaken.xlsx';
const TODAY = '2026-11-24';

const signatures = (path: string): string[] =>
  [...strFromU8(unzipSync(new Uint8Array(readFileSync(path)))['word/comments.xml'] as Uint8Array).matchAll(/— Statustabel \(([^)]+)\)/g)].map((m) => m[1] ?? '');

const seedFindings = () => {
  const report = checkDocument(seedDocument, { today: TODAY });
  if (!report.ok) throw new Error(report.reason);
  return report.findings;
};

describe('statustabel fix --comments', () => {
  const dir = tempDir();

  it('writes one comment per finding, and placing again on its output keeps the count', async () => {
    const out = join(dir, 'opmerkingen.docx');
    const result = await run(['fix', SEED_DOCX, '--comments', '--today', TODAY, '-o', out], { now: () => new Date('2026-11-24T10:00:00Z') });
    const count = seedFindings().length;
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${SEED_DOCX}: ${count} opmerkingen geplaatst. Geschreven naar ${out}.\n`);
    expect(signatures(out).sort()).toEqual(seedFindings().map((f) => f.rule).sort());

    const again = join(dir, 'opnieuw.docx');
    const second = await run(['fix', out, '--comments', '--today', TODAY, '-o', again, '--lang', 'en']);
    expect(second.stdout).toBe(`${out}: placed ${count} comments, replacing ${count} placed before. Written to ${again}.\n`);
    expect(signatures(again)).toHaveLength(count);
  });

  it('places only the findings --rule and --severity choose', async () => {
    const errors = join(dir, 'fouten.docx');
    await run(['fix', SEED_DOCX, '--comments', '--severity', 'error', '--today', TODAY, '-o', errors]);
    expect(signatures(errors).sort()).toEqual(seedFindings().filter((f) => f.severity === 'error').map((f) => f.rule).sort());

    // At least a warning: errors and warnings, no info.
    const warnings = join(dir, 'waarschuwingen.docx');
    await run(['fix', SEED_DOCX, '--comments', '--severity', 'warning', '--today', TODAY, '-o', warnings]);
    expect(signatures(warnings)).toHaveLength(seedFindings().filter((f) => f.severity !== 'info').length);

    const two = join(dir, 'twee.docx');
    await run(['fix', SEED_DOCX, '--comments', '--rule', 'planning.missing', '--rule', 'datestamp.stale', '--today', TODAY, '-o', two]);
    const wanted = seedFindings().filter((f) => f.rule === 'planning.missing' || f.rule === 'datestamp.stale');
    expect(wanted.length).toBeGreaterThan(1);
    expect(signatures(two).sort()).toEqual(wanted.map((f) => f.rule).sort());
  });

  it('goes on the document as fixed when combined with --datestamp', async () => {
    const out = join(dir, 'alles.docx');
    const result = await run(['fix', SEED_DOCX, '--datestamp', '--comments', '--today', TODAY, '-o', out]);
    expect(result.code).toBe(0);
    // With the stamp moved on, every status is as it was at the stand of 19 June 2021, and the stamp is current.
    const rules = signatures(out);
    expect(rules.filter((r) => r === 'status.unchanged')).toHaveLength(12);
    expect(rules).not.toContain('datestamp.stale');
  });

  it('leaves notes in an .xlsx, and takes filters without --comments as a usage error', async () => {
    const out = join(dir, 'x.xlsx');
    const placed = await run(['fix', SEED_XLSX, '--comments', '--rule', 'planning.past-due', '--today', TODAY, '-o', out]);
    expect(placed.code).toBe(0);
    const notes = strFromU8(unzipSync(new Uint8Array(readFileSync(out)))['xl/comments1.xml'] as Uint8Array);
    const signed = [...notes.matchAll(/— Statustabel \(([a-z.-]+)\)/g)].map((m) => m[1]);
    expect(signed).toHaveLength(seedFindings().filter((f) => f.rule === 'planning.past-due').length);
    expect(new Set(signed)).toEqual(new Set(['planning.past-due']));
    expect(placed.stdout).toContain(`${signed.length} opmerkingen geplaatst`);
    for (const argv of [
      ['fix', SEED_DOCX, '--headings', '--rule', 'planning.missing', '-o', join(dir, 'y.docx')],
      ['fix', SEED_DOCX, '--comments', '--rule', 'no.such-rule', '-o', join(dir, 'y.docx')],
      ['fix', SEED_DOCX, '--comments', '--severity', 'fatal', '-o', join(dir, 'y.docx')],
      ['check', SEED_DOCX, '--comments'],
    ]) {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Gebruik:');
    }
  });

  it('says in --help which findings it places', async () => {
    const help = await run(['--help', '--lang', 'en']);
    expect(help.stdout).toContain('--rule ID');
    expect(help.stdout).toContain('--severity LEVEL');
    expect(help.stdout).toContain('statustabel diff OLD NEW [--json] [--lang nl|en]');
  });
});
