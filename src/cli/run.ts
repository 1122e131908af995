import { realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { isValidDate, todayInAmsterdam, type ISODate } from '../core/calendar';
import { unreachable, type Edit } from '../core/edits';
import { formatDutchDate } from '../core/datestamp';
import { SEVERITY_ORDER, type Finding, type Lang, type Severity } from '../core/findings';
import { readStatusTable, type ReadFailure, type StatusTable } from '../core/model';
import { diffSnapshot, diffTables, snapshotNotice, type Change, type SnapshotRead } from '../core/review';
import { RULES } from '../core/rules';
import { errorDetail, FileError, isFileError } from '../hosts/files/errors';
import { snapshotInPackage } from '../hosts/files/fileHost';
import { kindOfName, openPath, type OpenedFile } from '../hosts/files/open';
import { fixDocument, loadSnapshot, placeComments, runCheck } from '../hosts/operations';
import { jsonDiff, textDiff } from './diff';
import { DIFF_TEXTS, fileErrorText, TEXTS, USAGE, USAGE_PROBLEMS, type UsageProblem } from './messages';
import { jsonReport, textReport, type JsonReport, type OkReport } from './report';

/** What the command line talks to: injected, so tests run it without a process. */
export interface CliIO {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Colours only on a terminal (and never with NO_COLOR set). */
  readonly stdoutIsTTY?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
  readonly now?: () => Date;
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

class UsageError extends Error {
  readonly problem: UsageProblem;

  constructor(problem: UsageProblem, detail?: string) {
    super(detail ?? problem.kind);
    this.problem = problem;
  }
}

interface Options {
  readonly today?: string;
  readonly json: boolean;
  readonly lang: Lang;
  readonly headings: boolean;
  readonly datestamp: boolean;
  readonly comments: boolean;
  readonly rules: readonly string[];
  readonly severity?: Severity;
  readonly output?: string;
  readonly help: boolean;
  readonly verbose: boolean;
  /** A workbook's sheet whose status table to read. */
  readonly sheet?: string;
  readonly positionals: readonly string[];
}

/** The language asked for, read before the arguments are checked: a usage error speaks it too. */
const langOf = (argv: readonly string[]): Lang => {
  const at = argv.findIndex((a) => a === '--lang' || a.startsWith('--lang='));
  const value = at < 0 ? undefined : argv[at]?.startsWith('--lang=') ? argv[at]?.slice(7) : argv[at + 1];
  return value === 'en' ? 'en' : 'nl';
};

/** Node's parseArgs errors, as a problem we can word ourselves. */
const parseProblem = (error: unknown): UsageProblem => {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
  const option = /'(-[^' <]+)/.exec(errorDetail(error))?.[1] ?? '?';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return { kind: 'unknown-option', option };
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
    return /does not take an argument/.test(errorDetail(error)) ? { kind: 'unexpected-value', option } : { kind: 'missing-value', option };
  }
  return { kind: 'bad-arguments' };
};

const isSeverity = (value: string): value is Severity => SEVERITY_ORDER.some((severity) => severity === value);

