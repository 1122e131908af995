/**
 * Why a file cannot be checked or fixed. A `FileError` carries a code (the kind of trouble, which
 * decides nothing but the words) and a reason: data, not text, so the command line can say it in
 * the user's language (src/cli/messages.ts). `detail` is what a library or the format said, in
 * English, for `--verbose` only.
 */

export type FileErrorCode =
  | 'not-found'
  | 'unsupported-type'
  | 'damaged'
  | 'too-large'
  | 'no-status-table'
  | 'same-file'
  /** `fix` found something it cannot shift safely and wrote nothing. */
  | 'refused';

/** The kinds of package a file can turn out to be. */
export type PackageKind = 'docx' | 'xlsx' | 'pptx' | 'package';

/** What `fix` found that it cannot move along with inserted rows. */
export type UnsafeKind =
  | 'pivot-source'
  | 'pivot-table'
  | 'chart-series'
  | 'shared-formula'
  | 'relative-formula'
  | 'merge-across'
  | 'multi-sheet-reference'
  | 'rows-out-of-order';

export type FileReason =
  // not-found
  | { readonly kind: 'no-such-file'; readonly path: string }
  | { readonly kind: 'is-folder'; readonly path: string }
  | { readonly kind: 'no-permission'; readonly path: string }
  | { readonly kind: 'cannot-read'; readonly path: string }
  | { readonly kind: 'cannot-write'; readonly path: string }
  // unsupported-type
  | { readonly kind: 'old-format'; readonly ext: '.xls' | '.doc' }
  | { readonly kind: 'macro-enabled'; readonly ext: '.xlsm' | '.docm' }
  | { readonly kind: 'other-extension'; readonly ext: string }
  | { readonly kind: 'not-a-package' }
  | { readonly kind: 'old-or-protected' }
  | { readonly kind: 'encrypted' }
  | { readonly kind: 'named-otherwise'; readonly named: 'docx' | 'xlsx'; readonly is: PackageKind }
  | { readonly kind: 'not-this-kind'; readonly expected: 'docx' | 'xlsx'; readonly is: PackageKind }
  | { readonly kind: 'output-kind'; readonly expected: 'docx' | 'xlsx'; readonly out: string }
  | { readonly kind: 'compression'; readonly part: string; readonly method: number }
  | { readonly kind: 'no-comments'; readonly format: 'strict' }
  // damaged
  | { readonly kind: 'empty-file' }
  | { readonly kind: 'zip-structure' }
  | { readonly kind: 'part-corrupt'; readonly part: string }
  | { readonly kind: 'not-xml'; readonly part: string }
  | { readonly kind: 'dtd'; readonly part: string }
  | { readonly kind: 'not-text'; readonly part: string }
  | { readonly kind: 'too-deep'; readonly part: string; readonly depth: number }
  | { readonly kind: 'missing-part'; readonly part: string }
  | { readonly kind: 'beyond-sheet'; readonly part: string; readonly value: string }
  | { readonly kind: 'would-not-reopen' }
  // too-large
  | { readonly kind: 'file-size'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'unpacked-size'; readonly bytes: number; readonly limit: number }
  | { readonly kind: 'zip-bomb'; readonly part: string }
  | { readonly kind: 'part-size'; readonly part: string; readonly bytes: number }
  | { readonly kind: 'too-many-cells'; readonly part: string; readonly limit: number }
  | { readonly kind: 'sheet-full'; readonly rows: number }
  // no-status-table
  | { readonly kind: 'no-header' }
  | { readonly kind: 'no-content' }
  | { readonly kind: 'no-table' }
  /** `--sheet` names a sheet the workbook does not have; `sheets` are the ones it has. */
  | { readonly kind: 'no-such-sheet'; readonly sheet: string; readonly sheets: readonly string[] }
  /** `--sheet` names a sheet without a status table on it. */
  | { readonly kind: 'sheet-without-table'; readonly sheet: string }
  // same-file
  | { readonly kind: 'same-file'; readonly out: string }
  // refused
  | { readonly kind: 'unsafe'; readonly what: UnsafeKind; readonly part: string; readonly ref: string }
  | { readonly kind: 'stamp-formula'; readonly cell: string }
  | { readonly kind: 'protected'; readonly edit: string };

/** A short technical rendering (English, for logs and tests): the reason's kind and its data. */
const describe = (reason: FileReason): string => {
  const { kind, ...data } = reason;
  const values = Object.values(data).map(String);
  return values.length === 0 ? kind : `${kind}: ${values.join(', ')}`;
};

export class FileError extends Error {
  readonly code: FileErrorCode;
  readonly reason: FileReason;
  /** What the format or a library said, in its own words: shown with `--verbose` only. */
  readonly detail: string | undefined;

  constructor(code: FileErrorCode, reason: FileReason, detail?: string) {
    super(detail === undefined ? describe(reason) : `${describe(reason)} (${detail.split('\n')[0] ?? ''})`);
    this.name = 'FileError';
    this.code = code;
    this.reason = reason;
    this.detail = detail;
  }
}

export const isFileError = (error: unknown): error is FileError => error instanceof FileError;

/** The first line of what an unknown error says, for `--verbose` (an error from another realm, too). */
export const errorDetail = (error: unknown): string => {
  const message = typeof error === 'object' && error !== null && 'message' in error ? String((error as { message: unknown }).message) : String(error);
  return message.split('\n')[0] ?? '';
};
