/** Why a file cannot be checked: each a one-line reason for the command line (exit code 2). */
export type FileErrorCode =
  | 'not-found'
  | 'unsupported-type'
  | 'damaged'
  | 'too-large'
  | 'no-status-table'
  | 'same-file';

export class FileError extends Error {
  readonly code: FileErrorCode;

  constructor(code: FileErrorCode, message: string) {
    super(message);
    this.name = 'FileError';
    this.code = code;
  }
}

export const isFileError = (error: unknown): error is FileError => error instanceof FileError;
