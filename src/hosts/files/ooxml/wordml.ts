/**
 * A streaming read of word/document.xml: the body's tables (rows, cells, paragraphs) and
 * paragraphs in document order, each with the string offsets of the XML that holds it, so a
 * writer can splice new XML in without re-serializing anything it does not touch. It records the
 * document as written (runs with their own properties, paragraph styles, list references, merge
 * and revision marks); `wordRead.ts` turns that into the document as Word shows it.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FileError } from '../errors';
import type { NumPr } from './styles';
import { intValue, isW, MAX_DEPTH, MC, onOff, wAttr } from './wordPart';

export { MAX_DEPTH, W_STRICT, W_TRANSITIONAL } from './wordPart';

/** Offsets into the XML string: `start` of the element's `<`, `end` just past its last `>`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A block or row with the offsets of the content controls and custom XML wrapped around it alone. */
export interface Wrapped extends Span {
  /** Where something inserted before it goes: before any wrapper it is the first content of. */
  readonly outerStart: number;
  /** Where something inserted after it goes: after any wrapper it is the last content of. */
  readonly outerEnd: number;
}

/**
 * Something in a run that the paragraph's text counts: a `w:t`, a tab, a line break, or a
 * character drawn by an element (non-breaking or soft hyphen, a symbol).
 */
export interface TextPiece extends Span {
  readonly kind: 't' | 'tab' | 'br' | 'char';
  /** Its text as read: '\t' for a tab, '\n' for a break. */
  readonly text: string;
  /** The run holding it (index into the paragraph's runs, once that run is closed). */
  readonly run: number;
}

export interface RunRecord extends Span {
  readonly rPr?: Span;
  /** `w:rStyle`: its character style. */
  readonly style?: string;
  /** Direct `w:b` / `w:vanish`: absent when the run does not set them itself. */
  readonly bold?: boolean;
  readonly vanish?: boolean;
}

export interface ParagraphRecord extends Wrapped {
  /** Just past the `<w:p …>` start tag (equal to `end` for `<w:p/>`). */
  readonly openEnd: number;
  readonly pPr?: Span;
  readonly style?: string;
  readonly numPr?: NumPr;
  /** A direct `w:outlineLvl`. */
  readonly outlineLevel?: number;
  /** The paragraph mark's own `w:vanish` (`w:pPr/w:rPr`): absent when it does not set it. */
  readonly markVanish?: boolean;
  /** The paragraph mark is deleted under track changes: accepted, the paragraph runs on into the next. */
  readonly markDeleted: boolean;
  /** The paragraph mark stands inside a field's instruction: Word shows the field's result, and the paragraph runs on into the next. */
  readonly markInFieldCode: boolean;
  readonly runs: readonly RunRecord[];
  readonly pieces: readonly TextPiece[];
}

export type Merge = 'none' | 'restart' | 'continue';

export interface CellRecord extends Span {
  readonly tcPr?: Span;
  readonly gridSpan: number;
  readonly gridSpanElement?: Span;
  readonly vMerge: Merge;
  readonly vMergeElement?: Span;
  /** Old Word's horizontal merge (`w:hMerge`): a restart and the continuing cells to its right are one cell. */
  readonly hMerge: Merge;
  /** Deleted as a tracked change (`w:cellDel`). */
  readonly deleted: boolean;
  readonly paragraphs: readonly ParagraphRecord[];
}

export interface RowRecord extends Wrapped {
  /** A row deleted as a tracked change: not part of the document as read. */
  readonly deleted: boolean;
  /** Empty grid columns before its first cell and after its last (w:gridBefore, w:gridAfter). */
  readonly gridBefore: number;
  readonly gridAfter: number;
  readonly cells: readonly CellRecord[];
}

export interface TableRecord extends Wrapped {
  /** Number of `w:gridCol` in the table's grid. */
  readonly gridColumns: number;
  readonly rows: readonly RowRecord[];
}

export type BodyBlock =
  | { readonly kind: 'table'; readonly table: TableRecord }
  | { readonly kind: 'paragraph'; readonly paragraph: ParagraphRecord };

/** A paragraph in document order, for list numbering (nested tables' paragraphs too). */
export interface ListedParagraph {
  readonly paragraph: ParagraphRecord;
  /** In a row deleted under track changes (at any depth): not counted. */
  readonly inDeletedRow: boolean;
  /** In a table inside a cell: counted for numbering, not read. */
  readonly nested: boolean;
}

