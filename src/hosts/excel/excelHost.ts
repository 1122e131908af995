import type { CellLocation, Location, SourceDocument } from '../../core/document';
import { changedSince, type Edit } from '../../core/edits';
import { settingsCapability } from '../documentSettings';
import { HostError, type HostCapabilities, type StatusHost, type UpdateOptions, type UpdateResult } from '../host';
import { toHostError } from '../officeErrors';
import type { ExcelEnvironment } from './environment';
import { areaOf } from './layout';
import { clearMarks, markCells } from './marks';
import { readTable, sheetsWithTable, type TableRead } from './read';
import { CUSTOM_XML_VERSION, excelComments, excelSnapshots, queueStandLookup, queueStandSave } from './review';
import { documentOf, queueEdits, rangeOf, requireLayout } from './write';

/**
 * The status table in an Excel workbook, through Office.js: reading (read.ts, at most two syncs),
 * writing core's edits (write.ts, one sync more), marks (marks.ts), selection and the sheets.
 */

/** The Excel host always offers these capabilities (change notifications only where Office has them). */
export interface ExcelStatusHost extends StatusHost {
  readonly kind: 'excel';
  readonly capabilities: HostCapabilities & Required<Pick<HostCapabilities, 'select' | 'settings' | 'marks' | 'sheets'>>;
}

export interface ExcelHostOptions {
  /** The sheet holding the status table (default: the active sheet; `sheets.withTable()` names the sheets that hold one). */
  readonly sheet?: string;
}

/** The API sets this host relies on: getRangeByIndexes and NamedItem.formula (1.7). */
export const REQUIRED_SET = { name: 'ExcelApi', version: '1.7' } as const;

export const createExcelHost = (env: ExcelEnvironment, options: ExcelHostOptions = {}): ExcelStatusHost => {
  const supports = (version: string): boolean => env.isSetSupported('ExcelApi', version);
  const readOptions = { ...(options.sheet ? { sheet: options.sheet } : {}), supports };

  const run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    if (!supports(REQUIRED_SET.version)) throw new HostError('requirement-missing', `${REQUIRED_SET.name} ${REQUIRED_SET.version}`);
    try {
      return await env.run(batch);
    } catch (error) {
      throw toHostError(error);
    }
  };

  /** Runs `batch` on the table as read in the same run. */
  const withTable = <T>(batch: (context: Excel.RequestContext, read: TableRead) => Promise<T>): Promise<T> =>
    run(async (context) => batch(context, await readTable(context, readOptions)));

  // The sheet's protection comes with the read (read.ts loads `protection/protected`, ExcelApi 1.2:
  // https://learn.microsoft.com/javascript/api/excel/excel.worksheetprotection#excel-excel-worksheetprotection-protected-member),
  // so the pane can tell a protected sheet before anyone clicks a fix.
  const read = (): Promise<SourceDocument> =>
    withTable(async (_context, table) => (table.protected ? { ...documentOf(table), protected: true } : documentOf(table)));

  // With `options.keep` (operations.ts closing the stand), the stand's parts are looked up in the
  // table's read sync and the new stand is kept in the write sync (review.ts): no syncs of its own.
  const update = (plan: (doc: SourceDocument) => readonly Edit[], basis?: SourceDocument, options?: UpdateOptions): Promise<UpdateResult> =>
    run(async (context) => {
      const keeps = options?.keep !== undefined && supports(CUSTOM_XML_VERSION);
      const stand = keeps ? queueStandLookup(context) : undefined;
      const table = await readTable(context, readOptions);
      const layout = requireLayout(table);
      const before = layout.doc;
      const edits = plan(before);
      if (basis && changedSince(basis, before, edits)) throw new HostError('changed');
      if (edits.length === 0) return { before, applied: [], notes: [] };
      if (table.protected) throw new HostError('protected', table.sheetName);
      const notes = queueEdits(context, table, layout, edits, supports);
      const snapshot = stand ? options?.keep?.(before, edits) : undefined;
      if (stand && snapshot) queueStandSave(context, stand, snapshot);
      await context.sync();
      return { before, applied: edits, notes };
    });

  const select = (location: Location): Promise<void> =>
    withTable(async (context, table) => {
      const area = areaOf(requireLayout(table), location);
      if (!area) return;
      table.sheet.activate();
      rangeOf(table.sheet, area).select();
      await context.sync();
    });

  const listSheets = (): Promise<string[]> =>
    run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load('items/name');
      await context.sync();
      return sheets.items.map((sheet) => sheet.name);
    });

  // The review round (review.ts): comments on the table as read in the same run; the stand in a custom XML part.
  const snapshots = excelSnapshots(run, supports);
  const changes = env.onDocumentChanged?.bind(env);
  return {
    kind: 'excel',
    read,
    update,
    capabilities: {
      select,
      settings: settingsCapability(env.settings),
      marks: {
        mark: (locations: readonly CellLocation[]) => withTable((context, table) => markCells(context, table, locations, supports)),
        clear: () => run((context) => clearMarks(context, options.sheet)),
      },
      sheets: { list: listSheets, withTable: () => run((context) => sheetsWithTable(context, supports)) },
      comments: excelComments(run, (context) => readTable(context, readOptions), supports),
      ...(snapshots ? { snapshots } : {}),
      ...(changes ? { changes } : {}),
    },
  };
};
