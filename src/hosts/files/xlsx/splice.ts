import { FileError, type UnsafeKind } from '../errors';
import { escapeAttribute, type XmlAttribute } from '../ooxml/xml';
import { UnsafeShift } from './refs';

/** A change to a part's text: replace [start, end) with `text` (start = end inserts). */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** The text with the splices made; splices may come in any order but must not overlap. */
export const applySplices = (text: string, splices: readonly Splice[]): string => {
  if (splices.length === 0) return text;
  // Inserts at the same offset keep the order they were made in.
  const ordered = splices.map((s, i) => ({ s, i })).sort((a, b) => a.s.start - b.s.start || a.s.end - b.s.end || a.i - b.i);
  const parts: string[] = [];
  let at = 0;
  for (const { s } of ordered) {
    if (s.start < at) throw new Error(`overlapping edits at ${s.start}`);
    parts.push(text.slice(at, s.start), s.text);
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
};

/** A splice that gives an attribute a new value. */
export const setAttribute = (attribute: XmlAttribute, value: string): Splice => ({ start: attribute.start, end: attribute.end, text: escapeAttribute(value) });

/** The FileError for something that cannot move along with the inserted rows. */
export const refusal = (what: UnsafeKind, part: string, ref: string): FileError => new FileError('refused', { kind: 'unsafe', what, part, ref });

/** Runs `work`, turning an UnsafeShift into the FileError that names the part. */
export const inPart = <T>(part: string, work: () => T): T => {
  try {
    return work();
  } catch (error) {
    if (!(error instanceof UnsafeShift)) throw error;
    const { what, ref } = error.unsafe;
    if (what === 'sheet-full') throw new FileError('too-large', { kind: 'sheet-full', rows: 1_048_576 }, `${part}: ${ref}`);
    throw refusal(what, part, ref);
  }
};

/** Text as SpreadsheetML strings hold it: characters XML cannot carry as _xHHHH_, a literal "_xHHHH_" escaped (ST_Xstring). */
export const encodeXstring = (text: string): string =>
  text
    .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005F_x$1_')
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
