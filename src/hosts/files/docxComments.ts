/**
 * Findings as real Word comments in a .docx: each comment in word/comments.xml (ECMA-376 Part 1,
 * §17.13.4), anchored in word/document.xml by `w:commentRangeStart`/`w:commentRangeEnd` around
 * the cell's paragraphs and a `w:commentReference` run at its end; the comments part related from
 * the document and given its content type only when the file had none.
 *
 * Placing again first takes out the add-in's own open comments — known by their signature line
 * (core's `isOwnCommentText`), with their anchors and their entries in Word's side parts
 * (commentsExtended, commentsIds, commentsExtensible). An own comment someone marked resolved
 * (`w15:done`) or answered (a reply whose `w15:paraIdParent` is its paragraph) is kept, and no
 * other comment, reply or anchor is touched. Every other part keeps its bytes.
 */
import { COMMENT_AUTHOR, COMMENT_INITIALS, isOwnCommentText, type FindingComment } from '../../core/review/comments';
import type { Location } from '../../core/document';
import type { CommentsResult } from '../host';
import { FileError } from './errors';
import type { ParagraphRecord, WordDocument } from './ooxml/wordml';
import { closingTagStart, parseDocumentXml, W_STRICT } from './ooxml/wordml';
import { findEntry, rewriteZip, type NewEntry, type Zip } from './ooxml/zip';
import {
  addRelationship,
  CONTENT_TYPES,
  declareParts,
  encodeText,
  escapeXml,
  newRelationships,
  readText,
  relationshipsOf,
  relativeTarget,
  relsPartName,
  scan,
  type Relationship,
} from './ooxml/opc';

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const REL_EXTENDED = 'http://schemas.microsoft.com/office/2011/relationships/commentsExtended';
const REL_IDS = 'http://schemas.microsoft.com/office/2016/09/relationships/commentsIds';
const REL_EXTENSIBLE = 'http://schemas.microsoft.com/office/2018/08/relationships/commentsExtensible';
const COMMENTS_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** What docx.ts hands over: the package, its document part and that part as parsed. */
export interface DocxParts {
  readonly zip: Zip;
  /** The document part's name (word/document.xml). */
  readonly part: string;
  readonly bom: boolean;
  readonly word: WordDocument;
  /** The XML paragraphs a comment on a location of core's document spans; undefined where it names nothing. */
  readonly anchorAt: (location: Location) => readonly ParagraphRecord[] | undefined;
}

interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const splice = (xml: string, splices: readonly Splice[]): string => {
  const ordered = [...splices].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const s of ordered) {
    if (s.start < at) throw new Error('overlapping edits');
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
};

interface CommentRecord {
  readonly id: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** w14:paraId of its last paragraph: how Word's side parts refer to it. */
  readonly paraId?: string;
}

/** The comments of word/comments.xml, with where each one is in the XML. */
const readComments = (name: string, xml: string): { comments: CommentRecord[]; prefix: string } => {
  const comments: CommentRecord[] = [];
  let prefix: string | undefined;
  let current: { id: string; paragraphs: string[]; paraId?: string } | undefined;
  let inText = false;
  scan(name, xml, {
    open: (tag) => {
      if (tag.uri !== W && tag.uri !== W_STRICT) return;
      if (tag.local === 'comments') prefix ??= tag.name.includes(':') ? tag.name.slice(0, tag.name.indexOf(':') + 1) : '';
      if (tag.local === 'comment' && !current) current = { id: tag.attributes.id ?? '', paragraphs: [] };
      if (!current) return;
      if (tag.local === 'p') {
        current.paragraphs.push('');
        const paraId = tag.attributes.paraId;
        if (paraId !== undefined) current.paraId = paraId;
      }
      if (tag.local === 't') inText = true;
      if ((tag.local === 'tab' || tag.local === 'br') && current.paragraphs.length > 0) current.paragraphs[current.paragraphs.length - 1] += tag.local === 'tab' ? '\t' : '\n';
    },
    text: (text) => {
      if (inText && current && current.paragraphs.length > 0) current.paragraphs[current.paragraphs.length - 1] += text;
    },
    close: (tag, start, end) => {
      if (tag.uri !== W && tag.uri !== W_STRICT) return;
      if (tag.local === 't') inText = false;
      if (tag.local === 'comment' && current) {
        comments.push({ id: current.id, start, end, text: current.paragraphs.join('\n'), ...(current.paraId ? { paraId: current.paraId } : {}) });
        current = undefined;
      }
    },
  });
  return { comments, prefix: prefix ?? 'w:' };
};

