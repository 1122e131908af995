/**
 * The document as Word shows it, from the document as written (`wordml.ts`): hidden text left
 * out, tracked changes accepted, list numbers drawn, merged cells as one cell each, a paragraph's
 * emphasis from its style. The result is core's `SourceDocument`, and beside it the map from each
 * block, row, cell and paragraph back to the XML that holds it, for the writer.
 */
import { paragraph as paragraphBlock, sourceCell, type Block, type Emphasis, type SourceCell, type SourceDocument, type SourceRow } from '../../../core/document';
import { sourceText } from '../../../core/text';
import { listLabels, type Numbering } from './numbering';
import { isHeadingStyle, paragraphStyleOf, runToggle, type Styles, type ToggleKey } from './styles';
import type { CellRecord, ParagraphRecord, RowRecord, TableRecord, TextPiece, WordDocument } from './wordml';

/** A piece of text that is read (not hidden), with the XML paragraph that holds it. */
export interface ReadPiece extends TextPiece {
  readonly paragraph: ParagraphRecord;
}

/** A paragraph as read: one XML paragraph, or several a deleted paragraph mark joins. */
export interface ReadParagraph {
  /** The XML paragraphs, in order; the last one's mark (and so its properties) is the one that stays. */
  readonly parts: readonly ParagraphRecord[];
  readonly text: string;
  readonly emphasis?: Emphasis;
  /** The list label drawn before it, if any ("4.2.1. "). */
  readonly label?: string;
}

/** A cell that begins in its row, with what it covers. */
export interface ReadCell {
  readonly record: CellRecord;
  /** Cells merged into it from its right with old Word's w:hMerge. */
  readonly absorbed: readonly CellRecord[];
  readonly column: number;
  readonly columnSpan: number;
  readonly rowSpan: number;
  readonly paragraphs: readonly ReadParagraph[];
}

/** A vertically merged cell's continuation in a row below its start. */
export interface ContinuedCell {
  readonly record: CellRecord;
  readonly column: number;
  /** The cell it continues. */
  readonly origin: ReadCell;
}

export interface ReadRow {
  readonly record: RowRecord;
  readonly cells: readonly ReadCell[];
  readonly continued: readonly ContinuedCell[];
}

export interface ReadTable {
  readonly record: TableRecord;
  /** The rows as read: rows deleted under track changes left out. */
  readonly rows: readonly ReadRow[];
}

export type ReadBlock = { readonly kind: 'table'; readonly table: ReadTable } | { readonly kind: 'paragraph'; readonly paragraph: ReadParagraph };

export interface ReadDocument {
  readonly doc: SourceDocument;
  /** Block for block, what each of `doc.blocks` is in the XML. */
  readonly blocks: readonly ReadBlock[];
  /** The pieces of a paragraph whose text is read, in order (for the few paragraphs a writer touches). */
  readonly pieces: (paragraph: ReadParagraph) => ReadPiece[];
}

/**
 * The paragraphs of one container (a cell, or body paragraphs between two tables) as they read:
 * a paragraph whose mark is deleted runs on into the next, so they are one paragraph once the
 * deletion is accepted; so does one whose mark is inside a field's instruction (Word shows the
 * field's result in its place). The last paragraph of a container keeps its mark.
 */
const joinDeletedMarks = (records: readonly ParagraphRecord[]): ParagraphRecord[][] => {
  const groups: ParagraphRecord[][] = [];
  let current: ParagraphRecord[] = [];
  records.forEach((record, i) => {
    current.push(record);
    if (!(joinsNext(record) && i < records.length - 1)) {
      groups.push(current);
      current = [];
    }
  });
  return groups;
};

/** The body as containers of paragraphs and the tables between them. */
const bodyContainers = (word: WordDocument): ({ kind: 'paragraphs'; records: ParagraphRecord[] } | { kind: 'table'; table: TableRecord })[] => {
  const out: ({ kind: 'paragraphs'; records: ParagraphRecord[] } | { kind: 'table'; table: TableRecord })[] = [];
  for (const block of word.body) {
    if (block.kind === 'table') out.push({ kind: 'table', table: block.table });
    else {
      const last = out[out.length - 1];
      if (last?.kind === 'paragraphs') last.records.push(block.paragraph);
      else out.push({ kind: 'paragraphs', records: [block.paragraph] });
    }
  }
  return out;
};

interface Context {
  readonly styles: Styles;
  readonly labels: ReadonlyMap<ParagraphRecord, string>;
  /** A toggle property of a run through its styles: one answer per style pair, asked for every run. */
  readonly toggle: (key: ToggleKey, paragraphStyle: string | undefined, runStyle: string | undefined, direct: boolean | undefined) => boolean;
}

