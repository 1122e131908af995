/**
 * The simulator: Word and Excel documents behind Microsoft's real Office.js client, for tests,
 * the preview page and the bench only (ESLint keeps core, hosts, taskpane, commands and cli from
 * importing it). Browser-safe; Node's loader is `./node`, the page's `./browser`.
 */
export { createWordSimulator, type WordSimulator, type WordSimulatorOptions } from './word';
export { createExcelSimulator, type ExcelSimulator, type ExcelSimulatorOptions, type SheetEditor } from './excel';
export type { OfficeClient, OfficeHostName } from './client/types';
export type { Traffic, SyncRecord } from './client/endpoint';
export type { SimulatedOffice, SimulatedSettings } from './client/office';
export { seedCopy, seedDocument, seedWithout } from './fixtures/seed';
export { syntheticDocument, randomStatusDocument, withOtherTables, otherTable, prng } from './fixtures/synthetic';
export { plainDocument, type PlainRow, type PlainTable } from './fixtures/plain';
