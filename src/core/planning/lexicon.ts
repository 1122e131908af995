import { addDays, isoDate, isoWeekMonday, lastDayOfMonth, type ISODate } from '../calendar';
import type { Interval } from './types';

/**
 * The Dutch words of planning cells, as tables. The grammar (`grammar.ts`) builds its patterns
 * from these lists, so adding a spelling is a one-line change here.
 */

/** Month spellings, full names first so the longest alternative is tried first. */
export const MONTH_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['januari', 1], ['februari', 2], ['maart', 3], ['april', 4], ['mei', 5], ['juni', 6], ['juli', 7],
  ['augustus', 8], ['september', 9], ['oktober', 10], ['november', 11], ['december', 12],
  ['jan', 1], ['febr', 2], ['feb', 2], ['mrt', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sept', 9], ['sep', 9], ['okt', 10], ['nov', 11], ['dec', 12],
];

const MONTH_BY_WORD = new Map(MONTH_WORDS);

/** Abbreviations ("jan", "dec") are too ambiguous to stand for a month without a day or year. */
const FULL_MONTH_NAMES = new Set(MONTH_WORDS.slice(0, 12).map(([w]) => w));

export const isFullMonthName = (word: string): boolean => FULL_MONTH_NAMES.has(word.toLowerCase());

export const monthNumber = (word: string): number | undefined => MONTH_BY_WORD.get(word.toLowerCase().replace(/\.$/, ''));

export const monthInterval = (year: number, month: number): Interval => ({
  earliest: isoDate(year, month, 1),
  latest: lastDayOfMonth(year, month),
});

export const yearInterval = (year: number): Interval => ({ earliest: isoDate(year, 1, 1), latest: isoDate(year, 12, 31) });

/** Which part of a month "begin/medio/eind" names: thirds of the month. */
export type PartWord = 'begin' | 'midden' | 'eind';

export const PART_WORDS: ReadonlyArray<readonly [string, PartWord]> = [
  ['begin', 'begin'], ['start', 'begin'], ['halverwege', 'midden'], ['medio', 'midden'], ['midden', 'midden'],
  ['half', 'midden'], ['einde', 'eind'], ['eind', 'eind'], ['ultimo', 'eind'],
];

const PART_BY_WORD = new Map(PART_WORDS);

export const partOf = (word: string): PartWord | undefined => PART_BY_WORD.get(word.toLowerCase());

export const monthPartInterval = (year: number, month: number, part: PartWord): Interval => {
  switch (part) {
    case 'begin':
      return { earliest: isoDate(year, month, 1), latest: isoDate(year, month, 10) };
    case 'midden':
      return { earliest: isoDate(year, month, 11), latest: isoDate(year, month, 20) };
    case 'eind':
      return { earliest: isoDate(year, month, 21), latest: lastDayOfMonth(year, month) };
  }
};

/** "begin 2022" is the first quarter, "medio" May to August, "eind" the last quarter. */
export const yearPartInterval = (year: number, part: PartWord): Interval => {
  switch (part) {
    case 'begin':
      return { earliest: isoDate(year, 1, 1), latest: isoDate(year, 3, 31) };
    case 'midden':
      return { earliest: isoDate(year, 5, 1), latest: isoDate(year, 8, 31) };
    case 'eind':
      return { earliest: isoDate(year, 10, 1), latest: isoDate(year, 12, 31) };
  }
};

export type Season = 'voorjaar' | 'zomer' | 'najaar' | 'winter';

export const SEASON_WORDS: ReadonlyArray<readonly [string, Season]> = [
  ['voorjaar', 'voorjaar'], ['lente', 'voorjaar'], ['zomer', 'zomer'], ['najaar', 'najaar'],
  ['herfst', 'najaar'], ['winter', 'winter'],
];

const SEASON_BY_WORD = new Map(SEASON_WORDS);

export const seasonOf = (word: string): Season | undefined => SEASON_BY_WORD.get(word.toLowerCase());

/**
 * Seasons by their astronomical bounds, ending on the last day a Dutch reader would still call
 * it that season; winter Y runs from 21 December Y to the end of February Y+1.
 */
export const seasonInterval = (year: number, season: Season): Interval => {
  switch (season) {
    case 'voorjaar':
      return { earliest: isoDate(year, 3, 20), latest: isoDate(year, 6, 20) };
    case 'zomer':
      return { earliest: isoDate(year, 6, 21), latest: isoDate(year, 9, 22) };
    case 'najaar':
      return { earliest: isoDate(year, 9, 23), latest: isoDate(year, 12, 20) };
    case 'winter':
      return { earliest: isoDate(year, 12, 21), latest: lastDayOfMonth(year + 1, 2) };
  }
};

