import { blankCellFindings } from './blankCell';
import type { Rule } from './rule';

export const trekkerMissing: Rule<'trekker.missing'> = {
  id: 'trekker.missing',
  severity: 'error',
  title: { nl: 'Trekker ontbreekt', en: 'Trekker missing' },
  check: (context) =>
    blankCellFindings(
      trekkerMissing,
      'trekker',
      (subject) => ({
        nl: `Maatregel ${subject} heeft geen trekker: niemand is verantwoordelijk.`,
        en: `Measure ${subject} has no trekker (lead): nobody is responsible.`,
      }),
      context,
    ),
};
