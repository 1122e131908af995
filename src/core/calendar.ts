/**
 * Calendar arithmetic on ISO dates ("2021-06-19") and the Dutch words for months.
 * ISO strings compare correctly as strings, carry no time zone and print as they are, so core
 * passes dates around in this form only.
 */

export type ISODate = string;

/** Dutch month names, January first: the fixed list the date stamp is written with. */
export const MONTHS_NL = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const pad = (value: number, width: number): string => String(value).padStart(width, '0');

export const isoDate = (year: number, month: number, day: number): ISODate =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** Days in a month; `month` counts from 1. */
export const daysInMonth = (year: number, month: number): number =>
  [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;

export const isValidDate = (year: number, month: number, day: number): boolean =>
  Number.isInteger(year) &&
  Number.isInteger(month) &&
  Number.isInteger(day) &&
  month >= 1 &&
  month <= 12 &&
  day >= 1 &&
  day <= daysInMonth(year, month);

export const lastDayOfMonth = (year: number, month: number): ISODate =>
  isoDate(year, month, daysInMonth(year, month));

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const dateParts = (date: ISODate): DateParts => {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year ?? 0, month: month ?? 0, day: day ?? 0 };
};

const toUtcMs = (date: ISODate): number => {
  const { year, month, day } = dateParts(date);
  return Date.UTC(year, month - 1, day);
};

const fromUtcMs = (ms: number): ISODate => {
  const d = new Date(ms);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
};

const DAY_MS = 86_400_000;

export const addDays = (date: ISODate, days: number): ISODate => fromUtcMs(toUtcMs(date) + days * DAY_MS);

/** ISO weekday: Monday 1 … Sunday 7. */
export const isoWeekday = (date: ISODate): number => {
  const day = new Date(toUtcMs(date)).getUTCDay();
  return day === 0 ? 7 : day;
};

/** Monday of ISO week `week` of ISO year `year`; undefined when the year has no such week. */
export const isoWeekMonday = (year: number, week: number): ISODate | undefined => {
  const jan4 = isoDate(year, 1, 4);
  const mondayOfWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  const dec28 = isoDate(year, 12, 28);
  const weeksInYear = Math.round((toUtcMs(addDays(dec28, 1 - isoWeekday(dec28))) - toUtcMs(mondayOfWeek1)) / (7 * DAY_MS)) + 1;
  if (!Number.isInteger(week) || week < 1 || week > weeksInYear) return undefined;
  return addDays(mondayOfWeek1, (week - 1) * 7);
};

/** Today's date in Europe/Amsterdam, where the status table's civil servants work. */
export const todayInAmsterdam = (now: Date): ISODate => {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Amsterdam',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(now);
  const get = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
};
