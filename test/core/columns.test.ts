import { isHeaderRow, mapHeader, recogniseColumn } from '../../src/core';
import { row } from './helpers';

describe('recogniseColumn', () => {
  it.each([
    ['Ondersteuningsmaatregel', 'maatregel'],
    ['Ondersteunings- maatregel', 'maatregel'],
    ['Ondersteunings-\u00a0maatregel', 'maatregel'],
    ['ONDERSTEUNINGSMAATREGEL', 'maatregel'],
    ['  Ondersteuningsmaatregelen ', 'maatregel'],
    ['Stand van  zaken', 'standVanZaken'],
    ['stand van zaken:', 'standVanZaken'],
    ['Planning', 'planning'],
    ['Trekker', 'trekker'],
    ['Trekkers', 'trekker'],
  ])('%j is the %s column', (text, key) => {
    expect(recogniseColumn(text)).toBe(key);
  });

  it.each(['Opmerkingen', '', 'Budget', 'Plan'])('%j is no standard column', (text) => {
    expect(recogniseColumn(text)).toBeUndefined();
  });
});

describe('mapHeader', () => {
  it('maps columns by name, not position', () => {
    const mapped = mapHeader(row('Trekker', 'Ondersteuningsmaatregel', 'Planning', 'Stand van zaken'));
    expect(mapped.index).toEqual({ trekker: 0, maatregel: 1, planning: 2, standVanZaken: 3 });
    expect(mapped.unknown).toEqual([]);
  });

  it('keeps extra columns as unknown with their text', () => {
    const mapped = mapHeader(row('Ondersteuningsmaatregel', 'Stand van zaken', 'Budget', 'Planning', 'Trekker'));
    expect(mapped.unknown).toEqual([{ column: 2, text: 'Budget' }]);
    expect(mapped.recognised).toBe(4);
  });
});

describe('isHeaderRow', () => {
  it('a measure titled "Ondersteuningsmaatregelen" is not a header', () => {
    expect(isHeaderRow(row('Ondersteuningsmaatregelen', 'Het ondersteuningsteam biedt …', 'uiterlijk 2023', 'COA'))).toBe(false);
  });

  it('a header missing one column is still a header', () => {
    expect(isHeaderRow(row('Ondersteuningsmaatregel', 'Stand van zaken', 'Trekker'))).toBe(true);
  });
});
