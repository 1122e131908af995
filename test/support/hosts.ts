import type { SourceDocument } from '../../src/core';
import { createExcelHost, officeExcelEnvironment, type ExcelHostOptions, type ExcelStatusHost } from '../../src/hosts/excel';
import { createWordHost, officeWordEnvironment, type WordStatusHost } from '../../src/hosts/word';
import type { OfficeClient, OfficeHostName } from '../../src/simulator/client/types';
import { createExcelSimulator, type ExcelSimulator, type ExcelSimulatorOptions } from '../../src/simulator/excel';
import { isolatedOfficeClient, loadOfficeClient, useClient } from '../../src/simulator/node';
import { createWordSimulator, type WordSimulator, type WordSimulatorOptions } from '../../src/simulator/word';

/**
 * The hosts as the tests run them: a simulated document opened in Microsoft's own client, and
 * the host built on the real Office environment (`officeWordEnvironment`/`officeExcelEnvironment`),
 * exactly as the pane builds it in Office.
 *
 * The client is loaded into the test's own realm, as a page's script tag would; a test file
 * that needs the other host too gets that one in a jsdom window of its own (Microsoft's Word
 * and Excel files refuse to share a realm), and the global `Office`/`Word`/`Excel` point at
 * whichever document was opened last.
 */

const isolated: Partial<Record<OfficeHostName, OfficeClient>> = {};

export const officeClient = (host: OfficeHostName): OfficeClient => {
  let client: OfficeClient;
  try {
    client = loadOfficeClient(host);
  } catch {
    client = isolated[host] ??= isolatedOfficeClient(host);
  }
  useClient(client);
  return client;
};

export interface OpenedWord {
  readonly sim: WordSimulator;
  readonly host: WordStatusHost;
}

export interface OpenedExcel {
  readonly sim: ExcelSimulator;
  readonly host: ExcelStatusHost;
}

/** A Word document holding `doc`, open under the Word host. */
export const openWord = (doc: SourceDocument, options?: WordSimulatorOptions): OpenedWord => {
  const sim = createWordSimulator(doc, options);
  sim.open(officeClient('Word'));
  return { sim, host: createWordHost(officeWordEnvironment()) };
};

/**
 * Office's documented limit for Excel: 5 MB a request or response ("Payload size limit best
 * practices", https://learn.microsoft.com/office/dev/add-ins/excel/performance), read strictly as
 * 5,000,000 bytes. Every Excel host test runs with it on, unless the test says otherwise.
 */
export const EXCEL_PAYLOAD_LIMIT = 5_000_000;

/** An Excel workbook holding `doc` laid out on a sheet, open under the Excel host (with Office's payload limit on). */
export const openExcel = (doc: SourceDocument, options?: ExcelSimulatorOptions, hostOptions?: ExcelHostOptions): OpenedExcel => {
  const sim = createExcelSimulator(doc, { payloadLimitBytes: EXCEL_PAYLOAD_LIMIT, ...options });
  sim.open(officeClient('Excel'));
  return { sim, host: createExcelHost(officeExcelEnvironment(), hostOptions) };
};

/** Lets the client's fire-and-forget work (clean-up after a run, event delivery) reach the simulator. */
export const settle = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
