import { addDays } from '../calendar';
import { normalizeText } from '../text';
import { findAtoms, type Atom } from './grammar';
import { NO_DEADLINE_PATTERNS, VAGUE_PATTERNS } from './lexicon';
import type { DateExpression, DateOperator, Interval, PlanningParse, Phrase } from './types';

/** How far (characters) a year may stand after a date without one and still complete it. */
const YEAR_REACH = 80;

/** Between two dates, these words make one range of them ("april/mei 2021", "2021 t/m 2026"). */
const RANGE_JOIN = /^\s*(?:t\s?\/\s?m|tot\s+en\s+met|tot|-|\/|en|of)\s*$/iu;

/** A sentence or paragraph ends between them: a year does not carry over. */
const SENTENCE_END = /[.!?;:](?:\s|$)|\n/u;

/** Quoted with a date that has no year, so the user reads "na de zomer", not "zomer". */
const LEAD_IN = /(?<![\p{L}])(?:na|voor|vóór|in|rond|tijdens|vanaf)\s+(?:de\s+|het\s+)?$/iu;

const OPERATOR_BEFORE = /(?<![\p{L}])(uiterlijk(?:\s+in|\s+op)?|niet\s+later\s+dan|v[oóò][oóò]r|tot\s+en\s+met|t\s?\/\s?m|tot)\s+(?:(?:de|het|in)\s+)?$/iu;

interface Resolved extends Interval {
  readonly start: number;
  readonly end: number;
  readonly form: DateExpression['form'];
  /** The year was borrowed from a later date in the same sentence. */
  readonly borrowed: boolean;
  readonly make?: (year: number) => Interval | undefined;
}

/** The year a dated atom is written with (winter 2021 ends in 2022: the start year counts). */
const writtenYear = (interval: Interval): number => Number(interval.earliest.slice(0, 4));

/**
 * Completes dates without a year from the next dated one in the same sentence ("15 juli tot
 * 31 december 2021"); what stays without a year is returned as vague words.
 */
const resolveYears = (text: string, atoms: readonly Atom[]): { dated: Resolved[]; yearless: Phrase[] } => {
  const dated: Resolved[] = [];
  const yearless: Phrase[] = [];
  // The nearest dated atom after each atom, found in one walk from the end.
  const donors: Array<{ readonly start: number; readonly interval: Interval } | undefined> = [];
  let next: { readonly start: number; readonly interval: Interval } | undefined;
  for (let i = atoms.length - 1; i >= 0; i -= 1) {
    donors[i] = next;
    const later = atoms[i];
    if (later && typeof later.interval !== 'function') next = { start: later.start, interval: later.interval };
  }
  atoms.forEach((atom, i) => {
    const { interval } = atom;
    if (typeof interval !== 'function') {
      dated.push({ ...interval, start: atom.start, end: atom.end, form: atom.form, borrowed: false });
      return;
    }
    const donor = donors[i];
    const gap = donor ? text.slice(atom.end, donor.start) : '';
    const found =
      donor && gap.length <= YEAR_REACH && !SENTENCE_END.test(gap) ? interval(writtenYear(donor.interval)) : undefined;
    if (found) dated.push({ ...found, start: atom.start, end: atom.end, form: atom.form, borrowed: true, make: interval });
    else {
      const lead = LEAD_IN.exec(text.slice(Math.max(0, atom.start - 12), atom.start));
      const start = atom.start - (lead ? lead[0].length : 0);
      yearless.push({ words: text.slice(start, atom.end), start });
    }
  });
  return { dated, yearless };
};

/** Joins "A t/m B", "A/B", "A tot B" into one range. A borrowed year may be one too late ("november tot februari 2022"). */
const joinRanges = (text: string, dated: readonly Resolved[]): Resolved[] => {
  const out: Resolved[] = [];
  for (const next of dated) {
    const prev = out[out.length - 1];
    if (prev && RANGE_JOIN.test(text.slice(prev.end, next.start))) {
      let from: Interval | undefined = prev;
      if (prev.earliest > next.latest && prev.borrowed && prev.make) {
        from = prev.make(Number(prev.earliest.slice(0, 4)) - 1);
      }
      if (from && from.earliest <= next.latest) {
        out[out.length - 1] = {
          earliest: from.earliest,
          latest: next.latest,
          start: prev.start,
          end: next.end,
          form: 'range',
          borrowed: false,
        };
        continue;
      }
    }
    out.push(next);
  }
  return out;
};

