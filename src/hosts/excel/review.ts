import { columnLetters } from '../../core/a1';
import { isOwnCommentText, type FindingComment } from '../../core/review/comments';
import { serialiseSnapshot, type Snapshot, type SnapshotRead } from '../../core/review/snapshot';
import { HostError, type CommentsCapability, type CommentsResult, type SnapshotsCapability } from '../host';
import { readStandFrom, snapshotPartXml, SNAPSHOT_NS } from '../snapshotXml';
import { areaOf } from './layout';
import type { TableRead } from './read';
import { requireLayout } from './write';

/*
 * The review round in Excel: findings as comments on their cells, and the stand in a custom XML
 * part.
 *
 * Comments (ExcelApi 1.10): `workbook.comments.add(cell, content)`
 * (https://learn.microsoft.com/javascript/api/excel/excel.commentcollection#excel-excel-commentcollection-add-member(1));
 * a comment's cell from `getLocation()`, its replies from `replies`, `resolved` from ExcelApi 1.11
 * (https://learn.microsoft.com/javascript/api/excel/excel.comment). The author is the signed-in
 * user, so the add-in's comments are known by their signature line. `delete()` deletes the replies
 * too: a comment of ours someone answered or resolved stays. A cell holds one thread: findings on
 * one cell share it, and a cell with someone else's thread gets none of ours (`skipped`). Below
 * ExcelApi 1.10, `place` says which set is missing (HostError 'requirement-missing').
 *
 * Syncs: the comments load rides in the table read (one sync, two with an Excel table), their
 * cells come in one more (only when the workbook has comments), every delete and add in one
 * more: at most 3 on a plain range, 4 with an Excel table, whatever the number of findings.
 *
 * The stand: `workbook.customXmlParts` (ExcelApi 1.5,
 * https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection), found by our
 * namespace with `getByNamespace`: the same part the .xlsx reader reads (files/snapshotPart.ts).
 */

export const COMMENTS_VERSION = '1.10';
const RESOLVED_VERSION = '1.11';
export const CUSTOM_XML_VERSION = '1.5';

type Run = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** "Sheet1!$C$5" / "'Stand van zaken'!C5" → the sheet's name and "C5". */
const cellOfAddress = (address: string): { sheet: string; cell: string } => {
  const bang = address.lastIndexOf('!');
  const sheet = bang < 0 ? '' : address.slice(0, bang).replace(/^'(.*)'$/, '$1').replace(/''/g, "'");
  return { sheet, cell: address.slice(bang + 1).replace(/\$/g, '').split(':')[0]?.toUpperCase() ?? '' };
};

export const excelComments = (
  run: Run,
  readTable: (context: Excel.RequestContext) => Promise<TableRead>,
  supports: (version: string) => boolean,
): CommentsCapability => {
  const placeWith = (comments: readonly FindingComment[]): Promise<CommentsResult> => {
    if (!supports(COMMENTS_VERSION)) return Promise.reject(new HostError('requirement-missing', `ExcelApi ${COMMENTS_VERSION}`));
    return run(async (context) => {
      const existing = context.workbook.comments.load(
        supports(RESOLVED_VERSION) ? 'items/content,items/resolved,items/replies/items/id' : 'items/content,items/replies/items/id',
      );
      const table = await readTable(context);
      const layout = requireLayout(table);
      if (table.protected) throw new HostError('protected', table.sheetName);
      const locations = existing.items.map((comment) => comment.getLocation().load('address'));
      if (locations.length > 0) await context.sync();

      const own = existing.items.filter((comment) => isOwnCommentText(comment.content));
      const taken = own.filter((comment) => (supports(RESOLVED_VERSION) && comment.resolved) || comment.replies.items.length > 0);
      const stale = new Set(own.filter((comment) => !taken.includes(comment)));
      // Cells on the table's sheet that keep a thread: anyone else's, and ours that a person took up.
      const occupied = new Set(
        existing.items.flatMap((comment, i) => {
          if (stale.has(comment)) return [];
          const where = cellOfAddress(locations[i]?.address ?? '');
          return where.sheet.toLowerCase() === table.sheetName.toLowerCase() ? [where.cell] : [];
        }),
      );

      const byCell = new Map<string, { row: number; column: number; texts: string[] }>();
      let skipped = 0;
      for (const comment of comments) {
        const area = areaOf(layout, comment.location);
        const cell = area ? `${columnLetters(area.column)}${area.row + 1}` : undefined;
        if (!area || cell === undefined || occupied.has(cell)) {
          skipped += 1;
          continue;
        }
        const group = byCell.get(cell) ?? { row: area.row, column: area.column, texts: [] };
        group.texts.push(comment.text);
        byCell.set(cell, group);
      }
      stale.forEach((comment) => comment.delete());
      byCell.forEach(({ row, column, texts }) => {
        context.workbook.comments.add(table.sheet.getRangeByIndexes(row, column, 1, 1), texts.join('\n\n'));
      });
      if (stale.size > 0 || byCell.size > 0) await context.sync();
      return { placed: comments.length - skipped, removed: stale.size, kept: taken.length, ...(skipped > 0 ? { skipped } : {}) };
    });
  };
  return { place: placeWith, remove: () => placeWith([]) };
};

