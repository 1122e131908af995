/**
 * word/numbering.xml and the numbers Word draws from it: the "4.2.1." in front of a measure that
 * is a list item is not in the paragraph's XML, yet it is what the reader sees. This computes
 * each list paragraph's label the way Word counts (ECMA-376 Part 1 §17.9, with Word's own
 * departures as [MS-OI29500] §2.1.282 describes them).
 */
import { styleNumPr, type NumPr, type Styles } from './styles';
import { intValue, onOff, scanPart, wAttr } from './wordPart';

export type Suffix = 'tab' | 'space' | 'nothing';

export interface Level {
  readonly start: number;
  readonly format: string;
  /** `w:lvlText`: "%1.%2." — absent, the level draws nothing. */
  readonly text?: string;
  /** `w:lvlRestart`: 0 never restarts; n restarts after level n (1-based) or a higher one is used. */
  readonly restart?: number;
  readonly suffix: Suffix;
  /** `w:isLgl`: every number of the label as a decimal. */
  readonly legal: boolean;
  /** `w:pStyle`: the paragraph style this level belongs to (numbering through a heading style). */
  readonly style?: string;
  /** A picture bullet. */
  readonly picture: boolean;
}

export interface AbstractNum {
  readonly id: number;
  readonly levels: ReadonlyMap<number, Level>;
  /** This definition is a numbering style's: its levels are those of the list that style names. */
  readonly numStyleLink?: string;
}

export interface NumOverride {
  readonly start?: number;
  readonly level?: Level;
}

export interface Num {
  readonly id: number;
  readonly abstractId?: number;
  readonly overrides: ReadonlyMap<number, NumOverride>;
}

export interface Numbering {
  readonly abstracts: ReadonlyMap<number, AbstractNum>;
  readonly nums: ReadonlyMap<number, Num>;
}

export const EMPTY_NUMBERING: Numbering = { abstracts: new Map(), nums: new Map() };

const MAX_ID = 2 ** 31 - 1;
/** Nine levels, 0–8, in every list. */
const LEVELS = 9;

interface LevelBuilding {
  start?: number;
  format?: string;
  text?: string;
  restart?: number;
  suffix?: Suffix;
  legal?: boolean;
  style?: string;
  picture?: boolean;
}

const finishLevel = (l: LevelBuilding): Level => ({
  start: l.start ?? 0,
  format: l.format ?? 'decimal',
  suffix: l.suffix ?? 'tab',
  legal: l.legal ?? false,
  picture: l.picture ?? false,
  ...(l.text !== undefined ? { text: l.text } : {}),
  ...(l.restart !== undefined ? { restart: l.restart } : {}),
  ...(l.style !== undefined ? { style: l.style } : {}),
});

