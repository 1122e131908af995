import { localizedDate } from '../../core/rules/rule';
import type { Messages } from './messages';

const plural = (n: number, one: string, many: string): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export const en: Messages = {
  lang: 'en',
  appTitle: 'Statustabel',
  loading: 'Loading Statustabel…',
  date: (date) => localizedDate(date).en,

  check: 'Check',
  recheck: 'Check again',
  checking: 'Checking…',
  working: 'Updating…',
  saving: 'Saving…',

  tabsLabel: 'View',
  tabResults: 'Results',
  tabSettings: 'Settings',

  severity: { error: 'Error', warning: 'Warning', info: 'Info' },
  severityGroup: { error: 'Errors', warning: 'Warnings', info: 'Info' },
  summary: ({ error, warning, info }) =>
    `${plural(error, 'error', 'errors')} · ${plural(warning, 'warning', 'warnings')} · ${info.toLocaleString('en-GB')} info`,
  noFindings: 'No findings: the table is in order.',
  stats: (rows, measures) => `${plural(rows, 'row', 'rows')}, ${plural(measures, 'measure', 'measures')}`,
  referenceDate: (date) => `reference date ${date}`,
  resultsLabel: 'Findings',

  groupBy: 'Group by',
  groupByRule: 'Rule',
  groupBySection: 'Section',
  sectionHeader: 'Columns',
  sectionDateStamp: 'Date below the table',
  sectionNone: 'No heading',
  sectionDocument: 'Document',

  filter: 'Filter',
  filterActive: (n) => `Filter (${n} on)`,
  filterSeverity: 'Severity',
  filterRule: 'Rule',
  filterTrekker: 'Trekker',
  filterAll: 'All',
  filterNoTrekker: '(no trekker)',
  filterOption: (label, n) => `${label} (${n.toLocaleString('en-GB')})`,
  filterClear: 'Clear filter',
  filterShown: (shown, total) => `Showing ${shown.toLocaleString('en-GB')} of ${plural(total, 'finding', 'findings')}`,
  filterNothing: 'No findings match this filter.',

  findingWords: 'In the document:',
  findingFix: 'Fix:',
  findingSelectHint: 'Click to select the cell in the document.',
  selectedTitle: 'Selected in the document',
  selectedFirst: 'Clicking a finding selects the cell it is about.',

  sheet: 'Worksheet',
  sheetActive: 'The active worksheet',
  sheetHint: 'The worksheet that holds the status table.',

  insertHeadings: 'Insert headings',
  refreshDateStamp: 'Update date',
  changesTitle: 'Changed',
  nothingChangedTitle: 'Nothing changed',
  headingInserted: (text) => `Inserted the heading “${text}”.`,
  noHeadingsMissing: 'Every standard heading is already there.',
  dateStampSet: (text) => `The date below the table now reads “${text}”.`,
  dateStampAlreadyToday: 'The date below the table is already today’s.',
  noteHeadingNotMerged: 'Note: the heading is in the first cell of its row; the cells could not be merged.',
  readOnlyTitle: 'Read-only',
  protectedReason: 'The document is protected against changes. Insert headings and Update date work once the protection is removed.',
  readOnlyReason: 'The document is open read-only. Insert headings and Update date work once you may edit it.',

  markFindings: 'Mark findings',
  clearMarks: 'Clear marks',
  marksTitle: 'Marks',
  marked: (n) => `Marked ${n === 1 ? '1 cell' : `${n.toLocaleString('en-GB')} cells`} on the sheet.`,
  marksCleared: 'Marks cleared; the cells have their old formatting back.',
  removeSymbol: '×',

  live: 'Check again automatically',
  liveUnavailable: 'This version of Office does not report changes; check again yourself.',

  exportTitle: 'Export',
  copyMarkdown: 'Copy as Markdown',
  copyCsv: 'Copy as CSV',
  copiedTitle: 'Copied',
  copied: (format) => `The findings are on the clipboard as ${format}.`,
  copyFallbackTitle: 'Copying did not work',
  copyFallback: 'Select the text below and copy it yourself (Ctrl+C).',
  exportColumns: {
    severity: 'Severity',
    rule: 'Rule',
    measure: 'Measure',
    section: 'Section',
    message: 'Message',
    words: 'Words',
  },

  standSaved: 'The stand so far is kept in the document: the next round shows what changed since.',
  standTooLarge: 'The stand so far was not kept: the table is too large to keep as the previous stand.',

  since: {
    tab: 'Since the last stand',
    title: 'Since the last stand',
    intro: (date) => (date ? `Compared with the stand of ${date}, kept when the date was last updated.` : 'Compared with the previous stand, kept when the date was last updated.'),
    noneTitle: 'No previous stand yet',
    none: 'The document has no previous stand yet. One is kept when you update the date; after that, this shows what changed since.',
    ignoredTitle: 'Previous stand ignored',
    nothing: 'Nothing changed since the last stand.',
    groups: {
      'measure.added': 'New measures',
      'measure.removed': 'Measures gone',
      'planning.changed': 'Planning changed',
      'trekker.changed': 'Trekker changed',
      'status.changed': 'Status updated',
      'heading.added': 'Headings added',
      'heading.removed': 'Headings gone',
    },
    unchanged: 'Status not updated',
    group: (title, n) => `${title} (${n.toLocaleString('en-GB')})`,
    shift: (shift, amount) => {
      const by = amount ? (amount.unit === 'months' ? plural(amount.count, 'month', 'months') : plural(amount.count, 'day', 'days')) : '';
      switch (shift) {
        case 'later':
          return by ? `${by} later` : 'later';
        case 'earlier':
          return by ? `${by} earlier` : 'earlier';
        case 'same':
          return 'same end date';
        default:
          return 'no dates to compare';
      }
    },
    empty: '(empty)',
    listLabel: 'Changes since the last stand',
    more: (n) => `And ${plural(n, 'more change', 'more changes')}: the export has them.`,
    exportTitle: 'Since the last stand',
    exportKind: 'Change',
    exportMeasure: 'Measure or heading',
    exportBefore: 'Was',
    exportAfter: 'Now',
    exportShift: 'Shift',
  },

  comments: {
    title: 'Comments for the trekkers',
    intro: (n) => `${plural(n, 'finding', 'findings')} in the filter, each as a comment on its cell, addressed to the row’s trekker. Placing them again replaces Statustabel’s own comments; everyone else’s stay.`,
    place: 'Place comments',
    remove: 'Remove comments',
    unavailable: 'This version of Office cannot place comments.',
    placed: (placed, removed, kept) =>
      `${plural(placed, 'comment', 'comments')} placed${removed > 0 ? `, ${plural(removed, 'earlier one', 'earlier ones')} replaced` : ''}${kept > 0 ? `; ${plural(kept, 'answered or resolved one stays', 'answered or resolved ones stay')}` : ''}.`,
    removed: (removed, kept) =>
      `${plural(removed, 'comment', 'comments')} of Statustabel removed${kept > 0 ? `; ${plural(kept, 'answered or resolved one stays', 'answered or resolved ones stay')}` : ''}.`,
  },

  diagnosis: {
    title: 'Diagnosis',
    intro: 'For whoever supports you: Office, its version, what this Office can do and Office’s last error, as text on the clipboard. Nothing leaves your computer; you paste it into a message yourself.',
    copy: 'Copy diagnosis',
    copied: 'The diagnosis is on the clipboard.',
    heading: 'Statustabel – diagnosis',
    host: 'Application',
    platform: 'Platform',
    version: 'Office version',
    language: 'Office language',
    sets: 'API requirement sets',
    yes: 'yes',
    no: 'no',
    unknown: 'unknown',
    none: 'none',
    lastError: 'Office’s last error',
    code: 'code',
    message: 'message',
    location: 'location (debugInfo.errorLocation)',
  },

  settingsTitle: 'Settings',
  settingsReferenceDate: 'Reference date for past-due planning',
  settingsReferenceToday: 'Today',
  settingsReferenceStamp: 'The date below the table',
  settingsTrekkers: 'Known trekkers (leads)',
  settingsTrekkerAdd: 'Add',
  settingsTrekkerNew: 'New trekker',
  settingsTrekkerRemove: (name) => `Remove ${name}`,
  settingsTrekkersNone: 'No known trekkers yet.',
  settingsRules: 'Rules',
  settingsSave: 'Save in the document',
  settingsSavedTitle: 'Saved',
  settingsSaved: 'The settings are stored in the document.',
  settingsShared: 'Settings are stored in the document and apply to everyone who works on it.',
  unsavedTitle: 'Not saved',
  unsavedBody: 'You changed the settings. Save them in the document?',
  unsavedSave: 'Save',
  unsavedDiscard: 'Don’t save',

  errorTitle: 'That did not work',
  hostError: {
    'no-office': 'Statustabel is not running in Word or Excel.',
    'requirement-missing': 'This version of Office lacks a feature Statustabel needs.',
    protected: 'The document is protected against changes. Remove the protection and try again.',
    changed: 'The document changed since the check, perhaps by a colleague. Nothing was changed. Check again, then try once more.',
    'no-status-table': 'There is no status table to update.',
    'merge-in-the-way': 'A merged cell runs on below the place where a heading goes. Nothing was changed. Unmerge it (or add the heading yourself) and try again.',
    busy: 'Office is busy. Try again in a few seconds.',
    failed: 'Office reported an unexpected error.',
  },
  details: 'Details',
  hostErrorDetail: (detail) => `Details: ${detail}`,
  requirementMissing: (set) => `This version of Office does not support ${set}, which Statustabel needs. Update Office, or use Office on the web.`,
  reasonTitle: 'No status table',
  reportReason: {
    empty: 'The document is empty.',
    'no-table': 'The document has no table.',
    'no-status-table': 'No table has the columns Ondersteuningsmaatregel, Stand van zaken, Planning and Trekker.',
  },
  noStatusTableOnSheet: 'This worksheet has no table with the columns Ondersteuningsmaatregel, Stand van zaken, Planning and Trekker.',
  sheetWithTable: (sheet) => `The status table is on the worksheet “${sheet}”.`,
  checkSheet: (sheet) => `Check worksheet “${sheet}”`,
  pickSheet: 'Pick the worksheet with the status table above.',
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
      paneOnly: 'the pane alone',
    },
    sheetNote: 'Cover sheet: the status table is on the worksheet “Stand van zaken”.',
    selectedAddress: (address) => `Selected in Excel: ${address}`,
  },
};
