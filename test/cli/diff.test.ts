import { readFileSync } from 'fs';
import { join } from 'path';
import type { JsonDiff } from '../../src/cli/diff';
import { buildSeedDocx, buildSeedXlsx, seedNextRound } from '../../scripts/seed-files';
import { readEntry, readZip, rewriteZip } from '../../src/hosts/files/ooxml/zip';
import { readStatusTable, serialiseSnapshot, takeSnapshot } from '../../src/core';
import { withSnapshot } from '../../src/hosts/files/snapshotPart';
import { seedDocument } from '../fixtures/seed';
import { run, tempDir, writeTemp } from './helpers';

const SEED_DOCX = 'seeds/stand-van-zaken.docx';
const SEED_XLSX = 'seeds/stand-van-zaken.xlsx';

/**
 * The round seedNextRound makes, derived from what it edits: 4.3.3 added, 5.2.3 removed, 4.3.2's
 * "najaar 2021" (ends 20 December 2021) become "voorjaar 2022" (ends 20 June 2022: later), 8.2.1's
 * trekker LRT emptied, the heading INBURGERING deleted. Listed in the order of the kinds.
 */
const ROUND = [
  { kind: 'measure.added', measure: '4.3.3', after: 'Versnelling vergunningverlening' },
  { kind: 'measure.removed', measure: '5.2.3', before: 'Handreikingen verhoogde asielinstroom' },
  { kind: 'planning.changed', measure: '4.3.2', before: 'Openstelling in najaar 2021', after: 'Openstelling in voorjaar 2022', shift: 'later' },
  { kind: 'trekker.changed', measure: '8.2.1', before: 'LRT', after: '' },
  { kind: 'heading.removed', heading: 'INBURGERING' },
];

