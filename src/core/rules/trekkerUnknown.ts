import { cellString, isBlankCell } from '../document';
import { measures } from '../model';
import { squash } from '../text';
import { knownTrekkerPattern } from './knownTrekkers';
import { capitalized, measureFinding, measureName, quote, type Rule } from './rule';

export const trekkerUnknown: Rule<'trekker.unknown'> = {
  id: 'trekker.unknown',
  severity: 'warning',
  title: { nl: 'Onbekende trekker', en: 'Unknown trekker' },
  fix: {
    nl: 'Controleer de naam. Klopt die, voeg de organisatie dan toe onder Instellingen, Bekende trekkers.',
    en: 'Check the name. If it is right, add the organisation under Settings, Known trekkers.',
  },
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
            nl: `${capitalized(measureName(m).nl)} heeft een onbekende trekker: ${quote(trekker)}.`,
            en: `${capitalized(measureName(m).en)} has an unknown trekker: ${quote(trekker)}.`,
          },
          trekker,
        ),
      );
  },
};
