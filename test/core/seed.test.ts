import { checkDocument, DEFAULT_SETTINGS, withDefaults } from '../../src/core';
import { expectedSeedFindings, findingKeys } from '../fixtures/seedExpectation';
import { seedDocument } from '../fixtures/seed';

const check = (today: string, settings = DEFAULT_SETTINGS) => {
  const report = checkDocument(seedDocument, { today, settings });
  if (!report.ok) throw new Error(report.reason);
  return report;
};

describe('the seed document, end to end', () => {
  it('as of its own date (19 juni 2021): only the three empty plannings, no error', () => {
    const report = check('2021-06-19');
    expect(findingKeys(report.findings)).toEqual(expectedSeedFindings('2021-06-19'));
    expect(report.findings.filter((f) => f.rule === 'planning.missing').map((f) => f.measure)).toEqual([
      '4.2.1',
      '5.2.3',
      '8.2.1',
    ]);
    expect(report.counts.error).toBe(0);
  });

  it('as of 24 november 2026: past-due plannings, but not 2021 t/m 2026 nor N.v.t.', () => {
    const report = check('2026-11-24');
    expect(findingKeys(report.findings)).toEqual(expectedSeedFindings('2026-11-24'));
    const pastDue = report.findings.filter((f) => f.rule === 'planning.past-due').map((f) => f.measure);
    expect(pastDue).not.toContain('7.2');
    expect(pastDue).not.toContain('5.2.1');
  });

  it('quotes the deciding words of each past-due planning', () => {
    const words = Object.fromEntries(
      check('2026-11-24')
        .findings.filter((f) => f.rule === 'planning.past-due')
        .map((f) => [f.measure, f.words]),
    );
    expect(words).toMatchObject({
      '4.3.2': 'najaar 2021',
      '5.2.2': 'eind september 2021',
      Ondersteuningsmaatregelen: 'uiterlijk 1 januari 2023',
    });
  });

  it('lists errors first, then warnings, then info', () => {
    const severities = check('2026-11-24').findings.map((f) => f.severity);
    const rank = { error: 0, warning: 1, info: 2 };
    expect(severities.map((s) => rank[s])).toEqual([...severities.map((s) => rank[s])].sort((a, b) => a - b));
  });

  it('measured against its own date stamp, 2026 changes nothing', () => {
    const report = check('2026-11-24', withDefaults({ referenceDate: 'datestamp' }));
    expect(report.referenceDate).toBe('2021-06-19');
    expect(findingKeys(report.findings)).toEqual(expectedSeedFindings('2021-06-19'));
  });

  it('leaves out rules switched off in the settings', () => {
    const report = check('2026-11-24', withDefaults({ disabledRules: ['planning.past-due', 'measure.number-style'] }));
    expect(report.findings.map((f) => f.rule).sort()).toEqual([
      'datestamp.stale',
      'planning.missing',
      'planning.missing',
      'planning.missing',
    ]);
  });

  it('counts rows, measures and headings', () => {
    expect(check('2021-06-19').stats).toEqual({ rows: 21, measures: 12, headings: 5 });
  });
});

describe('withDefaults', () => {
  it('fills gaps and drops junk from stored settings', () => {
    expect(withDefaults(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      withDefaults({ referenceDate: 'bogus' as never, knownTrekkers: [1, 'X'] as never, disabledRules: 'x' as never }),
    ).toEqual({ ...DEFAULT_SETTINGS, knownTrekkers: ['X'] });
  });
});
