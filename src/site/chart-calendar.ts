// The calendar heat map of check-ins, half a year at a time: one square per day, coloured by mood, with days of use marked by a dot.

import { scaleLinear, scaleOrdinal } from 'd3-scale';
import { dateOf, dayNumber, dayOfWeek } from '../analyze/dates.js';
import { escapeHtml } from './escape-html.js';
import { formatCount, formatDate, formatMean, moodWord } from './format-figures.js';
import { round, svgFrame, svgText, type Chart } from './svg-chart.js';
import { capitalised } from '../words/capitalised.js';
import { mean } from '../analyze/mean.js';

export interface CalendarDay {
  date: string;
  mood?: number | undefined;
  used?: boolean | undefined;
}

const CELL = 12;
const STEP = 14;
/** Room for the weekday and month labels at the size a phone draws them. */
const LEFT = 40;
const TOP = 26;
const WEEKDAY_LABELS: [number, string][] = [
  [0, 'Mon'],
  [2, 'Wed'],
  [4, 'Fri'],
];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** What a day's square can show: not yet lived, no check-in, a check-in without a mood, or its mood. */
const DAY_STATES = ['cal-future', 'cal-none', 'cal-no-mood', 'cal-mood-1', 'cal-mood-2', 'cal-mood-3', 'cal-mood-4', 'cal-mood-5'];

const moodClass = scaleOrdinal<number, string>().domain([1, 2, 3, 4, 5]).range(['cal-mood-1', 'cal-mood-2', 'cal-mood-3', 'cal-mood-4', 'cal-mood-5']);

/** The half of the year a date falls in: 1 for January–June, 2 for July–December. */
export function halfOf(date: string): 1 | 2 {
  return Number(date.slice(5, 7)) <= 6 ? 1 : 2;
}

/** The halves of the years (January–June, July–December) from the first check-in through today, newest first. */
export function calendarHalves(first: string, today: string): { year: number; half: 1 | 2 }[] {
  const halves: { year: number; half: 1 | 2 }[] = [];
  let year = Number(today.slice(0, 4));
  let half: 1 | 2 = halfOf(today);
  const firstYear = Number(first.slice(0, 4));
  const firstHalf = halfOf(first);
  while (year > firstYear || (year === firstYear && half >= firstHalf)) {
    halves.push({ year, half });
    if (half === 2) half = 1;
    else {
      half = 2;
      year -= 1;
    }
  }
  return halves;
}

/** `days` are the check-ins (any order, any dates); days after `today` are drawn faintly, as not yet lived. */
/** Days of use in the plan's words ("day of gambling", "days of gambling"); null for a plan that counts none, where no day is marked. */
export interface UseWords {
  useDay: string;
  useDays: string;
}