export interface WordDocument {
  readonly xml: string;
  /** `"w:"` (or whatever the document binds the main namespace to) for element names we write. */
  readonly prefix: string;
  /** The body's tables and paragraphs in order. */
  readonly body: readonly BodyBlock[];
  /** Every paragraph of the main story in document order. */
  readonly order: readonly ListedParagraph[];
  /** The body holds tracked changes (insertions, deletions, moves, formatting changes). */
  readonly tracked: boolean;
}

const PART = 'word/document.xml';
const damaged = (why: string): FileError => new FileError('damaged', { kind: 'not-xml', part: PART }, why);
const dtd = (): FileError => new FileError('damaged', { kind: 'dtd', part: PART }, 'it declares a DTD or entities, which a Word document never does');

/** Word's own limit on a table's columns ("Insert Table" allows 63). */
const MAX_GRID_SPAN = 63;

/** Every element that marks a tracked change. */
const REVISIONS = new Set([
  'ins', 'del', 'moveFrom', 'moveTo', 'cellIns', 'cellDel', 'cellMerge', 'rPrChange', 'pPrChange', 'tblPrChange',
  'trPrChange', 'tcPrChange', 'sectPrChange', 'tblGridChange', 'numberingChange',
]);

/** Elements that wrap whole blocks or rows and are seen through: content controls, custom XML. */
const WRAPPERS = new Set(['sdt', 'customXml']);

/**
 * A symbol (`w:sym`) or a symbol-font character in text: codes U+F000–U+F0FF are a symbol font's
 * pictures (bullets, arrows, check marks), no letters; they read as a space, so they still part
 * the words around them. LibreOffice writes a `w:sym` back as such a character in `w:t`.
 */
const SYMBOL_FONT_CHARS = /[\uF000-\uF0FF]/g;
export const symbolText = (code: string | undefined): string => {
  const n = code !== undefined && /^[0-9a-f]{1,6}$/i.test(code) ? Number.parseInt(code, 16) : NaN;
  if (!Number.isFinite(n) || n < 0x20 || n > 0x10ffff || (n >= 0xd800 && n <= 0xdfff) || (n >= 0xf000 && n <= 0xf0ff)) return ' ';
  return String.fromCodePoint(n);
};

interface Frame {
  readonly start: number;
  readonly level: 'body' | 'rows';
  first?: MutableWrapped;
  last?: MutableWrapped;
}

interface MutableWrapped {
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
}

interface Open {
  readonly tag: SaxesTagNS;
  readonly w: boolean;
  readonly local: string;
  readonly start: number;
  /** What closing this element must undo or finish. */
  role?: 'story' | 'nestedTable' | 'table' | 'row' | 'nestedRow' | 'cell' | 'paragraph' | 'run' | 'text' | 'piece';
  deleted?: boolean;
  placeholderContent?: boolean;
  frame?: Frame;
  sdt?: { placeholder: boolean };
  piece?: { kind: TextPiece['kind']; text: string };
}

// Mutable records while parsing; frozen into the read-only shapes above.
interface Para {
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
  openEnd: number;
  pPr?: Span;
  style?: string;
  numId?: number;
  ilvl?: number;
  outlineLevel?: number;
  markVanish?: boolean;
  markDeleted: boolean;
  markInFieldCode: boolean;
  runs: RunRecord[];
  pieces: TextPiece[];
}
interface Run {
  start: number;
  rPr?: Span;
  style?: string;
  bold?: boolean;
  vanish?: boolean;
}
interface Cell {
  start: number;
  tcPr?: Span;
  gridSpan: number;
  gridSpanElement?: Span;
  vMerge: Merge;
  vMergeElement?: Span;
  hMerge: Merge;
  deleted: boolean;
  paragraphs: ParagraphRecord[];
}
interface Row {
  start: number;
  deleted: boolean;
  gridBefore: number;
  gridAfter: number;
  cells: CellRecord[];
}
interface Table {
  start: number;
  gridColumns: number;
  rows: RowRecord[];
}

/** The paragraph as recorded: its list reference gathered into one w:numPr (the record itself, no copy). */
const frozenParagraph = (para: Para): ParagraphRecord => {
  const record = para as Para & { numPr?: NumPr };
  if (para.numId !== undefined || para.ilvl !== undefined) {
    record.numPr = { ...(para.numId !== undefined ? { numId: para.numId } : {}), ...(para.ilvl !== undefined ? { ilvl: para.ilvl } : {}) };
  }
  return record;
};

