import { DEFAULT_SETTINGS } from '../../../src/core';
import { knownTrekkerPattern, knownTrekkersIn, namesKnownTrekker } from '../../../src/core/rules/knownTrekkers';
import { doc, row } from '../helpers';
import { findingsOf, subjects } from './run';
import { plainDocument } from '../../fixtures/plain';

describe('trekker.missing', () => {
  it('reports an empty or blank trekker as an error on the measure', () => {
    const f = findingsOf('trekker.missing', doc([row('4.1. A', 'x', '2030', ''), row('4.2 B', 'x', '2030', ' \u00a0 '), row('4.3 C', 'x', '2030', 'BZK')]));
    expect(subjects(f)).toEqual(['4.1', '4.2']);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.location).toEqual({ block: 0, row: 1, column: 3 });
  });

  it('uses the title as subject when the measure has no number', () => {
    expect(subjects(findingsOf('trekker.missing', doc([row('Ondersteuningsmaatregelen', 'x', '2030', '')])))).toEqual([
      'Ondersteuningsmaatregelen',
    ]);
  });

  it('is not repeated per measure when the column itself is missing', () => {
    const noTrekker = plainDocument({ tables: [[row('Ondersteuningsmaatregel', 'Stand van zaken', 'Planning'), row('4.1 A', 'x', '2030')]] });
    expect(findingsOf('trekker.missing', noTrekker)).toEqual([]);
  });
});

describe('trekker.unknown', () => {
  it.each(['BZK', 'a.i. JenV', 'JenV/ COA', 'COA i.s.m. JenV', 'J&V', 'DT&V', 'VluchtelingenWerk', 'g40', 'LRT'])(
    '%j names a known organisation',
    (text) => {
      expect(namesKnownTrekker(text, DEFAULT_SETTINGS.knownTrekkers)).toBe(true);
    },
  );

  it.each(['Jan de Vries', 'BZKX', 'Gemeente Utrecht', 'G400'])('%j does not', (text) => {
    expect(namesKnownTrekker(text, DEFAULT_SETTINGS.knownTrekkers)).toBe(false);
  });

  it('lists every known name a trekker cell names, as written and in order', () => {
    expect(knownTrekkersIn('COA i.s.m. JenV, bzk en BZKX', knownTrekkerPattern(DEFAULT_SETTINGS.knownTrekkers, 'giu'))).toEqual(['COA', 'JenV', 'bzk']);
    expect(knownTrekkersIn('COA', knownTrekkerPattern([], 'giu'))).toEqual([]);
  });

  it('warns, quoting the trekker, and follows the known list in the settings', () => {
    const d = doc([row('4.1 A', 'x', '2030', 'Gemeente Utrecht')]);
    const f = findingsOf('trekker.unknown', d);
    expect(f[0]?.severity).toBe('warning');
    expect(f[0]?.message.nl).toContain('“Gemeente Utrecht”');
    expect(findingsOf('trekker.unknown', d, '2021-06-19', { ...DEFAULT_SETTINGS, knownTrekkers: ['Gemeente Utrecht'] })).toEqual([]);
  });
});