/** The parts holding our stand, their ids queued to load in the caller's next sync. */
export const queueStandLookup = (context: Excel.RequestContext): Excel.CustomXmlPartScopedCollection =>
  context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NS).load('items/id');

/**
 * Queues `snapshot` in place of the parts `found` held (loaded by `queueStandLookup` in an earlier
 * sync): `add` (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartcollection#excel-excel-customxmlpartcollection-add-member(1))
 * before `delete` (https://learn.microsoft.com/javascript/api/excel/excel.customxmlpart#excel-excel-customxmlpart-delete-member(1)),
 * so a batch stopped half-way leaves the newest stand and never none. Rides in the caller's sync.
 */
export const queueStandSave = (context: Excel.RequestContext, found: Excel.CustomXmlPartScopedCollection, snapshot: Snapshot): void => {
  context.workbook.customXmlParts.add(snapshotPartXml(serialiseSnapshot(snapshot)));
  found.items.forEach((part) => part.delete());
};

/**
 * A method's result, answered by the sync it was queued in: a ClientResult needs no `load`
 * (https://learn.microsoft.com/javascript/api/office/officeextension.clientresult), which the
 * office-addins lint rule does not know.
 */
const valueOf = <T>(result: OfficeExtension.ClientResult<T>): T => result.value;

/** The stand in the workbook's custom XML parts; undefined below ExcelApi 1.5. */
export const excelSnapshots = (run: Run, supports: (version: string) => boolean): SnapshotsCapability | undefined => {
  if (!supports(CUSTOM_XML_VERSION)) return undefined;
  return {
    /*
     * One sync in the usual case (no part, or one): the count (`getCount`), the only part
     * (`getOnlyItemOrNullObject`: the item when the collection holds exactly one, else a null
     * object; both on https://learn.microsoft.com/javascript/api/excel/excel.customxmlpartscopedcollection,
     * ExcelApi 1.5) and its `getXml()` go in one batch. No public source says what a method on a null object
     * answers; its result is only read when the count is 1, and should Office refuse that batch,
     * or the workbook hold several parts (a save interrupted between its add and its delete), the
     * two-sync path reads them all.
     */
    load: () =>
      run(async (context): Promise<SnapshotRead> => {
        const scoped = context.workbook.customXmlParts.getByNamespace(SNAPSHOT_NS);
        const count = scoped.getCount();
        const only = scoped.getOnlyItemOrNullObject();
        const xml = only.getXml();
        const answered = await context.sync().then(
          () => true,
          () => false,
        );
        if (answered && valueOf(count) === 0) return { status: 'none' };
        if (answered && valueOf(count) === 1) return readStandFrom([valueOf(xml)]);
        const found = queueStandLookup(context);
        await context.sync();
        if (found.items.length === 0) return { status: 'none' };
        const texts = found.items.map((part) => part.getXml());
        await context.sync();
        return readStandFrom(texts.map(valueOf));
      }),
    save: (snapshot: Snapshot) =>
      run(async (context) => {
        const found = queueStandLookup(context);
        await context.sync();
        queueStandSave(context, found, snapshot);
        await context.sync();
      }),
    keptInUpdate: true,
  };
};
