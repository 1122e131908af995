import { parseDutchDate } from '../datestamp';
import { isBlankCell } from '../document';
import type { Localized } from '../findings';
import { measures } from '../model';
import { squash } from '../text';
import { localizedDate, measureFinding, measureName, quote, type Rule } from './rule';

export const planningPastDue: Rule<'planning.past-due'> = {
  id: 'planning.past-due',
  severity: 'error',
  title: { nl: 'Planning verlopen', en: 'Planning past due' },
  fix: {
    nl: 'Zet een nieuwe datum in de planning, of schrijf erbij dat de maatregel is afgerond.',
    en: 'Give the planning a new date, or note that the measure is completed (“afgerond”).',
  },
  check: ({ table, referenceDate, planningOf }) =>
    measures(table)
      .filter((m) => !isBlankCell(m.cells.planning))
      .flatMap((m) => {
        const parsed = planningOf(m);
        const latest = parsed.latest;
        if (parsed.kind !== 'dated' || !parsed.deadline || !latest || parsed.deadline.latest >= referenceDate) {
          return [];
        }
        // The date once. Words that say a full date ("8 juli 2021", "vóór 1 juli 2026") speak
        // for themselves in Dutch; English gives the deadline in English and leaves the Dutch
        // words to the pane's "words in the document". Words without a full date ("najaar
        // 2021") are quoted with the day they ended.
        const due = localizedDate(parsed.deadline.latest);
        const name = measureName(m);
        const words = squash(latest.words);
        const sayDate = parseDutchDate(words);
        const message: Localized =
          sayDate?.date === parsed.deadline.latest
            ? { nl: `De planning van ${name.nl} is verlopen op ${due.nl}.`, en: `The planning of ${name.en} ran out on ${due.en}.` }
            : sayDate
              ? { nl: `De planning van ${name.nl} is verlopen: ${quote(words)}.`, en: `The planning of ${name.en} ran out on ${due.en}.` }
              : {
                  nl: `De planning van ${name.nl} is verlopen: ${quote(words)} liep tot ${due.nl}.`,
                  en: `The planning of ${name.en} ran out: ${quote(words)} ended on ${due.en}.`,
                };
        return [
          measureFinding(
            planningPastDue,
            m,
            'planning',
            message,
            latest.words,
          ),
        ];
      }),
};
