import { changedSince } from '../../core/edits';
import { readSnapshot, serialiseSnapshot, type SnapshotRead } from '../../core/review/snapshot';
import type { FindingComment } from '../../core/review/comments';
import type { CommentsResult, HostCapabilities, StatusHost, UpdateResult } from '../host';
import { HostError } from '../host';
import { FileError } from './errors';
import { readZip } from './ooxml/zip';
import { PartError } from './ooxml/opc';
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
    if (error instanceof PartError || error instanceof FileError) return { status: 'ignored', problem: 'damaged' };
    throw error;
  }
};

/** A package part we could not use is a damaged file to the command line: one line, no stack. */
const asFileError = async <T>(write: () => Promise<T> | T): Promise<T> => {
  try {
    return await write();
  } catch (error) {
    if (error instanceof PartError) throw new FileError('damaged', error.message);
    throw error;
  }
};

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
  /** Takes bytes written by a capability as the file's new state, read back like an update's. */
  const adopt = async (written: Uint8Array): Promise<void> => {
    file = await open(written);
    current = written;
  };
  const update = async (plan: Parameters<StatusHost['update']>[0], basis?: Parameters<StatusHost['update']>[1]): Promise<UpdateResult> => {
    const before = file.doc;
    const edits = plan(before);
    if (basis && changedSince(basis, before, edits)) throw new HostError('changed');
    if (edits.length === 0) return { before, applied: [], notes: [] };
    // Read back what was written: the next read and any address then describe the new bytes.
    await adopt(await file.apply(edits));
    return { before, applied: edits, notes: [] };
  };
  const placeWith = async (comments: readonly FindingComment[]): Promise<CommentsResult> => {
    const ability = file.comments;
    if (!ability) throw new HostError('requirement-missing', 'comments');
    const { bytes: written, result } = await asFileError(() => ability.place(comments));
    if (written !== current) await adopt(written);
    return result;
  };
  const capabilities: HostCapabilities = {
    file: {
      bytes: () => current,
      address: (location) => file.address?.(location),
    },
    // The snapshot part is the same in both formats (snapshotPart.ts), but only .docx writing is
    // proven here: the .xlsx writer is being rewritten, and its no-loss tests must cover the part first.
    ...(kind === 'docx'
      ? {
          snapshots: {
            load: async () => snapshotInPackage(current),
            save: async (snapshot) => adopt(await asFileError(async () => withSnapshot(current, serialiseSnapshot(snapshot)))),
          },
        }
      : {}),
    ...(file.comments
      ? {
          comments: {
            place: async (comments) => placeWith(comments),
            remove: async () => placeWith([]),
          },
        }
      : {}),
  };
  return { kind, read: async () => file.doc, update, capabilities };
};
