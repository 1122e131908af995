import { areaAddress } from '../../core/a1';
import type { SourceDocument } from '../../core/document';
import { attach } from '../client/attach';
import { createEndpoint, type Endpoint, type EndpointOptions, type Traffic } from '../client/endpoint';
import { createOffice, type OfficeOptions, type SimulatedOffice } from '../client/office';
import type { OfficeClient } from '../client/types';
import { setSupported, simObject } from '../richapi/objects';
import { createReferenceTable, respond, withRequirementSets } from '../richapi/responder';
import { excelTypes } from './api';
import { sourceDocumentOfSheet, workbookFrom, type LayoutOptions } from './build';
import {
  addSheet,
  cellAt,
  cellFor,
  forEachCell,
  insertRows,
  noFill,
  parseAddress,
  type SheetModel,
  type WorkbookModel,
} from './model';

export * from './model';
export { serialOf, sourceDocumentOfSheet, workbookFrom, type LayoutOptions } from './build';

export interface ExcelSimulatorOptions extends EndpointOptions, Partial<OfficeOptions>, LayoutOptions {
  /** Requirement sets the simulated Excel reports (default `{ ExcelApi: '1.17' }`). */
  readonly requirementSets?: Readonly<Record<string, string>>;
}

/** What a user or co-author can do to the workbook between the add-in's batches. */
export interface SheetEditor {
  readonly sheet: SheetModel;
  readonly workbook: WorkbookModel;
  setValue(address: string, value: string | number): void;
  setFill(address: string, color: string | null): void;
  setNumberFormat(address: string, format: string): void;
  insertRow(row1Based: number): void;
  protect(on: boolean): void;
  addSheet(name: string): SheetModel;
}

/** An Excel workbook behind Microsoft's Excel client: open it in a client, then run the hosts. */
export interface ExcelSimulator {
  readonly host: 'Excel';
  readonly workbook: WorkbookModel;
  readonly office: SimulatedOffice;
  readonly endpoint: Endpoint;
  readonly traffic: Traffic;
  readonly syncCount: number;
  resetTraffic(): void;
  open(client: OfficeClient): void;
  /** The status table of the active sheet, read back independently of the Excel host. */
  snapshot(): SourceDocument;
  /** The selected address ("A12" or "A12:D12"), if any. */
  selection(): string | undefined;
  cellValue(address: string): unknown;
  /** The fill colour of a cell; undefined when it has none. */
  fill(address: string): string | undefined;
  /** The merged areas of the active sheet, as addresses. */
  merged(): string[];
  bold(address: string): boolean;
  numberFormat(address: string): string;
  /** Every cell of the active sheet with a value, by address. */
  values(): Record<string, string | number | boolean>;
  /** Workbook names: name → "Sheet!$A$1" (or "#REF!"). */
  names(): Record<string, string>;
  /** A change by the user or a co-author; tells the add-in through `worksheets.onChanged` where it listens. */
  edit(mutator: (editor: SheetEditor) => void): void;
}

/** The RichApi event id of `worksheets.onChanged` and its target, read from the client (GenericEventHandlers' eventType 10, Constants.eventWorkbookId). */
const CHANGED_EVENT = 10;
const EVENT_MESSAGE_CATEGORY = 65536;

export const createExcelSimulator = (source: SourceDocument, options: ExcelSimulatorOptions = {}): ExcelSimulator => {
  const workbook = workbookFrom(JSON.parse(JSON.stringify(source)) as SourceDocument, options);
  let listening = false;
  let client: OfficeClient | undefined;
  const requirementSets = options.requirementSets ?? { ExcelApi: '1.17' };
  /** Changes a batch made, told to a listening add-in after the batch's answer, as events follow the change. */
  let pending: string[] = [];
  const types = withRequirementSets(
    excelTypes(workbook, {
      onChangedRegistration: (registered) => (listening = registered),
      onDataChanged: (_sheet, area) => pending.push(areaAddress(area)),
    }),
    (set) => setSupported(requirementSets, set),
  );
  const references = createReferenceTable();
  const root = simObject('Workbook', workbook);
  const endpoint = createEndpoint((request) => {
    const answer = respond(request, { types, root, references });
    const changes = pending;
    pending = [];
    if (changes.length > 0) setTimeout(() => changes.forEach((address) => notify(address)), 0);
    return answer;
  }, options);
  const office = createOffice('Excel', { ...options, requirementSets });
  const active = (): SheetModel => workbook.active;
  const at = (address: string) => parseAddress(address);

  /**
   * Tells the client a cell changed, as Excel does through its RichApi event channel: for a user's
   * or co-author's edit and for the add-in's own (the event triggers listed in
   * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-events).
   */
  const notify = (address: string): void => {
    if (!listening || !client) return;
    const message = { type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', worksheetId: active().id, address, shiftDirection: 'None' };
    client.OfficeExtension._testTriggerRichApiMessageEvent({
      entries: [{ messageCategory: EVENT_MESSAGE_CATEGORY, messageType: CHANGED_EVENT, targetId: 'Workbook', message: JSON.stringify(message) }],
    });
  };

  const editor = (): SheetEditor => ({
    sheet: active(),
    workbook,
    setValue: (address, value) => {
      const a = at(address);
      cellFor(active(), a.row, a.column).value = value;
    },
    setFill: (address, color) => {
      const a = at(address);
      cellFor(active(), a.row, a.column).fill =
        color === null ? noFill() : { color: color.toUpperCase(), pattern: 'Solid', patternColor: null, tintAndShade: 0 };
    },
    setNumberFormat: (address, format) => {
      const a = at(address);
      cellFor(active(), a.row, a.column).numberFormat = format;
    },
    insertRow: (row1Based) => insertRows(workbook, active(), row1Based - 1, 1),
    protect: (on) => {
      active().protected = on;
    },
    addSheet: (name) => addSheet(workbook, name),
  });

  return {
    host: 'Excel',
    workbook,
    office,
    endpoint,
    get traffic() {
      return endpoint.traffic;
    },
    get syncCount() {
      return endpoint.traffic.syncs;
    },
    resetTraffic: () => endpoint.resetTraffic(),
    open: (opened) => {
      client = opened;
      attach(opened, office, endpoint);
    },
    snapshot: () => sourceDocumentOfSheet(active()),
    selection: () => {
      const selected = workbook.selection;
      return selected ? areaAddress(selected.area) : undefined;
    },
    cellValue: (address) => {
      const a = at(address);
      return cellAt(active(), a.row, a.column).value;
    },
    fill: (address) => {
      const a = at(address);
      return cellAt(active(), a.row, a.column).fill.color ?? undefined;
    },
    merged: () => active().merges.map((m) => areaAddress(m)),
    bold: (address) => {
      const a = at(address);
      return cellAt(active(), a.row, a.column).bold;
    },
    numberFormat: (address) => {
      const a = at(address);
      return cellAt(active(), a.row, a.column).numberFormat;
    },
    values: () => {
      const out: Record<string, string | number | boolean> = {};
      forEachCell(active(), (r, c, cell) => {
        if (cell.value !== '') out[areaAddress({ row: r, column: c, rowCount: 1, columnCount: 1 })] = cell.value;
      });
      return out;
    },
    names: () => Object.fromEntries(workbook.names.map((n) => [n.name, n.area ? `${n.sheet.name}!${areaAddress(n.area, true)}` : '#REF!'])),
    edit: (mutator) => {
      mutator(editor());
      workbook.version += 1;
      notify('A1');
    },
  };
};
