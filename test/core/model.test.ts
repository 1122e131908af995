import { measures, parseMeasureNumber, readStatusTable, type MeasureRow } from '../../src/core';
import { seedDocument } from '../fixtures/seed';
import { plainDocument } from '../fixtures/plain';
import { doc, heading, HEADER, row } from './helpers';

const ok = (result: ReturnType<typeof readStatusTable>) => {
  if (!result.ok) throw new Error(`expected a status table, got ${result.reason}`);
  return result.table;
};

describe('parseMeasureNumber', () => {
  it.each([
    ['4.2.1. Tussenvoorzieningen', '4.2.1', true, 4, 'Tussenvoorzieningen'],
    ['4.2.3 Interbestuurlijke werkgroep', '4.2.3', false, 4, 'Interbestuurlijke werkgroep'],
    ['7.2 Ondersteuningsmaatregelen', '7.2', false, 7, 'Ondersteuningsmaatregelen'],
    ['10.1 Tiende hoofdstuk', '10.1', false, 10, 'Tiende hoofdstuk'],
  ])('%j', (text, number, trailingDot, chapter, title) => {
    expect(parseMeasureNumber(text)).toEqual({ number: { number, trailingDot, chapter }, title });
  });

  it.each(['Ondersteuningsmaatregelen', '2021 plannen', '€ 3 miljoen'])('%j has no number', (text) => {
    expect(parseMeasureNumber(text).number).toBeUndefined();
  });
});

describe('readStatusTable', () => {
  it('reads the seed as one status table across its four tables', () => {
    const table = ok(readStatusTable(seedDocument));
    expect(table.blocks).toEqual([1, 3, 5, 7]);
    expect(table.rows.filter((r) => r.kind === 'header')).toHaveLength(4);
    expect(table.rows.filter((r) => r.kind === 'heading').map((r) => (r.kind === 'heading' ? r.text : ''))).toEqual([
      'HUISVESTING',
      'OPVANG KORTE TERMIJN',
      'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING',
      'INBURGERING',
      "ONDERSTEUNING PRT'S, GEMEENTEN EN PROVINCIES",
    ]);
    expect(measures(table).map((m) => m.subject)).toEqual([
      '4.2.1', '4.2.3', '4.2.5', '4.3.1', '4.3.2', '5.2.1', '5.2.2', '5.2.3',
      'Ondersteuningsmaatregelen', '7.2', '8.2.1', '8.2.2',
    ]);
    expect(table.dateStamp?.date).toBe('2021-06-19');
    expect(table.width).toBe(4);
  });

  it('carries the current heading over from table to table', () => {
    const table = ok(readStatusTable(seedDocument));
    const byNumber = (n: string): MeasureRow | undefined => measures(table).find((m) => m.subject === n);
    // 4.2.5 opens the second table, under HUISVESTING from the first.
    expect(byNumber('4.2.5')?.heading?.text).toBe('HUISVESTING');
    expect(byNumber('5.2.3')?.heading?.text).toBe('OPVANG KORTE TERMIJN');
    expect(byNumber('Ondersteuningsmaatregelen')?.heading?.standard?.chapter).toBe(6);
  });

  it('keeps a cell\'s paragraphs apart', () => {
    const table = ok(readStatusTable(seedDocument));
    const first = measures(table)[0];
    expect(first?.cells.standVanZaken).toHaveLength(3);
    expect(first?.cells.trekker).toEqual(['BZK']);
  });

  it('maps columns by name when they stand in another order', () => {
    const swapped = plainDocument({ tables: [[row('Trekker', 'Ondersteuningsmaatregel', 'Stand van zaken', 'Planning'), row('BZK', '4.1 Iets', 'Loopt', 'eind 2030')]] });
    const [m] = measures(ok(readStatusTable(swapped)));
    expect(m?.cells.trekker).toEqual(['BZK']);
    expect(m?.subject).toBe('4.1');
    expect(m?.cellLocation.planning).toEqual({ block: 0, row: 1, column: 3 });
  });

  it('reads a heading row that is not merged as a heading', () => {
    const table = ok(readStatusTable(doc([row('HUISVESTING', '', '', ''), row('4.1 Iets', 'Loopt', 'eind 2030', 'BZK')])));
    const h = table.rows[1];
    expect(h?.kind === 'heading' && h.form === 'row' && h.merged).toBe(false);
    expect(measures(table)[0]?.heading?.text).toBe('HUISVESTING');
  });

  it('treats a ragged row as a measure with empty missing cells', () => {
    const [m] = measures(ok(readStatusTable(doc([row('4.1 Iets', 'Loopt')]))));
    expect(m?.cells.planning).toEqual([]);
    expect(m?.cells.trekker).toEqual([]);
  });

  it('says clearly when there is nothing to check', () => {
    expect(readStatusTable(plainDocument({ tables: [] }))).toEqual({ ok: false, reason: 'empty' });
    expect(readStatusTable(plainDocument({ tables: [], after: ['Alleen tekst'] }))).toEqual({ ok: false, reason: 'no-table' });
    expect(readStatusTable(plainDocument({ tables: [[row('Naam', 'Adres'), row('Jan', 'Den Haag')]] }))).toEqual({
      ok: false,
      reason: 'no-status-table',
    });
  });

  it('skips an unrelated table before the status table', () => {
    const table = ok(readStatusTable(plainDocument({ tables: [[row('Naam', 'Adres')], [HEADER, heading('HUISVESTING')]] })));
    expect(table.blocks).toEqual([1]);
  });
});
