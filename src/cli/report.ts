import type { CheckReport } from '../core/check';
import { formatDutchDate } from '../core/datestamp';
import { isCellLocation, type Block, type Location, type SourceDocument } from '../core/document';
import type { Finding, Lang, Severity } from '../core/findings';
import type { RuleId } from '../core/rules';
import { SEVERITY_NAMES, TEXTS } from './messages';

export type OkReport = Extract<CheckReport, { ok: true }>;

/** One finding as `check --json` prints it. */
export interface JsonFinding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly measure?: string;
  readonly heading?: string;
  readonly column?: string;
  readonly message: string;
  readonly location: Location | null;
}

/** One file as `check --json` prints it. */
export interface JsonReport {
  readonly file: string;
  readonly today: string;
  readonly table: { readonly rows: number; readonly measures: number; readonly headings: number };
  readonly findings: readonly JsonFinding[];
}

const jsonFinding = (f: Finding, lang: Lang): JsonFinding => ({
  rule: f.rule,
  severity: f.severity,
  ...(f.measure !== undefined ? { measure: f.measure } : {}),
  ...(f.heading !== undefined ? { heading: f.heading } : {}),
  ...(f.column !== undefined ? { column: f.column } : {}),
  message: f.message[lang],
  location: f.location ?? null,
});

export const jsonReport = (file: string, today: string, report: OkReport, lang: Lang): JsonReport => ({
  file,
  today,
  table: { ...report.stats },
  findings: report.findings.map((f) => jsonFinding(f, lang)),
});

/** A location in words: the reader's own address (an Excel cell) where it has one. */
export const locationText = (
  location: Location | undefined,
  lang: Lang,
  address?: (location: Location) => string | undefined,
  doc?: SourceDocument,
): string => {
  if (!location) return '';
  const own = address?.(location);
  if (own) return own.replace(/^.*!/, '');
  const t = TEXTS[lang];
  // Counted as a reader counts: the n-th table, the n-th paragraph outside the tables.
  const nth = (kind: Block['kind']): number =>
    doc ? doc.blocks.slice(0, location.block + 1).filter((block) => block.kind === kind).length : location.block + 1;
  if (!isCellLocation(location)) return t.paragraph(nth('paragraph'));
  return location.column === undefined
    ? t.table(nth('table'), location.row + 1)
    : t.cell(nth('table'), location.row + 1, location.column + 1);
};

const COLOURS: Readonly<Record<Severity, string>> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m' };
const BOLD = '\x1b[1m';
const RESET = '\x1b[0m';

export interface TextOptions {
  readonly lang: Lang;
  readonly colour: boolean;
  readonly address?: (location: Location) => string | undefined;
  /** The document as read, to count tables and paragraphs as a reader does. */
  readonly doc?: SourceDocument;
}

/** The readable report of one file: what was read, a table of findings, the counts. */
export const textReport = (file: string, report: OkReport, options: TextOptions): string => {
  const { lang, colour } = options;
  const t = TEXTS[lang];
  const paint = (code: string, text: string): string => (colour ? `${code}${text}${RESET}` : text);
  const { rows, measures, headings } = report.stats;
  const lines = [paint(BOLD, file), `  ${t.stats(rows, measures, headings, formatDutchDate(report.referenceDate))}`, ''];
  if (report.findings.length === 0) {
    lines.push(`  ${t.none}`);
  } else {
    const cells = report.findings.map((f) => [
      SEVERITY_NAMES[lang][f.severity],
      f.rule,
      f.measure ?? f.heading ?? f.column ?? '',
      locationText(f.location, lang, options.address, options.doc),
      f.message[lang],
    ]);
    const widths = t.columns.slice(0, 4).map((title, i) => Math.max(title.length, ...cells.map((row) => row[i]?.length ?? 0)));
    const line = (row: readonly string[], severity?: Severity): string => {
      const padded = row.slice(0, 4).map((text, i) => text.padEnd(widths[i] ?? 0));
      const first = severity ? paint(COLOURS[severity], padded[0] ?? '') : (padded[0] ?? '');
      return `  ${[first, ...padded.slice(1), row[4] ?? ''].join('  ')}`.trimEnd();
    };
    lines.push(paint(BOLD, line(t.columns)));
    cells.forEach((row, i) => lines.push(line(row, report.findings[i]?.severity)));
  }
  const { error, warning, info } = report.counts;
  lines.push('', `  ${t.summary(error, warning, info)}`, '');
  return lines.join('\n');
};