/** Ordinal words for quarters and halves. */
export const ORDINAL_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['eerste', 1], ['1ste', 1], ['1e', 1], ['tweede', 2], ['2de', 2], ['2e', 2], ['derde', 3], ['3de', 3], ['3e', 3],
  ['vierde', 4], ['4de', 4], ['4e', 4],
];

const ORDINAL_BY_WORD = new Map(ORDINAL_WORDS);

/** "laatste" is the last: the fourth quarter, the second half. */
export const ordinalOf = (word: string, last: number): number | undefined =>
  word.toLowerCase() === 'laatste' ? last : ORDINAL_BY_WORD.get(word.toLowerCase());

export const quarterInterval = (year: number, quarter: number): Interval => ({
  earliest: isoDate(year, quarter * 3 - 2, 1),
  latest: lastDayOfMonth(year, quarter * 3),
});

export const halfInterval = (year: number, half: number): Interval =>
  half === 1
    ? { earliest: isoDate(year, 1, 1), latest: isoDate(year, 6, 30) }
    : { earliest: isoDate(year, 7, 1), latest: isoDate(year, 12, 31) };

/** ISO week: Monday to Sunday. */
export const weekInterval = (year: number, week: number): Interval | undefined => {
  const monday = isoWeekMonday(year, week);
  return monday ? { earliest: monday, latest: addDays(monday, 6) } : undefined;
};

export const dayInterval = (date: ISODate): Interval => ({ earliest: date, latest: date });

/** Years a planning cell can plausibly mean; outside this, a four-digit number is a number. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2099;

/** Words after a four-digit number that make it an amount, not a year ("2000 woningen"). */
export const AMOUNT_AFTER =
  /^\s*(?:[.,]\d|%|x\b|(?:miljoen|mln|miljard|mld|euro|eur|procent|personen|mensen|woningen|wooneenheden|eenheden|plekken|opvangplekken|plaatsen|bedden|statushouders|asielzoekers|vluchtelingen|kinderen|jongeren|huishoudens|gemeenten|m2|m²|km)(?![\p{L}]))/iu;

/** Words before a four-digit number that make it an amount or a reference ("€ 2021", "artikel 2021"). */
export const AMOUNT_BEFORE = /(?:€|\beur|\bnr\.?|\bnummer|\bartikel|\bart\.|\bkenmerk)\s*$/iu;

/** Phrases meaning "there is no deadline". Each pattern is matched case-insensitively on word boundaries. */
export const NO_DEADLINE_PATTERNS: readonly RegExp[] = [
  /n\.\s?v\.\s?t\.?|(?<![\p{L}\d])nvt(?![\p{L}\d])|niet van toepassing/giu,
  /n\.\s?t\.\s?b\.?|(?<![\p{L}\d])ntb(?![\p{L}\d])|nader te bepalen|nog te bepalen/giu,
  /(?<![\p{L}\d])p\.\s?m\./giu,
  /(?<![\p{L}])(?:doorlopend|continu|structureel|permanent|periodiek|afgerond|gereed|voltooid)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:dage|(?:twee|drie)?weke|(?:twee|drie|zes)?maande|kwartaal|(?:half)?jaar)lijks(?![\p{L}])/giu,
  /(?<![\p{L}\d])(?:\d+\s*(?:x|keer|maal)|(?:een|één|twee|drie|vier|vijf|zes)\s*(?:keer|maal)|eens)\s+(?:per|in\s+de|in\s+het|elke|iedere)\s+(?:(?:\d+|twee|drie|vier|zes|acht|half)\s+)?(?:dag|dagen|week|weken|maand|maanden|kwartaal|jaar)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:elke|iedere|ieder|elk)\s+(?:(?:twee|drie|vier|zes)\s+)?(?:dag|week|weken|maand|maanden|kwartaal|jaar)(?![\p{L}])/giu,
  /(?<![\p{L}])per\s+kwartaal(?![\p{L}])/giu,
];

/** Phrases that promise something without a date. */
export const VAGUE_PATTERNS: readonly RegExp[] = [
  /z\.\s?s\.\s?m\.?|(?<![\p{L}\d])zsm(?![\p{L}\d])|zo\s+(?:snel|spoedig)\s+mogelijk/giu,
  /(?<![\p{L}])(?:op\s+)?(?:korte|middellange|lange)\s+termijn(?![\p{L}])/giu,
  /(?<![\p{L}])(?:binnenkort|spoedig|nog\s+niet\s+bekend|onbekend|in\s+overleg)(?![\p{L}])/giu,
  /(?<![\p{L}])(?:dit|volgend|komend)\s+jaar|(?:de\s+)?komende\s+(?:weken|maanden|periode)(?![\p{L}])/giu,
];
