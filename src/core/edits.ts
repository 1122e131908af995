import type { ISODate } from './calendar';
import { restamp } from './datestamp';
import type { Block, SourceDocument } from './document';
import { STANDARD_HEADINGS, type StandardHeading } from './headings';
import { headingRows, measures, type HeadingParagraph, type MeasureRow, type StatusRow, type StatusTable } from './model';

/**
 * Insert a section-heading row so that it becomes row `beforeRow` of table block `block` (row
 * indices as read, before any edit; `beforeRow` equal to the table's row count appends). The row
 * spans `width` grid columns.
 */
export interface InsertHeadingEdit {
  readonly kind: 'insertHeading';
  readonly text: string;
  readonly chapter: number;
  readonly block: number;
  readonly beforeRow: number;
  readonly width: number;
}

/**
 * Insert a section heading as a paragraph of its own, directly before or after block `anchor`,
 * set the way heading paragraph `like` is set (its style or bold), in a document that writes its
 * headings between the tables.
 */
export interface InsertHeadingParagraphEdit {
  readonly kind: 'insertHeadingParagraph';
  readonly text: string;
  readonly chapter: number;
  readonly anchor: number;
  readonly position: 'before' | 'after';
  readonly like: number;
}

/**
 * Replace the date stamp paragraph `block` with `text`; without a block, add it as a paragraph
 * of its own directly after `afterBlock` (the status table's last table).
 */
export interface SetDateStampEdit {
  readonly kind: 'setDateStamp';
  readonly text: string;
  readonly date: ISODate;
  readonly block?: number;
  readonly afterBlock: number;
}

export type Edit = InsertHeadingEdit | InsertHeadingParagraphEdit | SetDateStampEdit;

/** For exhaustive switches: a value the type system says cannot exist. */
export const unreachable = (value: never): never => {
  throw new Error(`unexpected ${JSON.stringify(value)}`);
};

type Placement =
  | { readonly form: 'row'; readonly block: number; readonly beforeRow: number }
  | { readonly form: 'paragraph'; readonly anchor: number; readonly position: 'before' | 'after' };

/** Where chapter `chapter`'s section starts: its heading, or else its first measure. */
const anchorOf = (table: StatusTable, chapter: number): StatusRow | undefined =>
  headingRows(table).find((h) => h.standard?.chapter === chapter) ??
  measures(table).find((m) => m.number?.chapter === chapter);

/** A measure is the first thing of its table when no measure or heading row stands above it there. */
const opensTable = (table: StatusTable, measure: MeasureRow): boolean =>
  !table.rows.some(
    (row) =>
      row.kind !== 'header' &&
      row.kind !== 'other' &&
      row.location.block === measure.location.block &&
      'row' in row.location &&
      row.location.row < measure.location.row,
  );

/** Directly above `row`: a paragraph where the document writes headings as paragraphs and that can stand there. */
const placeBefore = (table: StatusTable, row: StatusRow): Placement => {
  if (row.kind === 'heading' && row.form === 'paragraph') return { form: 'paragraph', anchor: row.location.block, position: 'before' };
  if (table.headingForm === 'paragraph' && row.kind === 'measure' && opensTable(table, row)) {
    return { form: 'paragraph', anchor: row.location.block, position: 'before' };
  }
  const location = row.location as { block: number; row: number };
  return { form: 'row', block: location.block, beforeRow: location.row };
};

/** After the last row of the status table: a paragraph after its last table, or a row at its end. */
const placeAtEnd = (table: StatusTable): Placement => {
  const lastBlock = table.blocks[table.blocks.length - 1] ?? table.header.location.block;
  if (table.headingForm === 'paragraph') {
    const trailing = headingRows(table).filter((h) => h.form === 'paragraph' && h.location.block > lastBlock);
    const after = trailing[trailing.length - 1]?.location.block ?? lastBlock;
    return { form: 'paragraph', anchor: after, position: 'after' };
  }
  const tableRows = table.rows.filter((row) => row.location.block === lastBlock && 'row' in row.location);
  const last = tableRows[tableRows.length - 1] ?? table.header;
  // A measure over several rows (its measure cell merged down) ends at its last row.
  const lastRow = last.kind === 'measure' && last.lastRow !== undefined ? last.lastRow : (last.location as { row: number }).row;
  return { form: 'row', block: lastBlock, beforeRow: lastRow + 1 };
};

