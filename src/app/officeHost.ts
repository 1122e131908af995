import { createExcelHost, officeExcelEnvironment } from '../hosts/excel';
import type { StatusHost } from '../hosts/host';
import { createWordHost, officeWordEnvironment } from '../hosts/word';

/** The host for the Office application the page runs in; undefined outside Word and Excel. Call after Office.onReady. */
export const officeHostFor = (info: { host: Office.HostType | null }): StatusHost | undefined => {
  if (info.host === Office.HostType.Word) return createWordHost(officeWordEnvironment());
  if (info.host === Office.HostType.Excel) return createExcelHost(officeExcelEnvironment());
  return undefined;
};

/** In Excel: a host for the status table on a named sheet (the pane's sheet picker). */
export const officeSheetHostFor = (info: { host: Office.HostType | null }): ((sheet: string) => StatusHost) | undefined =>
  info.host === Office.HostType.Excel ? (sheet) => createExcelHost(officeExcelEnvironment(), { sheet }) : undefined;
