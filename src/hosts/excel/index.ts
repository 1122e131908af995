/** The Excel host: the status table on a sheet, through Office.js (in Office, or over the simulator in tests). */
export { createExcelHost, MARK_COLOR, MARK_PREFIX, STAMP_NAME, REQUIRED_SET } from './excelHost';
export { SETTINGS_KEY } from '../documentSettings';
export type { ExcelHostOptions, ExcelStatusHost } from './excelHost';
export { officeExcelEnvironment } from './environment';
export type { ExcelEnvironment } from './environment';
