import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceDocument } from '../src/core';
import { buildFixtureXlsx, longText, withoutHeadings } from '../scripts/xlsx-fixtures';
import { timeMedian } from './stats';

/** `check` and `fix --headings --datestamp` of one workbook, each a new `node bin/statustabel.js` process. */
export interface CheckAndFix {
  readonly checkMs: number;
  readonly fixMs: number;
  /** Exit codes of the last runs: 1 (findings) for check, 0 for fix. */
  readonly checkExit: number | null;
  readonly fixExit: number | null;
}

/** The two cases the issue timed (214 s and 7–9 s with exceljs), as our own fixtures. */
export interface LargeXlsxFigures {
  /** The status table and 50,000 merged ranges beside it (POI's 57893-many-merges.xlsx has 50,000). */
  readonly merges50k: CheckAndFix;
  /** 12,000 rows whose status is one shared 1 MB string (POI's poc-shared-strings.xlsx). */
  readonly sharedString1MB: CheckAndFix;
}

const run = (root: string, args: readonly string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'statustabel.js'), ...args], { cwd: root, stdio: 'ignore' });

const measure = async (root: string, dir: string, name: string, bytes: Uint8Array): Promise<CheckAndFix> => {
  const file = join(dir, `${name}.xlsx`);
  const out = join(dir, `${name}-vast.xlsx`);
  writeFileSync(file, bytes);
  let checkExit: number | null = null;
  let fixExit: number | null = null;
  const checkMs = await timeMedian(() => {
    checkExit = run(root, ['check', file, '--json', '--today', '2026-11-24']).status;
  }, 3, 0);
  const fixMs = await timeMedian(() => {
    rmSync(out, { force: true });
    fixExit = run(root, ['fix', file, '--headings', '--datestamp', '--today', '2026-11-24', '-o', out]).status;
  }, 3, 0);
  return { checkMs, fixMs, checkExit, fixExit };
};

export const measureLargeXlsx = async (root: string): Promise<LargeXlsxFigures> => {
  const dir = mkdtempSync(join(tmpdir(), 'statustabel-bench-xlsx-'));
  const seed = JSON.parse(readFileSync(join(root, 'seeds', 'stand-van-zaken.json'), 'utf8')) as SourceDocument;
  const doc = withoutHeadings(seed, ['HUISVESTING', 'INBURGERING']);
  try {
    return {
      merges50k: await measure(root, dir, 'merges-50k', buildFixtureXlsx(doc, { features: ['merges-50k'] })),
      sharedString1MB: await measure(root, dir, 'shared-1mb', buildFixtureXlsx(doc, { sharedStatus: longText(1024 * 1024), extraMeasures: 12_000 })),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};
