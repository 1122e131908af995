import type { Location, RawDocument, RawTable } from '../../src/core/document';
import { bottomUp, changedSince, type Edit, type InsertHeadingEdit } from '../../src/core/edits';
import type { Settings } from '../../src/core/settings';
import { HostError, type HostNote, type StatusHost, type UpdateResult } from '../../src/hosts/host';

/**
 * A StatusHost over a RawDocument held in memory: what the pane needs from any host, and
 * nothing of Office. It applies edits the way the Office hosts promise to (headings as one-cell
 * rows, bottom up; the date stamp replaced or appended), records selections and saved settings,
 * and can be told to fail.
 */
export interface MemoryHost extends StatusHost {
  doc: RawDocument;
  readonly selections: Location[];
  readonly savedSettings: Settings[];
  stored: Partial<Settings> | undefined;
  /** The next calls of these methods throw this error (once each). */
  failNext: Partial<Record<'read' | 'update' | 'select' | 'loadSettings' | 'saveSettings', Error>>;
  /** Notes the next update reports. */
  notes: HostNote[];
  reads: number;
  /** Pretend a co-author edited the document. */
  edit(doc: RawDocument): void;
  readonly listeners: Set<() => void>;
}

const copy = (doc: RawDocument): RawDocument => JSON.parse(JSON.stringify(doc)) as RawDocument;

const applyEdits = (doc: RawDocument, edits: readonly Edit[]): RawDocument => {
  const tables = doc.tables.map((t) => [...t]);
  const headings = bottomUp(edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading'));
  headings.forEach((edit) => {
    const table = tables[edit.table];
    if (table) table.splice(edit.beforeRow, 0, [[edit.text]]);
  });
  const after = [...doc.after];
  edits.forEach((edit) => {
    if (edit.kind !== 'setDateStamp') return;
    if (edit.index === undefined) after.push(edit.text);
    else after[edit.index] = edit.text;
  });
  return { ...(doc.before ? { before: doc.before } : {}), tables: tables as RawTable[], after };
};

export const createMemoryHost = (initial: RawDocument, options: { onChange?: boolean } = {}): MemoryHost => {
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
      const before = copy(host.doc);
      const edits = plan(before);
      if (basis && edits.length > 0 && changedSince(basis, before, edits)) throw new HostError('changed');
      host.doc = applyEdits(before, edits);
      const notes = host.notes;
      host.notes = [];
      if (edits.length > 0) notify();
      return { before, applied: edits, notes };
    },
    async select(location) {
      failing(host, 'select');
      host.selections.push(location);
    },
    async loadSettings() {
      failing(host, 'loadSettings');
      return host.stored;
    },
    async saveSettings(settings) {
      failing(host, 'saveSettings');
      host.savedSettings.push(settings);
      host.stored = settings;
    },
    edit(doc) {
      host.doc = copy(doc);
      notify();
    },
  };
  if (options.onChange !== false) {
    host.onChange = async (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    };
  }
  return host;
};
