// A date written another way (18/11/2026, 2026/11/18, 18.11.2026) rewritten as YYYY-MM-DD, for the message that asks for it.

import { isCalendarDate } from '../schema/common.js';

/**
 * The same date as YYYY-MM-DD, or null when `value` is no date in another order. Where the day
 * and month could be either way round (05/11/2026), both readings are given, day first.
 */
export function dateHint(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const yearLast = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value.trim());
  if (yearLast) {
    const [, a = '', b = '', year = ''] = yearLast;
    const dayFirst = iso(year, b, a);
    const monthFirst = iso(year, a, b);
    if (dayFirst && monthFirst && dayFirst !== monthFirst) return `${dayFirst} (or ${monthFirst} if the month comes first)`;
    return dayFirst ?? monthFirst;
  }
  const yearFirst = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(value.trim());
  return yearFirst ? iso(yearFirst[1]!, yearFirst[2]!, yearFirst[3]!) : null;
}

function iso(year: string, month: string, day: string): string | null {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}
