import { cellString, isBlankCell } from '../document';
import { measures } from '../model';
import { squash } from '../text';
import { knownTrekkerPattern } from './knownTrekkers';
import { measureFinding, quote, type Rule } from './rule';

export const trekkerUnknown: Rule<'trekker.unknown'> = {
  id: 'trekker.unknown',
  severity: 'warning',
  title: { nl: 'Onbekende trekker', en: 'Unknown trekker' },
  check: ({ table, settings }) => {
    const known = knownTrekkerPattern(settings.knownTrekkers);
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
