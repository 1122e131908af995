import { headingRows } from '../model';
import type { Rule } from './rule';

export const headingOrder: Rule<'heading.order'> = {
  id: 'heading.order',
  severity: 'warning',
  title: { nl: 'Koppen in afwijkende volgorde', en: 'Headings out of order' },
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
            nl: `De kop “${h.text}” staat na “${before.text}”, maar hoort ervoor.`,
            en: `The heading “${h.text}” stands after “${before.text}” but belongs before it.`,
          },
          location: h.location,
        },
      ];
    });
  },
};
