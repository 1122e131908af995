import {
  checkDocument,
  planDateStamp,
  planHeadings,
  readStatusTable,
  withDefaults,
  type CheckReport,
  type Edit,
  type ISODate,
  type Settings,
  type SourceDocument,
  type StatusTable,
} from '../core';
import { HostError, type StatusHost, type UpdateResult } from './host';

/** What the pane, the ribbon and the command line do, the same on every host. */

export interface CheckOutcome {
  readonly doc: SourceDocument;
  readonly report: CheckReport;
  readonly settings: Settings;
}

/** The document's shared settings, or the defaults where the host stores none (a file). */
export const loadSettings = async (host: StatusHost): Promise<Settings> => withDefaults(await host.capabilities.settings?.load());

export const runCheck = async (host: StatusHost, today: ISODate, settings?: Settings): Promise<CheckOutcome> => {
  const effective = settings ?? (await loadSettings(host));
  const doc = await host.read();
  return { doc, report: checkDocument(doc, { today, settings: effective }), settings: effective };
};

/** Plans against the fresh document; a document without a status table is an error, not an empty plan. */
const planWith =
  (planner: (table: StatusTable) => readonly Edit[]) =>
  (doc: SourceDocument): readonly Edit[] => {
    const read = readStatusTable(doc);
    if (!read.ok) throw new HostError('no-status-table', read.reason);
    return planner(read.table);
  };

export const insertHeadings = (host: StatusHost, basis?: SourceDocument): Promise<UpdateResult> =>
  host.update(planWith(planHeadings), basis);

export const refreshDateStamp = (host: StatusHost, today: ISODate, basis?: SourceDocument): Promise<UpdateResult> =>
  host.update(
    planWith((table) => planDateStamp(table, today)),
    basis,
  );

/** What a fix of several kinds does at once (the command line's `fix`). */
export interface FixRequest {
  readonly headings: boolean;
  readonly datestamp: boolean;
  readonly today: ISODate;
}

/** Missing headings and/or a fresh date stamp, planned on one read and written in one batch. */
export const fixDocument = (host: StatusHost, request: FixRequest): Promise<UpdateResult> =>
  host.update(
    planWith((table) => [
      ...(request.headings ? planHeadings(table) : []),
      ...(request.datestamp ? planDateStamp(table, request.today) : []),
    ]),
  );
