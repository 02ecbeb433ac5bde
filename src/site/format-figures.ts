// Turns the analysis's figures into the words and numbers a page shows: dates, counts, means, shares, money, cadences.

import { parseDuration } from '../schema/common.js';
import { dayNumber, dayOfWeek, daysBetween } from '../analyze/dates.js';
import { formatCount } from '../words/count.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** "Tuesday 24 November 2026" (long), "24 November 2026" (medium), "24 Nov" (short), "November 2026" (month), "Tue 24" (day). */
export function formatDate(date: string, style: 'long' | 'medium' | 'short' | 'month' | 'day' = 'medium'): string {
  const year = Number(date.slice(0, 4));
  const month = MONTHS[Number(date.slice(5, 7)) - 1]!;
  const dayOfMonth = Number(date.slice(8, 10));
  if (style === 'short') return `${dayOfMonth} ${month.slice(0, 3)}`;
  if (style === 'month') return `${month} ${year}`;
  const weekday = style === 'day' || style === 'long' ? WEEKDAYS[dayOfWeek(dayNumber(date)) - 1]! : '';
  if (style === 'day') return `${weekday.slice(0, 3)} ${dayOfMonth}`;
  const medium = `${dayOfMonth} ${month} ${year}`;
  return style === 'long' ? `${weekday} ${medium}` : medium;
}

export { formatCount, formatNumber } from '../words/count.js';
export { formatMoney } from '../words/money.js';

const meanFormat = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A mean to one decimal, or a dash for "no data". */
export function formatMean(mean: number | null): string {
  return mean === null ? '–' : meanFormat.format(mean);
}

/** A share in [0, 1] as a whole percentage: "83%". */
export function formatPercent(share: number | null): string {
  return share === null ? '–' : `${Math.round(share * 100)}%`;
}

/** "every day", "every 2 weeks", "every month". */
export function formatCadence(duration: string): string {
  const { amount, unit } = parseDuration(duration);
  const word = unit === 'd' ? 'day' : unit === 'w' ? 'week' : 'month';
  return amount === 1 ? `every ${word}` : `every ${amount} ${word}s`;
}

/** "today", "tomorrow", "in 3 days", "yesterday", "5 days ago": `date` as seen from `today`. */
export function formatFromToday(date: string, today: string): string {
  const days = daysBetween(today, date);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${formatCount(days, 'day')}` : `${formatCount(-days, 'day')} ago`;
}

/** Words for a mood from 1 to 5. */
export const MOOD_WORDS = ['very low', 'low', 'okay', 'good', 'very good'] as const;

export function moodWord(mood: number): string {
  return MOOD_WORDS[mood - 1] ?? String(mood);
}

/** Words for a check-in's `difficulty`. */
export const DIFFICULTY_WORDS: Record<string, string> = { easy: 'Easy', ok: 'Okay', hard: 'Hard', 'very-hard': 'Very hard' };
