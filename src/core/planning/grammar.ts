import { isoDate, isValidDate } from '../calendar';
import {
  AMOUNT_AFTER,
  AMOUNT_BEFORE,
  dayInterval,
  halfInterval,
  isFullMonthName,
  MAX_YEAR,
  MIN_YEAR,
  MONTH_WORDS,
  monthInterval,
  monthNumber,
  monthPartInterval,
  ORDINAL_WORDS,
  ordinalOf,
  PART_WORDS,
  partOf,
  quarterInterval,
  SEASON_WORDS,
  seasonInterval,
  seasonOf,
  weekInterval,
  yearInterval,
  yearPartInterval,
} from './lexicon';
import type { DateForm, Interval } from './types';

/**
 * The date grammar: one entry per written form. Each entry's pattern finds candidates; its
 * `read` turns a match into an interval, or into a function of the year when the text names
 * none ("eind september"), so a year further on in the sentence can complete it.
 */

export interface Atom {
  readonly start: number;
  readonly end: number;
  readonly form: DateForm;
  /** The interval, or how to get it once a year is known. */
  readonly interval: Interval | ((year: number) => Interval | undefined);
}

interface Form {
  readonly form: DateForm;
  readonly pattern: RegExp;
  readonly read: (m: RegExpExecArray, text: string) => Atom['interval'] | undefined;
}

const alternatives = (words: ReadonlyArray<readonly [string, unknown]>): string =>
  [...words.map(([w]) => w)].sort((a, b) => b.length - a.length).map((w) => w.replace(/\./g, '\\.')).join('|');

const B = '(?<![\\p{L}\\d])'; // no letter or digit before
const E = '(?![\\p{L}\\d])'; // no letter or digit after
const FULL_MONTHS = MONTH_WORDS.filter(([w]) => isFullMonthName(w));
const SHORT_MONTHS = MONTH_WORDS.filter(([w]) => !isFullMonthName(w));
// Only an abbreviation takes a dot: "eind september." ends a sentence.
const MONTH = `(${alternatives(FULL_MONTHS)}|(?:${alternatives(SHORT_MONTHS)})\\.?)(?![\\p{L}])`;
const YEAR = `(?:(\\d{4})|'(\\d{2}))(?![\\p{L}\\d])`;
const OF = '(?:\\s+van)?';
const PART = `(${alternatives(PART_WORDS)})`;
const SEASON = `(${alternatives(SEASON_WORDS)})(?![\\p{L}])`;
const ORDINAL = `(${alternatives(ORDINAL_WORDS)}|laatste)`;

const re = (source: string): RegExp => new RegExp(source, 'giu');

/** A year from its four-digit or apostrophe form, when plausible. */
const yearOf = (four: string | undefined, two: string | undefined): number | undefined => {
  const year = four !== undefined ? Number(four) : two !== undefined ? 2000 + Number(two) : undefined;
  return year !== undefined && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
};

/** When the year is missing, the atom waits for one; when it is there but implausible, no date. */
const withYear = (
  four: string | undefined,
  two: string | undefined,
  make: (year: number) => Interval | undefined,
): Atom['interval'] | undefined => {
  if (four === undefined && two === undefined) return make;
  const year = yearOf(four, two);
  return year === undefined ? undefined : make(year);
};

const dayOf = (year: number, month: number, day: number): Interval | undefined =>
  isValidDate(year, month, day) ? dayInterval(isoDate(year, month, day)) : undefined;

