import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync, type Zippable } from 'fflate';
import type { SourceDocument } from '../src/core';
import { buildSeedDocx } from '../scripts/seed-files';

export interface FileRun {
  readonly exit: number;
  readonly ms: number;
  readonly maxRssMB: number;
}

export interface MemoryFigures {
  /** A status .docx just under the 50 MB limit: 1,000 rows plus a 45 MB picture it carries. */
  readonly docx49MB: FileRun;
  /** 60 MB of bytes named .docx: refused by size before it is read. */
  readonly over50MB: FileRun;
  /** A bare process checking the 1,000-row .docx without the picture, for comparison. */
  readonly docxSmall: FileRun;
}

const runChild = (root: string, file: string): FileRun => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench', 'memory-child.ts'), file], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(child.stdout) as FileRun;
};

/** Peak memory of the command line on big files: it must not grow with what it does not read. */
export const measureMemory = async (root: string, doc: SourceDocument): Promise<MemoryFigures> => {
  const dir = mkdtempSync(join(tmpdir(), 'statustabel-memory-'));
  const small = await buildSeedDocx(doc);
  // Stored, not deflated: a photo in a real document is already compressed.
  const entries: Zippable = { ...unzipSync(small), 'word/media/image1.bin': [randomBytes(45 * 1024 * 1024), { level: 0 }] };
  const big = zipSync(entries);
  const paths = { small: join(dir, 'small.docx'), big: join(dir, 'big.docx'), over: join(dir, 'over.docx') };
  writeFileSync(paths.small, small);
  writeFileSync(paths.big, big);
  writeFileSync(paths.over, randomBytes(60 * 1024 * 1024));
  return { docxSmall: runChild(root, paths.small), docx49MB: runChild(root, paths.big), over50MB: runChild(root, paths.over) };
};
