/**
 * The .docx file host: reads the status table out of a Word file and writes heading rows and the
 * date stamp back into a copy of it. Writing splices new XML into word/document.xml at offsets
 * the parser recorded: every byte it does not change stays as it was, and so does every other
 * entry of the package.
 */
import { SaxesParser } from 'saxes';
import type { CellText, RawDocument, RawRow, RawTable } from '../../core/document';
import { bottomUp, type Edit, type InsertHeadingEdit, type SetDateStampEdit } from '../../core/edits';
import { FileError } from './errors';
import { findEntry, readEntry, readZip, replaceEntry, type Zip } from './ooxml/zip';
import {
  closingTagStart,
  parseDocumentXml,
  type CellRecord,
  type ParagraphRecord,
  type RowRecord,
  type TableRecord,
  type WordDocument,
} from './ooxml/wordml';
import { MAX_FILE_BYTES, type OpenFile, type StatusFile } from './types';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const RELS_LIMIT = 1024 * 1024;

/** Where the package's main part is, from _rels/.rels (word/document.xml in every Word file). */
const mainPartName = (zip: Zip): string | undefined => {
  const rels = findEntry(zip, '_rels/.rels');
  if (!rels) return undefined;
  const xml = decode(readEntry(zip, rels, RELS_LIMIT), '_rels/.rels').text;
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new FileError('damaged', 'The file is damaged: _rels/.rels declares a DTD.');
  let target: string | undefined;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const type = tag.attributes.Type;
    const to = tag.attributes.Target;
    if (tag.name === 'Relationship' && typeof type === 'string' && OFFICE_DOCUMENT.test(type) && typeof to === 'string') {
      target ??= to.replace(/^\//, '');
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    throw new FileError('damaged', 'The file is damaged: _rels/.rels is not well-formed XML.');
  }
  return target;
};

const BOM = '\uFEFF';

const decode = (bytes: Uint8Array, name: string): { text: string; bom: boolean } => {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), bom };
  } catch {
    throw new FileError('damaged', `The file is damaged: ${name} is not UTF-8 text.`);
  }
};

const notWord = (zip: Zip, main: string | undefined): FileError => {
  const excel = (main ?? '').startsWith('xl/') || !!findEntry(zip, 'xl/workbook.xml');
  const powerpoint = (main ?? '').startsWith('ppt/') || !!findEntry(zip, 'ppt/presentation.xml');
  const what = excel ? 'an Excel workbook' : powerpoint ? 'a PowerPoint presentation' : 'an Office package without a document';
  return new FileError('unsupported-type', `This file is ${what}, not a Word document (.docx).`);
};

const cellText = (cell: CellRecord): CellText =>
  cell.vMerge === 'continue' ? [''] : cell.paragraphs.length > 0 ? cell.paragraphs.map((p) => p.text) : [''];

const liveRows = (table: TableRecord): RowRecord[] => table.rows.filter((row) => !row.deleted);

/** The document as read: body tables (rows as in the XML, merged rows with one cell) and the paragraphs around them. */
export const rawDocumentOf = (word: WordDocument): RawDocument => {
  const tables: RawTable[] = word.tables.map((table) => liveRows(table).map((row): RawRow => row.cells.map(cellText)));
  const count = word.tables.length;
  const before = word.paragraphs.filter((p) => p.tablesBefore === 0).map((p) => p.paragraph.text);
  const after = count === 0 ? [] : word.paragraphs.filter((p) => p.tablesBefore === count).map((p) => p.paragraph.text);
  return { before, tables, after };
};

