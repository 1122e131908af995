import { measures, type MeasureRow } from '../model';
import { measureFinding, type Rule } from './rule';

/**
 * Within one table, the style most measures use is the norm (on a tie, the first measure's);
 * the measures written the other way are reported.
 */
const offStyle = (numbered: readonly MeasureRow[]): MeasureRow[] => {
  const dotted = numbered.filter((m) => m.number?.trailingDot).length;
  const plain = numbered.length - dotted;
  const norm = dotted === plain ? numbered[0]?.number?.trailingDot : dotted > plain;
  return numbered.filter((m) => m.number?.trailingDot !== norm);
};

export const measureNumberStyle: Rule<'measure.number-style'> = {
  id: 'measure.number-style',
  severity: 'info',
  title: { nl: 'Nummering met en zonder punt', en: 'Numbers with and without a trailing dot' },
  check: ({ table }) => {
    const byTable = new Map<number, MeasureRow[]>();
    for (const m of measures(table)) {
      if (m.number === undefined) continue;
      const list = byTable.get(m.location.block) ?? [];
      list.push(m);
      byTable.set(m.location.block, list);
    }
    return table.blocks.flatMap((t) =>
      offStyle(byTable.get(t) ?? []).map((m) => {
        const written = `${m.number?.number ?? ''}${m.number?.trailingDot ? '.' : ''}`;
        return measureFinding(
          measureNumberStyle,
          m,
          'maatregel',
          m.number?.trailingDot
            ? {
                nl: `Het nummer “${written}” eindigt op een punt, de andere nummers in deze tabel niet.`,
                en: `The number “${written}” ends with a dot; the other numbers in this table do not.`,
              }
            : {
                nl: `Het nummer “${written}” eindigt niet op een punt, de andere nummers in deze tabel wel.`,
                en: `The number “${written}” has no trailing dot; the other numbers in this table do.`,
              },
          written,
        );
      }),
    );
  },
};
