/**
 * The .docx file host: reads the status table out of a Word file and writes heading rows and the
 * date stamp back into a copy of it. Writing splices new XML into word/document.xml at offsets
 * the parser recorded: every byte it does not change stays as it was, and so does every other
 * entry of the package.
 */
import { SaxesParser } from 'saxes';
import { paragraph as paragraphBlock, sourceCell, type Block, type SourceCell, type SourceDocument, type SourceTable } from '../../core/document';
import { bottomUp, type Edit, type InsertHeadingEdit, type InsertHeadingParagraphEdit, type SetDateStampEdit } from '../../core/edits';
import { placeDocxComments } from './docxComments';
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
import { MAX_FILE_BYTES, type StatusFile } from './types';

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

const liveRows = (table: TableRecord): RowRecord[] => table.rows.filter((row) => !row.deleted);

/** Each cell of a row with the grid column where it begins. */
const placed = (row: RowRecord): { cell: CellRecord; column: number }[] => {
  let column = row.gridBefore;
  return row.cells.map((cell) => {
    const at = column;
    column += cell.gridSpan;
    return { cell, column: at };
  });
};

/**
 * A table as core reads it: a cell merged down (w:vMerge restart, then continue in the same grid
 * column of the rows below) is one cell spanning those rows; the continuing cells are not listed.
 * A "continue" with nothing to continue stands as a cell of its own.
 */
const sourceTableOf = (table: TableRecord): SourceTable => {
  const live = liveRows(table);
  const rows = live.map(placed);
  const covered = rows.map(() => new Set<number>());
  const spans = new Map<CellRecord, number>();
  rows.forEach((cells, r) => {
    cells.forEach(({ cell, column }) => {
      if (cell.vMerge === 'continue' && covered[r]?.has(column)) return;
      let down = 1;
      if (cell.vMerge !== 'none') {
        while (rows[r + down]?.some((next) => next.column === column && next.cell.vMerge === 'continue')) {
          covered[r + down]?.add(column);
          down += 1;
        }
      }
      spans.set(cell, down);
    });
  });
  return {
    kind: 'table',
    rows: rows.map((cells, r) => {
      const gridBefore = live[r]?.gridBefore ?? 0;
      return {
        ...(gridBefore > 0 ? { gridBefore } : {}),
        cells: cells
          .filter(({ cell }) => spans.has(cell))
          .map(({ cell }): SourceCell =>
            sourceCell(cell.paragraphs.length > 0 ? cell.paragraphs.map((p) => p.text) : [''], cell.gridSpan, spans.get(cell) ?? 1),
          ),
      };
    }),
  };
};

/** What each block of the document is in the XML: a body-level table or a body paragraph. */
type BlockRecord = { readonly kind: 'table'; readonly table: TableRecord } | { readonly kind: 'paragraph'; readonly paragraph: ParagraphRecord };

/** The body's tables and paragraphs in document order. */
const blockRecords = (word: WordDocument): BlockRecord[] => {
  const records: BlockRecord[] = [];
  word.tables.forEach((table, t) => {
    word.paragraphs.filter((p) => p.tablesBefore === t).forEach((p) => records.push({ kind: 'paragraph', paragraph: p.paragraph }));
    records.push({ kind: 'table', table });
  });
  word.paragraphs
    .filter((p) => p.tablesBefore === word.tables.length)
    .forEach((p) => records.push({ kind: 'paragraph', paragraph: p.paragraph }));
  return records;
};

/** The document as read: body tables and paragraphs interleaved as they stand. */
export const sourceDocumentOf = (word: WordDocument): SourceDocument => ({
  blocks: blockRecords(word).map((record): Block =>
    record.kind === 'table' ? sourceTableOf(record.table) : paragraphBlock(record.paragraph.text),
  ),
  ...(word.tracked ? { trackedChanges: true } : {}),
});

const tableAt = (records: readonly BlockRecord[], block: number): TableRecord | undefined => {
  const record = records[block];
  return record?.kind === 'table' ? record.table : undefined;
};