/** Parses numbering.xml; FileError('damaged') when it is not well-formed. */
export const parseNumbering = (xml: string, part = 'word/numbering.xml'): Numbering => {
  const abstracts = new Map<number, AbstractNum>();
  const nums = new Map<number, Num>();
  let abstract: { id?: number; levels: Map<number, Level>; numStyleLink?: string } | undefined;
  let num: { id?: number; abstractId?: number; overrides: Map<number, NumOverride> } | undefined;
  let override: { ilvl?: number; start?: number; level?: Level } | undefined;
  let level: { ilvl?: number; building: LevelBuilding } | undefined;

  scanPart(xml, part, {
    open: ({ local, w, tag }, path) => {
      if (!w) return;
      const parent = path[path.length - 2];
      const under = (name: string): boolean => parent !== undefined && parent.w && parent.local === name;
      const val = wAttr(tag, 'val');
      if (local === 'abstractNum' && under('numbering')) abstract = { id: intValue(wAttr(tag, 'abstractNumId'), 0, MAX_ID), levels: new Map() };
      else if (local === 'num' && under('numbering')) num = { id: intValue(wAttr(tag, 'numId'), 0, MAX_ID), overrides: new Map() };
      else if (local === 'numStyleLink' && abstract && under('abstractNum')) abstract.numStyleLink = val;
      else if (local === 'abstractNumId' && num && under('num')) num.abstractId = intValue(val, 0, MAX_ID);
      else if (local === 'lvlOverride' && num && under('num')) override = { ilvl: intValue(wAttr(tag, 'ilvl'), 0, LEVELS - 1) };
      else if (local === 'startOverride' && override && under('lvlOverride')) override.start = intValue(val, 0, MAX_ID);
      else if (local === 'lvl' && (under('abstractNum') || under('lvlOverride'))) level = { ilvl: intValue(wAttr(tag, 'ilvl'), 0, LEVELS - 1), building: {} };
      else if (level) {
        // A level's own children, or (numFmt) one inside mc:AlternateContent: the first one counts.
        const own = under('lvl') || (parent !== undefined && !parent.w);
        if (!own) return;
        const b = level.building;
        if (local === 'start') b.start ??= intValue(val, 0, MAX_ID);
        else if (local === 'numFmt') b.format ??= val ?? 'decimal';
        else if (local === 'lvlText') b.text ??= onOff(wAttr(tag, 'null') ?? 'false') ? '' : (val ?? '');
        else if (local === 'lvlRestart') b.restart ??= intValue(val, 0, MAX_ID);
        else if (local === 'suff') b.suffix ??= val === 'space' || val === 'nothing' ? val : 'tab';
        else if (local === 'isLgl') b.legal ??= onOff(val);
        else if (local === 'pStyle') b.style ??= val;
        else if (local === 'lvlPicBulletId') b.picture = true;
      }
    },
    close: ({ local, w }) => {
      if (!w) return;
      if (local === 'lvl' && level) {
        const done = finishLevel(level.building);
        if (level.ilvl !== undefined) {
          if (override) override.level ??= done;
          else if (abstract && !abstract.levels.has(level.ilvl)) abstract.levels.set(level.ilvl, done);
        }
        level = undefined;
      } else if (local === 'lvlOverride' && override) {
        if (num && override.ilvl !== undefined && !num.overrides.has(override.ilvl)) {
          num.overrides.set(override.ilvl, { ...(override.start !== undefined ? { start: override.start } : {}), ...(override.level ? { level: override.level } : {}) });
        }
        override = undefined;
      } else if (local === 'abstractNum' && abstract) {
        if (abstract.id !== undefined && !abstracts.has(abstract.id)) {
          abstracts.set(abstract.id, { id: abstract.id, levels: abstract.levels, ...(abstract.numStyleLink !== undefined ? { numStyleLink: abstract.numStyleLink } : {}) });
        }
        abstract = undefined;
      } else if (local === 'num' && num) {
        if (num.id !== undefined && !nums.has(num.id)) {
          nums.set(num.id, { id: num.id, overrides: num.overrides, ...(num.abstractId !== undefined ? { abstractId: num.abstractId } : {}) });
        }
        num = undefined;
      }
    },
  });
  return { abstracts, nums };
};

/** A paragraph's list membership as written: its own `w:numPr`, and its (resolved) paragraph style. */
export interface ListParagraph {
  readonly numPr?: NumPr | undefined;
  readonly style?: string | undefined;
}

/** How many numStyleLink hops are followed: one is what Word writes; a loop in a damaged file stops. */
const MAX_LINKS = 4;

/** The definition whose levels a num draws: through a numbering style's link to its list, if any. */
const abstractOf = (numbering: Numbering, styles: Styles, num: Num): AbstractNum | undefined => {
  let abstract = num.abstractId === undefined ? undefined : numbering.abstracts.get(num.abstractId);
  for (let hop = 0; abstract?.numStyleLink !== undefined && hop < MAX_LINKS; hop += 1) {
    const linked = styleNumPr(styles, abstract.numStyleLink, 'numbering')?.numId;
    const target = linked === undefined ? undefined : numbering.nums.get(linked);
    const next = target?.abstractId === undefined ? undefined : numbering.abstracts.get(target.abstractId);
    if (!next || next === abstract) break;
    abstract = next;
  }
  return abstract;
};

