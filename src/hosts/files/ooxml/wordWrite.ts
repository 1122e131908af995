/**
 * Writing edits into word/document.xml by splicing new XML in at the offsets the parser recorded:
 * every byte it does not have to change stays as it was. New rows and paragraphs copy the
 * document's own: a heading row copies a heading row already there, a heading paragraph the
 * properties of the document's heading paragraphs.
 */
import { sourceText } from '../../../core/text';
import { bottomUp, type Edit, type InsertHeadingEdit, type InsertHeadingParagraphEdit, type SetDateStampEdit } from '../../../core/edits';
import type { ReadBlock, ReadCell, ReadDocument, ReadParagraph, ReadRow, ReadTable } from './wordRead';
import { closingTagStart, type ParagraphRecord, type Span, type WordDocument } from './wordml';

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const tableAt = (blocks: readonly ReadBlock[], block: number): ReadTable | undefined => {
  const record = blocks[block];
  return record?.kind === 'table' ? record.table : undefined;
};

const paragraphAt = (blocks: readonly ReadBlock[], block: number): ReadParagraph | undefined => {
  const record = blocks[block];
  return record?.kind === 'paragraph' ? record.paragraph : undefined;
};

const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Run content for `text`: tabs and line breaks as their own elements, the rest as w:t. */
const runContent = (text: string, w: string): string =>
  text
    .split(/(\t|\r?\n)/)
    .filter((part) => part !== '')
    .map((part) =>
      part === '\t' ? `<${w}tab/>` : part === '\n' || part === '\r\n' ? `<${w}br/>` : `<${w}t xml:space="preserve">${escapeText(part)}</${w}t>`,
    )
    .join('');

/**
 * Strips from copied XML what must stay unique in a document or must not be copied: ids of
 * paragraphs, bookmarks, comment anchors, revision marks and the properties a revision recorded,
 * a section break a paragraph's properties may carry, and the repeat-as-header flag of a row.
 */
const cleanCopy = (xml: string): string =>
  xml
    .replace(/\s[\w-]+:(paraId|textId)="[^"]*"/g, '')
    .replace(/<([\w-]+:)?sectPr\b[\s\S]*?<\/\1sectPr>/g, '')
    .replace(/<([\w-]+:)?(bookmarkStart|bookmarkEnd|proofErr|commentRangeStart|commentRangeEnd|commentReference|permStart|permEnd)\b[^>]*\/>/g, '')
    .replace(/<([\w-]+:)?(rPrChange|pPrChange|trPrChange|tcPrChange)\b[\s\S]*?<\/\1\2>/g, '')
    .replace(/<([\w-]+:)?(ins|del|moveFrom|moveTo|tblHeader)\b[^>]*\/>/g, '');

const slice = (xml: string, span: Span | undefined): string => (span ? xml.slice(span.start, span.end) : '');

const lastPart = (paragraph: ReadParagraph): ParagraphRecord => paragraph.parts[paragraph.parts.length - 1] as ParagraphRecord;

/** The paragraph's start tag, opened (`<w:p/>` → `<w:p>`). */
const paragraphOpen = (xml: string, record: ParagraphRecord): string => xml.slice(record.start, record.openEnd).replace(/\s*\/>$/, '>');

/** The run properties of a paragraph's first run with visible text (its formatting is what a copy takes). */
const textRunProperties = (xml: string, read: ReadDocument, paragraph: ReadParagraph | undefined): string => {
  const pieces = paragraph ? read.pieces(paragraph) : [];
  const piece = pieces.find((p) => p.text.trim() !== '') ?? pieces[0];
  return piece ? slice(xml, piece.paragraph.runs[piece.run]?.rPr) : '';
};

/** The paragraph properties elements that come before w:numPr in CT_PPr. */
const BEFORE_NUMPR = /^(?:<([\w-]+:)?(pStyle|keepNext|keepLines|pageBreakBefore|framePr|widowControl)\b[^>]*?\/>)*/;

