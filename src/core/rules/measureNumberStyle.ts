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
  fix: {
    nl: 'Schrijf de nummers in een tabel op één manier: allemaal met of allemaal zonder punt aan het eind.',
    en: 'Write the numbers in a table one way: all with or all without a trailing dot.',
  },
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
                nl: `Nummer “${written}” eindigt op een punt, anders dan de andere nummers in deze tabel.`,
                en: `Number “${written}” ends with a dot, unlike the other numbers in this table.`,
              }
            : {
                nl: `Nummer “${written}” eindigt zonder punt, anders dan de andere nummers in deze tabel.`,
                en: `Number “${written}” has no trailing dot, unlike the other numbers in this table.`,
              },
          written,
        );
      }),
    );
  },
};
