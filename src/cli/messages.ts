import type { Lang, Severity } from '../core/findings';
import type { FileErrorCode, FileReason, PackageKind, UnsafeKind } from '../hosts/files/errors';

/** The command line's own words, in both languages the add-in speaks: every line it prints is in one of them. */

export const USAGE: Readonly<Record<Lang, string>> = {
  nl: `Gebruik:
  statustabel check BESTAND... [--today JJJJ-MM-DD] [--json] [--lang nl|en] [--verbose]
  statustabel fix BESTAND --headings --datestamp [--today JJJJ-MM-DD] -o UIT [--verbose]
  statustabel fix BESTAND --comments [--rule ID]... [--severity NIVEAU] [--today JJJJ-MM-DD] [--lang nl|en] -o UIT
  statustabel diff OUD NIEUW [--json] [--lang nl|en]
  statustabel diff BESTAND [--json] [--lang nl|en]

Opdrachten:
  check   Controleer de statustabel van elk .docx/.xlsx-BESTAND en toon de bevindingen.
          Afsluitcode 0: geen fouten; 1: minstens één fout; 2: een bestand kon niet worden gecontroleerd.
  fix     Schrijf een kopie van BESTAND naar UIT (nooit BESTAND zelf) met
            --headings   de ontbrekende kopjes ingevoegd, en/of
            --datestamp  de datumstempel op vandaag (de stand die hij droeg wordt in het
                         bestand bewaard, voor diff BESTAND en de regel status.unchanged), en/of
            --comments   elke bevinding als opmerking op haar cel (in Word een opmerking,
                         in Excel een notitie), gericht aan de trekker van de rij; de
                         opmerkingen die Statustabel eerder plaatste en die niemand
                         afhandelde of beantwoordde worden vervangen, alle andere blijven staan. Welke bevindingen: alle, of die van
            --rule ID    deze regel (herhaal voor meer), en/of
            --severity NIVEAU  minstens deze ernst: error, warning of info.
  diff    Wat er veranderde van OUD naar NIEUW (.docx/.xlsx, elk paar): maatregelen erbij of
          weg, planning verschoven (later/eerder, hoeveel), trekker of stand van zaken
          gewijzigd, kopjes erbij of weg. Met één BESTAND: sinds de stand die het bestand
          bewaart (opgeslagen bij het verversen van de datumstempel).
          Afsluitcode 0: niets veranderd; 1: wel; 2: een bestand kon niet worden gelezen.

Opties:
  --today JJJJ-MM-DD  De peildatum (standaard: vandaag in Europa/Amsterdam).
  --json              check: één JSON-object per bestand op stdout (een lijst bij meer
                      bestanden); diff: {"old","new","changes":[…]}.
  --lang nl|en        Taal van de meldingen (standaard: nl).
  --sheet BLAD        check, fix, diff: lees de statustabel van dit blad van een .xlsx-werkmap
                      (standaard: het eerste blad, in de volgorde van de werkmap, dat er een
                      heeft; check meldt het als meer bladen er een hebben). Bij een .docx
                      genegeerd.
  -o, --output UIT    Waar fix de aangepaste kopie schrijft.
  --verbose           Bij een probleem ook de technische details (in het Engels).
  -h, --help          Deze tekst.
`,
  en: `Usage:
  statustabel check FILE... [--today YYYY-MM-DD] [--json] [--lang nl|en] [--verbose]
  statustabel fix FILE --headings --datestamp [--today YYYY-MM-DD] -o OUT [--verbose]
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
            --comments   each finding as a comment on its cell (a Word comment, an
                         Excel note), addressed to the row's trekker; the comments
                         Statustabel placed before and nobody resolved or answered are
                         replaced, all other comments stay. Which findings: all, or those of
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
  --sheet SHEET       check, fix, diff: read the status table of this sheet of an .xlsx
                      workbook (default: the first sheet, in the workbook's order, that holds
                      one; check says so when several sheets do). Ignored for a .docx.
  -o, --output OUT    Where fix writes the fixed copy.
  --verbose           With a problem, also the technical details.
  -h, --help          This text.
`,
};