const FORMS: readonly Form[] = [
  {
    form: 'day',
    pattern: re(`${B}(\\d{4})-(\\d{2})-(\\d{2})${E}`),
    read: (m) => withYear(m[1], undefined, (y) => dayOf(y, Number(m[2]), Number(m[3]))),
  },
  {
    form: 'day',
    pattern: re(`${B}(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})${E}`),
    read: (m) => withYear(m[4], undefined, (y) => dayOf(y, Number(m[3]), Number(m[1]))),
  },
  {
    form: 'day-range',
    pattern: re(`${B}(\\d{1,2})\\s*(?:t\\/m|tot en met|tot|-|en)\\s*(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR})?`),
    read: (m) => {
      const month = monthNumber(m[3] ?? '') ?? 0;
      return withYear(m[4], m[5], (y) => {
        const from = dayOf(y, month, Number(m[1]));
        const to = dayOf(y, month, Number(m[2]));
        return from && to && from.earliest <= to.latest ? { earliest: from.earliest, latest: to.latest } : undefined;
      });
    },
  },
  {
    form: 'day',
    pattern: re(`${B}(\\d{1,2})\\s+${MONTH}(?:\\s+${YEAR})?`),
    read: (m) => {
      const month = monthNumber(m[2] ?? '') ?? 0;
      return withYear(m[3], m[4], (y) => dayOf(y, month, Number(m[1])));
    },
  },
  {
    form: 'month-part',
    pattern: re(`${B}${PART}(?:\\s+(?:van|de\\s+maand))?\\s+${MONTH}(?:\\s+${YEAR})?`),
    read: (m) => {
      const part = partOf(m[1] ?? '');
      const month = monthNumber(m[2] ?? '');
      return part && month ? withYear(m[3], m[4], (y) => monthPartInterval(y, month, part)) : undefined;
    },
  },
  {
    form: 'year-part',
    pattern: re(`${B}${PART}${OF}\\s+${YEAR}`),
    read: (m) => {
      const part = partOf(m[1] ?? '');
      return part ? withYear(m[2], m[3], (y) => yearPartInterval(y, part)) : undefined;
    },
  },
  {
    form: 'month',
    pattern: re(`${B}${MONTH}(?:${OF}\\s+${YEAR})?`),
    read: (m) => {
      const month = monthNumber(m[1] ?? '');
      if (!month) return undefined;
      if (m[2] === undefined && m[3] === undefined && !isFullMonthName(m[1] ?? '')) return undefined;
      return withYear(m[2], m[3], (y) => monthInterval(y, month));
    },
  },
  {
    form: 'season',
    pattern: re(`${B}(?:(?:${alternatives(PART_WORDS)})\\s+(?:van\\s+)?(?:het\\s+|de\\s+)?)?${SEASON}(?:${OF}\\s+${YEAR}(?:\\s*[-/]\\s*(?:\\d{4}|\\d{2})(?!\\d))?)?`),
    read: (m) => {
      const season = seasonOf(m[1] ?? '');
      return season ? withYear(m[2], m[3], (y) => seasonInterval(y, season)) : undefined;
    },
  },
  {
    form: 'quarter',
    pattern: re(`${B}[qk]\\s?([1-4])(?:\\s*[-/]?\\s*${YEAR})?${E}`),
    read: (m) => withYear(m[2], m[3], (y) => quarterInterval(y, Number(m[1]))),
  },
  {
    form: 'quarter',
    pattern: re(`${B}(\\d{4})\\s*[-/]?\\s*[qk]([1-4])${E}`),
    read: (m) => withYear(m[1], undefined, (y) => quarterInterval(y, Number(m[2]))),
  },
  {
    form: 'quarter',
    pattern: re(`${B}${ORDINAL}\\s+kwartaal${OF}(?:\\s+${YEAR})?`),
    read: (m) => {
      const quarter = ordinalOf(m[1] ?? '', 4);
      return quarter ? withYear(m[2], m[3], (y) => quarterInterval(y, quarter)) : undefined;
    },
  },
  {
    form: 'quarter',
    pattern: re(`${B}kwartaal\\s+([1-4])(?:\\s+(?:van\\s+)?${YEAR})?${E}`),
    read: (m) => withYear(m[2], m[3], (y) => quarterInterval(y, Number(m[1]))),
  },
  {
    form: 'half',
    // "H2" alone is as often a chapter ("zie H2") as a half year: only with a year.
    pattern: re(`${B}h([12])\\s*[-/]?\\s*${YEAR}`),
    read: (m) => withYear(m[2], m[3], (y) => halfInterval(y, Number(m[1]))),
  },
  {
    form: 'half',
    pattern: re(`${B}${ORDINAL}\\s+(?:helft|halfjaar|half\\s+jaar|jaarhelft)${OF}(?:\\s+${YEAR})?`),
    read: (m) => {
      const half = ordinalOf(m[1] ?? '', 2);
      return half === 1 || half === 2 ? withYear(m[2], m[3], (y) => halfInterval(y, half)) : undefined;
    },
  },
  {
    form: 'week',
    pattern: re(`${B}(?:week|wk)\\.?\\s*(\\d{1,2})(?:\\s*(?:van\\s+|[-/,]\\s*)?${YEAR})?${E}`),
    read: (m) => withYear(m[2], m[3], (y) => weekInterval(y, Number(m[1]))),
  },
  {
    form: 'year',
    pattern: re(`${B}(\\d{4})${E}`),
    read: (m, text) => {
      const before = text.slice(Math.max(0, m.index - 12), m.index);
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 20);
      if (AMOUNT_BEFORE.test(before) || AMOUNT_AFTER.test(after) || /\d[.,]$/.test(before)) return undefined;
      const year = yearOf(m[1], undefined);
      return year === undefined ? undefined : yearInterval(year);
    },
  },
];

/**
 * Every date-like stretch of `text`, longest first where they overlap, in text order. A match
 * that starts earlier wins over one inside it ("15 juli 2021" over "juli 2021").
 */
export const findAtoms = (text: string): Atom[] => {
  const candidates: Atom[] = [];
  for (const { form, pattern, read } of FORMS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      const interval = read(m, text);
      if (interval) candidates.push({ start: m.index, end: m.index + m[0].length, form, interval });
    }
  }
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const chosen: Atom[] = [];
  for (const atom of candidates) {
    const last = chosen[chosen.length - 1];
    if (!last || atom.start >= last.end) chosen.push(atom);
  }
  return chosen;
};
