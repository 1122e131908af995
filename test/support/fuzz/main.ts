/**
 * Fuzzes the .docx and .xlsx readers: byte-level mutations of real files, zip-level mutations of
 * their XML parts (re-zipped), mutated random status documents and pure random bytes. Every input
 * must open, or be refused with a FileError; an opened file must also survive checkDocument and
 * writing its own planned edits (headings, date stamp) back, and the result must open again.
 *
 *   npm run fuzz -- --count 100000 [--seed 1] [--format docx|xlsx|both] [--time-limit 1800]
 *   npm run fuzz -- --seed 1 --format docx --index 4711     (reproduce one input)
 *
 * Each format runs in a child process (both formats at once on two cores): a parent watchdog
 * reports an input that hangs (no progress for --hang-seconds) or a crash (out of memory), with
 * the seed and index to reproduce it. Exit code 1 on any failure.
 */
import { fork } from 'node:child_process';
import { parseArgs } from 'node:util';
import { buildCorpus, type Format } from './corpus';
import { fuzz, generateInput, runInput, type Summary } from './run';

// ——— command line ———

interface Args {
  count: number;
  seed: number;
  formats: Format[];
  index?: number;
  timeLimitS?: number;
  hangS: number;
  child: boolean;
}

const wholeNumber = (flag: string, text: string | undefined, fallback?: number): number | undefined => {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${flag} needs a whole number, not ${text}`);
  return n;
};

const readArgs = (argv: string[]): Args => {
  const { values } = parseArgs({
    args: argv,
    options: {
      count: { type: 'string' },
      seed: { type: 'string' },
      format: { type: 'string', default: 'both' },
      index: { type: 'string' },
      'time-limit': { type: 'string' },
      'hang-seconds': { type: 'string' },
      child: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const format = values.format;
  if (format !== 'docx' && format !== 'xlsx' && format !== 'both') throw new Error(`--format is docx, xlsx or both, not ${format}`);
  const index = wholeNumber('index', values.index);
  const timeLimitS = wholeNumber('time-limit', values['time-limit']);
  return {
    count: wholeNumber('count', values.count, 1000) as number,
    seed: wholeNumber('seed', values.seed, 1) as number,
    formats: format === 'both' ? ['docx', 'xlsx'] : [format],
    ...(index !== undefined ? { index } : {}),
    ...(timeLimitS !== undefined ? { timeLimitS } : {}),
    hangS: wholeNumber('hang-seconds', values['hang-seconds'], 120) as number,
    child: values.child,
  };
};

const printSummary = (s: Summary, requested: number): void => {
  const line = (label: string, text: string) => console.log(`  ${label.padEnd(12)} ${text}`);
  console.log(`${s.format}: ${s.ran} of ${requested} inputs (seed ${s.seed}) in ${(s.ms / 1000).toFixed(1)} s (${(s.ms / Math.max(s.ran, 1)).toFixed(2)} ms/input)`);
  line('opened', `${s.opened} (${s.applied} of them written back with their planned edits and reopened)`);
  const errors = Object.entries(s.fileErrors).sort((a, b) => b[1] - a[1]);
  line('FileError', `${errors.reduce((n, [, c]) => n + c, 0)}: ${errors.map(([code, c]) => `${code} ${c}`).join(', ') || '-'}`);
  line('failures', String(s.failures.length));
  line('strategies', Object.entries(s.strategies).map(([k, c]) => `${k} ${c}`).join(', '));
  line('slowest', `#${s.slowest.index} ${s.slowest.ms} ms (${s.slowest.strategy})`);
  line('peak RSS', `${s.peakRssMb} MB`);
  for (const f of s.failures.slice(0, 20)) {
    console.log(`  FAILURE ${f.format} #${f.index} at ${f.stage}: ${f.error}\n    input: ${f.strategy}`);
    console.log(`    reproduce: npm run fuzz -- --seed ${s.seed} --format ${f.format} --index ${f.index}`);
  }
  if (s.failures.length > 20) console.log(`  … and ${s.failures.length - 20} more failures`);
};

