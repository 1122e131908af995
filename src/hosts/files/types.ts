import type { SourceDocument } from '../../core/document';
import type { Edit } from '../../core/edits';

/** A .docx or .xlsx file as read: its document, and a way to write edits into a copy of its bytes. */
export interface StatusFile {
  readonly doc: SourceDocument;
  apply(edits: readonly Edit[]): Promise<Uint8Array>;
}

export type OpenFile = (bytes: Uint8Array) => Promise<StatusFile>;

/** Larger files are refused with FileError('too-large') before anything is unpacked. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024; // bigger → FileError('too-large')
