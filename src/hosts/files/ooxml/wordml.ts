/**
 * A streaming read of word/document.xml: the body-level tables (rows, cells, paragraphs' text)
 * and the body paragraphs around them, each with the string offsets of the XML that holds it, so
 * a writer can splice new XML in without re-serializing anything it does not touch.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FileError } from '../errors';

export const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Offsets into the XML string: `start` of the element's `<`, `end` just past its last `>`. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** Something in a run that the paragraph's text counts: a `w:t`, a tab, a line break. */
export interface TextPiece extends Span {
  readonly kind: 't' | 'tab' | 'br';
  /** The run holding it. */
  readonly run: number;
}

export interface RunRecord extends Span {
  readonly rPr?: Span;
  readonly bold: boolean;
}

export interface ParagraphRecord extends Span {
  /** Just past the `<w:p …>` start tag (equal to `end` for `<w:p/>`). */
  readonly openEnd: number;
  readonly text: string;
  readonly pPr?: Span;
  readonly runs: readonly RunRecord[];
  readonly pieces: readonly TextPiece[];
}

export type VMerge = 'none' | 'restart' | 'continue';

export interface CellRecord extends Span {
  readonly tcPr?: Span;
  readonly gridSpan: number;
  readonly gridSpanElement?: Span;
  readonly vMerge: VMerge;
  readonly paragraphs: readonly ParagraphRecord[];
}

export interface RowRecord extends Span {
  /** A row deleted as a tracked change: not part of the document as read. */
  readonly deleted: boolean;
  /** Empty grid columns before its first cell (w:gridBefore). */
  readonly gridBefore: number;
  readonly cells: readonly CellRecord[];
}

export interface TableRecord extends Span {
  /** Number of `w:gridCol` in the table's grid. */
  readonly gridColumns: number;
  readonly rows: readonly RowRecord[];
}

export interface BodyParagraph {
  readonly paragraph: ParagraphRecord;
  /** How many body-level tables come before it. */
  readonly tablesBefore: number;
}

export interface WordDocument {
  readonly xml: string;
  /** `"w:"` (or whatever the document binds the main namespace to) for element names we write. */
  readonly prefix: string;
  readonly tables: readonly TableRecord[];
  readonly paragraphs: readonly BodyParagraph[];
  /** The body holds tracked changes (insertions, deletions, moves). */
  readonly tracked: boolean;
}

const PART = 'word/document.xml';
const damaged = (why: string): FileError => new FileError('damaged', { kind: 'not-xml', part: PART }, why);
const dtd = (): FileError => new FileError('damaged', { kind: 'dtd', part: PART }, 'it declares a DTD or entities, which a Word document never does');

/**
 * Deepest element nesting read. Word documents nest a few dozen levels (a nested table adds about
 * five). saxes looks namespace prefixes up through every open element, so thousands of levels
 * make parsing quadratic (a 450 KB file took 20 s): deeper documents are refused as damaged.
 */
export const MAX_DEPTH = 1000;

/** Word's own limit on a table's columns ("Insert Table" allows 63). */
const MAX_GRID_SPAN = 63;

const ON = (value: string | undefined): boolean => value === undefined || !/^(false|0|off|none)$/i.test(value);

interface Open {
  readonly tag: SaxesTagNS;
  readonly w: boolean;
  readonly local: string;
  readonly start: number;
}

// Mutable records while parsing; frozen into the read-only shapes above.
interface Para {
  start: number;
  openEnd: number;
  text: string;
  pPr?: Span;
  runs: RunRecord[];
  pieces: TextPiece[];
}
interface Run {
  start: number;
  rPr?: Span;
  bold: boolean;
}
interface Cell {
  start: number;
  tcPr?: Span;
  gridSpan: number;
  gridSpanElement?: Span;
  vMerge: VMerge;
  paragraphs: ParagraphRecord[];
}
interface Row {
  start: number;
  deleted: boolean;
  gridBefore: number;
  cells: CellRecord[];
}
interface Table {
  start: number;
  gridColumns: number;
  rows: RowRecord[];
}

/**
 * Parses word/document.xml. Refuses a DTD (and so any entity declaration) and anything not
 * well-formed with FileError('damaged').
 */
