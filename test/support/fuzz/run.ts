/** The fuzzer's inputs and runs: one input by seed and index, what became of it, a run's summary. */
import { zipSync, type Zippable } from 'fflate';
import { checkDocument } from '../../../src/core/check';
import { planDateStamp, planHeadings, type Edit } from '../../../src/core/edits';
import { readStatusTable } from '../../../src/core/model';
import { openDocx } from '../../../src/hosts/files/docx';
import { FileError } from '../../../src/hosts/files/errors';
import { openBytes } from '../../../src/hosts/files/open';
import type { StatusHost } from '../../../src/hosts/host';
import type { StatusFile } from '../../../src/hosts/files/types';
import { openXlsx } from '../../../src/hosts/files/xlsx';
import { concat } from '../../../src/hosts/files/ooxml/zip';
import { prng } from '../../../src/simulator/fixtures/synthetic';
import { buildCorpus, type Corpus, type Format } from './corpus';
import { count, int, mutateBytes, mutateZip, pickOf, randomBytes } from './mutate';

// ——— inputs ———

export type Opener = 'open' | 'openBytes';

export interface FuzzInput {
  readonly format: Format;
  readonly index: number;
  readonly strategy: string;
  readonly bytes: Uint8Array;
  /** The format's own reader, or openBytes with `name` (which checks the name against the content). */
  readonly opener: Opener;
  readonly name: string;
}

/** A 32-bit mix of seed, format and index: each input has its own random stream. */
const streamSeed = (seed: number, format: Format, index: number): number => {
  let h = (seed ^ 0x9e3779b9 ^ (format === 'docx' ? 0x1234567 : 0x7654321)) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
};

/** Input `index` of `format` for `seed`: the same on every run. */
export const generateInput = (corpus: Corpus, seed: number, format: Format, index: number): FuzzInput => {
  const random = prng(streamSeed(seed, format, index));
  const bases = corpus[format];
  const source = pickOf(random, bases);
  const roll = random();
  let bytes: Uint8Array;
  let strategy: string;
  if (roll < 0.3) {
    bytes = source.bytes;
    const ops: string[] = [];
    const rounds = count(random, 12);
    for (let i = 0; i < rounds; i += 1) {
      const next = mutateBytes(random, bytes);
      bytes = next.bytes;
      ops.push(next.op);
    }
    strategy = `bytes(${source.label}: ${ops.join(',')})`;
  } else if (roll < 0.85) {
    const next = mutateZip(random, source, format);
    bytes = next.bytes;
    strategy = `zip(${source.label}: ${next.ops.join('; ')})`;
    if (random() < 0.05) {
      bytes = mutateBytes(random, bytes).bytes;
      strategy += ' + bytes';
    }
  } else if (roll < 0.9) {
    bytes = source.bytes;
    strategy = `intact(${source.label})`;
  } else {
    const kind = int(random, 3);
    if (kind === 0) {
      bytes = randomBytes(random, int(random, random() < 0.9 ? 512 : 65536));
      strategy = 'random bytes';
    } else if (kind === 1) {
      bytes = concat([new Uint8Array([0x50, 0x4b, pickOf(random, [3, 5]), pickOf(random, [4, 6])]), randomBytes(random, int(random, 4096))]);
      strategy = 'random bytes after a zip signature';
    } else {
      const names = format === 'docx' ? ['word/document.xml', '_rels/.rels', '[Content_Types].xml'] : ['xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/sharedStrings.xml', '_rels/.rels'];
      const parts: Zippable = {};
      for (const name of names) if (random() < 0.8) parts[name] = randomBytes(random, int(random, 2048));
      bytes = zipSync(parts);
      strategy = 'zip of random parts';
    }
  }
  const opener: Opener = random() < 0.6 ? 'open' : 'openBytes';
  const name = opener === 'open' ? `input.${format}` : pickOf(random, [`input.${format}`, `input.${format}`, `INPUT.${format.toUpperCase()}`, 'input.docx', 'input.xlsx', 'input.doc', 'input']);
  return { format, index, strategy, bytes, opener, name };
};


// ——— running one input ———

export type Outcome =
  | { readonly kind: 'opened'; readonly applied: boolean }
  | { readonly kind: 'file-error'; readonly code: string; readonly stage: 'open' | 'apply' }
  | { readonly kind: 'failure'; readonly stage: string; readonly error: string };

const TODAY = '2026-11-24';

const describe = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message.split('\n')[0]}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(error);

/** The file host behind openBytes, seen as a reader: its document, and its bytes after an update. */
const asReader = async (host: StatusHost): Promise<StatusFile> => ({
  doc: await host.read(),
  apply: async (edits) => {
    await host.update(() => edits);
    return host.capabilities.file?.bytes() ?? new Uint8Array();
  },
});

const openWith = async (input: Pick<FuzzInput, 'format' | 'opener' | 'name'>, bytes: Uint8Array): Promise<StatusFile> =>
  input.opener === 'openBytes' ? asReader((await openBytes(bytes, input.name)).host) : input.format === 'docx' ? openDocx(bytes) : openXlsx(bytes);

