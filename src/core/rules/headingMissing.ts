import { headingRows, measures } from '../model';
import { STANDARD_HEADINGS } from '../headings';
import { measureName, type Rule } from './rule';

export const headingMissing: Rule<'heading.missing'> = {
  id: 'heading.missing',
  severity: 'error',
  title: { nl: 'Standaardkop ontbreekt', en: 'Standard heading missing' },
  fix: {
    nl: 'Klik op Koppen invoegen: de kop komt op de juiste plek.',
    en: 'Click Insert headings to add it in the right place.',
  },
  check: ({ table }) => {
    const present = new Set(headingRows(table).map((h) => h.standard?.chapter));
    return STANDARD_HEADINGS.filter((h) => !present.has(h.chapter)).map((h) => {
      const first = measures(table).find((m) => m.number?.chapter === h.chapter);
      return {
        rule: headingMissing.id,
        severity: headingMissing.severity,
        heading: h.text,
        message: {
          nl: first
            ? `De kop “${h.text}” (hoofdstuk ${h.chapter}) ontbreekt boven ${measureName(first).nl}.`
            : `De kop “${h.text}” (hoofdstuk ${h.chapter}) ontbreekt.`,
          en: first
            ? `The heading “${h.text}” (chapter ${h.chapter}) is missing above ${measureName(first).en}.`
            : `The heading “${h.text}” (chapter ${h.chapter}) is missing.`,
        },
        ...(first ? { location: first.location } : {}),
      };
    });
  },
};
