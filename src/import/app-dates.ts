// Dates and times as other apps write them in their exports, turned into YYYY-MM-DD and minutes after midnight.

import { isCalendarDate } from '../schema/common.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** 1 to 12 for an English month name, in full or cut short to three letters or more ("Sep", "Sept."); null otherwise. */
function monthNumber(name: string): number | null {
  const word = name.toLowerCase().replace(/\.$/, '');
  if (word.length < 3) return null;
  const index = MONTHS.findIndex((month) => month.startsWith(word));
  return index === -1 ? null : index + 1;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(date) ? date : null;
}

/** `2024-03-14` as it is, when it is a real date. */
export function isoDateOf(text: string): string | null {
  return isCalendarDate(text) ? text : null;
}

/** A day and an English month in either order ("14 March", "Mar 14", "14. Mar"), in `year`. */
export function dayMonthDate(text: string, year: string): string | null {
  if (!/^\d{4}$/.test(year)) return null;
  const match = /^(\d{1,2})\.?\s+([A-Za-z]+\.?)$/.exec(text) ?? /^([A-Za-z]+\.?)\s+(\d{1,2})$/.exec(text);
  if (!match) return null;
  const [day, month] = /^\d/.test(match[1]!) ? [match[1]!, match[2]!] : [match[2]!, match[1]!];
  const number = monthNumber(month);
  return number === null ? null : isoDate(Number(year), number, Number(day));
}

/** Bearable's "22nd Sep 2020" (an ordinal day, a month, a year). */
export function ordinalDate(text: string): string | null {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+\.?)\s+(\d{4})$/i.exec(text);
  if (!match) return null;
  const number = monthNumber(match[2]!);
  return number === null ? null : isoDate(Number(match[3]), number, Number(match[1]));
}

/** Minutes after midnight for "21:30", "9:30 pm" or "12:05 AM"; null when it is neither. */
export function minutesOf(text: string): number | null {
  const match = /^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2]);
  const half = match[3]?.toLowerCase().replaceAll('.', '');
  if (minutes > 59) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  } else if (hours > 23) return null;
  return hours * 60 + minutes;
}
