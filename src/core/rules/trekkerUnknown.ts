import { cellString, isBlankCell } from '../document';
import { measures } from '../model';
import { squash } from '../text';
import { measureFinding, quote, type Rule } from './rule';

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A known name counts when it stands as a word of its own: "a.i. JenV", "JenV/ COA", "COA i.s.m. JenV". */
export const namesKnownTrekker = (text: string, known: readonly string[]): boolean =>
  known.some((name) =>
    new RegExp(`(?<![\\p{L}\\p{N}&])${escapeRegExp(name.trim())}(?![\\p{L}\\p{N}&])`, 'iu').test(text),
  );

export const trekkerUnknown: Rule = {
  id: 'trekker.unknown',
  severity: 'warning',
  title: { nl: 'Onbekende trekker', en: 'Unknown trekker' },
  check: ({ table, settings }) =>
    measures(table)
      .filter((m) => !isBlankCell(m.cells.trekker))
      .map((m) => ({ m, trekker: squash(cellString(m.cells.trekker)) }))
      .filter(({ trekker }) => !namesKnownTrekker(trekker, settings.knownTrekkers))
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
      ),
};