/**
 * Parses word/document.xml. Refuses a DTD (and so any entity declaration), nesting deeper than
 * MAX_DEPTH and anything not well-formed with FileError('damaged').
 */
export const parseDocumentXml = (xml: string): WordDocument => {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw dtd();

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Open[] = [];
  const body: BodyBlock[] = [];
  const order: ListedParagraph[] = [];
  const frames: Frame[] = [];
  /** Per open row at any depth: whether it is deleted. */
  const rowDeleted: boolean[] = [];
  let prefix: string | undefined;
  let pendingStart = 0;
  let tracked = false;

  let table: Table | undefined;
  let row: Row | undefined;
  let cell: Cell | undefined;
  let para: Para | undefined;
  let run: Run | undefined;
  let text: { start: number; text: string } | undefined;
  /** Text boxes, mc:Fallback, ruby annotations: nothing inside is read. */
  let story = 0;
  /** Tables inside a cell: only their paragraphs' list references are read. */
  let nested = 0;
  /** Inside w:del / w:moveFrom: deleted text is not text. */
  let deleted = 0;
  /** Inside a content control that shows its placeholder ("Klik of tik om tekst in te voeren"): no text. */
  let placeholder = 0;
  /** Open complex fields: true while in the instruction part (before `separate`). */
  const fields: boolean[] = [];

  const parent = (up = 1): Open | undefined => stack[stack.length - 1 - up];
  const isWAt = (open: Open | undefined, local: string): boolean => !!open && open.w && open.local === local;
  const attr = wAttr;
  const readable = (): boolean => deleted === 0 && placeholder === 0 && nested === 0 && story === 0 && !fields.some((instruction) => instruction);
  const inDeletedRow = (): boolean => rowDeleted.some((d) => d);

  /** A body block or row is complete: the innermost frame of its level learns of it. */
  const wrappedDone = (record: MutableWrapped, level: Frame['level']): void => {
    const top = frames[frames.length - 1];
    if (top && top.level === level) {
      top.first ??= record;
      top.last = record;
    }
  };

  parser.on('doctype', () => {
    throw dtd();
  });
  parser.on('opentagstart', () => {
    if (stack.length >= MAX_DEPTH) {
      throw new FileError('damaged', { kind: 'too-deep', part: PART, depth: MAX_DEPTH }, `elements are nested more than ${MAX_DEPTH} deep`);
    }
    pendingStart = xml.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    const w = isW(tag.uri);
    const open: Open = { tag, w, local: tag.local, start: pendingStart };
    const up = stack[stack.length - 1];
    stack.push(open);
    const end = parser.position;

    if (!w) {
      if (tag.uri === MC && tag.local === 'Fallback') {
        open.role = 'story';
        story += 1;
      }
      return;
    }
    const local = tag.local;
    if (REVISIONS.has(local)) tracked = true;
    if (local === 'body') prefix ??= tag.prefix ? `${tag.prefix}:` : '';
    if (local === 'txbxContent' || local === 'rt') {
      open.role = 'story';
      story += 1;
      return;
    }
    if (story > 0) return;

    switch (local) {
      case 'tbl':
        if (table) {
          open.role = 'nestedTable';
          nested += 1;
        } else {
          open.role = 'table';
          table = { start: open.start, gridColumns: 0, rows: [] };
        }
        return;
      case 'tr':
        if (nested > 0 || !table) {
          open.role = 'nestedRow';
          rowDeleted.push(false);
        } else {
          open.role = 'row';
          row = { start: open.start, deleted: false, gridBefore: 0, gridAfter: 0, cells: [] };
          rowDeleted.push(false);
        }
        return;
      case 'del':
      case 'moveFrom':
        open.deleted = true;
        deleted += 1;
        if (isWAt(up, 'trPr')) {
          rowDeleted[rowDeleted.length - 1] = true;
          if (row && nested === 0 && isWAt(parent(2), 'tr')) row.deleted = true;
        } else if (para && isWAt(up, 'rPr') && isWAt(parent(2), 'pPr') && isWAt(parent(3), 'p')) {
          para.markDeleted = true;
        }
        return;
      case 'p':
        para = { start: open.start, end: open.start, outerStart: open.start, outerEnd: open.start, openEnd: end, markDeleted: false, markInFieldCode: false, runs: [], pieces: [] };
        open.role = 'paragraph';
        return;
      case 'pStyle':
        if (para && isWAt(up, 'pPr') && isWAt(parent(2), 'p')) para.style = attr(tag, 'val');
        return;
      case 'outlineLvl':
        if (para && isWAt(up, 'pPr') && isWAt(parent(2), 'p')) para.outlineLevel = intValue(attr(tag, 'val'), 0, 9);
        return;
      case 'numId':
      case 'ilvl':
        if (para && isWAt(up, 'numPr') && isWAt(parent(2), 'pPr') && isWAt(parent(3), 'p')) {
          if (local === 'numId') para.numId = intValue(attr(tag, 'val'), 0, 2 ** 31 - 1);
          else para.ilvl = intValue(attr(tag, 'val'), 0, 8);
        }
        return;
      default:
        break;
    }
    if (nested > 0) return;

    if (local === 'sdt') open.sdt = { placeholder: false };
    if (WRAPPERS.has(local) && !para) {
      // A content control or custom XML element around whole blocks, or around rows.
      const level = !table ? 'body' : !row ? 'rows' : undefined;
      if (level) {
        open.frame = { start: open.start, level };
        frames.push(open.frame);
      }
    }
    switch (local) {
      case 'showingPlcHdr':
        if (isWAt(up, 'sdtPr') && onOff(attr(tag, 'val'))) {
          const sdt = parent(2)?.sdt;
          if (sdt) sdt.placeholder = true;
        }
        break;
      case 'sdtContent':
        if (up?.sdt?.placeholder) {
          open.placeholderContent = true;
          placeholder += 1;
        }
        break;
      case 'gridBefore':
      case 'gridAfter':
        if (row && isWAt(up, 'trPr') && isWAt(parent(2), 'tr')) {
          const n = intValue(attr(tag, 'val'), 0, MAX_GRID_SPAN) ?? 0;
          if (local === 'gridBefore') row.gridBefore = n;
          else row.gridAfter = n;
        }
        break;
      case 'gridCol':
        if (table && !row && isWAt(up, 'tblGrid') && isWAt(parent(2), 'tbl')) table.gridColumns += 1;
        break;
      case 'tc':
        if (row) {
          cell = { start: open.start, gridSpan: 1, vMerge: 'none', hMerge: 'none', deleted: false, paragraphs: [] };
          open.role = 'cell';
        }
        break;
      case 'gridSpan':
        // Word tables have at most 63 columns; a larger span only comes from a damaged file.
        if (cell && isWAt(up, 'tcPr') && isWAt(parent(2), 'tc')) cell.gridSpan = intValue(attr(tag, 'val'), 1, MAX_GRID_SPAN) ?? 1;
        break;
      case 'vMerge':
      case 'hMerge':
        // ST_Merge: without a value, "continue".
        if (cell && isWAt(up, 'tcPr') && isWAt(parent(2), 'tc')) cell[local] = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'cellMerge':
        // A vertical merge made under track changes; accepted, the cells are merged.
        if (cell && isWAt(up, 'tcPr')) {
          const merge = attr(tag, 'vMerge');
          if (merge === 'rest' || merge === 'restart') cell.vMerge = 'restart';
          else if (merge === 'cont' || merge === 'continue') cell.vMerge = 'continue';
        }
        break;
      case 'cellDel':
        if (cell && isWAt(up, 'tcPr')) cell.deleted = true;
        break;
      case 'vanish':
      case 'specVanish':
        if (para && isWAt(up, 'rPr') && isWAt(parent(2), 'pPr') && isWAt(parent(3), 'p')) para.markVanish = onOff(attr(tag, 'val'));
        else if (run && isWAt(up, 'rPr') && isWAt(parent(2), 'r')) run.vanish = onOff(attr(tag, 'val'));
        break;
      case 'r':
        if (para) {
          run = { start: open.start };
          open.role = 'run';
        }
        break;
      case 'rStyle':
        if (run && isWAt(up, 'rPr') && isWAt(parent(2), 'r')) run.style = attr(tag, 'val');
        break;
      case 'b':
        if (run && isWAt(up, 'rPr') && isWAt(parent(2), 'r')) run.bold = onOff(attr(tag, 'val'));
        break;
      case 'fldChar': {
        const type = attr(tag, 'fldCharType');
        if (type === 'begin') fields.push(true);
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = false;
        else if (type === 'end') fields.pop();
        break;
      }
      case 't':
        if (para && run && isWAt(up, 'r') && readable()) {
          text = { start: open.start, text: '' };
          open.role = 'text';
        }
        break;
      case 'tab':
      case 'ptab':
      case 'br':
      case 'cr':
      case 'noBreakHyphen':
      case 'softHyphen':
      case 'sym':
        if (para && run && isWAt(up, 'r') && readable()) {
          open.role = 'piece';
          open.piece =
            local === 'tab' || local === 'ptab'
              ? { kind: 'tab', text: '\t' }
              : local === 'br' || local === 'cr'
                ? { kind: 'br', text: '\n' }
                : { kind: 'char', text: local === 'noBreakHyphen' ? '\u2011' : local === 'softHyphen' ? '\u00AD' : symbolText(attr(tag, 'char')) };
        }
        break;
      default:
        break;
    }
  });
  const onText = (chunk: string): void => {
    if (text) text.text += chunk;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', () => {
    const open = stack.pop();
    const end = parser.position;
    if (!open) return;
    const span = { start: open.start, end };
    if (open.deleted) deleted -= 1;
    if (open.placeholderContent) placeholder -= 1;
    if (open.frame) {
      const frame = open.frame;
      frames.pop();
      if (frame.first) frame.first.outerStart = frame.start;
      if (frame.last) frame.last.outerEnd = end;
      const outer = frames[frames.length - 1];
      if (outer && outer.level === frame.level && frame.first && frame.last) {
        outer.first ??= frame.first;
        outer.last = frame.last;
      }
    }
    switch (open.role) {
      case 'story':
        story -= 1;
        return;
      case 'nestedTable':
        nested -= 1;
        return;
      case 'nestedRow':
        rowDeleted.pop();
        return;
      case 'table':
        if (table) {
          const record: TableRecord & MutableWrapped = { ...table, ...span, outerStart: span.start, outerEnd: end };
          body.push({ kind: 'table', table: record });
          wrappedDone(record, 'body');
        }
        table = undefined;
        return;
      case 'row':
        if (table && row) {
          const record: RowRecord & MutableWrapped = { ...row, ...span, outerStart: span.start, outerEnd: end };
          table.rows.push(record);
          wrappedDone(record, 'rows');
        }
        row = undefined;
        rowDeleted.pop();
        return;
      case 'cell':
        if (row && cell) row.cells.push({ ...cell, ...span });
        cell = undefined;
        return;
      case 'paragraph':
        if (para) {
          para.end = end;
          para.markInFieldCode = fields.some((instruction) => instruction);
          para.outerStart = span.start;
          para.outerEnd = end;
          const record = frozenParagraph(para) as ParagraphRecord & MutableWrapped;
          order.push({ paragraph: record, inDeletedRow: inDeletedRow(), nested: nested > 0 });
          if (nested === 0) {
            if (cell) cell.paragraphs.push(record);
            else if (!table) {
              body.push({ kind: 'paragraph', paragraph: record });
              wrappedDone(record, 'body');
            }
          }
        }
        para = undefined;
        return;
      case 'run':
        if (para && run) para.runs.push({ ...run, ...span });
        run = undefined;
        return;
      case 'text':
        if (text && para) para.pieces.push({ kind: 't', ...span, text: text.text.replace(SYMBOL_FONT_CHARS, ' '), run: para.runs.length });
        text = undefined;
        return;
      case 'piece':
        if (para && open.piece) para.pieces.push({ ...open.piece, ...span, run: para.runs.length });
        return;
      default:
        break;
    }
    if (!open.w || story > 0 || nested > 0) return;
    const up = stack[stack.length - 1];
    switch (open.local) {
      case 'tcPr':
        if (cell && isWAt(up, 'tc')) cell.tcPr = span;
        break;
      case 'gridSpan':
        if (cell && isWAt(up, 'tcPr')) cell.gridSpanElement = span;
        break;
      case 'vMerge':
        if (cell && isWAt(up, 'tcPr')) cell.vMergeElement = span;
        break;
      case 'pPr':
        if (para && isWAt(up, 'p')) para.pPr = span;
        break;
      case 'rPr':
        if (run && isWAt(up, 'r')) run.rPr = span;
        break;
      default:
        break;
    }
  });

  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw damaged(`not well-formed XML (${(error as Error).message.split('\n')[0]})`);
  }
  if (prefix === undefined) throw new FileError('damaged', { kind: 'missing-part', part: `${PART} <w:body>` }, 'no document body');
  return { xml, prefix, body, order, tracked };
};

/** Start offset of an element's closing tag, given its end. */
export const closingTagStart = (xml: string, end: number): number => xml.lastIndexOf('<', end - 1);
