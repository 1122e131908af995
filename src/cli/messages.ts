import type { Lang, Severity } from '../core/findings';
import type { FileErrorCode } from '../hosts/files/errors';

/** The command line's own words, in both languages the add-in speaks. */

export const USAGE = `Usage:
  statustabel check FILE... [--today YYYY-MM-DD] [--json] [--lang nl|en]
  statustabel fix FILE --headings --datestamp [--today YYYY-MM-DD] -o OUT

Commands:
  check   Check the status table of each .docx/.xlsx FILE and list the findings.
          Exit 0: no errors; 1: at least one error; 2: a file could not be checked.
  fix     Write a copy of FILE to OUT (never FILE itself) with
            --headings   missing section headings inserted, and/or
            --datestamp  the date stamp set to today.

Options:
  --today YYYY-MM-DD  The date to check against (default: today in Europe/Amsterdam).
  --json              One JSON object per file on stdout (an array for several files).
  --lang nl|en        Language of the messages (default: nl).
  -o, --output OUT    Where fix writes the fixed copy.
  -h, --help          This text.
`;

export const SEVERITY_NAMES: Readonly<Record<Lang, Readonly<Record<Severity, string>>>> = {
  nl: { error: 'fout', warning: 'waarschuwing', info: 'info' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const TEXTS = {
  nl: {
    columns: ['Ernst', 'Regel', 'Onderwerp', 'Plaats', 'Melding'],
    stats: (rows: number, measures: number, headings: number, date: string) =>
      `${plural(rows, 'rij', 'rijen')}, ${plural(measures, 'maatregel', 'maatregelen')}, ${plural(headings, 'kopje', 'kopjes')}; peildatum ${date}`,
    none: 'Geen bevindingen.',
    summary: (error: number, warning: number, info: number) =>
      `${plural(error, 'fout', 'fouten')}, ${plural(warning, 'waarschuwing', 'waarschuwingen')}, ${info} info`,
    table: (t: number, r: number) => `tabel ${t}, rij ${r}`,
    cell: (t: number, r: number, c: number) => `tabel ${t}, rij ${r}, kolom ${c}`,
    paragraph: (p: number) => `alinea ${p}`,
    headingsAdded: (texts: readonly string[]) => `${plural(texts.length, 'kopje', 'kopjes')} ingevoegd: ${texts.join(', ')}`,
    headingsNone: 'alle standaardkopjes stonden er al',
    stampSet: (text: string) => `datumstempel gezet: ${text}`,
    stampNone: 'datumstempel was al actueel',
    written: (out: string) => `Geschreven naar ${out}.`,
  },
  en: {
    columns: ['Severity', 'Rule', 'Subject', 'Location', 'Message'],
    stats: (rows: number, measures: number, headings: number, date: string) =>
      `${plural(rows, 'row', 'rows')}, ${plural(measures, 'measure', 'measures')}, ${plural(headings, 'heading', 'headings')}; reference date ${date}`,
    none: 'No findings.',
    summary: (error: number, warning: number, info: number) =>
      `${plural(error, 'error', 'errors')}, ${plural(warning, 'warning', 'warnings')}, ${info} info`,
    table: (t: number, r: number) => `table ${t}, row ${r}`,
    cell: (t: number, r: number, c: number) => `table ${t}, row ${r}, column ${c}`,
    paragraph: (p: number) => `paragraph ${p}`,
    headingsAdded: (texts: readonly string[]) => `inserted ${plural(texts.length, 'heading', 'headings')}: ${texts.join(', ')}`,
    headingsNone: 'every standard heading was already there',
    stampSet: (text: string) => `date stamp set: ${text}`,
    stampNone: 'date stamp was already current',
    written: (out: string) => `Written to ${out}.`,
  },
} as const;

/** Why a file could not be checked or fixed, for stderr. */
export const FILE_ERRORS: Readonly<Record<Lang, Readonly<Record<FileErrorCode, string>>>> = {
  nl: {
    'not-found': 'bestand niet gevonden of niet leesbaar',
    'unsupported-type': 'geen bruikbaar .docx- of .xlsx-bestand',
    damaged: 'beschadigd bestand',
    'too-large': 'bestand te groot',
    'no-status-table': 'geen statustabel gevonden (koprij Ondersteuningsmaatregel | Stand van zaken | Planning | Trekker)',
    'same-file': 'uitvoer is hetzelfde bestand als de invoer; fix schrijft nooit over het origineel',
  },
  en: {
    'not-found': 'file not found or not readable',
    'unsupported-type': 'not a usable .docx or .xlsx file',
    damaged: 'damaged file',
    'too-large': 'file too large',
    'no-status-table': 'no status table found (header row Ondersteuningsmaatregel | Stand van zaken | Planning | Trekker)',
    'same-file': 'output is the same file as the input; fix never writes over the original',
  },
};
