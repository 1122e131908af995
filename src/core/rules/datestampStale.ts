import { formatDutchDate } from '../datestamp';
import type { Rule } from './rule';

export const datestampStale: Rule<'datestamp.stale'> = {
  id: 'datestamp.stale',
  severity: 'info',
  title: { nl: 'Datum verouderd', en: 'Date stamp out of date' },
  check: ({ table, referenceDate }) => {
    const stamp = table.dateStamp;
    if (!stamp || stamp.date >= referenceDate) return [];
    return [
      {
        rule: datestampStale.id,
        severity: datestampStale.severity,
        message: {
          nl: `De datum onder de tabel, “${stamp.words}”, is ouder dan de peildatum ${formatDutchDate(referenceDate)}.`,
          en: `The date stamp below the table, “${stamp.words}”, is older than the reference date ${formatDutchDate(referenceDate)}.`,
        },
        words: stamp.words,
        location: { block: stamp.block },
      },
    ];
  },
};
