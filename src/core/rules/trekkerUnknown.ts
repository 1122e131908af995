import { cellString, isBlankCell } from '../document';
import { measures } from '../model';
import { squash } from '../text';
import { measureFinding, quote, type Rule } from './rule';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One pattern for the whole list: a known name counts when it stands as a word of its own. */
const knownPattern = (known: readonly string[]): RegExp | undefined => {
  const names = known.map((name) => name.trim()).filter((name) => name !== '');
  return names.length === 0
    ? undefined
    : new RegExp(`(?<![\\p{L}\\p{N}&])(?:${names.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}&])`, 'iu');
};

/** Whether a trekker names a known organisation: "a.i. JenV", "JenV/ COA", "COA i.s.m. JenV". */
export const namesKnownTrekker = (text: string, known: readonly string[]): boolean =>
  knownPattern(known)?.test(text) ?? false;

export const trekkerUnknown: Rule<'trekker.unknown'> = {
  id: 'trekker.unknown',
  severity: 'warning',
  title: { nl: 'Onbekende trekker', en: 'Unknown trekker' },
  check: ({ table, settings }) => {
    const known = knownPattern(settings.knownTrekkers);
    return measures(table)
      .filter((m) => !isBlankCell(m.cells.trekker))
      .map((m) => ({ m, trekker: squash(cellString(m.cells.trekker)) }))
      .filter(({ trekker }) => !(known?.test(trekker) ?? false))
      .map(({ m, trekker }) =>
        measureFinding(
          trekkerUnknown,
          m,
          'trekker',
          {
            nl: `De trekker van maatregel ${m.subject}, ${quote(trekker)}, noemt geen bekende organisatie.`,
            en: `The trekker of measure ${m.subject}, ${quote(trekker)}, names no known organisation.`,
          },
          trekker,
        ),
      );
  },
};
