import { isHostError, type HostErrorCode, type UpdateResult } from '../hosts/host';
import type { Messages } from './i18n/messages';

/** What the pane and the ribbon commands say about failures and changes; no React here. */

export type PaneError =
  | { readonly kind: 'host'; readonly code: HostErrorCode; readonly detail?: string }
  | { readonly kind: 'unexpected'; readonly detail?: string };

export const toPaneError = (error: unknown): PaneError => {
  if (isHostError(error)) return { kind: 'host', code: error.code, ...(error.detail ? { detail: error.detail } : {}) };
  const detail = error instanceof Error ? error.message : typeof error === 'string' ? error : undefined;
  return { kind: 'unexpected', ...(detail ? { detail } : {}) };
};

/** A requirement set as the hosts name it in a HostError's detail: "WordApi 1.3", "ExcelApi 1.7". */
const REQUIREMENT_SET = /^[A-Za-z]+Api \d+(\.\d+)?$/;

/** The sentence for a failure, and its detail (a sheet, Office's own words) where there is one. */
export const errorLines = (error: PaneError, m: Messages): string[] => {
  if (error.kind === 'host' && error.code === 'requirement-missing' && error.detail && REQUIREMENT_SET.test(error.detail)) {
    return [m.requirementMissing(error.detail)];
  }
  return [error.kind === 'host' ? m.hostError[error.code] : m.unexpected, ...(error.detail ? [m.hostErrorDetail(error.detail)] : [])];
};

export type ActionName = 'insertHeadings' | 'refreshDateStamp';

export interface Change {
  readonly action: ActionName;
  readonly result: UpdateResult;
}

/** What an action wrote, one line per edit, in the user's language. */
export const describeChange = (change: Change, m: Messages): string[] => {
  const lines = change.result.applied.map((edit) =>
    edit.kind === 'insertHeading' ? m.headingInserted(edit.text) : m.dateStampSet(edit.text),
  );
  if (lines.length === 0) {
    lines.push(change.action === 'insertHeadings' ? m.noHeadingsMissing : m.dateStampAlreadyToday);
  }
  if (change.result.notes.includes('heading-not-merged')) lines.push(m.noteHeadingNotMerged);
  return lines;
};
