import { measures } from '../model';
import { measureFinding, type Rule } from './rule';

export const measureChapter: Rule<'measure.chapter'> = {
  id: 'measure.chapter',
  severity: 'warning',
  title: { nl: 'Maatregel onder verkeerde kop', en: 'Measure under the wrong heading' },
  fix: {
    nl: 'Verplaats de maatregel naar de kop van zijn hoofdstuk, of verbeter het nummer.',
    en: 'Move the measure under the heading of its chapter, or correct its number.',
  },
  check: ({ table }) =>
    measures(table).flatMap((m) => {
      const chapter = m.number?.chapter;
      const heading = m.heading?.standard;
      if (chapter === undefined || !heading || heading.chapter === chapter || !m.heading) return [];
      return [
        measureFinding(
          measureChapter,
          m,
          'maatregel',
          {
            nl: `Maatregel ${m.subject} hoort bij hoofdstuk ${chapter}, maar staat onder “${m.heading.text}”.`,
            en: `Measure ${m.subject} belongs to chapter ${chapter}, but stands under “${m.heading.text}”.`,
          },
          m.number?.number,
        ),
      ];
    }),
};
