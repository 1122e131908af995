/**
 * The little of the Open Packaging Conventions (ECMA-376 Part 2) that adding a part to a package
 * needs: relationships read and added, content types declared (package.ts reads packages; part
 * names resolve by its rules here too). Every edit is a splice into the part's XML as it stands,
 * so what was there keeps its bytes.
 */
import { SaxesParser } from 'saxes';
import { errorDetail, FileError } from '../errors';
import { relsPartName, resolveTarget } from './package';
import { findEntry, readEntry, type Zip } from './zip';

export const RELATIONSHIPS_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
export const CONTENT_TYPES = '[Content_Types].xml';

/** Parts this module reads (relationships, content types, our own parts) are small; larger ones are refused. */
const SMALL_PART = 16 * 1024 * 1024;

export interface Relationship {
  readonly id: string;
  readonly type: string;
  /** The target part's name (no leading slash), resolved against the source; undefined for an external one. */
  readonly part?: string;
}

const BOM = '\uFEFF';

/** A part's text (UTF-8, a BOM dropped; `bom` says it was there); undefined when the package lacks it. */
export const readText = (zip: Zip, name: string, limit = SMALL_PART): { name: string; text: string; bom: boolean } | undefined => {
  const entry = findEntry(zip, name);
  if (!entry) return undefined;
  const bytes = readEntry(zip, entry, limit);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new FileError('damaged', { kind: 'not-text', part: entry.name });
  }
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  return { name: entry.name, text: text.startsWith(BOM) ? text.slice(1) : text, bom };
};

export const encodeText = (text: string, bom: boolean): Uint8Array => new TextEncoder().encode(bom ? BOM + text : text);

export const escapeXml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ScannedTag {
  readonly name: string;
  readonly local: string;
  readonly uri: string;
  /** Attributes by local name (namespaces aside: the parts read here never repeat a local name). */
  readonly attributes: Readonly<Record<string, string>>;
}

/**
 * Parses XML with saxes, refusing a DTD (and with it any entity). `open` sees each element with
 * the offsets of its start tag, `close` with the offsets of the whole element, `text` the
 * character data of the element innermost at the time.
 */
export const scan = (
  name: string,
  xml: string,
  on: {
    readonly open?: (tag: ScannedTag, start: number, openEnd: number) => void;
    readonly close?: (tag: ScannedTag, start: number, end: number) => void;
    readonly text?: (text: string) => void;
  },
): void => {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new FileError('damaged', { kind: 'dtd', part: name });
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: { tag: ScannedTag; start: number }[] = [];
  let start = 0;
  parser.on('opentagstart', () => {
    start = xml.lastIndexOf('<', parser.position - 1);
  });
  parser.on('opentag', (tag) => {
    const attributes: Record<string, string> = {};
    for (const a of Object.values(tag.attributes)) attributes[a.local] = a.value;
    const scanned: ScannedTag = { name: tag.name, local: tag.local, uri: tag.uri, attributes };
    stack.push({ tag: scanned, start });
    on.open?.(scanned, start, parser.position);
  });
  parser.on('closetag', () => {
    const open = stack.pop();
    if (open) on.close?.(open.tag, open.start, parser.position);
  });
  if (on.text) {
    parser.on('text', on.text);
    parser.on('cdata', on.text);
  }
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError('damaged', { kind: 'not-xml', part: name }, errorDetail(error));
  }
};

// Part names and targets resolve as the reader resolves them (package.ts): one rule for both.
export { relsPartName, resolveTarget } from './package';

const directoryOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/** The target of `part` as a relationship of `source` writes it: relative, as Office writes them. */
export const relativeTarget = (source: string, part: string): string => {
  const from = directoryOf(source).split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common += 1;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
};

export const relationshipsIn = (name: string, xml: string, source: string): Relationship[] => {
  const found: Relationship[] = [];
  scan(name, xml, {
    open: (tag) => {
      if (tag.local !== 'Relationship') return;
      const { Id: id, Type: type, Target: target, TargetMode: mode } = tag.attributes;
      if (id === undefined || type === undefined || target === undefined) return;
      const part = mode?.toLowerCase() === 'external' ? undefined : resolveTarget(source, target);
      found.push({ id, type, ...(part !== undefined ? { part } : {}) });
    },
  });
  return found;
};