/** Paragraph properties without list membership: `w:numId 0` also stops numbering that comes with the style. */
const withoutNumbering = (pPr: string, w: string): string => {
  const open = /^<[^>]*?(\/?)>/.exec(pPr);
  if (!open) return `<${w}pPr><${w}numPr><${w}numId ${w}val="0"/></${w}numPr></${w}pPr>`;
  const head = open[0].replace(/\s*\/>$/, '>');
  const body = open[1] === '/' ? '' : pPr.slice(open[0].length, closingTagStart(pPr, pPr.length)).replace(/<([\w-]+:)?numPr\b[\s\S]*?<\/\1numPr>/g, '');
  const before = BEFORE_NUMPR.exec(body)?.[0] ?? '';
  return `${head}${before}<${w}numPr><${w}numId ${w}val="0"/></${w}numPr>${body.slice(before.length)}</${w}pPr>`;
};

/**
 * A paragraph that reads as `paragraph` does, written anew: its (last) paragraph properties, one
 * run with the formatting of its first visible text and its text as read. A list label becomes
 * literal text and the copy leaves the list, so the list's numbers after it do not move.
 */
const paragraphAsRead = (word: WordDocument, read: ReadDocument, paragraph: ReadParagraph): string => {
  const { xml, prefix: w } = word;
  const last = lastPart(paragraph);
  const pPr = slice(xml, last.pPr);
  const properties = paragraph.label !== undefined ? withoutNumbering(pPr, w) : pPr;
  const content = paragraph.text === '' ? '' : `<${w}r>${textRunProperties(xml, read, paragraph)}${runContent(paragraph.text, w)}</${w}r>`;
  return cleanCopy(`${paragraphOpen(xml, last)}${properties}${content}</${w}p>`);
};

const isBold = (cell: ReadCell): boolean => cell.record.paragraphs.some((p) => p.runs.some((run) => run.bold === true));

/** A heading row already in the document (one cell spanning its table's grid, bold): its XML is the model for new ones. */
const findHeadingTemplate = (blocks: readonly ReadBlock[], prefer: ReadTable): { table: ReadTable; row: ReadRow; cell: ReadCell } | undefined => {
  const tables = [prefer, ...blocks.flatMap((b) => (b.kind === 'table' && b.table !== prefer ? [b.table] : []))];
  for (const table of tables) {
    const grid = table.record.gridColumns;
    for (const row of table.rows) {
      const cell = row.cells.length === 1 && row.continued.length === 0 ? row.cells[0] : undefined;
      if (!cell || cell.record.vMerge !== 'none' || cell.absorbed.length > 0 || cell.record.paragraphs.length === 0) continue;
      const spans = grid > 1 ? cell.columnSpan === grid : cell.columnSpan > 1;
      if (spans && row.record.gridBefore === 0 && row.record.gridAfter === 0 && isBold(cell)) return { table, row, cell };
    }
  }
  return undefined;
};

const headingRowXml = (word: WordDocument, read: ReadDocument, table: ReadTable, text: string, span: number, near: ReadRow | undefined): string => {
  const { xml, prefix: w } = word;
  const content = runContent(text, w);
  const template = findHeadingTemplate(read.blocks, table);
  if (template) {
    const { row, cell } = template;
    const record = cell.record;
    const first = record.paragraphs[0] as ParagraphRecord;
    const last = record.paragraphs[record.paragraphs.length - 1] as ParagraphRecord;
    let head = xml.slice(row.record.start, first.start);
    if (record.gridSpanElement && record.gridSpan !== span) {
      const at = record.gridSpanElement.start - row.record.start;
      head = `${head.slice(0, at)}<${w}gridSpan ${w}val="${span}"/>${head.slice(record.gridSpanElement.end - row.record.start)}`;
    }
    const tail = xml.slice(last.end, row.record.end);
    const model = cell.paragraphs[0];
    const boldRun = first.runs.find((run) => run.bold === true);
    const paragraph = `${paragraphOpen(xml, first)}${slice(xml, first.pPr)}<${w}r>${boldRun ? slice(xml, boldRun.rPr) : textRunProperties(xml, read, model)}${content}</${w}r></${w}p>`;
    return cleanCopy(head + paragraph + tail);
  }
  // No heading to copy: a new row, with the cell and paragraph properties of a neighbouring row.
  const model = near?.cells[0]?.record;
  const tcPr = model?.tcPr
    ? slice(xml, model.tcPr)
        .replace(/<([\w-]+:)?(tcW|gridSpan|hMerge|vMerge|cellMerge|cellIns|cellDel)\b[^>]*\/>/g, '')
        .replace(/^(<[^>]*?)\/>$/, '$1></' + `${w}tcPr>`)
        .replace(/^(<[^>]*>(?:<([\w-]+:)?cnfStyle\b[^>]*\/>)?)/, `$1<${w}gridSpan ${w}val="${span}"/>`)
    : `<${w}tcPr><${w}gridSpan ${w}val="${span}"/></${w}tcPr>`;
  const pPr = slice(xml, model?.paragraphs[0]?.pPr);
  return cleanCopy(
    `<${w}tr><${w}tc>${tcPr}<${w}p>${pPr}<${w}r><${w}rPr><${w}b/><${w}bCs/></${w}rPr>${content}</${w}r></${w}p></${w}tc></${w}tr>`,
  );
};

