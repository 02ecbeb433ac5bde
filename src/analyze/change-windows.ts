// How the 28 days before and after a change to the plan went: check-ins, mean mood and craving, days of use.

import { addDays, dayNumber } from './dates.js';
import { firstFrom, type Timeline } from './timeline.js';

export interface ChangeWindow {
  from: string;
  to: string;
  checkins: number;
  /** The mean of the check-ins that record it, unrounded; null when none does. */
  mood: number | null;
  craving: number | null;
  /** Check-ins with `used: true`. */
  days_used: number;
}

/** The number of days each side of a change looks at. */
export const WINDOW_DAYS = 28;

/** Under this many check-ins, a side is too thin to read much into: the site says so. */
export const FEW_CHECKINS = 7;

/**
 * `before`: the 28 days ending the day before `date`. `after`: 28 days from `date`, ending
 * earlier the day before `next` (the next change's date) or at today. When the next change
 * comes the same day, `after` is empty (`to` is the day before `from`).
 */
export function changeWindows(timeline: Timeline, date: string, next: string | null): { before: ChangeWindow; after: ChangeWindow } {
  let end = addDays(date, WINDOW_DAYS - 1);
  if (next !== null && addDays(next, -1) < end) end = addDays(next, -1);
  if (timeline.today < end) end = timeline.today;
  if (end < date) end = addDays(date, -1);
  return { before: window(timeline, addDays(date, -WINDOW_DAYS), addDays(date, -1)), after: window(timeline, date, end) };
}

function window(timeline: Timeline, from: string, to: string): ChangeWindow {
  const last = dayNumber(to);
  let checkins = 0;
  let moods = 0;
  let moodSum = 0;
  let cravings = 0;
  let cravingSum = 0;
  let daysUsed = 0;
  for (let i = firstFrom(timeline, dayNumber(from)); i < timeline.checkins.length && timeline.days[i]! <= last; i++) {
    const checkin = timeline.checkins[i]!;
    checkins += 1;
    if (checkin.mood !== undefined) {
      moods += 1;
      moodSum += checkin.mood;
    }
    if (checkin.craving !== undefined) {
      cravings += 1;
      cravingSum += checkin.craving;
    }
    if (checkin.used === true) daysUsed += 1;
  }
  return { from, to, checkins, mood: moods === 0 ? null : moodSum / moods, craving: cravings === 0 ? null : cravingSum / cravings, days_used: daysUsed };
}
