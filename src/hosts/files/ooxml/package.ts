/**
 * The Open Packaging Conventions as far as a reader needs them (ECMA-376 Part 2): part names,
 * content types, and relationships followed from `_rels/.rels` wherever they lead, with relative,
 * absolute and `..` targets, and names matched without regard to case as the standard says
 * (Part 2, §9.1.1.1: part names are compared case-insensitively).
 */
import { FileError, type PackageKind } from '../errors';
import { MAX_XML_DEPTH, scanXml, valueOf, XmlError, type XmlElement } from './xml';
import { findEntry, readEntry, type Zip, type ZipEntry } from './zip';

export interface Relationship {
  readonly id: string;
  /** The type's last segment ("worksheet", "officeDocument"): transitional and strict alike. */
  readonly type: string;
  readonly fullType: string;
  /** The target part's name (no leading slash), or the raw target of an external one. */
  readonly target: string;
  readonly external: boolean;
}

export interface PartText {
  readonly name: string;
  readonly text: string;
  readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'latin1';
  readonly bom: boolean;
}

export interface Package {
  readonly zip: Zip;
  /** Content type of each part by its lower-case name, and by lower-case extension. */
  readonly overrides: ReadonlyMap<string, string>;
  readonly defaults: ReadonlyMap<string, string>;
}

/** Part names without their leading slash, `.` and `..` resolved; undefined for a name that climbs out of the package. */
export const normalisePartName = (name: string): string | undefined => {
  const segments: string[] = [];
  for (const segment of name.replace(/\\/g, '/').split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return undefined;
      segments.pop();
    } else segments.push(segment);
  }
  return segments.join('/');
};

const directoryOf = (part: string): string => part.slice(0, part.lastIndexOf('/') + 1);

/** The relationships part of a part ("xl/workbook.xml" → "xl/_rels/workbook.xml.rels"; "" → "_rels/.rels"). */
export const relsPartName = (part: string): string => `${directoryOf(part)}_rels/${part.slice(part.lastIndexOf('/') + 1)}.rels`;

/** Where a relative target from `source` points ("../drawings/d1.xml" from "xl/worksheets/s1.xml"). */
export const resolveTarget = (source: string, target: string): string | undefined => {
  const path = target.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    // A stray % is a literal character then.
  }
  return normalisePartName(decoded.startsWith('/') ? decoded : directoryOf(source) + decoded);
};

/** The zip entry of a part, by name as the package spells it or in another case. */
export const partEntry = (pkg: Package, name: string): ZipEntry | undefined => findEntry(pkg.zip, name);

export const hasPart = (pkg: Package, name: string): boolean => partEntry(pkg, name) !== undefined;

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const UTF16LE = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });
const UTF16BE = new TextDecoder('utf-16be', { fatal: true, ignoreBOM: true });

/** XML parts are UTF-8 or UTF-16, told by their byte order mark or first bytes (XML 1.0, appendix F). */
export const decodePart = (name: string, bytes: Uint8Array): PartText => {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { name, text: UTF8.decode(bytes.subarray(3)), encoding: 'utf-8', bom: true };
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { name, text: UTF16LE.decode(bytes.subarray(2)), encoding: 'utf-16le', bom: true };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { name, text: UTF16BE.decode(bytes.subarray(2)), encoding: 'utf-16be', bom: true };
    if (bytes[0] === 0x3c && bytes[1] === 0x00) return { name, text: UTF16LE.decode(bytes), encoding: 'utf-16le', bom: false };
    if (bytes[0] === 0x00 && bytes[1] === 0x3c) return { name, text: UTF16BE.decode(bytes), encoding: 'utf-16be', bom: false };
    return { name, text: UTF8.decode(bytes), encoding: 'utf-8', bom: false };
  } catch {
    throw new FileError('damaged', { kind: 'not-text', part: name });
  }
};

/**
 * A legacy part (VML drawings) as text: UTF-8 when it is, else byte for character (Latin-1),
 * which gives the same bytes back for any content, so markup can be edited around text we do
 * not understand.
 */
export const decodeLegacyPart = (name: string, bytes: Uint8Array): PartText => {
  try {
    return decodePart(name, bytes);
  } catch {
    let text = '';
    for (let i = 0; i < bytes.length; i += 0x8000) text += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
    return { name, text, encoding: 'latin1', bom: false };
  }
};

/** A part's text back into bytes in the encoding it came in. */
export const encodePart = (part: Pick<PartText, 'encoding' | 'bom'>, text: string): Uint8Array => {
  if (part.encoding === 'latin1') return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);
  if (part.encoding === 'utf-8') {
    const body = new TextEncoder().encode(text);
    if (!part.bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  }
  const offset = part.bom ? 2 : 0;
  const out = new Uint8Array(offset + text.length * 2);
  const little = part.encoding === 'utf-16le';
  if (part.bom) out.set(little ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    out[offset + 2 * i + (little ? 0 : 1)] = code & 0xff;
    out[offset + 2 * i + (little ? 1 : 0)] = code >> 8;
  }
  return out;
};