type ChildMessage = { type: 'at'; index: number } | { type: 'done'; summary: Summary };

/** One format in a child process, watched: no progress for `hangS` seconds, or a crash, is a failure at the current index. */
const runWatched = (args: Args, format: Format): Promise<Summary> =>
  new Promise((resolve) => {
    const childArgs = ['--child', '--format', format, '--count', String(args.count), '--seed', String(args.seed)];
    if (args.timeLimitS !== undefined) childArgs.push('--time-limit', String(args.timeLimitS));
    const child = fork(__filename, childArgs, { execArgv: [...process.execArgv, '--max-old-space-size=2048'], stdio: 'inherit' });
    const started = Date.now();
    let current = -1;
    let lastProgress = Date.now();
    let done: Summary | undefined;
    const failed = (stage: string, error: string): Summary => ({
      format,
      seed: args.seed,
      ran: Math.max(current, 0),
      opened: 0,
      applied: 0,
      fileErrors: {},
      failures: [{ format, index: current, strategy: '(see --index)', stage, error }],
      strategies: {},
      slowest: { index: current, ms: Date.now() - lastProgress, strategy: '' },
      ms: Date.now() - started,
      peakRssMb: 0,
    });
    const watchdog = setInterval(() => {
      if (Date.now() - lastProgress > args.hangS * 1000) {
        clearInterval(watchdog);
        child.kill('SIGKILL');
        resolve(failed('hang', `no progress for ${args.hangS} s`));
      }
    }, 1000);
    child.on('message', (message: ChildMessage) => {
      if (message.type === 'at') {
        current = message.index;
        lastProgress = Date.now();
      } else done = message.summary;
    });
    child.on('exit', (code, signal) => {
      clearInterval(watchdog);
      resolve(done ?? failed('crash', `the fuzzing process ended (code ${code}, signal ${signal}) without a result`));
    });
  });

const main = async (): Promise<number> => {
  const args = readArgs(process.argv.slice(2));
  if (args.child) {
    const [format] = args.formats as [Format];
    const summary = await fuzz({
      seed: args.seed,
      format,
      count: args.count,
      ...(args.timeLimitS !== undefined ? { timeLimitMs: args.timeLimitS * 1000 } : {}),
      onInput: (index) => process.send?.({ type: 'at', index } satisfies ChildMessage),
    });
    await new Promise<void>((resolve) => process.send?.({ type: 'done', summary } satisfies ChildMessage, () => resolve()));
    return 0;
  }
  if (args.index !== undefined) {
    // Reproduce one input, in this process, with its whole story.
    const corpus = await buildCorpus(args.seed);
    let failed = false;
    for (const format of args.formats) {
      const input = generateInput(corpus, args.seed, format, args.index);
      console.log(`${format} #${args.index}: ${input.bytes.length} bytes, ${input.opener}(${input.name}), ${input.strategy}`);
      const outcome = await runInput(input);
      console.log(JSON.stringify(outcome, null, 2));
      failed ||= outcome.kind === 'failure';
    }
    return failed ? 1 : 0;
  }
  const started = Date.now();
  const summaries = await Promise.all(args.formats.map((format) => runWatched(args, format)));
  summaries.forEach((s) => printSummary(s, args.count));
  const failures = summaries.reduce((n, s) => n + s.failures.length, 0);
  const total = summaries.reduce((n, s) => n + s.ran, 0);
  console.log(`total: ${total} inputs, ${failures} failures, ${((Date.now() - started) / 1000).toFixed(1)} s wall clock`);
  return failures > 0 ? 1 : 0;
};

const invokedDirectly = /fuzz[\\/]main\.[cm]?[tj]s$/.test(process.argv[1] ?? '');
if (invokedDirectly) {
  main().then(
    (code) => {
      process.exitCode = code;
      if (process.argv.includes('--child')) process.disconnect?.();
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 2;
    },
  );
}