const parse = (argv: readonly string[]): Options => {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        today: { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        headings: { type: 'boolean' },
        datestamp: { type: 'boolean' },
        comments: { type: 'boolean' },
        rule: { type: 'string', multiple: true },
        severity: { type: 'string' },
        output: { type: 'string', short: 'o' },
        help: { type: 'boolean', short: 'h' },
        verbose: { type: 'boolean' },
        sheet: { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(parseProblem(error), errorDetail(error));
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? 'nl';
  if (lang !== 'nl' && lang !== 'en') throw new UsageError({ kind: 'bad-lang', value: lang });
  const severity = values.severity;
  if (severity !== undefined && !isSeverity(severity)) throw new UsageError({ kind: 'bad-severity', value: severity });
  const rules = values.rule ?? [];
  const unknown = rules.find((id) => !RULES.some((rule) => rule.id === id));
  if (unknown !== undefined) throw new UsageError({ kind: 'unknown-rule', value: unknown, rules: RULES.map((rule) => rule.id) });
  return {
    json: values.json === true,
    lang,
    headings: values.headings === true,
    datestamp: values.datestamp === true,
    comments: values.comments === true,
    rules,
    ...(severity !== undefined ? { severity } : {}),
    help: values.help === true,
    verbose: values.verbose === true,
    positionals,
    ...(values.today !== undefined ? { today: values.today } : {}),
    ...(values.output !== undefined ? { output: values.output } : {}),
    ...(values.sheet !== undefined ? { sheet: values.sheet } : {}),
  };
};

const todayOf = (options: Options, io: CliIO): ISODate => {
  if (options.today === undefined) return todayInAmsterdam(io.now?.() ?? new Date());
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(options.today);
  if (!match || !isValidDate(Number(match[1]), Number(match[2]), Number(match[3]))) {
    throw new UsageError({ kind: 'bad-today', value: options.today });
  }
  return options.today;
};

/**
 * The one line on stderr for a file that cannot be checked or fixed, in one language; never a
 * stack trace. What a library or the format said comes only with --verbose.
 */
const troubleLine = (file: string, error: unknown, options: Pick<Options, 'lang' | 'verbose'>): string => {
  const t = TEXTS[options.lang];
  const detail = isFileError(error) ? error.detail : errorDetail(error);
  const text = isFileError(error) ? fileErrorText(options.lang, error.code, error.reason) : `${t.unexpected} (${t.seeVerbose})`;
  const more = options.verbose && detail ? ` [${t.detail}: ${detail.replace(/\s+/g, ' ')}]` : '';
  return `statustabel: ${file}: ${text}${more}\n`;
};

const noTable = (reason: ReadFailure): FileError => {
  switch (reason) {
    case 'no-status-table':
      return new FileError('no-status-table', { kind: 'no-header' });
    case 'empty':
      return new FileError('no-status-table', { kind: 'no-content' });
    case 'no-table':
      return new FileError('no-status-table', { kind: 'no-table' });
    default:
      return unreachable(reason);
  }
};

/** The file's check, or the one-line reason it has no status table to check. */
const checkOf = async (opened: OpenedFile, today: ISODate): Promise<OkReport> => {
  const { report } = await runCheck(opened.host, today);
  if (report.ok) return report;
  throw noTable(report.reason);
};

/**
 * Opens a file, on the sheet `--sheet` names. A .docx has no sheets: there `--sheet` is ignored
 * with a one-line note, so that `check a.docx b.xlsx --sheet X` still checks both.
 */
const open = async (file: string, options: Pick<Options, 'sheet' | 'lang'>, io: CliIO): Promise<OpenedFile> => {
  if (options.sheet === undefined) return openPath(file);
  if (extname(file).toLowerCase() === '.docx') {
    io.stderr(`statustabel: ${file}: ${TEXTS[options.lang].sheetIgnored}\n`);
    return openPath(file);
  }
  return openPath(file, { sheet: options.sheet });
};

/** With several sheets holding a status table and none named, one line on stderr says which was read. */
const tellSheet = (file: string, opened: OpenedFile, options: Pick<Options, 'sheet' | 'lang'>, io: CliIO): void => {
  if (options.sheet !== undefined || !opened.sheets) return;
  const candidates = opened.sheets.withTable();
  if (candidates.length < 2) return;
  const read = opened.sheets.read;
  io.stderr(`statustabel: ${file}: ${TEXTS[options.lang].sheetRead(read, candidates.filter((name) => name !== read))}\n`);
};

const check = async (options: Options, io: CliIO): Promise<number> => {
  const files = options.positionals.slice(1);
  if (files.length === 0) throw new UsageError({ kind: 'check-needs-file' });
  if (options.headings || options.datestamp || options.comments || options.output !== undefined) throw new UsageError({ kind: 'fix-only-options' });
  const today = todayOf(options, io);
  const colour = io.stdoutIsTTY === true && !io.env?.NO_COLOR;
  const json: JsonReport[] = [];
  let exit = EXIT_OK;
  for (const file of files) {
    try {
      const opened = await open(file, options, io);
      const report = await checkOf(opened, today);
      tellSheet(file, opened, options, io);
      if (report.counts.error > 0 && exit === EXIT_OK) exit = EXIT_FINDINGS;
      if (options.json) json.push(jsonReport(file, today, report, options.lang));
      else {
        const ability = opened.host.capabilities.file;
        const doc = await opened.host.read();
        io.stdout(textReport(file, report, { lang: options.lang, colour, doc, ...(ability ? { address: ability.address } : {}) }));
      }
    } catch (error) {
      io.stderr(troubleLine(file, error, options));
      exit = EXIT_TROUBLE;
    }
  }
  // One file: its object (nothing when it could not be checked); several: an array of those that could.
  const output = options.json ? (files.length === 1 ? json[0] : json) : undefined;
  if (output !== undefined) io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  return exit;
};

/** The heading an edit inserts, in either form. */
const headingText = (edit: Edit): string[] => {
  switch (edit.kind) {
    case 'insertHeading':
    case 'insertHeadingParagraph':
      return [edit.text];
    case 'setDateStamp':
      return [];
    default:
      return unreachable(edit);
  }
};

/** The real path a file has or would have: symlinks and `..` resolved, the file itself need not exist. */
const realTarget = async (path: string): Promise<string> => {
  try {
    return await realpath(path);
  } catch {
    try {
      return resolve(await realpath(dirname(path)), basename(path));
    } catch {
      return resolve(path);
    }
  }
};

const sameFile = async (a: string, b: string): Promise<boolean> => {
  if ((await realTarget(a)) === (await realTarget(b))) return true;
  try {
    const [sa, sb] = await Promise.all([stat(a), stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino; // hard links
  } catch {
    return false;
  }
};

/** Writes next to the target and renames, so a failed write never leaves half a file at OUT. */
const writeAtomically = async (path: string, bytes: Uint8Array): Promise<void> => {
  const temp = resolve(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw new FileError('not-found', { kind: 'cannot-write', path }, errorDetail(error));
  }
};

const fix = async (options: Options, io: CliIO): Promise<number> => {
  const files = options.positionals.slice(1);
  if (files.length !== 1) throw new UsageError({ kind: 'fix-one-file' });
  if (!options.headings && !options.datestamp && !options.comments) throw new UsageError({ kind: 'fix-needs-what' });
  if (!options.comments && (options.rules.length > 0 || options.severity !== undefined)) throw new UsageError({ kind: 'filters-need-comments' });
  if (options.output === undefined) throw new UsageError({ kind: 'fix-needs-output' });
  if (options.json) throw new UsageError({ kind: 'json-only-check' });
  const file = files[0] ?? '';
  const out = options.output;
  const today = todayOf(options, io);
  const t = TEXTS[options.lang];
  try {
    if (await sameFile(file, out)) throw new FileError('same-file', { kind: 'same-file', out });
    const opened = await open(file, options, io);
    if (kindOfName(out) !== opened.kind) {
      throw new FileError('unsupported-type', { kind: 'output-kind', expected: opened.kind, out });
    }
    await checkOf(opened, today);
    const result =
      options.headings || options.datestamp
        ? await fixDocument(opened.host, { headings: options.headings, datestamp: options.datestamp, today })
        : undefined;
    // Comments go on the findings of the document as fixed, so each lands on the cell it is about.
    const fixed = options.comments ? await checkOf(opened, today) : undefined;
    const placed = fixed ? await placeComments(opened.host, fixed, chosen(fixed, options), options.lang, io.now?.() ?? new Date()) : undefined;
    const bytes = opened.host.capabilities.file?.bytes();
    if (!bytes) throw new FileError('not-found', { kind: 'cannot-write', path: out });
    await writeAtomically(out, bytes);
    const headings = result?.applied.flatMap(headingText) ?? [];
    const stamp = result?.applied.find((edit) => edit.kind === 'setDateStamp');
    const done: string[] = [];
    if (options.headings) done.push(headings.length > 0 ? t.headingsAdded(headings) : t.headingsNone);
    if (options.datestamp) done.push(stamp ? t.stampSet(stamp.text) : t.stampNone);
    if (result?.snapshot === 'saved') {
      const before = readStatusTable(result.before);
      done.push(t.standKept(before.ok && before.table.dateStamp ? formatDutchDate(before.table.dateStamp.date) : undefined));
    } else if (result?.snapshot) done.push(t.standNotKept(result.snapshot));
    if (placed) done.push(t.commentsPlaced(placed.placed, placed.removed, placed.kept, placed.skipped));
    io.stdout(`${file}: ${done.join('; ')}. ${t.written(out)}\n`);
    return EXIT_OK;
  } catch (error) {
    io.stderr(troubleLine(file, error, options));
    return EXIT_TROUBLE;
  }
};

/** The findings `--rule` and `--severity` choose: all of them without either. */
const chosen = (report: OkReport, options: Options): Finding[] =>
  report.findings.filter(
    (f) =>
      (options.rules.length === 0 || options.rules.includes(f.rule)) &&
      (options.severity === undefined || SEVERITY_ORDER.indexOf(f.severity) <= SEVERITY_ORDER.indexOf(options.severity)),
  );

/** The status table of an opened file, or the one-line reason it has none. */
const tableOf = async (opened: OpenedFile): Promise<StatusTable> => {
  const read = readStatusTable(await opened.host.read());
  if (!read.ok) throw noTable(read.reason);
  return read.table;
};

/** The snapshot a file keeps: through its host where it has the ability, else read from the package (.xlsx). */
const storedStand = async (opened: OpenedFile): Promise<SnapshotRead> => {
  if (opened.host.capabilities.snapshots) return loadSnapshot(opened.host);
  const bytes = opened.host.capabilities.file?.bytes();
  return bytes ? snapshotInPackage(bytes) : { status: 'none' };
};

const diff = async (options: Options, io: CliIO): Promise<number> => {
  const files = options.positionals.slice(1);
  if (files.length < 1 || files.length > 2) throw new UsageError({ kind: 'diff-files' });
  if (options.headings || options.datestamp || options.comments || options.output !== undefined || options.today !== undefined) {
    throw new UsageError({ kind: 'diff-only-options' });
  }
  const t = DIFF_TEXTS[options.lang];
  let current = files[0] ?? '';
  try {
    let changes: Change[];
    let old: string;
    let title: string;
    if (files.length === 2) {
      const before = await tableOf(await open(current, options, io));
      current = files[1] ?? '';
      const after = await tableOf(await open(current, options, io));
      changes = diffTables(before, after);
      old = files[0] ?? '';
      title = t.title(old, current);
    } else {
      const opened = await open(current, options, io);
      const table = await tableOf(opened);
      const stand = await storedStand(opened);
      if (stand.status !== 'ok') {
        const why = stand.status === 'none' ? t.noSnapshot : `${t.snapshotIgnored}: ${snapshotNotice(stand.problem)[options.lang]}`;
        io.stderr(`statustabel: ${current}: ${why}\n`);
        return EXIT_TROUBLE;
      }
      changes = diffSnapshot(stand.snapshot, table);
      old = `${current}#${stand.snapshot.date ?? 'stand'}`;
      title = t.sinceStand(current, stand.snapshot.date ? formatDutchDate(stand.snapshot.date) : undefined);
    }
    const now = files[files.length - 1] ?? '';
    io.stdout(options.json ? `${JSON.stringify(jsonDiff(old, now, changes), null, 2)}\n` : textDiff(title, changes, options.lang));
    return changes.length > 0 ? EXIT_FINDINGS : EXIT_OK;
  } catch (error) {
    io.stderr(troubleLine(current, error, options));
    return EXIT_TROUBLE;
  }
};

/** Runs `statustabel` with `argv` (without node and script); resolves to the exit code. */
export const runCli = async (argv: readonly string[], io: CliIO): Promise<number> => {
  const lang = langOf(argv);
  const verbose = argv.includes('--verbose');
  try {
    const options = parse(argv);
    if (options.help) {
      io.stdout(USAGE[options.lang]);
      return EXIT_OK;
    }
    const command = options.positionals[0];
    if (command === 'check') return await check(options, io);
    if (command === 'fix') return await fix(options, io);
    if (command === 'diff') return await diff(options, io);
    throw new UsageError(command === undefined ? { kind: 'no-command' } : { kind: 'unknown-command', command });
  } catch (error) {
    if (error instanceof UsageError) {
      const more = verbose && error.message !== error.problem.kind ? ` [${TEXTS[lang].detail}: ${error.message}]` : '';
      io.stderr(`statustabel: ${USAGE_PROBLEMS[lang](error.problem)}${more}\n\n${USAGE[lang]}`);
      return EXIT_TROUBLE;
    }
    io.stderr(troubleLine('', error, { lang, verbose }).replace('statustabel: : ', 'statustabel: '));
    return EXIT_TROUBLE;
  }
};
