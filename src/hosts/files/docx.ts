/**
 * The .docx file host: reads the status table out of a Word file and writes heading rows and the
 * date stamp back into a copy of it. Writing splices new XML into word/document.xml at offsets
 * the parser recorded: every byte it does not change stays as it was, and so does every other
 * entry of the package.
 */
import { SaxesParser } from 'saxes';
import { isCellLocation, type Location } from '../../core/document';
import type { Edit } from '../../core/edits';
import { placeDocxComments } from './docxComments';
import { FileError } from './errors';
import { EMPTY_NUMBERING, parseNumbering } from './ooxml/numbering';
import { EMPTY_STYLES, parseStyles } from './ooxml/styles';
import { parseDocumentXml, type ParagraphRecord, type WordDocument } from './ooxml/wordml';
import { readWordDocument, type ReadDocument } from './ooxml/wordRead';
import { applyToDocumentXml } from './ooxml/wordWrite';
import { findEntry, readEntry, readZip, replaceEntry, type Zip } from './ooxml/zip';
import { MAX_FILE_BYTES, type StatusFile } from './types';

const OFFICE_DOCUMENT = /\/officeDocument$/;
const RELS_LIMIT = 1024 * 1024;

/** Where the package's main part is, from _rels/.rels (word/document.xml in every Word file). */
const mainPartName = (zip: Zip): string | undefined => {
  const rels = findEntry(zip, '_rels/.rels');
  if (!rels) return undefined;
  const xml = decode(readEntry(zip, rels, RELS_LIMIT), '_rels/.rels').text;
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new FileError('damaged', { kind: 'dtd', part: '_rels/.rels' });
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
    throw new FileError('damaged', { kind: 'not-xml', part: '_rels/.rels' });
  }
  return target;
};

const BOM = '\uFEFF';

const decode = (bytes: Uint8Array, name: string): { text: string; bom: boolean } => {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bom ? bytes.subarray(3) : bytes), bom };
  } catch {
    throw new FileError('damaged', { kind: 'not-text', part: name }, 'not UTF-8 text');
  }
};

const notWord = (zip: Zip, main: string | undefined): FileError => {
  const excel = (main ?? '').startsWith('xl/') || !!findEntry(zip, 'xl/workbook.xml');
  const powerpoint = (main ?? '').startsWith('ppt/') || !!findEntry(zip, 'ppt/presentation.xml');
  const is = excel ? 'xlsx' : powerpoint ? 'pptx' : 'package';
  return new FileError('unsupported-type', { kind: 'not-this-kind', expected: 'docx', is }, `This file is ${is}, not a Word document (.docx).`);
};

/** Largest styles.xml / numbering.xml read: far beyond a real document's (a few hundred KB). */
const PART_LIMIT = 32 * 1024 * 1024;

const STYLES = /\/styles$/;
const NUMBERING = /\/numbering$/;

/** A part name with its "." and ".." segments resolved. */
const normalise = (name: string): string =>
  name
    .split('/')
    .reduce<string[]>((parts, segment) => (segment === '..' ? parts.slice(0, -1) : segment === '.' || segment === '' ? parts : [...parts, segment]), [])
    .join('/');

/** The parts the main part names by relationship type: its styles and its numbering (word/_rels/document.xml.rels). */
const relatedParts = (zip: Zip, main: string): { styles?: string; numbering?: string } => {
  const slash = main.lastIndexOf('/');
  const folder = main.slice(0, slash + 1);
  const rels = findEntry(zip, `${folder}_rels/${main.slice(slash + 1)}.rels`);
  const found: { styles?: string; numbering?: string } = {};
  if (!rels) return found;
  const xml = decode(readEntry(zip, rels, RELS_LIMIT), rels.name).text;
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new FileError('damaged', { kind: 'dtd', part: rels.name });
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const type = tag.attributes.Type;
    const to = tag.attributes.Target;
    if (tag.name !== 'Relationship' || typeof type !== 'string' || typeof to !== 'string' || tag.attributes.TargetMode === 'External') return;
    // Targets are relative to the main part's folder, or absolute from the package root.
    const target = normalise(to.startsWith('/') ? to.slice(1) : folder + to);
    if (STYLES.test(type)) found.styles ??= target;
    else if (NUMBERING.test(type)) found.numbering ??= target;
  });
  try {
    parser.write(xml).close();
  } catch {
    throw new FileError('damaged', { kind: 'not-xml', part: rels.name });
  }
  return found;
};

