import { completeRows, doc, heading, HEADER, row } from '../helpers';
import { findingsOf, subjects } from './run';
import { plainDocument } from '../../fixtures/plain';

describe('heading.missing', () => {
  it('is silent when every standard heading is there', () => {
    expect(findingsOf('heading.missing', doc(completeRows()))).toEqual([]);
  });

  it('reports each absent heading as an error, pointing at where it belongs', () => {
    const rows = completeRows().filter((r) => r[0]?.[0] !== 'INBURGERING');
    const f = findingsOf('heading.missing', doc(rows));
    expect(subjects(f)).toEqual(['INBURGERING']);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.message.nl).toContain('7.1');
    expect(f[0]?.location).toEqual({ block: 0, row: 7 });
  });

  it('recognises a heading with other dashes, quotes and spacing', () => {
    const rows = completeRows().map((r) =>
      r[0]?.[0] === 'OPVANG MIDDELLANGE TERMIJN - FLEXIBILISERING' ? heading('OPVANG MIDDELLANGE TERMIJN – FLEXIBILISERING') : r[0]?.[0]?.startsWith('ONDERSTEUNING') ? heading('ONDERSTEUNING PRT’S,  GEMEENTEN EN PROVINCIES') : r,
    );
    expect(findingsOf('heading.missing', doc(rows))).toEqual([]);
  });
});

describe('heading.order', () => {
  it('warns on a heading standing after one that should follow it', () => {
    const rows = completeRows();
    const swapped = [...rows.slice(2, 4), ...rows.slice(0, 2), ...rows.slice(4)];
    const f = findingsOf('heading.order', doc(swapped));
    expect(subjects(f)).toEqual(['HUISVESTING']);
    expect(f[0]?.severity).toBe('warning');
  });
});

describe('measure.chapter', () => {
  it('warns on a measure under another chapter\'s heading', () => {
    const rows = [heading('HUISVESTING'), row('4.1 A', 'x', '2030', 'BZK'), row('5.1 B', 'x', '2030', 'COA')];
    const f = findingsOf('measure.chapter', doc(rows));
    expect(subjects(f)).toEqual(['5.1']);
    expect(f[0]?.message.nl).toContain('HUISVESTING');
  });

  it('leaves unnumbered measures and measures without a heading alone', () => {
    expect(findingsOf('measure.chapter', doc([row('5.1 B', 'x', '2030', 'COA'), heading('HUISVESTING'), row('Ondersteuningsmaatregelen', 'x', '2030', 'COA')]))).toEqual([]);
  });
});

describe('measure.duplicate', () => {
  it('reports the second use of a number, with or without its dot', () => {
    const f = findingsOf('measure.duplicate', doc([row('4.1. A', 'x', '2030', 'BZK'), row('4.1 B', 'x', '2030', 'BZK'), row('4.2 C', 'x', '2030', 'BZK')]));
    expect(subjects(f)).toEqual(['4.1']);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.location).toMatchObject({ row: 2 });
  });
});

describe('measure.number-style', () => {
  it('reports the measures that break the style most of the table uses', () => {
    const f = findingsOf('measure.number-style', doc([row('4.1. A', 'x', '2030', 'BZK'), row('4.2 B', 'x', '2030', 'BZK'), row('4.3. C', 'x', '2030', 'BZK')]));
    expect(subjects(f)).toEqual(['4.2']);
    expect(f[0]?.severity).toBe('info');
  });

  it('judges each table on its own', () => {
    const d = plainDocument({ tables: [[HEADER, row('4.1. A', 'x', '2030', 'BZK')], [HEADER, row('4.2 B', 'x', '2030', 'BZK')]] });
    expect(findingsOf('measure.number-style', d)).toEqual([]);
  });
});
