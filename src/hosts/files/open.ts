import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import type { StatusHost } from '../host';
import { openDocx } from './docx';
import { errorDetail, FileError } from './errors';
import { fileHost } from './fileHost';
import { openPackage, packageKind } from './ooxml/package';
import { MAX_FILE_BYTES } from './types';
import { openXlsx, type XlsxFile } from './xlsx';
import { inspectZip } from './zip';

/**
 * Opens a .docx or .xlsx file from disk for the command line: the name must say .docx or .xlsx,
 * the content must agree with the name, and the reader for that kind does the rest. Every way
 * this can fail is a `FileError` with a one-line reason.
 */

export type FileKind = 'docx' | 'xlsx';

export interface OpenedFile {
  readonly path: string;
  readonly kind: FileKind;
  /** The file as a host: `capabilities.file` holds its bytes and addresses. */
  readonly host: StatusHost;
  /** A workbook's sheets: the one its status table was read from, and every one that holds one. */
  readonly sheets?: { readonly read: string; withTable(): string[] };
}

export interface OpenOptions {
  /** A workbook's sheet whose status table to read (ignored for a .docx: the caller says so). */
  readonly sheet?: string;
}

/** The kind of file a name says it is. */
export const kindOfName = (path: string): FileKind => {
  const ext = extname(path).toLowerCase();
  if (ext === '.docx' || ext === '.xlsx') return ext.slice(1) as FileKind;
  if (ext === '.xls' || ext === '.doc') throw new FileError('unsupported-type', { kind: 'old-format', ext });
  if (ext === '.xlsm' || ext === '.docm') throw new FileError('unsupported-type', { kind: 'macro-enabled', ext });
  throw new FileError('unsupported-type', { kind: 'other-extension', ext });
};

/** Opens bytes that came from a file named `path`. */
export const openBytes = async (bytes: Uint8Array, path: string, options: OpenOptions = {}): Promise<OpenedFile> => {
  const kind = kindOfName(path);
  const content = packageKind(openPackage(inspectZip(bytes)));
  if (content !== undefined && content !== kind && content !== 'package') {
    throw new FileError('unsupported-type', { kind: 'named-otherwise', named: kind, is: content });
  }
  // The workbook as first read tells which sheet that was; every later read (after a write) reads the same sheet.
  let first: XlsxFile | undefined;
  const xlsx = async (data: Uint8Array): Promise<XlsxFile> => {
    const file = await openXlsx(data, options.sheet !== undefined ? { sheet: options.sheet } : {});
    first ??= file;
    return file;
  };
  const host = await fileHost(kind, bytes, kind === 'xlsx' ? xlsx : openDocx);
  const read = first;
  return { path, kind, host, ...(read ? { sheets: { read: read.sheet, withTable: () => read.sheetsWithTable() } } : {}) };
};

const errnoOf = (error: unknown): string | undefined =>
  typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : undefined;

const readError = (error: unknown, path: string): FileError => {
  switch (errnoOf(error)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new FileError('not-found', { kind: 'no-such-file', path });
    case 'EISDIR':
      return new FileError('not-found', { kind: 'is-folder', path });
    case 'EACCES':
    case 'EPERM':
      return new FileError('not-found', { kind: 'no-permission', path }, errorDetail(error));
    default:
      return new FileError('not-found', { kind: 'cannot-read', path }, errorDetail(error));
  }
};

/** Reads and opens a file from disk. */
export const openPath = async (path: string, options: OpenOptions = {}): Promise<OpenedFile> => {
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
    throw new FileError('too-large', { kind: 'file-size', bytes: size, limit: MAX_FILE_BYTES });
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await readFile(path));
  } catch (error) {
    throw readError(error, path);
  }
  return openBytes(bytes, path, options);
};
