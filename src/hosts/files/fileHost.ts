import { changedSince } from '../../core/edits';
import type { StatusHost, UpdateResult } from '../host';
import { HostError } from '../host';
import type { StatusFile } from './types';

/**
 * A .docx or .xlsx file as a `StatusHost`, like Word and Excel: `read` gives the document as the
 * file holds it, `update` plans on it, writes the edits into a copy of the bytes and reads that
 * copy back, so every later read or update sees what was written. Nothing touches the disk: the
 * caller takes `capabilities.file.bytes()` and writes them where it will.
 */
export const fileHost = async (
  kind: 'docx' | 'xlsx',
  bytes: Uint8Array,
  open: (bytes: Uint8Array) => Promise<StatusFile>,
): Promise<StatusHost> => {
  let current = bytes;
  let file = await open(bytes);
  const update = async (plan: Parameters<StatusHost['update']>[0], basis?: Parameters<StatusHost['update']>[1]): Promise<UpdateResult> => {
    const before = file.doc;
    const edits = plan(before);
    if (basis && changedSince(basis, before, edits)) throw new HostError('changed');
    if (edits.length === 0) return { before, applied: [], notes: [] };
    const written = await file.apply(edits);
    // Read back what was written: the next read and any address then describe the new bytes.
    file = await open(written);
    current = written;
    return { before, applied: edits, notes: [] };
  };
  return {
    kind,
    read: async () => file.doc,
    update,
    capabilities: {
      file: {
        bytes: () => current,
        address: (location) => file.address?.(location),
      },
    },
  };
};