/**
 * Where a heading whose chapter has no measure goes: directly above the section of the next
 * chapter present, else at the end of the status table.
 */
const placeInOrder = (table: StatusTable, heading: StandardHeading): Placement => {
  const next = STANDARD_HEADINGS.filter((h) => h.chapter > heading.chapter)
    .map((h) => anchorOf(table, h.chapter))
    .find((row) => row !== undefined);
  return next ? placeBefore(table, next) : placeAtEnd(table);
};

/** The heading paragraph whose form a new one copies: the first standard one, else the first. */
const modelParagraph = (table: StatusTable): HeadingParagraph | undefined => {
  const paragraphs = headingRows(table).filter((h): h is HeadingParagraph => h.form === 'paragraph');
  return paragraphs.find((h) => h.standard) ?? paragraphs[0];
};

/**
 * The edits that insert each missing standard heading, in the form the document already uses:
 * directly above the first measure of its chapter, or in its place in the standard order when its
 * chapter has no measure. A heading paragraph goes only where a table begins; inside a table, a
 * heading is a full-width row. No other row moves or changes.
 */
export const planHeadings = (table: StatusTable): (InsertHeadingEdit | InsertHeadingParagraphEdit)[] => {
  const present = new Set(headingRows(table).map((h) => h.standard?.chapter));
  const all = measures(table);
  const like = modelParagraph(table);
  return STANDARD_HEADINGS.filter((h) => !present.has(h.chapter)).map((heading) => {
    const first = all.find((m) => m.number?.chapter === heading.chapter);
    const place = first ? placeBefore(table, first) : placeInOrder(table, heading);
    const { text, chapter } = heading;
    // A paragraph place is only chosen where the document has a heading paragraph, so `like` is there.
    return place.form === 'paragraph'
      ? { kind: 'insertHeadingParagraph', text, chapter, anchor: place.anchor, position: place.position, like: like?.location.block ?? place.anchor }
      : { kind: 'insertHeading', text, chapter, width: table.width, block: place.block, beforeRow: place.beforeRow };
  });
};

/** The edit that sets the date stamp to `date`, keeping any words around the old date. */
export const planDateStamp = (table: StatusTable, date: ISODate): SetDateStampEdit[] => {
  const stamp = table.dateStamp;
  const text = restamp(stamp, date);
  if (stamp && stamp.text === text) return [];
  const afterBlock = table.blocks[table.blocks.length - 1] ?? table.header.location.block;
  return [{ kind: 'setDateStamp', text, date, afterBlock, ...(stamp ? { block: stamp.block } : {}) }];
};

/**
 * Heading-row inserts ordered so that applying them one after another keeps every `beforeRow`
 * valid: bottom of the document first; several before the same row, the last chapter first, so
 * each next one lands above it and they end in the standard order.
 */
export const bottomUp = (edits: readonly InsertHeadingEdit[]): InsertHeadingEdit[] =>
  [...edits].sort((a, b) => b.block - a.block || b.beforeRow - a.beforeRow || b.chapter - a.chapter);

/** The blocks whose content an edit was planned on: if any of them changed, the plan is stale. */
export const blocksReadBy = (edit: Edit, blockCount: number): number[] => {
  switch (edit.kind) {
    case 'insertHeading':
      return [edit.block];
    case 'insertHeadingParagraph':
      return [edit.anchor, edit.like];
    case 'setDateStamp':
      return Array.from({ length: Math.max(0, blockCount - edit.afterBlock) }, (_, i) => edit.afterBlock + i);
    default:
      return unreachable(edit);
  }
};

const sameBlock = (a: Block | undefined, b: Block | undefined): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Whether what `edits` are about to change differs between the document as last checked
 * (`basis`) and as it is now (`current`): a co-author edited it in between.
 */
export const changedSince = (basis: SourceDocument, current: SourceDocument, edits: readonly Edit[]): boolean =>
  basis.blocks.length !== current.blocks.length ||
  edits.some((edit) => blocksReadBy(edit, current.blocks.length).some((b) => !sameBlock(basis.blocks[b], current.blocks[b])));
