// The check-ins section: how many, the first and last, the current run of days and the recent gaps.

import { firstFrom, type Timeline } from './timeline.js';

export interface CheckinsReport {
  count: number;
  first: string | null;
  last: string | null;
  streak: number;
  /** Days without a check-in among today − 30 … today − 1, counted from the first check-in; null before any. */
  gaps_30: number | null;
}

export function analyzeCheckins(timeline: Timeline): CheckinsReport {
  const { checkins, days, todayDay } = timeline;
  const firstDay = days[0];
  return {
    count: checkins.length,
    first: checkins[0]?.date ?? null,
    last: checkins.at(-1)?.date ?? null,
    streak: checkinStreak(timeline),
    gaps_30: firstDay === undefined ? null : gapsBetween(timeline, Math.max(todayDay - 30, firstDay), todayDay - 1),
  };
}

/** Consecutive days with a check-in, counted back from today if today has one, else from yesterday. */
function checkinStreak(timeline: Timeline): number {
  const { days, todayDay } = timeline;
  let i = days.length - 1;
  let expected = days[i] === todayDay ? todayDay : todayDay - 1;
  let streak = 0;
  while (i >= 0 && days[i] === expected) {
    streak += 1;
    expected -= 1;
    i -= 1;
  }
  return streak;
}

function gapsBetween(timeline: Timeline, from: number, to: number): number {
  if (from > to) return 0;
  const withCheckin = firstFrom(timeline, to + 1) - firstFrom(timeline, from);
  return to - from + 1 - withCheckin;
}