/**
 * A heading row inserted above row `at` cuts every vertical merge that runs from above it into
 * it. So that the rows below keep reading as before (the measure under the new heading keeps its
 * trekker), the merge is split cleanly: each continuing cell in row `at` becomes the start of a
 * merge of its own (w:vMerge restart) holding a copy of the merged cell's text as read, and the
 * continuing cells below it now continue that one. The cell above keeps its text for its rows.
 */
const splitMergesAt = (word: WordDocument, read: ReadDocument, row: ReadRow): Splice[] => {
  const { xml, prefix: w } = word;
  return row.continued.flatMap(({ record, origin }) => {
    const copy = origin.paragraphs.length > 0 ? origin.paragraphs.map((p) => paragraphAsRead(word, read, p)).join('') : `<${w}p/>`;
    const first = record.paragraphs[0];
    const last = record.paragraphs[record.paragraphs.length - 1];
    const content: Splice = first && last ? { start: first.start, end: last.end, text: copy } : { start: closingTagStart(xml, record.end), end: closingTagStart(xml, record.end), text: copy };
    const mark = record.vMergeElement;
    const restart = `<${w}vMerge ${w}val="restart"/>`;
    // A merge made under track changes (w:cellMerge) has no w:vMerge to turn: add one.
    const merge: Splice = mark
      ? { start: mark.start, end: mark.end, text: restart }
      : record.tcPr
        ? { start: closingTagStart(xml, record.tcPr.end), end: closingTagStart(xml, record.tcPr.end), text: restart }
        : { start: record.start + xml.slice(record.start).indexOf('>') + 1, end: record.start + xml.slice(record.start).indexOf('>') + 1, text: `<${w}tcPr>${restart}</${w}tcPr>` };
    return [merge, content];
  });
};

const headingSplices = (word: WordDocument, read: ReadDocument, edits: readonly InsertHeadingEdit[]): Splice[] => {
  const inserts = new Map<number, string>();
  const splits: Splice[] = [];
  const split = new Set<ReadRow>();
  for (const edit of bottomUp(edits)) {
    const table = tableAt(read.blocks, edit.block);
    const rows = table?.rows ?? [];
    if (!table || edit.beforeRow < 0 || edit.beforeRow > rows.length) {
      throw new RangeError(`insertHeading: no row ${edit.beforeRow} in table block ${edit.block}`);
    }
    const before = rows[edit.beforeRow];
    const at = before?.record.outerStart ?? rows[rows.length - 1]?.record.outerEnd ?? closingTagStart(word.xml, table.record.end);
    const span = table.record.gridColumns > 0 ? table.record.gridColumns : edit.width;
    const near = before ?? rows[edit.beforeRow - 1];
    // Applied one after another, each insert before the same row lands above the previous one.
    inserts.set(at, headingRowXml(word, read, table, edit.text, span, near) + (inserts.get(at) ?? ''));
    if (before && !split.has(before)) {
      split.add(before);
      splits.push(...splitMergesAt(word, read, before));
    }
  }
  return [...[...inserts].map(([at, text]) => ({ start: at, end: at, text })), ...splits];
};