const paragraphAt = (records: readonly BlockRecord[], block: number): ParagraphRecord | undefined => {
  const record = records[block];
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

const headingSplices = (word: WordDocument, records: readonly BlockRecord[], edits: readonly InsertHeadingEdit[]): Splice[] => {
  const inserts = new Map<number, string>();
  for (const edit of bottomUp(edits)) {
    const table = tableAt(records, edit.block);
    const rows = table ? liveRows(table) : [];
    if (!table || edit.beforeRow < 0 || edit.beforeRow > rows.length) {
      throw new RangeError(`insertHeading: no row ${edit.beforeRow} in table block ${edit.block}`);
    }
    const at = rows[edit.beforeRow]?.start ?? rows[rows.length - 1]?.end ?? closingTagStart(word.xml, table.end);
    const span = table.gridColumns > 0 ? table.gridColumns : edit.width;
    const near = rows[edit.beforeRow] ?? rows[edit.beforeRow - 1];
    // Applied one after another, each insert before the same row lands above the previous one.
    inserts.set(at, headingRowXml(word, table, edit.text, span, near) + (inserts.get(at) ?? ''));
  }
  return [...inserts].map(([at, text]) => ({ start: at, end: at, text }));
};

/** A heading paragraph copying the paragraph and run properties of the document's own heading paragraph `like`. */
const headingParagraphSplices = (word: WordDocument, records: readonly BlockRecord[], edit: InsertHeadingParagraphEdit): Splice[] => {
  const { xml, prefix: w } = word;
  const anchor = records[edit.anchor];
  const like = paragraphAt(records, edit.like);
  if (!anchor || !like) throw new RangeError(`insertHeadingParagraph: no block ${edit.anchor} or ${edit.like}`);
  const span = anchor.kind === 'table' ? anchor.table : anchor.paragraph;
  const run = like.runs.find((r) => like.pieces.some((p) => p.run === like.runs.indexOf(r))) ?? like.runs[0];
  const pOpen = xml.slice(like.start, like.openEnd).replace(/\/>$/, '>');
  const text = cleanCopy(`${pOpen}${slice(xml, like.pPr)}<${w}r>${slice(xml, run?.rPr)}${runContent(edit.text, w)}</${w}r></${w}p>`);
  const at = edit.position === 'before' ? span.start : span.end;
  return [{ start: at, end: at, text }];
};

const dateStampSplices = (word: WordDocument, records: readonly BlockRecord[], edit: SetDateStampEdit): Splice[] => {
  const { xml, prefix: w } = word;
  const content = runContent(edit.text, w);
  if (edit.block === undefined) {
    const last = tableAt(records, edit.afterBlock);
    if (!last) throw new RangeError('setDateStamp: the document has no table to put a date stamp after');
    return [{ start: last.end, end: last.end, text: `<${w}p><${w}r>${content}</${w}r></${w}p>` }];
  }
  const paragraph = paragraphAt(records, edit.block);
  if (!paragraph) throw new RangeError(`setDateStamp: no paragraph at block ${edit.block}`);
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
  const records = blockRecords(word);
  const headings = edits.filter((e): e is InsertHeadingEdit => e.kind === 'insertHeading');
  const splices = [
    ...headingSplices(word, records, headings),
    ...edits.flatMap((e) =>
      e.kind === 'setDateStamp'
        ? dateStampSplices(word, records, e)
        : e.kind === 'insertHeadingParagraph'
          ? headingParagraphSplices(word, records, e)
          : [],
    ),
  ];
  return splices.length === 0 ? word.xml : splice(word.xml, splices);
};

/** Opens a .docx: FileError for anything that is not a readable Word document. */
export const openDocx = async (bytes: Uint8Array): Promise<StatusFile> => {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new FileError('too-large', `The file is too large (${bytes.length} bytes; at most ${MAX_FILE_BYTES}).`);
  }
  const zip = readZip(bytes);
  const main = mainPartName(zip);
  const part = (main ? findEntry(zip, main) : undefined) ?? findEntry(zip, 'word/document.xml');
  if (!part || /^(xl|ppt)\//.test(main ?? '')) throw notWord(zip, main);
  const { text: xml, bom } = decode(readEntry(zip, part), part.name);
  const word = parseDocumentXml(xml);
  const doc = sourceDocumentOf(word);

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
    // Findings as comments (docxComments.ts): the blocks as core numbers them lead to the XML.
    comments: {
      place: async (comments) => {
        const records = blockRecords(word);
        const blockAt = (block: number) => {
          const record = records[block];
          return record === undefined ? undefined : record.kind === 'table' ? { table: record.table } : { paragraph: record.paragraph };
        };
        return placeDocxComments({ zip, part: part.name, bom, word, blockAt }, comments);
      },
    },
  };
};
