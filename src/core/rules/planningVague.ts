import { isBlankCell } from '../document';
import { measures } from '../model';
import { measureFinding, measureName, quote, type Rule } from './rule';

export const planningVague: Rule<'planning.vague'> = {
  id: 'planning.vague',
  severity: 'info',
  title: { nl: 'Planning zonder datum', en: 'Planning without a date' },
  fix: {
    nl: 'Noem een datum of periode met een jaartal, zodat te zien is wanneer de planning verloopt.',
    en: 'Name a date or period with a year, so it is clear when the planning runs out.',
  },
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
                nl: `De planning van ${measureName(m).nl} noemt geen jaartal: alleen ${quote(words)}.`,
                en: `The planning of ${measureName(m).en} names no year: only ${quote(words)}.`,
              }
            : {
                nl: `In de planning van ${measureName(m).nl} staat geen datum.`,
                en: `The planning of ${measureName(m).en} contains no date.`,
              };
        return [measureFinding(planningVague, m, 'planning', message, parsed.kind === 'vague' ? words : undefined)];
      }),
};
