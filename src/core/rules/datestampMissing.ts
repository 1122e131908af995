import type { Rule } from './rule';

export const datestampMissing: Rule<'datestamp.missing'> = {
  id: 'datestamp.missing',
  severity: 'warning',
  title: { nl: 'Datum ontbreekt', en: 'Date stamp missing' },
  check: ({ table }) =>
    table.dateStamp
      ? []
      : [
          {
            rule: datestampMissing.id,
            severity: datestampMissing.severity,
            message: {
              nl: 'Onder de tabel staat geen datum (zoals “19 juni 2021”).',
              en: 'There is no date stamp (such as “19 juni 2021”) below the table.',
            },
          },
        ],
};
