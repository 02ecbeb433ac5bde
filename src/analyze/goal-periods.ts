// A periodic goal's days, ISO weeks or calendar months: the complete ones with their sums, and the one containing today.

import type { Measure } from '../schema/goal.js';
import { dateOf, isoWeekStart, monthBounds, type DayNumber } from './dates.js';
import { firstFrom, metricValues, sumMetric, type Timeline } from './timeline.js';

export type PeriodKind = Exclude<Measure['per'], 'total'>;

export interface GoalPeriod {
  start: string;
  end: string;
  sum: number;
  met: boolean;
}

export interface CurrentPeriod {
  start: string;
  end: string;
  sum: number;
  target: number;
}

interface Span {
  start: DayNumber;
  end: DayNumber;
}

/** `met` for a sum: at least the target, or at most it for an `at_most` goal. */
export function isMet(measure: Measure, sum: number): boolean {
  return measure.direction === 'at_most' ? sum <= measure.target : sum >= measure.target;
}

/** The day, ISO week (Monday to Sunday) or calendar month containing `day`. */
export function periodContaining(per: PeriodKind, day: DayNumber): Span {
  if (per === 'day') return { start: day, end: day };
  if (per === 'week') {
    const start = isoWeekStart(day);
    return { start, end: start + 6 };
  }
  return monthBounds(day);
}

/** The periods that lie wholly within `from` … `to`, in order. */
export function spansWithin(per: PeriodKind, from: DayNumber, to: DayNumber): Span[] {
  const spans: Span[] = [];
  if (from > to) return spans;
  let span = periodContaining(per, from);
  if (span.start < from) span = periodContaining(per, span.end + 1);
  while (span.end <= to) {
    spans.push(span);
    span = per === 'month' ? monthBounds(span.end + 1) : { start: span.end + 1, end: span.end + 1 + (span.end - span.start) };
  }
  return spans;
}

/**
 * The complete periods of a goal: wholly within its start … yesterday, and on or before its
 * due date where it has one; each sums the metric over its check-ins.
 */
export function completePeriods(timeline: Timeline, measure: Measure & { per: PeriodKind }, start: DayNumber, due: DayNumber | null): GoalPeriod[] {
  const last = due === null ? timeline.todayDay - 1 : Math.min(timeline.todayDay - 1, due);
  const spans = spansWithin(measure.per, start, last);
  const { days } = timeline;
  const values = metricValues(timeline, measure.metric);
  const periods: GoalPeriod[] = [];
  let i = spans[0] ? firstFrom(timeline, spans[0].start) : days.length;
  for (const span of spans) {
    while (i < days.length && days[i]! < span.start) i += 1;
    let sum = 0;
    for (; i < days.length && days[i]! <= span.end; i++) sum += values[i]!;
    const startDate = dateOf(span.start);
    periods.push({ start: startDate, end: span.end === span.start ? startDate : dateOf(span.end), sum, met: isMet(measure, sum) });
  }
  return periods;
}

/** The calendar period containing today, with the metric summed over its check-ins so far. */
export function currentPeriod(timeline: Timeline, measure: Measure & { per: PeriodKind }): CurrentPeriod {
  const span = periodContaining(measure.per, timeline.todayDay);
  return {
    start: dateOf(span.start),
    end: dateOf(span.end),
    sum: sumMetric(timeline, measure.metric, span.start, timeline.todayDay),
    target: measure.target,
  };
}
