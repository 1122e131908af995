/** Office.context.document.settings: set() changes memory only; saveAsync() persists in the document. */
export interface SettingsResult {
  status: 'succeeded' | 'failed';
  error?: { message: string };
}

export interface SettingsDouble {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback: (result: SettingsResult) => void): void;
  /** What a co-author opening the document now would see (the last saved state). */
  readonly saved: Readonly<Record<string, unknown>>;
  /** Makes the next saves fail (e.g. the document went read-only). */
  failSaves(message: string | undefined): void;
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export const createSettingsDouble = (initial: Readonly<Record<string, unknown>> = {}): SettingsDouble => {
  let saved: Record<string, unknown> = clone({ ...initial });
  const memory: Record<string, unknown> = clone({ ...initial });
  let failure: string | undefined;
  return {
    get: (name) => (name in memory ? clone(memory[name]) : null),
    set: (name, value) => {
      memory[name] = clone(value);
    },
    remove: (name) => {
      delete memory[name];
    },
    saveAsync: (callback) => {
      setTimeout(() => {
        if (failure !== undefined) {
          callback({ status: 'failed', error: { message: failure } });
          return;
        }
        saved = clone(memory);
        callback({ status: 'succeeded' });
      }, 0);
    },
    get saved() {
      return saved;
    },
    failSaves: (message) => {
      failure = message;
    },
  };
};
