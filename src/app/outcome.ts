import type { ISODate } from '../core/calendar';
import { unreachable, type Edit } from '../core/edits';
import { isHostError, type HostErrorCode, type StatusHost, type UpdateResult } from '../hosts/host';
import { officeErrorInfo, type OfficeErrorInfo } from '../hosts/officeErrors';
import { insertHeadings, refreshDateStamp, type StampResult } from '../hosts/operations';
import type { Messages } from './i18n/messages';

/** What the pane and the ribbon commands say about failures and changes; no React here. */

/** `office`: the Office error behind it, if Office raised one, for "Diagnose kopiëren". */
export type PaneError =
  | { readonly kind: 'host'; readonly code: HostErrorCode; readonly detail?: string; readonly office?: OfficeErrorInfo }
  | { readonly kind: 'unexpected'; readonly detail?: string; readonly office?: OfficeErrorInfo };

export const toPaneError = (error: unknown): PaneError => {
  const info = officeErrorInfo(error);
  const office = info ? { office: info } : {};
  if (isHostError(error)) return { kind: 'host', code: error.code, ...(error.detail ? { detail: error.detail } : {}), ...office };
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return { kind: 'unexpected', ...(detail ? { detail } : {}), ...office };
};

/** A requirement set as the hosts name it in a HostError's detail: "WordApi 1.3", "ExcelApi 1.7". */
const REQUIREMENT_SET = /^[A-Za-z]+Api \d+(\.\d+)?$/;

/**
 * A failure in the catalogue's words, and apart from it what Office (or the sheet, or the
 * exception) said, which the pane keeps behind "Details" and never shows as the message.
 */
export const describeError = (error: PaneError, m: Messages): { text: string; detail?: string } => {
  if (error.kind === 'host' && error.code === 'requirement-missing' && error.detail && REQUIREMENT_SET.test(error.detail)) {
    return { text: m.requirementMissing(error.detail) };
  }
  const text = error.kind === 'host' ? m.hostError[error.code] : m.unexpected;
  return error.detail ? { text, detail: error.detail } : { text };
};

/** The same as lines of text, for the ribbon's dialog (which shows text only). */
export const errorLines = (error: PaneError, m: Messages): string[] => {
  const { text, detail } = describeError(error, m);
  return [text, ...(detail ? [m.hostErrorDetail(detail)] : [])];
};

export type ActionName = 'insertHeadings' | 'refreshDateStamp';

/** Runs a fix the pane or the ribbon offers, on the document as `basis` shows it (when given). */
export const performAction = (host: StatusHost, action: ActionName, today: ISODate, basis?: UpdateResult['before']): Promise<StampResult> => {
  switch (action) {
    case 'insertHeadings':
      return insertHeadings(host, basis);
    case 'refreshDateStamp':
      return refreshDateStamp(host, today, basis);
    default:
      return unreachable(action);
  }
};

/** The line that says what one edit wrote. */
const editLine = (edit: Edit, m: Messages): string => {
  switch (edit.kind) {
    case 'insertHeading':
    case 'insertHeadingParagraph':
      return m.headingInserted(edit.text);
    case 'setDateStamp':
      return m.dateStampSet(edit.text);
    default:
      return unreachable(edit);
  }
};

/** What an action says when it had nothing to write. */
const nothingLine = (action: ActionName, m: Messages): string => {
  switch (action) {
    case 'insertHeadings':
      return m.noHeadingsMissing;
    case 'refreshDateStamp':
      return m.dateStampAlreadyToday;
    default:
      return unreachable(action);
  }
};

export interface Change {
  readonly action: ActionName;
  /** What was written; for the stamp, also what became of the snapshot of the stand it closed. */
  readonly result: StampResult;
}

/** Whether a fix wrote anything: a report of nothing is neutral, not a success. */
export const changedAnything = (change: Change): boolean => change.result.applied.length > 0;

/** What an action wrote, one line per edit, in the user's language. */
export const describeChange = (change: Change, m: Messages): string[] => {
  const lines = change.result.applied.map((edit) => editLine(edit, m));
  if (lines.length === 0) lines.push(nothingLine(change.action, m));
  if (change.result.notes.includes('heading-not-merged')) lines.push(m.noteHeadingNotMerged);
  if (change.result.snapshot === 'saved') lines.push(m.standSaved);
  if (change.result.snapshot === 'too-large') lines.push(m.standTooLarge);
  return lines;
};