/** Where a block begins and ends, with the content controls and custom XML wrapped around it alone. */
const outerSpan = (block: ReadBlock): { outerStart: number; outerEnd: number } =>
  block.kind === 'table'
    ? block.table.record
    : { outerStart: (block.paragraph.parts[0] as ParagraphRecord).outerStart, outerEnd: lastPart(block.paragraph).outerEnd };

/** A heading paragraph copying the paragraph and run properties of the document's own heading paragraph `like`. */
const headingParagraphSplices = (word: WordDocument, read: ReadDocument, edit: InsertHeadingParagraphEdit): Splice[] => {
  const { xml, prefix: w } = word;
  const anchor = read.blocks[edit.anchor];
  const like = paragraphAt(read.blocks, edit.like);
  if (!anchor || !like) throw new RangeError(`insertHeadingParagraph: no block ${edit.anchor} or ${edit.like}`);
  const model = lastPart(like);
  const text = cleanCopy(`${paragraphOpen(xml, model)}${slice(xml, model.pPr)}<${w}r>${textRunProperties(xml, read, like)}${runContent(edit.text, w)}</${w}r></${w}p>`);
  const span = outerSpan(anchor);
  const at = edit.position === 'before' ? span.outerStart : span.outerEnd;
  return [{ start: at, end: at, text }];
};

const dateStampSplices = (word: WordDocument, read: ReadDocument, edit: SetDateStampEdit): Splice[] => {
  const { xml, prefix: w } = word;
  if (edit.block === undefined) {
    const last = tableAt(read.blocks, edit.afterBlock);
    if (!last) throw new RangeError('setDateStamp: the document has no table to put a date stamp after');
    return [{ start: last.record.outerEnd, end: last.record.outerEnd, text: `<${w}p><${w}r>${runContent(edit.text, w)}</${w}r></${w}p>` }];
  }
  const paragraph = paragraphAt(read.blocks, edit.block);
  if (!paragraph) throw new RangeError(`setDateStamp: no paragraph at block ${edit.block}`);
  // A list number drawn before the stamp stays; only the paragraph's own text is written.
  const label = paragraph.label === undefined ? '' : sourceText(paragraph.label);
  const content = runContent(label !== '' && edit.text.startsWith(label) ? edit.text.slice(label.length) : edit.text, w);
  const pieces = read.pieces(paragraph);
  const first = pieces.find((p) => p.kind === 't') ?? pieces[0];
  if (first) {
    // The first text keeps its run (and so its formatting) and takes the whole new text; the
    // rest of what was read goes. Hidden text is not read, so it stays as it was.
    const rest = pieces.filter((p) => p !== first);
    return [{ start: first.start, end: first.end, text: content }, ...rest.map((p) => ({ start: p.start, end: p.end, text: '' }))];
  }
  const last = lastPart(paragraph);
  if (last.openEnd === last.end) {
    return [{ start: last.start, end: last.end, text: `${paragraphOpen(xml, last)}<${w}r>${content}</${w}r></${w}p>` }];
  }
  const at = closingTagStart(xml, last.end);
  return [{ start: at, end: at, text: `<${w}r>${content}</${w}r>` }];
};

const splice = (xml: string, splices: readonly Splice[]): string => {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) throw new Error('overlapping edits in word/document.xml');
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
};

/** The XML of word/document.xml with `edits` written into it; `read` is the document as read. */
export const applyToDocumentXml = (word: WordDocument, read: ReadDocument, edits: readonly Edit[]): string => {
  const headings = edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading');
  const splices = [
    ...headingSplices(word, read, headings),
    ...edits.flatMap((e) =>
      e.kind === 'setDateStamp' ? dateStampSplices(word, read, e) : e.kind === 'insertHeadingParagraph' ? headingParagraphSplices(word, read, e) : [],
    ),
  ];
  return splices.length === 0 ? word.xml : splice(word.xml, splices);
};
