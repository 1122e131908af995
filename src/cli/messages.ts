import type { Lang, Severity } from '../core/findings';
import type { FileErrorCode } from '../hosts/files/errors';

/** The command line's own words, in both languages the add-in speaks. */

export const USAGE = `Usage:
  statustabel check FILE... [--today YYYY-MM-DD] [--json] [--lang nl|en]
  statustabel fix FILE --headings --datestamp [--today YYYY-MM-DD] -o OUT
  statustabel fix FILE --comments [--rule ID]... [--severity LEVEL] [--today YYYY-MM-DD] [--lang nl|en] -o OUT
  statustabel diff OLD NEW [--json] [--lang nl|en]
  statustabel diff FILE [--json] [--lang nl|en]

Commands:
  check   Check the status table of each .docx/.xlsx FILE and list the findings.
          Exit 0: no errors; 1: at least one error; 2: a file could not be checked.
  fix     Write a copy of FILE to OUT (never FILE itself) with
            --headings   missing section headings inserted, and/or
            --datestamp  the date stamp set to today (the stand it carried is kept in
                         the file, for diff FILE and the rule status.unchanged), and/or
            --comments   each finding as a Word comment on its cell, addressed to the
                         row's trekker (.docx only); the comments Statustabel placed
                         before and nobody resolved or answered are replaced, all
                         other comments stay. Which findings: all, or those of
            --rule ID    this rule (repeat for several), and/or
            --severity LEVEL  at least this severity: error, warning or info.
  diff    What changed from OLD to NEW (.docx/.xlsx, any pair): measures added or
          removed, planning moved (later/earlier, by how much), trekker or status
          changed, headings added or removed. With one FILE: since the stand the
          file keeps (stored when its date stamp was last refreshed).
          Exit 0: nothing changed; 1: something did; 2: a file could not be read.

Options:
  --today YYYY-MM-DD  The date to check against (default: today in Europe/Amsterdam).
  --json              check: one JSON object per file on stdout (an array for several
                      files); diff: {"old","new","changes":[…]}.
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
    standKept: (date: string | undefined) => `vorige stand${date ? ` (${date})` : ''} bewaard voor diff en status.unchanged`,
    standNotKept: (why: 'unsupported' | 'too-large') =>
      why === 'unsupported' ? 'vorige stand niet bewaard: dat kan (nog) alleen in .docx' : 'vorige stand niet bewaard: de tabel is te groot',
    written: (out: string) => `Geschreven naar ${out}.`,
    commentsPlaced: (placed: number, removed: number, kept: number) =>
      `${plural(placed, 'opmerking', 'opmerkingen')} geplaatst` +
      (removed > 0 ? `, ${removed} eerder geplaatste vervangen` : '') +
      (kept > 0 ? `, ${kept} afgehandelde of beantwoorde bewaard` : ''),
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
    standKept: (date: string | undefined) => `previous stand${date ? ` (${date})` : ''} kept for diff and status.unchanged`,
    standNotKept: (why: 'unsupported' | 'too-large') =>
      why === 'unsupported' ? 'previous stand not kept: only .docx files keep one (for now)' : 'previous stand not kept: the table is too large',
    written: (out: string) => `Written to ${out}.`,
    commentsPlaced: (placed: number, removed: number, kept: number) =>
      `placed ${plural(placed, 'comment', 'comments')}` +
      (removed > 0 ? `, replacing ${removed} placed before` : '') +
      (kept > 0 ? `, keeping ${kept} resolved or answered` : ''),
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

/** The words of `diff`, one language each. */
export const DIFF_TEXTS = {
  nl: {
    title: (old: string, now: string) => `Wijzigingen van ${old} naar ${now}`,
    sinceStand: (file: string, date: string | undefined) => `${file}: wijzigingen sinds de vorige stand${date ? ` van ${date}` : ''}`,
    groups: {
      'measure.added': 'Nieuwe maatregelen',
      'measure.removed': 'Vervallen maatregelen',
      'planning.changed': 'Planning gewijzigd',
      'trekker.changed': 'Trekker gewijzigd',
      'status.changed': 'Stand van zaken gewijzigd',
      'heading.added': 'Kopjes toegevoegd',
      'heading.removed': 'Kopjes verwijderd',
    },
    shift: { later: 'later', earlier: 'eerder', same: 'zelfde termijn', unknown: 'niet te vergelijken' },
    days: (n: number) => plural(n, 'dag', 'dagen'),
    months: (n: number) => plural(n, 'maand', 'maanden'),
    empty: '(leeg)',
    was: (old: string) => `was ${old}`,
    none: 'Geen wijzigingen.',
    count: (n: number) => plural(n, 'wijziging', 'wijzigingen'),
    noSnapshot: 'het bestand bewaart geen vorige stand; die wordt opgeslagen bij het verversen van de datum (fix --datestamp of "Datum bijwerken")',
    snapshotIgnored: 'vorige stand genegeerd',
  },
  en: {
    title: (old: string, now: string) => `Changes from ${old} to ${now}`,
    sinceStand: (file: string, date: string | undefined) => `${file}: changes since the previous stand${date ? ` of ${date}` : ''}`,
    groups: {
      'measure.added': 'Measures added',
      'measure.removed': 'Measures removed',
      'planning.changed': 'Planning changed',
      'trekker.changed': 'Trekker changed',
      'status.changed': 'Status changed',
      'heading.added': 'Headings added',
      'heading.removed': 'Headings removed',
    },
    shift: { later: 'later', earlier: 'earlier', same: 'same deadline', unknown: 'cannot compare' },
    days: (n: number) => plural(n, 'day', 'days'),
    months: (n: number) => plural(n, 'month', 'months'),
    empty: '(empty)',
    was: (old: string) => `was ${old}`,
    none: 'No changes.',
    count: (n: number) => plural(n, 'change', 'changes'),
    noSnapshot: 'the file keeps no previous stand; one is stored when its date stamp is refreshed (fix --datestamp or "Datum bijwerken")',
    snapshotIgnored: 'previous stand ignored',
  },
} as const;