/** Elements of a side part (commentsExtended, commentsIds, commentsExtensible), each with its attributes and span. */
const sideElements = (name: string, xml: string, local: string): { attributes: Readonly<Record<string, string>>; start: number; end: number }[] => {
  const found: { attributes: Readonly<Record<string, string>>; start: number; end: number }[] = [];
  scan(name, xml, {
    close: (tag, start, end) => {
      if (tag.local === local) found.push({ attributes: tag.attributes, start, end });
    },
  });
  return found;
};

/** The anchors of comments `ids` in the document: their range marks, and their reference runs (or the bare reference where the run holds more). */
const anchorSplices = (xml: string, ids: ReadonlySet<string>): Splice[] => {
  if (ids.size === 0) return [];
  const splices: Splice[] = [];
  const runs: { depth: number; reference?: { start: number; end: number }; other: boolean }[] = [];
  let depth = 0;
  scan('word/document.xml', xml, {
    open: (tag) => {
      depth += 1;
      const w = tag.uri === W || tag.uri === W_STRICT;
      const run = runs[runs.length - 1];
      // A run holding anything besides its properties and the reference is kept, less the reference.
      if (run && depth === run.depth + 1 && !(w && (tag.local === 'rPr' || tag.local === 'commentReference'))) run.other = true;
      if (w && tag.local === 'r') runs.push({ depth, other: false });
    },
    close: (tag, start, end) => {
      depth -= 1;
      if (tag.uri !== W && tag.uri !== W_STRICT) return;
      const id = tag.attributes.id;
      if ((tag.local === 'commentRangeStart' || tag.local === 'commentRangeEnd') && id !== undefined && ids.has(id)) {
        splices.push({ start, end, text: '' });
      } else if (tag.local === 'commentReference' && id !== undefined && ids.has(id)) {
        const run = runs[runs.length - 1];
        if (run) run.reference = { start, end };
        else splices.push({ start, end, text: '' });
      } else if (tag.local === 'r') {
        const run = runs.pop();
        if (run?.reference) splices.push(run.other ? { ...run.reference, text: '' } : { start, end, text: '' });
      }
    },
  });
  return splices;
};

/** The paragraphs a comment on its location spans: the cell's, or the paragraph's own. */
const anchorParagraphs = (parts: DocxParts, comment: FindingComment): readonly ParagraphRecord[] => {
  const paragraphs = parts.anchorAt(comment.location);
  if (!paragraphs || paragraphs.length === 0) throw new RangeError(`no cell or paragraph at ${JSON.stringify(comment.location)} for a comment`);
  return paragraphs;
};

/**
 * How to name what we insert: with the part's own prefix for the main namespace, or, where the
 * part binds it as the default namespace, as `w:` declared on the element itself — attributes
 * (w:id) are in no namespace without a prefix.
 */
const names = (prefix: string): { readonly p: string; readonly ns: string } => (prefix !== '' ? { p: prefix, ns: '' } : { p: 'w:', ns: ` xmlns:w="${W}"` });

const run = (w: string, text: string): string =>
  `<${w}r><${w}t xml:space="preserve">${escapeXml(text)}</${w}t></${w}r>`;

const commentXml = (prefix: string, id: number, comment: FindingComment): string => {
  const { p: w, ns } = names(prefix);
  const lines = comment.text.split('\n');
  const paragraphs = lines.map((line, i) => `<${w}p>${i === 0 ? `<${w}r><${w}annotationRef/></${w}r>` : ''}${line === '' ? '' : run(w, line)}</${w}p>`);
  const date = comment.date ? ` ${w}date="${escapeXml(comment.date)}"` : '';
  return `<${w}comment${ns} ${w}id="${id}" ${w}author="${COMMENT_AUTHOR}"${date} ${w}initials="${COMMENT_INITIALS}">${paragraphs.join('')}</${w}comment>`;
};

