import { officeDocumentSettings, type DocumentSettings } from '../documentSettings';
import { HostError } from '../host';

/**
 * What the Excel host needs from Office: `Excel.run`, requirement-set checks, the document's
 * settings and change events. Injected, so the host runs against Office.js in Excel and against
 * Microsoft's client over the simulator in tests.
 */
export interface ExcelEnvironment {
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  isSetSupported(name: string, version: string): boolean;
  settings: DocumentSettings;
  /** Subscribes to changes of the workbook's cells; resolves to an unsubscribe. */
  onDocumentChanged?(handler: () => void): Promise<() => void>;
}

const hasOffice = (): boolean =>
  typeof Office !== 'undefined' && typeof Excel !== 'undefined' && Office.context?.document !== undefined;

/** The real thing: Office.js inside Excel. Throws `HostError('no-office')` outside Office. */
export const officeExcelEnvironment = (): ExcelEnvironment => {
  if (!hasOffice()) throw new HostError('no-office');
  return {
    run: (batch) => Excel.run(batch),
    isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
    settings: officeDocumentSettings(),
    onDocumentChanged: async (handler) => {
      // WorksheetCollection.onChanged is ExcelApi 1.9; older hosts simply get no live updates.
      if (!Office.context.requirements.isSetSupported('ExcelApi', '1.9')) return () => undefined;
      const subscription = await Excel.run(async (context) => {
        const result = context.workbook.worksheets.onChanged.add(async () => handler());
        await context.sync();
        return result;
      });
      return () => {
        void Excel.run(subscription.context, async (context) => {
          subscription.remove();
          await context.sync();
        }).catch(() => undefined);
      };
    },
  };
};