/** What went wrong with the command line itself. */
export type UsageProblem =
  | { readonly kind: 'unknown-option'; readonly option: string }
  | { readonly kind: 'missing-value'; readonly option: string }
  | { readonly kind: 'unexpected-value'; readonly option: string }
  | { readonly kind: 'bad-arguments' }
  | { readonly kind: 'bad-lang'; readonly value: string }
  | { readonly kind: 'bad-today'; readonly value: string }
  | { readonly kind: 'no-command' }
  | { readonly kind: 'unknown-command'; readonly command: string }
  | { readonly kind: 'check-needs-file' }
  | { readonly kind: 'fix-only-options' }
  | { readonly kind: 'fix-one-file' }
  | { readonly kind: 'fix-needs-what' }
  | { readonly kind: 'fix-needs-output' }
  | { readonly kind: 'json-only-check' }
  | { readonly kind: 'bad-severity'; readonly value: string }
  | { readonly kind: 'unknown-rule'; readonly value: string; readonly rules: readonly string[] }
  | { readonly kind: 'filters-need-comments' }
  | { readonly kind: 'diff-files' }
  | { readonly kind: 'diff-only-options' };

export const USAGE_PROBLEMS: Readonly<Record<Lang, (problem: UsageProblem) => string>> = {
  nl: (p) => {
    switch (p.kind) {
      case 'unknown-option':
        return `onbekende optie ${p.option}`;
      case 'missing-value':
        return `${p.option} heeft een waarde nodig`;
      case 'unexpected-value':
        return `${p.option} neemt geen waarde`;
      case 'bad-arguments':
        return 'de argumenten zijn niet te lezen';
      case 'bad-lang':
        return `--lang is nl of en, niet "${p.value}"`;
      case 'bad-today':
        return `--today is een datum als JJJJ-MM-DD, niet "${p.value}"`;
      case 'no-command':
        return 'geen opdracht gegeven';
      case 'unknown-command':
        return `onbekende opdracht "${p.command}"`;
      case 'check-needs-file':
        return 'check heeft minstens één BESTAND nodig';
      case 'fix-only-options':
        return '--headings, --datestamp, --comments en -o horen bij fix';
      case 'fix-one-file':
        return 'fix neemt precies één BESTAND';
      case 'fix-needs-what':
        return 'fix heeft --headings, --datestamp en/of --comments nodig';
      case 'fix-needs-output':
        return 'fix heeft -o UIT nodig (het schrijft nooit over BESTAND)';
      case 'json-only-check':
        return '--json hoort bij check en diff';
      case 'bad-severity':
        return `--severity is error, warning of info, niet "${p.value}"`;
      case 'unknown-rule':
        return `--rule "${p.value}" is geen regel; regels: ${p.rules.join(', ')}`;
      case 'filters-need-comments':
        return '--rule en --severity kiezen de bevindingen voor --comments';
      case 'diff-files':
        return 'diff neemt OUD NIEUW, of één BESTAND';
      case 'diff-only-options':
        return 'diff neemt alleen --json en --lang';
    }
  },
  en: (p) => {
    switch (p.kind) {
      case 'unknown-option':
        return `unknown option ${p.option}`;
      case 'missing-value':
        return `${p.option} needs a value`;
      case 'unexpected-value':
        return `${p.option} takes no value`;
      case 'bad-arguments':
        return 'the arguments cannot be read';
      case 'bad-lang':
        return `--lang must be nl or en, not "${p.value}"`;
      case 'bad-today':
        return `--today must be a date as YYYY-MM-DD, not "${p.value}"`;
      case 'no-command':
        return 'no command given';
      case 'unknown-command':
        return `unknown command "${p.command}"`;
      case 'check-needs-file':
        return 'check needs at least one FILE';
      case 'fix-only-options':
        return '--headings, --datestamp, --comments and -o belong to fix';
      case 'fix-one-file':
        return 'fix takes exactly one FILE';
      case 'fix-needs-what':
        return 'fix needs --headings, --datestamp and/or --comments';
      case 'fix-needs-output':
        return 'fix needs -o OUT (it never writes over FILE)';
      case 'json-only-check':
        return '--json belongs to check and diff';
      case 'bad-severity':
        return `--severity must be error, warning or info, not "${p.value}"`;
      case 'unknown-rule':
        return `--rule "${p.value}" is not a rule; rules: ${p.rules.join(', ')}`;
      case 'filters-need-comments':
        return '--rule and --severity choose the findings for --comments';
      case 'diff-files':
        return 'diff takes OLD NEW, or one FILE';
      case 'diff-only-options':
        return 'diff takes only --json and --lang';
    }
  },
};

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
      why === 'unsupported' ? 'vorige stand niet bewaard: dit bestand kan er geen bewaren' : 'vorige stand niet bewaard: de tabel is te groot',
    commentsPlaced: (placed: number, removed: number, kept: number, skipped = 0) =>
      `${plural(placed, 'opmerking', 'opmerkingen')} geplaatst` +
      (removed > 0 ? `, ${removed} eerder geplaatste vervangen` : '') +
      (kept > 0 ? `, ${kept} afgehandelde of beantwoorde bewaard` : '') +
      (skipped > 0 ? `, ${skipped} niet geplaatst (de cel heeft al een notitie van iemand anders)` : ''),
    written: (out: string) => `Geschreven naar ${out}.`,
    unexpected: 'onverwachte fout',
    detail: 'details',
    seeVerbose: 'meer met --verbose',
    sheetIgnored: '--sheet geldt alleen voor werkmappen (.xlsx); hier genegeerd',
    sheetRead: (read: string, others: readonly string[]) =>
      `blad "${read}" gelezen; ook ${others.length === 1 ? 'blad' : 'de bladen'} ${others.map((n) => `"${n}"`).join(', ')} ${others.length === 1 ? 'heeft' : 'hebben'} een statustabel (kies met --sheet BLAD)`,
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
      why === 'unsupported' ? 'previous stand not kept: this file cannot keep one' : 'previous stand not kept: the table is too large',
    commentsPlaced: (placed: number, removed: number, kept: number, skipped = 0) =>
      `placed ${plural(placed, 'comment', 'comments')}` +
      (removed > 0 ? `, replacing ${removed} placed before` : '') +
      (kept > 0 ? `, keeping ${kept} resolved or answered` : '') +
      (skipped > 0 ? `, ${skipped} not placed (the cell already holds someone else's note)` : ''),
    written: (out: string) => `Written to ${out}.`,
    unexpected: 'unexpected error',
    detail: 'details',
    seeVerbose: 'more with --verbose',
    sheetIgnored: '--sheet applies to workbooks (.xlsx) only; ignored here',
    sheetRead: (read: string, others: readonly string[]) =>
      `read sheet "${read}"; ${others.length === 1 ? 'sheet' : 'sheets'} ${others.map((n) => `"${n}"`).join(', ')} also ${others.length === 1 ? 'has' : 'have'} a status table (pick one with --sheet SHEET)`,
  },
} as const;

