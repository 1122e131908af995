import { localizedDate, type Rule } from './rule';

export const datestampStale: Rule<'datestamp.stale'> = {
  id: 'datestamp.stale',
  severity: 'info',
  title: { nl: 'Datum verouderd', en: 'Date stamp out of date' },
  fix: {
    nl: 'Klik op Datum bijwerken: de datum onder de tabel wordt die van vandaag.',
    en: 'Click Update date to set the date below the table to today.',
  },
  check: ({ table, referenceDate }) => {
    const stamp = table.dateStamp;
    if (!stamp || stamp.date >= referenceDate) return [];
    // The reference date is in the pane's summary; the message names the stamp's date once.
    const date = localizedDate(stamp.date);
    return [
      {
        rule: datestampStale.id,
        severity: datestampStale.severity,
        message: {
          nl: `De datum onder de tabel, ${date.nl}, is verouderd.`,
          en: `The date below the table, ${date.en}, is out of date.`,
        },
        words: stamp.words,
        location: { block: stamp.block },
      },
    ];
  },
};