/** Range marks and the reference run for new comments, grouped by paragraph so a paragraph written `<w:p/>` is opened once. */
const placementSplices = (parts: DocxParts, placements: readonly { id: number; paragraphs: readonly ParagraphRecord[] }[]): Splice[] => {
  const { xml, prefix: w } = parts.word;
  const { p: m, ns } = names(w);
  const inside = new Map<ParagraphRecord, { starts: string[]; ends: string[] }>();
  const slot = (p: ParagraphRecord) => {
    let found = inside.get(p);
    if (!found) {
      found = { starts: [], ends: [] };
      inside.set(p, found);
    }
    return found;
  };
  for (const { id, paragraphs } of placements) {
    const first = paragraphs[0] as ParagraphRecord;
    const last = paragraphs[paragraphs.length - 1] as ParagraphRecord;
    slot(first).starts.push(`<${m}commentRangeStart${ns} ${m}id="${id}"/>`);
    slot(last).ends.push(`<${m}commentRangeEnd${ns} ${m}id="${id}"/><${m}r${ns}><${m}commentReference ${m}id="${id}"/></${m}r>`);
  }
  return [...inside].flatMap(([p, { starts, ends }]): Splice[] => {
    if (p.openEnd === p.end) {
      const open = xml.slice(p.start, p.end).replace(/\s*\/>$/, '>');
      return [{ start: p.start, end: p.end, text: `${open}${starts.join('')}${ends.join('')}</${w}p>` }];
    }
    const after = p.pPr?.end ?? p.openEnd;
    const close = closingTagStart(xml, p.end);
    return [
      { start: after, end: after, text: starts.join('') },
      { start: close, end: close, text: ends.join('') },
    ];
  });
};

const maxId = (ids: Iterable<string>): number => {
  let max = -1;
  for (const id of ids) {
    const n = Number.parseInt(id, 10);
    if (Number.isFinite(n) && n > max) max = n;
  }
  return max;
};

const relOf = (rels: readonly Relationship[], type: string): string | undefined => rels.find((r) => r.type === type && r.part !== undefined)?.part;

const REL_SETTINGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings';

/**
 * The editing the document's protection allows, where it is enforced (ECMA-376 Part 1, §17.15.1.29
 * w:documentProtection): undefined when it is not protected. Word lets people comment only where
 * the protection is `comments`; a file we write must not do more than Word would.
 */
const enforcedProtection = (zip: Zip, rels: readonly Relationship[]): string | undefined => {
  const name = relOf(rels, REL_SETTINGS);
  const settings = name ? readText(zip, name) : undefined;
  let edit: string | undefined;
  if (settings) {
    scan(settings.name, settings.text, {
      open: (tag) => {
        if (tag.local !== 'documentProtection' || (tag.uri !== W && tag.uri !== W_STRICT)) return;
        if (/^(1|true|on)$/i.test(tag.attributes.enforcement ?? '')) edit = tag.attributes.edit ?? 'none';
      },
    });
  }
  return edit;
};

/**
 * The package with the add-in's own open comments replaced by `comments` (none: only removed).
 * A strict-namespace document is refused: its relationships use other names, not written here.
 */
