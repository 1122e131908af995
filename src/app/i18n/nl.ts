import { localizedDate } from '../../core/rules/rule';
import type { Messages } from './messages';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('nl-NL')} ${n === 1 ? one : many}`;

export const nl: Messages = {
  lang: 'nl',
  appTitle: 'Statustabel',
  loading: 'Statustabel wordt geladen…',
  date: (date) => localizedDate(date).nl,

  check: 'Controleren',
  recheck: 'Opnieuw controleren',
  checking: 'Bezig met controleren…',
  working: 'Bezig met bijwerken…',
  saving: 'Bezig met opslaan…',

  tabsLabel: 'Weergave',
  tabResults: 'Resultaten',
  tabSettings: 'Instellingen',

  severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Info' },
  severityGroup: { error: 'Fouten', warning: 'Waarschuwingen', info: 'Info' },
  summary: ({ error, warning, info }) =>
    `${plural(error, 'fout', 'fouten')} · ${plural(warning, 'waarschuwing', 'waarschuwingen')} · ${info.toLocaleString('nl-NL')} info`,
  noFindings: 'Geen bevindingen: de tabel is in orde.',
  stats: (rows, measures) => `${plural(rows, 'rij', 'rijen')}, ${plural(measures, 'maatregel', 'maatregelen')}`,
  referenceDate: (date) => `peildatum ${date}`,
  resultsLabel: 'Bevindingen',

  groupBy: 'Groeperen per',
  groupByRule: 'Regel',
  groupBySection: 'Hoofdstuk',
  sectionHeader: 'Kolommen',
  sectionDateStamp: 'Datum onder de tabel',
  sectionNone: 'Zonder kop',
  sectionDocument: 'Document',

  filter: 'Filteren',
  filterActive: (n) => `Filteren (${n} aan)`,
  filterSeverity: 'Ernst',
  filterRule: 'Regel',
  filterTrekker: 'Trekker',
  filterAll: 'Alle',
  filterNoTrekker: '(geen trekker)',
  filterOption: (label, n) => `${label} (${n.toLocaleString('nl-NL')})`,
  filterClear: 'Filter wissen',
  filterShown: (shown, total) => `${shown.toLocaleString('nl-NL')} van ${plural(total, 'bevinding', 'bevindingen')} getoond`,
  filterNothing: 'Geen bevindingen met dit filter.',

  findingWords: 'In het document:',
  findingFix: 'Oplossen:',
  findingSelectHint: 'Klik om de cel in het document te selecteren.',
  selectedTitle: 'Geselecteerd in het document',
  selectedFirst: 'Een klik op een bevinding selecteert de cel waar die over gaat.',

  sheet: 'Werkblad',
  sheetActive: 'Het actieve werkblad',
  sheetHint: 'Het werkblad met de statustabel.',

  insertHeadings: 'Koppen invoegen',
  refreshDateStamp: 'Datum bijwerken',
  changesTitle: 'Gewijzigd',
  nothingChangedTitle: 'Niets gewijzigd',
  headingInserted: (text) => `Kop “${text}” ingevoegd.`,
  noHeadingsMissing: 'Alle standaardkoppen staan er al.',
  dateStampSet: (text) => `Datum onder de tabel gezet op “${text}”.`,
  dateStampAlreadyToday: 'De datum onder de tabel is al die van vandaag.',
  noteHeadingNotMerged: 'Let op: de kop staat in de eerste cel van de rij; de cellen konden niet worden samengevoegd.',
  readOnlyTitle: 'Alleen lezen',
  protectedReason: 'Het document is beveiligd tegen wijzigingen. Koppen invoegen en Datum bijwerken kunnen pas als de beveiliging eraf is.',
  readOnlyReason: 'Het document is alleen-lezen geopend. Koppen invoegen en Datum bijwerken kunnen pas als u het mag bewerken.',

  markFindings: 'Bevindingen markeren',
  clearMarks: 'Markering wissen',
  marksTitle: 'Markering',
  marked: (n) => `${n === 1 ? '1 cel' : `${n.toLocaleString('nl-NL')} cellen`} gemarkeerd in het blad.`,
  marksCleared: 'Markering gewist; de cellen hebben hun oude opmaak terug.',
  removeSymbol: '×',

  live: 'Automatisch opnieuw controleren',
  liveUnavailable: 'Deze Office-versie meldt geen wijzigingen; controleer zelf opnieuw.',

  exportTitle: 'Exporteren',
  copyMarkdown: 'Kopiëren als Markdown',
  copyCsv: 'Kopiëren als CSV',
  copiedTitle: 'Gekopieerd',
  copied: (format) => `De bevindingen staan als ${format} op het klembord.`,
  copyFallbackTitle: 'Kopiëren lukte niet',
  copyFallback: 'Selecteer de tekst hieronder en kopieer hem zelf (Ctrl+C).',
  exportColumns: {
    severity: 'Ernst',
    rule: 'Regel',
    measure: 'Maatregel',
    section: 'Hoofdstuk',
    message: 'Melding',
    words: 'Woorden',
  },

  standSaved: 'De stand tot nu is in het document bewaard: de volgende ronde laat zien wat er sindsdien is veranderd.',
  standTooLarge: 'De stand tot nu is niet bewaard: de tabel is te groot om als vorige stand te bewaren.',

  since: {
    tab: 'Sinds de vorige stand',
    title: 'Sinds de vorige stand',
    intro: (date) => (date ? `Vergeleken met de stand van ${date}, bewaard toen de datum werd bijgewerkt.` : 'Vergeleken met de vorige stand, bewaard toen de datum werd bijgewerkt.'),
    noneTitle: 'Nog geen vorige stand',
    none: 'Het document heeft nog geen vorige stand. Die wordt bewaard wanneer u de datum bijwerkt; daarna ziet u hier wat er sindsdien is veranderd.',
    ignoredTitle: 'Vorige stand genegeerd',
    nothing: 'Niets veranderd sinds de vorige stand.',
    groups: {
      'measure.added': 'Nieuwe maatregelen',
      'measure.removed': 'Vervallen maatregelen',
      'planning.changed': 'Planning gewijzigd',
      'trekker.changed': 'Trekker gewijzigd',
      'status.changed': 'Stand van zaken bijgewerkt',
      'heading.added': 'Koppen erbij',
      'heading.removed': 'Koppen vervallen',
    },
    unchanged: 'Stand van zaken niet bijgewerkt',
    group: (title, n) => `${title} (${n.toLocaleString('nl-NL')})`,
    shift: (shift, amount) => {
      const by = amount ? (amount.unit === 'months' ? plural(amount.count, 'maand', 'maanden') : plural(amount.count, 'dag', 'dagen')) : '';
      switch (shift) {
        case 'later':
          return by ? `${by} later` : 'later';
        case 'earlier':
          return by ? `${by} eerder` : 'eerder';
        case 'same':
          return 'zelfde einddatum';
        default:
          return 'geen datum te vergelijken';
      }
    },
    empty: '(leeg)',
    listLabel: 'Veranderingen sinds de vorige stand',
    more: (n) => `En nog ${plural(n, 'verandering', 'veranderingen')}: die staan in de export.`,
    exportTitle: 'Sinds de vorige stand',
    exportKind: 'Verandering',
    exportMeasure: 'Maatregel of kop',
    exportBefore: 'Was',
    exportAfter: 'Is nu',
    exportShift: 'Verschuiving',
  },

  comments: {
    title: 'Opmerkingen voor de trekkers',
    intro: (n) => `${plural(n, 'bevinding', 'bevindingen')} in het filter, elk als opmerking in zijn cel, gericht aan de trekker van de rij. Opnieuw plaatsen vervangt de eigen opmerkingen van Statustabel; die van anderen blijven staan.`,
    place: 'Opmerkingen plaatsen',
    remove: 'Opmerkingen verwijderen',
    unavailable: 'Deze versie van Office kan geen opmerkingen plaatsen.',
    placed: (placed, removed, kept) =>
      `${plural(placed, 'opmerking', 'opmerkingen')} geplaatst${removed > 0 ? `, ${plural(removed, 'eerdere', 'eerdere')} vervangen` : ''}${kept > 0 ? `; ${plural(kept, 'beantwoorde of opgeloste blijft', 'beantwoorde of opgeloste blijven')} staan` : ''}.`,
    removed: (removed, kept) =>
      `${plural(removed, 'opmerking', 'opmerkingen')} van Statustabel verwijderd${kept > 0 ? `; ${plural(kept, 'beantwoorde of opgeloste blijft', 'beantwoorde of opgeloste blijven')} staan` : ''}.`,
  },

  diagnosis: {
    title: 'Diagnose',
    intro: 'Voor wie u helpt: Office, de versie, wat deze Office kan en de laatste fout van Office, als tekst op het klembord. Er gaat niets naar buiten; u plakt het zelf in een bericht.',
    copy: 'Diagnose kopiëren',
    copied: 'De diagnose staat op het klembord.',
    heading: 'Statustabel – diagnose',
    host: 'Programma',
    platform: 'Platform',
    version: 'Office-versie',
    language: 'Taal van Office',
    sets: 'API-sets (requirement sets)',
    yes: 'ja',
    no: 'nee',
    unknown: 'onbekend',
    none: 'geen',
    lastError: 'Laatste fout van Office',
    code: 'code',
    message: 'melding',
    location: 'plaats (debugInfo.errorLocation)',
  },

  settingsTitle: 'Instellingen',
  settingsReferenceDate: 'Peildatum voor verlopen planning',
  settingsReferenceToday: 'Vandaag',
  settingsReferenceStamp: 'De datum onder de tabel',
  settingsTrekkers: 'Bekende trekkers',
  settingsTrekkerAdd: 'Toevoegen',
  settingsTrekkerNew: 'Nieuwe trekker',
  settingsTrekkerRemove: (name) => `${name} verwijderen`,
  settingsTrekkersNone: 'Nog geen bekende trekkers.',
  settingsRules: 'Regels',
  settingsSave: 'Opslaan in het document',
  settingsSavedTitle: 'Opgeslagen',
  settingsSaved: 'De instellingen staan in het document.',
  settingsShared: 'De instellingen worden in het document bewaard en gelden voor iedereen die eraan werkt.',
  unsavedTitle: 'Niet opgeslagen',
  unsavedBody: 'U hebt de instellingen gewijzigd. Wilt u ze opslaan in het document?',
  unsavedSave: 'Opslaan',
  unsavedDiscard: 'Niet opslaan',

  errorTitle: 'Dat lukte niet',
  hostError: {
    'no-office': 'Statustabel draait niet in Word of Excel.',
    'requirement-missing': 'Deze versie van Office mist een functie die Statustabel nodig heeft.',
    protected: 'Het document is beveiligd tegen wijzigingen. Hef de beveiliging op en probeer het opnieuw.',
    changed: 'Het document is gewijzigd sinds de controle, misschien door een collega. Er is niets aangepast. Controleer opnieuw en probeer het dan nog eens.',
    'no-status-table': 'Er is geen statustabel om bij te werken.',
    'merge-in-the-way':
      'Een samengevoegde cel loopt door tot onder de plek waar een kop moet komen. Er is niets aangepast. Hef de samenvoeging op (of zet de kop zelf) en probeer het opnieuw.',
    busy: 'Office is even bezig. Probeer het over een paar seconden opnieuw.',
    failed: 'Office gaf een onverwachte fout.',
  },
  details: 'Details',
  hostErrorDetail: (detail) => `Details: ${detail}`,
  requirementMissing: (set) => `Deze versie van Office kent ${set} niet, en Statustabel heeft dat nodig. Werk Office bij, of gebruik Office op het web.`,
  reasonTitle: 'Geen statustabel',
  reportReason: {
    empty: 'Het document is leeg.',
    'no-table': 'Het document bevat geen tabel.',
    'no-status-table': 'Geen tabel heeft de kolommen Ondersteuningsmaatregel, Stand van zaken, Planning en Trekker.',
  },
  noStatusTableOnSheet: 'Op dit werkblad staat geen tabel met de kolommen Ondersteuningsmaatregel, Stand van zaken, Planning en Trekker.',
  sheetWithTable: (sheet) => `De statustabel staat op het werkblad “${sheet}”.`,
  checkSheet: (sheet) => `Werkblad “${sheet}” controleren`,
  pickSheet: 'Kies hierboven het werkblad met de statustabel.',
  unexpected: 'Er ging iets onverwachts mis.',
  crashed: 'Het paneel liep vast. Uw document is niet gewijzigd.',
  retry: 'Opnieuw proberen',
  dismiss: 'Sluiten',
  noOffice: 'Dit paneel werkt alleen in Word of Excel.',
  noOfficeHint:
    'U opende de pagina in een gewone browser. Laad de invoegtoepassing (manifest.xml) in Word of Excel, of open de voorbeeldpagina preview.html om het paneel zonder Office te proberen.',

  commandsDone: 'Statustabel',
  commandsFailed: 'Statustabel: dat lukte niet',
  close: 'Sluiten',

  preview: {
    banner: 'Voorbeeld — dit is geen Office',
    explain: (hostName) =>
      `Het paneel rechts is het echte paneel, maar het werkt op een testdubbel van ${hostName} met het voorbeelddocument “Stand van zaken ondersteuningsmaatregelen” van 19 juni 2021. Wijzigingen blijven in deze pagina.`,
    documentTitle: 'Document (alleen-lezen)',
    paneTitle: 'Taakvenster',
    empty: 'Het document is leeg.',
    selected: 'Geselecteerd',
    variants: 'Varianten:',
    links: {
      word: 'Word',
      excel: 'Excel',
      noInburgering: 'zonder kop INBURGERING',
      empty: 'leeg document',
      english: 'in het Engels',
      dutch: 'in het Nederlands',
      protectedDoc: 'beveiligd document',
      excelSheets: 'Excel met twee werkbladen',
      paneOnly: 'alleen het paneel',
    },
    sheetNote: 'Voorblad: de statustabel staat op het werkblad “Stand van zaken”.',
    selectedAddress: (address) => `Geselecteerd in Excel: ${address}`,
  },
};
