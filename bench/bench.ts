/**
 * `npm run bench`: the figures we hold the project to, printed as one table (or, with --json, as
 * one JSON object). Numbers, not assertions: nothing here fails a build.
 */
import { resolve } from 'node:path';
import { checkDocument } from '../src/core';
import { syntheticDocument, withOtherTables } from '../src/simulator';
import { measureBundle } from './bundle';
import { measureCli } from './cli';
import { checkTraffic, commentSyncs, countSyncs, simulatedCheckMs, type CheckTraffic, type CommentSyncs, type HostKind, type SyncCounts } from './hosts';
import { measureLargeXlsx } from './xlsxLarge';
import { measureMemory } from './memory';
import { measureFirstRender, measureLongestTasks } from './render';
import { round, timeMedian } from './stats';

const ROOT = resolve(__dirname, '..');
const SIZES = [100, 1000, 10000] as const;
const HOSTS: readonly HostKind[] = ['word', 'excel'];
const json = process.argv.includes('--json');
const skipBrowser = process.argv.includes('--no-browser');

const log = (line: string): void => {
  if (!json) process.stdout.write(`${line}\n`);
};

const main = async (): Promise<void> => {
  const docs = Object.fromEntries(SIZES.map((n) => [n, syntheticDocument(n, 1)]));
  log('Statustabel benchmark (synthetic seed-like tables; medians)');

  const coreCheckMs: Record<string, number> = {};
  for (const n of SIZES) {
    const doc = docs[n]!;
    coreCheckMs[n] = round(await timeMedian(() => checkDocument(doc, { today: '2026-11-24' }), 15, 3));
  }

  const syncsBySize: Record<HostKind, Record<string, SyncCounts>> = { word: {}, excel: {} };
  for (const kind of HOSTS) for (const n of SIZES) syncsBySize[kind][n] = await countSyncs(kind, docs[n]!);

  // Placing findings as comments: syncs must not grow with their number.
  const commentCounts = [100, 1000] as const;
  const comments: Record<HostKind, Record<string, CommentSyncs | undefined>> = { word: {}, excel: {} };
  for (const kind of HOSTS) for (const n of commentCounts) comments[kind][n] = await commentSyncs(kind, docs[1000]!, n);

  // Bytes one check sends and receives through Microsoft's client; Office refuses payloads over 5 MB.
  const traffic: Record<'1000' | '10000', Partial<Record<HostKind, CheckTraffic>>> = { '1000': {}, '10000': {} };
  for (const kind of HOSTS) for (const n of [1000, 10000] as const) traffic[n][kind] = await checkTraffic(kind, docs[n]!);
  // The same 1,000-row table with ten other 1,000-row tables in the body: what reading only the status table saves.
  const withOthers = await checkTraffic('word', withOtherTables(1000, 10, 1000));
  const bytes = (n: '1000' | '10000', kind: HostKind): number => traffic[n][kind]?.responseBytes ?? Number.NaN;
  const largest = (n: '1000' | '10000', kind: HostKind): number => traffic[n][kind]?.largestResponseBytes ?? Number.NaN;

  const simulatedCheckMs1000: Record<string, number> = {};
  for (const kind of HOSTS) simulatedCheckMs1000[kind] = round(await simulatedCheckMs(kind, docs[1000]!, 100), 0);

  const bundle = await measureBundle(ROOT);
  const firstRenderMs = skipBrowser ? Number.NaN : round(await measureFirstRender(resolve(ROOT, 'build/preview')), 0);
  const longest = skipBrowser ? { paneMs: Number.NaN, readMs: Number.NaN } : await measureLongestTasks(resolve(ROOT, 'build/preview'));
  const cli = await measureCli(ROOT, docs[1000]!);
  const large = await measureLargeXlsx(ROOT);
  const memory = await measureMemory(ROOT, docs[1000]!);

  const figures = {
    coreCheckMs,
    syncs: { word: syncsBySize.word['1000'], excel: syncsBySize.excel['1000'] },
    syncsBySize,
    commentSyncs: comments,
    responseBytes1000: { word: bytes('1000', 'word'), excel: bytes('1000', 'excel'), wordWithOtherTables: withOthers.responseBytes },
    responseBytes10000: { word: bytes('10000', 'word'), excel: bytes('10000', 'excel') },
    largestResponseBytes: {
      word1000: largest('1000', 'word'),
      word10000: largest('10000', 'word'),
      excel10000: largest('10000', 'excel'),
      wordWithOtherTables: withOthers.largestResponseBytes,
    },
    simulatedCheckMs1000,
    bundleGzipKB: bundle.gzipKB,
    bundleRawKB: bundle.rawKB,
    bundleLargest: bundle.largest,
    workerGzipKB: bundle.workerGzipKB,
    firstRenderMs,
    longestTaskMs10000: round(longest.paneMs, 0),
    hostReadTaskMs10000: round(longest.readMs, 0),
    cliCheckMs1000: { docx: round(cli.inProcessMs.docx, 0), xlsx: round(cli.inProcessMs.xlsx, 0) },
    cliProcessMs1000: { docx: round(cli.processMs.docx, 0), xlsx: round(cli.processMs.xlsx, 0) },
    cliXlsxMerges50kMs: { check: round(large.merges50k.checkMs, 0), fix: round(large.merges50k.fixMs, 0) },
    cliXlsxSharedString1MBMs: { check: round(large.sharedString1MB.checkMs, 0), fix: round(large.sharedString1MB.fixMs, 0) },
    cliMemory: {
      docxSmallMaxRssMB: round(memory.docxSmall.maxRssMB, 0),
      docx49MBMaxRssMB: round(memory.docx49MB.maxRssMB, 0),
      docx49MBMs: round(memory.docx49MB.ms, 0),
      over50MBExit: memory.over50MB.exit,
      over50MBMs: round(memory.over50MB.ms, 0),
    },
  };

  if (json) {
    process.stdout.write(`${JSON.stringify(figures, null, 2)}\n`);
    return;
  }
  const rows: Array<[string, string, string]> = [];
  for (const n of SIZES) rows.push([`core check, ${n} rows`, `${coreCheckMs[n]} ms`, n === 10000 ? '≤ 100 ms' : '']);
  for (const kind of HOSTS) {
    for (const n of SIZES) {
      const s = syncsBySize[kind][n]!;
      rows.push([`${kind} syncs, ${n} rows: check / headings / stamp with its stand (naive check)`, `${s.check} / ${s.headings} / ${s.datestamp} (${s.naiveCheck})`, '≤ 2 / 3 / 2']);
    }
  }
  for (const kind of HOSTS) {
    const at = (n: number): string => {
      const c = comments[kind][n];
      return c ? `${c.place} / ${c.replace}` : 'n/a';
    };
    rows.push([`${kind} syncs placing comments, 100 / 1,000 findings (first / again)`, `${at(100)}; ${at(1000)}`, '≤ 3 each']);
  }
  const mb = (n: number): string => `${(n / 1_000_000).toFixed(2)} MB`;
  for (const kind of HOSTS) {
    rows.push([`${kind} check, bytes received, 1,000 / 10,000 rows`, `${mb(bytes('1000', kind))} / ${mb(bytes('10000', kind))}`, 'each < 5 MB']);
  }
  rows.push([
    'word check, 1,000 rows plus ten other 1,000-row tables, bytes received',
    `${mb(withOthers.responseBytes)} (${(withOthers.responseBytes / bytes('1000', 'word')).toFixed(2)} ×)`,
    '≤ 1.1 × the table alone',
  ]);
  for (const kind of HOSTS) rows.push([`${kind} check, 1,000 rows, 100 ms per sync`, `${simulatedCheckMs1000[kind]} ms`, '≤ 500 ms']);
  rows.push(['pane bundle (taskpane.js), gzipped', `${bundle.gzipKB} KB (${bundle.rawKB} KB minified)`, '≤ 150 KB']);
  rows.push(['  the check\'s Web Worker (fetched at the first table over 2,000 rows), gzipped', `${bundle.workerGzipKB} KB`, '']);
  for (const part of bundle.largest) rows.push([`  of which ${part.name} (minified)`, `${part.kb} KB`, '']);
  rows.push(['pane first render on the seed (headless Chromium, the pane alone, Office.js start-up included)', Number.isNaN(firstRenderMs) ? 'skipped' : `${firstRenderMs} ms`, '≤ 1000 ms']);
  const ms = (value: number): string => (Number.isNaN(value) ? 'skipped' : `${value} ms`);
  rows.push(['pane, 10,000 rows: longest main-thread task re-checking, regrouping, filtering, expanding', ms(figures.longestTaskMs10000), '≤ 100 ms']);
  rows.push(['  the same while the host reads the document (preview: Word double)', ms(figures.hostReadTaskMs10000), '']);
  rows.push(['CLI check, 1,000 rows .docx / .xlsx (in process)', `${figures.cliCheckMs1000.docx} / ${figures.cliCheckMs1000.xlsx} ms`, '.docx < 1000 ms']);
  rows.push(['CLI check, 1,000 rows .docx / .xlsx (new process)', `${figures.cliProcessMs1000.docx} / ${figures.cliProcessMs1000.xlsx} ms`, '']);
  const exits = (c: { checkExit: number | null; fixExit: number | null }) => `exit ${c.checkExit} / ${c.fixExit}`;
  rows.push(['CLI on an .xlsx with 50,000 merged ranges: check / fix (new process)', `${figures.cliXlsxMerges50kMs.check} / ${figures.cliXlsxMerges50kMs.fix} ms (${exits(large.merges50k)})`, '< 5000 ms']);
  rows.push(['CLI on an .xlsx of 12,000 cells sharing one 1 MB string: check / fix', `${figures.cliXlsxSharedString1MBMs.check} / ${figures.cliXlsxSharedString1MBMs.fix} ms (${exits(large.sharedString1MB)})`, '< 5000 ms']);
  rows.push(['CLI peak memory: 1,000-row .docx / the same with a 45 MB picture (49 MB file)', `${figures.cliMemory.docxSmallMaxRssMB} / ${figures.cliMemory.docx49MBMaxRssMB} MB`, 'bounded']);
  rows.push(['CLI on a 60 MB file: exit code, time', `${memory.over50MB.exit}, ${figures.cliMemory.over50MBMs} ms`, 'exit 2, refused unread']);
  const w0 = Math.max(...rows.map((r) => r[0].length));
  const w1 = Math.max(...rows.map((r) => r[1].length));
  log(`${'figure'.padEnd(w0)}  ${'measured'.padEnd(w1)}  target`);
  for (const [a, b, c] of rows) log(`${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`);
};

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
