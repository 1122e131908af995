import type { Lang } from '../core/findings';
import type { ViewFinding } from './check/view';
import type { Messages } from './i18n';
import type { Change } from '../core/review';
import { ruleTitle, sectionTitle } from './results';
import { changeRows } from './review';

/** What moved since the last stand, where the document keeps one: exported after the findings. */
export interface ReviewExport {
  readonly changes: readonly Change[];
}

const reviewHeader = (m: Messages): string[] => [m.since.exportKind, m.since.exportMeasure, m.since.exportBefore, m.since.exportAfter, m.since.exportShift];

/** One exported finding: a text per column the catalogues name. */
type ExportRow = Readonly<Record<keyof Messages['exportColumns'], string>>;

const COLUMNS: readonly (keyof ExportRow)[] = ['severity', 'rule', 'measure', 'section', 'message', 'words'];

const rowsOf = (findings: readonly ViewFinding[], lang: Lang, messages: Messages): ExportRow[] =>
  findings.map(({ finding: f, section }) => ({
    severity: messages.severity[f.severity],
    rule: ruleTitle(f.rule, lang),
    measure: f.measure ?? f.column ?? '',
    section: sectionTitle(section, messages),
    message: f.message[lang],
    words: f.words ?? '',
  }));

/** A cell of a Markdown table: pipes escaped, line breaks as spaces (a table row is one line). */
const markdownCell = (text: string): string => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

const markdownTable = (header: readonly string[], rows: readonly (readonly string[])[]): string[] => [
  `| ${header.map(markdownCell).join(' | ')} |`,
  `| ${header.map(() => '---').join(' | ')} |`,
  ...rows.map((row) => `| ${row.map(markdownCell).join(' | ')} |`),
];

export const findingsToMarkdown = (findings: readonly ViewFinding[], lang: Lang, messages: Messages, review?: ReviewExport): string => {
  const header = COLUMNS.map((c) => messages.exportColumns[c]);
  const lines = markdownTable(
    header,
    rowsOf(findings, lang, messages).map((row) => COLUMNS.map((c) => row[c])),
  );
  if (review) lines.push('', `## ${messages.since.exportTitle}`, '', ...markdownTable(reviewHeader(messages), changeRows(review.changes, findings, messages)));
  return `${lines.join('\n')}\n`;
};

/** RFC 4180: quote a field holding a separator, quote or line break; double the quotes. */
const csvField = (text: string): string => (/[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** CSV with a comma separator and CRLF line ends, as spreadsheet programs read it. */
export const findingsToCsv = (findings: readonly ViewFinding[], lang: Lang, messages: Messages, review?: ReviewExport): string => {
  const header = COLUMNS.map((c) => csvField(messages.exportColumns[c])).join(',');
  const body = rowsOf(findings, lang, messages).map((row) => COLUMNS.map((c) => csvField(row[c])).join(','));
  // The changes as a second table below the first, after an empty line, as spreadsheet programs show it.
  const changes = review
    ? ['', reviewHeader(messages).map(csvField).join(','), ...changeRows(review.changes, findings, messages).map((row) => row.map(csvField).join(','))]
    : [];
  return `${[header, ...body, ...changes].join('\r\n')}\r\n`;
};
