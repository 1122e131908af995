import { changedSince } from '../../core/edits';
import type { StatusHost, UpdateResult } from '../host';
import { HostError } from '../host';
import type { StatusFile } from './types';

/**
 * A .docx or .xlsx file as a `StatusHost`, like Word and Excel: `read` gives the document as the
 * file holds it, `update` plans on it and writes the edits into a copy of the bytes; the next read
 * or update reads that copy back first, so it sees what was written. (Read back only when asked:
 * `fix` takes the bytes and is done, and a 12,000-row workbook need not be read a third time.)
 * Nothing touches the disk: the caller takes `capabilities.file.bytes()` and writes them where it
 * will. An address is given for the bytes last read: after an update, read first.
 */
export const fileHost = async (
  kind: 'docx' | 'xlsx',
  bytes: Uint8Array,
  open: (bytes: Uint8Array) => Promise<StatusFile>,
): Promise<StatusHost> => {
  let current = bytes;
  let file = await open(bytes);
  /** `file` was read from bytes older than `current`. */
  let stale = false;
  const fresh = async (): Promise<StatusFile> => {
    if (stale) {
      file = await open(current);
      stale = false;
    }
    return file;
  };
  const update = async (plan: Parameters<StatusHost['update']>[0], basis?: Parameters<StatusHost['update']>[1]): Promise<UpdateResult> => {
    const source = await fresh();
    const before = source.doc;
    const edits = plan(before);
    if (basis && changedSince(basis, before, edits)) throw new HostError('changed');
    if (edits.length === 0) return { before, applied: [], notes: [] };
    current = await source.apply(edits);
    stale = true;
    return { before, applied: edits, notes: [] };
  };
  return {
    kind,
    read: async () => (await fresh()).doc,
    update,
    capabilities: {
      file: {
        bytes: () => current,
        address: (location) => (stale ? undefined : file.address?.(location)),
      },
    },
  };
};
