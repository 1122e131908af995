import type { Edit, Location, SourceDocument, Settings } from '../core';

/**
 * One interface, several hosts: Word and Excel through Office.js, and .docx/.xlsx files.
 * A host turns its document into a `SourceDocument` and applies the `Edit`s core computed;
 * core decides what, the host decides how.
 */
export interface StatusHost {
  readonly kind: 'word' | 'excel' | 'file';
  /** Reads every table and the paragraphs after them, in a constant number of syncs. */
  read(): Promise<SourceDocument>;
  /**
   * Reads the document fresh, asks `plan` for the edits, and applies them in one batch.
   * With a `basis` (the document as the user last checked it), it first compares what the
   * edits would change and throws `HostError('changed')` if a co-author edited it since.
   */
  update(plan: (doc: SourceDocument) => readonly Edit[], basis?: SourceDocument): Promise<UpdateResult>;
  /** Selects a cell (or paragraph) in the document, so the user sees what a finding is about. */
  select(location: Location): Promise<void>;
  /** Settings shared by every co-author of the document (undefined: none stored yet). */
  loadSettings(): Promise<Partial<Settings> | undefined>;
  saveSettings(settings: Settings): Promise<void>;
  /** Calls `listener` when the document changes, where the host can tell; returns an unsubscribe. */
  onChange?(listener: () => void): Promise<() => void>;
}

export interface UpdateResult {
  /** The document as read just before writing. */
  readonly before: SourceDocument;
  /** The edits that were written. */
  readonly applied: readonly Edit[];
  /** Things the user should know about how they were written (e.g. a heading not merged). */
  readonly notes: readonly HostNote[];
}

export type HostNote = 'heading-not-merged';

export type HostErrorCode =
  | 'no-office'
  | 'requirement-missing'
  | 'protected'
  | 'changed'
  | 'no-status-table'
  | 'busy'
  | 'failed';

/** A failure the pane can explain in the user's language; `detail` names the set, sheet, etc. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly detail: string | undefined;

  constructor(code: HostErrorCode, detail?: string) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'HostError';
    this.code = code;
    this.detail = detail;
  }
}

export const isHostError = (error: unknown): error is HostError => error instanceof HostError;
