import type { Location, SourceDocument } from '../../core/document';
import type { Edit } from '../../core/edits';
import type { FindingComment } from '../../core/review/comments';
import type { CommentsResult } from '../host';

/**
 * What a format's reader gives for a file's bytes: its document, a way to write edits into a copy
 * of the bytes, and (where the format has them) cell addresses. `fileHost` makes it a StatusHost.
 */
export interface StatusFile {
  readonly doc: SourceDocument;
  apply(edits: readonly Edit[]): Promise<Uint8Array>;
  address?(location: Location): string | undefined;
  /** Where the format has comments: the bytes with the add-in's own open comments replaced by `comments` (none: removed). */
  readonly comments?: {
    place(comments: readonly FindingComment[]): Promise<{ bytes: Uint8Array; result: CommentsResult }>;
  };
}

/** Larger files are refused with FileError('too-large') before anything is unpacked. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024; // bigger → FileError('too-large')
