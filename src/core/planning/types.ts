import type { ISODate } from '../calendar';

/** A stretch of days, both ends included. */
export interface Interval {
  readonly earliest: ISODate;
  readonly latest: ISODate;
}

/** How a date was written: the grammar form that matched. */
export type DateForm =
  | 'day'
  | 'day-range'
  | 'month'
  | 'month-part'
  | 'year'
  | 'year-part'
  | 'season'
  | 'quarter'
  | 'half'
  | 'week'
  | 'range';

/** A word before a date that changes what it means as a deadline. */
export type DateOperator = 'uiterlijk' | 'voor' | 'tot' | 't/m';

/** One date named in a planning cell: its interval and the words it came from. */
export interface DateExpression extends Interval {
  /** The words as they stand in the (normalised) text, operator included. */
  readonly words: string;
  /** Offset of `words` in `PlanningParse.text`. */
  readonly start: number;
  readonly form: DateForm;
  readonly operator?: DateOperator;
}

/** Words that are not a date but say something about the deadline ("N.v.t.", "z.s.m."). */
export interface Phrase {
  readonly words: string;
  readonly start: number;
}

/**
 * - `dated`: at least one date; the cell is judged by the latest one.
 * - `no-deadline`: no date, but words saying there is none (N.v.t., doorlopend, maandelijks…).
 * - `vague`: no date, only vague words or dates without a year.
 * - `unreadable`: text, but nothing the parser recognises.
 */
export type PlanningKind = 'empty' | 'dated' | 'no-deadline' | 'vague' | 'unreadable';

export interface PlanningParse {
  /** The cell's text after normalisation; offsets point into it. */
  readonly text: string;
  readonly kind: PlanningKind;
  /** The interval of the deciding (latest) expression. */
  readonly deadline?: Interval;
  /** The deciding expression: the one whose interval ends last. */
  readonly latest?: DateExpression;
  /** Every date named, in text order. */
  readonly expressions: readonly DateExpression[];
  readonly noDeadline: readonly Phrase[];
  readonly vague: readonly Phrase[];
}