/** Why a file could not be checked or fixed, for stderr: the kind of trouble. */
export const FILE_ERRORS: Readonly<Record<Lang, Readonly<Record<FileErrorCode, string>>>> = {
  nl: {
    'not-found': 'bestand niet gevonden of niet leesbaar',
    'unsupported-type': 'geen bruikbaar .docx- of .xlsx-bestand',
    damaged: 'beschadigd bestand',
    'too-large': 'bestand te groot',
    'no-status-table': 'geen statustabel gevonden',
    'same-file': 'uitvoer is hetzelfde bestand als de invoer',
    refused: 'niet aangepast, er is niets geschreven',
  },
  en: {
    'not-found': 'file not found or not readable',
    'unsupported-type': 'not a usable .docx or .xlsx file',
    damaged: 'damaged file',
    'too-large': 'file too large',
    'no-status-table': 'no status table found',
    'same-file': 'output is the same file as the input',
    refused: 'not fixed, nothing was written',
  },
};

const PACKAGE_NAMES: Readonly<Record<Lang, Readonly<Record<PackageKind, string>>>> = {
  nl: { docx: 'een Word-document (.docx)', xlsx: 'een Excel-werkmap (.xlsx)', pptx: 'een PowerPoint-presentatie', package: 'een Office-pakket zonder document of werkmap' },
  en: { docx: 'a Word document (.docx)', xlsx: 'an Excel workbook (.xlsx)', pptx: 'a PowerPoint presentation', package: 'an Office package without a document or workbook' },
};

