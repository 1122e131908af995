import { parseStoredSettings, type Settings } from '../core/settings';
import { HostError, type SettingsCapability } from './host';

/** The result of `Office.context.document.settings.saveAsync`, reduced to what a host needs. */
export interface SettingsSaveResult {
  status: 'succeeded' | 'failed';
  error?: { message: string };
}

/**
 * `Office.context.document.settings`: stored in the document, so every co-author shares them.
 * Word and Excel offer the same object (Office.Settings, Common API; see
 * https://learn.microsoft.com/javascript/api/office/office.settings); the simulator offers one of its own.
 */
export interface DocumentSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback: (result: SettingsSaveResult) => void): void;
}

/** The key under which the add-in's settings live in the document, as one JSON string. */
export const SETTINGS_KEY = 'statustabel.settings';

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

/** Settings as a host capability: read and validated under SETTINGS_KEY, saved as one JSON string. */
export const settingsCapability = (settings: DocumentSettings): SettingsCapability => ({
  load: async () => parseStoredSettings(settings.get(SETTINGS_KEY)),
  save: (value: Settings) =>
    new Promise((resolve, reject) => {
      settings.set(SETTINGS_KEY, JSON.stringify(value));
      settings.saveAsync((result) =>
        result.status === 'succeeded' ? resolve() : reject(new HostError('failed', result.error?.message ?? 'settings not saved')),
      );
    }),
});
