import { findingsOf, subjects } from './run';
import { row } from '../helpers';
import { plainDocument } from '../../fixtures/plain';

const table = (...header: string[]) => plainDocument({ tables: [[row(...header), row(...header.map(() => 'x'))]] });

describe('columns.missing', () => {
  it('reports each absent standard column as an error, naming it', () => {
    const f = findingsOf('columns.missing', table('Ondersteuningsmaatregel', 'Stand van zaken', 'Trekker'));
    expect(subjects(f)).toEqual(['Planning']);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.message.nl).toContain('“Planning”');
  });

  it('is silent when all four are there, whatever the spelling', () => {
    expect(findingsOf('columns.missing', table('Ondersteunings- maatregel', 'STAND VAN ZAKEN', 'planning', 'Trekker'))).toEqual([]);
  });
});

describe('columns.order', () => {
  it('reports each column standing in another place', () => {
    const f = findingsOf('columns.order', table('Ondersteuningsmaatregel', 'Stand van zaken', 'Trekker', 'Planning'));
    expect(subjects(f)).toEqual(['Planning', 'Trekker']);
    expect(f.every((x) => x.severity === 'warning')).toBe(true);
    expect(f[0]?.location).toEqual({ block: 0, row: 0, column: 3 });
  });

  it('does not count an extra column as a misplacement', () => {
    expect(findingsOf('columns.order', table('Ondersteuningsmaatregel', 'Budget', 'Stand van zaken', 'Planning', 'Trekker'))).toEqual([]);
  });
});

describe('columns.unknown', () => {
  it('reports an extra column by its header text, as info', () => {
    const f = findingsOf('columns.unknown', table('Ondersteuningsmaatregel', 'Stand van zaken', 'Planning', 'Trekker', 'Budget 2022'));
    expect(subjects(f)).toEqual(['Budget 2022']);
    expect(f[0]?.severity).toBe('info');
  });
});