export const parseDocumentXml = (xml: string): WordDocument => {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw dtd();

  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: Open[] = [];
  const tables: TableRecord[] = [];
  const paragraphs: BodyParagraph[] = [];
  let prefix: string | undefined;
  let pendingStart = 0;
  let tracked = false;

  let table: Table | undefined;
  let row: Row | undefined;
  let cell: Cell | undefined;
  let para: Para | undefined;
  let run: Run | undefined;
  let tText: { start: number } | undefined;
  /** Nested tables, text boxes, mc:Fallback: nothing inside is read. */
  let hidden = 0;
  /** Inside w:del / w:moveFrom: deleted text is not text. */
  let deleted = 0;
  /** Open complex fields: true while in the instruction part (before `separate`). */
  const fields: boolean[] = [];
  /** Tabs and breaks whose text was counted, waiting for their end offset. */
  const counted = new Set<Open>();

  const parent = (up = 1): Open | undefined => stack[stack.length - 1 - up];
  const isW = (open: Open | undefined, local: string): boolean => !!open && open.w && open.local === local;
  const attr = (tag: SaxesTagNS, local: string): string | undefined => {
    for (const a of Object.values(tag.attributes)) {
      if (a.local === local && (a.uri === W_TRANSITIONAL || a.uri === W_STRICT)) {
        return a.value;
      }
    }
    return undefined;
  };
  const inInstruction = (): boolean => fields.some((instruction) => instruction);

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
    const w = tag.uri === W_TRANSITIONAL || tag.uri === W_STRICT;
    const open: Open = { tag, w, local: tag.local, start: pendingStart };
    const up = stack[stack.length - 1];
    stack.push(open);
    const end = parser.position;

    if (!w) {
      if (tag.uri === MC && tag.local === 'Fallback') hidden += 1;
      return;
    }
    if (tag.local === 'body') prefix ??= tag.prefix ? `${tag.prefix}:` : '';
    if (tag.local === 'tbl') {
      if (table || hidden > 0) hidden += 1;
      else table = { start: open.start, gridColumns: 0, rows: [] };
      return;
    }
    if (tag.local === 'txbxContent') {
      hidden += 1;
      return;
    }
    if (hidden > 0) return;
    switch (tag.local) {
      case 'del':
      case 'moveFrom':
        if (isW(up, 'trPr') && row) row.deleted = true;
        deleted += 1;
        tracked = true;
        break;
      case 'ins':
      case 'moveTo':
        tracked = true;
        break;
      case 'gridBefore':
        if (row && isW(up, 'trPr')) row.gridBefore = Math.min(MAX_GRID_SPAN, Math.max(0, Number.parseInt(attr(tag, 'val') ?? '0', 10) || 0));
        break;
      case 'gridCol':
        if (table && !row && isW(up, 'tblGrid') && isW(parent(2), 'tbl')) table.gridColumns += 1;
        break;
      case 'tr':
        if (table) row = { start: open.start, deleted: false, gridBefore: 0, cells: [] };
        break;
      case 'tc':
        if (row) cell = { start: open.start, gridSpan: 1, vMerge: 'none', paragraphs: [] };
        break;
      case 'gridSpan':
        if (cell && isW(up, 'tcPr')) {
          // Word tables have at most 63 columns; a larger span only comes from a damaged file.
          cell.gridSpan = Math.min(MAX_GRID_SPAN, Math.max(1, Number.parseInt(attr(tag, 'val') ?? '1', 10) || 1));
        }
        break;
      case 'vMerge':
        if (cell && isW(up, 'tcPr')) cell.vMerge = attr(tag, 'val') === 'restart' ? 'restart' : 'continue';
        break;
      case 'p':
        para = { start: open.start, openEnd: end, text: '', runs: [], pieces: [] };
        break;
      case 'r':
        if (para) run = { start: open.start, bold: false };
        break;
      case 'b':
        if (run && isW(up, 'rPr') && isW(parent(2), 'r')) run.bold = ON(attr(tag, 'val'));
        break;
      case 'fldChar': {
        const type = attr(tag, 'fldCharType');
        if (type === 'begin') fields.push(true);
        else if (type === 'separate' && fields.length > 0) fields[fields.length - 1] = false;
        else if (type === 'end') fields.pop();
        break;
      }
      case 't':
        if (para && run && deleted === 0 && !inInstruction()) tText = { start: open.start };
        break;
      case 'tab':
      case 'br':
      case 'cr':
        if (para && run && isW(up, 'r') && deleted === 0 && !inInstruction()) {
          para.text += tag.local === 'tab' ? '\t' : '\n';
          counted.add(open);
        }
        break;
      case 'noBreakHyphen':
        if (para && run && isW(up, 'r') && deleted === 0 && !inInstruction()) para.text += '-';
        break;
      default:
        break;
    }
  });
  const onText = (text: string): void => {
    if (tText && para) para.text += text;
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    const open = stack.pop();
    const end = parser.position;
    if (!open) return;
    if (!open.w) {
      if (tag.uri === MC && tag.local === 'Fallback') hidden -= 1;
      return;
    }
    const span = { start: open.start, end };
    switch (open.local) {
      case 'tbl':
        if (hidden > 0) hidden -= 1;
        else if (table) {
          tables.push({ ...table, ...span });
          table = undefined;
        }
        return;
      case 'txbxContent':
        hidden -= 1;
        return;
      default:
        break;
    }
    if (hidden > 0) return;
    switch (open.local) {
      case 'del':
      case 'moveFrom':
        deleted -= 1;
        break;
      case 'tr':
        if (table && row) table.rows.push({ ...row, ...span });
        row = undefined;
        break;
      case 'tc':
        if (row && cell) row.cells.push({ ...cell, ...span });
        cell = undefined;
        break;
      case 'tcPr':
        if (cell && isW(stack[stack.length - 1], 'tc')) cell.tcPr = span;
        break;
      case 'gridSpan':
        if (cell && isW(stack[stack.length - 1], 'tcPr')) cell.gridSpanElement = span;
        break;
      case 'pPr':
        if (para && isW(stack[stack.length - 1], 'p')) para.pPr = span;
        break;
      case 'rPr':
        if (run && isW(stack[stack.length - 1], 'r')) run.rPr = span;
        break;
      case 't':
        if (tText && para) para.pieces.push({ kind: 't', ...span, run: para.runs.length });
        tText = undefined;
        break;
      case 'tab':
      case 'br':
      case 'cr':
        if (para && counted.delete(open)) para.pieces.push({ kind: open.local === 'tab' ? 'tab' : 'br', ...span, run: para.runs.length });
        break;
      case 'r':
        if (para && run) para.runs.push({ ...run, ...span });
        run = undefined;
        break;
      case 'p':
        if (para) {
          const record: ParagraphRecord = { ...para, ...span };
          if (cell) cell.paragraphs.push(record);
          else if (!table) paragraphs.push({ paragraph: record, tablesBefore: tables.length });
        }
        para = undefined;
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
  return { xml, prefix, tables, paragraphs, tracked };
};

/** Start offset of an element's closing tag, given its end. */
export const closingTagStart = (xml: string, end: number): number => xml.lastIndexOf('<', end - 1);
