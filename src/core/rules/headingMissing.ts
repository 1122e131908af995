import { headingRows, measures } from '../model';
import { STANDARD_HEADINGS } from '../headings';
import type { Rule } from './rule';

export const headingMissing: Rule<'heading.missing'> = {
  id: 'heading.missing',
  severity: 'error',
  title: { nl: 'Standaardkop ontbreekt', en: 'Standard heading missing' },
  check: ({ table }) => {
    const present = new Set(headingRows(table).map((h) => h.standard?.chapter));
    return STANDARD_HEADINGS.filter((h) => !present.has(h.chapter)).map((h) => {
      const first = measures(table).find((m) => m.number?.chapter === h.chapter);
      return {
        rule: headingMissing.id,
        severity: headingMissing.severity,
        heading: h.text,
        message: {
          nl: `De kop “${h.text}” (hoofdstuk ${h.chapter}) ontbreekt${first ? `; hij hoort boven maatregel ${first.subject}` : ''}.`,
          en: `The heading “${h.text}” (chapter ${h.chapter}) is missing${first ? `; it belongs above measure ${first.subject}` : ''}.`,
        },
        ...(first ? { location: first.location } : {}),
      };
    });
  },
};