const KIND_WORDS: Readonly<Record<Lang, Readonly<Record<'docx' | 'xlsx', string>>>> = {
  nl: { docx: 'Word-document (.docx)', xlsx: 'Excel-werkmap (.xlsx)' },
  en: { docx: 'Word document (.docx)', xlsx: 'Excel workbook (.xlsx)' },
};

const UNSAFE: Readonly<Record<Lang, Readonly<Record<UnsafeKind, string>>>> = {
  nl: {
    'pivot-source': 'de draaitabelcache leest',
    'pivot-table': 'een draaitabel staat op',
    'chart-series': 'een grafiek tekent',
    'shared-formula': 'een gedeelde formule rekent over',
    'relative-formula': 'een relatieve formule (voorwaardelijke opmaak of gegevensvalidatie) rekent over',
    'merge-across': 'samengevoegde cellen in de tabel lopen over',
    'multi-sheet-reference': 'een formule verwijst over meer bladen naar',
    'rows-out-of-order': 'de rijen van het blad staan niet op volgorde rond',
  },
  en: {
    'pivot-source': 'the pivot table cache reads',
    'pivot-table': 'a pivot table stands on',
    'chart-series': 'a chart plots',
    'shared-formula': 'a shared formula spans',
    'relative-formula': 'a relative formula (conditional format or data validation) spans',
    'merge-across': 'merged cells in the table span',
    'multi-sheet-reference': 'a formula refers across several sheets to',
    'rows-out-of-order': "the sheet's rows are out of order around",
  },
};

const mb = (bytes: number): string => `${Math.max(1, Math.round(bytes / (1024 * 1024)))} MB`;

