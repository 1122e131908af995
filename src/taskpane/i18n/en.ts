import type { Messages } from './messages';

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

export const en: Messages = {
  appTitle: 'Statustabel',
  intro: 'Checks the table “Stand van zaken ondersteuningsmaatregelen” in this document.',
  loading: 'Loading Statustabel…',

  check: 'Check',
  recheck: 'Check again',
  checking: 'Checking…',
  working: 'Updating…',

  tabResults: 'Results',
  tabSettings: 'Settings',

  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  summary: ({ error, warning, info }) =>
    `${plural(error, 'error', 'errors')} · ${plural(warning, 'warning', 'warnings')} · ${info} info`,
  summaryLabel: 'Summary',
  noFindings: 'No findings: the table is in order.',
  stats: (rows, measures, headings) =>
    `${plural(rows, 'row', 'rows')}, ${plural(measures, 'measure', 'measures')}, ${plural(headings, 'heading', 'headings')}`,
  referenceDate: (date) => `Reference date: ${date}`,

  groupBy: 'Group by',
  groupByRule: 'Rule',
  groupBySection: 'Section',
  sectionHeader: 'Columns',
  sectionDateStamp: 'Date below the table',
  sectionNone: 'No heading',
  sectionDocument: 'Document',
  findingWords: 'Words in the document:',
  findingSelectHint: 'Select in the document',
  findingCount: (n) => plural(n, 'finding', 'findings'),
  showMore: (next, remaining) => `Show more (${next} of the ${remaining} remaining)`,

  sheet: 'Worksheet',
  sheetActive: 'The active worksheet',
  sheetHint: 'The worksheet holding the status table.',

  actions: 'Fix',
  insertHeadings: 'Insert headings',
  refreshDateStamp: 'Update date',
  headingInserted: (text) => `Inserted heading “${text}”.`,
  noHeadingsMissing: 'Every standard heading is already there; nothing was inserted.',
  dateStampSet: (text) => `Set the date below the table to “${text}”.`,
  dateStampAlreadyToday: 'The date below the table is already today’s; nothing was changed.',
  noteHeadingNotMerged: 'Note: an inserted heading sits in the first cell; the cells of its row could not be merged.',
  changesTitle: 'Changed',
  markFindings: 'Mark findings',
  clearMarks: 'Clear marks',
  marked: (n) => `Marked ${n === 1 ? '1 cell' : `${n} cells`} on the sheet.`,
  marksCleared: 'Marks cleared; the cells have their old formatting back.',
  removeSymbol: '×',

  live: 'Check again automatically when the document changes',
  liveUnavailable: 'This version of Office does not report changes; check again yourself.',

  exportTitle: 'Export',
  copyMarkdown: 'Copy as Markdown',
  copyCsv: 'Copy as CSV',
  copied: (format) => `Findings copied as ${format}.`,
  copyFallback: 'Copying did not work automatically. Select the text below and copy it yourself (Ctrl+C).',
  exportColumns: {
    severity: 'Severity',
    rule: 'Rule',
    measure: 'Measure',
    section: 'Section',
    message: 'Message',
    words: 'Words',
  },

  settingsTitle: 'Settings',
  settingsReferenceDate: 'Reference date for past-due planning',
  settingsReferenceToday: 'Today',
  settingsReferenceStamp: 'The date below the table',
  settingsTrekkers: 'Known trekkers (leads)',
  settingsTrekkerAdd: 'Add',
  settingsTrekkerNew: 'New trekker',
  settingsTrekkerRemove: (name) => `Remove ${name}`,
  settingsRules: 'Rules',
  settingsSave: 'Save in the document',
  settingsSaved: 'Settings saved in the document.',
  settingsShared: 'Settings are stored in the document and apply to everyone who works on it.',

  errorTitle: 'That did not work',
  hostError: {
    'no-office': 'Statustabel is not running in Word or Excel.',
    'requirement-missing': 'This version of Office lacks a feature Statustabel needs.',
    protected: 'The document is protected against changes. Remove the protection and try again.',
    changed:
      'The document changed since the last check (perhaps by a co-author). Nothing was changed; check again, then try once more.',
    'no-status-table': 'No status table was found to update.',
    busy: 'Office is busy. Try again in a few seconds.',
    failed: 'Office reported an unexpected error.',
  },
  hostErrorDetail: (detail) => `Details: ${detail}`,
  requirementMissing: (set) =>
    `This version of Office does not support ${set}, which Statustabel needs. Update Office, or use Office on the web.`,
  reportReason: {
    empty: 'The document is empty.',
    'no-table': 'The document has no table.',
    'no-status-table':
      'No status table found: no table has the columns Ondersteuningsmaatregel, Stand van zaken, Planning and Trekker.',
  },
  noStatusTableOnSheet:
    'No status table on this worksheet: no row has the columns Ondersteuningsmaatregel, Stand van zaken, Planning and Trekker. Open the worksheet with the table and check again.',
  unexpected: 'Something unexpected went wrong.',
  crashed: 'The pane stopped working. Your document was not changed.',
  retry: 'Try again',
  dismiss: 'Close',
  noOffice: 'This pane only works in Word or Excel.',
  noOfficeHint:
    'You opened the page in a plain browser. Load the add-in (manifest.xml) in Word or Excel, or open the preview page preview.html to try the pane without Office.',

  commandsDone: 'Statustabel',
  commandsFailed: 'Statustabel: that did not work',
  close: 'Close',

  preview: {
    banner: 'Preview — this is not Office',
    explain: (hostName) =>
      `The pane on the right is the real pane, but it works on a test double of ${hostName} holding the sample document “Stand van zaken ondersteuningsmaatregelen” of 19 June 2021. Changes stay in this page.`,
    documentTitle: 'Document (read-only)',
    paneTitle: 'Task pane',
    empty: 'The document is empty.',
    selected: 'Selected',
    variants: 'Variants:',
    links: {
      word: 'Word',
      excel: 'Excel',
      noInburgering: 'without heading INBURGERING',
      empty: 'empty document',
      english: 'in English',
      dutch: 'in Dutch',
      protectedDoc: 'protected document',
      excelSheets: 'Excel with two worksheets',
    },
    sheetNote: 'Cover sheet: the status table is on the worksheet “Stand van zaken”.',
    selectedAddress: (address) => `Selected in Excel: ${address}`,
  },
};
