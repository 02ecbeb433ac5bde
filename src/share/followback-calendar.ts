// The Timeline Followback view of a range: one square per day, weeks as columns, marking days of use, days without and days without a check-in.

import { dayNumber, dayOfWeek } from '../analyze/dates.js';
import { escapeHtml } from '../site/escape-html.js';
import { formatCount, formatDate } from '../site/format-figures.js';
import { svgFrame, svgText } from '../site/svg-chart.js';
import type { RecoveryWords } from '../analyze/recovery-words.js';
import type { RecoverySection } from './share-summary.js';

const CELL = 15;
const STEP = 18;
const LEFT = 32;
const TOP = 18;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** What each kind of day is called, in the plan's words ("a day without gambling", "a day of gambling"). */
export function dayWords(words: Pick<RecoveryWords, 'what' | 'useDay'>): Record<RecoverySection['days'][number]['state'], string> {
  return { free: `a day without ${words.what}`, use: `a ${words.useDay}`, unrecorded: 'a check-in that did not say', none: 'no check-in' };
}

export function followbackCalendar(days: RecoverySection['days'], words: Pick<RecoveryWords, 'what' | 'useDay' | 'useDays'>): string {
  const named = dayWords(words);
  const first = days[0];
  if (!first) return '';
  const offset = dayOfWeek(dayNumber(first.date)) - 1;
  const columns = Math.ceil((days.length + offset) / 7);
  const cells: string[] = [];
  const months: string[] = [];
  days.forEach((day, i) => {
    const column = Math.floor((i + offset) / 7);
    const row = (i + offset) % 7;
    const x = LEFT + column * STEP;
    const y = TOP + row * STEP;
    if ((i === 0 && Number(day.date.slice(8)) <= 20) || day.date.endsWith('-01')) months.push(svgText(x, TOP - 6, MONTHS[Number(day.date.slice(5, 7)) - 1]!, 'class="chart-label"'));
    cells.push(`<rect class="tl tl-${day.state}" x="${x}" y="${y}" width="${CELL}" height="${CELL}" rx="2"><title>${escapeHtml(`${formatDate(day.date, 'long')}: ${named[day.state]}`)}</title></rect>`);
    if (day.state === 'use') cells.push(`<circle class="tl-mark" cx="${x + CELL / 2}" cy="${y + CELL / 2}" r="3.5"/>`);
  });
  const weekdays = [[0, 'Mon'], [2, 'Wed'], [4, 'Fri'], [6, 'Sun']].map(([row, label]) => svgText(0, TOP + Number(row) * STEP + CELL - 3, String(label), 'class="chart-label"'));
  const count = (state: string) => days.filter((day) => day.state === state).length;
  const title = `Day by day, ${formatDate(first.date)} to ${formatDate(days.at(-1)!.date)}`;
  const description = `One square per day, weeks from Monday to Sunday as columns: ${formatCount(count('free'), 'day')} without ${words.what} (filled), ${count('use')} ${count('use') === 1 ? words.useDay : words.useDays} (marked with a dot), ${formatCount(count('unrecorded'), 'check-in')} that did not say, and ${formatCount(count('none'), 'day')} without a check-in (outlined).`;
  return svgFrame({ id: 'followback', title, description, width: LEFT + columns * STEP, height: TOP + 7 * STEP, className: 'followback' }, [...months, ...weekdays, ...cells].join(''));
}
