import { paragraph, sourceCell, type Block, type Location, type SourceDocument } from '../../src/core/document';
import { bottomUp, changedSince, type Edit, type InsertHeadingEdit } from '../../src/core/edits';
import type { Settings } from '../../src/core/settings';
import { isOwnCommentText, type FindingComment, type SnapshotRead } from '../../src/core/review';
import { HostError, type HostNote, type StatusHost, type UpdateResult } from '../../src/hosts/host';

/**
 * A StatusHost over a SourceDocument held in memory: what the pane needs from any host, and
 * nothing of Office. It applies edits the way the Office hosts promise to (headings as one-cell
 * rows, bottom up; the date stamp replaced or appended), records selections and saved settings,
 * and can be told to fail.
 */
export interface MemoryHost extends StatusHost {
  doc: SourceDocument;
  readonly selections: Location[];
  readonly savedSettings: Settings[];
  stored: Partial<Settings> | undefined;
  /** The next calls of these methods throw this error (once each). */
  failNext: Partial<Record<'read' | 'update' | 'select' | 'loadSettings' | 'saveSettings', Error>>;
  /** Notes the next update reports. */
  notes: HostNote[];
  reads: number;
  /** Pretend a co-author edited the document. */
  edit(doc: SourceDocument): void;
  readonly listeners: Set<() => void>;
  /** With the `review` option: the snapshot kept in the document. */
  snapshot: SnapshotRead;
  /** With the `review` option: the document's comments, anyone's (`text` as written). */
  comments: { readonly location: FindingComment['location']; readonly text: string }[];
}

export interface MemoryHostOptions {
  /** The host reports document changes (default true). */
  readonly onChange?: boolean;
  /** Every write is refused with HostError('protected'), with Office's own words as its detail. */
  readonly protected?: boolean;
  /** A selection made through the host is reported as a change too (Word without paragraph events). */
  readonly echoSelection?: boolean;
  /** The host keeps snapshots and writes comments, as the capabilities promise (issue 15). */
  readonly review?: boolean;
}

const copy = (doc: SourceDocument): SourceDocument => JSON.parse(JSON.stringify(doc)) as SourceDocument;

/** Applies edits as the Office hosts promise to: heading rows merged across the width, bottom up; paragraphs inserted; the stamp replaced or added. */
const applyEdits = (doc: SourceDocument, edits: readonly Edit[]): SourceDocument => {
  const blocks: Block[] = copy(doc).blocks.map((block) => block);
  bottomUp(edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading')).forEach((edit) => {
    const table = blocks[edit.block];
    if (table?.kind === 'table') {
      blocks[edit.block] = { ...table, rows: [...table.rows.slice(0, edit.beforeRow), { cells: [sourceCell([edit.text], edit.width)] }, ...table.rows.slice(edit.beforeRow)] };
    }
  });
  const inserts: { at: number; block: Block }[] = [];
  edits.forEach((edit) => {
    if (edit.kind === 'setDateStamp') {
      if (edit.block === undefined) inserts.push({ at: edit.afterBlock + 1, block: paragraph(edit.text) });
      else blocks[edit.block] = paragraph(edit.text);
    } else if (edit.kind === 'insertHeadingParagraph') {
      inserts.push({ at: edit.anchor + (edit.position === 'after' ? 1 : 0), block: paragraph(edit.text, 'bold') });
    }
  });
  // Bottom up, so every index stays as read.
  inserts.sort((a, b) => b.at - a.at).forEach(({ at, block }) => blocks.splice(at, 0, block));
  return { ...doc, blocks };
};

export const createMemoryHost = (initial: SourceDocument, options: MemoryHostOptions = {}): MemoryHost => {
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((listener) => listener());
  const failing = <K extends keyof MemoryHost['failNext']>(host: MemoryHost, method: K) => {
    const error = host.failNext[method];
    if (error) {
      delete host.failNext[method];
      throw error;
    }
  };
  const host: MemoryHost = {
    kind: 'word',
    doc: copy(initial),
    selections: [],
    savedSettings: [],
    stored: undefined,
    failNext: {},
    notes: [],
    reads: 0,
    listeners,
    async read() {
      failing(host, 'read');
      host.reads += 1;
      return copy(host.doc);
    },
    async update(plan, basis): Promise<UpdateResult> {
      failing(host, 'update');
      if (options.protected) throw new HostError('protected', 'You cannot perform the requested operation.');
      const before = copy(host.doc);
      const edits = plan(before);
      if (basis && edits.length > 0 && changedSince(basis, before, edits)) throw new HostError('changed');
      host.doc = applyEdits(before, edits);
      const notes = host.notes;
      host.notes = [];
      if (edits.length > 0) notify();
      return { before, applied: edits, notes };
    },
    snapshot: { status: 'none' },
    comments: [],
    capabilities: {
      ...(options.review
        ? {
            snapshots: {
              load: async () => host.snapshot,
              save: async (snapshot) => {
                if (options.protected) throw new HostError('protected', 'You cannot perform the requested operation.');
                host.snapshot = { status: 'ok', snapshot: JSON.parse(JSON.stringify(snapshot)) };
              },
            },
            comments: {
              place: async (comments: readonly FindingComment[]) => {
                if (options.protected) throw new HostError('protected', 'You cannot perform the requested operation.');
                const before = host.comments.length;
                host.comments = host.comments.filter((c) => !isOwnCommentText(c.text));
                const removed = before - host.comments.length;
                host.comments.push(...comments.map((c) => ({ location: c.location, text: c.text })));
                notify();
                return { placed: comments.length, removed, kept: 0 };
              },
              remove: async () => {
                const before = host.comments.length;
                host.comments = host.comments.filter((c) => !isOwnCommentText(c.text));
                notify();
                return { placed: 0, removed: before - host.comments.length, kept: 0 };
              },
            },
          }
        : {}),
      select: async (location) => {
        failing(host, 'select');
        host.selections.push(location);
        if (options.echoSelection) notify();
      },
      settings: {
        load: async () => {
          failing(host, 'loadSettings');
          return host.stored;
        },
        save: async (settings) => {
          failing(host, 'saveSettings');
          host.savedSettings.push(settings);
          host.stored = settings;
        },
      },
      ...(options.onChange !== false
        ? {
            changes: async (listener: () => void) => {
              listeners.add(listener);
              return () => listeners.delete(listener);
            },
          }
        : {}),
    },
    edit(doc) {
      host.doc = copy(doc);
      notify();
    },
  };
  return host;
};
