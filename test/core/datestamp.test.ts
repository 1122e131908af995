import { findDateStamp, formatDutchDate, parseDutchDate, restamp } from '../../src/core';

describe('formatDutchDate', () => {
  it.each([
    ['2026-11-24', '24 november 2026'],
    ['2021-06-19', '19 juni 2021'],
    ['2024-02-29', '29 februari 2024'],
    ['2025-03-01', '1 maart 2025'],
  ])('%s → %s', (iso, text) => {
    expect(formatDutchDate(iso)).toBe(text);
  });
});

describe('parseDutchDate', () => {
  it('reads a long date back', () => {
    expect(parseDutchDate('19 juni 2021')).toEqual({ date: '2021-06-19', words: '19 juni 2021' });
  });

  it('reads a date inside a few words, with a non-breaking space', () => {
    expect(parseDutchDate('Stand per 1\u00a0Oktober 2022')).toEqual({ date: '2022-10-01', words: '1 Oktober 2022' });
  });

  it('rejects impossible dates and other text', () => {
    expect(parseDutchDate('31 februari 2021')).toBeUndefined();
    expect(parseDutchDate('juni 2021')).toBeUndefined();
    expect(parseDutchDate('decembercirculaire 2021')).toBeUndefined();
  });

  it('round-trips every day of a leap year', () => {
    for (let d = new Date(Date.UTC(2024, 0, 1)); d.getUTCFullYear() === 2024; d.setUTCDate(d.getUTCDate() + 1)) {
      const iso = d.toISOString().slice(0, 10);
      expect(parseDutchDate(formatDutchDate(iso))?.date).toBe(iso);
    }
  });
});

/** Paragraphs after the table as blocks 10, 11, …. */
const after = (...texts: string[]) => texts.map((text, i) => ({ block: 10 + i, text }));

describe('findDateStamp', () => {
  it('finds the last short date paragraph', () => {
    expect(findDateStamp(after('', 'Opgesteld door BZK', '19 juni 2021', ''))).toEqual({
      block: 12,
      text: '19 juni 2021',
      date: '2021-06-19',
      words: '19 juni 2021',
    });
  });

  it('ignores long paragraphs that merely mention a date', () => {
    expect(
      findDateStamp(after('Op 8 juli 2021 is het rapport aan demissionair minister BZK, Ollongren overhandigd, zoals besproken.')),
    ).toBeUndefined();
  });

  it('has none when nothing follows the table', () => {
    expect(findDateStamp(after())).toBeUndefined();
  });
});

describe('restamp', () => {
  it('replaces only the date words', () => {
    const stamp = findDateStamp(after('Stand per 19 juni 2021'));
    expect(restamp(stamp, '2026-11-24')).toBe('Stand per 24 november 2026');
  });

  it('writes a bare date when there was no stamp', () => {
    expect(restamp(undefined, '2026-11-24')).toBe('24 november 2026');
  });
});