export const placeDocxComments = (parts: DocxParts, comments: readonly FindingComment[]): { bytes: Uint8Array; result: CommentsResult } => {
  const { zip, part, word } = parts;
  if (word.xml.includes(W_STRICT)) throw new FileError('unsupported-type', { kind: 'no-comments', format: 'strict' });
  const rels = relationshipsOf(zip, part);
  const protection = enforcedProtection(zip, rels);
  if (protection !== undefined && protection !== 'comments') {
    throw new FileError('refused', { kind: 'protected', edit: protection });
  }
  const commentsName = relOf(rels, REL);
  const existing = commentsName ? readText(zip, commentsName) : undefined;
  const { comments: present, prefix } = existing ? readComments(existing.name, existing.text) : { comments: [], prefix: 'w:' };

  // Word's side parts: which comments are resolved or answered, and what to drop with a removed one.
  const side = (type: string, local: string) => {
    const name = relOf(rels, type);
    const text = name ? readText(zip, name) : undefined;
    return text ? { ...text, elements: sideElements(text.name, text.text, local) } : undefined;
  };
  const extended = side(REL_EXTENDED, 'commentEx');
  const ids = side(REL_IDS, 'commentId');
  const extensible = side(REL_EXTENSIBLE, 'commentExtensible');
  const done = new Set(extended?.elements.filter((e) => /^(1|true|on)$/i.test(e.attributes.done ?? '')).map((e) => e.attributes.paraId) ?? []);
  const answered = new Set(extended?.elements.map((e) => e.attributes.paraIdParent).filter((p) => p !== undefined) ?? []);

  const own = present.filter((c) => isOwnCommentText(c.text));
  const isKept = (c: CommentRecord): boolean => c.paraId !== undefined && (done.has(c.paraId) || answered.has(c.paraId));
  const removed = own.filter((c) => !isKept(c));
  const kept = own.length - removed.length;
  if (removed.length === 0 && comments.length === 0) return { bytes: zip.bytes, result: { placed: 0, removed: 0, kept } };

  const removedIds = new Set(removed.map((c) => c.id));
  const removedParas = new Set(removed.flatMap((c) => (c.paraId ? [c.paraId] : [])));
  const durable = new Set(ids?.elements.filter((e) => removedParas.has(e.attributes.paraId ?? '')).map((e) => e.attributes.durableId) ?? []);

  // New ids follow every id a comment or a comment mark uses, in either part.
  let next = maxId([...present.map((c) => c.id), ...(word.xml.match(/comment(?:RangeStart|RangeEnd|Reference)\b[^>]*?:id="(\d+)"/g) ?? []).map((m) => /"(\d+)"/.exec(m)?.[1] ?? '')]) + 1;
  const placements = comments.map((comment) => ({ id: next++, comment, paragraphs: anchorParagraphs(parts, comment) }));

  const documentXml = splice(word.xml, [...anchorSplices(word.xml, removedIds), ...placementSplices(parts, placements)]);
  // What we wrote must read back: a bug here must not hand out a broken document.
  parseDocumentXml(documentXml);

  const replace = new Map<string, Uint8Array>([[part, encodeText(documentXml, parts.bom)]]);
  const add: NewEntry[] = [];
  const newComments = placements.map((p) => commentXml(prefix, p.id, p.comment)).join('');
  if (existing) {
    // The root's end tag is the last end tag of the part.
    const at = existing.text.lastIndexOf('</');
    const cut = removed.map((c) => ({ start: c.start, end: c.end, text: '' }));
    const text = /<([\w.-]+:)?comments\b[^>]*\/>\s*$/.test(existing.text)
      ? existing.text.replace(/<([\w.-]+:)?comments\b([^>]*?)\s*\/>(\s*)$/, `<$1comments$2>${newComments}</$1comments>$3`)
      : splice(existing.text, [...cut, { start: at, end: at, text: newComments }]);
    replace.set(existing.name, encodeText(text, existing.bom));
  } else if (placements.length > 0) {
    const folder = part.slice(0, part.lastIndexOf('/') + 1);
    // A comments.xml left behind without its relationship keeps its name and bytes; ours takes another.
    let name = `${folder}comments.xml`;
    for (let n = 1; findEntry(zip, name); n += 1) name = `${folder}comments${n}.xml`;
    add.push({
      name,
      data: encodeText(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}">${newComments}</w:comments>`, false),
    });
    const relsName = relsPartName(part);
    const relsText = readText(zip, relsName);
    if (relsText) replace.set(relsText.name, encodeText(addRelationship(relsText.name, relsText.text, REL, relativeTarget(part, name)).xml, relsText.bom));
    else add.push({ name: relsName, data: encodeText(newRelationships(REL, relativeTarget(part, name)), false) });
    const types = readText(zip, CONTENT_TYPES);
    if (!types) throw new FileError('damaged', { kind: 'missing-part', part: CONTENT_TYPES });
    const declared = declareParts(types.text, [
      { part: name, type: COMMENTS_TYPE },
      ...(relsText ? [] : [{ part: relsName, type: 'application/vnd.openxmlformats-package.relationships+xml' }]),
    ]);
    if (declared !== types.text) replace.set(types.name, encodeText(declared, types.bom));
  }
  for (const [sidePart, drop] of [
    [extended, (a: Readonly<Record<string, string>>) => removedParas.has(a.paraId ?? '')],
    [ids, (a: Readonly<Record<string, string>>) => removedParas.has(a.paraId ?? '')],
    [extensible, (a: Readonly<Record<string, string>>) => durable.has(a.durableId ?? '')],
  ] as const) {
    if (!sidePart) continue;
    const cuts = sidePart.elements.filter((e) => drop(e.attributes)).map((e) => ({ start: e.start, end: e.end, text: '' }));
    if (cuts.length > 0) replace.set(sidePart.name, encodeText(splice(sidePart.text, cuts), sidePart.bom));
  }
  return { bytes: rewriteZip(zip, replace, add), result: { placed: placements.length, removed: removed.length, kept } };
};
