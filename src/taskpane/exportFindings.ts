import type { Lang } from '../core/findings';
import type { ViewFinding } from './check/view';
import type { Messages } from './i18n';
import { ruleTitle, sectionTitle } from './results';

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

export const findingsToMarkdown = (findings: readonly ViewFinding[], lang: Lang, messages: Messages): string => {
  const header = COLUMNS.map((c) => messages.exportColumns[c]);
  const lines = [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rowsOf(findings, lang, messages).map((row) => `| ${COLUMNS.map((c) => markdownCell(row[c])).join(' | ')} |`),
  ];
  return `${lines.join('\n')}\n`;
};

/** RFC 4180: quote a field holding a separator, quote or line break; double the quotes. */
const csvField = (text: string): string => (/[";,\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

/** CSV with a comma separator and CRLF line ends, as spreadsheet programs read it. */
export const findingsToCsv = (findings: readonly ViewFinding[], lang: Lang, messages: Messages): string => {
  const header = COLUMNS.map((c) => csvField(messages.exportColumns[c])).join(',');
  const body = rowsOf(findings, lang, messages).map((row) => COLUMNS.map((c) => csvField(row[c])).join(','));
  return `${[header, ...body].join('\r\n')}\r\n`;
};
