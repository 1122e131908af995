import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceDocument } from '../src/core';
import { runCli } from '../src/cli/run';
import { buildSeedDocx, buildSeedXlsx } from '../scripts/seed-files';
import { timeMedian } from './stats';

export interface CliFigures {
  /** `statustabel check FILE --json` run in-process (open, read, check, report). */
  readonly inProcessMs: { docx: number; xlsx: number };
  /** The same as a fresh `node bin/statustabel.js` process, start-up included. */
  readonly processMs: { docx: number; xlsx: number };
}

const discard = (): void => undefined;

export const measureCli = async (root: string, doc: SourceDocument): Promise<CliFigures> => {
  const dir = mkdtempSync(join(tmpdir(), 'statustabel-bench-'));
  const docx = join(dir, 'status-1000.docx');
  const xlsx = join(dir, 'status-1000.xlsx');
  writeFileSync(docx, await buildSeedDocx(doc));
  writeFileSync(xlsx, await buildSeedXlsx(doc));
  const inProcess = (file: string) =>
    timeMedian(() => runCli(['check', file, '--json', '--today', '2026-11-24'], { stdout: discard, stderr: discard }), 5, 1);
  const spawned = (file: string) =>
    timeMedian(
      () => spawnSync(process.execPath, [join(root, 'bin', 'statustabel.js'), 'check', file, '--json'], { cwd: root, stdio: 'ignore' }),
      3,
      1,
    );
  return {
    inProcessMs: { docx: await inProcess(docx), xlsx: await inProcess(xlsx) },
    processMs: { docx: await spawned(docx), xlsx: await spawned(xlsx) },
  };
};
