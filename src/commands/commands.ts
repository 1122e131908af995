/**
 * The ribbon's function file: "Koppen invoegen" and "Datum bijwerken" without opening the pane.
 * Each reports what it did in a small dialog (Word and Excel have no notification bar for
 * add-ins), and completes the command when the dialog closes.
 */
import { todayInAmsterdam } from '../core/calendar';
import { HostError } from '../hosts/host';
import { catalogues, languageFor } from '../app/i18n/catalogues';
import { officeHostFor } from '../app/officeHost';
import { describeChange, errorLines, performAction, toPaneError, type ActionName } from '../app/outcome';

/** Office gives a function command about five minutes; close the dialog well before that. */
const DIALOG_TIMEOUT_MS = 120_000;

interface Outcome {
  readonly ok: boolean;
  readonly title: string;
  readonly lines: readonly string[];
}

const perform = async (action: ActionName): Promise<Outcome> => {
  const info = await Office.onReady();
  const m = catalogues[languageFor(Office.context.displayLanguage)];
  try {
    const host = officeHostFor(info);
    if (!host) throw new HostError('no-office');
    const result = await performAction(host, action, todayInAmsterdam(new Date()));
    return { ok: true, title: m.commandsDone, lines: describeChange({ action, result }, m) };
  } catch (error) {
    return { ok: false, title: m.commandsFailed, lines: errorLines(toPaneError(error), m) };
  }
};

/** The dialog page renders these as text; the query string carries them (same origin as this page). */
const dialogUrl = (outcome: Outcome): string => {
  const url = new URL('dialog.html', window.location.href);
  url.searchParams.set('lang', languageFor(Office.context.displayLanguage));
  url.searchParams.set('ok', outcome.ok ? '1' : '0');
  url.searchParams.set('title', outcome.title);
  outcome.lines.forEach((line) => url.searchParams.append('line', line));
  return url.toString();
};

const showOutcome = (outcome: Outcome): Promise<void> =>
  new Promise((resolve) => {
    Office.context.ui.displayDialogAsync(dialogUrl(outcome), { height: 30, width: 30, displayInIframe: true }, (result) => {
      if (result.status === Office.AsyncResultStatus.Failed) {
        // No dialog (another is open, or the platform lacks DialogApi): the change is made all the same.
        console.warn('Statustabel: could not show the outcome', result.error.message, outcome.lines);
        resolve();
        return;
      }
      const dialog = result.value;
      let done = false;
      const finish = (): void => {
        if (done) return;
        done = true;
        window.clearTimeout(timer);
        dialog.close();
        resolve();
      };
      const timer = window.setTimeout(finish, DIALOG_TIMEOUT_MS);
      dialog.addEventHandler(Office.EventType.DialogMessageReceived, finish);
      // The user closed it with its X: nothing to close any more.
      dialog.addEventHandler(Office.EventType.DialogEventReceived, () => {
        done = true;
        window.clearTimeout(timer);
        resolve();
      });
    });
  });

const command =
  (action: ActionName) =>
  (event: Office.AddinCommands.Event): void => {
    perform(action)
      .then(showOutcome)
      .catch((error: unknown) => console.error('Statustabel command failed', error))
      .finally(() => event.completed());
  };

Office.onReady(() => undefined);
Office.actions.associate('insertHeadings', command('insertHeadings'));
Office.actions.associate('refreshDateStamp', command('refreshDateStamp'));
