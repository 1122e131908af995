import { blankCellFindings } from './blankCell';
import { capitalized, type Rule } from './rule';

export const trekkerMissing: Rule<'trekker.missing'> = {
  id: 'trekker.missing',
  severity: 'error',
  title: { nl: 'Trekker ontbreekt', en: 'Trekker missing' },
  fix: {
    nl: 'Zet in de kolom Trekker de organisatie die verantwoordelijk is.',
    en: 'Enter the responsible organisation in the Trekker column.',
  },
  check: (context) =>
    blankCellFindings(
      trekkerMissing,
      'trekker',
      (name) => ({
        nl: `${capitalized(name.nl)} heeft geen trekker.`,
        en: `${capitalized(name.en)} has no trekker (lead).`,
      }),
      context,
    ),
};