/** The reason of a FileError in words. */
export const REASONS: Readonly<Record<Lang, (reason: FileReason) => string>> = {
  nl: (r) => {
    switch (r.kind) {
      case 'no-such-file':
        return `${r.path} bestaat niet`;
      case 'is-folder':
        return `${r.path} is een map, geen bestand`;
      case 'no-permission':
        return `geen toestemming om ${r.path} te lezen`;
      case 'cannot-read':
        return `${r.path} kan niet worden gelezen`;
      case 'cannot-write':
        return `${r.path} kan niet worden geschreven`;
      case 'old-format':
        return `oud ${r.ext === '.xls' ? 'Excel' : 'Word'}-formaat (${r.ext}); sla het op als ${r.ext}x`;
      case 'macro-enabled':
        return `bestand met macro's (${r.ext}); sla een kopie op als ${r.ext === '.xlsm' ? '.xlsx' : '.docx'}`;
      case 'other-extension':
        return r.ext === '' ? 'alleen .docx- en .xlsx-bestanden kunnen worden gecontroleerd, niet een bestand zonder extensie' : `alleen .docx- en .xlsx-bestanden kunnen worden gecontroleerd, geen ${r.ext}`;
      case 'not-a-package':
        return 'geen Office-document (.docx- en .xlsx-bestanden zijn zip-archieven)';
      case 'old-or-protected':
        return 'oud formaat (.doc/.xls) of met een wachtwoord beveiligd; sla het op als .docx of .xlsx zonder wachtwoord';
      case 'encrypted':
        return 'het bestand is versleuteld; sla het op zonder wachtwoord';
      case 'named-otherwise':
        return `heet .${r.named} maar is ${PACKAGE_NAMES.nl[r.is]}; geef het de juiste extensie`;
      case 'not-this-kind':
        return `dit is ${PACKAGE_NAMES.nl[r.is]}, geen ${KIND_WORDS.nl[r.expected]}`;
      case 'output-kind':
        return `UIT moet een .${r.expected}-bestand zijn zoals BESTAND, niet ${r.out}`;
      case 'compression':
        return `onderdeel ${r.part} is gecomprimeerd op een onbekende manier (${r.method})`;
      case 'no-comments':
        return 'opmerkingen worden niet in Strict Open XML-documenten geplaatst; sla het op als gewoon .docx of .xlsx';
      case 'empty-file':
        return 'het bestand is leeg';
      case 'zip-structure':
        return 'het zip-archief is beschadigd of afgebroken';
      case 'part-corrupt':
        return `onderdeel ${r.part} is beschadigd`;
      case 'not-xml':
        return `onderdeel ${r.part} is geen geldige XML`;
      case 'dtd':
        return `onderdeel ${r.part} declareert een DTD of entiteiten, wat een Office-bestand nooit doet`;
      case 'not-text':
        return `onderdeel ${r.part} is geen UTF-8- of UTF-16-tekst`;
      case 'too-deep':
        return `onderdeel ${r.part} nest elementen dieper dan ${r.depth} niveaus`;
      case 'missing-part':
        return `onderdeel ${r.part} ontbreekt`;
      case 'beyond-sheet':
        return `onderdeel ${r.part} noemt ${r.value}, voorbij de laatste rij of kolom van Excel`;
      case 'would-not-reopen':
        return 'met de wijzigingen zou het bestand niet meer te openen zijn';
      case 'file-size':
        return `het bestand is ${mb(r.bytes)}, meer dan de grens van ${mb(r.limit)}`;
      case 'unpacked-size':
        return `het bestand pakt uit tot ${mb(r.bytes)}, meer dan de grens van ${mb(r.limit)}`;
      case 'zip-bomb':
        return `onderdeel ${r.part} pakt uit tot veel meer dan een Office-bestand doet (een zip-bom?)`;
      case 'part-size':
        return `onderdeel ${r.part} is te groot (${mb(r.bytes)} uitgepakt)`;
      case 'too-many-cells':
        return `${r.part} heeft meer dan ${r.limit.toLocaleString('nl-NL')} gevulde cellen`;
      case 'sheet-full':
        return `het blad is gevuld tot rij ${r.rows.toLocaleString('nl-NL')}: er is geen ruimte om rijen in te voegen`;
      case 'no-header':
        return 'geen blad of tabel heeft de koprij Ondersteuningsmaatregel | Stand van zaken | Planning | Trekker';
      case 'no-content':
        return 'het document is leeg';
      case 'no-table':
        return 'het document heeft geen tabel';
      case 'no-such-sheet':
        return `de werkmap heeft geen blad "${r.sheet}" (wel: ${r.sheets.map((n) => `"${n}"`).join(', ')})`;
      case 'sheet-without-table':
        return `blad "${r.sheet}" heeft geen koprij Ondersteuningsmaatregel | Stand van zaken | Planning | Trekker`;
      case 'same-file':
        return `${r.out} is het invoerbestand; fix schrijft nooit over het origineel`;
      case 'unsafe':
        return `${UNSAFE.nl[r.what]} ${r.ref} (${r.part}), over de rijen waar kopjes komen`;
      case 'stamp-formula':
        return `de datumstempel in ${r.cell} is een formule; die wordt niet vervangen`;
      case 'protected':
        return r.edit === 'objects'
          ? 'het werkblad is beveiligd en laat geen objecten (notities) bewerken; hef de beveiliging op om opmerkingen te plaatsen'
          : `het document is beveiligd (bewerken beperkt tot "${r.edit}"); hef de beveiliging op om opmerkingen te plaatsen`;
    }
  },
  en: (r) => {
    switch (r.kind) {
      case 'no-such-file':
        return `${r.path} does not exist`;
      case 'is-folder':
        return `${r.path} is a folder, not a file`;
      case 'no-permission':
        return `no permission to read ${r.path}`;
      case 'cannot-read':
        return `${r.path} cannot be read`;
      case 'cannot-write':
        return `${r.path} cannot be written`;
      case 'old-format':
        return `old ${r.ext === '.xls' ? 'Excel' : 'Word'} format (${r.ext}); save it as ${r.ext}x`;
      case 'macro-enabled':
        return `macro-enabled file (${r.ext}); save a copy as ${r.ext === '.xlsm' ? '.xlsx' : '.docx'}`;
      case 'other-extension':
        return r.ext === '' ? 'only .docx and .xlsx files can be checked, not a file without an extension' : `only .docx and .xlsx files can be checked, not ${r.ext}`;
      case 'not-a-package':
        return 'not an Office document (.docx and .xlsx files are zip archives)';
      case 'old-or-protected':
        return 'old format (.doc/.xls) or protected with a password; save it as .docx or .xlsx without a password';
      case 'encrypted':
        return 'the file is encrypted; save it without a password';
      case 'named-otherwise':
        return `named .${r.named} but is ${PACKAGE_NAMES.en[r.is]}; give it the right extension`;
      case 'not-this-kind':
        return `this is ${PACKAGE_NAMES.en[r.is]}, not a ${KIND_WORDS.en[r.expected]}`;
      case 'output-kind':
        return `OUT must be a .${r.expected} file like FILE, not ${r.out}`;
      case 'compression':
        return `part ${r.part} uses an unknown compression (${r.method})`;
      case 'no-comments':
        return 'comments are not placed in Strict Open XML documents; save it as a plain .docx or .xlsx';
      case 'empty-file':
        return 'the file is empty';
      case 'zip-structure':
        return 'the zip archive is damaged or cut off';
      case 'part-corrupt':
        return `part ${r.part} is corrupt`;
      case 'not-xml':
        return `part ${r.part} is not well-formed XML`;
      case 'dtd':
        return `part ${r.part} declares a DTD or entities, which an Office file never does`;
      case 'not-text':
        return `part ${r.part} is not UTF-8 or UTF-16 text`;
      case 'too-deep':
        return `part ${r.part} nests elements more than ${r.depth} deep`;
      case 'missing-part':
        return `part ${r.part} is missing`;
      case 'beyond-sheet':
        return `part ${r.part} names ${r.value}, beyond Excel's last row or column`;
      case 'would-not-reopen':
        return 'with the changes written the file would not open again';
      case 'file-size':
        return `the file is ${mb(r.bytes)}, more than the ${mb(r.limit)} limit`;
      case 'unpacked-size':
        return `the file unpacks to ${mb(r.bytes)}, more than the ${mb(r.limit)} limit`;
      case 'zip-bomb':
        return `part ${r.part} unpacks to far more than an Office file does (a zip bomb?)`;
      case 'part-size':
        return `part ${r.part} is too large (${mb(r.bytes)} unpacked)`;
      case 'too-many-cells':
        return `${r.part} has more than ${r.limit.toLocaleString('en')} filled cells`;
      case 'sheet-full':
        return `the sheet is used down to row ${r.rows.toLocaleString('en')}: there is no room to insert rows`;
      case 'no-header':
        return 'no sheet or table has the header row Ondersteuningsmaatregel | Stand van zaken | Planning | Trekker';
      case 'no-content':
        return 'the document is empty';
      case 'no-table':
        return 'the document has no table';
      case 'no-such-sheet':
        return `the workbook has no sheet "${r.sheet}" (it has: ${r.sheets.map((n) => `"${n}"`).join(', ')})`;
      case 'sheet-without-table':
        return `sheet "${r.sheet}" has no header row Ondersteuningsmaatregel | Stand van zaken | Planning | Trekker`;
      case 'same-file':
        return `${r.out} is the input file; fix never writes over the original`;
      case 'unsafe':
        return `${UNSAFE.en[r.what]} ${r.ref} (${r.part}), across the rows where headings go`;
      case 'stamp-formula':
        return `the date stamp in ${r.cell} is a formula, which fix does not replace`;
      case 'protected':
        return r.edit === 'objects'
          ? 'the sheet is protected against editing objects (notes among them); remove the protection to place comments'
          : `the document is protected (editing restricted to "${r.edit}"); remove the protection to place comments`;
    }
  },
};

/** The one line a FileError prints (without the file name): its kind of trouble and its reason. */
export const fileErrorText = (lang: Lang, code: FileErrorCode, reason: FileReason): string => `${FILE_ERRORS[lang][code]}: ${REASONS[lang](reason)}`;

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
