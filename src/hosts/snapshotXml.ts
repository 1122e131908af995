import { readSnapshot, type SnapshotRead } from '../core/review/snapshot';
import { decodeText, scanXml, XmlError } from './files/ooxml/xml';

/**
 * The custom XML part that keeps the last stand, as text: the same in a .docx, an .xlsx, Word
 * (`Office.context.document.customXmlParts`) and Excel (`workbook.customXmlParts`), so every
 * reader finds what any writer left. Pure: no package, no Office.
 */

export const SNAPSHOT_NS = 'urn:statustabel:snapshot';

/**
 * The XML of our part: the snapshot's JSON as the text of one element. Escaped where text must be
 * (&, <, >) and nowhere else, so JSON's many quotes stay one character; never CDATA, as JSON may
 * hold "]]>".
 */
export const snapshotPartXml = (json: string): string =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<snapshot xmlns="${SNAPSHOT_NS}">${json.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</snapshot>`;

/**
 * The snapshot's JSON out of a custom XML part's XML; undefined for anyone else's part. XML that
 * is not well-formed throws (`XmlError`): the caller turns that into a notice.
 */
export const snapshotJsonOf = (xml: string): string | undefined => {
  let ours = false;
  let text = '';
  scanXml(xml.replace(/^\uFEFF/, ''), {
    open: (element) => {
      if (element.depth === 0) ours = element.local === 'snapshot' && element.uri === SNAPSHOT_NS;
    },
    text: (element, start, end, cdata) => {
      if (ours && element.depth === 0) text += cdata ? xml.slice(start, end) : decodeText(xml.slice(start, end));
    },
  });
  return ours ? text : undefined;
};

/**
 * The stand among the XML of the document's custom XML parts, in the order Word or Excel lists
 * them: the last of ours is taken as the newest, since a save adds its part before it deletes the
 * old ones. XML that is not well-formed is a damaged stand.
 */
export const readStandFrom = (texts: readonly string[]): SnapshotRead => {
  for (const text of [...texts].reverse()) {
    try {
      const json = snapshotJsonOf(text);
      if (json !== undefined) return readSnapshot(json);
    } catch (error) {
      if (error instanceof XmlError) return { status: 'ignored', problem: 'damaged' };
      throw error;
    }
  }
  return { status: 'none' };
};