const afterParagraphs = (word: WordDocument): ParagraphRecord[] => {
  const count = word.tables.length;
  return count === 0 ? [] : word.paragraphs.filter((p) => p.tablesBefore === count).map((p) => p.paragraph);
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

/** Strips what must stay unique in a document (ids of paragraphs, bookmarks, revisions) from copied XML. */
const cleanCopy = (xml: string): string =>
  xml
    .replace(/\s[\w-]+:(paraId|textId)="[^"]*"/g, '')
    .replace(/<([\w-]+:)?(bookmarkStart|bookmarkEnd|proofErr|commentRangeStart|commentRangeEnd|permStart|permEnd)\b[^>]*\/>/g, '')
    .replace(/<([\w-]+:)?(rPrChange|pPrChange|trPrChange|tcPrChange)\b[\s\S]*?<\/\1\2>/g, '')
    .replace(/<([\w-]+:)?(ins|del|moveFrom|moveTo|tblHeader)\b[^>]*\/>/g, '');

const bold = (cell: CellRecord) => cell.paragraphs.flatMap((p) => p.runs).find((run) => run.bold);

/** A heading row already in the document (one cell spanning its table's grid, bold): its XML is the model for new ones. */
const findHeadingTemplate = (word: WordDocument, prefer: TableRecord): { table: TableRecord; row: RowRecord } | undefined => {
  const tables = [prefer, ...word.tables.filter((t) => t !== prefer)];
  for (const table of tables) {
    for (const row of liveRows(table)) {
      const only = row.cells.length === 1 ? row.cells[0] : undefined;
      if (!only || only.vMerge === 'continue' || only.paragraphs.length === 0) continue;
      const spans = table.gridColumns > 1 ? only.gridSpan === table.gridColumns : only.gridSpan > 1;
      if (spans && bold(only)) return { table, row };
    }
  }
  return undefined;
};

const slice = (xml: string, span: { start: number; end: number } | undefined): string =>
  span ? xml.slice(span.start, span.end) : '';

const headingRowXml = (word: WordDocument, table: TableRecord, text: string, span: number, near: RowRecord | undefined): string => {
  const { xml, prefix: w } = word;
  const content = runContent(text, w);
  const template = findHeadingTemplate(word, table);
  if (template) {
    const { row } = template;
    const cell = row.cells[0] as CellRecord;
    const first = cell.paragraphs[0] as ParagraphRecord;
    const last = cell.paragraphs[cell.paragraphs.length - 1] as ParagraphRecord;
    let head = xml.slice(row.start, first.start);
    if (cell.gridSpanElement && cell.gridSpan !== span) {
      const at = cell.gridSpanElement.start - row.start;
      head = `${head.slice(0, at)}<${w}gridSpan ${w}val="${span}"/>${head.slice(cell.gridSpanElement.end - row.start)}`;
    }
    const tail = xml.slice(last.end, row.end);
    const pOpen = xml.slice(first.start, first.openEnd).replace(/\/>$/, '>');
    const run = bold(cell);
    const paragraph = `${pOpen}${slice(xml, first.pPr)}<${w}r>${slice(xml, run?.rPr)}${content}</${w}r></${w}p>`;
    return cleanCopy(head + paragraph + tail);
  }
  // No heading to copy: a new row, with the cell and paragraph properties of a neighbouring row.
  const model = near?.cells[0];
  const tcPr = model?.tcPr
    ? slice(xml, model.tcPr)
        .replace(/<([\w-]+:)?(tcW|gridSpan|hMerge|vMerge)\b[^>]*\/>/g, '')
        .replace(/^(<[^>]*?)\/>$/, '$1></' + `${w}tcPr>`)
        .replace(/^(<[^>]*>(?:<([\w-]+:)?cnfStyle\b[^>]*\/>)?)/, `$1<${w}gridSpan ${w}val="${span}"/>`)
    : `<${w}tcPr><${w}gridSpan ${w}val="${span}"/></${w}tcPr>`;
  const pPr = slice(xml, model?.paragraphs[0]?.pPr);
  return cleanCopy(
    `<${w}tr><${w}tc>${tcPr}<${w}p>${pPr}<${w}r><${w}rPr><${w}b/><${w}bCs/></${w}rPr>${content}</${w}r></${w}p></${w}tc></${w}tr>`,
  );
};

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const headingSplices = (word: WordDocument, edits: readonly InsertHeadingEdit[]): Splice[] => {
  const inserts = new Map<number, string>();
  for (const edit of bottomUp(edits)) {
    const table = word.tables[edit.table];
    const rows = table ? liveRows(table) : [];
    if (!table || edit.beforeRow < 0 || edit.beforeRow > rows.length) {
      throw new RangeError(`insertHeading: no row ${edit.beforeRow} in table ${edit.table}`);
    }
    const at = rows[edit.beforeRow]?.start ?? rows[rows.length - 1]?.end ?? closingTagStart(word.xml, table.end);
    const span = table.gridColumns > 0 ? table.gridColumns : edit.width;
    const near = rows[edit.beforeRow] ?? rows[edit.beforeRow - 1];
    // Applied one after another, each insert before the same row lands above the previous one.
    inserts.set(at, headingRowXml(word, table, edit.text, span, near) + (inserts.get(at) ?? ''));
  }
  return [...inserts].map(([at, text]) => ({ start: at, end: at, text }));
};

const dateStampSplices = (word: WordDocument, edit: SetDateStampEdit): Splice[] => {
  const { xml, prefix: w } = word;
  const content = runContent(edit.text, w);
  if (edit.index === undefined) {
    const last = word.tables[word.tables.length - 1];
    if (!last) throw new RangeError('setDateStamp: the document has no table to put a date stamp after');
    return [{ start: last.end, end: last.end, text: `<${w}p><${w}r>${content}</${w}r></${w}p>` }];
  }
  const paragraph = afterParagraphs(word)[edit.index];
  if (!paragraph) throw new RangeError(`setDateStamp: no paragraph ${edit.index} after the table`);
  const first = paragraph.pieces.find((p) => p.kind === 't') ?? paragraph.pieces[0];
  const rest = paragraph.pieces.filter((p) => p !== first);
  if (first) {
    // The first text keeps its run (and so its formatting) and takes the whole new text.
    return [{ start: first.start, end: first.end, text: content }, ...rest.map((p) => ({ start: p.start, end: p.end, text: '' }))];
  }
  if (paragraph.openEnd === paragraph.end) {
    const open = xml.slice(paragraph.start, paragraph.end).replace(/\s*\/>$/, '>');
    return [{ start: paragraph.start, end: paragraph.end, text: `${open}<${w}r>${content}</${w}r></${w}p>` }];
  }
  const at = closingTagStart(xml, paragraph.end);
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

/** The XML of word/document.xml with `edits` written into it. */
export const applyToDocumentXml = (word: WordDocument, edits: readonly Edit[]): string => {
  const headings = edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading');
  const stamps = edits.filter((e): e is SetDateStampEdit => e.kind === 'setDateStamp');
  const splices = [...headingSplices(word, headings), ...stamps.flatMap((e) => dateStampSplices(word, e))];
  return splices.length === 0 ? word.xml : splice(word.xml, splices);
};

/** Opens a .docx: FileError for anything that is not a readable Word document. */
export const openDocx: OpenFile = async (bytes: Uint8Array): Promise<StatusFile> => {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new FileError('too-large', `The file is too large (${bytes.length} bytes; at most ${MAX_FILE_BYTES}).`);
  }
  const zip = readZip(bytes);
  const main = mainPartName(zip);
  const part = (main ? findEntry(zip, main) : undefined) ?? findEntry(zip, 'word/document.xml');
  if (!part || /^(xl|ppt)\//.test(main ?? '')) throw notWord(zip, main);
  const { text: xml, bom } = decode(readEntry(zip, part), part.name);
  const word = parseDocumentXml(xml);
  const doc = rawDocumentOf(word);

  return {
    doc,
    apply: async (edits: readonly Edit[]): Promise<Uint8Array> => {
      const next = applyToDocumentXml(word, edits);
      if (next === xml) return bytes.slice();
      // What we wrote must read back: a bug here must not hand out a broken document.
      parseDocumentXml(next);
      const encoded = new TextEncoder().encode(bom ? BOM + next : next);
      return replaceEntry(zip, part.name, encoded);
    },
  };
};
