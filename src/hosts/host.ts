import type { CellLocation, Edit, FindingComment, Location, Settings, Snapshot, SnapshotRead, SourceDocument } from '../core';

/**
 * One interface, several hosts: Word and Excel through Office.js, and .docx/.xlsx files. A host
 * turns its document into a `SourceDocument` and applies the `Edit`s core computed; core decides
 * what, the host decides how. What only some hosts can do is a capability, declared once here
 * and asked for by type (`host.capabilities.marks`), never guessed from the methods an object has.
 */
export interface StatusHost {
  readonly kind: HostKind;
  /** Reads the document, in a constant number of syncs. */
  read(): Promise<SourceDocument>;
  /**
   * Reads the document fresh, asks `plan` for the edits, and applies them in one batch.
   * With a `basis` (the document as the user last checked it), it first compares what the
   * edits would change and throws `HostError('changed')` if a co-author edited it since.
   * `applied` is exactly the edits written; an edit the host cannot write is refused, never skipped.
   */
  update(plan: (doc: SourceDocument) => readonly Edit[], basis?: SourceDocument, options?: UpdateOptions): Promise<UpdateResult>;
  readonly capabilities: HostCapabilities;
}

export type HostKind = 'word' | 'excel' | 'docx' | 'xlsx';

/** What a host can do besides reading and writing the table; absent where it cannot. */
export interface HostCapabilities {
  /** Selects a cell (or paragraph) in the document, so the user sees what a finding is about. */
  readonly select?: (location: Location) => Promise<void>;
  /** Settings shared by every co-author, stored in the document. */
  readonly settings?: SettingsCapability;
  /** Calls `listener` when the document changes; resolves to an unsubscribe. */
  readonly changes?: (listener: () => void) => Promise<() => void>;
  /** Colours the cells of findings, and takes the colour away again exactly (Excel). */
  readonly marks?: MarksCapability;
  /** The workbook's sheets, to pick the one holding the table (Excel). */
  readonly sheets?: SheetsCapability;
  /** A file read from disk: its bytes as they are now (written edits included), and cell addresses. */
  readonly file?: FileCapability;
  /**
   * The table as it stood at the last stand, kept in the document as a custom XML part (the same
   * part in every host: files/snapshotPart.ts, word/review.ts, excel/review.ts). Absent where the
   * host cannot keep one (Word without the CustomXmlParts set, Excel below ExcelApi 1.5): the
   * pane then has no "Sinds de vorige stand", and `refreshDateStamp` answers `snapshot: 'unsupported'`.
   * Saving is `operations.ts`' job (`refreshDateStamp`/`fixDocument` close the stand), not the pane's.
   */
  readonly snapshots?: SnapshotsCapability;
  /**
   * Findings left in the document as comments for the trekkers ("Opmerkingen plaatsen" /
   * "Opmerkingen verwijderen"; call through `operations.ts` `placeComments`/`removeComments`).
   * Word, Excel, .docx and .xlsx all have it; where Office lacks the requirement set (WordApi 1.4,
   * ExcelApi 1.10) `place` and `remove` reject with HostError('requirement-missing', set), and on a
   * protected document or sheet with HostError('protected'), having written nothing.
   */
  readonly comments?: CommentsCapability;
}

export interface SettingsCapability {
  /** Undefined when none are stored yet. */
  load(): Promise<Partial<Settings> | undefined>;
  save(settings: Settings): Promise<void>;
}

export interface SnapshotsCapability {
  /**
   * What the document keeps: nothing, a snapshot, or one ignored as damaged, of another version or
   * too large (`snapshotNotice(problem)` words the notice). `runCheck` loads it already and hands
   * it on as `CheckOutcome.snapshot`; `diffSnapshot(snapshot, table)` gives "Sinds de vorige stand".
   */
  load(): Promise<SnapshotRead>;
  /** Keeps `snapshot` in place of any earlier one. */
  save(snapshot: Snapshot): Promise<void>;
  /**
   * True where the host's `update` honours `UpdateOptions.keep`: the stand is looked up in the
   * update's read and kept in its write, with no syncs of its own (Excel). Elsewhere `save` does it.
   */
  readonly keptInUpdate?: boolean;
}

export interface UpdateOptions {
  /**
   * Asked with the document as read and the edits about to be written; a snapshot it returns is
   * kept (in place of any earlier one) in the same batch as the edits. Only hosts whose
   * `capabilities.snapshots.keptInUpdate` is true call it; others ignore it.
   */
  readonly keep?: (before: SourceDocument, edits: readonly Edit[]) => Snapshot | undefined;
}

export interface CommentsCapability {
  /**
   * Removes the add-in's own open comments (core's `isOwnCommentText`: resolved ones and those
   * with replies stay), then places each comment on its cell or paragraph. Nobody else's
   * comment or reply is touched. A constant number of syncs whatever the number of comments
   * (Word 2, Excel at most 3 on a plain range; `npm run bench`).
   */
  place(comments: readonly FindingComment[]): Promise<CommentsResult>;
  /** Removes the add-in's own open comments only. */
  remove(): Promise<CommentsResult>;
}

export interface CommentsResult {
  /** Findings placed (in Excel and .xlsx, several on one cell share one comment or note). */
  readonly placed: number;
  /** The add-in's earlier open comments taken out. */
  readonly removed: number;
  /** The add-in's own comments left because someone resolved or answered them. */
  readonly kept: number;
  /**
   * Findings not placed because their cell already holds someone else's note or comment: an
   * Excel cell holds one (several findings on one cell share the add-in's note there).
   */
  readonly skipped?: number;
}

export interface MarksCapability {
  /** Fills the cells of these locations with the mark colour (clearing earlier marks first). */
  mark(locations: readonly CellLocation[]): Promise<void>;
  /** Restores the fill of every marked cell exactly as it was, and forgets the marks. */
  clear(): Promise<void>;
}

export interface SheetsCapability {
  list(): Promise<string[]>;
  /**
   * The sheets that hold a status table, in the workbook's order, read in a constant number of
   * syncs: what the sheet picker names when there are several.
   */
  withTable?(): Promise<string[]>;
}

export interface FileCapability {
  /** The file's bytes: as read, or as rewritten by the last update. */
  bytes(): Uint8Array;
  /** Where a location is in the file's own terms ("'Blad1'!C7"), when the format has addresses. */
  address(location: Location): string | undefined;
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
  /** A heading row would go inside a cell merged down (`detail`: its area); nothing was written. */
  | 'merge-in-the-way'
  | 'busy'
  | 'failed';

/** A failure the pane can explain in the user's language; `detail` names the set, sheet, etc. */
export class HostError extends Error {
  readonly code: HostErrorCode;
  readonly detail: string | undefined;

  /** `cause`: the error Office gave, kept whole so its code and `debugInfo` reach "Diagnose kopiëren". */
  constructor(code: HostErrorCode, detail?: string, options?: { readonly cause?: unknown }) {
    super(detail ? `${code}: ${detail}` : code, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'HostError';
    this.code = code;
    this.detail = detail;
  }
}

export const isHostError = (error: unknown): error is HostError => error instanceof HostError;
