import {
  checkDocument,
  planDateStamp,
  planHeadings,
  readStatusTable,
  withDefaults,
  type CheckReport,
  type Edit,
  type ISODate,
  type SourceDocument,
  type Settings,
} from '../core';
import { HostError, type StatusHost, type UpdateResult } from './host';

/** What the pane and the ribbon do, the same on every host. */

export interface CheckOutcome {
  readonly doc: SourceDocument;
  readonly report: CheckReport;
  readonly settings: Settings;
}

export const loadSettings = async (host: StatusHost): Promise<Settings> => withDefaults(await host.loadSettings());

export const runCheck = async (host: StatusHost, today: ISODate, settings?: Settings): Promise<CheckOutcome> => {
  const effective = settings ?? (await loadSettings(host));
  const doc = await host.read();
  return { doc, report: checkDocument(doc, { today, settings: effective }), settings: effective };
};

/** Plans against the fresh document; a document without a status table is an error, not an empty plan. */
const planWith =
  (planner: (table: NonNullable<Extract<ReturnType<typeof readStatusTable>, { ok: true }>['table']>) => Edit[]) =>
  (doc: SourceDocument): Edit[] => {
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
