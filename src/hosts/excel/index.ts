/** The Excel host: the status table on a sheet, through Office.js (in Office, or over the simulator in tests). */
export { createExcelHost, REQUIRED_SET } from './excelHost';
export { MARK_COLOR, MARK_PREFIX } from './marks';
export { STAMP_NAME, PAGE_ROWS } from './read';
export { SETTINGS_KEY } from '../documentSettings';
export type { ExcelHostOptions, ExcelStatusHost } from './excelHost';
export { officeExcelEnvironment } from './environment';
export type { ExcelEnvironment } from './environment';
