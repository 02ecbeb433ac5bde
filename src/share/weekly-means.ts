// Mood and craving week by week over a range: ISO weeks (Monday to Sunday), the first and last cut to the range.

import { dateOf, dayNumber, isoWeekStart } from '../analyze/dates.js';
import type { Checkin } from '../schema/model.js';
import type { ShareRange } from './share-range.js';
import { mean } from '../analyze/mean.js';

export interface WeekMeans {
  start: string;
  end: string;
  checkins: number;
  mood: number | null;
  craving: number | null;
}

export function weeklyMeans(checkins: readonly Checkin[], range: ShareRange): WeekMeans[] {
  const first = dayNumber(range.from);
  const last = dayNumber(range.to);
  const weeks: WeekMeans[] = [];
  for (let monday = isoWeekStart(first); monday <= last; monday += 7) {
    const start = dateOf(Math.max(monday, first));
    const end = dateOf(Math.min(monday + 6, last));
    const inWeek = checkins.filter((checkin) => checkin.date >= start && checkin.date <= end);
    weeks.push({ start, end, checkins: inWeek.length, mood: mean(inWeek.map((c) => c.mood)), craving: mean(inWeek.map((c) => c.craving)) });
  }
  return weeks;
}