const withTimeout = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`TIMEOUT: ${what} did not settle within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
};

/**
 * Opens the input; when it opens, checks it, plans the heading and date-stamp edits, writes them
 * and opens what was written. Anything but a FileError thrown on the way is a failure, and so is
 * a file we wrote ourselves that does not open again.
 */
export const runInput = async (input: FuzzInput, timeoutMs = 30_000): Promise<Outcome> => {
  let stage = 'open';
  try {
    return await withTimeout(
      (async (): Promise<Outcome> => {
        const file = await openWith(input, input.bytes);
        stage = 'check';
        checkDocument(file.doc, { today: TODAY });
        const read = readStatusTable(file.doc);
        if (!read.ok) return { kind: 'opened', applied: false };
        stage = 'plan';
        const edits: Edit[] = [...planHeadings(read.table), ...planDateStamp(read.table, TODAY)];
        stage = 'apply';
        let written: Uint8Array;
        try {
          written = await file.apply(edits);
        } catch (error) {
          if (error instanceof FileError) return { kind: 'file-error', code: error.code, stage: 'apply' };
          throw error;
        }
        stage = 'reopen';
        try {
          const again = await openWith({ ...input, name: `input.${input.format}` }, written);
          stage = 'recheck';
          checkDocument(again.doc, { today: TODAY });
        } catch (error) {
          if (error instanceof FileError) return { kind: 'failure', stage, error: `what apply wrote does not open: ${error.code}: ${error.message}` };
          throw error;
        }
        return { kind: 'opened', applied: true };
      })(),
      timeoutMs,
      `${input.format} #${input.index}`,
    );
  } catch (error) {
    if (error instanceof FileError && stage === 'open') return { kind: 'file-error', code: error.code, stage: 'open' };
    return { kind: 'failure', stage, error: describe(error) };
  }
};


// ——— a run ———

export interface Failure {
  readonly format: Format;
  readonly index: number;
  readonly strategy: string;
  readonly stage: string;
  readonly error: string;
}

export interface Summary {
  readonly format: Format;
  readonly seed: number;
  readonly ran: number;
  readonly opened: number;
  readonly applied: number;
  readonly fileErrors: Record<string, number>;
  readonly failures: Failure[];
  readonly strategies: Record<string, number>;
  readonly slowest: { readonly index: number; readonly ms: number; readonly strategy: string };
  readonly ms: number;
  readonly peakRssMb: number;
}

export interface RunOptions {
  readonly seed: number;
  readonly format: Format;
  readonly count: number;
  readonly start?: number;
  /** Stop early (reporting how far it got) after this many ms. */
  readonly timeLimitMs?: number;
  readonly corpus?: Corpus;
  readonly onInput?: (index: number) => void;
  readonly timeoutMs?: number;
}

export const fuzz = async (options: RunOptions): Promise<Summary> => {
  const started = Date.now();
  const corpus = options.corpus ?? (await buildCorpus(options.seed));
  const fileErrors: Record<string, number> = {};
  const strategies: Record<string, number> = {};
  const failures: Failure[] = [];
  let opened = 0;
  let applied = 0;
  let ran = 0;
  let slowest = { index: -1, ms: 0, strategy: '' };
  let peakRss = process.memoryUsage().rss;
  const first = options.start ?? 0;
  let current = first;
  // An error that escapes every await (a library throwing from a stream callback) is a failure too.
  const escaped = (error: unknown) =>
    failures.push({ format: options.format, index: current, strategy: '(escaped)', stage: 'unhandled', error: describe(error) });
  process.on('unhandledRejection', escaped);
  process.on('uncaughtException', escaped);
  try {
  for (let index = first; index < first + options.count; index += 1) {
    if (options.timeLimitMs !== undefined && Date.now() - started > options.timeLimitMs) break;
    current = index;
    options.onInput?.(index);
    const input = generateInput(corpus, options.seed, options.format, index);
    const kind = input.strategy.replace(/\(.*$/s, '');
    strategies[kind] = (strategies[kind] ?? 0) + 1;
    const t = Date.now();
    const outcome = await runInput(input, options.timeoutMs);
    const ms = Date.now() - t;
    if (ms > slowest.ms) slowest = { index, ms, strategy: input.strategy.slice(0, 160) };
    ran += 1;
    if (outcome.kind === 'opened') {
      opened += 1;
      if (outcome.applied) applied += 1;
    } else if (outcome.kind === 'file-error') {
      const key = `${outcome.code}${outcome.stage === 'apply' ? ' (on apply)' : ''}`;
      fileErrors[key] = (fileErrors[key] ?? 0) + 1;
    } else {
      failures.push({ format: options.format, index, strategy: input.strategy.slice(0, 300), stage: outcome.stage, error: outcome.error });
    }
    if (index % 256 === 0) peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  } finally {
    process.off('unhandledRejection', escaped);
    process.off('uncaughtException', escaped);
  }
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  return {
    format: options.format,
    seed: options.seed,
    ran,
    opened,
    applied,
    fileErrors,
    failures,
    strategies,
    slowest,
    ms: Date.now() - started,
    peakRssMb: Math.round(peakRss / 1024 / 1024),
  };
};

