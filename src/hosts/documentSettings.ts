/** The result of `Office.context.document.settings.saveAsync`, reduced to what a host needs. */
export interface SettingsSaveResult {
  status: 'succeeded' | 'failed';
  error?: { message: string };
}

/**
 * `Office.context.document.settings`: stored in the document, so every co-author shares them.
 * Word and Excel offer the same object; the test doubles offer one of their own.
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: SettingsSaveResult) => void): void;
}

/** The document's settings through Office.js. Call after `Office.onReady`, inside Word or Excel. */
export const officeDocumentSettings = (): DocumentSettings => ({
  get: (name) => Office.context.document.settings.get(name) as unknown,
  set: (name, value) => Office.context.document.settings.set(name, value),
  saveAsync: (callback) =>
    Office.context.document.settings.saveAsync((result) =>
      callback(
        result.status === Office.AsyncResultStatus.Succeeded
          ? { status: 'succeeded' }
          : { status: 'failed', error: { message: result.error?.message ?? 'saveAsync failed' } },
      ),
    ),
});
