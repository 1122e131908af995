import type { ISODate } from '../../core/calendar';
import type { Severity } from '../../core/findings';
import type { ReadFailure } from '../../core/model';
import type { ChangeKind, Shift, ShiftAmount } from '../../core/review';
import type { HostErrorCode } from '../../hosts/host';

/**
 * Every string the pane, the ribbon commands and the preview page show, in one shape per
 * language. Functions take the numbers and words a sentence needs. Every message bar has a
 * title (…Title) and a body.
 */
export interface Messages {
  /** The BCP 47 tag of this catalogue, for `<html lang>`. */
  readonly lang: string;
  readonly appTitle: string;
  readonly loading: string;
  /** A date as this language writes it: "19 juni 2021", "19 June 2021". */
  readonly date: (date: ISODate) => string;

  readonly check: string;
  readonly recheck: string;
  readonly checking: string;
  readonly working: string;
  readonly saving: string;

  readonly tabsLabel: string;
  readonly tabResults: string;
  readonly tabSettings: string;

  readonly severity: Readonly<Record<Severity, string>>;
  /** A severity's group in the results: "Fouten". */
  readonly severityGroup: Readonly<Record<Severity, string>>;
  readonly summary: (counts: Readonly<Record<Severity, number>>) => string;
  readonly noFindings: string;
  readonly stats: (rows: number, measures: number) => string;
  readonly referenceDate: (date: string) => string;
  readonly resultsLabel: string;

  readonly groupBy: string;
  readonly groupByRule: string;
  readonly groupBySection: string;
  readonly sectionHeader: string;
  readonly sectionDateStamp: string;
  readonly sectionNone: string;
  readonly sectionDocument: string;

  readonly filter: string;
  readonly filterActive: (n: number) => string;
  readonly filterSeverity: string;
  readonly filterRule: string;
  readonly filterTrekker: string;
  readonly filterAll: string;
  readonly filterNoTrekker: string;
  readonly filterOption: (label: string, n: number) => string;
  readonly filterClear: string;
  readonly filterShown: (shown: number, total: number) => string;
  readonly filterNothing: string;

  readonly findingWords: string;
  readonly findingFix: string;
  readonly findingSelectHint: string;
  readonly selectedTitle: string;
  readonly selectedFirst: string;

  /** Excel: the picker of the sheet that holds the status table. */
  readonly sheet: string;
  readonly sheetActive: string;
  readonly sheetHint: string;

  readonly insertHeadings: string;
  readonly refreshDateStamp: string;
  readonly changesTitle: string;
  readonly nothingChangedTitle: string;
  readonly headingInserted: (text: string) => string;
  readonly noHeadingsMissing: string;
  readonly dateStampSet: (text: string) => string;
  readonly dateStampAlreadyToday: string;
  readonly noteHeadingNotMerged: string;
  readonly readOnlyTitle: string;
  readonly protectedReason: string;
  readonly readOnlyReason: string;

  readonly markFindings: string;
  readonly clearMarks: string;
  readonly marksTitle: string;
  readonly marked: (n: number) => string;
  readonly marksCleared: string;
  readonly removeSymbol: string;

  readonly live: string;
  readonly liveUnavailable: string;

  readonly exportTitle: string;
  readonly copyMarkdown: string;
  readonly copyCsv: string;
  readonly copiedTitle: string;
  readonly copied: (format: string) => string;
  readonly copyFallbackTitle: string;
  readonly copyFallback: string;
  readonly exportColumns: {
    readonly severity: string;
    readonly rule: string;
    readonly measure: string;
    readonly section: string;
    readonly message: string;
    readonly words: string;
  };

  /** After "Datum bijwerken": the stand it closed was kept in the document, or was too large to keep. */
  readonly standSaved: string;
  readonly standTooLarge: string;

  /** "Sinds de vorige stand": what moved since the snapshot the stamp's last refresh kept. */
  readonly since: {
    readonly tab: string;
    readonly title: string;
    /** Which stand the changes are counted from. */
    readonly intro: (date: string | undefined) => string;
    readonly noneTitle: string;
    readonly none: string;
    readonly ignoredTitle: string;
    readonly nothing: string;
    readonly groups: Readonly<Record<ChangeKind, string>>;
    /** The status.unchanged findings' group. */
    readonly unchanged: string;
    readonly group: (title: string, n: number) => string;
    readonly shift: (shift: Shift, amount: ShiftAmount | undefined) => string;
    /** An empty planning or trekker, before or after. */
    readonly empty: string;
    readonly listLabel: string;
    readonly more: (n: number) => string;
    readonly exportTitle: string;
    readonly exportKind: string;
    readonly exportMeasure: string;
    readonly exportBefore: string;
    readonly exportAfter: string;
    readonly exportShift: string;
  };

  /** Findings left in the document as comments for the trekkers. */
  readonly comments: {
    readonly title: string;
    readonly intro: (n: number) => string;
    readonly place: string;
    readonly remove: string;
    readonly unavailable: string;
    readonly placed: (placed: number, removed: number, kept: number) => string;
    readonly removed: (removed: number, kept: number) => string;
  };

  /** "Diagnose kopiëren" in the settings: the section, and the labels of the text it copies. */
  readonly diagnosis: {
    readonly title: string;
    readonly intro: string;
    readonly copy: string;
    readonly copied: string;
    readonly heading: string;
    readonly host: string;
    readonly platform: string;
    readonly version: string;
    readonly language: string;
    readonly sets: string;
    readonly yes: string;
    readonly no: string;
    readonly unknown: string;
    readonly none: string;
    readonly lastError: string;
    readonly code: string;
    readonly message: string;
    readonly location: string;
  };

  readonly settingsTitle: string;
  readonly settingsReferenceDate: string;
  readonly settingsReferenceToday: string;
  readonly settingsReferenceStamp: string;
  readonly settingsTrekkers: string;
  readonly settingsTrekkerAdd: string;
  readonly settingsTrekkerNew: string;
  readonly settingsTrekkerRemove: (name: string) => string;
  readonly settingsTrekkersNone: string;
  readonly settingsRules: string;
  readonly settingsSave: string;
  readonly settingsSavedTitle: string;
  readonly settingsSaved: string;
  readonly settingsShared: string;
  readonly unsavedTitle: string;
  readonly unsavedBody: string;
  readonly unsavedSave: string;
  readonly unsavedDiscard: string;

  readonly errorTitle: string;
  readonly hostError: Readonly<Record<HostErrorCode, string>>;
  /** The label of the disclosure that holds Office's own words about a failure. */
  readonly details: string;
  /** Office's words as one line of text (the ribbon's dialog has no disclosure). */
  readonly hostErrorDetail: (detail: string) => string;
  /** A requirement set ("WordApi 1.3") the host lacks, named. */
  readonly requirementMissing: (set: string) => string;
  readonly reasonTitle: string;
  /** Why a check found no status table to judge: one text for each of core's reasons. */
  readonly reportReason: Readonly<Record<ReadFailure, string>>;
  /** Excel: the sheet holds no header row of ours (the host cannot tell an empty sheet from another table). */
  readonly noStatusTableOnSheet: string;
  readonly sheetWithTable: (sheet: string) => string;
  readonly checkSheet: (sheet: string) => string;
  readonly pickSheet: string;
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
      readonly paneOnly: string;
    };
    /** The note on the first sheet of the two-sheet Excel preview. */
    readonly sheetNote: string;
    readonly selectedAddress: (address: string) => string;
  };
}
