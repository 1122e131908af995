import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { StatusHost } from '../host';
import { openDocx } from './docx';
import { fileHost } from './fileHost';
import type * as XlsxHost from './xlsx';
import { FileError } from './errors';
import { MAX_FILE_BYTES } from './types';
import { inspectZip, KIND_NAMES } from './zip';

/**
 * Opens a .docx or .xlsx file from disk for the command line: the name must say .docx or .xlsx,
 * the content must agree with the name, and the reader for that kind does the rest. Every way
 * this can fail is a `FileError` with a one-line reason.
 */

/**
 * exceljs takes a third of a second to load: only a workbook pays for it. A plain require, since
 * the command line runs from source through tsx's CommonJS hook, where import() of a .ts fails.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const loadXlsxHost = (): typeof XlsxHost => require('./xlsx') as typeof XlsxHost;

export type FileKind = 'docx' | 'xlsx';

export interface OpenedFile {
  readonly path: string;
  readonly kind: FileKind;
  /** The file as a host: `capabilities.file` holds its bytes and addresses. */
  readonly host: StatusHost;
}

const OLD_FORMATS: Readonly<Record<string, string>> = {
  '.xls': 'old Excel format (.xls); save it as .xlsx',
  '.doc': 'old Word format (.doc); save it as .docx',
  '.xlsm': 'macro-enabled workbook (.xlsm); save a copy as .xlsx',
  '.docm': 'macro-enabled document (.docm); save a copy as .docx',
};

/** The kind of file a name says it is. */
export const kindOfName = (path: string): FileKind => {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.xlsx') return ext.slice(1) as FileKind;
  throw new FileError('unsupported-type', OLD_FORMATS[ext] ?? `only .docx and .xlsx files can be checked, not ${ext || 'a file without an extension'}`);
};

/** Opens bytes that came from a file named `path`. */
export const openBytes = async (bytes: Uint8Array, path: string): Promise<OpenedFile> => {
  const kind = kindOfName(path);
  const content = inspectZip(bytes).kind;
  if (content !== undefined && content !== kind) {
    throw new FileError('unsupported-type', `named .${kind} but is ${KIND_NAMES[content]}; give it the right extension`);
  }
  const host = await fileHost(kind, bytes, kind === 'xlsx' ? loadXlsxHost().openXlsx : openDocx);
  return { path, kind, host };
};

const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

const readError = (error: unknown, path: string): FileError => {
  switch (errnoOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileError('not-found', `no such file: ${path}`);
    case 'EISDIR':
      return new FileError('not-found', `${path} is a folder, not a file`);
    case 'EACCES':
    case 'EPERM':
      return new FileError('not-found', `no permission to read ${path}`);
    default:
      return new FileError('not-found', `cannot read ${path} (${error instanceof Error ? error.message : String(error)})`);
  }
};

/** Reads and opens a file from disk. */
export const openPath = async (path: string): Promise<OpenedFile> => {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
    size = info.size;
  } catch (error) {
    throw readError(error, path);
  }
  kindOfName(path);
  if (size > MAX_FILE_BYTES) {
    throw new FileError('too-large', `file is ${Math.round(size / 1024 / 1024)} MB, more than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`);
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw readError(error, path);
  }
  return openBytes(bytes, path);
};
