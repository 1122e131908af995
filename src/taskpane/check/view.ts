import type { ISODate } from '../../core/calendar';
import { checkDocument, type CheckReport } from '../../core/check';
import { cellString, isCellLocation, type Location, type SourceDocument } from '../../core/document';
import type { Finding, Severity } from '../../core/findings';
import type { StatusRow, StatusTable } from '../../core/model';
import { diffSnapshot, type Change as ReviewChange, type Snapshot } from '../../core/review';
import type { Settings } from '../../core/settings';
import { squash } from '../../core/text';

/**
 * What the pane shows of a check: the findings with what the pane needs to group and filter
 * them (their section and trekker), worked out once where the table is at hand. It holds no
 * StatusTable, so a check run off the UI thread sends back only this (structured-cloneable).
 */

/** The part of the table a finding belongs to: a heading's section, or a part with no heading of its own. */
export type SectionRef =
  | { readonly kind: 'heading'; readonly text: string }
  | { readonly kind: 'header' | 'datestamp' | 'none' | 'document' };

export interface ViewFinding {
  /** Stable across checks while the finding stands (rule, place, subject): React keys and focus keep to it. */
  readonly key: string;
  readonly finding: Finding;
  readonly section: SectionRef;
  /** The trekker of the finding's measure as written (squashed); undefined where the finding has no measure. */
  readonly trekker?: string;
  /** Where in the table it is, as a number that sorts in reading order (sections are listed so). */
  readonly order: number;
}

export type CheckView =
  | {
      readonly ok: true;
      readonly referenceDate: ISODate;
      readonly counts: Readonly<Record<Severity, number>>;
      readonly stats: { readonly rows: number; readonly measures: number; readonly headings: number };
      readonly findings: readonly ViewFinding[];
      /** With the document's snapshot of the last stand: what moved since (core's diffSnapshot), located in this table. */
      readonly review?: ReviewView;
    }
  | { readonly ok: false; readonly reason: Extract<CheckReport, { ok: false }>['reason'] };

export interface ReviewView {
  /** The date the last stand carried, where it had one. */
  readonly since?: ISODate;
  readonly changes: readonly ReviewChange[];
}

/** One key per row (or paragraph) a location names; the only function here that knows Location's shape. */
export const locationKey = (location: Location | undefined): string =>
  !location ? '-' : isCellLocation(location) ? `${location.block}:${location.row}` : `p:${location.block}`;

const sectionOfRow = (row: StatusRow | undefined): SectionRef => {
  switch (row?.kind) {
    case 'measure':
      return row.heading ? { kind: 'heading', text: row.heading.text } : { kind: 'none' };
    case 'heading':
      return { kind: 'heading', text: row.text };
    case 'header':
      return { kind: 'header' };
    default:
      return { kind: 'document' };
  }
};

/** The findings of a report with their sections and trekkers, each row looked up once by its place. */
export const toCheckView = (report: CheckReport, snapshot?: Snapshot): CheckView => {
  if (!report.ok) return { ok: false, reason: report.reason };
  const rows = rowsByPlace(report.table);
  const orderOf = new Map<StatusRow, number>(report.table.rows.map((row, i) => [row, i]));
  const last = report.table.rows.length;
  const seen = new Map<string, number>();
  const findings = report.findings.map((finding): ViewFinding => {
    const place = finding.location;
    const row = place ? rows.get(locationKey(place)) : undefined;
    const section: SectionRef = finding.heading
      ? { kind: 'heading', text: finding.heading }
      : !place
        ? { kind: 'document' }
        : row
          ? sectionOfRow(row)
          : !isCellLocation(place) && place.block === report.table.dateStamp?.block
            ? { kind: 'datestamp' }
            : { kind: 'document' };
    const base = `${finding.rule}@${locationKey(place)}:${finding.measure ?? finding.heading ?? finding.column ?? ''}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    const trekker = row?.kind === 'measure' ? squash(cellString(row.cells.trekker)) : undefined;
    const order = row ? (orderOf.get(row) ?? -1) : section.kind === 'datestamp' ? last : -1;
    return { key: n === 0 ? base : `${base}#${n}`, finding, section, order, ...(trekker !== undefined ? { trekker } : {}) };
  });
  return {
    ok: true,
    referenceDate: report.referenceDate,
    counts: report.counts,
    stats: report.stats,
    findings,
    ...(snapshot ? { review: { ...(snapshot.date ? { since: snapshot.date } : {}), changes: diffSnapshot(snapshot, report.table) } } : {}),
  };
};

const rowsByPlace = (table: StatusTable): Map<string, StatusRow> => {
  const rows = new Map<string, StatusRow>();
  for (const row of table.rows) rows.set(locationKey(row.location), row);
  if (!rows.has(locationKey(table.header.location))) rows.set(locationKey(table.header.location), table.header);
  return rows;
};

/** Checks a document and makes the pane's view of it: what the worker (or, without one, the pane) runs. */
export const checkToView = (doc: SourceDocument, today: ISODate, settings: Settings, snapshot?: Snapshot): CheckView =>
  toCheckView(checkDocument(doc, { today, settings, ...(snapshot ? { snapshot } : {}) }), snapshot);

/**
 * Runs the check somewhere (a worker, or right here) and gives the view. `snapshot`: the table
 * at the last stand, for status.unchanged and for what moved since.
 */
export type Checker = (doc: SourceDocument, today: ISODate, settings: Settings, snapshot?: Snapshot) => Promise<CheckView>;

/** The check on the calling thread: tests, and pages where no worker can start. */
export const inlineChecker: Checker = async (doc, today, settings, snapshot) => checkToView(doc, today, settings, snapshot);
