// The plan's check-ins up to today, in date order and indexed by day number: built once, read by every section.

import { isCalendarDate } from '../schema/common.js';
import type { Checkin, Plan } from '../schema/model.js';
import { dayNumber, type DayNumber } from './dates.js';

export interface Timeline {
  readonly plan: Plan;
  readonly today: string;
  readonly todayDay: DayNumber;
  /** Check-ins dated on or before today, by date, whatever order the plan holds them in. */
  readonly checkins: readonly Checkin[];
  /** The day number of each of `checkins`, ascending. */
  readonly days: readonly DayNumber[];
  /** `started`, else the first check-in's date: where the plan's clock starts; null with neither. */
  readonly origin: string | null;
  /** Each goal metric's value in each of `checkins` (0 where not recorded), filled on first use. */
  readonly metricSeries: Map<string, readonly number[]>;
}

/** Whether a dated file lies after today, so that the analysis leaves it out (and `check` warns about it). */
export function isAfterToday(date: string, today: string): boolean {
  return date > today;
}

export function buildTimeline(plan: Plan, today: string): Timeline {
  if (!isCalendarDate(today)) throw new Error(`analysis needs today as YYYY-MM-DD, got '${today}'`);
  // One pass that reads each date once: check-in objects vary in shape, so every property read counts.
  let checkins: Checkin[] = [];
  let dates: string[] = [];
  let sorted = true;
  for (const checkin of plan.checkins) {
    const date = checkin.date;
    if (isAfterToday(date, today)) continue;
    if (sorted && dates.length > 0 && dates[dates.length - 1]! > date) sorted = false;
    checkins.push(checkin);
    dates.push(date);
  }
  if (!sorted) {
    const order = dates.map((_, i) => i).sort((a, b) => (dates[a]! < dates[b]! ? -1 : dates[a]! > dates[b]! ? 1 : 0));
    checkins = order.map((i) => checkins[i]!);
    dates = order.map((i) => dates[i]!);
  }
  const origin = plan.fields.started ?? dates[0] ?? null;
  return { plan, today, todayDay: dayNumber(today), checkins, days: dates.map(dayNumber), origin, metricSeries: new Map() };
}

/** The index of the first check-in on or after `day` (the number of check-ins when there is none). */
export function firstFrom(timeline: Timeline, day: DayNumber): number {
  const { days } = timeline;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (days[middle]! < day) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The check-ins dated `from` through `to`, in date order. */
export function checkinsBetween(timeline: Timeline, from: DayNumber, to: DayNumber): Checkin[] {
  const found: Checkin[] = [];
  for (let i = firstFrom(timeline, from); i < timeline.days.length && timeline.days[i]! <= to; i++) found.push(timeline.checkins[i]!);
  return found;
}

/** A goal's metric as recorded in a check-in (never a property inherited from Object, such as `constructor`). */
export function metricOf(checkin: Checkin, metric: string): number | undefined {
  if (!Object.hasOwn(checkin.metrics, metric)) return undefined;
  const value = checkin.metrics[metric];
  return typeof value === 'number' ? value : undefined;
}

/** A goal metric's value in each check-in, in date order, with 0 where a check-in has none. */
export function metricValues(timeline: Timeline, metric: string): readonly number[] {
  let values = timeline.metricSeries.get(metric);
  if (!values) {
    values = timeline.checkins.map((checkin) => metricOf(checkin, metric) ?? 0);
    timeline.metricSeries.set(metric, values);
  }
  return values;
}

/** The metric added up over the check-ins dated `from` through `to`; a day without a value adds 0. */
export function sumMetric(timeline: Timeline, metric: string, from: DayNumber, to: DayNumber): number {
  const values = metricValues(timeline, metric);
  let sum = 0;
  for (let i = firstFrom(timeline, from); i < timeline.days.length && timeline.days[i]! <= to; i++) sum += values[i]!;
  return sum;
}
