import { blankCellFindings } from './blankCell';
import { capitalized, type Rule } from './rule';

export const planningMissing: Rule<'planning.missing'> = {
  id: 'planning.missing',
  severity: 'warning',
  title: { nl: 'Planning ontbreekt', en: 'Planning missing' },
  fix: {
    nl: 'Zet in de kolom Planning een datum of periode, of “N.v.t.”.',
    en: 'Enter a date or period in the Planning column, or “N.v.t.” (not applicable).',
  },
  check: (context) =>
    blankCellFindings(
      planningMissing,
      'planning',
      (name) => ({
        nl: `${capitalized(name.nl)} heeft geen planning.`,
        en: `${capitalized(name.en)} has no planning.`,
      }),
      context,
    ),
};
