import { changedSince } from '../../core/edits';
import type { FindingComment } from '../../core/review/comments';
import { readSnapshot, serialiseSnapshot, type SnapshotRead } from '../../core/review/snapshot';
import type { CommentsResult, HostCapabilities, StatusHost, UpdateResult } from '../host';
import { HostError } from '../host';
import { FileError } from './errors';
import { readZip } from './ooxml/zip';
import { findSnapshotPart, withSnapshot } from './snapshotPart';
import type { StatusFile } from './types';

/**
 * The snapshot a package keeps, read straight from its bytes (.docx or .xlsx alike). A snapshot
 * part that cannot be read is a notice about the snapshot, never a failure of the file.
 */
export const snapshotInPackage = (bytes: Uint8Array): SnapshotRead => {
  try {
    return readSnapshot(findSnapshotPart(readZip(bytes))?.json);
  } catch (error) {
    if (error instanceof FileError) return { status: 'ignored', problem: 'damaged' };
    throw error;
  }
};

/**
 * A .docx or .xlsx file as a `StatusHost`, like Word and Excel: `read` gives the document as the
 * file holds it, `update` plans on it and writes the edits into a copy of the bytes; the next read
 * or update reads that copy back first, so it sees what was written. (Read back only when asked:
 * `fix` takes the bytes and is done, and a 12,000-row workbook need not be read a third time.)
 * Nothing touches the disk: the caller takes `capabilities.file.bytes()` and writes them where it
 * will. An address is given for the bytes last read: after an update, read first. The snapshot of
 * the last stand and the comments write into the same copy of the bytes.
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
  /** Bytes written by an update or a capability: the file's new state, read back when next asked. */
  const wrote = (written: Uint8Array): void => {
    if (written === current) return;
    current = written;
    stale = true;
  };
  const update = async (plan: Parameters<StatusHost['update']>[0], basis?: Parameters<StatusHost['update']>[1]): Promise<UpdateResult> => {
    const source = await fresh();
    const before = source.doc;
    const edits = plan(before);
    if (basis && changedSince(basis, before, edits)) throw new HostError('changed');
    if (edits.length === 0) return { before, applied: [], notes: [] };
    wrote(await source.apply(edits));
    return { before, applied: edits, notes: [] };
  };
  const placeWith = async (comments: readonly FindingComment[]): Promise<CommentsResult> => {
    const ability = (await fresh()).comments;
    if (!ability) throw new HostError('requirement-missing', 'comments');
    const { bytes: written, result } = await ability.place(comments);
    wrote(written);
    return result;
  };
  const capabilities: HostCapabilities = {
    file: {
      bytes: () => current,
      address: (location) => (stale ? undefined : file.address?.(location)),
    },
    // The same custom XML part in both formats (snapshotPart.ts), related from the main part.
    snapshots: {
      load: async () => snapshotInPackage(current),
      save: async (snapshot) => wrote(withSnapshot(current, serialiseSnapshot(snapshot))),
    },
    // Comments are written into .docx files; an .xlsx reader offers none (yet).
    ...(file.comments
      ? {
          comments: {
            place: async (comments) => placeWith(comments),
            remove: async () => placeWith([]),
          },
        }
      : {}),
  };
  return { kind, read: async () => (await fresh()).doc, update, capabilities };
};
