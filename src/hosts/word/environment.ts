import { officeDocumentSettings, type DocumentSettings } from '../documentSettings';
import { HostError } from '../host';

export type { SettingsSaveResult } from '../documentSettings';

/**
 * Everything the Word host needs from its surroundings: Word.run, the requirement-set check,
 * the document's settings and (optionally) change notifications. Office provides it in Word;
 * in tests, Office is Microsoft's client over the simulator.
 */
export interface WordEnvironment {
  /** `Word.run` in Office. */
  run<T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T>;
  /** `Office.context.requirements.isSetSupported`. */
  isSetSupported(name: string, version: string): boolean;
  /** `Office.context.document.settings`: stored in the document, shared by its co-authors. */
  settings: DocumentSettings;
  /** Calls `handler` when the document changes; resolves to an unsubscribe. */
  onDocumentChanged?(handler: () => void): Promise<() => void>;
  /** `Office.context.document.customXmlParts` (Common API), where Office has it: the stand (review.ts). */
  readonly customXmlParts?: Office.CustomXmlParts;
}

/** Paragraph events tell of real edits; without them, a selection change is the nearest hint. */
const PARAGRAPH_EVENTS = { set: 'WordApi', version: '1.6' } as const;

/**
 * Whether the Office.js client itself has the paragraph events: Word may report WordApi 1.6 while
 * the client the page loaded predates them (@microsoft/office-js 1.1.110 has none), and then
 * `document.onParagraphChanged` is undefined.
 */
const clientHasParagraphEvents = (): boolean =>
  typeof Word.Document === 'function' &&
  ['onParagraphAdded', 'onParagraphChanged', 'onParagraphDeleted'].every((name) => name in Word.Document.prototype);

/**
 * Subscribes to the paragraph events (WordApi 1.6). A handler is removed inside a `Word.run` on the
 * context it was added with (`Word.run(object, batch)` runs on that object's context): removing it
 * after its run has returned, on a context no run holds, does not remove it
 * (OfficeDev/office-js-docs-reference#730; Learn, "Work with events using the Word JavaScript API",
 * https://learn.microsoft.com/office/dev/add-ins/word/word-add-ins-events#remove-an-event-handler).
 */
const subscribeParagraphEvents = (handler: () => void): Promise<() => void> =>
  Word.run(async (context) => {
    const document = context.document;
    const notify = async (): Promise<void> => handler();
    const results = [
      document.onParagraphAdded.add(notify),
      document.onParagraphChanged.add(notify),
      document.onParagraphDeleted.add(notify),
    ];
    await context.sync();
    return () => {
      Word.run(document, async (own) => {
        results.forEach((result) => result.remove());
        await own.sync();
      }).catch(() => undefined);
    };
  });

const subscribeSelectionChanged = (handler: () => void): Promise<() => void> =>
  new Promise((resolve, reject) => {
    const listener = (): void => handler();
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, listener, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        reject(new HostError('failed', result.error.message));
        return;
      }
      resolve(() => Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler: listener }));
    });
  });

/** The environment of the real Word, through Office.js. Call after `Office.onReady`. */
export const officeWordEnvironment = (): WordEnvironment => {
  if (typeof Office === 'undefined' || typeof Word === 'undefined' || !Office.context?.document) {
    throw new HostError('no-office', 'Word');
  }
  const isSetSupported = (name: string, version: string): boolean => Office.context.requirements.isSetSupported(name, version);
  return {
    run: (batch) => Word.run(batch),
    isSetSupported,
    settings: officeDocumentSettings(),
    ...(Office.context.document.customXmlParts ? { customXmlParts: Office.context.document.customXmlParts } : {}),
    onDocumentChanged: (handler) =>
      isSetSupported(PARAGRAPH_EVENTS.set, PARAGRAPH_EVENTS.version) && clientHasParagraphEvents()
        ? subscribeParagraphEvents(handler)
        : subscribeSelectionChanged(handler),
  };
};