/** The relationships of `source` ("" for the package's own). */
export const relationshipsOf = (zip: Zip, source: string): Relationship[] => {
  const rels = readText(zip, source === '' ? '_rels/.rels' : relsPartName(source));
  return rels ? relationshipsIn(rels.name, rels.text, source) : [];
};

/** The package's main part (word/document.xml, xl/workbook.xml), from its officeDocument relationship. */
export const mainPartOf = (zip: Zip): string | undefined =>
  relationshipsOf(zip, '').find((r) => /\/officeDocument$/.test(r.type) && r.part !== undefined && findEntry(zip, r.part))?.part;

/** Splices `insert` just before the closing tag of the root element. */
const beforeRootEnd = (name: string, xml: string, insert: string): string => {
  const at = xml.lastIndexOf('</');
  if (at < 0) {
    // A root written empty: <Relationships …/>.
    const empty = xml.lastIndexOf('/>');
    if (empty < 0) throw new FileError('damaged', { kind: 'not-xml', part: name }, 'no root element to add to');
    const open = xml.slice(0, empty).replace(/\s*$/, '');
    const tag = /<([\w:.-]+)[^<]*$/.exec(open)?.[1];
    if (!tag) throw new FileError('damaged', { kind: 'not-xml', part: name }, 'no root element to add to');
    return `${open}>${insert}</${tag}>${xml.slice(empty + 2)}`;
  }
  return xml.slice(0, at) + insert + xml.slice(at);
};

/** A relationships part's XML with one relationship added under a fresh id. */
export const addRelationship = (name: string, xml: string, type: string, target: string): { xml: string; id: string } => {
  const used = new Set(relationshipsIn(name, xml, '').map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n += 1;
  const id = `rId${n}`;
  const prefix = /<([\w.-]+:)?Relationships[\s>/]/.exec(xml)?.[1] ?? '';
  const element = `<${prefix}Relationship Id="${id}" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/>`;
  return { xml: beforeRootEnd(name, xml, element), id };
};

/** A new relationships part holding one relationship. */
export const newRelationships = (type: string, target: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${RELATIONSHIPS_NS}"><Relationship Id="rId1" Type="${escapeXml(type)}" Target="${escapeXml(target)}"/></Relationships>`;

export interface ContentTypes {
  readonly defaults: ReadonlyMap<string, string>;
  readonly overrides: ReadonlyMap<string, string>;
}

export const contentTypesIn = (xml: string): ContentTypes => {
  const defaults = new Map<string, string>();
  const overrides = new Map<string, string>();
  scan(CONTENT_TYPES, xml, {
    open: (tag) => {
      const type = tag.attributes.ContentType;
      if (type === undefined) return;
      if (tag.local === 'Default' && tag.attributes.Extension) defaults.set(tag.attributes.Extension.toLowerCase(), type);
      if (tag.local === 'Override' && tag.attributes.PartName) overrides.set(tag.attributes.PartName.replace(/^\//, '').toLowerCase(), type);
    },
  });
  return { defaults, overrides };
};

/** The content type a part would have: its Override, else the Default for its extension. */
export const contentTypeOf = (types: ContentTypes, part: string): string | undefined =>
  types.overrides.get(part.toLowerCase()) ?? types.defaults.get(part.slice(part.lastIndexOf('.') + 1).toLowerCase());

/** [Content_Types].xml with the Overrides needed for new `parts` (name → type); a part already typed is left alone. */
export const declareParts = (xml: string, parts: readonly { readonly part: string; readonly type: string }[]): string => {
  const types = contentTypesIn(xml);
  const missing = parts.filter(({ part, type }) => !types.overrides.has(part.toLowerCase()) && contentTypeOf(types, part) !== type);
  if (missing.length === 0) return xml;
  const prefix = /<([\w.-]+:)?Types[\s>/]/.exec(xml)?.[1] ?? '';
  return beforeRootEnd(
    CONTENT_TYPES,
    xml,
    missing.map(({ part, type }) => `<${prefix}Override PartName="/${escapeXml(part)}" ContentType="${escapeXml(type)}"/>`).join(''),
  );
};
