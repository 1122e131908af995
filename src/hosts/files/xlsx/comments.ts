/**
 * Findings as cell notes in an .xlsx, written as Excel writes its notes ("legacy comments"): each
 * note in the sheet's comments part (ECMA-376 Part 1, §18.7 Comments: `comments/authors` and
 * `commentList/comment ref`), and a VML text box per note in the sheet's legacy drawing (§18.3.1.48
 * `legacyDrawing`; the VML shape with `x:ClientData ObjectType="Note"`, `x:Row`/`x:Column`
 * zero-based, ECMA-376 Part 4, §19 / MS-OI29500 2.1.1740) — Excel and LibreOffice show a note only
 * when both are there. Parts the sheet lacks are added and related from it, with their content
 * types; everything else keeps its bytes, and the parts that change keep every byte around the
 * splice.
 *
 * The add-in's own notes are known by their signature line (core's `isOwnCommentText`) and their
 * author "Statustabel" (a threaded comment's legacy stand-in is signed too, but is not ours to cut). Placing
 * again removes them (a note has no "resolved" or replies, so none is kept), with their boxes, and
 * leaves every other note and box alone. A cell holds one note: several findings on one cell share
 * it, and a cell that holds someone else's note gets none of ours (counted as `skipped`).
 */
import type { Location } from '../../../core/document';
import { areaAt } from '../../../core/grid';
import { COMMENT_AUTHOR, isOwnCommentText, type FindingComment } from '../../../core/review/comments';
import type { CommentsResult } from '../../host';
import { FileError } from '../errors';
import { addRelationship, declareParts, newRelationships, relativeTarget } from '../ooxml/opc';
import { decodeLegacyPart, decodePart, encodePart, partEntry, relationshipsOf, relsPartName, type PartText } from '../ooxml/package';
import { decodeText, escapeAttribute, escapeText, scanXml, valueOf, XmlError, type XmlElement } from '../ooxml/xml';
import { readEntry, rewriteZip, type NewEntry } from '../ooxml/zip';
import { cellName, parseCell } from './a1';
import type { XlsxRead } from './read';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL_COMMENTS = `${R}/comments`;
const REL_VML = `${R}/vmlDrawing`;
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml';
const VML_TYPE = 'application/vnd.openxmlformats-officedocument.vmlDrawing';
const RELS_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

