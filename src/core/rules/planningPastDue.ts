import { formatDutchDate } from '../datestamp';
import { isBlankCell } from '../document';
import { measures } from '../model';
import { measureFinding, quote, type Rule } from './rule';

export const planningPastDue: Rule<'planning.past-due'> = {
  id: 'planning.past-due',
  severity: 'error',
  title: { nl: 'Planning verlopen', en: 'Planning past due' },
  check: ({ table, referenceDate, planningOf }) => {
    const ref = formatDutchDate(referenceDate);
    return measures(table)
      .filter((m) => !isBlankCell(m.cells.planning))
      .flatMap((m) => {
        const parsed = planningOf(m);
        const latest = parsed.latest;
        if (parsed.kind !== 'dated' || !parsed.deadline || !latest || parsed.deadline.latest >= referenceDate) {
          return [];
        }
        const due = formatDutchDate(parsed.deadline.latest);
        return [
          measureFinding(
            planningPastDue,
            m,
            'planning',
            {
              nl: `De planning van maatregel ${m.subject} is verlopen: ${quote(latest.words)} loopt uiterlijk tot ${due}, vóór de peildatum ${ref}.`,
              en: `The planning of measure ${m.subject} is past due: ${quote(latest.words)} ends ${due} at the latest, before the reference date ${ref}.`,
            },
            latest.words,
          ),
        ];
      });
  },
};
