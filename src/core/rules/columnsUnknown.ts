import type { Rule } from './rule';

export const columnsUnknown: Rule<'columns.unknown'> = {
  id: 'columns.unknown',
  severity: 'info',
  title: { nl: 'Extra kolom', en: 'Extra column' },
  check: ({ table }) =>
    table.header.columns.unknown.map(({ column, text }) => ({
      rule: columnsUnknown.id,
      severity: columnsUnknown.severity,
      column: text,
      message: {
        nl: `De kolom “${text}” hoort niet bij de standaardkolommen.`,
        en: `The column “${text}” is not one of the standard columns.`,
      },
      words: text,
      location: { ...table.header.location, column },
    })),
};
