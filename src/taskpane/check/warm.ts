import type { SourceDocument } from '../../core/document';
import { DEFAULT_SETTINGS } from '../../core/settings';
import type { Checker } from './view';

const row = (...cells: string[][]) => ({ cells: cells.map((paragraphs) => ({ paragraphs })) });

/**
 * A small status table that sends a check down most of its paths: a header, a heading, measures
 * with a planning that has passed, one that is vague, a missing trekker, an unknown one, one
 * named twice, and a date stamp.
 */
const WARM_DOCUMENT: SourceDocument = {
  blocks: [
    { kind: 'paragraph', text: 'Stand van zaken ondersteuningsmaatregelen' },
    {
      kind: 'table',
      rows: [
        row(['Ondersteuningsmaatregel'], ['Stand van zaken'], ['Planning'], ['Trekker']),
        row(['HUISVESTING']),
        row(['4.1.1 Maatregel'], ['Loopt.', 'Tweede alinea.'], ['De regeling loopt tot 31 december 2020'], ['BZK']),
        row(['4.1.2 Maatregel'], [''], ['najaar 2021'], ['']),
        row(['4.1.3. Maatregel'], ['Loopt.'], ['eind september 2021'], ['COA / COA']),
        row(['4.1.4 Maatregel'], ['Loopt.'], ['binnenkort'], ['Stichting Voorbeeld']),
      ],
    },
    { kind: 'paragraph', text: '19 juni 2021' },
  ],
};

/**
 * Runs one check of a small table while the pane waits for Office's first answers, so the
 * browser has compiled the check's code (it compiles a function when it first runs) before the
 * document arrives: the first real check then runs at the speed of every later one. Its result
 * is dropped; a failure changes nothing.
 */
export const warmUp = (checker: Checker): void => {
  setTimeout(() => {
    checker(WARM_DOCUMENT, '2021-06-19', DEFAULT_SETTINGS).catch(() => undefined);
  }, 0);
};
