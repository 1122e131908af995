/**
 * What every WordprocessingML part we read shares: the two main namespaces (transitional and
 * strict), attribute and on/off values as the schema defines them, and one guarded streaming
 * parse (no DTD, bounded depth, a FileError for anything not well-formed).
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { FileError } from '../errors';

export const W_TRANSITIONAL = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const W_STRICT = 'http://purl.oclc.org/ooxml/wordprocessingml/main';
export const MC = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/**
 * Deepest element nesting read. Word documents nest a few dozen levels (a nested table adds about
 * five). saxes looks namespace prefixes up through every open element, so thousands of levels
 * make parsing quadratic (a 450 KB file took 20 s): deeper parts are refused as damaged.
 */
export const MAX_DEPTH = 1000;

export const isW = (uri: string | undefined): boolean => uri === W_TRANSITIONAL || uri === W_STRICT;

/** A `w:`-namespaced attribute's value. */
export const wAttr = (tag: SaxesTagNS, local: string): string | undefined => {
  const { attributes } = tag;
  for (const name in attributes) {
    const a = attributes[name];
    if (a && a.local === local && isW(a.uri)) return a.value;
  }
  return undefined;
};

/** An on/off property (`<w:b/>`, `<w:b w:val="0"/>`): present without a value means on (ST_OnOff). */
export const onOff = (value: string | undefined): boolean => value === undefined || !/^(false|0|off|none)$/i.test(value);

/** A decimal attribute within [low, high], or undefined when absent or not a number. */
export const intValue = (value: string | undefined, low: number, high: number): number | undefined => {
  if (value === undefined || !/^\s*[+-]?\d+\s*$/.test(value)) return undefined;
  const n = Number.parseInt(value, 10);
  return Math.max(low, Math.min(high, n));
};


/** An open element as the part handlers see it: its name and the names of the elements around it. */
export interface OpenElement {
  readonly local: string;
  /** In the main WordprocessingML namespace. */
  readonly w: boolean;
  readonly tag: SaxesTagNS;
}

export interface PartHandlers {
  /** `path` holds the open elements, outermost first, this one last. */
  readonly open: (element: OpenElement, path: readonly OpenElement[]) => void;
  readonly close?: (element: OpenElement, path: readonly OpenElement[]) => void;
}

/** True when the innermost elements of `path` (this one last) are, in order, these `w:` elements. */
export const endsWith = (path: readonly OpenElement[], ...locals: readonly string[]): boolean =>
  locals.every((local, i) => {
    const element = path[path.length - locals.length + i];
    return element !== undefined && element.w && element.local === local;
  });

/**
 * Parses a whole part (styles.xml, numbering.xml) with the same guards as document.xml: a DTD
 * (and so any entity declaration) or nesting beyond MAX_DEPTH is refused as damage.
 */
export const scanPart = (xml: string, part: string, handlers: PartHandlers): void => {
  if (/<!(DOCTYPE|ENTITY)/i.test(xml)) throw new FileError('damaged', { kind: 'dtd', part }, 'it declares a DTD or entities, which a Word document never does');
  const parser = new SaxesParser({ xmlns: true });
  const path: OpenElement[] = [];
  parser.on('opentagstart', () => {
    if (path.length >= MAX_DEPTH) throw new FileError('damaged', { kind: 'too-deep', part, depth: MAX_DEPTH }, `elements are nested more than ${MAX_DEPTH} deep`);
  });
  parser.on('opentag', (tag) => {
    const element: OpenElement = { local: tag.local, w: isW(tag.uri), tag };
    path.push(element);
    handlers.open(element, path);
  });
  parser.on('closetag', () => {
    const element = path[path.length - 1];
    if (element) handlers.close?.(element, path);
    path.pop();
  });
  try {
    parser.write(xml).close();
  } catch (error) {
    if (error instanceof FileError) throw error;
    throw new FileError('damaged', { kind: 'not-xml', part }, `not well-formed XML (${(error as Error).message.split('\n')[0]})`);
  }
};
