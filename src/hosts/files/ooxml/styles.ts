/**
 * word/styles.xml, read for what decides how a paragraph reads: whether its style is a heading
 * (an outline level, through the basedOn chain), whether its runs are bold or hidden through
 * their paragraph or character style, and which list numbering a paragraph style carries.
 */
import { endsWith, intValue, onOff, scanPart, wAttr } from './wordPart';

/** A list reference (`w:numPr`): either part may be left to a style. */
export interface NumPr {
  readonly numId?: number;
  readonly ilvl?: number;
}

/** The toggle properties we read (ECMA-376 Part 1, §17.7.3). */
export interface Toggles {
  readonly bold?: boolean;
  readonly vanish?: boolean;
}

export type ToggleKey = keyof Toggles;

export interface StyleRecord extends Toggles {
  readonly id: string;
  readonly type: string;
  readonly name?: string;
  readonly basedOn?: string;
  /** `w:outlineLvl` in the style's paragraph properties: 0–8 is a heading level, 9 body text. */
  readonly outlineLevel?: number;
  readonly numPr?: NumPr;
  readonly isDefault: boolean;
}

export interface Styles {
  readonly byId: ReadonlyMap<string, StyleRecord>;
  /** The paragraph style of a paragraph that names none (or one that does not exist): Word's "Normal". */
  readonly defaultParagraph?: string;
  /** The run properties of the document defaults (`w:docDefaults`). */
  readonly defaults: Toggles;
}

export const EMPTY_STYLES: Styles = { byId: new Map(), defaults: {} };

/** Highest value a numbering id or level is read as; anything larger is a damaged file's. */
const MAX_ID = 2 ** 31 - 1;

interface Building {
  id: string;
  type: string;
  isDefault: boolean;
  name?: string;
  basedOn?: string;
  outlineLevel?: number;
  numId?: number;
  ilvl?: number;
  bold?: boolean;
  vanish?: boolean;
}

/** Parses styles.xml; FileError('damaged') when it is not well-formed. */
export const parseStyles = (xml: string, part = 'word/styles.xml'): Styles => {
  const byId = new Map<string, StyleRecord>();
  const defaults: { bold?: boolean; vanish?: boolean } = {};
  let style: Building | undefined;
  let defaultParagraph: string | undefined;

  scanPart(xml, part, {
    open: ({ local, w, tag }, path) => {
      if (!w) return;
      const val = wAttr(tag, 'val');
      if (local === 'style' && endsWith(path, 'styles', 'style')) {
        style = { id: wAttr(tag, 'styleId') ?? '', type: wAttr(tag, 'type') ?? 'paragraph', isDefault: onOff(wAttr(tag, 'default') ?? 'false') };
        return;
      }
      if (endsWith(path, 'docDefaults', 'rPrDefault', 'rPr', local)) {
        if (local === 'b') defaults.bold = onOff(val);
        else if (local === 'vanish' || local === 'specVanish') defaults.vanish = onOff(val);
        return;
      }
      if (!style) return;
      if (endsWith(path, 'style', 'name')) style.name = val;
      else if (endsWith(path, 'style', 'basedOn')) style.basedOn = val;
      else if (endsWith(path, 'style', 'pPr', 'outlineLvl')) style.outlineLevel = intValue(val, 0, 9);
      else if (endsWith(path, 'style', 'pPr', 'numPr', 'numId')) style.numId = intValue(val, 0, MAX_ID);
      else if (endsWith(path, 'style', 'pPr', 'numPr', 'ilvl')) style.ilvl = intValue(val, 0, 8);
      else if (endsWith(path, 'style', 'rPr', 'b')) style.bold = onOff(val);
      else if (endsWith(path, 'style', 'rPr', 'vanish') || endsWith(path, 'style', 'rPr', 'specVanish')) style.vanish = onOff(val);
    },
    close: ({ local, w }, path) => {
      if (!w || local !== 'style' || !style || !endsWith(path, 'styles', 'style')) return;
      const { numId, ilvl, ...rest } = style;
      const numPr = numId !== undefined || ilvl !== undefined ? { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) } : undefined;
      // Word uses the first definition of an id; later duplicates are ignored.
      if (style.id !== '' && !byId.has(style.id)) byId.set(style.id, { ...rest, ...(numPr ? { numPr } : {}) });
      if (style.type === 'paragraph' && style.isDefault && style.id !== '') defaultParagraph ??= style.id;
      style = undefined;
    },
  });
  return { byId, defaults, ...(defaultParagraph !== undefined ? { defaultParagraph } : {}) };
};