const ROMAN: readonly [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'],
  [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

const roman = (n: number): string => {
  let rest = n;
  let out = '';
  for (const [value, letters] of ROMAN) {
    while (rest >= value) {
      out += letters;
      rest -= value;
    }
  }
  return out;
};

/** Word's letters: A–Z, then AA, BB, … (the letter repeated), as far as a sane list goes. */
const letters = (n: number): string => String.fromCharCode(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

/**
 * One number in a format. Decimal, decimal with a leading zero, Roman and letters are drawn as
 * Word draws them; `none` draws nothing; every other format (ordinal, cardinal text, the East
 * Asian ones) is read as a decimal number, which is what a rule can use.
 */
export const formatNumber = (n: number, format: string): string => {
  switch (format) {
    case 'none':
      return '';
    case 'decimalZero':
      return n >= 0 && n < 10 ? `0${n}` : String(n);
    case 'upperRoman':
      return n >= 1 && n < 4000 ? roman(n) : String(n);
    case 'lowerRoman':
      return n >= 1 && n < 4000 ? roman(n).toLowerCase() : String(n);
    case 'upperLetter':
      return n >= 1 && n <= 26 * 30 ? letters(n) : String(n);
    case 'lowerLetter':
      return n >= 1 && n <= 26 * 30 ? letters(n).toLowerCase() : String(n);
    default:
      return String(n);
  }
};

/**
 * Whether using a paragraph at level `used` restarts level `level`. Without `w:lvlRestart` a level
 * restarts whenever any higher level is used; with it, when level `restart` (1-based) or a higher
 * one is; 0 never. Word takes only values that name a higher level ([MS-OI29500] §2.1.282).
 */
const restarts = (restart: number | undefined, level: number, used: number): boolean => {
  if (used >= level) return false;
  if (restart === undefined || restart - 1 >= level) return true;
  return restart > 0 && used <= restart - 1;
};

/**
 * The label Word draws before each paragraph of `paragraphs` (in document order), with the
 * separator it puts after it as a space (a tab or space suffix) or nothing; undefined where a
 * paragraph is no list item or its level draws a bullet (a bullet is no word a rule reads).
 *
 * Counting as Word does: every `w:num` that shares a definition (`w:abstractNum`) continues one
 * list, and a num's `w:startOverride` restarts its levels the first time that num is used — how
 * Word writes "continue numbering" and "restart at". Other readers of Word files came to the same
 * from Word's output (yukiyokotani/office-open-xml-viewer PR 590; firecrawl/anydoc PR 129). A level
 * not used yet shows its start value.
 */
export const listLabels = (numbering: Numbering, styles: Styles, paragraphs: readonly ListParagraph[]): (string | undefined)[] => {
  const counters = new Map<number, (number | undefined)[]>();
  const started = new Set<number>();
  // A document has few paragraph styles and many paragraphs: each style's list is looked up once.
  const styleLists = new Map<string, NumPr | undefined>();
  const listOfStyle = (style: string | undefined): NumPr | undefined => {
    if (style === undefined) return undefined;
    if (!styleLists.has(style)) styleLists.set(style, styleNumPr(styles, style));
    return styleLists.get(style);
  };
  return paragraphs.map(({ numPr, style }) => {
    if (numPr?.numId === undefined && listOfStyle(style) === undefined) return undefined;
    const fromStyle = listOfStyle(style);
    const numId = numPr?.numId ?? fromStyle?.numId;
    if (numId === undefined || numId === 0) return undefined;
    const num = numbering.nums.get(numId);
    const abstract = num ? abstractOf(numbering, styles, num) : undefined;
    if (!num || !abstract) return undefined;
    const levelOf = (l: number): Level | undefined => num.overrides.get(l)?.level ?? abstract.levels.get(l);
    const linked = style === undefined ? undefined : [...abstract.levels].find(([, l]) => l.style === style)?.[0];
    const ilvl = numPr?.ilvl ?? (numPr?.numId === undefined ? (fromStyle?.ilvl ?? linked) : undefined) ?? 0;
    const level = levelOf(ilvl);
    if (!level) return undefined;

    let count = counters.get(abstract.id);
    if (!count) {
      count = Array.from({ length: LEVELS }, () => undefined);
      counters.set(abstract.id, count);
    }
    const startOf = (l: number): number => num.overrides.get(l)?.start ?? levelOf(l)?.start ?? 0;
    if (!started.has(numId)) {
      started.add(numId);
      num.overrides.forEach((o, l) => {
        if (o.start !== undefined) count[l] = undefined;
      });
    }
    const current = count[ilvl];
    count[ilvl] = current === undefined ? startOf(ilvl) : current + 1;
    for (let deeper = ilvl + 1; deeper < LEVELS; deeper += 1) {
      if (restarts(abstract.levels.get(deeper)?.restart, deeper, ilvl)) count[deeper] = undefined;
    }
    if (level.format === 'bullet' || level.picture) return undefined;
    const label = (level.text ?? '').replace(/%([1-9])/g, (_, digit: string) => {
      const l = Number(digit) - 1;
      const value = count[l] ?? startOf(l);
      return formatNumber(value, level.legal && levelOf(l)?.format !== 'none' ? 'decimal' : (levelOf(l)?.format ?? 'decimal'));
    });
    if (label === '') return undefined;
    return level.suffix === 'nothing' ? label : `${label} `;
  });
};
