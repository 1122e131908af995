import { FileError } from './errors';
import { readZip, type Zip } from './ooxml/zip';
import { MAX_FILE_BYTES } from './types';

/**
 * The sizes an Office package may declare before anything is unpacked. Every file reader reads
 * the zip's directory through here (one directory reader: ooxml/zip.ts) and refuses what would
 * cost too much memory before it inflates a byte.
 */

/** More unpacked data than any status table needs: the seed unpacks to well under 1 MB. */
export const MAX_UNPACKED_BYTES = 200 * 1024 * 1024;
/**
 * An entry this large that packs this well is a bomb. Real sheets pack well too (SheetJS's
 * large_strings.xlsx packs a 57 MB sheet into 471 KB, 121×), so only what no Office file does is
 * refused here: the declared sizes bound every inflate anyway (ooxml/zip.ts readEntry).
 */
const BOMB_ENTRY_BYTES = 10 * 1024 * 1024;
const BOMB_RATIO = 1000;

/** Reads the zip's directory and refuses anything that is not a sane Office Open XML package. */
export const inspectZip = (bytes: Uint8Array): Zip => {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new FileError('too-large', { kind: 'file-size', bytes: bytes.length, limit: MAX_FILE_BYTES });
  }
  if (bytes.length === 0) throw new FileError('damaged', { kind: 'empty-file' });
  const zip = readZip(bytes);
  let unpacked = 0;
  for (const entry of zip.entries) {
    unpacked += entry.size;
    if (entry.size > BOMB_ENTRY_BYTES && entry.size > BOMB_RATIO * Math.max(entry.compressedSize, 1)) {
      throw new FileError('too-large', { kind: 'zip-bomb', part: entry.name }, `${entry.size} bytes from ${entry.compressedSize}`);
    }
  }
  if (unpacked > MAX_UNPACKED_BYTES) {
    throw new FileError('too-large', { kind: 'unpacked-size', bytes: unpacked, limit: MAX_UNPACKED_BYTES });
  }
  return zip;
};