/** Longest basedOn chain followed: Word's own styles are a few deep; a cycle in a damaged file stops here. */
const MAX_CHAIN = 32;

/** A style of `type` and the styles it is based on, nearest first. */
const chainOf = (styles: Styles, id: string | undefined, type: string): StyleRecord[] => {
  const chain: StyleRecord[] = [];
  const seen = new Set<string>();
  let current = id === undefined ? undefined : styles.byId.get(id);
  while (current && current.type === type && !seen.has(current.id) && chain.length < MAX_CHAIN) {
    chain.push(current);
    seen.add(current.id);
    current = current.basedOn === undefined ? undefined : styles.byId.get(current.basedOn);
  }
  return chain;
};

/** The paragraph style a paragraph has: the one it names if it exists, else the default paragraph style. */
export const paragraphStyleOf = (styles: Styles, pStyle: string | undefined): string | undefined =>
  pStyle !== undefined && styles.byId.get(pStyle)?.type === 'paragraph' ? pStyle : styles.defaultParagraph;

const BUILT_IN_HEADING = /^heading\s*[1-9]$/i;

/**
 * A heading style: the nearest outline level in its chain is 0–8 (9 is body text), or, with no
 * outline level anywhere, it is one of Word's built-in "heading 1"–"heading 9" (their `w:name`
 * is English in every language; the id is localised, "Kop1").
 */
export const isHeadingStyle = (styles: Styles, id: string | undefined): boolean => {
  const chain = chainOf(styles, id, 'paragraph');
  const level = chain.find((s) => s.outlineLevel !== undefined)?.outlineLevel;
  if (level !== undefined) return level < 9;
  return chain.some((s) => s.name !== undefined && BUILT_IN_HEADING.test(s.name.trim()));
};

/** The list numbering a paragraph (or numbering) style carries through its chain: the nearest numId and the nearest ilvl. */
export const styleNumPr = (styles: Styles, id: string | undefined, type: 'paragraph' | 'numbering' = 'paragraph'): NumPr | undefined => {
  const chain = chainOf(styles, id, type);
  const numId = chain.find((s) => s.numPr?.numId !== undefined)?.numPr?.numId;
  const ilvl = chain.find((s) => s.numPr?.ilvl !== undefined)?.numPr?.ilvl;
  return numId === undefined && ilvl === undefined ? undefined : { ...(numId !== undefined ? { numId } : {}), ...(ilvl !== undefined ? { ilvl } : {}) };
};

const chainValue = (chain: readonly StyleRecord[], key: ToggleKey): boolean | undefined => chain.find((s) => s[key] !== undefined)?.[key];

/**
 * A toggle property of a run (bold, hidden) as ECMA-376 Part 1 §17.7.3 resolves it: direct
 * formatting is absolute; otherwise the paragraph style's and the character style's values
 * (each the nearest in its own basedOn chain) toggle each other, so a bold character style in a
 * bold paragraph style gives normal text; with neither set, the document defaults.
 */
export const runToggle = (
  styles: Styles,
  key: ToggleKey,
  paragraphStyle: string | undefined,
  runStyle: string | undefined,
  direct: boolean | undefined,
): boolean => {
  if (direct !== undefined) return direct;
  const fromParagraph = chainValue(chainOf(styles, paragraphStyle, 'paragraph'), key);
  const fromCharacter = chainValue(chainOf(styles, runStyle, 'character'), key);
  if (fromParagraph === undefined && fromCharacter === undefined) return styles.defaults[key] ?? false;
  return (fromParagraph ?? false) !== (fromCharacter ?? false);
};
