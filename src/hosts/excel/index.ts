/** The Excel host: the status table on a sheet, through Office.js (or the test double). */
export { createExcelHost, MARK_COLOR, MARK_PREFIX, SETTINGS_KEY, STAMP_NAME, REQUIRED_SET } from './excelHost';
export type { ExcelHostOptions, ExcelStatusHost } from './excelHost';
export { officeExcelEnvironment } from './environment';
export type { ExcelEnvironment } from './environment';
