import { COLUMN_KEYS, COLUMN_NAMES, type ColumnKey } from '../columns';
import type { Finding } from '../findings';
import type { HeaderRow } from '../model';
import type { Rule } from './rule';

/** Each present column whose place among the present columns differs from its standard place. */
const misplaced = (header: HeaderRow): ColumnKey[] => {
  const index = header.columns.index;
  const standard = COLUMN_KEYS.filter((key) => index[key] !== undefined);
  const actual = [...standard].sort((a, b) => (index[a] ?? 0) - (index[b] ?? 0));
  return standard.filter((key, i) => actual[i] !== key);
};

export const columnsOrder: Rule<'columns.order'> = {
  id: 'columns.order',
  severity: 'warning',
  title: { nl: 'Kolommen in afwijkende volgorde', en: 'Columns out of order' },
  fix: {
    nl: `Zet de kolommen in deze volgorde: ${COLUMN_KEYS.map((k) => COLUMN_NAMES[k]).join(', ')}.`,
    en: `Put the columns in this order: ${COLUMN_KEYS.map((k) => COLUMN_NAMES[k]).join(', ')}.`,
  },
  check: ({ table }) =>
    table.rows
      .filter((row): row is HeaderRow => row.kind === 'header')
      .flatMap((header): Finding[] =>
        misplaced(header).map((key) => {
          const position = COLUMN_KEYS.indexOf(key) + 1;
          return {
            rule: columnsOrder.id,
            severity: columnsOrder.severity,
            column: COLUMN_NAMES[key],
            columnKey: key,
            message: {
              nl: `De kolom “${COLUMN_NAMES[key]}” hoort op plaats ${position}.`,
              en: `The column “${COLUMN_NAMES[key]}” belongs in place ${position}.`,
            },
            location: { ...header.location, column: header.columns.index[key] ?? 0 },
          };
        }),
      ),
};
