import { unzipSync } from 'fflate';
import { FileError } from './errors';
import { MAX_FILE_BYTES } from './types';

/**
 * What an Office file's zip container says about itself, read from its central directory only:
 * nothing is decompressed here. Both file readers check this before handing the bytes to a
 * library that unpacks everything in memory (exceljs, a zip bomb would take the process down).
 */
export interface ZipSummary {
  readonly names: readonly string[];
  /** Sum of the sizes the entries declare once unpacked. */
  readonly unpackedBytes: number;
  /** 'docx' / 'xlsx' by the parts it holds, or undefined when it is neither. */
  readonly kind: 'docx' | 'xlsx' | undefined;
}

/** More unpacked data than any status table needs: the seed unpacks to well under 1 MB. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/** An entry this large that packs this well is a bomb, not a spreadsheet (real XML packs 5–30×). */
const BOMB_ENTRY_BYTES = 10 * 1024 * 1024;
const BOMB_RATIO = 100;

const startsWith = (bytes: Uint8Array, magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
/** OLE2 compound file: a pre-2007 .doc/.xls, or an Office file protected with a password. */
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

const mb = (bytes: number): string => `${Math.round(bytes / (1024 * 1024))} MB`;

/** Reads the zip's directory and refuses anything that is not a sane Office Open XML package. */
export const inspectZip = (bytes: Uint8Array): ZipSummary => {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new FileError('too-large', `file is ${mb(bytes.length)}, more than the ${mb(MAX_FILE_BYTES)} limit`);
  }
  if (bytes.length === 0) throw new FileError('damaged', 'file is empty');
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new FileError(
      'unsupported-type',
      'old-format (.doc/.xls) or password-protected Office file; save it as .docx or .xlsx without a password',
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC) && !startsWith(bytes, EMPTY_ZIP_MAGIC)) {
    throw new FileError('unsupported-type', 'not an Office document (.docx/.xlsx files are zip archives)');
  }
  const names: string[] = [];
  let unpackedBytes = 0;
  let bomb: string | undefined;
  let method: number | undefined;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        unpackedBytes += file.originalSize;
        if (file.originalSize > BOMB_ENTRY_BYTES && file.originalSize > BOMB_RATIO * Math.max(file.size, 1)) {
          bomb ??= file.name;
        }
        if (file.compression !== 0 && file.compression !== 8) method ??= file.compression;
        return false;
      },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FileError('damaged', `damaged or truncated zip archive (${reason})`);
  }
  if (bomb !== undefined) {
    throw new FileError('too-large', `part ${bomb} unpacks to more than ${BOMB_RATIO}× its size (zip bomb?)`);
  }
  if (unpackedBytes > MAX_UNPACKED_BYTES) {
    throw new FileError('too-large', `unpacks to ${mb(unpackedBytes)}, more than the ${mb(MAX_UNPACKED_BYTES)} limit`);
  }
  if (method !== undefined) throw new FileError('damaged', `zip archive uses unsupported compression method ${method}`);
  const has = (name: string): boolean => names.includes(name);
  const kind = has('word/document.xml') ? 'docx' : has('xl/workbook.xml') ? 'xlsx' : undefined;
  return { names, unpackedBytes, kind };
};

/** The words for a kind of file in a one-line reason. */
export const KIND_NAMES = { docx: 'a Word document (.docx)', xlsx: 'an Excel workbook (.xlsx)' } as const;
