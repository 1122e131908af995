import { dateParts, isValidDate, isoDate, MONTHS_NL, type ISODate } from './calendar';
import { squash } from './text';

/** The date stamp paragraph after the table: "19 juni 2021". */
export interface DateStamp {
  /** The paragraph block that holds it. */
  readonly block: number;
  /** The paragraph's whole text. */
  readonly text: string;
  readonly date: ISODate;
  /** The words that are the date, within `text` (a stamp may read "Stand per 19 juni 2021"). */
  readonly words: string;
}

/** A Dutch long date from the fixed month list: "24 november 2026". */
export const formatDutchDate = (date: ISODate): string => {
  const { year, month, day } = dateParts(date);
  return `${day} ${MONTHS_NL[month - 1] ?? ''} ${year}`;
};

const LONG_DATE = new RegExp(`(?<![\\p{L}\\d])(\\d{1,2})\\s+(${MONTHS_NL.join('|')})\\s+(\\d{4})(?![\\p{L}\\d])`, 'iu');

/** Finds a Dutch long date in a text: its ISO date and the words it was written with. */
export const parseDutchDate = (text: string): { date: ISODate; words: string } | undefined => {
  const match = LONG_DATE.exec(squash(text));
  if (!match) return undefined;
  const day = Number(match[1]);
  const month = MONTHS_NL.indexOf((match[2] ?? '').toLowerCase() as (typeof MONTHS_NL)[number]) + 1;
  const year = Number(match[3]);
  return isValidDate(year, month, day) ? { date: isoDate(year, month, day), words: match[0] } : undefined;
};

/**
 * A stamp is a short paragraph that is a date (perhaps with a few words around it); the last
 * such paragraph after the table wins, as the stamp closes the document.
 */
const MAX_STAMP_LENGTH = 60;
/**
 * A paragraph longer than this, as written, is no stamp whatever its white space: it is not
 * normalised to find that out (a sheet may hold thousands of cells sharing a megabyte below the table).
 */
const MAX_STAMP_SOURCE = 1000;

export const findDateStamp = (after: readonly { readonly block: number; readonly text: string }[]): DateStamp | undefined => {
  for (let index = after.length - 1; index >= 0; index -= 1) {
    const paragraph = after[index];
    if (!paragraph || paragraph.text.length > MAX_STAMP_SOURCE) continue;
    const text = squash(paragraph.text);
    if (text === '' || text.length > MAX_STAMP_LENGTH) continue;
    const parsed = parseDutchDate(text);
    if (parsed) return { block: paragraph.block, text, ...parsed };
  }
  return undefined;
};

/** The stamp's text with its date replaced, keeping any words around it. */
export const restamp = (stamp: DateStamp | undefined, date: ISODate): string => {
  const formatted = formatDutchDate(date);
  return stamp ? stamp.text.replace(stamp.words, formatted) : formatted;
};