/** A part's text, or undefined when the package does not have it. */
const partText = (zip: Zip, name: string | undefined): string | undefined => {
  const entry = name === undefined ? undefined : findEntry(zip, name);
  return entry ? decode(readEntry(zip, entry, PART_LIMIT), entry.name).text : undefined;
};

/** Reads document.xml with the styles and numbering it uses: the document as Word shows it. */
const readDocx = (zip: Zip, part: string, xml: string): { word: WordDocument; read: ReadDocument } => {
  const word = parseDocumentXml(xml);
  const related = relatedParts(zip, part);
  const stylesXml = partText(zip, related.styles ?? 'word/styles.xml');
  const numberingXml = partText(zip, related.numbering ?? 'word/numbering.xml');
  const styles = stylesXml === undefined ? EMPTY_STYLES : parseStyles(stylesXml);
  const numbering = numberingXml === undefined ? EMPTY_NUMBERING : parseNumbering(numberingXml);
  return { word, read: readWordDocument(word, styles, numbering) };
};

/** Opens a .docx: FileError for anything that is not a readable Word document. */
export const openDocx = async (bytes: Uint8Array): Promise<StatusFile> => {
  if (bytes.length > MAX_FILE_BYTES) {
    throw new FileError('too-large', { kind: 'file-size', bytes: bytes.length, limit: MAX_FILE_BYTES });
  }
  const zip = readZip(bytes);
  const main = mainPartName(zip);
  const part = (main ? findEntry(zip, main) : undefined) ?? findEntry(zip, 'word/document.xml');
  if (!part || /^(xl|ppt)\//.test(main ?? '')) throw notWord(zip, main);
  const { text: xml, bom } = decode(readEntry(zip, part), part.name);
  const { word, read } = readDocx(zip, part.name, xml);
  const doc = read.doc;

  return {
    doc,
    apply: async (edits: readonly Edit[]): Promise<Uint8Array> => {
      const next = applyToDocumentXml(word, read, edits);
      if (next === xml) return bytes.slice();
      // What we wrote must read back: a bug here must not hand out a broken document.
      parseDocumentXml(next);
      const encoded = new TextEncoder().encode(bom ? BOM + next : next);
      return replaceEntry(zip, part.name, encoded);
    },
    // Findings as comments (docxComments.ts), anchored on the XML paragraphs of the block or cell.
    comments: {
      place: async (comments) => placeDocxComments({ zip, part: part.name, bom, word, anchorAt: (location) => anchorParagraphs(read, location) }, comments),
    },
  };
};

/**
 * The XML paragraphs a comment on `location` spans: the whole cell as written (hidden paragraphs
 * too, so the range marks stay inside it), or the paragraph's own parts; undefined when the
 * location names nothing in the document as read.
 */
const anchorParagraphs = (read: ReadDocument, location: Location): readonly ParagraphRecord[] | undefined => {
  const block = read.blocks[location.block];
  if (!block) return undefined;
  if (block.kind === 'paragraph') return isCellLocation(location) ? undefined : block.paragraph.parts;
  if (!isCellLocation(location)) return undefined;
  const row = block.table.rows[location.row];
  if (!row) return undefined;
  const column = location.column ?? 0;
  const covers = (at: number, span: number) => column >= at && column < at + span;
  const cell = row.cells.find((c) => covers(c.column, c.columnSpan)) ?? row.continued.find((c) => covers(c.column, c.origin.columnSpan))?.origin;
  const paragraphs = cell?.record.paragraphs;
  return paragraphs && paragraphs.length > 0 ? paragraphs : undefined;
};
