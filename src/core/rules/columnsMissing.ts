import { COLUMN_KEYS, COLUMN_NAMES } from '../columns';
import type { Rule } from './rule';

export const columnsMissing: Rule<'columns.missing'> = {
  id: 'columns.missing',
  severity: 'error',
  title: { nl: 'Standaardkolom ontbreekt', en: 'Standard column missing' },
  fix: {
    nl: 'Voeg de kolom toe aan de tabel, met deze naam in de kopregel.',
    en: 'Add the column to the table, with this name in the header row.',
  },
  check: ({ table }) =>
    COLUMN_KEYS.filter((key) => table.header.columns.index[key] === undefined).map((key) => ({
      rule: columnsMissing.id,
      severity: columnsMissing.severity,
      column: COLUMN_NAMES[key],
      columnKey: key,
      message: {
        nl: `De kolom “${COLUMN_NAMES[key]}” ontbreekt in de kopregel.`,
        en: `The column “${COLUMN_NAMES[key]}” is missing from the header row.`,
      },
      location: table.header.location,
    })),
};