describe('statustabel diff OLD NEW', () => {
  const dir = tempDir();
  let nextDocx = '';
  let nextXlsx = '';
  beforeAll(async () => {
    const next = seedNextRound(seedDocument);
    nextDocx = writeTemp(dir, 'ronde.docx', await buildSeedDocx(next));
    nextXlsx = writeTemp(dir, 'ronde.xlsx', await buildSeedXlsx(next));
  });

  const pairs: [string, () => [string, string]][] = [
    ['.docx → .docx', () => [SEED_DOCX, nextDocx]],
    ['.xlsx → .xlsx', () => [SEED_XLSX, nextXlsx]],
    ['.docx → .xlsx', () => [SEED_DOCX, nextXlsx]],
    ['.xlsx → .docx', () => [SEED_XLSX, nextDocx]],
  ];

  it.each(pairs)('%s: exactly the five changes of the round, exit 1', async (_name, files) => {
    const [old, now] = files();
    const result = await run(['diff', old, now, '--json']);
    expect(result).toMatchObject({ code: 1, stderr: '' });
    const diff = JSON.parse(result.stdout) as JsonDiff;
    expect(diff).toEqual({ old, new: now, changes: ROUND });
    expect(Object.keys(diff)).toEqual(['old', 'new', 'changes']);
  });

  it('finds nothing between the seed as .docx and as .xlsx: exit 0', async () => {
    const result = await run(['diff', SEED_DOCX, SEED_XLSX, '--json']);
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as JsonDiff).changes).toEqual([]);
  });

  it('prints the changes for a reviewer, in Dutch by default and in English on request', async () => {
    const nl = await run(['diff', SEED_DOCX, nextDocx]);
    expect(nl.code).toBe(1);
    expect(nl.stdout).toContain(`Wijzigingen van ${SEED_DOCX} naar ${nextDocx}`);
    expect(nl.stdout).toContain('  Nieuwe maatregelen\n    4.3.3 Versnelling vergunningverlening\n');
    expect(nl.stdout).toContain('  Vervallen maatregelen\n    5.2.3 Handreikingen verhoogde asielinstroom\n');
    // 20 December 2021 to 20 June 2022: the same day of the month, six months on.
    expect(nl.stdout).toContain('    4.3.2: 6 maanden later: “Openstelling in najaar 2021” → “Openstelling in voorjaar 2022”\n');
    expect(nl.stdout).toContain('  Trekker gewijzigd\n    8.2.1: “LRT” → (leeg)\n');
    expect(nl.stdout).toContain('  Kopjes verwijderd\n    INBURGERING\n');
    expect(nl.stdout).toContain('5 wijzigingen');
    const en = await run(['diff', SEED_DOCX, nextDocx, '--lang', 'en']);
    expect(en.stdout).toContain('    4.3.2: 6 months later: “Openstelling in najaar 2021” → “Openstelling in voorjaar 2022”\n');
    expect(en.stdout).toContain('  Trekker changed\n    8.2.1: “LRT” → (empty)\n');
    expect(en.stdout).toContain('5 changes');
    expect(en.stdout).not.toMatch(/Wijzigingen|maanden/);
  });

  it('exits 2 with one line in the chosen language when a file cannot be read', async () => {
    const missing = join(dir, 'weg.docx');
    const nl = await run(['diff', SEED_DOCX, missing]);
    expect(nl.code).toBe(2);
    expect(nl.stdout).toBe('');
    expect(nl.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(nl.stderr).toMatch(/^statustabel: .*weg\.docx: bestand niet gevonden/);
    const en = await run(['diff', writeTemp(dir, 'kapot.docx', readFileSync(SEED_DOCX).subarray(0, 2000)), SEED_DOCX, '--lang', 'en']);
    expect(en.code).toBe(2);
    expect(en.stderr).toMatch(/kapot\.docx: damaged file/);
    expect(en.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it.each([[['diff']], [['diff', 'a.docx', 'b.docx', 'c.docx']], [['diff', SEED_DOCX, '--today', '2026-11-24']], [['diff', SEED_DOCX, '-o', 'x.docx']]])(
    'usage error %j: exit 2',
    async (argv) => {
      const result = await run(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('Gebruik:');
    },
  );
});

describe('statustabel diff FILE: against the stand the file keeps', () => {
  const dir = tempDir();

  it('after fix --datestamp the file keeps the stand of 19 June 2021; an edit since is the one change', async () => {
    const stamped = join(dir, 'gestempeld.docx');
    const fixed = await run(['fix', SEED_DOCX, '--datestamp', '--today', '2026-11-24', '-o', stamped]);
    expect(fixed.code).toBe(0);
    expect(fixed.stdout).toContain('vorige stand (19 juni 2021) bewaard');

    const same = await run(['diff', stamped, '--json']);
    expect(same.code).toBe(0);
    expect(JSON.parse(same.stdout)).toEqual({ old: `${stamped}#2021-06-19`, new: stamped, changes: [] });

    // Every status untouched since the stand while the stamp moved on: the 12 measures, all with a status.
    const checked = await run(['check', stamped, '--today', '2026-11-24', '--json']);
    const unchanged = (JSON.parse(checked.stdout) as { findings: { rule: string }[] }).findings.filter((f) => f.rule === 'status.unchanged');
    expect(unchanged).toHaveLength(12);

    // The round's edits in the stamped file: its document part from the next round, its snapshot part kept
    // (that document still carries the old stamp, which the diff does not look at).
    const zip = readZip(new Uint8Array(readFileSync(stamped)));
    const nextZip = readZip(await buildSeedDocx(seedNextRound(seedDocument)));
    const documentXml = nextZip.entries.find((e) => e.name === 'word/document.xml');
    if (!documentXml) throw new Error('no document part');
    const edited = writeTemp(dir, 'bewerkt.docx', rewriteZip(zip, new Map([['word/document.xml', readEntry(nextZip, documentXml)]])));
    const since = await run(['diff', edited, '--json']);
    expect(since.code).toBe(1);
    expect((JSON.parse(since.stdout) as JsonDiff).changes).toEqual(ROUND);
    const text = await run(['diff', edited]);
    expect(text.stdout).toContain(`${edited}: wijzigingen sinds de vorige stand van 19 juni 2021`);
  });

  it('reads the stand an .xlsx keeps (the same part, related from the workbook)', async () => {
    const read = readStatusTable(seedDocument);
    if (!read.ok) throw new Error(read.reason);
    const stand = serialiseSnapshot(takeSnapshot(read.table, '2021-06-19'));
    const next = writeTemp(dir, 'ronde-met-stand.xlsx', withSnapshot(await buildSeedXlsx(seedNextRound(seedDocument)), stand));
    const result = await run(['diff', next, '--json']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ old: `${next}#2021-06-19`, new: next, changes: ROUND });
  });

  it('exits 2 with one line for a file that keeps no stand, or a damaged one', async () => {
    const none = await run(['diff', SEED_DOCX]);
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/bewaart geen vorige stand/);
    expect(none.stderr.trimEnd().split('\n')).toHaveLength(1);

    const stamped = join(dir, 'voor-schade.docx');
    await run(['fix', SEED_DOCX, '--datestamp', '--today', '2026-11-24', '-o', stamped]);
    const zip = readZip(new Uint8Array(readFileSync(stamped)));
    const damaged = writeTemp(
      dir,
      'schade.docx',
      rewriteZip(zip, new Map([['customXml/item1.xml', new TextEncoder().encode('<snapshot xmlns="urn:statustabel:snapshot">{"format":"statustabel.snapshot","vers</snapshot>')]])),
    );
    const result = await run(['diff', damaged, '--lang', 'en']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/previous stand ignored: The stored previous stand is damaged/);
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    // The check itself goes on without the stand: no status.unchanged, no crash.
    const checked = await run(['check', damaged, '--today', '2026-11-24', '--json']);
    expect(checked.code).toBe(1);
    expect(checked.stdout).not.toContain('status.unchanged');
  });
});
