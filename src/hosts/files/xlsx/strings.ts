import { scanPart, type PartText } from '../ooxml/package';
import { decodeText } from '../ooxml/xml';
import { SHEET_NS } from './a1';

/**
 * Shared strings and inline strings: the text of a string item is its `t`, or the `t` of each
 * rich-text run, without phonetic guides (`rPh`). Excel writes characters XML cannot hold as
 * `_xHHHH_` (ECMA-376 Part 1, §22.9.2.19, ST_Xstring).
 */

const XSTRING = /_x([0-9A-Fa-f]{4})_/g;

export const decodeXstring = (text: string): string =>
  text.indexOf('_x') < 0 ? text : text.replace(XSTRING, (_all, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

export interface SharedStrings {
  readonly texts: readonly string[];
  /** Where each item's XML is (for copying a rich text's first run format). */
  readonly spans: readonly { readonly start: number; readonly end: number }[];
  readonly part: PartText | undefined;
}

export const NO_STRINGS: SharedStrings = { texts: [], spans: [], part: undefined };

/** The local names of a string item: `si`, and `sstItem` in Excel 2007's beta format. */
const ITEM = new Set(['si', 'sstItem']);

export const readSharedStrings = (part: PartText | undefined): SharedStrings => {
  if (!part) return NO_STRINGS;
  const texts: string[] = [];
  const spans: { start: number; end: number }[] = [];
  const xml = part.text;
  let item: string[] | undefined;
  let itemStart = 0;
  let inText = 0;
  let phonetic = 0;
  scanPart(part, {
    open: (element) => {
      if (!SHEET_NS.has(element.uri)) return;
      if (element.depth === 1 && ITEM.has(element.local)) {
        if (element.selfClosing) {
          texts.push('');
          spans.push({ start: element.start, end: element.openEnd });
        } else {
          item = [];
          itemStart = element.start;
        }
      } else if (item && element.local === 'rPh') phonetic += 1;
      else if (item && element.local === 't' && phonetic === 0) inText += 1;
    },
    text: (_element, start, end, cdata) => {
      if (item && inText > 0) item.push(cdata ? xml.slice(start, end) : decodeText(xml.slice(start, end)));
    },
    close: (element, _start, end) => {
      if (!SHEET_NS.has(element.uri)) return;
      if (element.depth === 1 && ITEM.has(element.local) && item) {
        texts.push(decodeXstring(item.length === 1 ? (item[0] ?? '') : item.join('')));
        spans.push({ start: itemStart, end });
        item = undefined;
      } else if (item && element.local === 'rPh') phonetic -= 1;
      else if (item && element.local === 't' && phonetic === 0) inText -= 1;
    },
  });
  return { texts, spans, part };
};
