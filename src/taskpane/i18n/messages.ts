import type { HostErrorCode } from '../../hosts/host';

/** Why a check found no status table to judge (CheckReport's failure reasons). */
export type ReportReason = 'empty' | 'no-table' | 'no-status-table';

/**
 * Every string the pane, the ribbon commands and the preview page show, in one shape per
 * language. Functions take the numbers and words a sentence needs.
 */
export interface Messages {
  readonly appTitle: string;
  readonly intro: string;
  readonly loading: string;

  readonly check: string;
  readonly recheck: string;
  readonly checking: string;
  readonly working: string;

  readonly tabResults: string;
  readonly tabSettings: string;

  readonly severity: { readonly error: string; readonly warning: string; readonly info: string };
  readonly summary: (counts: { error: number; warning: number; info: number }) => string;
  readonly summaryLabel: string;
  readonly noFindings: string;
  readonly stats: (rows: number, measures: number, headings: number) => string;
  readonly referenceDate: (date: string) => string;

  readonly groupBy: string;
  readonly groupByRule: string;
  readonly groupBySection: string;
  readonly sectionHeader: string;
  readonly sectionDateStamp: string;
  readonly sectionNone: string;
  readonly sectionDocument: string;
  readonly findingWords: string;
  readonly findingSelectHint: string;
  readonly findingCount: (n: number) => string;
  /** The button under a long group: shows `next` more of the `remaining` findings not yet shown. */
  readonly showMore: (next: number, remaining: number) => string;

  /** Excel: the picker of the sheet that holds the status table. */
  readonly sheet: string;
  readonly sheetActive: string;
  readonly sheetHint: string;

  readonly actions: string;
  readonly insertHeadings: string;
  readonly refreshDateStamp: string;
  readonly headingInserted: (text: string) => string;
  readonly noHeadingsMissing: string;
  readonly dateStampSet: (text: string) => string;
  readonly dateStampAlreadyToday: string;
  readonly noteHeadingNotMerged: string;
  readonly changesTitle: string;
  readonly markFindings: string;
  readonly clearMarks: string;
  readonly marked: (n: number) => string;
  readonly marksCleared: string;
  readonly removeSymbol: string;

  readonly live: string;
  readonly liveUnavailable: string;

  readonly exportTitle: string;
  readonly copyMarkdown: string;
  readonly copyCsv: string;
  readonly copied: (format: string) => string;
  readonly copyFallback: string;
  readonly exportColumns: {
    readonly severity: string;
    readonly rule: string;
    readonly measure: string;
    readonly section: string;
    readonly message: string;
    readonly words: string;
  };

  readonly settingsTitle: string;
  readonly settingsReferenceDate: string;
  readonly settingsReferenceToday: string;
  readonly settingsReferenceStamp: string;
  readonly settingsTrekkers: string;
  readonly settingsTrekkerAdd: string;
  readonly settingsTrekkerNew: string;
  readonly settingsTrekkerRemove: (name: string) => string;
  readonly settingsRules: string;
  readonly settingsSave: string;
  readonly settingsSaved: string;
  readonly settingsShared: string;

  readonly errorTitle: string;
  readonly hostError: Readonly<Record<HostErrorCode, string>>;
  readonly hostErrorDetail: (detail: string) => string;
  /** A requirement set ("WordApi 1.3") the host lacks, named. */
  readonly requirementMissing: (set: string) => string;
  readonly reportReason: Readonly<Record<ReportReason, string>>;
  /** Excel: the sheet holds no header row of ours (the host cannot tell an empty sheet from another table). */
  readonly noStatusTableOnSheet: string;
  readonly unexpected: string;
  readonly crashed: string;
  readonly retry: string;
  readonly dismiss: string;
  readonly noOffice: string;
  readonly noOfficeHint: string;

  readonly commandsDone: string;
  readonly commandsFailed: string;
  readonly close: string;

  readonly preview: {
    readonly banner: string;
    readonly explain: (hostName: string) => string;
    readonly documentTitle: string;
    readonly paneTitle: string;
    readonly empty: string;
    readonly selected: string;
    readonly variants: string;
    readonly links: {
      readonly word: string;
      readonly excel: string;
      readonly noInburgering: string;
      readonly empty: string;
      readonly english: string;
      readonly dutch: string;
      readonly protectedDoc: string;
      readonly excelSheets: string;
    };
    /** The note on the first sheet of the two-sheet Excel preview. */
    readonly sheetNote: string;
    readonly selectedAddress: (address: string) => string;
  };
}