export function calendarChart(year: number, half: 1 | 2, days: readonly CalendarDay[], today: string, use: UseWords | null = { useDay: 'day of use', useDays: 'days of use' }): Chart {
  const useDay = use?.useDay ?? null;
  const [firstMonth, lastMonth] = half === 1 ? [1, 6] : [7, 12];
  const yyyy = String(year).padStart(4, '0');
  const from = `${yyyy}-${half === 1 ? '01-01' : '07-01'}`;
  const to = `${yyyy}-${half === 1 ? '06-30' : '12-31'}`;
  const start = dayNumber(from);
  const length = dayNumber(to) - start + 1;
  const inRange = days.filter((day) => day.date >= from && day.date <= to && day.date <= today);
  const byDate = new Map(inRange.map((day) => [day.date, day]));
  const offset = dayOfWeek(start) - 1;
  const columns = Math.ceil((length + offset) / 7);
  const x = scaleLinear().domain([0, columns]).range([LEFT, LEFT + columns * STEP]);
  const y = (row: number) => TOP + row * STEP;

  // Each kind of square is drawn once, and each day uses one by its id: ten years of days stay well under 500 KB on one page.
  const squareId = (state: string) => `c${yyyy}${half}-${DAY_STATES.indexOf(state)}`;
  const squares = DAY_STATES.map((state) => `<rect id="${squareId(state)}" class="cal-day ${state}" width="${CELL}" height="${CELL}" rx="2"/>`);
  const cells: string[] = [`<defs>${squares.join('')}</defs>`];
  const monthLabels: string[] = [];
  for (let i = 0; i < length; i++) {
    const iso = dateOf(start + i);
    const column = Math.floor((i + offset) / 7);
    const row = (i + offset) % 7;
    if (iso.endsWith('-01')) monthLabels.push(svgText(x(column + (row === 0 ? 0 : 1)), TOP - 8, MONTHS[Number(iso.slice(5, 7)) - 1]!, 'class="chart-label"'));
    const day = byDate.get(iso);
    const state = iso > today ? 'cal-future' : day === undefined ? 'cal-none' : day.mood === undefined ? 'cal-no-mood' : moodClass(day.mood);
    const cx = x(column);
    const cy = y(row);
    cells.push(`<use href="#${squareId(state)}" x="${round(cx)}" y="${cy}"><title>${escapeHtml(dayTitle(iso, day, useDay))}</title></use>`);
    if (day?.used === true && useDay !== null) cells.push(`<circle class="cal-use" cx="${round(cx + CELL / 2)}" cy="${cy + CELL / 2}" r="3.5"/>`);
  }
  const weekdays = WEEKDAY_LABELS.map(([row, label]) => svgText(0, y(row) + CELL - 2, label, 'class="chart-label"'));
  const width = LEFT + columns * STEP;
  const height = TOP + 7 * STEP;
  const id = `calendar-${year}-${half}`;
  const span = `${MONTH_NAMES[firstMonth - 1]} to ${MONTH_NAMES[lastMonth - 1]} ${year}`;
  const title = `Check-ins, ${span}`;
  const description = `One square per day, ${span}: ${formatCount(inRange.length, 'check-in')}, coloured by mood from very low (faintest) to very good (strongest); days without a check-in are outlined${useDay === null ? '' : `, and a dot marks a ${useDay}`}.`;
  return {
    id,
    title,
    svg: svgFrame({ id, title, description, width, height, className: 'chart-calendar' }, [...monthLabels, ...weekdays, ...cells].join('')),
    table: {
      caption: `${span}, month by month`,
      columns: ['Month', 'Check-ins', 'Average mood', ...(use === null ? [] : [`${capitalised(use.useDays)}`])],
      rows: monthRows(firstMonth, lastMonth, year, inRange, use !== null),
    },
  };
}

/** "Wed 1 July: mood okay (3)": the chart's title gives the year. */
function dayTitle(date: string, day: CalendarDay | undefined, useDay: string | null): string {
  const when = `${formatDate(date, 'day')} ${MONTH_NAMES[Number(date.slice(5, 7)) - 1]}`;
  if (!day) return `${when}: no check-in`;
  const parts = [day.mood === undefined ? 'mood not recorded' : `mood ${moodWord(day.mood)} (${day.mood})`];
  if (day.used === true && useDay !== null) parts.push(`a ${useDay}`);
  return `${when}: ${parts.join(', ')}`;
}

function monthRows(firstMonth: number, lastMonth: number, year: number, days: readonly CalendarDay[], countUse: boolean): string[][] {
  const rows: string[][] = [];
  for (let month = firstMonth; month <= lastMonth; month++) {
    const prefix = `${year}-${String(month).padStart(2, '0')}-`;
    const inMonth = days.filter((day) => day.date.startsWith(prefix));
    if (inMonth.length === 0) continue;
    const row = [`${MONTH_NAMES[month - 1]} ${year}`, String(inMonth.length), formatMean(mean(inMonth.map((day) => day.mood)))];
    rows.push(countUse ? [...row, String(inMonth.filter((day) => day.used === true).length)] : row);
  }
  return rows;
}
