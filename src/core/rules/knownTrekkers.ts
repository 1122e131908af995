const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One pattern for the whole known list: a known name counts when it stands as a word of its own
 * ("JenV/ COA", "COA i.s.m. JenV"), whatever its case. Undefined when the list is empty.
 */
export const knownTrekkerPattern = (known: readonly string[], flags = 'iu'): RegExp | undefined => {
  const names = known.map((name) => name.trim()).filter((name) => name !== '');
  return names.length === 0
    ? undefined
    : new RegExp(`(?<![\\p{L}\\p{N}&])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}&])`, flags);
};

/** Whether a trekker names a known organisation: "a.i. JenV", "JenV/ COA", "COA i.s.m. JenV". */
export const namesKnownTrekker = (text: string, known: readonly string[]): boolean =>
  knownTrekkerPattern(known)?.test(text) ?? false;

/**
 * The known organisations a trekker names, as written, in the order they stand. `pattern` is
 * `knownTrekkerPattern(known, 'giu')`, made once per check: compiling it per cell cost a
 * 10,000-row check over 100 ms (npm run bench, core check).
 */
export const knownTrekkersIn = (text: string, pattern: RegExp | undefined): string[] =>
  pattern ? [...text.matchAll(pattern)].map((match) => match[0]) : [];
