/**
 * An in-memory Word that keeps Office.js's rules: a property must be loaded and synced before it
 * is read (else PropertyNotLoaded), a collection's `items` exist only after load and sync, queued
 * writes apply at `sync()`, a protected document refuses writes (AccessDenied), APIs beyond the
 * document's requirement sets fail (ApiNotFound). It counts syncs and can add latency to each.
 *
 * Browser-safe (no Node imports): the preview page and the e2e page bundle it.
 */
import type { Location, SourceDocument } from '../../../src/core/document';
import type { WordEnvironment } from '../../../src/hosts/word';
import { createSettingsDouble, supportsFrom, type SettingsDouble } from '../common';
import { buildIndex, documentFrom, snapshotOf, tableAtBlock, type DocumentIndex, type DocumentModel } from './model';
import { WordContextDouble, type WordState } from './proxies';

export * from './model';
export { WordContextDouble } from './proxies';

export interface WordDoubleOptions {
  /** Requirement sets the simulated Word supports; default WordApi 1.4. */
  readonly requirementSets?: Readonly<Record<string, string>>;
  /** A protected document: every batch that writes is refused with AccessDenied. */
  readonly protected?: boolean;
  /** Simulated latency of each sync, in milliseconds. */
  readonly latencyMs?: number;
  /** Settings already stored in the document. */
  readonly settings?: Readonly<Record<string, unknown>>;
}

export interface WordDouble {
  readonly environment: WordEnvironment;
  /** Syncs since creation (or the last reset). */
  readonly syncCount: number;
  resetSyncCount(): void;
  /** Batches (Word.run calls) since creation. */
  readonly runCount: number;
  /** What the last select() pointed at, in SourceDocument coordinates. */
  readonly selection: Location | undefined;
  /** The document as it is now; paragraphs of a cell kept apart. */
  snapshot(): SourceDocument;
  /** Rows that are one merged cell, as [block, row] in SourceDocument coordinates. */
  mergedRows(): [number, number][];
  /** Whether every cell of a row is bold. */
  isRowBold(block: number, row: number): boolean;
  /** The tags and texts of the content controls of the body. */
  contentControls(): { tag: string; title: string; text: string }[];
  /** Simulates a co-author's edit (or a test's set-up) on the live model; change handlers fire. */
  edit(mutator: (doc: DocumentModel) => void): void;
  /** The stored settings, as a co-author would see them. */
  readonly settings: SettingsDouble;
  /** Protect or unprotect the document. */
  setProtected(value: boolean): void;
}

export const createWordDouble = (doc: SourceDocument, options: WordDoubleOptions = {}): WordDouble => {
  const model = documentFrom(JSON.parse(JSON.stringify(doc)) as SourceDocument);
  const supports = supportsFrom(options.requirementSets ?? { WordApi: '1.4' });
  let syncCount = 0;
  let runCount = 0;
  let selection: Location | undefined;
  let isProtected = options.protected ?? false;
  let index: DocumentIndex | undefined;
  const handlers = new Set<() => void>();
  const settings = createSettingsDouble(options.settings);

  const notify = (): void => handlers.forEach((handler) => handler());
  const state: WordState = {
    doc: model,
    index: () => {
      if (!index || index.version !== model.version) index = buildIndex(model);
      return index;
    },
    changed: () => {
      model.version += 1;
    },
    select: (location) => {
      selection = location;
    },
  };
  const policy = {
    latencyMs: options.latencyMs ?? 0,
    isProtected: () => isProtected,
    supports,
    countSync: () => {
      syncCount += 1;
    },
    afterWrite: notify,
  };

  const environment: WordEnvironment = {
    run: async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
      runCount += 1;
      const context = new WordContextDouble(policy, state);
      // The double stands in for Word's RequestContext at this one boundary.
      return batch(context as unknown as Word.RequestContext);
    },
    isSetSupported: supports,
    settings,
    onDocumentChanged: async (handler) => {
      handlers.add(handler);
      return () => {
        handlers.delete(handler);
      };
    },
  };

  return {
    environment,
    get syncCount() {
      return syncCount;
    },
    resetSyncCount: () => {
      syncCount = 0;
    },
    get runCount() {
      return runCount;
    },
    get selection() {
      return selection;
    },
    snapshot: () => snapshotOf(model),
    mergedRows: () =>
      model.blocks.flatMap((block, b) =>
        block.kind === 'table' ? block.rows.flatMap((row, r): [number, number][] => (row.cells.length === 1 ? [[b, r]] : [])) : [],
      ),
    isRowBold: (b, r) => tableAtBlock(model, b)?.rows[r]?.cells.every((c) => c.bold) ?? false,
    contentControls: () =>
      [...state.index().paragraphLevel.keys()]
        .filter((p) => p.contentControl)
        .map((p) => ({ tag: p.contentControl?.tag ?? '', title: p.contentControl?.title ?? '', text: p.text })),
    edit: (mutator) => {
      mutator(model);
      model.version += 1;
      notify();
    },
    settings,
    setProtected: (value) => {
      isProtected = value;
    },
  };
};
