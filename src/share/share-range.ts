// The dates a shared summary covers: the 90 days ending today unless --from and --to say otherwise.

import { addDays, daysBetween } from '../analyze/dates.js';
import { isCalendarDate } from '../schema/common.js';

export const DEFAULT_DAYS = 90;

export interface ShareRange {
  from: string;
  to: string;
}

export type RangeResult = { ok: true; range: ShareRange } | { ok: false; message: string };

export function shareRange(today: string, from: string | undefined, to: string | undefined): RangeResult {
  for (const [name, value] of [['--from', from], ['--to', to]] as const) {
    if (value !== undefined && !isCalendarDate(value)) return { ok: false, message: `${name} must be a real date written YYYY-MM-DD, such as ${today} (got '${value}')` };
  }
  const end = to ?? today;
  if (end > today) return { ok: false, message: `--to ${end} is after today (${today}): a summary can only show days that have been` };
  const start = from ?? addDays(end, -(DEFAULT_DAYS - 1));
  if (start > end) return { ok: false, message: `--from ${start} is after --to ${end}: give the earlier date first` };
  return { ok: true, range: { from: start, to: end } };
}

/** The number of days in the range, both ends included. */
export function rangeDays(range: ShareRange): number {
  return daysBetween(range.from, range.to) + 1;
}
