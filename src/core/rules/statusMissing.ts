import { blankCellFindings } from './blankCell';
import type { Rule } from './rule';

export const statusMissing: Rule<'status.missing'> = {
  id: 'status.missing',
  severity: 'warning',
  title: { nl: 'Stand van zaken ontbreekt', en: 'Status missing' },
  check: (context) =>
    blankCellFindings(
      statusMissing,
      'standVanZaken',
      (subject) => ({
        nl: `Maatregel ${subject} heeft geen stand van zaken.`,
        en: `Measure ${subject} has no status (Stand van zaken).`,
      }),
      context,
    ),
};
