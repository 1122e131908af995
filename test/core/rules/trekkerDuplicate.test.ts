import { DEFAULT_SETTINGS } from '../../../src/core';
import { doc, row } from '../helpers';
import { findingsOf, subjects } from './run';

describe('trekker.duplicate', () => {
  it('notes a known organisation named twice in one trekker cell, whatever its case', () => {
    const f = findingsOf(
      'trekker.duplicate',
      doc([row('4.1 A', 'x', '2030', 'BZK/ COA/ bzk'), row('4.2 B', 'x', '2030', 'COA i.s.m. JenV'), row('4.3 C', 'x', '2030', 'JenV, JenV en COA, COA')]),
    );
    expect(subjects(f)).toEqual(['4.1', '4.3']);
    expect(f[0]?.severity).toBe('info');
    expect(f[0]?.location).toEqual({ block: 0, row: 1, column: 3 });
    // Quoted as first written, the cell after it.
    expect(f[0]?.words).toBe('BZK');
    expect(f[0]?.message.nl).toBe('De trekker van maatregel 4.1 noemt “BZK” twee keer: “BZK/ COA/ bzk”.');
    expect(f[1]?.message.en).toBe('The trekker of measure 4.3 names “JenV”, “COA” twice: “JenV, JenV en COA, COA”.');
  });

  it('counts only names standing as words of their own, and follows the known list in the settings', () => {
    // "G40" inside "G400" is no second G40; "Gemeente X" is not on the default list.
    const d = doc([row('4.1 A', 'x', '2030', 'G40 en G400'), row('4.2 B', 'x', '2030', 'Gemeente X, Gemeente X')]);
    expect(findingsOf('trekker.duplicate', d)).toEqual([]);
    const settings = { ...DEFAULT_SETTINGS, knownTrekkers: ['Gemeente X'] };
    expect(subjects(findingsOf('trekker.duplicate', d, '2021-06-19', settings))).toEqual(['4.2']);
  });

  it('says nothing of an empty trekker (trekker.missing does)', () => {
    expect(findingsOf('trekker.duplicate', doc([row('4.1 A', 'x', '2030', '')]))).toEqual([]);
  });
});
