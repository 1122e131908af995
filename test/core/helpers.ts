import type { SourceDocument } from '../../src/core';
import { type PlainRow, plainDocument } from '../fixtures/plain';

/** A measure row from four plain cell texts ('|' inside a text separates paragraphs). */
export const row = (...cells: string[]): PlainRow => cells.map((c) => (c === '' ? [''] : c.split('|')));

export const HEADER: PlainRow = row('Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker');

export const heading = (text: string): PlainRow => [[text]];

/** A one-table document with the standard header, the given rows and an optional stamp. */
export const doc = (rows: PlainRow[], after: string[] = ['19 juni 2021']): SourceDocument =>
  plainDocument({ tables: [[HEADER, ...rows]], after });

/** A document holding every standard heading, each with one complete measure. */
export const completeRows = (): PlainRow[] => [
  heading('HUISVESTING'),
  row('4.1 Woningen', 'Loopt', 'eind 2030', 'BZK'),
  heading('OPVANG KORTE TERMIJN'),
  row('5.1 Opvang', 'Loopt', 'eind 2030', 'COA'),
  heading('OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING'),
  row('6.1 Flex', 'Loopt', 'eind 2030', 'JenV'),
  heading('INBURGERING'),
  row('7.1 Inburgering', 'Loopt', 'eind 2030', 'SZW'),
  heading("ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES"),
  row('8.1 Ondersteuning', 'Loopt', 'eind 2030', 'LRT'),
];
