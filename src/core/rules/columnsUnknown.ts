import type { Rule } from './rule';

export const columnsUnknown: Rule<'columns.unknown'> = {
  id: 'columns.unknown',
  severity: 'info',
  title: { nl: 'Extra kolom', en: 'Extra column' },
  fix: {
    nl: 'Staat de kolom er bewust? Dan hoeft u niets te doen; Statustabel controleert hem niet.',
    en: 'Is the column there on purpose? Then nothing needs doing; Statustabel does not check it.',
  },
  check: ({ table }) =>
    table.header.columns.unknown.map(({ column, text }) => ({
      rule: columnsUnknown.id,
      severity: columnsUnknown.severity,
      column: text,
      message: {
        nl: `De kolom “${text}” is geen standaardkolom.`,
        en: `The column “${text}” is not a standard column.`,
      },
      words: text,
      location: { ...table.header.location, column },
    })),
};
