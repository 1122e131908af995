import { isBlankCell } from '../document';
import { measures } from '../model';
import { measureFinding, quote, type Rule } from './rule';

export const planningVague: Rule<'planning.vague'> = {
  id: 'planning.vague',
  severity: 'info',
  title: { nl: 'Planning zonder datum', en: 'Planning without a date' },
  check: ({ table, planningOf }) =>
    measures(table)
      .filter((m) => !isBlankCell(m.cells.planning))
      .flatMap((m) => {
        const parsed = planningOf(m);
        if (parsed.kind !== 'vague' && parsed.kind !== 'unreadable') return [];
        const words = parsed.vague.map((p) => p.words).join(', ');
        const message =
          parsed.kind === 'vague'
            ? {
                nl: `De planning van maatregel ${m.subject} noemt geen datum met jaartal, alleen ${quote(words)}.`,
                en: `The planning of measure ${m.subject} names no dated deadline, only ${quote(words)}.`,
              }
            : {
                nl: `In de planning van maatregel ${m.subject} staat geen datum.`,
                en: `The planning of measure ${m.subject} contains no date.`,
              };
        return [measureFinding(planningVague, m, 'planning', message, parsed.kind === 'vague' ? words : undefined)];
      }),
};