/** `runToggle` with its answers kept for the read of one document (a document has few style pairs and many runs). */
const toggles = (styles: Styles): Context['toggle'] => {
  const known = new Map<string, boolean>();
  return (key, paragraphStyle, runStyle, direct) => {
    if (direct !== undefined) return direct;
    const at = `${key}\u0000${paragraphStyle ?? ''}\u0000${runStyle ?? ''}`;
    let value = known.get(at);
    if (value === undefined) {
      value = runToggle(styles, key, paragraphStyle, runStyle, undefined);
      known.set(at, value);
    }
    return value;
  };
};

const styleOf = (styles: Styles, record: ParagraphRecord): string | undefined => paragraphStyleOf(styles, record.style);

const visiblePieces = (context: Context, record: ParagraphRecord): TextPiece[] => {
  if (record.pieces.length === 0) return [];
  const style = styleOf(context.styles, record);
  return record.pieces.filter((piece) => {
    const run = record.runs[piece.run];
    return run !== undefined && !context.toggle('vanish', style, run.style, run.vanish);
  });
};

/** The text of one XML paragraph that is read: its pieces in runs that are not hidden. */
const visibleText = (context: Context, record: ParagraphRecord): string => {
  if (record.pieces.length === 0) return '';
  const style = styleOf(context.styles, record);
  let text = '';
  for (const piece of record.pieces) {
    const run = record.runs[piece.run];
    if (run !== undefined && !context.toggle('vanish', style, run.style, run.vanish)) text += piece.text;
  }
  return text;
};

/**
 * How a body paragraph is set: in a heading style (an outline level 0–8, its own or its style's),
 * or bold throughout (every run with visible text bold, directly or through its styles).
 */
const emphasisOf = (context: Context, parts: readonly ParagraphRecord[]): Emphasis | undefined => {
  const { styles } = context;
  const last = parts[parts.length - 1] as ParagraphRecord;
  const style = styleOf(styles, last);
  const heading = last.outlineLevel !== undefined ? last.outlineLevel < 9 : isHeadingStyle(styles, style);
  if (heading) return 'heading-style';
  let runs = 0;
  for (const part of parts) {
    const partStyle = styleOf(styles, part);
    const pieces = visiblePieces(context, part);
    const withText = new Set(pieces.filter((p) => p.text.trim() !== '').map((p) => p.run));
    for (const index of withText) {
      const run = part.runs[index];
      if (!run) continue;
      runs += 1;
      if (!context.toggle('bold', partStyle, run.style, run.bold)) return undefined;
    }
  }
  return runs > 0 ? 'bold' : undefined;
};

/** One paragraph as read; undefined for a paragraph that shows nothing and whose mark is hidden. */
const readParagraph = (context: Context, parts: readonly ParagraphRecord[], body: boolean): ReadParagraph | undefined => {
  const last = parts[parts.length - 1] as ParagraphRecord;
  // The paragraph mark is hidden by its own formatting or its style's; the number takes the
  // mark's formatting, so a hidden mark hides it too.
  const markHidden = context.toggle('vanish', styleOf(context.styles, last), undefined, last.markVanish);
  const label = markHidden ? undefined : context.labels.get(last);
  const own = parts.length === 1 ? visibleText(context, last) : parts.map((part) => visibleText(context, part)).join('');
  // Nothing shows of a paragraph hidden with its mark; nothing is left of an empty one whose mark
  // was deleted (one with text joins the next paragraph, unless it is the last of its cell).
  if ((markHidden || last.markDeleted) && label === undefined && own === '') return undefined;
  const emphasis = body ? emphasisOf(context, parts) : undefined;
  return {
    parts,
    text: sourceText(label === undefined ? own : label + own),
    ...(label !== undefined ? { label } : {}),
    ...(emphasis ? { emphasis } : {}),
  };
};

const joinsNext = (record: ParagraphRecord): boolean => record.markDeleted || record.markInFieldCode;

const readParagraphs = (context: Context, records: readonly ParagraphRecord[], body: boolean): ReadParagraph[] => {
  const out: ReadParagraph[] = [];
  for (const parts of records.some(joinsNext) ? joinDeletedMarks(records) : records.map((record) => [record])) {
    const paragraph = readParagraph(context, parts, body);
    if (paragraph) out.push(paragraph);
  }
  return out;
};

/**
 * A row's cells as read: tracked cell deletions accepted; a w:hMerge restart and the continuing
 * cells right of it one cell over all their grid columns (their paragraphs together, as
 * LibreOffice keeps them); each with the grid column where it begins.
 */
