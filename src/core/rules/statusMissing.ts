import { blankCellFindings } from './blankCell';
import { capitalized, type Rule } from './rule';

export const statusMissing: Rule<'status.missing'> = {
  id: 'status.missing',
  severity: 'warning',
  title: { nl: 'Stand van zaken ontbreekt', en: 'Status missing' },
  fix: {
    nl: 'Schrijf in de kolom Stand van zaken hoe het ervoor staat.',
    en: 'Describe in the Stand van zaken column where the measure stands.',
  },
  check: (context) =>
    blankCellFindings(
      statusMissing,
      'standVanZaken',
      (name) => ({
        nl: `${capitalized(name.nl)} heeft geen stand van zaken.`,
        en: `${capitalized(name.en)} has no status (Stand van zaken).`,
      }),
      context,
    ),
};
