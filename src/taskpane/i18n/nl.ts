import type { Messages } from './messages';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const nl: Messages = {
  appTitle: 'Statustabel',
  intro: 'Controleert de tabel “Stand van zaken ondersteuningsmaatregelen” in dit document.',
  loading: 'Statustabel wordt geladen…',

  check: 'Controleren',
  recheck: 'Opnieuw controleren',
  checking: 'Bezig met controleren…',
  working: 'Bezig met bijwerken…',

  tabResults: 'Resultaten',
  tabSettings: 'Instellingen',

  severity: { error: 'Fout', warning: 'Waarschuwing', info: 'Info' },
  summary: ({ error, warning, info }) =>
    `${plural(error, 'fout', 'fouten')} · ${plural(warning, 'waarschuwing', 'waarschuwingen')} · ${info} info`,
  summaryLabel: 'Samenvatting',
  noFindings: 'Geen bevindingen: de tabel is in orde.',
  stats: (rows, measures, headings) =>
    `${plural(rows, 'rij', 'rijen')}, ${plural(measures, 'maatregel', 'maatregelen')}, ${plural(headings, 'kop', 'koppen')}`,
  referenceDate: (date) => `Peildatum: ${date}`,

  groupBy: 'Groeperen per',
  groupByRule: 'Regel',
  groupBySection: 'Hoofdstuk',
  sectionHeader: 'Kolommen',
  sectionDateStamp: 'Datum onder de tabel',
  sectionNone: 'Zonder kop',
  sectionDocument: 'Document',
  findingWords: 'Woorden in het document:',
  findingSelectHint: 'Selecteer in het document',
  findingCount: (n) => plural(n, 'bevinding', 'bevindingen'),
  showMore: (next, remaining) => `Toon meer (${next} van de ${remaining} resterende)`,

  sheet: 'Werkblad',
  sheetActive: 'Het actieve werkblad',
  sheetHint: 'Het werkblad met de statustabel.',

  actions: 'Herstellen',
  insertHeadings: 'Koppen invoegen',
  refreshDateStamp: 'Datum bijwerken',
  headingInserted: (text) => `Kop “${text}” ingevoegd.`,
  noHeadingsMissing: 'Alle standaardkoppen staan er al; er is niets ingevoegd.',
  dateStampSet: (text) => `Datum onder de tabel gezet op “${text}”.`,
  dateStampAlreadyToday: 'De datum onder de tabel is al die van vandaag; er is niets gewijzigd.',
  noteHeadingNotMerged:
    'Let op: een ingevoegde kop staat in de eerste cel; de cellen van die rij konden niet worden samengevoegd.',
  changesTitle: 'Gewijzigd',
  markFindings: 'Bevindingen markeren',
  clearMarks: 'Markering wissen',
  marked: (n) => `${n === 1 ? '1 cel' : `${n} cellen`} gemarkeerd in het blad.`,
  marksCleared: 'Markering gewist; de cellen hebben hun oude opmaak terug.',
  removeSymbol: '×',

  live: 'Automatisch opnieuw controleren bij wijzigingen',
  liveUnavailable: 'Deze Office-versie meldt geen wijzigingen; controleer zelf opnieuw.',

  exportTitle: 'Exporteren',
  copyMarkdown: 'Kopiëren als Markdown',
  copyCsv: 'Kopiëren als CSV',
  copied: (format) => `Bevindingen gekopieerd als ${format}.`,
  copyFallback: 'Kopiëren lukte niet automatisch. Selecteer de tekst hieronder en kopieer hem zelf (Ctrl+C).',
  exportColumns: {
    severity: 'Ernst',
    rule: 'Regel',
    measure: 'Maatregel',
    section: 'Hoofdstuk',
    message: 'Melding',
    words: 'Woorden',
  },

  settingsTitle: 'Instellingen',
  settingsReferenceDate: 'Peildatum voor verlopen planning',
  settingsReferenceToday: 'Vandaag',
  settingsReferenceStamp: 'De datum onder de tabel',
  settingsTrekkers: 'Bekende trekkers',
  settingsTrekkerAdd: 'Toevoegen',
  settingsTrekkerNew: 'Nieuwe trekker',
  settingsTrekkerRemove: (name) => `${name} verwijderen`,
  settingsRules: 'Regels',
  settingsSave: 'Opslaan in het document',
  settingsSaved: 'Instellingen opgeslagen in het document.',
  settingsShared: 'De instellingen worden in het document bewaard en gelden voor iedereen die eraan werkt.',

  errorTitle: 'Dat lukte niet',
  hostError: {
    'no-office': 'Statustabel draait niet in Word of Excel.',
    'requirement-missing': 'Deze versie van Office mist een functie die Statustabel nodig heeft.',
    protected: 'Het document is beveiligd tegen wijzigingen. Hef de beveiliging op en probeer het opnieuw.',
    changed:
      'Het document is gewijzigd sinds de laatste controle (misschien door een medeauteur). Er is niets aangepast; controleer opnieuw en probeer het dan nog eens.',
    'no-status-table': 'Er is geen statustabel gevonden om bij te werken.',
    busy: 'Office is even bezig. Probeer het over een paar seconden opnieuw.',
    failed: 'Office meldde een onverwachte fout.',
  },
  hostErrorDetail: (detail) => `Details: ${detail}`,
  requirementMissing: (set) =>
    `Deze versie van Office ondersteunt ${set} niet, en die heeft Statustabel nodig. Werk Office bij, of gebruik Office op het web.`,
  reportReason: {
    empty: 'Het document is leeg.',
    'no-table': 'Het document bevat geen tabel.',
    'no-status-table':
      'Geen statustabel gevonden: geen tabel heeft de kolommen Ondersteuningsmaatregel, Stand van zaken, Planning en Trekker.',
  },
  noStatusTableOnSheet:
    'Geen statustabel op dit werkblad: geen rij heeft de kolommen Ondersteuningsmaatregel, Stand van zaken, Planning en Trekker. Open het werkblad met de tabel en controleer opnieuw.',
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
    },
    sheetNote: 'Voorblad: de statustabel staat op het werkblad “Stand van zaken”.',
    selectedAddress: (address) => `Geselecteerd in Excel: ${address}`,
  },
};
