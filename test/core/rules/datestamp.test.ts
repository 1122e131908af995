import { DEFAULT_SETTINGS } from '../../../src/core';
import { doc, row } from '../helpers';
import { findingsOf } from './run';

const rows = [row('4.1 A', 'x', 'eind 2030', 'BZK')];

describe('datestamp.missing', () => {
  it('warns when no date stamp follows the table', () => {
    const f = findingsOf('datestamp.missing', doc(rows, ['Opgesteld door BZK']));
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('warning');
    expect(findingsOf('datestamp.missing', doc(rows, ['19 juni 2021']))).toEqual([]);
  });
});

describe('datestamp.stale', () => {
  it('is info when the stamp is older than the reference date', () => {
    const f = findingsOf('datestamp.stale', doc(rows, ['19 juni 2021']), '2021-06-20');
    expect(f[0]?.severity).toBe('info');
    expect(f[0]?.words).toBe('19 juni 2021');
    expect(f[0]?.location).toEqual({ block: 1 });
    expect(findingsOf('datestamp.stale', doc(rows, ['19 juni 2021']), '2021-06-19')).toEqual([]);
  });

  it('is never stale when the stamp itself is the reference date', () => {
    const settings = { ...DEFAULT_SETTINGS, referenceDate: 'datestamp' as const };
    expect(findingsOf('datestamp.stale', doc(rows, ['19 juni 2021']), '2026-11-24', settings)).toEqual([]);
  });
});
