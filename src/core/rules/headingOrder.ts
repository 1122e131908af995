import { headingRows } from '../model';
import type { Rule } from './rule';

export const headingOrder: Rule<'heading.order'> = {
  id: 'heading.order',
  severity: 'warning',
  title: { nl: 'Koppen in afwijkende volgorde', en: 'Headings out of order' },
  fix: {
    nl: 'Zet de kop met zijn maatregelen terug in de volgorde van de hoofdstukken (4 tot en met 8).',
    en: 'Move the heading and its measures back into chapter order (4 to 8).',
  },
  check: ({ table }) => {
    const standard = headingRows(table).filter((h) => h.standard !== undefined);
    return standard.flatMap((h, i) => {
      const before = standard.slice(0, i).find((p) => (p.standard?.chapter ?? 0) > (h.standard?.chapter ?? 0));
      if (!before) return [];
      return [
        {
          rule: headingOrder.id,
          severity: headingOrder.severity,
          heading: h.text,
          message: {
            nl: `De kop “${h.text}” hoort vóór “${before.text}”, niet erna.`,
            en: `The heading “${h.text}” belongs before “${before.text}”, not after it.`,
          },
          location: h.location,
        },
      ];
    });
  },
};
