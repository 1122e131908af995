import type { ISODate } from './calendar';
import type { SourceDocument } from './document';
import { countBySeverity, SEVERITY_ORDER, type Finding, type Severity } from './findings';
import { readStatusTable, measures, headingRows, type ReadFailure, type StatusTable } from './model';
import type { Snapshot } from './review/snapshot';
import { RULES, ruleContext } from './rules';
import { DEFAULT_SETTINGS, type Settings } from './settings';

export interface CheckOptions {
  /** Today in Europe/Amsterdam (see `todayInAmsterdam`). */
  readonly today: ISODate;
  readonly settings?: Settings;
  /** The table at the last stand (the document's stored snapshot), for the rules that compare with it. */
  readonly snapshot?: Snapshot;
}

export type CheckReport =
  | {
      readonly ok: true;
      readonly table: StatusTable;
      readonly referenceDate: ISODate;
      readonly findings: readonly Finding[];
      readonly counts: Readonly<Record<Severity, number>>;
      readonly stats: { readonly rows: number; readonly measures: number; readonly headings: number };
    }
  | { readonly ok: false; readonly reason: ReadFailure };

/** Planning is measured against today, or against the document's own stamp when the user chose that. */
export const referenceDateFor = (table: StatusTable, today: ISODate, settings: Settings): ISODate =>
  settings.referenceDate === 'datestamp' && table.dateStamp ? table.dateStamp.date : today;

const bySeverity = (a: Finding, b: Finding): number =>
  SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity);

/** Reads the status table out of a document and runs every enabled rule on it. */
export const checkDocument = (doc: SourceDocument, options: CheckOptions): CheckReport => {
  const read = readStatusTable(doc);
  if (!read.ok) return read;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  const table = read.table;
  const referenceDate = referenceDateFor(table, options.today, settings);
  const context = ruleContext(table, referenceDate, settings, options.snapshot);
  const findings = RULES.filter((rule) => !settings.disabledRules.includes(rule.id))
    .flatMap((rule) => rule.check(context))
    .sort(bySeverity);
  return {
    ok: true,
    table,
    referenceDate,
    findings,
    counts: countBySeverity(findings),
    stats: {
      rows: table.rows.length,
      measures: measures(table).length,
      headings: headingRows(table).length,
    },
  };
};
