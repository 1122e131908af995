import { measures, type MeasureRow } from '../model';
import { measureFinding, type Rule } from './rule';

export const measureDuplicate: Rule<'measure.duplicate'> = {
  id: 'measure.duplicate',
  severity: 'error',
  title: { nl: 'Nummer dubbel gebruikt', en: 'Number used twice' },
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
            nl: `Het nummer ${number} staat er twee keer: “${m.title}” en eerder “${first.title}”.`,
            en: `The number ${number} is used twice: “${m.title}” and before it “${first.title}”.`,
          },
          number,
        ),
      ];
    });
  },
};
