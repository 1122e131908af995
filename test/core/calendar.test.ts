import { addDays, daysInMonth, isoWeekMonday, todayInAmsterdam } from '../../src/core';

describe('calendar', () => {
  it('knows leap years', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2000, 2)).toBe(29);
  });

  it('adds days across months and years', () => {
    expect(addDays('2021-12-31', 1)).toBe('2022-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('finds ISO week Mondays', () => {
    expect(isoWeekMonday(2021, 38)).toBe('2021-09-20');
    expect(isoWeekMonday(2021, 1)).toBe('2021-01-04');
    expect(isoWeekMonday(2020, 53)).toBe('2020-12-28');
    expect(isoWeekMonday(2021, 53)).toBeUndefined();
  });

  it('takes today in Amsterdam, not UTC', () => {
    // 23:30 UTC on 24 November is already 25 November in Amsterdam (UTC+1).
    expect(todayInAmsterdam(new Date('2026-11-24T23:30:00Z'))).toBe('2026-11-25');
    // 22:30 UTC on 30 June is 00:30 on 1 July in summer time (UTC+2).
    expect(todayInAmsterdam(new Date('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
    expect(todayInAmsterdam(new Date('2026-06-30T21:30:00Z'))).toBe('2026-06-30');
  });
});
