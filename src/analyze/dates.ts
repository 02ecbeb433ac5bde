// Calendar dates for the analysis: Temporal.PlainDate knows the calendar, whole day numbers make loops fast.

import { Temporal } from 'temporal-polyfill';
import { parseDuration } from '../schema/common.js';

/**
 * A calendar date as the number of calendar days since 1970-01-01. Differences between day
 * numbers are calendar days, never 24-hour spans, so a clock change cannot move them.
 */
export type DayNumber = number;

const EPOCH = Temporal.PlainDate.from('1970-01-01');

/** Day numbers of the first day of each month, by `year * 12 + month - 1`, each asked of Temporal once. */
const monthStarts = new Map<number, DayNumber>();

function monthStart(monthIndex: number): DayNumber {
  let start = monthStarts.get(monthIndex);
  if (start === undefined) {
    const year = Math.floor(monthIndex / 12);
    const first = Temporal.PlainDate.from({ year, month: monthIndex - year * 12 + 1, day: 1 });
    start = first.since(EPOCH, { largestUnit: 'days' }).days;
    monthStarts.set(monthIndex, start);
  }
  return start;
}

/** The month last converted: dates come in runs, so most conversions stay inside it. */
let recent = { prefix: '\0', index: Number.NaN, start: Number.NaN, end: Number.NaN };

function remember(index: number): typeof recent {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  recent = { prefix: `${String(year).padStart(4, '0')}-${pad2(month)}-`, index, start: monthStart(index), end: monthStart(index + 1) - 1 };
  return recent;
}

function monthIndexContaining(day: DayNumber): number {
  if (day >= recent.start && day <= recent.end) return recent.index;
  let index = 1970 * 12 + Math.floor(day / 30.436875);
  while (monthStart(index) > day) index -= 1;
  while (monthStart(index + 1) <= day) index += 1;
  return index;
}

/** The day number of a `YYYY-MM-DD` date. */
export function dayNumber(date: string): DayNumber {
  const month = date.startsWith(recent.prefix) ? recent : remember(Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1);
  return month.start + Number(date.slice(8, 10)) - 1;
}

/** The `YYYY-MM-DD` date of a day number. */
export function dateOf(day: DayNumber): string {
  const month = day >= recent.start && day <= recent.end ? recent : remember(monthIndexContaining(day));
  return month.prefix + pad2(day - month.start + 1);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** `to − from` in calendar days. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** The date `days` calendar days after `date` (before it when negative). */
export function addDays(date: string, days: number): string {
  return dateOf(dayNumber(date) + days);
}

/** `date` plus a duration such as `30d`, `2w` or `1m`; months are calendar months (31 January + 1m is 28 or 29 February). */
export function addDuration(date: string, duration: string): string {
  const { amount, unit } = parseDuration(duration);
  const start = Temporal.PlainDate.from(date);
  const end = unit === 'd' ? start.add({ days: amount }) : unit === 'w' ? start.add({ weeks: amount }) : start.add({ months: amount });
  return end.toString();
}

/** The ISO day of the week of `day`: 1 for Monday to 7 for Sunday (1970-01-01 was a Thursday). */
export function dayOfWeek(day: DayNumber): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** The Monday that starts the ISO week containing `day`. */
export function isoWeekStart(day: DayNumber): DayNumber {
  return day - (dayOfWeek(day) - 1);
}

/** The first and last days of the calendar month containing `day`. */
export function monthBounds(day: DayNumber): { start: DayNumber; end: DayNumber } {
  const index = monthIndexContaining(day);
  return { start: monthStart(index), end: monthStart(index + 1) - 1 };
}