/** Reads a part as text; undefined when the package has no such part. */
export const readPartText = (pkg: Package, name: string, limit?: number): PartText | undefined => {
  const entry = partEntry(pkg, name);
  return entry ? decodePart(entry.name, readEntry(pkg.zip, entry, limit)) : undefined;
};

/** Scans a part's XML, turning any trouble into a one-line FileError naming the part. */
export const scanPart = (part: PartText, handlers: Parameters<typeof scanXml>[1]): void => {
  try {
    scanXml(part.text, handlers);
  } catch (error) {
    if (!(error instanceof XmlError)) throw error;
    if (error.message.startsWith('a DTD')) throw new FileError('damaged', { kind: 'dtd', part: part.name }, error.message);
    if (error.message.startsWith('elements nested')) throw new FileError('damaged', { kind: 'too-deep', part: part.name, depth: MAX_XML_DEPTH }, error.message);
    throw new FileError('damaged', { kind: 'not-xml', part: part.name }, error.message);
  }
};

const PACKAGE_RELS_NS = new Set([
  'http://schemas.openxmlformats.org/package/2006/relationships',
  'http://purl.oclc.org/ooxml/package/relationships',
]);

/** Relationships parts are small: a workbook's lists its sheets and a few other parts. */
const RELS_LIMIT = 16 * 1024 * 1024;

/** The relationships of `source` ("" for the package's own), targets resolved to part names. */
export const relationshipsOf = (pkg: Package, source: string): Relationship[] => {
  const part = readPartText(pkg, relsPartName(source), RELS_LIMIT);
  if (!part) return [];
  const found: Relationship[] = [];
  scanPart(part, {
    open: (element: XmlElement) => {
      if (element.local !== 'Relationship' || (element.uri !== '' && !PACKAGE_RELS_NS.has(element.uri))) return;
      const id = valueOf(element, 'Id');
      const fullType = valueOf(element, 'Type') ?? '';
      const raw = valueOf(element, 'Target');
      if (id === undefined || raw === undefined) return;
      const external = (valueOf(element, 'TargetMode') ?? '').toLowerCase() === 'external';
      const target = external ? raw : resolveTarget(source, raw.trim());
      if (target === undefined) return;
      found.push({ id, type: fullType.slice(fullType.lastIndexOf('/') + 1), fullType, target, external });
    },
  });
  return found;
};

/** Content types are read once per package. */
const readContentTypes = (zip: Zip): Pick<Package, 'overrides' | 'defaults'> => {
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  const entry = findEntry(zip, '[Content_Types].xml');
  if (entry) {
    const part = decodePart(entry.name, readEntry(zip, entry, RELS_LIMIT));
    scanPart(part, {
      open: (element) => {
        const type = valueOf(element, 'ContentType');
        if (type === undefined) return;
        if (element.local === 'Override') {
          const name = normalisePartName(valueOf(element, 'PartName') ?? '');
          if (name) overrides.set(name.toLowerCase(), type);
        } else if (element.local === 'Default') {
          const extension = valueOf(element, 'Extension');
          if (extension) defaults.set(extension.toLowerCase(), type);
        }
      },
    });
  }
  return { overrides, defaults };
};

export const openPackage = (zip: Zip): Package => ({ zip, ...readContentTypes(zip) });

/** A part's content type: its Override, else the Default for its extension. */
export const contentTypeOf = (pkg: Package, name: string): string | undefined =>
  pkg.overrides.get(name.toLowerCase()) ?? pkg.defaults.get(name.slice(name.lastIndexOf('.') + 1).toLowerCase());

/** The package's main part, from `_rels/.rels` (its officeDocument relationship). */
export const mainPart = (pkg: Package): string | undefined =>
  relationshipsOf(pkg, '').find((r) => r.type === 'officeDocument' && !r.external && hasPart(pkg, r.target))?.target;

/** What kind of Office document a package is: by its main part's content type, else by the names it holds. */
export const packageKind = (pkg: Package): PackageKind | undefined => {
  let main: string | undefined;
  try {
    main = mainPart(pkg);
  } catch (error) {
    if (!(error instanceof FileError)) throw error;
  }
  const type = main ? (contentTypeOf(pkg, main) ?? '') : '';
  if (/spreadsheetml|ms-excel/i.test(type)) return 'xlsx';
  if (/wordprocessingml|ms-word/i.test(type)) return 'docx';
  if (/presentationml|ms-powerpoint/i.test(type)) return 'pptx';
  if (hasPart(pkg, 'xl/workbook.xml') || /(^|\/)workbook\.xml$/i.test(main ?? '')) return 'xlsx';
  if (hasPart(pkg, 'word/document.xml')) return 'docx';
  if (hasPart(pkg, 'ppt/presentation.xml')) return 'pptx';
  return main !== undefined ? 'package' : undefined;
};
