import { parsePlanning } from '../../../src/core';

describe('parsePlanning details', () => {
  it('names every date in text order, with its offset into the normalised text', () => {
    const parsed = parsePlanning('Start 15 juli 2021, evaluatie Q1 2022 en besluit vóór 1 juni 2022.');
    expect(parsed.expressions.map((e) => [e.words, e.form, e.operator])).toEqual([
      ['15 juli 2021', 'day', undefined],
      ['Q1 2022', 'quarter', undefined],
      ['vóór 1 juni 2022', 'day', 'voor'],
    ]);
    for (const e of parsed.expressions) expect(parsed.text.slice(e.start, e.start + e.words.length)).toBe(e.words);
    expect(parsed.latest?.words).toBe('vóór 1 juni 2022');
    expect(parsed.deadline).toEqual({ earliest: '2022-05-31', latest: '2022-05-31' });
  });

  it('judges a cell by its latest date, not its first', () => {
    expect(parsePlanning('Gereed op 8 juli 2021, evaluatie in 2023').deadline?.latest).toBe('2023-12-31');
  });

  it('keeps no-deadline and vague words beside the dates', () => {
    const parsed = parsePlanning('Maandelijks overleg; besluit z.s.m., uiterlijk eind 2022');
    expect(parsed.kind).toBe('dated');
    expect(parsed.noDeadline.map((p) => p.words)).toEqual(['Maandelijks']);
    expect(parsed.vague.map((p) => p.words)).toEqual(['z.s.m.']);
  });

  it('quotes a date without a year with the words that lead into it', () => {
    expect(parsePlanning('na de zomer').vague.map((p) => p.words)).toEqual(['na de zomer']);
  });

  it('borrows a year only within the same sentence', () => {
    expect(parsePlanning('eind september. Besluit in 2022.').vague.map((p) => p.words)).toEqual(['eind september']);
    expect(parsePlanning('Eind september of in oktober 2022').expressions.map((e) => [e.words, e.latest])).toEqual([
      ['Eind september', '2022-09-30'],
      ['oktober 2022', '2022-10-31'],
    ]);
  });

  it('rejects impossible dates rather than guessing', () => {
    expect(parsePlanning('31-02-2021').kind).toBe('dated');
    expect(parsePlanning('31-02-2021').latest?.words).toBe('2021');
    expect(parsePlanning('week 54 2021').latest?.words).toBe('2021');
  });
});

describe('month words', () => {
  it('reads four-letter month names as names, so a sentence dot is not theirs', () => {
    expect(parsePlanning('Start in juli. Besluit in 2022.').vague.map((p) => p.words)).toEqual(['in juli']);
    expect(parsePlanning('juni').kind).toBe('vague');
  });

  it('does not take an abbreviation alone for a month', () => {
    expect(parsePlanning('Jan en Piet overleggen').kind).toBe('unreadable');
    expect(parsePlanning('dec 2022').deadline).toEqual({ earliest: '2022-12-01', latest: '2022-12-31' });
  });
});