const rowCells = (context: Context, row: RowRecord): { record: CellRecord; absorbed: CellRecord[]; column: number; columnSpan: number; paragraphs: ReadParagraph[] }[] => {
  const cells: { record: CellRecord; absorbed: CellRecord[]; column: number; columnSpan: number; paragraphs: ReadParagraph[] }[] = [];
  let column = row.gridBefore;
  for (const record of row.cells) {
    if (record.deleted) continue;
    const previous = cells[cells.length - 1];
    if (record.hMerge === 'continue' && previous && (previous.record.hMerge === 'restart' || previous.absorbed.length > 0)) {
      previous.absorbed.push(record);
      previous.columnSpan += record.gridSpan;
      previous.paragraphs.push(...readParagraphs(context, record.paragraphs, false).filter((p) => p.text.trim() !== ''));
    } else {
      cells.push({ record, absorbed: [], column, columnSpan: record.gridSpan, paragraphs: readParagraphs(context, record.paragraphs, false) });
    }
    column += record.gridSpan;
  }
  return cells;
};

/**
 * A table as read: rows deleted under track changes are gone; a cell merged down (w:vMerge
 * restart, then continue in the same grid column of the rows below) is one cell spanning those
 * rows, its continuations not listed (what they hold is not shown). A "continue" with nothing
 * above to continue stands as a cell of its own, as LibreOffice reads it.
 */
const readTable = (context: Context, table: TableRecord): ReadTable => {
  const live = table.rows.filter((row) => !row.deleted);
  const rows = live.map((row) => rowCells(context, row));
  const origins = rows.map(() => new Map<number, ReadCell>());
  const read: { record: RowRecord; cells: ReadCell[]; continued: ContinuedCell[] }[] = live.map((record) => ({ record, cells: [], continued: [] }));
  rows.forEach((cells, r) => {
    const target = read[r] as (typeof read)[number];
    for (const cell of cells) {
      const origin = origins[r]?.get(cell.column);
      if (cell.record.vMerge === 'continue' && origin) {
        target.continued.push({ record: cell.record, column: cell.column, origin });
        continue;
      }
      let rowSpan = 1;
      if (cell.record.vMerge !== 'none') {
        while (rows[r + rowSpan]?.some((next) => next.column === cell.column && next.record.vMerge === 'continue')) rowSpan += 1;
      }
      const readCell: ReadCell = { record: cell.record, absorbed: cell.absorbed, column: cell.column, columnSpan: cell.columnSpan, rowSpan, paragraphs: cell.paragraphs };
      for (let down = 1; down < rowSpan; down += 1) origins[r + down]?.set(cell.column, readCell);
      target.cells.push(readCell);
    }
  });
  return { record: table, rows: read };
};

const sourceTable = (table: ReadTable): Block => ({
  kind: 'table',
  rows: table.rows.map((row): SourceRow => ({
    ...(row.record.gridBefore > 0 ? { gridBefore: row.record.gridBefore } : {}),
    cells: row.cells.map((cell): SourceCell =>
      sourceCell(cell.paragraphs.length > 0 ? cell.paragraphs.map((p) => p.text) : [''], cell.columnSpan, cell.rowSpan),
    ),
  })),
});

/** Reads a parsed document.xml with its styles and numbering as Word shows it. */
export const readWordDocument = (word: WordDocument, styles: Styles, numbering: Numbering): ReadDocument => {
  const containers = bodyContainers(word);
  // Paragraphs whose deleted mark joins them to the next: once accepted, not list items of their own.
  const joined = new Set<ParagraphRecord>();
  const markJoined = (records: readonly ParagraphRecord[]): void => {
    if (records.some(joinsNext)) joinDeletedMarks(records).forEach((parts) => parts.slice(0, -1).forEach((p) => joined.add(p)));
  };
  for (const container of containers) {
    if (container.kind === 'paragraphs') markJoined(container.records);
    else container.table.rows.forEach((row) => row.cells.forEach((cell) => markJoined(cell.paragraphs)));
  }
  const counted = word.order.filter(({ paragraph, inDeletedRow, nested }) => !inDeletedRow && !joined.has(paragraph) && !(nested && paragraph.markDeleted));
  const found = listLabels(
    numbering,
    styles,
    counted.map(({ paragraph }) => ({ numPr: paragraph.numPr, style: styleOf(styles, paragraph) })),
  );
  const labels = new Map<ParagraphRecord, string>();
  counted.forEach(({ paragraph }, i) => {
    const label = found[i];
    if (label !== undefined) labels.set(paragraph, label);
  });
  const context: Context = { styles, labels, toggle: toggles(styles) };

  const blocks: ReadBlock[] = containers.flatMap((container): ReadBlock[] =>
    container.kind === 'table'
      ? [{ kind: 'table', table: readTable(context, container.table) }]
      : readParagraphs(context, container.records, true).map((paragraph) => ({ kind: 'paragraph', paragraph })),
  );
  return {
    blocks,
    pieces: (paragraph) => paragraph.parts.flatMap((part) => visiblePieces(context, part).map((piece): ReadPiece => ({ ...piece, paragraph: part }))),
    doc: {
      blocks: blocks.map((block) => (block.kind === 'table' ? sourceTable(block.table) : paragraphBlock(block.paragraph.text, block.paragraph.emphasis))),
      ...(word.tracked ? { trackedChanges: true } : {}),
    },
  };
};
