import { squash } from './text';

/** A standard section heading and the chapter of the Integrale Handreiking whose measures belong under it. */
export interface StandardHeading {
  readonly chapter: number;
  readonly text: string;
}

/** In their standard order. */
export const STANDARD_HEADINGS: readonly StandardHeading[] = [
  { chapter: 4, text: 'HUISVESTING' },
  { chapter: 5, text: 'OPVANG KORTE TERMIJN' },
  { chapter: 6, text: 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING' },
  { chapter: 7, text: 'INBURGERING' },
  { chapter: 8, text: "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES" },
];

/** Letters only, upper case: dashes, quotes, commas and spacing vary between copies. */
const foldHeading = (text: string): string =>
  squash(text)
    .toUpperCase()
    .replace(/[^A-Z0-9À-Ý]+/g, '');

/** A section number before a heading, drawn by list numbering or typed: "4. ", "4 ", "4.1 ". */
const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,3})*\.?\s+/;

/** The standard heading a text names, with or without a section number before it ("4. HUISVESTING"). */
export const recogniseHeading = (text: string): StandardHeading | undefined => {
  const folded = foldHeading(squash(text).replace(SECTION_NUMBER, ''));
  return folded === '' ? undefined : STANDARD_HEADINGS.find((h) => foldHeading(h.text) === folded);
};

/**
 * A heading is a short line (the longest standard one has 44 characters): a longer text is not
 * looked at letter by letter, so a cell holding a megabyte costs nothing here.
 */
export const MAX_HEADING_TEXT = 1000;

/** Upper-case text with at least two letters: how a section-heading row is written. */
export const looksLikeHeading = (text: string): boolean => {
  if (text.length > MAX_HEADING_TEXT) return false;
  const t = squash(text);
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && t === t.toLocaleUpperCase('nl-NL');
};
