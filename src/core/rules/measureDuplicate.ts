import { measures, type MeasureRow } from '../model';
import { measureFinding, type Rule } from './rule';

export const measureDuplicate: Rule<'measure.duplicate'> = {
  id: 'measure.duplicate',
  severity: 'error',
  title: { nl: 'Nummer dubbel gebruikt', en: 'Number used twice' },
  fix: {
    nl: 'Geef een van de twee maatregelen het juiste nummer.',
    en: 'Give one of the two measures its correct number.',
  },
  check: ({ table }) => {
    const seen = new Map<string, MeasureRow>();
    return measures(table).flatMap((m) => {
      const number = m.number?.number;
      if (number === undefined) return [];
      const first = seen.get(number);
      if (!first) {
        seen.set(number, m);
        return [];
      }
      return [
        measureFinding(
          measureDuplicate,
          m,
          'maatregel',
          {
            nl: `Nummer ${number} staat er twee keer: bij “${first.title}” en bij “${m.title}”.`,
            en: `Number ${number} is used twice: for “${first.title}” and for “${m.title}”.`,
          },
          number,
        ),
      ];
    });
  },
};
