import { doc, row } from '../helpers';
import { findingsOf, subjects } from './run';

describe('planning.missing', () => {
  it('warns on an empty planning', () => {
    const f = findingsOf('planning.missing', doc([row('4.1 A', 'x', '', 'BZK'), row('4.2 B', 'x', 'eind 2030', 'BZK')]));
    expect(subjects(f)).toEqual(['4.1']);
    expect(f[0]?.severity).toBe('warning');
  });
});

describe('planning.past-due', () => {
  const d = doc([
    row('4.1 A', 'x', 'Openstelling in najaar 2021', 'BZK'),
    row('4.2 B', 'x', '2021 t/m 2026', 'BZK'),
    row('4.3 C', 'x', 'N.v.t.', 'BZK'),
    row('4.4 D', 'x', 'Gereed op 8 juli 2021, evaluatie in 2023', 'BZK'),
  ]);

  it('is an error when the latest date named lies before the reference date, quoting its words', () => {
    const f = findingsOf('planning.past-due', d, '2021-12-21');
    expect(subjects(f)).toEqual(['4.1']);
    expect(f[0]?.severity).toBe('error');
    expect(f[0]?.words).toBe('najaar 2021');
    expect(f[0]?.message.nl).toContain('20 december 2021');
  });

  it('is not due on the last day itself', () => {
    expect(findingsOf('planning.past-due', d, '2021-12-20')).toEqual([]);
  });

  it('judges by the latest date, whatever else the cell says', () => {
    expect(subjects(findingsOf('planning.past-due', d, '2024-01-01'))).toEqual(['4.1', '4.4']);
    expect(subjects(findingsOf('planning.past-due', d, '2027-01-01'))).toEqual(['4.1', '4.2', '4.4']);
  });
});

describe('planning.vague', () => {
  it('gives info when there is no date, only vague words, or no year', () => {
    const f = findingsOf(
      'planning.vague',
      doc([
        row('4.1 A', 'x', 'z.s.m.', 'BZK'),
        row('4.2 B', 'x', 'na de zomer', 'BZK'),
        row('4.3 C', 'x', 'In overleg met de VNG', 'BZK'),
        row('4.4 D', 'x', 'eind september 2021', 'BZK'),
        row('4.5 E', 'x', 'N.v.t.', 'BZK'),
      ]),
    );
    expect(subjects(f)).toEqual(['4.1', '4.2', '4.3']);
    expect(f.every((x) => x.severity === 'info')).toBe(true);
  });
});