const operatorOf = (word: string): DateOperator => {
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w.startsWith('uiterlijk') || w.startsWith('niet later')) return 'uiterlijk';
  if (w.startsWith('tot en met') || w.replace(/\s/g, '') === 't/m') return 't/m';
  if (w === 'tot') return 'tot';
  return 'voor';
};

/**
 * The word before a date that makes it a deadline. "vóór X" ends the day before X. Plain
 * "voor" is also "for" ("middelen voor 2021"), so only counts before a full date.
 */
const withOperator = (text: string, r: Resolved): DateExpression => {
  const before = text.slice(Math.max(0, r.start - 30), r.start);
  const m = OPERATOR_BEFORE.exec(before);
  const plain: DateExpression = {
    earliest: r.earliest,
    latest: r.latest,
    words: text.slice(r.start, r.end),
    start: r.start,
    form: r.form,
  };
  if (!m) return plain;
  const operator = operatorOf(m[1] ?? '');
  const accented = /[óò]/u.test(m[1] ?? '');
  if (operator === 'voor' && !accented && r.form !== 'day') return plain;
  const start = r.start - before.length + m.index;
  const words = text.slice(start, r.end);
  if (operator === 'voor') {
    const dayBefore = addDays(r.earliest, -1);
    return { earliest: dayBefore, latest: dayBefore, words, start, form: r.form, operator };
  }
  return { ...plain, words, start, operator };
};

const findPhrases = (text: string, patterns: readonly RegExp[], taken: ReadonlyArray<{ start: number; end: number }>): Phrase[] => {
  const found: Array<Phrase & { end: number }> = [];
  for (const pattern of patterns) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex += 1;
        continue;
      }
      const start = m.index;
      const end = start + m[0].length;
      const overlaps = (o: { start: number; end: number }) => start < o.end && o.start < end;
      if (!taken.some(overlaps) && !found.some(overlaps)) found.push({ words: m[0], start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start).map(({ words, start }) => ({ words, start }));
};

/** The latest-ending expression decides; of equal ends, the first named. */
const latestOf = (expressions: readonly DateExpression[]): DateExpression | undefined =>
  expressions.reduce<DateExpression | undefined>((best, e) => (!best || e.latest > best.latest ? e : best), undefined);

/**
 * How much of a planning cell is read. A planning is a line or two ("Bespreking … najaar 2021");
 * a cell of a megabyte (a fuzzed or pasted file) is read for its start, so a check's time stays
 * bounded by the table, not by one cell's size.
 */
export const MAX_PLANNING_TEXT = 4000;

/**
 * Reads a planning cell: every date it names with its interval and words, the phrases that say
 * there is no deadline or only a vague one, and a verdict. Never throws.
 */
export const parsePlanning = (input: string): PlanningParse => {
  const raw = typeof input === 'string' ? input : '';
  const text = normalizeText(raw.length > MAX_PLANNING_TEXT ? raw.slice(0, MAX_PLANNING_TEXT) : raw);
  if (text.trim() === '') return { text, kind: 'empty', expressions: [], noDeadline: [], vague: [] };

  const atoms = findAtoms(text);
  const { dated, yearless } = resolveYears(text, atoms);
  const expressions = joinRanges(text, dated).map((r) => withOperator(text, r));
  const taken = atoms.map((a) => ({ start: a.start, end: a.end }));
  const noDeadline = findPhrases(text, NO_DEADLINE_PATTERNS, taken);
  const vague = [...findPhrases(text, VAGUE_PATTERNS, taken), ...yearless].sort((a, b) => a.start - b.start);

  const latest = latestOf(expressions);
  if (latest) {
    return {
      text,
      kind: 'dated',
      deadline: { earliest: latest.earliest, latest: latest.latest },
      latest,
      expressions,
      noDeadline,
      vague,
    };
  }
  const kind = noDeadline.length > 0 ? 'no-deadline' : vague.length > 0 ? 'vague' : 'unreadable';
  return { text, kind, expressions, noDeadline, vague };
};