/** Worksheet children that follow `legacyDrawing` (§18.3.1.99 CT_Worksheet): a new one goes before the first of them. */
const AFTER_LEGACY_DRAWING = new Set(['legacyDrawingHF', 'drawingHF', 'picture', 'oleObjects', 'controls', 'webPublishItems', 'tableParts', 'extLst']);

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const splice = (text: string, splices: readonly Splice[]): string => {
  let out = '';
  let at = 0;
  for (const s of [...splices].sort((a, b) => a.start - b.start || a.end - b.end)) {
    if (s.start < at) throw new Error('overlapping edits');
    out += text.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + text.slice(at);
};

const scan = (part: PartText, handlers: Parameters<typeof scanXml>[1]): void => {
  try {
    scanXml(part.text, handlers);
  } catch (error) {
    if (error instanceof XmlError) throw new FileError('damaged', { kind: 'not-xml', part: part.name }, error.message);
    throw error;
  }
};

const isMain = (element: XmlElement): boolean => element.uri === MAIN || element.uri === STRICT;

interface SheetFacts {
  /** The legacyDrawing's relationship id, if the sheet has one. */
  readonly legacyDrawing?: string;
  /** Where a new legacyDrawing element goes, and the prefix the sheet gives its main namespace. */
  readonly insertAt: number;
  readonly prefix: string;
  /** The prefix bound to the relationships namespace on the root, if any. */
  readonly rPrefix?: string;
  /** Sheet protection that locks objects (notes among them): Excel allows no new note then. */
  readonly locked: boolean;
  readonly strict: boolean;
}

const sheetFacts = (sheet: PartText): SheetFacts => {
  let legacyDrawing: string | undefined;
  let insertAt = -1;
  let prefix = '';
  let rPrefix: string | undefined;
  let locked = false;
  let strict = false;
  const on = (value: string | undefined): boolean => /^(1|true)$/i.test(value ?? '');
  scan(sheet, {
    open: (element) => {
      if (element.depth === 0) {
        prefix = element.prefix === '' ? '' : `${element.prefix}:`;
        strict = element.uri === STRICT;
        for (const [bound, uri] of element.scope) if (uri === R && bound !== '') rPrefix ??= bound;
        return;
      }
      if (element.depth !== 1 || !isMain(element)) return;
      if (element.local === 'legacyDrawing') {
        legacyDrawing = element.attributes.find((a) => a.local === 'id' && a.prefix !== '' && element.scope.get(a.prefix) === R)?.raw;
      }
      if (element.local === 'sheetProtection') locked = on(valueOf(element, 'sheet')) && on(valueOf(element, 'objects'));
      if (insertAt < 0 && AFTER_LEGACY_DRAWING.has(element.local)) insertAt = element.start;
    },
    close: (element, start) => {
      if (element.depth === 0 && insertAt < 0) insertAt = start;
    },
  });
  return { ...(legacyDrawing !== undefined ? { legacyDrawing } : {}), insertAt, prefix, ...(rPrefix !== undefined ? { rPrefix } : {}), locked, strict };
};

interface NoteRecord {
  readonly ref: string;
  readonly authorId: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Where children go into an element: before its end tag, or replacing it where it was written empty. */
interface Slot {
  readonly start: number;
  readonly end: number;
  readonly name?: string;
}

const intoSlot = (slot: Slot, text: string): Splice =>
  slot.name === undefined ? { start: slot.start, end: slot.start, text } : { start: slot.start, end: slot.end, text: `<${slot.name}>${text}</${slot.name}>` };

interface CommentsPart {
  readonly part: PartText;
  readonly prefix: string;
  readonly authors: readonly string[];
  /** Where a new author goes (before `</authors>`, or the whole of an empty `<authors/>`). */
  readonly authorsSlot?: Slot;
  /** Where new notes go: before `</commentList>`, or in place of an empty `<commentList/>`. */
  readonly listSlot?: Slot;
  readonly notes: readonly NoteRecord[];
}

const readCommentsPart = (part: PartText): CommentsPart => {
  const authors: string[] = [];
  const notes: NoteRecord[] = [];
  let prefix = '';
  let authorsSlot: Slot | undefined;
  let listSlot: Slot | undefined;
  let author: string | undefined;
  let note: { ref: string; authorId: number; start: number; text: string } | undefined;
  let inT = false;
  scan(part, {
    open: (element) => {
      if (!isMain(element)) return;
      if (element.depth === 0) prefix = element.prefix === '' ? '' : `${element.prefix}:`;
      if (element.local === 'author') author = '';
      if (element.local === 'comment') note = { ref: valueOf(element, 'ref') ?? '', authorId: Number(valueOf(element, 'authorId') ?? -1), start: element.start, text: '' };
      // Phonetic runs (rPh) are readings, not the note's text.
      if (element.local === 't' && element.parent?.local !== 'rPh') inT = true;
    },
    text: (_element, start, end, cdata) => {
      const raw = part.text.slice(start, end);
      if (author !== undefined) author += decodeText(raw);
      if (note && inT) note.text += cdata ? raw : decodeText(raw);
    },
    close: (element, start, end) => {
      if (!isMain(element)) return;
      if (element.local === 'author' && author !== undefined) {
        authors.push(author);
        author = undefined;
      }
      if (element.local === 't') inT = false;
      const slot = element.selfClosing ? { start: element.start, end: element.openEnd, name: element.name } : { start, end: start };
      if (element.local === 'authors') authorsSlot = slot;
      if (element.local === 'commentList') listSlot = slot;
      if (element.local === 'comment' && note) {
        notes.push({ ...note, end });
        note = undefined;
      }
    },
  });
  return { part, prefix, authors, ...(authorsSlot ? { authorsSlot } : {}), ...(listSlot ? { listSlot } : {}), notes };
};

/** A note box's cell, zero-based as VML writes it, and the shape's span in the part. */
interface ShapeRecord {
  readonly row: number;
  readonly column: number;
  readonly start: number;
  readonly end: number;
}

/** VML is not always well-formed XML (Excel writes `<br>` unclosed in it): note shapes are found by pattern. */
const noteShapes = (vml: string): ShapeRecord[] =>
  [...vml.matchAll(/<v:shape\b[\s\S]*?<\/v:shape>/g)].flatMap((match) => {
    const shape = match[0];
    if (!/ObjectType\s*=\s*["']Note["']/.test(shape)) return [];
    const row = /<x:Row>\s*(\d+)\s*<\/x:Row>/.exec(shape)?.[1];
    const column = /<x:Column>\s*(\d+)\s*<\/x:Column>/.exec(shape)?.[1];
    if (row === undefined || column === undefined) return [];
    return [{ row: Number(row), column: Number(column), start: match.index, end: match.index + shape.length }];
  });

/** The note box for a cell (zero-based row and column), hidden until the cell is pointed at, as Excel draws a new note. */
const shapeXml = (id: number, row: number, column: number, z: number): string =>
  `<v:shape id="_x0000_s${id}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:180pt;height:80pt;z-index:${z};visibility:hidden" fillcolor="#ffffe1" o:insetmode="auto">` +
  `<v:fill color2="#ffffe1"/><v:shadow on="t" color="black" obscured="t"/><v:path o:connecttype="none"/>` +
  `<v:textbox style="mso-direction-alt:auto"><div style="text-align:left"></div></v:textbox>` +
  `<x:ClientData ObjectType="Note"><x:MoveWithCells/><x:SizeWithCells/>` +
  `<x:Anchor>${column + 1}, 15, ${row}, 10, ${column + 4}, 15, ${row + 5}, 4</x:Anchor>` +
  `<x:AutoFill>False</x:AutoFill><x:Row>${row}</x:Row><x:Column>${column}</x:Column></x:ClientData></v:shape>`;

const SHAPETYPE =
  '<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">' +
  '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>';

const newVml = (block: number, shapes: string): string =>
  '<xml xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">' +
  `<o:shapelayout v:ext="edit"><o:idmap v:ext="edit" data="${block}"/></o:shapelayout>${SHAPETYPE}${shapes}</xml>`;

const noteXml = (prefix: string, ref: string, authorId: number, text: string): string =>
  `<${prefix}comment ref="${ref}" authorId="${authorId}"><${prefix}text><${prefix}t xml:space="preserve">${escapeText(text)}</${prefix}t></${prefix}text></${prefix}comment>`;

/** A part name not yet in the package: `xl/comments3.xml` after 1 and 2. */
const freeName = (taken: (name: string) => boolean, make: (n: number) => string): string => {
  let n = 1;
  while (taken(make(n))) n += 1;
  return make(n);
};

/**
 * The package with the add-in's own notes on the status sheet replaced by `comments` (none: only
 * removed). Refused in one line where the sheet's protection locks objects, or the workbook is
 * Strict Open XML (its relationship names are not written here).
 */
export const placeXlsxComments = (read: XlsxRead, comments: readonly FindingComment[]): { bytes: Uint8Array; result: CommentsResult } => {
  const { pkg } = read;
  const sheet = read.sheet.part;
  const facts = sheetFacts(sheet);
  if (facts.strict) throw new FileError('unsupported-type', { kind: 'no-comments', format: 'strict' });
  if (facts.locked) throw new FileError('refused', { kind: 'protected', edit: 'objects' });

  const rels = relationshipsOf(pkg, sheet.name);
  const commentsRel = rels.find((r) => r.fullType === REL_COMMENTS && !r.external && partEntry(pkg, r.target));
  const vmlRel = facts.legacyDrawing === undefined ? undefined : rels.find((r) => r.id === facts.legacyDrawing && !r.external && partEntry(pkg, r.target));
  const readPart = (name: string, legacy: boolean): PartText | undefined => {
    const entry = partEntry(pkg, name);
    if (!entry) return undefined;
    const bytes = readEntry(pkg.zip, entry);
    return legacy ? decodeLegacyPart(entry.name, bytes) : decodePart(entry.name, bytes);
  };
  const existing = commentsRel ? readCommentsPart(readPart(commentsRel.target, false) as PartText) : undefined;
  const vml = vmlRel ? readPart(vmlRel.target, true) : undefined;

  // Ours go; everyone else's stay and keep their cells.
  // Ours: signed and written under our author. Excel keeps a legacy note beside each threaded
  // comment (author "tc={…}", the thread's text in it): one the add-in placed in Excel is signed
  // too, but it belongs to its thread (xl/threadedComments), so it counts as someone else's here.
  const isOwn = (n: NoteRecord): boolean => isOwnCommentText(n.text) && existing?.authors[n.authorId] === COMMENT_AUTHOR;
  const own = existing?.notes.filter(isOwn) ?? [];
  const theirs = new Set(existing?.notes.filter((n) => !isOwn(n)).map((n) => n.ref.toUpperCase()) ?? []);

  // One note per cell: findings on the same cell share it, in the order given.
  const cellOf = (location: Location): string | undefined => {
    const area = areaAt(read.grid, read, location);
    return area ? cellName({ row: area.row + 1, column: area.column + 1 }) : undefined;
  };
  const byCell = new Map<string, FindingComment[]>();
  let skipped = 0;
  for (const comment of comments) {
    const ref = cellOf(comment.location);
    if (ref === undefined || theirs.has(ref)) {
      skipped += 1;
      continue;
    }
    byCell.set(ref, [...(byCell.get(ref) ?? []), comment]);
  }
  const notes = [...byCell].map(([ref, found]) => ({ ref, cell: parseCell(ref) as { row: number; column: number }, text: found.map((c) => c.text).join('\n\n'), count: found.length }));
  const placed = notes.reduce((sum, n) => sum + n.count, 0);
  const result: CommentsResult = { placed, removed: own.length, kept: 0, ...(skipped > 0 ? { skipped } : {}) };
  if (own.length === 0 && notes.length === 0) return { bytes: pkg.zip.bytes, result };

  const replace = new Map<string, Uint8Array>();
  const add: NewEntry[] = [];
  const taken = (name: string): boolean => partEntry(pkg, name) !== undefined || add.some((a) => a.name.toLowerCase() === name.toLowerCase());
  const folder = sheet.name.slice(0, sheet.name.indexOf('/') + 1) || 'xl/';
  const declare: { part: string; type: string }[] = [];
  const sheetRels = readPart(relsPartName(sheet.name), false);
  let sheetRelsText = sheetRels?.text;
  const relate = (type: string, target: string): string => {
    const relative = relativeTarget(sheet.name, target);
    if (sheetRelsText === undefined) {
      sheetRelsText = newRelationships(type, relative);
      return 'rId1';
    }
    const added = addRelationship(sheetRels?.name ?? relsPartName(sheet.name), sheetRelsText, type, relative);
    sheetRelsText = added.xml;
    return added.id;
  };

  // The comments part.
  const ownRefs = new Set(own.map((n) => n.ref.toUpperCase()));
  if (existing) {
    let authorId = existing.authors.indexOf(COMMENT_AUTHOR);
    const splices: Splice[] = own.map((n) => ({ start: n.start, end: n.end, text: '' }));
    const p = existing.prefix;
    if (notes.length > 0 && authorId < 0) {
      if (!existing.authorsSlot) throw new FileError('damaged', { kind: 'part-corrupt', part: existing.part.name }, 'a comments part without authors');
      authorId = existing.authors.length;
      splices.push(intoSlot(existing.authorsSlot, `<${p}author>${COMMENT_AUTHOR}</${p}author>`));
    }
    if (notes.length > 0) {
      if (!existing.listSlot) throw new FileError('damaged', { kind: 'part-corrupt', part: existing.part.name }, 'a comments part without a comment list');
      splices.push(intoSlot(existing.listSlot, notes.map((n) => noteXml(p, n.ref, authorId, n.text)).join('')));
    }
    replace.set(existing.part.name, encodePart(existing.part, splice(existing.part.text, splices)));
  } else {
    const name = freeName(taken, (n) => `${folder}comments${n}.xml`);
    add.push({
      name,
      data: encodePart(
        { encoding: 'utf-8', bom: false },
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<comments xmlns="${MAIN}"><authors><author>${COMMENT_AUTHOR}</author></authors><commentList>${notes.map((n) => noteXml('', n.ref, 0, n.text)).join('')}</commentList></comments>`,
      ),
    });
    declare.push({ part: name, type: COMMENTS_TYPE });
    relate(REL_COMMENTS, name);
  }

  // The note boxes.
  if (vml) {
    const shapes = noteShapes(vml.text);
    const cuts: Splice[] = shapes.filter((s) => ownRefs.has(cellName({ row: s.row + 1, column: s.column + 1 })) && !theirs.has(cellName({ row: s.row + 1, column: s.column + 1 }))).map((s) => ({ ...s, text: '' }));
    // New shape ids follow those of the shapes that stay, so placing again writes the same ids.
    const staying = splice(vml.text, cuts);
    let next = Math.max(1024, ...[...staying.matchAll(/_x0000_s(\d+)/g)].map((m) => Number(m[1]))) + 1;
    const z = shapes.length - cuts.length;
    const boxes = notes.map((n, i) => shapeXml(next++, n.cell.row - 1, n.cell.column - 1, z + i + 1)).join('');
    const end = vml.text.lastIndexOf('</xml>');
    if (end < 0) throw new FileError('damaged', { kind: 'part-corrupt', part: vml.name }, 'a VML drawing without its closing tag');
    const type = /<v:shapetype\b[^>]*\bid\s*=\s*["']_x0000_t202["']/.test(vml.text) ? '' : SHAPETYPE;
    const inserted = notes.length > 0 ? [{ start: end, end, text: type + boxes }] : [];
    replace.set(vml.name, encodePart(vml, splice(vml.text, [...cuts, ...inserted])));
  } else if (notes.length > 0) {
    // A block of shape ids (idmap) no other drawing of the workbook uses: 1024 ids a block.
    const blocks = pkg.zip.entries
      .filter((e) => /\.vml$/i.test(e.name))
      .flatMap((e) => [...decodeLegacyPart(e.name, readEntry(pkg.zip, e)).text.matchAll(/<o:idmap\b[^>]*\bdata\s*=\s*["']([\d,\s]+)["']/g)])
      .flatMap((m) => (m[1] ?? '').split(',').map(Number));
    const block = Math.max(0, ...blocks.filter(Number.isFinite)) + 1;
    const name = freeName(taken, (n) => `${folder}drawings/vmlDrawing${n}.vml`);
    let id = block * 1024 + 1;
    add.push({ name, data: encodePart({ encoding: 'utf-8', bom: false }, newVml(block, notes.map((n, i) => shapeXml(id++, n.cell.row - 1, n.cell.column - 1, i + 1)).join(''))) });
    declare.push({ part: name, type: VML_TYPE });
    const rId = relate(REL_VML, name);
    // A sheet with no legacy drawing gets one, in its place among the sheet's children.
    const rName = facts.rPrefix ?? 'r';
    const ns = facts.rPrefix === undefined ? ` xmlns:r="${R}"` : '';
    const element = `<${facts.prefix}legacyDrawing${ns} ${rName}:id="${escapeAttribute(rId)}"/>`;
    replace.set(sheet.name, encodePart(sheet, splice(sheet.text, [{ start: facts.insertAt, end: facts.insertAt, text: element }])));
  }

  // Relationships and content types, only where something new was related.
  if (sheetRelsText !== undefined && sheetRelsText !== sheetRels?.text) {
    if (sheetRels) replace.set(sheetRels.name, encodePart(sheetRels, sheetRelsText));
    else {
      const name = relsPartName(sheet.name);
      add.push({ name, data: encodePart({ encoding: 'utf-8', bom: false }, sheetRelsText) });
      declare.push({ part: name, type: RELS_TYPE });
    }
  }
  if (declare.length > 0) {
    const types = readPart('[Content_Types].xml', false);
    if (!types) throw new FileError('damaged', { kind: 'missing-part', part: '[Content_Types].xml' });
    const declared = declareParts(types.text, declare);
    if (declared !== types.text) replace.set(types.name, encodePart(types, declared));
  }
  return { bytes: rewriteZip(pkg.zip, replace, add), result };
};
