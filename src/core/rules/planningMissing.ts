import { blankCellFindings } from './blankCell';
import type { Rule } from './rule';

export const planningMissing: Rule<'planning.missing'> = {
  id: 'planning.missing',
  severity: 'warning',
  title: { nl: 'Planning ontbreekt', en: 'Planning missing' },
  check: (context) =>
    blankCellFindings(
      planningMissing,
      'planning',
      (subject) => ({
        nl: `Maatregel ${subject} heeft geen planning.`,
        en: `Measure ${subject} has no planning.`,
      }),
      context,
    ),
};
