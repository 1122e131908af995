import type { Rule } from './rule';

export const datestampMissing: Rule<'datestamp.missing'> = {
  id: 'datestamp.missing',
  severity: 'warning',
  title: { nl: 'Datum ontbreekt', en: 'Date stamp missing' },
  fix: {
    nl: 'Klik op Datum bijwerken: de datum van vandaag komt onder de tabel.',
    en: 'Click Update date to add today’s date below the table.',
  },
  check: ({ table }) =>
    table.dateStamp
      ? []
      : [
          {
            rule: datestampMissing.id,
            severity: datestampMissing.severity,
            message: {
              nl: 'Onder de tabel staat geen datum.',
              en: 'There is no date below the table.',
            },
          },
        ],
};
