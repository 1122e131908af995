import { isCellLocation, isTable, type Location, type SourceDocument } from '../../core/document';
import { changedSince, type Edit } from '../../core/edits';
import { readStatusTable } from '../../core/model';
import { settingsCapability } from '../documentSettings';
import { HostError, type HostCapabilities, type StatusHost, type UpdateResult } from '../host';
import { toHostError } from '../officeErrors';
import type { WordEnvironment } from './environment';
import { documentOf } from './layout';
import { CHECK_WALK, readWord, SHAPE_ROWS, UPDATE_WALK, type WordRead } from './read';
import { queueEdits, queueSelect, rangeAt, STAMP_TAG } from './write';
import { wordComments, wordSnapshots } from './review';

export { STAMP_TAG, toHostError };

const TABLES = { set: 'WordApi', version: '1.3' } as const;

const guarded = async <T>(work: () => Promise<T>): Promise<T> => {
  try {
    return await work();
  } catch (error) {
    throw toHostError(error);
  }
};

/** The top-level tables (by their place among the document's tables) that `basis` read as the status table, and their rows together. */
const statusTablesOf = (basis: SourceDocument): { tables: Set<number>; rows: number } => {
  const read = readStatusTable(basis);
  if (!read.ok) return { tables: new Set(), rows: 0 };
  const tables = basis.blocks.flatMap((block, b) => (isTable(block) ? [b] : []));
  const rows = read.table.blocks.reduce((n, b) => {
    const block = basis.blocks[b];
    return n + (block && isTable(block) ? block.rows.length : 0);
  }, 0);
  return { tables: new Set(read.table.blocks.map((b) => tables.indexOf(b)).filter((t) => t >= 0)), rows };
};

/** The Word host always offers selection and settings (change notifications where Office has them). */
export interface WordStatusHost extends StatusHost {
  readonly kind: 'word';
  readonly capabilities: HostCapabilities & Required<Pick<HostCapabilities, 'select' | 'settings'>>;
}

/** The Word host: Office.js through a `WordEnvironment`, so tests run it against the simulator. */
export const createWordHost = (env: WordEnvironment): WordStatusHost => {
  const isSetSupported = (name: string, version: string): boolean => env.isSetSupported(name, version);
  const requireTables = (): void => {
    if (!isSetSupported(TABLES.set, TABLES.version)) throw new HostError('requirement-missing', `${TABLES.set} ${TABLES.version}`);
  };

  // A check: the survey, then the status table whole (two syncs; a third where changes are tracked,
  // or where a table past SHAPE_ROWS rows shows a merge may be there: read.ts).
  const read = (): Promise<SourceDocument> =>
    guarded(async () => {
      requireTables();
      return env.run(async (context) => documentOf((await readWord(context, { isSetSupported, walk: CHECK_WALK })).layout));
    });

  // A write: one read sync where the survey can read the status table whole at once (the tables the
  // last check found; every table without one), then one sync to write.
  const update = (plan: (doc: SourceDocument) => readonly Edit[], basis?: SourceDocument): Promise<UpdateResult> =>
    guarded(async () => {
      requireTables();
      const guess = basis ? statusTablesOf(basis) : undefined;
      return env.run(async (context) => {
        const stampControls = context.document.body.contentControls.getByTag(STAMP_TAG);
        const stampControl = stampControls.getFirstOrNullObject().load('text');
        const current: WordRead = await readWord(context, {
          isSetSupported,
          walk: UPDATE_WALK,
          whole: (t) => guess?.tables.has(t) ?? true,
          shape: (t) => (guess ? guess.tables.has(t) && guess.rows <= SHAPE_ROWS : false),
          // Without a check before it (the ribbon's commands) the write is planned on `values`
          // alone: where a heading or the stamp goes does not depend on merged cells, and there
          // is no checked document to compare with. With one, the read is the check's.
          outline: basis !== undefined,
        });
        const doc = documentOf(current.layout);
        const edits = plan(doc);
        if (edits.length === 0) return { before: doc, applied: [], notes: [] };
        if (basis && changedSince(basis, doc, edits)) throw new HostError('changed');
        const notes = queueEdits({ ...current, isSetSupported, stampControl }, edits);
        await context.sync();
        return { before: doc, applied: edits, notes };
      });
    });

  // Selecting needs only where the blocks are: the survey, no table read whole.
  const select = (location: Location): Promise<void> =>
    guarded(async () => {
      requireTables();
      await env.run(async (context) => {
        const current = await readWord(context, { isSetSupported, walk: CHECK_WALK, layoutOnly: true });
        queueSelect({ ...current, isSetSupported }, isCellLocation(location) ? location : { block: location.block });
        await context.sync();
      });
    });

  // The review round (review.ts): comments over this host's one read, the stand in a custom XML part.
  const snapshots = wordSnapshots(env);
  const onDocumentChanged = env.onDocumentChanged?.bind(env);
  return {
    kind: 'word',
    read,
    update,
    capabilities: {
      select,
      settings: settingsCapability(env.settings),
      // Where the blocks are is all a comment needs: the survey alone, no table read whole.
      comments: wordComments(
        env,
        async (context) => {
          const current = await readWord(context, { isSetSupported, walk: CHECK_WALK, layoutOnly: true });
          return (location: Location) => rangeAt({ ...current, isSetSupported }, location);
        },
        guarded,
      ),
      ...(snapshots ? { snapshots } : {}),
      ...(onDocumentChanged ? { changes: (listener: () => void) => guarded(() => onDocumentChanged(listener)) } : {}),
    },
  };
};
