import type { WriteAccess } from './hooks/useWriteAccess';

/**
 * What the pane can know before writing: a document Office opened read-only. Office.Document.mode
 * (Common API, Word and Excel) says ReadOnly or ReadWrite:
 * https://learn.microsoft.com/en-us/javascript/api/office/office.document#office-office-document-mode-member
 * Document protection (Word's Restrict Editing, Excel's sheet protection) is not in it, and no
 * source says it is. The Excel host tells a protected sheet with every read
 * (`SourceDocument.protected`, from Excel.WorksheetProtection.protected); Word's
 * (Word.Document.protectionType) is in WordApiDesktop 1.4 only, not in the client we serve, so in
 * Word a protected document is known at the first refused write, and the pane says so then and
 * offers the fixes no more.
 */
export const officeWriteAccess = async (): Promise<WriteAccess> => {
  const mode = (Office.context?.document as Office.Document | undefined)?.mode;
  return mode === Office.DocumentMode.ReadOnly ? { writable: false, reason: 'read-only' } : { writable: true };
};

export type ThemeName = 'light' | 'dark';

/** Office's theme as light or dark, by the lightness of its body background. */
export const themeOf = (theme: Office.OfficeTheme | undefined): ThemeName => {
  const hex = /^#?([0-9a-f]{6})$/i.exec(theme?.bodyBackgroundColor ?? '')?.[1];
  if (!hex) return 'light';
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * (r ?? 255) + 0.7152 * (g ?? 255) + 0.0722 * (b ?? 255) < 128 ? 'dark' : 'light';
};

/**
 * Calls `listener` with the new theme when the user switches Office's theme, where Office tells:
 * `OfficeThemeChanged` is documented for Outlook (Mailbox 1.14); Word and Excel may refuse the
 * handler or not know the event, and then the pane keeps the theme it read at start. Returns an
 * unsubscribe. Never throws.
 */
export const followOfficeTheme = (listener: (theme: ThemeName) => void): (() => void) => {
  const nothing = (): void => undefined;
  if (typeof Office === 'undefined') return nothing;
  const eventType = Office.EventType?.OfficeThemeChanged;
  const document = Office.context?.document as Office.Document | undefined;
  if (!eventType || typeof document?.addHandlerAsync !== 'function') return nothing;
  const handler = (event?: unknown): void =>
    listener(
      themeOf(
        (event as { officeTheme?: Office.OfficeTheme } | undefined)?.officeTheme ??
          (Office.context.officeTheme as Office.OfficeTheme | undefined),
      ),
    );
  let added = false;
  let removed = false;
  const remove = (): void => {
    try {
      document.removeHandlerAsync(eventType, { handler }, () => undefined);
    } catch {
      // Nothing to undo where it was never added.
    }
  };
  try {
    document.addHandlerAsync(eventType, handler, (result) => {
      added = result.status === Office.AsyncResultStatus.Succeeded;
      if (added && removed) remove();
    });
  } catch {
    return nothing;
  }
  return () => {
    removed = true;
    if (added) remove();
  };
};
