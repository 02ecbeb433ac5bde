// The check-ins page: calendars coloured by mood, half a year each, and the months, newest first, each leading to its own page (month-view.ts).

import type { Checkin } from '../schema/model.js';
import type { AnalysedPlan } from './analysed-plan.js';
import { calendarChart, calendarHalves, halfOf, type UseWords } from './chart-calendar.js';
import { recoveryWords } from '../analyze/recovery-words.js';
import { daysBetween } from '../analyze/dates.js';
import { formatCount, formatDate, formatMean } from './format-figures.js';
import { checkinsByMonth, pastCheckins } from './month-view.js';
import { pageFrame, type PageFrame } from './page-frame.js';
import { pagePaths, relativeHref } from './page-paths.js';
import type { Chart } from './svg-chart.js';
import { capitalised } from '../words/capitalised.js';
import { mean } from '../analyze/mean.js';

export interface CheckinsView {
  frame: PageFrame;
  summary: string[];
  calendars: Chart[];
  legend: { className: string; label: string }[];
  /** The months table's last column, in the plan's words ("Days of gambling"); empty for a plan that counts no days of use. */
  usedHeading: string;
  /** The months with check-ins, newest first, each leading to its page. */
  months: MonthSummary[];
}

export interface MonthSummary {
  /** "November 2026" */
  heading: string;
  href: string;
  checkins: string;
  mood: string;
  /** "1 day of use", "2 days of gambling", or '' */
  used: string;
}

export const CALENDAR_LEGEND = [
  { className: 'cal-mood-1', label: 'Mood 1, very low' },
  { className: 'cal-mood-2', label: 'Mood 2, low' },
  { className: 'cal-mood-3', label: 'Mood 3, okay' },
  { className: 'cal-mood-4', label: 'Mood 4, good' },
  { className: 'cal-mood-5', label: 'Mood 5, very good' },
  { className: 'cal-no-mood', label: 'Check-in without a mood' },
  { className: 'cal-none', label: 'No check-in' },
];

/** The calendar's key: the mood shades, and a dot for a day of use in the plan's words where the plan counts them. */
export function calendarLegend(useDay: string | null): { className: string; label: string }[] {
  return useDay === null ? CALENDAR_LEGEND : [...CALENDAR_LEGEND, { className: 'cal-use', label: `A ${useDay}` }];
}

/** Calendars by everything they show, kept while `waymark serve` runs: a saved check-in changes one half-year's calendar, not the others. */
const calendars = new Map<string, Chart>();
const MAX_CALENDARS = 500;

function calendarOf(year: number, half: 1 | 2, days: readonly Checkin[], today: string, use: UseWords | null): Chart {
  const key = `${year}-${half} ${today} ${use?.useDay} ${days.map((day) => `${day.date}${day.mood ?? ''}${day.used === true ? 'u' : ''}`).join(' ')}`;
  let chart = calendars.get(key);
  if (!chart) {
    if (calendars.size >= MAX_CALENDARS) calendars.clear();
    calendars.set(key, (chart = calendarChart(year, half, days, today, use)));
  }
  return chart;
}

export function checkinsView(input: AnalysedPlan): CheckinsView {
  const { plan, report } = input;
  const path = pagePaths.checkins(plan.slug);
  const checkins = pastCheckins(input);
  const first = checkins[0]?.date;
  const words = recoveryWords(plan.fields);
  const use = words.tracksUse ? words : null;
  const summary = first
    ? [
        `${formatCount(report.checkins.count, 'check-in')} since ${formatDate(first)}.`,
        `${formatCount(report.checkins.streak, 'day')} in a row right now.`,
        report.checkins.gaps_30 ? `${formatCount(report.checkins.gaps_30, 'day')} without a check-in in the last 30; that's fine, just pick it up again.` : everyDay(first, report.today),
      ]
    : ['No check-ins yet. Start with today’s: “waymark new checkin”.'];
  // Each calendar gets only its own half-year's check-ins: one pass, not one per half-year.
  const byHalf = new Map<string, Checkin[]>();
  for (const checkin of checkins) {
    const key = `${Number(checkin.date.slice(0, 4))}-${halfOf(checkin.date)}`;
    const half = byHalf.get(key);
    if (half) half.push(checkin);
    else byHalf.set(key, [checkin]);
  }
  return {
    frame: pageFrame(input, path, 'Check-ins', 'checkins'),
    summary,
    calendars: first ? calendarHalves(first, report.today).map(({ year, half }) => calendarOf(year, half, byHalf.get(`${year}-${half}`) ?? [], report.today, use)) : [],
    legend: calendarLegend(use?.useDay ?? null),
    usedHeading: use ? `${capitalised(use.useDays)}` : '',
    months: [...checkinsByMonth(checkins)].reverse().map(([month, days]) => monthSummary(path, plan.slug, month, days, use)),
  };
}

/** No day missed: over the last 30 days only when check-ins began that long ago, else since the first. */
function everyDay(first: string, today: string): string {
  const since = daysBetween(first, today);
  if (since >= 30) return 'A check-in on every one of the last 30 days.';
  return since === 0 ? 'Your first check-in is today.' : `A check-in on every day since your first, ${formatCount(since, 'day')} ago.`;
}

function monthSummary(listPath: string, slug: string, month: string, days: readonly Checkin[], use: UseWords | null): MonthSummary {
  const used = days.filter((day) => day.used === true).length;
  return {
    heading: formatDate(`${month}-01`, 'month'),
    href: relativeHref(listPath, pagePaths.month(slug, month)),
    checkins: String(days.length),
    mood: formatMean(mean(days.map((day) => day.mood))),
    used: used === 0 || use === null ? '' : formatCount(used, use.useDay, use.useDays),
  };
}
