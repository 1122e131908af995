import {
  checkDocument,
  findingComments,
  MAX_SNAPSHOT_CHARS,
  serialiseSnapshot,
  takeSnapshot,
  planDateStamp,
  planHeadings,
  readStatusTable,
  withDefaults,
  type CheckReport,
  type Edit,
  type Finding,
  type ISODate,
  type Lang,
  type Settings,
  type Snapshot,
  type SnapshotRead,
  type SourceDocument,
  type StatusTable,
} from '../core';
import { HostError, type CommentsResult, type StatusHost, type UpdateResult } from './host';

/** What the pane, the ribbon and the command line do, the same on every host. */

export interface CheckOutcome {
  readonly doc: SourceDocument;
  readonly report: CheckReport;
  readonly settings: Settings;
  /** The last stand the document keeps (status `ignored` carries the notice to show). */
  readonly snapshot: SnapshotRead;
}

/** The document's shared settings, or the defaults where the host stores none (a file). */
export const loadSettings = async (host: StatusHost): Promise<Settings> => withDefaults(await host.capabilities.settings?.load());

const NO_SNAPSHOT: SnapshotRead = { status: 'none' };

/** The snapshot of the last stand, where the host keeps one. */
export const loadSnapshot = async (host: StatusHost): Promise<SnapshotRead> => (await host.capabilities.snapshots?.load()) ?? NO_SNAPSHOT;

export const runCheck = async (host: StatusHost, today: ISODate, settings?: Settings): Promise<CheckOutcome> => {
  const effective = settings ?? (await loadSettings(host));
  const snapshot = await loadSnapshot(host);
  const doc = await host.read();
  const options = { today, settings: effective, ...(snapshot.status === 'ok' ? { snapshot: snapshot.snapshot } : {}) };
  return { doc, report: checkDocument(doc, options), settings: effective, snapshot };
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

/**
 * What became of the snapshot when the stamp moved: `saved`; `unsupported` where the host keeps
 * none (yet); `too-large` where the table's snapshot would pass the size a reader accepts.
 */
export type SnapshotOutcome = 'saved' | 'unsupported' | 'too-large';

export type StampResult = UpdateResult & { readonly snapshot?: SnapshotOutcome };

/**
 * When the stamp moves on, the stand it carried closes: the table as it is now is kept under the
 * date the stamp had until then, so the next round can say what moved since and which statuses
 * nobody touched (status.unchanged). The table is the one just written, less the new date: the
 * document as read before the write when only the stamp changed, read again when headings
 * went in with it. Here, not in each host, so the pane, the ribbon and the command line all do it.
 */
const closeStand = async (host: StatusHost, result: UpdateResult, keptInUpdate?: SnapshotOutcome): Promise<StampResult> => {
  const stamp = result.applied.find((edit) => edit.kind === 'setDateStamp');
  if (!stamp) return result;
  if (keptInUpdate) return { ...result, snapshot: keptInUpdate };
  const ability = host.capabilities.snapshots;
  if (!ability) return { ...result, snapshot: 'unsupported' };
  const before = readStatusTable(result.before);
  const onlyStamp = result.applied.every((edit) => edit.kind === 'setDateStamp');
  const after = onlyStamp ? before : readStatusTable(await host.read());
  if (!before.ok || !after.ok) return result;
  const snapshot = takeSnapshot(after.table, before.table.dateStamp?.date);
  if (serialiseSnapshot(snapshot).length > MAX_SNAPSHOT_CHARS) return { ...result, snapshot: 'too-large' };
  await ability.save(snapshot);
  return { ...result, snapshot: 'saved' };
};

/**
 * Updates with `plan`, and where the host keeps the stand inside its update (Excel:
 * `keptInUpdate`), hands it the stand to keep in the same batch, so closing the stand costs no
 * syncs of its own. Only when nothing but the stamp changes: the table written is then the one
 * read, less the new date; with headings too, `closeStand` reads it again and saves it after.
 */
const updateClosingStand = async (
  host: StatusHost,
  plan: (doc: SourceDocument) => readonly Edit[],
  basis?: SourceDocument,
): Promise<StampResult> => {
  if (!host.capabilities.snapshots?.keptInUpdate) return closeStand(host, await host.update(plan, basis));
  const kept: { outcome?: SnapshotOutcome } = {};
  const keep = (before: SourceDocument, edits: readonly Edit[]): Snapshot | undefined => {
    if (edits.length === 0 || !edits.every((edit) => edit.kind === 'setDateStamp')) return undefined;
    const read = readStatusTable(before);
    if (!read.ok) return undefined;
    const snapshot = takeSnapshot(read.table, read.table.dateStamp?.date);
    if (serialiseSnapshot(snapshot).length > MAX_SNAPSHOT_CHARS) {
      kept.outcome = 'too-large';
      return undefined;
    }
    kept.outcome = 'saved';
    return snapshot;
  };
  const result = await host.update(plan, basis, { keep });
  return closeStand(host, result, kept.outcome);
};

export const refreshDateStamp = async (host: StatusHost, today: ISODate, basis?: SourceDocument): Promise<StampResult> =>
  updateClosingStand(
    host,
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
export const fixDocument = async (host: StatusHost, request: FixRequest): Promise<StampResult> =>
  updateClosingStand(
    host,
    planWith((table) => [
      ...(request.headings ? planHeadings(table) : []),
      ...(request.datestamp ? planDateStamp(table, request.today) : []),
    ]),
  );

/** The findings of `report` left as comments for the trekkers, replacing the add-in's own open ones. */
export const placeComments = async (
  host: StatusHost,
  report: CheckReport,
  findings: readonly Finding[],
  lang: Lang,
  now?: Date,
): Promise<CommentsResult> => {
  const ability = host.capabilities.comments;
  if (!ability) throw new HostError('requirement-missing', 'comments');
  if (!report.ok) throw new HostError('no-status-table', report.reason);
  // Whole seconds, as Word writes w:date.
  const date = now ? `${now.toISOString().slice(0, 19)}Z` : undefined;
  return ability.place(findingComments(report.table, findings, lang).map((comment) => (date ? { ...comment, date } : comment)));
};

/** Takes the add-in's own open comments out again; everyone else's stay. */
export const removeComments = async (host: StatusHost): Promise<CommentsResult> => {
  const ability = host.capabilities.comments;
  if (!ability) throw new HostError('requirement-missing', 'comments');
  return ability.remove();
};
