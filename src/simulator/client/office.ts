import { createCustomXmlStore, type CustomXmlStore } from './customXml';
import type { OfficeHostName } from './types';

/**
 * The part of Office the RichApi does not carry: what `office.js` (the bootstrap every add-in
 * loads from Microsoft's CDN) and the Common API give an add-in — `Office.onReady`,
 * `Office.actions.associate`, `Office.context` with its requirement sets, document settings,
 * document events, dialogs and display language. Microsoft's host file defines `Office.context`
 * as whatever `OSF._OfficeAppFactory.getContext()` returns, so the simulator hands it this
 * object; the requirement-set check itself is Microsoft's (`OfficeExt.Requirement.RequirementMatrix`).
 * Everything here is the simulator's stand-in, written from the Common API reference
 * (https://learn.microsoft.com/javascript/api/office), not Microsoft's code.
 */

export interface SettingsResult {
  readonly status: 'succeeded' | 'failed';
  readonly error?: { readonly message: string };
}

/**
 * `Office.context.document.settings`: `set` changes the add-in's in-memory copy; only
 * `saveAsync` stores it in the document, where co-authors see it
 * (https://learn.microsoft.com/javascript/api/office/office.settings).
 */
export interface SimulatedSettings {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  remove(name: string): void;
  saveAsync(callback?: (result: SettingsResult) => void): void;
  /** What a co-author opening the document now would see. */
  readonly saved: Readonly<Record<string, unknown>>;
  /** Makes later saves fail with this message (undefined: succeed again). */
  failSaves(message: string | undefined): void;
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

export const createSettings = (initial: Readonly<Record<string, unknown>> = {}): SimulatedSettings => {
  let saved: Record<string, unknown> = clone({ ...initial });
  const memory: Record<string, unknown> = clone({ ...initial });
  let failure: string | undefined;
  return {
    // Office answers null for a setting that is not there.
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
          callback?.({ status: 'failed', error: { message: failure } });
          return;
        }
        saved = clone(memory);
        callback?.({ status: 'succeeded' });
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

/** What the simulated user does with a dialog the add-in opens. */
export type DialogReply = 'message' | 'close' | 'refuse';

export interface OfficeOptions {
  /** Requirement sets and their highest version, e.g. `{ WordApi: '1.4' }`. */
  readonly requirementSets: Readonly<Record<string, string>>;
  /** Settings already stored in the document. */
  readonly settings?: Readonly<Record<string, unknown>>;
  /** `Office.context.displayLanguage` (default "nl-NL"). */
  readonly displayLanguage?: string;
  /** `Office.context.platform` / `onReady`'s platform (default "OfficeOnline"). */
  readonly platform?: string;
  /** What the user does with each dialog (default: presses its button, which messages the add-in). */
  readonly dialogReply?: DialogReply;
  /** Custom XML parts already in the document (Word's Common API `customXmlParts`), as XML. */
  readonly customXmlParts?: readonly string[];
}

type Handler = (event: unknown) => void;

/** The simulated Office around one document, shared by every client attached to it. */
export interface SimulatedOffice {
  readonly host: OfficeHostName;
  readonly options: OfficeOptions;
  readonly settings: SimulatedSettings;
  /** Word's custom XML parts through the Common API (customXml.ts); Excel's are in its workbook model. */
  readonly customXml: CustomXmlStore;
  /** Dialogs the add-in opened, by URL. */
  readonly dialogs: readonly string[];
  /** Ribbon functions the function file associated, by name. */
  readonly actions: ReadonlyMap<string, (event: unknown) => void>;
  /** Tells `DocumentSelectionChanged` handlers the selection moved. */
  selectionChanged(): void;
  /** How many handlers listen for an event type (e.g. "documentSelectionChanged"). */
  listeners(eventType: string): number;
  /** `Office.context` for a client whose RequirementMatrix class is `matrix`. */
  contextFor(matrix: new (sets: unknown) => unknown): unknown;
  /** Installs `onReady`, `actions.associate`, HostType and PlatformType on a client's `Office`. */
  install(office: Record<string, unknown>): void;
}

const asyncResult = (status: 'succeeded' | 'failed', value?: unknown, message?: string) => ({
  status,
  value,
  ...(message ? { error: { code: 5001, name: 'Internal Error', message } } : {}),
});

export const createOffice = (host: OfficeHostName, options: OfficeOptions): SimulatedOffice => {
  const settings = createSettings(options.settings);
  const customXml = createCustomXmlStore(options.customXmlParts);
  const dialogs: string[] = [];
  const actions = new Map<string, (event: unknown) => void>();
  const handlers = new Map<string, Set<Handler>>();
  const platform = options.platform ?? 'OfficeOnline';

  const handlersOf = (eventType: string): Set<Handler> => {
    let set = handlers.get(eventType);
    if (!set) {
      set = new Set();
      handlers.set(eventType, set);
    }
    return set;
  };

  const document = {
    settings,
    // The Common API's custom XML parts are Word's (CustomXmlParts requirement set).
    ...(host === 'Word' ? { customXmlParts: customXml.api } : {}),
    mode: 'readWrite',
    url: `https://statustabel.simulator.invalid/${host === 'Word' ? 'document.docx' : 'workbook.xlsx'}`,
    /** https://learn.microsoft.com/javascript/api/office/office.document#office-office-document-addhandlerasync-member(1) */
    addHandlerAsync: (eventType: string, handler: Handler, third?: unknown, fourth?: unknown) => {
      const callback = (typeof third === 'function' ? third : fourth) as ((result: unknown) => void) | undefined;
      // Word and Excel document events (DocumentSelectionChanged); anything else Office refuses.
      if (eventType !== 'documentSelectionChanged') {
        callback?.(asyncResult('failed', undefined, `The event type ${eventType} is not supported.`));
        return;
      }
      handlersOf(eventType).add(handler);
      callback?.(asyncResult('succeeded'));
    },
    removeHandlerAsync: (eventType: string, third?: unknown, fourth?: unknown) => {
      const callback = (typeof third === 'function' ? third : fourth) as ((result: unknown) => void) | undefined;
      const handler = typeof third === 'object' && third !== null ? (third as { handler?: Handler }).handler : undefined;
      if (handler) handlersOf(eventType).delete(handler);
      else handlersOf(eventType).clear();
      callback?.(asyncResult('succeeded'));
    },
  };

  const ui = {
    /** https://learn.microsoft.com/javascript/api/office/office.ui#office-office-ui-displaydialogasync-member(1) */
    displayDialogAsync: (url: string, third?: unknown, fourth?: unknown) => {
      const callback = (typeof third === 'function' ? third : fourth) as ((result: unknown) => void) | undefined;
      const reply = options.dialogReply ?? 'message';
      if (reply === 'refuse') {
        callback?.(asyncResult('failed', undefined, 'A dialog box is already opened from the task pane.'));
        return;
      }
      dialogs.push(url);
      const listeners = new Map<string, Handler>();
      callback?.(
        asyncResult('succeeded', {
          close: () => undefined,
          addEventHandler: (type: string, handler: Handler) => listeners.set(type, handler),
          messageChild: () => undefined,
        }),
      );
      setTimeout(() => {
        if (reply === 'message') listeners.get('dialogMessageReceived')?.({ message: 'ok', origin: undefined });
        // 12006: the user closed the dialog with its X (https://learn.microsoft.com/office/dev/add-ins/develop/dialog-handle-errors-events).
        else listeners.get('dialogEventReceived')?.({ error: 12006 });
      }, 0);
    },
  };

  return {
    host,
    options,
    settings,
    customXml,
    get dialogs() {
      return dialogs;
    },
    actions,
    selectionChanged: () => handlersOf('documentSelectionChanged').forEach((handler) => handler({ type: 'documentSelectionChanged', document })),
    listeners: (eventType) => handlersOf(eventType).size,
    contextFor: (Matrix) => {
      const sets = Object.fromEntries(Object.entries(options.requirementSets).map(([name, version]) => [name.toLowerCase(), version]));
      return {
        requirements: new Matrix({ _sets: sets }),
        document,
        ui,
        displayLanguage: options.displayLanguage ?? 'nl-NL',
        contentLanguage: options.displayLanguage ?? 'nl-NL',
        platform,
        host,
        diagnostics: { host, platform, version: '16.0.0.0' },
        officeTheme: undefined,
      };
    },
    install: (office) => {
      office.HostType ??= { Word: 'Word', Excel: 'Excel', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' };
      office.PlatformType ??= { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' };
      const info = { host, platform };
      /** https://learn.microsoft.com/javascript/api/office#office-office-onready-function(1) */
      office.onReady = (callback?: (value: unknown) => void) =>
        Promise.resolve(info).then((value) => {
          callback?.(value);
          return value;
        });
      const existing = (office.actions ?? {}) as Record<string, unknown>;
      office.actions = { ...existing, associate: (name: string, handler: (event: unknown) => void) => actions.set(name, handler) };
    },
  };
};
