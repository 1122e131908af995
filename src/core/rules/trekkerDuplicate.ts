import { cellString } from '../document';
import { measures } from '../model';
import { squash } from '../text';
import { knownTrekkerPattern, knownTrekkersIn } from './knownTrekkers';
import { measureFinding, measureName, quote, type Rule } from './rule';

/** The known names a trekker cell names more than once ("BZK/ COA/ BZK"), each once, as first written. */
const repeatedNames = (trekker: string, known: RegExp | undefined): string[] => {
  const firstSpelling = new Map<string, string>();
  const repeated = new Set<string>();
  knownTrekkersIn(trekker, known).forEach((name) => {
    const key = name.toLocaleLowerCase('nl');
    if (firstSpelling.has(key)) repeated.add(key);
    else firstSpelling.set(key, name);
  });
  return [...repeated].map((key) => firstSpelling.get(key) ?? key);
};

export const trekkerDuplicate: Rule<'trekker.duplicate'> = {
  id: 'trekker.duplicate',
  severity: 'info',
  title: { nl: 'Trekker dubbel genoemd', en: 'Trekker named twice' },
  fix: {
    nl: 'Noem elke organisatie één keer in de cel Trekker.',
    en: 'Name each organisation once in the Trekker cell.',
  },
  check: ({ table, settings }) => {
    const known = knownTrekkerPattern(settings.knownTrekkers, 'giu');
    return measures(table).flatMap((m) => {
      const trekker = squash(cellString(m.cells.trekker));
      const repeated = repeatedNames(trekker, known);
      const first = repeated[0];
      if (first === undefined) return [];
      const names = repeated.map(quote).join(', ');
      return [
        measureFinding(
          trekkerDuplicate,
          m,
          'trekker',
          {
            nl: `De trekker van ${measureName(m).nl} noemt ${names} twee keer: ${quote(trekker)}.`,
            en: `The trekker of ${measureName(m).en} names ${names} twice: ${quote(trekker)}.`,
          },
          first,
        ),
      ];
    });
  },
};
